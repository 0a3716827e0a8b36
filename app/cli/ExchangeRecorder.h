// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatMessage.h"
#include "conversation/ChatTurn.h"
#include "history/HistoryError.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace CodeGuru {
class AsyncHistory;
class ChatReply;
} // namespace CodeGuru

namespace CodeGuru::Cli {

/// Saves what `ask` and `chat` exchange with the model in the history, which the window shares:
/// each question when it is sent, its answer while it streams (on a timer, every 500 ms, never
/// per delta) and once more when it ends, with its state, usage and finish reason. A process
/// killed mid-answer thus leaves a prefix that the next open marks interrupted.
///
/// The terminal drives ChatClient directly rather than a ChatSession, so SessionRecorder does
/// not fit; this is its one-exchange-at-a-time counterpart. A store that cannot be opened or
/// written never stops an answer: the first failure is reported once on stderr.
class ExchangeRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRecorder)

public:
    /// Opens the store in `folder` in the background with the light open check (a short-lived
    /// process must not pay for a full quick_check); a moved-aside store is reported on stderr.
    ExchangeRecorder(const QString &folder, QObject *parent);
    /// Lets queued writes finish (AsyncHistory's destructor waits for them).
    ~ExchangeRecorder() override;

    /// Reads conversation `conversationId` to continue it: `loaded` follows with its earlier
    /// turns as chat history, or `loadFailed` with a sentence for the person. Later exchanges are
    /// appended to it.
    void load(qint64 conversationId);
    /// Writes the next exchange into `conversationId`; 0 starts a new conversation with it.
    void setConversation(qint64 conversationId);
    /// The conversation written to; 0 until the first write of a new one completed.
    qint64 conversationId() const { return m_conversationId; }

    /// Records one exchange: `question` (and a summary of `context`) now, the answer as `reply`
    /// streams and when it finishes.
    void record(const QString &question, const QuestionContext &context, const ProviderEndpoint &endpoint,
                ChatReply *reply);
    /// Calls `done` once the exchange being recorded has finished and every write of it reached
    /// the store or failed; at once when nothing is pending.
    void whenSettled(QObject *context, std::function<void()> done);
    /// Whether any write failed (the warning has been printed then).
    bool failed() const { return m_warned; }

Q_SIGNALS:
    void loaded(const CodeGuru::ChatMessages &history);
    void loadFailed(const QString &message);

private:
    struct Shared;
    struct Rows;
    struct WriteOutcome;

    QFuture<WriteOutcome> queueWrite();
    void write();
    void onTick();
    void warnNotSaved(const HistoryError &error);
    void checkSettled();

    QString m_folder;
    std::unique_ptr<AsyncHistory> m_history;
    std::shared_ptr<Shared> m_shared; ///< touched only on the history's thread
    std::shared_ptr<Rows> m_rows; ///< the exchange's row ids, touched only on the history's thread
    ChatTurn m_turn;
    QDateTime m_questionCreated;
    QString m_model;
    QString m_provider;
    QPointer<ChatReply> m_reply;
    QTimer m_timer;
    qint64 m_conversationId = 0;
    int m_pendingWrites = 0;
    bool m_recording = false; ///< between record() and the reply's end
    bool m_dirty = false;
    bool m_warned = false;
    HistoryError m_lastError; ///< of the latest write that completed
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_settledCallbacks;
};

} // namespace CodeGuru::Cli
