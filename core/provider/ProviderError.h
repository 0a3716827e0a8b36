// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace CodeGuru {

/// What went wrong talking to a provider, as data. Front ends show userMessage(); code
/// branches on kind. Never carries an API key: ProviderErrorMapper scrubs provider text.
struct ProviderError
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::ProviderError)

public:
    enum class Kind {
        None,
        BadKey, ///< 401/403: missing, wrong or revoked key
        RateLimited, ///< 429; retryAfter when the provider said how long
        ContextTooLong, ///< 400/413 whose message says the prompt exceeds the context window
        BadRequest, ///< other 4xx the provider explained
        NotFound, ///< 404: wrong base URL or unknown model
        ServerUnavailable, ///< 5xx, 529 (overloaded)
        NetworkDown, ///< no route, network unreachable
        HostNotFound, ///< DNS failed
        ConnectionRefused, ///< nothing listens there (a local server that is not running)
        Timeout, ///< no byte for the idle timeout
        Tls, ///< certificate or handshake failure; never ignored
        ConnectionDropped, ///< closed before the answer ended
        MalformedReply, ///< bytes that are not the protocol
        StreamError, ///< the provider sent an error object inside a 200 stream
        Cancelled, ///< the user (or a newer request) cancelled
        InvalidUrl, ///< not an http(s) URL
    };

    Kind kind = Kind::None;
    std::optional<int> httpStatus;
    QString providerMessage; ///< provider's own words, scrubbed and shortened
    QString detail; ///< technical detail for logs (Qt error string), scrubbed
    QString host; ///< host:port the request went to, for messages
    std::optional<std::chrono::seconds> retryAfter;
    std::chrono::seconds timeout {0}; ///< the idle timeout that expired, for Kind::Timeout

    bool isError() const { return kind != Kind::None; }
    /// Whether trying again soon could help (before any token of the answer arrived).
    bool isTransient() const;
    /// One sentence (two at most) a person can act on, translated.
    QString userMessage() const;

    static QString kindName(Kind kind);
    static ProviderError make(Kind kind, const QString &providerMessage = QString());
};

} // namespace CodeGuru
