// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatChunk.h"
#include "SseEvent.h"

#include <QJsonObject>

namespace CodeGuru {

/// Turns one SSE event of a chat-completion stream into a ChatChunk.
///
/// Tolerates the dialects in the wild: content as a string or as Mistral's array of typed
/// blocks (thinking blocks count as reasoning), `reasoning_content` (DeepSeek) and `reasoning`
/// (Groq, OpenRouter, Ollama), `refusal`, empty `choices`, usage on any chunk, and an
/// `error` object arriving as `event: error` or at the top level of a data chunk.
class ChatChunkDecoder
{
public:
    static ChatChunk decode(const SseEvent &event);
    /// Same rules for a parsed chunk object (also used for non-SSE fallbacks).
    static ChatChunk decodeObject(const QJsonObject &chunk);
    /// Reads `{"error": {...}}`, `{"error": "text"}` or `{"message": ...}` into a message.
    static QString errorMessage(const QJsonValue &error);
    /// Flattens a content value: string, or array of {type:text,text} / thinking blocks.
    static void appendContent(const QJsonValue &value, QString &text, QString &reasoning);
};

} // namespace CodeGuru
