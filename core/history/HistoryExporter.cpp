// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryExporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CodeGuru {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString HistoryExporter::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject HistoryExporter::toJsonObject(const ConversationData &data)
{
    QJsonArray messages;
    for (const MessageRecord &m : data.messages) {
        messages.append(QJsonObject {
            {QStringLiteral("role"), MessageRecord::roleName(m.role)},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("reasoning"), m.reasoning},
            {QStringLiteral("model"), m.model},
            {QStringLiteral("provider"), m.provider},
            {QStringLiteral("created"), timeText(m.created)},
            {QStringLiteral("updated"), timeText(m.updated)},
            {QStringLiteral("promptTokens"), optionalNumber(m.promptTokens)},
            {QStringLiteral("completionTokens"), optionalNumber(m.completionTokens)},
            {QStringLiteral("finishReason"), m.finishReason},
            {QStringLiteral("state"), MessageRecord::stateName(m.state)},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("context"), m.context},
        });
    }
    return QJsonObject {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("uuid"), data.conversation.uuid},
        {QStringLiteral("title"), data.conversation.title},
        {QStringLiteral("created"), timeText(data.conversation.created)},
        {QStringLiteral("updated"), timeText(data.conversation.updated)},
        {QStringLiteral("messages"), messages},
    };
}

QByteArray HistoryExporter::toJson(const ConversationData &data)
{
    return QJsonDocument(toJsonObject(data)).toJson(QJsonDocument::Indented);
}

QString HistoryExporter::toMarkdown(const ConversationData &data)
{
    QString md;
    const QString title = data.conversation.title.isEmpty() ? tr("Conversation") : data.conversation.title;
    md += QStringLiteral("# ") + title + QStringLiteral("\n\n");
    md += QLatin1Char('_')
        + tr("Started %1, last updated %2 (UTC)")
              .arg(data.conversation.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   data.conversation.updated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        + QStringLiteral("_\n\n");

    for (const MessageRecord &m : data.messages) {
        QString heading;
        switch (m.role) {
        case MessageRecord::Role::User:
            heading = tr("You");
            break;
        case MessageRecord::Role::Assistant:
            heading = m.model.isEmpty() ? tr("Assistant") : tr("Assistant (%1)").arg(m.model);
            break;
        case MessageRecord::Role::System:
            heading = tr("System");
            break;
        }
        md += QStringLiteral("## ") + heading + QStringLiteral("\n\n");
        if (!m.reasoning.isEmpty()) {
            md += QStringLiteral("<details>\n<summary>") + tr("Reasoning") + QStringLiteral("</summary>\n\n")
                + m.reasoning + QStringLiteral("\n\n</details>\n\n");
        }
        if (!m.content.isEmpty())
            md += m.content + QStringLiteral("\n\n");

        QStringList attached;
        for (const QJsonValue &item : m.context.value(QStringLiteral("items")).toArray()) {
            const QJsonObject object = item.toObject();
            const QString name = object.value(QStringLiteral("name")).toString();
            const QString label = name.isEmpty() ? object.value(QStringLiteral("kind")).toString()
                                                 : QLatin1Char('`') + name + QLatin1Char('`');
            attached.append(
                tr("%1 (%n characters)", nullptr, object.value(QStringLiteral("chars")).toInt()).arg(label));
        }
        if (!attached.isEmpty())
            md += QStringLiteral("> ") + tr("Attached: %1.").arg(attached.join(QStringLiteral(", ")));
        const int redacted = m.context.value(QStringLiteral("redactedSecrets")).toInt();
        if (redacted > 0)
            md += (attached.isEmpty() ? QStringLiteral("> ") : QStringLiteral(" "))
                + tr("%n secret(s) redacted.", nullptr, redacted);
        if (!attached.isEmpty() || redacted > 0)
            md += QStringLiteral("\n\n");

        switch (m.state) {
        case MessageRecord::State::Complete:
            break;
        case MessageRecord::State::Streaming:
            md += QLatin1Char('_') + tr("This answer was still being written.") + QStringLiteral("_\n\n");
            break;
        case MessageRecord::State::Interrupted:
            md += QLatin1Char('_') + tr("This answer was interrupted.") + QStringLiteral("_\n\n");
            break;
        case MessageRecord::State::Stopped:
            md += QLatin1Char('_') + tr("Stopped.") + QStringLiteral("_\n\n");
            break;
        case MessageRecord::State::Failed:
            md += QLatin1Char('_') + (m.error.isEmpty() ? tr("Failed.") : tr("Failed: %1").arg(m.error))
                + QStringLiteral("_\n\n");
            break;
        }
    }
    return md;
}

} // namespace CodeGuru
