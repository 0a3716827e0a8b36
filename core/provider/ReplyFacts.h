// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace CodeGuru {

struct ProviderEndpoint;

/// What a finished network reply told us, copied out so that error mapping stays a pure,
/// table-testable function.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString qtErrorString;
    std::optional<int> httpStatus;
    QByteArray body; ///< error body (capped); empty for streams that failed midway
    QByteArray retryAfter; ///< `Retry-After` header
    QByteArray retryAfterMs; ///< `retry-after-ms` header (OpenAI)
    QString host; ///< host:port, for messages
    QString sslErrors; ///< joined QSslError texts, if any
    QString apiKey; ///< only to scrub it from every text we keep
    bool timedOut = false; ///< our idle timer fired (Qt reports that as a cancel)
    bool cancelled = false; ///< cancel() was called
    bool receivedAnswer = false; ///< some of the answer had arrived before the failure
    std::chrono::seconds timeout {0};

    /// What every reply says of itself: its error, status, first 64 KB of body and retry
    /// headers, with the endpoint's host and key. The caller adds what only it knows.
    static ReplyFacts of(const QNetworkReply &reply, const QByteArray &body,
                         const ProviderEndpoint &endpoint);
};

} // namespace CodeGuru
