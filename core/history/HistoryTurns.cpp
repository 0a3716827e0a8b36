// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTurns.h"

#include <QJsonArray>

namespace CodeGuru {

QJsonObject HistoryTurns::contextSummary(const QuestionContext &context, bool keepClipboardText)
{
    QJsonArray items;
    for (const ContextItem &item : context.items) {
        QJsonObject object {{QStringLiteral("kind"), ContextItem::sourceName(item.source)},
                            {QStringLiteral("chars"), qint64(item.text.size())}};
        if (!item.name.isEmpty())
            object.insert(QStringLiteral("name"), item.name);
        if (keepClipboardText && item.source == ContextItem::Source::Clipboard)
            object.insert(QStringLiteral("text"), item.text);
        items.append(object);
    }
    QJsonObject summary;
    if (!items.isEmpty())
        summary.insert(QStringLiteral("items"), items);
    if (context.redactedSecrets > 0)
        summary.insert(QStringLiteral("redactedSecrets"), context.redactedSecrets);
    return summary;
}

MessageRecord::State HistoryTurns::stateOf(const ChatTurn &turn)
{
    switch (turn.state) {
    case ChatTurn::State::Preparing:
    case ChatTurn::State::Streaming:
        return MessageRecord::State::Streaming;
    case ChatTurn::State::Done:
        return MessageRecord::State::Complete;
    case ChatTurn::State::Failed:
        return MessageRecord::State::Failed;
    case ChatTurn::State::Stopped:
        return turn.interrupted ? MessageRecord::State::Interrupted : MessageRecord::State::Stopped;
    }
    return MessageRecord::State::Complete;
}

MessageRecord HistoryTurns::question(const ChatTurn &turn, bool keepClipboardText)
{
    MessageRecord message;
    message.role = MessageRecord::Role::User;
    message.content = turn.question;
    message.context = contextSummary(turn.context, keepClipboardText);
    return message;
}

MessageRecord HistoryTurns::answer(const ChatTurn &turn, const QString &model, const QString &provider)
{
    MessageRecord message;
    message.role = MessageRecord::Role::Assistant;
    message.content = turn.answer;
    message.reasoning = turn.reasoning;
    message.model = turn.result.model.isEmpty() ? model : turn.result.model;
    message.provider = provider;
    message.state = stateOf(turn);
    message.finishReason = turn.result.finishReason;
    if (turn.result.usage) {
        message.promptTokens = turn.result.usage->promptTokens;
        message.completionTokens = turn.result.usage->completionTokens;
    }
    if (message.state == MessageRecord::State::Failed)
        message.error = turn.result.error.userMessage();
    return message;
}

QList<ChatTurn> HistoryTurns::toTurns(const QList<MessageRecord> &messages)
{
    QList<ChatTurn> turns;
    bool awaitingAnswer = false;
    for (const MessageRecord &message : messages) {
        if (message.role == MessageRecord::Role::System)
            continue;
        if (message.role == MessageRecord::Role::User) {
            ChatTurn turn;
            turn.question = message.content;
            turn.state = ChatTurn::State::Stopped; // a question whose answer was never stored
            turn.result.error = ProviderError::make(ProviderError::Kind::Cancelled);
            turns.append(turn);
            awaitingAnswer = true;
            continue;
        }
        if (!awaitingAnswer)
            turns.append(ChatTurn()); // an answer without its question: keep it visible
        awaitingAnswer = false;
        ChatTurn &turn = turns.last();
        turn.answer = message.content;
        turn.reasoning = message.reasoning;
        turn.result = ChatResult();
        turn.result.content = message.content;
        turn.result.reasoning = message.reasoning;
        turn.result.model = message.model;
        turn.result.finishReason = message.finishReason;
        if (message.promptTokens || message.completionTokens) {
            TokenUsage usage;
            usage.promptTokens = message.promptTokens.value_or(0);
            usage.completionTokens = message.completionTokens.value_or(0);
            usage.totalTokens = usage.promptTokens + usage.completionTokens;
            turn.result.usage = usage;
        }
        switch (message.state) {
        case MessageRecord::State::Complete:
            turn.state = ChatTurn::State::Done;
            break;
        case MessageRecord::State::Failed:
            turn.state = ChatTurn::State::Failed;
            turn.result.error = ProviderError::make(ProviderError::Kind::ConnectionDropped, message.error);
            break;
        case MessageRecord::State::Stopped:
            turn.state = ChatTurn::State::Stopped;
            turn.result.error = ProviderError::make(ProviderError::Kind::Cancelled);
            break;
        case MessageRecord::State::Streaming:
        case MessageRecord::State::Interrupted:
            turn.state = ChatTurn::State::Stopped;
            turn.interrupted = true;
            turn.result.error = ProviderError::make(ProviderError::Kind::Cancelled);
            break;
        }
    }
    return turns;
}

QString HistoryTurns::titleFor(const QString &question, int maxChars)
{
    QString title = question.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (title.size() > maxChars)
        title = title.left(maxChars - 1).trimmed() + QStringLiteral("…");
    return title;
}

} // namespace CodeGuru
