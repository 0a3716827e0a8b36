// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatReply.h"

#include "ChatChunkDecoder.h"
#include "ChatCompletionParser.h"
#include "ProviderErrorMapper.h"
#include "net/NetworkGateway.h"

#include <QNetworkRequest>
#include <QSslError>

namespace CodeGuru {

ChatReply::ChatReply(NetworkGateway *gateway, ProviderEndpoint endpoint, ChatRequest request,
                     ChatOptions options, int lane, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_lane(lane)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_options.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &ChatReply::onIdleTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatReply::startAttempt);
}

ChatReply::~ChatReply()
{
    detachReply();
}

bool ChatReply::answerStarted() const
{
    return !m_result.content.isEmpty() || !m_result.reasoning.isEmpty() || !m_result.refusal.isEmpty();
}

void ChatReply::startAttempt()
{
    ++m_result.attempts;
    m_parser.reset();
    m_body.clear();
    m_sslErrors.clear();
    m_streaming = false;
    m_sawDone = false;
    m_timedOut = false;

    const QUrl url = m_endpoint.url(u"chat/completions");
    if (!NetworkGateway::isSupportedUrl(url)) {
        ProviderError error = ProviderError::make(ProviderError::Kind::InvalidUrl);
        error.host = m_endpoint.baseUrl.toString(QUrl::RemoveUserInfo);
        // Never finish inside ChatClient::send(): callers connect after it returns.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", m_request.stream ? "text/event-stream" : "application/json");
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    for (const auto &[name, value] : std::as_const(m_endpoint.extraHeaders))
        request.setRawHeader(name, value);

    m_reply = m_gateway->post(request, m_request.toJsonBytes(), m_lane);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatReply::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatReply::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only. ignoreSslErrors() is never called: an untrusted
        // certificate means the key would go to someone else.
        m_sslErrors = NetworkGateway::describe(errors);
    });
    m_idleTimer.start();
}

void ChatReply::onMetaDataChanged()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const int code = status.isValid() ? status.toInt() : 0;
    m_streaming = code >= 200 && code < 300 && contentType.contains("event-stream");
}

void ChatReply::onReadyRead()
{
    m_idleTimer.start();
    const QByteArray bytes = NetworkGateway::readRemaining(m_reply);
    if (!m_streaming) {
        m_body.append(bytes);
        if (m_body.size() > m_options.maxBodyBytes) {
            ProviderError error = ProviderError::make(ProviderError::Kind::MalformedReply);
            error.detail = QStringLiteral("reply larger than %1 bytes").arg(m_options.maxBodyBytes);
            failAttempt(error);
        }
        return;
    }
    QList<SseEvent> events;
    m_parser.feed(bytes, events);
    for (const SseEvent &event : std::as_const(events)) {
        applyChunk(ChatChunkDecoder::decode(event));
        if (m_finished || !m_reply)
            return;
    }
}

void ChatReply::applyChunk(const ChatChunk &chunk)
{
    if (chunk.done) {
        m_sawDone = true;
        return;
    }
    if (!chunk.model.isEmpty())
        m_result.model = chunk.model;
    if (chunk.usage)
        m_result.usage = chunk.usage;
    if (!chunk.finishReason.isEmpty())
        m_result.finishReason = chunk.finishReason;
    if (!chunk.reasoning.isEmpty()) {
        m_result.reasoning += chunk.reasoning;
        Q_EMIT reasoningReceived(chunk.reasoning);
    }
    if (!chunk.content.isEmpty()) {
        m_result.content += chunk.content;
        Q_EMIT contentReceived(chunk.content);
    }
    if (!chunk.refusal.isEmpty()) {
        m_result.refusal += chunk.refusal;
        Q_EMIT refusalReceived(chunk.refusal);
    }
    if (chunk.error.isError() && !m_finished) {
        ProviderError error = chunk.error;
        error.providerMessage = ProviderErrorMapper::scrub(error.providerMessage, m_endpoint.apiKey);
        error.host = m_endpoint.hostAndPort();
        failAttempt(error);
    }
}

void ChatReply::onIdleTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished synchronously → onReplyFinished
}

void ChatReply::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    m_idleTimer.stop();

    if (m_streaming) {
        QList<SseEvent> events;
        m_parser.feed(NetworkGateway::readRemaining(m_reply), events);
        for (const SseEvent &event : std::as_const(events)) {
            applyChunk(ChatChunkDecoder::decode(event));
            if (m_finished || !m_reply)
                return;
        }
        // An event left without its blank line is the server's last word, or the torn
        // half of one when the connection was cut (Qt 6.4 often reports such a cut of a
        // chunked body as success). A torn event is dropped; the missing [DONE] then
        // marks the answer as cut short.
        events.clear();
        m_parser.finish(events);
        for (const SseEvent &event : std::as_const(events)) {
            const ChatChunk chunk = ChatChunkDecoder::decode(event);
            if (chunk.error.kind == ProviderError::Kind::MalformedReply)
                break;
            applyChunk(chunk);
            if (m_finished || !m_reply)
                return;
        }
    } else {
        m_body.append(NetworkGateway::readRemaining(m_reply));
    }

    ReplyFacts facts = ReplyFacts::of(*m_reply, m_body, m_endpoint);
    facts.sslErrors = m_sslErrors;
    facts.timedOut = m_timedOut;
    facts.receivedAnswer = answerStarted();
    facts.timeout = m_options.idleTimeout;

    ProviderError error = ProviderErrorMapper::map(facts);
    if (!error.isError()) {
        if (m_streaming) {
            // A clean close without [DONE] or a finish_reason means the answer was cut short.
            if (!m_sawDone && m_result.finishReason.isEmpty())
                error = ProviderError::make(ProviderError::Kind::ConnectionDropped);
        } else {
            ChatResult parsed = ChatCompletionParser::parse(m_body);
            if (parsed.ok()) {
                parsed.attempts = m_result.attempts;
                m_result = std::move(parsed);
                if (!m_result.reasoning.isEmpty())
                    Q_EMIT reasoningReceived(m_result.reasoning);
                if (!m_result.content.isEmpty())
                    Q_EMIT contentReceived(m_result.content);
                if (!m_result.refusal.isEmpty())
                    Q_EMIT refusalReceived(m_result.refusal);
            } else {
                error = parsed.error;
                error.providerMessage = ProviderErrorMapper::scrub(error.providerMessage, m_endpoint.apiKey);
            }
        }
    }
    error.host = m_endpoint.hostAndPort();
    if (error.isError())
        failAttempt(error);
    else
        finish(error);
}

void ChatReply::failAttempt(const ProviderError &error)
{
    detachReply();
    const auto delay = m_options.retry.delayFor(error, m_retries + 1, answerStarted());
    if (!delay) {
        finish(error);
        return;
    }
    ++m_retries;
    Q_EMIT retryScheduled(m_retries, delay->count(), error);
    m_retryTimer.start(*delay);
}

void ChatReply::detachReply()
{
    m_idleTimer.stop();
    NetworkGateway::release(m_reply, this);
}

void ChatReply::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    detachReply();
    finish(ProviderError::make(ProviderError::Kind::Cancelled));
}

void ChatReply::finish(const ProviderError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    detachReply();
    m_retryTimer.stop();
    m_result.error = error;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace CodeGuru
