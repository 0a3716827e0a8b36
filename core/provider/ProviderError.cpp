// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderError.h"

namespace CodeGuru {

bool ProviderError::isTransient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::ServerUnavailable:
    case Kind::ConnectionDropped:
        return true;
    case Kind::Timeout:
        // After a full idle timeout, another attempt would keep the person waiting as long again.
        return false;
    default:
        return false;
    }
}

ProviderError ProviderError::make(Kind kind, const QString &providerMessage)
{
    ProviderError error;
    error.kind = kind;
    error.providerMessage = providerMessage;
    return error;
}

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::BadKey:
        return QStringLiteral("bad-key");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ContextTooLong:
        return QStringLiteral("context-too-long");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::ServerUnavailable:
        return QStringLiteral("server-unavailable");
    case Kind::NetworkDown:
        return QStringLiteral("network-down");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::ConnectionDropped:
        return QStringLiteral("connection-dropped");
    case Kind::MalformedReply:
        return QStringLiteral("malformed-reply");
    case Kind::StreamError:
        return QStringLiteral("stream-error");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidUrl:
        return QStringLiteral("invalid-url");
    }
    return QString();
}

QString ProviderError::userMessage() const
{
    const QString status = httpStatus ? tr(" (HTTP %1)").arg(*httpStatus) : QString();
    const QString said =
        providerMessage.isEmpty() ? QString() : tr(" The provider said: “%1”").arg(providerMessage);
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::BadKey:
        return tr("The provider rejected the API key%1; check the key stored for this provider.").arg(status)
            + said;
    case Kind::RateLimited:
        if (retryAfter)
            return tr("The provider is rate-limiting requests%1; try again in %2 s.")
                .arg(status)
                .arg(retryAfter->count());
        return tr("The provider is rate-limiting requests%1; try again in a moment.").arg(status) + said;
    case Kind::ContextTooLong:
        return tr("The question and its context are too long for this model; attach less or start a new "
                  "conversation.")
            + said;
    case Kind::BadRequest:
        return tr("The provider refused the request%1.").arg(status) + said;
    case Kind::NotFound:
        return tr("The provider does not know this address or model%1; check the base URL and model name.")
                   .arg(status)
            + said;
    case Kind::ServerUnavailable:
        return tr("The provider is overloaded or unavailable%1; try again shortly.").arg(status);
    case Kind::NetworkDown:
        return tr("The network is unreachable, so the provider could not be contacted.");
    case Kind::HostNotFound:
        return tr("The provider’s host name “%1” could not be found; check the base URL and your network.")
            .arg(host.left(host.lastIndexOf(QLatin1Char(':')) > 0 ? host.lastIndexOf(QLatin1Char(':'))
                                                                  : host.size()));
    case Kind::ConnectionRefused:
        return tr("Nothing is answering at %1; is the server running?").arg(host);
    case Kind::Timeout:
        return tr("The provider sent nothing for %1 s, so the request was stopped.").arg(timeout.count());
    case Kind::Tls:
        if (detail.isEmpty())
            return tr("The secure connection to %1 could not be verified, so nothing was sent.").arg(host);
        return tr("The secure connection to %1 could not be verified (%2), so nothing was sent.")
            .arg(host, detail);
    case Kind::ConnectionDropped:
        return tr("The connection to the provider dropped before the answer was complete.");
    case Kind::MalformedReply:
        return tr("The provider sent a reply that is not a valid chat completion.");
    case Kind::StreamError:
        return tr("The provider stopped the answer with an error.") + said;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::InvalidUrl:
        return tr("“%1” is not a valid http:// or https:// address.").arg(host);
    }
    return QString();
}

} // namespace CodeGuru
