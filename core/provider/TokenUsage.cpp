// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenUsage.h"

namespace CodeGuru {

std::optional<TokenUsage> TokenUsage::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject usage = value.toObject();
    TokenUsage result;
    result.promptTokens = usage.value(QLatin1StringView("prompt_tokens")).toInteger();
    result.completionTokens = usage.value(QLatin1StringView("completion_tokens")).toInteger();
    result.totalTokens = usage.value(QLatin1StringView("total_tokens")).toInteger();
    result.reasoningTokens = usage.value(QLatin1StringView("completion_tokens_details"))
                                 .toObject()
                                 .value(QLatin1StringView("reasoning_tokens"))
                                 .toInteger();
    return result;
}

} // namespace CodeGuru
