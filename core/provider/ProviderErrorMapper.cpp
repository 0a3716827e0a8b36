// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderErrorMapper.h"

#include "ChatChunkDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace CodeGuru {

using Kind = ProviderError::Kind;

namespace {
constexpr qsizetype kMaxMessageLength = 300;

Kind kindForStatus(int status)
{
    if (status == 401 || status == 403)
        return Kind::BadKey;
    if (status == 404)
        return Kind::NotFound;
    if (status == 408)
        return Kind::Timeout;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::ServerUnavailable; // includes Anthropic-style 529 "overloaded"
    return Kind::BadRequest;
}

Kind kindForNetworkError(QNetworkReply::NetworkError error, const ReplyFacts &facts)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
        return Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        // Qt reports its own transfer timeout and abort() alike; only our flag tells them apart.
        if (facts.timedOut)
            return Kind::Timeout;
        return Kind::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProxyConnectionClosedError:
        return Kind::ConnectionDropped;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Kind::InvalidUrl;
    case QNetworkReply::ProxyTimeoutError:
        return Kind::Timeout;
    default:
        return Kind::NetworkDown;
    }
}
} // namespace

std::optional<std::chrono::seconds> ProviderErrorMapper::parseRetryAfter(const QByteArray &retryAfter,
                                                                         const QByteArray &retryAfterMs,
                                                                         const QDateTime &now)
{
    bool ok = false;
    const QByteArray seconds = retryAfter.trimmed();
    if (!seconds.isEmpty()) {
        const double value = seconds.toDouble(&ok);
        if (ok && value >= 0)
            return std::chrono::seconds(qint64(std::ceil(value)));
        // HTTP dates end in "GMT", which Qt 6.4's RFC 2822 parser does not accept.
        QString text = QString::fromLatin1(seconds);
        if (text.endsWith(QLatin1StringView(" GMT")))
            text = text.chopped(4) + QLatin1StringView(" +0000");
        const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
        if (date.isValid())
            return std::chrono::seconds(std::max<qint64>(0, now.secsTo(date)));
    }
    const double milliseconds = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && milliseconds >= 0)
        return std::chrono::seconds(qint64(std::ceil(milliseconds / 1000.0)));
    return std::nullopt;
}

QString ProviderErrorMapper::messageFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.contains(QLatin1StringView("error")))
            return ChatChunkDecoder::errorMessage(object.value(QLatin1StringView("error")));
        const QString message = object.value(QLatin1StringView("message")).toString();
        if (!message.isEmpty())
            return message;
        return object.value(QLatin1StringView("detail")).toString();
    }
    // Some proxies answer with HTML or plain text; only short plain text is worth showing.
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.size() <= kMaxMessageLength && !text.startsWith(QLatin1Char('<')))
        return text;
    return QString();
}

QString ProviderErrorMapper::scrub(const QString &text, const QString &apiKey)
{
    QString result = text;
    if (apiKey.size() >= 4)
        result.replace(apiKey, QStringLiteral("[redacted]"));
    static const QRegularExpression secretShaped(
        QStringLiteral(R"((sk|gsk|sk-or-v1|sk-proj|xai)[-_][A-Za-z0-9_\-*]{8,})"));
    result.replace(secretShaped, QStringLiteral("[redacted]"));
    static const QRegularExpression whitespace(QStringLiteral(R"(\s+)"));
    result = result.replace(whitespace, QStringLiteral(" ")).trimmed();
    if (result.size() > kMaxMessageLength)
        result = result.left(kMaxMessageLength - 1) + QChar(0x2026);
    return result;
}

bool ProviderErrorMapper::looksLikeContextOverflow(const QString &message, const QByteArray &body)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(context[ _]length|context window|maximum context|too many tokens|prompt is too long|)"
            R"(reduce the length|exceeds? the (model'?s? )?(maximum|limit)|tokens? exceed)"),
        QRegularExpression::CaseInsensitiveOption);
    return message.contains(pattern) || body.contains("context_length_exceeded");
}

ProviderError ProviderErrorMapper::map(const ReplyFacts &facts)
{
    ProviderError error;
    error.host = facts.host;
    error.timeout = facts.timeout;
    error.detail = scrub(facts.sslErrors.isEmpty() ? facts.qtErrorString : facts.sslErrors, facts.apiKey);

    if (facts.cancelled) {
        error.kind = Kind::Cancelled;
        return error;
    }
    if (facts.timedOut) {
        error.kind = Kind::Timeout;
        return error;
    }
    if (!facts.sslErrors.isEmpty()) {
        error.kind = Kind::Tls;
        return error;
    }

    const bool httpFailure = facts.httpStatus && (*facts.httpStatus < 200 || *facts.httpStatus >= 300);
    if (httpFailure) {
        const int status = *facts.httpStatus;
        error.httpStatus = status;
        error.kind = kindForStatus(status);
        error.providerMessage = scrub(messageFromBody(facts.body), facts.apiKey);
        if (error.kind == Kind::RateLimited) {
            error.retryAfter =
                parseRetryAfter(facts.retryAfter, facts.retryAfterMs, QDateTime::currentDateTimeUtc());
            // OpenAI answers 429 for an exhausted quota too; waiting does not fix that.
            if (facts.body.contains("insufficient_quota"))
                error.kind = Kind::BadRequest;
        } else if (error.kind == Kind::ServerUnavailable) {
            error.retryAfter =
                parseRetryAfter(facts.retryAfter, facts.retryAfterMs, QDateTime::currentDateTimeUtc());
        } else if ((status == 400 || status == 413 || status == 422)
                   && looksLikeContextOverflow(error.providerMessage, facts.body)) {
            error.kind = Kind::ContextTooLong;
        }
        return error;
    }

    if (facts.networkError != QNetworkReply::NoError) {
        error.kind = kindForNetworkError(facts.networkError, facts);
        return error;
    }
    return error;
}

} // namespace CodeGuru
