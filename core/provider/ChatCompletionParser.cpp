// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatCompletionParser.h"

#include "ChatChunkDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CodeGuru {

ChatResult ChatCompletionParser::parse(const QByteArray &body)
{
    ChatResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = ProviderError::make(ProviderError::Kind::MalformedReply);
        result.error.detail = parseError.errorString();
        return result;
    }
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QLatin1StringView("error"));
    if (!error.isUndefined() && !error.isNull()) {
        result.error =
            ProviderError::make(ProviderError::Kind::StreamError, ChatChunkDecoder::errorMessage(error));
        return result;
    }
    const QJsonArray choices = object.value(QLatin1StringView("choices")).toArray();
    if (choices.isEmpty()) {
        result.error = ProviderError::make(ProviderError::Kind::MalformedReply);
        result.error.detail = QStringLiteral("no choices");
        return result;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1StringView("message")).toObject();
    ChatChunkDecoder::appendContent(message.value(QLatin1StringView("content")), result.content,
                                    result.reasoning);
    result.reasoning += message.value(QLatin1StringView("reasoning_content")).toString();
    result.reasoning += message.value(QLatin1StringView("reasoning")).toString();
    result.refusal = message.value(QLatin1StringView("refusal")).toString();
    result.finishReason = choice.value(QLatin1StringView("finish_reason")).toString();
    result.model = object.value(QLatin1StringView("model")).toString();
    result.usage = TokenUsage::fromJson(object.value(QLatin1StringView("usage")));
    return result;
}

} // namespace CodeGuru
