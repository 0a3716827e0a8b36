// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryImporter.h"

#include "HistoryExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CodeGuru {

namespace {

using Result = HistoryResult<ConversationData>;

Result invalid(const QString &why)
{
    return Result::failure(HistoryError::make(HistoryError::Kind::InvalidInput, why));
}

bool readTime(const QJsonObject &object, const QString &key, QDateTime &time)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return true; // optional
    if (!value.isString())
        return false;
    time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid();
}

bool readCount(const QJsonObject &object, const QString &key, std::optional<qint64> &count)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() < 0)
        return false;
    count = value.toInteger();
    return true;
}

} // namespace

HistoryResult<ConversationData> HistoryImporter::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject()
        || root.value(QStringLiteral("format")).toString() != HistoryExporter::formatName())
        return invalid(tr("This JSON is not a CodeGuru conversation (no \"format\": \"%1\").")
                           .arg(HistoryExporter::formatName()));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > HistoryExporter::FormatVersion)
        return invalid(
            tr("This conversation was exported in format version %1, which this CodeGuru cannot read.")
                .arg(root.value(QStringLiteral("version")).toVariant().toString()));

    ConversationData data;
    data.conversation.uuid = root.value(QStringLiteral("uuid")).toString();
    data.conversation.title = root.value(QStringLiteral("title")).toString();
    if (!readTime(root, QStringLiteral("created"), data.conversation.created)
        || !readTime(root, QStringLiteral("updated"), data.conversation.updated))
        return invalid(tr("The conversation's time stamps are not valid."));
    if (!root.value(QStringLiteral("messages")).isArray())
        return invalid(tr("The conversation has no \"messages\" list."));

    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject object = messages.at(i).toObject();
        const auto fail = [i](const QString &what) {
            return invalid(tr("Message %1 of the conversation is not valid: %2.").arg(i + 1).arg(what));
        };
        if (!messages.at(i).isObject())
            return fail(tr("not an object"));
        MessageRecord message;
        const std::optional<MessageRecord::Role> role =
            MessageRecord::roleFromName(object.value(QStringLiteral("role")).toString());
        if (!role)
            return fail(tr("unknown role"));
        message.role = *role;
        const QJsonValue state = object.value(QStringLiteral("state"));
        if (!state.isUndefined()) {
            const std::optional<MessageRecord::State> known = MessageRecord::stateFromName(state.toString());
            if (!known)
                return fail(tr("unknown state"));
            message.state = *known;
        }
        if (!object.value(QStringLiteral("content")).isString())
            return fail(tr("no content"));
        message.content = object.value(QStringLiteral("content")).toString();
        message.reasoning = object.value(QStringLiteral("reasoning")).toString();
        message.model = object.value(QStringLiteral("model")).toString();
        message.provider = object.value(QStringLiteral("provider")).toString();
        message.finishReason = object.value(QStringLiteral("finishReason")).toString();
        message.error = object.value(QStringLiteral("error")).toString();
        message.context = object.value(QStringLiteral("context")).toObject();
        if (!readTime(object, QStringLiteral("created"), message.created)
            || !readTime(object, QStringLiteral("updated"), message.updated))
            return fail(tr("bad time stamp"));
        if (!readCount(object, QStringLiteral("promptTokens"), message.promptTokens)
            || !readCount(object, QStringLiteral("completionTokens"), message.completionTokens))
            return fail(tr("bad token count"));
        message.position = int(i);
        data.messages.append(message);
    }
    data.conversation.messageCount = int(data.messages.size());
    return Result::success(data);
}

} // namespace CodeGuru
