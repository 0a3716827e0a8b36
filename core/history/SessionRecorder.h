// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryError.h"
#include "MessageRecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace CodeGuru {

class AsyncHistory;
class ChatSession;

/// Writes a ChatSession to the history as it happens: each question when it is sent, its
/// answer while it streams (on a timer, every saveInterval(), never per delta) and once more
/// when it ends with its state, usage and finish reason. Regenerate and edit-last rewrite the
/// turn's two rows. A failed write (disk full, locked) is reported and retried on the timer,
/// and the session keeps everything in memory meanwhile.
///
/// The first question of a new conversation creates it, titled after the question. After
/// ChatSession::clear() the next question starts a new conversation.
class SessionRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRecorder)

public:
    SessionRecorder(ChatSession *session, AsyncHistory *history, QObject *parent = nullptr);
    ~SessionRecorder() override;

    /// Writes the next turns into `conversationId` (0: a new conversation at the next question).
    void setConversation(qint64 conversationId);
    /// Shows a stored conversation in the session (ChatSession::restore) and keeps writing
    /// into it; regenerating a restored answer rewrites its row.
    void restore(qint64 conversationId, const QList<MessageRecord> &messages);
    /// The conversation written to; 0 until its first write completed.
    qint64 conversationId() const { return m_conversationId; }

    void setSaveInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    std::chrono::milliseconds saveInterval() const { return m_timer.intervalAsDuration(); }
    /// Whether the clipboard's text is stored with a question (default off: only its size).
    void setKeepClipboardText(bool keep) { m_keepClipboardText = keep; }

Q_SIGNALS:
    /// The first write of a new conversation created it.
    void conversationCreated(qint64 conversationId);
    /// A write of turn `index` reached the store.
    void turnSaved(int index);
    /// A write of turn `index` failed; it is retried on the timer while the session keeps it.
    void saveFailed(int index, const CodeGuru::HistoryError &error);

private:
    struct TurnState
    {
        QDateTime questionCreated;
        QDateTime answerCreated;
        bool dirty = false;
        bool inFlight = false;
    };
    struct Rows;

    void onTurnAdded(int index);
    void onChanged(int index);
    void onTurnRemoved(int index);
    void onRestored();
    void onTick();
    void save(int index);
    void markDirty(int index);
    void resetRows(qint64 conversationId);

    QPointer<ChatSession> m_session;
    AsyncHistory *m_history;
    std::shared_ptr<Rows> m_rows; ///< row ids, touched only on the history's thread
    QHash<int, TurnState> m_turns;
    QTimer m_timer;
    qint64 m_conversationId = 0;
    quint64 m_generation = 0; ///< bumped when the rows are reset: late results of old writes are dropped
    bool m_keepClipboardText = false;
    bool m_restoring = false;
};

} // namespace CodeGuru
