// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <optional>

namespace CodeGuru {

/// Token counts as the provider reported them.
struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    qint64 reasoningTokens = 0;

    /// Reads an OpenAI `usage` object; nullopt when it is absent or `null`.
    static std::optional<TokenUsage> fromJson(const QJsonValue &value);
};

} // namespace CodeGuru
