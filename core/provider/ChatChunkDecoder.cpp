// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatChunkDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CodeGuru {

namespace {
QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

void appendThinking(const QJsonValue &value, QString &reasoning)
{
    if (value.isString()) {
        reasoning += value.toString();
        return;
    }
    const QJsonArray parts = value.toArray();
    for (const QJsonValue &part : parts)
        reasoning += part.toObject().value(key("text")).toString();
}
} // namespace

void ChatChunkDecoder::appendContent(const QJsonValue &value, QString &text, QString &reasoning)
{
    if (value.isString()) {
        text += value.toString();
        return;
    }
    if (!value.isArray())
        return;
    const QJsonArray blocks = value.toArray();
    for (const QJsonValue &blockValue : blocks) {
        const QJsonObject block = blockValue.toObject();
        const QString type = block.value(key("type")).toString();
        if (type == QLatin1StringView("text"))
            text += block.value(key("text")).toString();
        else if (type == QLatin1StringView("thinking"))
            appendThinking(block.value(key("thinking")), reasoning);
    }
}

QString ChatChunkDecoder::errorMessage(const QJsonValue &error)
{
    if (error.isString())
        return error.toString();
    const QJsonObject object = error.toObject();
    QString message = object.value(key("message")).toString();
    if (message.isEmpty())
        message = object.value(key("error")).toString();
    if (message.isEmpty() && !object.isEmpty())
        message = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return message;
}

ChatChunk ChatChunkDecoder::decode(const SseEvent &event)
{
    ChatChunk chunk;
    const QByteArray trimmed = event.data.trimmed();
    if (trimmed == "[DONE]") {
        chunk.done = true;
        return chunk;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (event.type == "error") {
        const QString message = document.isObject() ? errorMessage(document.object().value(key("error")))
                                                    : QString::fromUtf8(trimmed);
        chunk.error = ProviderError::make(ProviderError::Kind::StreamError,
                                          message.isEmpty() ? QString::fromUtf8(trimmed) : message);
        return chunk;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        chunk.error = ProviderError::make(ProviderError::Kind::MalformedReply);
        chunk.error.detail = parseError.errorString();
        return chunk;
    }
    return decodeObject(document.object());
}

ChatChunk ChatChunkDecoder::decodeObject(const QJsonObject &object)
{
    ChatChunk chunk;
    chunk.model = object.value(key("model")).toString();
    chunk.usage = TokenUsage::fromJson(object.value(key("usage")));

    const QJsonArray choices = object.value(key("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        // n>1 streams interleave choices; the answer is choice 0.
        if (choice.value(key("index")).toInt(0) != 0)
            continue;
        const QJsonObject delta = choice.value(key("delta")).toObject();
        appendContent(delta.value(key("content")), chunk.content, chunk.reasoning);
        chunk.reasoning += delta.value(key("reasoning_content")).toString();
        chunk.reasoning += delta.value(key("reasoning")).toString();
        chunk.refusal += delta.value(key("refusal")).toString();
        const QJsonValue finish = choice.value(key("finish_reason"));
        if (finish.isString())
            chunk.finishReason = finish.toString();
    }

    const QJsonValue error = object.value(key("error"));
    if (!error.isUndefined() && !error.isNull()) {
        chunk.error = ProviderError::make(ProviderError::Kind::StreamError, errorMessage(error));
    }
    return chunk;
}

} // namespace CodeGuru
