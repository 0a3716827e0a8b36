// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatMessage.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace CodeGuru {

/// The body of `POST /chat/completions`, independent of where it is sent.
struct ChatRequest
{
    QString model;
    ChatMessages messages;
    bool stream = true;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    /// Asks for a final usage chunk (`stream_options.include_usage`). Off by default:
    /// some compatible servers reject unknown options.
    bool includeUsage = false;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

} // namespace CodeGuru
