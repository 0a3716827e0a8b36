// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace CodeGuru {

std::optional<std::chrono::milliseconds> RetryPolicy::delayFor(const ProviderError &error, int retry,
                                                               bool answerStarted) const
{
    using namespace std::chrono;
    if (answerStarted || retry < 1 || retry > maxRetries || !error.isTransient())
        return std::nullopt;
    if (error.retryAfter) {
        if (*error.retryAfter > maxRetryAfter)
            return std::nullopt;
        return duration_cast<milliseconds>(*error.retryAfter);
    }
    // Exponential backoff with "equal jitter": half fixed, half random, so that several
    // clients hit by the same outage do not come back in lockstep.
    const milliseconds exponential = std::min(maxDelay, baseDelay * (1 << std::min(retry - 1, 16)));
    const double unit = random ? random() : QRandomGenerator::global()->generateDouble();
    return exponential / 2 + milliseconds(qint64(double(exponential.count()) / 2.0 * unit));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxRetries = 0;
    return policy;
}

} // namespace CodeGuru
