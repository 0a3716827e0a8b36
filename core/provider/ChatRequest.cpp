// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CodeGuru {

QJsonObject ChatRequest::toJson() const
{
    QJsonArray jsonMessages;
    for (const ChatMessage &message : messages) {
        jsonMessages.append(QJsonObject {
            {QStringLiteral("role"), ChatMessage::roleName(message.role)},
            {QStringLiteral("content"), message.content},
        });
    }
    QJsonObject body {
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), jsonMessages},
        {QStringLiteral("stream"), stream},
    };
    if (temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    if (maxTokens)
        body.insert(QStringLiteral("max_tokens"), *maxTokens);
    if (stream && includeUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}});
    return body;
}

QByteArray ChatRequest::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace CodeGuru
