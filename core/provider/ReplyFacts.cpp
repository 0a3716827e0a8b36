// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyFacts.h"

#include "ProviderEndpoint.h"

namespace CodeGuru {

namespace {
// An error body past this is not a message anyone reads.
constexpr qint64 kMaxErrorBodyBytes = 64 * 1024;
} // namespace

ReplyFacts ReplyFacts::of(const QNetworkReply &reply, const QByteArray &body,
                          const ProviderEndpoint &endpoint)
{
    ReplyFacts facts;
    facts.networkError = reply.error();
    facts.qtErrorString = reply.errorString();
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        facts.httpStatus = status.toInt();
    facts.body = body.left(kMaxErrorBodyBytes);
    facts.retryAfter = reply.rawHeader("Retry-After");
    facts.retryAfterMs = reply.rawHeader("retry-after-ms");
    facts.host = endpoint.hostAndPort();
    facts.apiKey = endpoint.apiKey;
    return facts;
}

} // namespace CodeGuru
