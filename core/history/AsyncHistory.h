// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryStore.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace CodeGuru {

/// The window's door to the history: every call returns at once with a QFuture and runs on
/// one dedicated thread that owns the store's SQLite connection, in the order called.
/// Nothing here ever waits on the disk in the caller's thread, except the destructor, which
/// lets queued writes finish so no answer is lost at exit.
class AsyncHistory : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncHistory)

public:
    explicit AsyncHistory(const QString &folder, QObject *parent = nullptr);
    AsyncHistory(const QString &folder, const HistoryStore::Options &options, QObject *parent = nullptr);
    ~AsyncHistory() override;

    /// Opens the store (see HistoryStore::open); calls queued after it run after it.
    QFuture<HistoryResult<HistoryOpenReport>> open();
    QFuture<HistoryResult<QList<ConversationRecord>>> listConversations();
    QFuture<HistoryResult<QList<MessageRecord>>> loadConversation(qint64 conversationId);
    QFuture<HistoryResult<ConversationData>> conversationData(qint64 conversationId);
    QFuture<HistoryResult<qint64>> createConversation(const QString &title);
    QFuture<HistoryError> renameConversation(qint64 conversationId, const QString &title);
    QFuture<HistoryError> deleteConversation(qint64 conversationId);
    QFuture<HistoryResult<qint64>> appendMessage(qint64 conversationId, const MessageRecord &message);
    QFuture<HistoryError> updateMessage(const MessageRecord &message);
    QFuture<HistoryResult<QList<SearchHit>>> search(const QString &text, int limit = 50);
    QFuture<HistoryResult<qint64>> importConversation(const ConversationData &data);

    /// Runs `work(HistoryStore &)` on the store's thread, after everything queued before.
    /// `work` must not keep the reference.
    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, HistoryStore &>>
    {
        return QtConcurrent::run(
            &m_pool, [store = m_store.get(), work = std::move(work)]() mutable { return work(*store); });
    }

private:
    std::unique_ptr<HistoryStore> m_store; ///< used only on m_pool's one thread
    QThreadPool m_pool;
};

} // namespace CodeGuru
