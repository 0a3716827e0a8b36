// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"
#include "TokenUsage.h"

#include <QString>

namespace CodeGuru {

/// Everything one chat request produced. When `error` is set after text arrived, the text
/// is kept: a dropped connection must never cost the person the part they already read.
struct ChatResult
{
    QString content;
    QString reasoning;
    QString refusal;
    QString finishReason;
    QString model;
    std::optional<TokenUsage> usage;
    ProviderError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    /// The model stopped because it hit its output limit: the answer is incomplete.
    bool truncated() const { return finishReason == QLatin1StringView("length"); }
    bool partial() const { return error.isError() && !content.isEmpty(); }
};

} // namespace CodeGuru
