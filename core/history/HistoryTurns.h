// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageRecord.h"
#include "conversation/ChatTurn.h"

#include <QJsonObject>
#include <QList>

namespace CodeGuru {

/// Converts between a ChatSession's turns and stored messages.
class HistoryTurns
{
public:
    /// What went with the question, compact (kinds, names, sizes, redactions); the clipboard's
    /// text only when `keepClipboardText`. File contents are never kept: they live on disk.
    static QJsonObject contextSummary(const QuestionContext &context, bool keepClipboardText);
    /// The stored form of the turn's question.
    static MessageRecord question(const ChatTurn &turn, bool keepClipboardText);
    /// The stored form of the turn's answer so far; Preparing and Streaming turns are Streaming.
    static MessageRecord answer(const ChatTurn &turn, const QString &model, const QString &provider);
    static MessageRecord::State stateOf(const ChatTurn &turn);
    /// Turns for ChatSession::restore: each user message with the assistant message after it.
    /// Interrupted and streaming answers become Stopped turns flagged `interrupted`.
    static QList<ChatTurn> toTurns(const QList<MessageRecord> &messages);
    /// A conversation title from its first question: the first line, at most `maxChars`.
    static QString titleFor(const QString &question, int maxChars = 80);
};

} // namespace CodeGuru
