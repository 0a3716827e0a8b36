// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"

#include <chrono>
#include <functional>
#include <optional>

namespace CodeGuru {

/// When to try a failed request again. Only before the first token of an answer: once text
/// has been shown, a retry would produce a different answer under the same words.
class RetryPolicy
{
public:
    int maxRetries = 2;
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {8000};
    /// A provider asking us to wait longer than this is reported, not waited for.
    std::chrono::seconds maxRetryAfter {20};
    /// Returns a value in [0, 1); replaceable so tests are deterministic.
    std::function<double()> random;

    /// Delay before retry number `retry` (1-based), or nullopt to give up.
    std::optional<std::chrono::milliseconds> delayFor(const ProviderError &error, int retry,
                                                      bool answerStarted) const;

    static RetryPolicy none();
};

} // namespace CodeGuru
