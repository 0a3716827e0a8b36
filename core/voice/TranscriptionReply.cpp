// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptionReply.h"

#include "ProviderErrorMapper.h"
#include "net/NetworkGateway.h"

#include <QFileInfo>
#include <QHttpMultiPart>
#include <QSslError>

namespace CodeGuru {

namespace {
// A transcript of 25 MB of audio is far smaller; anything bigger is not one.
constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

QHttpPart formField(const QByteArray &disposition, const QByteArray &body)
{
    QHttpPart part;
    part.setRawHeader("Content-Disposition", "form-data; " + disposition);
    part.setBody(body);
    return part;
}

// A quoted-string may not hold quotes, backslashes or line breaks (RFC 7578 §4.2).
QByteArray quotedFileName(const QString &fileName)
{
    QByteArray name = QFileInfo(fileName).fileName().toUtf8();
    for (char &c : name) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n')
            c = '_';
    }
    return '"' + (name.isEmpty() ? QByteArray("recording.wav") : name) + '"';
}
} // namespace

TranscriptionReply::TranscriptionReply(NetworkGateway *gateway, ProviderEndpoint endpoint,
                                       TranscriptionRequest request, std::chrono::seconds idleTimeout,
                                       QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // emits finished synchronously → onReplyFinished
    });
}

TranscriptionReply::~TranscriptionReply()
{
    detachReply();
}

void TranscriptionReply::start()
{
    const QUrl url = m_endpoint.url(u"audio/transcriptions");
    if (!NetworkGateway::isSupportedUrl(url)) {
        ProviderError error = ProviderError::make(ProviderError::Kind::InvalidUrl);
        error.host = m_endpoint.baseUrl.toString(QUrl::RemoveUserInfo);
        // Never finish inside transcribe(): callers connect after it returns.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }

    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file =
        formField("name=\"file\"; filename=" + quotedFileName(m_request.fileName), m_request.audio);
    file.setHeader(QNetworkRequest::ContentTypeHeader, m_request.mimeType);
    multiPart->append(file);
    multiPart->append(formField("name=\"model\"", m_request.model.toUtf8()));

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json, text/plain");
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    for (const auto &[name, value] : std::as_const(m_endpoint.extraHeaders))
        request.setRawHeader(name, value);

    m_reply = m_gateway->post(request, multiPart);
    connect(m_reply, &QNetworkReply::readyRead, this, &TranscriptionReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &TranscriptionReply::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // A slow uplink is progress too: only silence in both directions times out.
        m_idleTimer.start();
        Q_EMIT uploadProgressed(sent, total);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only; never ignored, or the key and the recording would go
        // to whoever holds the certificate.
        m_sslErrors = NetworkGateway::describe(errors);
    });
    m_idleTimer.start();
}

void TranscriptionReply::onReadyRead()
{
    m_idleTimer.start();
    m_body.append(NetworkGateway::readRemaining(m_reply));
    if (m_body.size() > kMaxBodyBytes)
        fail(ProviderError::Kind::MalformedReply,
             QStringLiteral("reply larger than %1 bytes").arg(kMaxBodyBytes));
}

void TranscriptionReply::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    m_body.append(NetworkGateway::readRemaining(m_reply));

    ReplyFacts facts = ReplyFacts::of(*m_reply, m_body, m_endpoint);
    facts.sslErrors = m_sslErrors;
    facts.timedOut = m_timedOut;
    facts.timeout = std::chrono::duration_cast<std::chrono::seconds>(m_idleTimer.intervalAsDuration());
    const ProviderError error = ProviderErrorMapper::map(facts);
    if (error.isError()) {
        finish(error);
        return;
    }
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const std::optional<QString> text = TranscriptionResult::parseBody(m_body, contentType);
    if (!text) {
        fail(ProviderError::Kind::MalformedReply);
        return;
    }
    finish(error, *text);
}

void TranscriptionReply::fail(ProviderError::Kind kind, const QString &detail)
{
    ProviderError error = ProviderError::make(kind);
    error.host = m_endpoint.hostAndPort();
    error.detail = detail;
    finish(error);
}

void TranscriptionReply::detachReply()
{
    m_idleTimer.stop();
    NetworkGateway::release(m_reply, this);
}

void TranscriptionReply::cancel()
{
    if (!m_finished)
        fail(ProviderError::Kind::Cancelled);
}

void TranscriptionReply::finish(const ProviderError &error, const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    detachReply();
    TranscriptionResult result;
    result.text = text;
    result.error = error;
    result.provider = m_endpoint.displayName;
    result.url = m_endpoint.url(u"audio/transcriptions");
    result.model = m_request.model;
    // The recording can be megabytes; nothing needs it once the request is over.
    m_request.audio.clear();
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace CodeGuru
