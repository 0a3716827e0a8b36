// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsyncHistory.h"

namespace CodeGuru {

AsyncHistory::AsyncHistory(const QString &folder, QObject *parent)
    : AsyncHistory(folder, HistoryStore::Options(), parent)
{ }

AsyncHistory::AsyncHistory(const QString &folder, const HistoryStore::Options &options, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<HistoryStore>(folder, options))
{
    // One thread that never expires: a SQLite connection must stay on the thread that made it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("CodeGuru history"));
}

AsyncHistory::~AsyncHistory()
{
    // The connection is closed where it was opened, after the writes queued before it.
    run([](HistoryStore &store) {
        store.close();
        return true;
    });
    m_pool.waitForDone();
}

QFuture<HistoryResult<HistoryOpenReport>> AsyncHistory::open()
{
    return run([](HistoryStore &store) {
        const HistoryError error = store.open();
        return error.isError() ? HistoryResult<HistoryOpenReport>::failure(error)
                               : HistoryResult<HistoryOpenReport>::success(store.openReport());
    });
}

QFuture<HistoryResult<QList<ConversationRecord>>> AsyncHistory::listConversations()
{
    return run([](HistoryStore &store) { return store.listConversations(); });
}

QFuture<HistoryResult<QList<MessageRecord>>> AsyncHistory::loadConversation(qint64 conversationId)
{
    return run([conversationId](HistoryStore &store) { return store.loadConversation(conversationId); });
}

QFuture<HistoryResult<ConversationData>> AsyncHistory::conversationData(qint64 conversationId)
{
    return run([conversationId](HistoryStore &store) { return store.conversationData(conversationId); });
}

QFuture<HistoryResult<qint64>> AsyncHistory::createConversation(const QString &title)
{
    return run([title](HistoryStore &store) { return store.createConversation(title); });
}

QFuture<HistoryError> AsyncHistory::renameConversation(qint64 conversationId, const QString &title)
{
    return run([conversationId, title](HistoryStore &store) {
        return store.renameConversation(conversationId, title);
    });
}

QFuture<HistoryError> AsyncHistory::deleteConversation(qint64 conversationId)
{
    return run([conversationId](HistoryStore &store) { return store.deleteConversation(conversationId); });
}

QFuture<HistoryResult<qint64>> AsyncHistory::appendMessage(qint64 conversationId,
                                                           const MessageRecord &message)
{
    return run([conversationId, message](HistoryStore &store) {
        return store.appendMessage(conversationId, message);
    });
}

QFuture<HistoryError> AsyncHistory::updateMessage(const MessageRecord &message)
{
    return run([message](HistoryStore &store) { return store.updateMessage(message); });
}

QFuture<HistoryResult<QList<SearchHit>>> AsyncHistory::search(const QString &text, int limit)
{
    return run([text, limit](HistoryStore &store) { return store.search(text, limit); });
}

QFuture<HistoryResult<qint64>> AsyncHistory::importConversation(const ConversationData &data)
{
    return run([data](HistoryStore &store) { return store.importConversation(data); });
}

} // namespace CodeGuru
