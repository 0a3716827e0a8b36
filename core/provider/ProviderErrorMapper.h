// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"
#include "ReplyFacts.h"

#include <QDateTime>

namespace CodeGuru {

/// Pure mapping from what the network layer saw to a typed ProviderError.
class ProviderErrorMapper
{
public:
    static ProviderError map(const ReplyFacts &facts);

    /// `Retry-After` as seconds or an HTTP date (relative to `now`), or `retry-after-ms`.
    static std::optional<std::chrono::seconds>
    parseRetryAfter(const QByteArray &retryAfter, const QByteArray &retryAfterMs, const QDateTime &now);
    /// The provider's own explanation from an error body, if any.
    static QString messageFromBody(const QByteArray &body);
    /// Removes the key (and anything shaped like a secret key) and keeps one short line.
    static QString scrub(const QString &text, const QString &apiKey);
    static bool looksLikeContextOverflow(const QString &message, const QByteArray &body);
};

} // namespace CodeGuru
