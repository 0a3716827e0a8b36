// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestSupport.h"
#include "history/AsyncHistory.h"

#include <QFutureWatcher>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

TEST(AsyncHistoryTest, CallsCompleteThroughFuturesOnOneWorkerThread)
{
    QTemporaryDir dir;
    AsyncHistory history(dir.path());
    const HistoryResult<HistoryOpenReport> opened = waitFor(history.open());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error.detail);
    EXPECT_FALSE(opened.value.movedAside());

    const qint64 id = waitFor(history.createConversation(QStringLiteral("async"))).value;
    ASSERT_GT(id, 0);
    ASSERT_TRUE(
        waitFor(history.appendMessage(id, message(MessageRecord::Role::User, QStringLiteral("hello world"))))
            .ok());
    EXPECT_EQ(waitFor(history.listConversations()).value.size(), 1);
    EXPECT_EQ(waitFor(history.loadConversation(id)).value.value(0).content, QStringLiteral("hello world"));
    EXPECT_EQ(waitFor(history.search(QStringLiteral("world"))).value.size(), 1);

    QSet<QThread *> threads;
    for (int i = 0; i < 5; ++i) {
        const QPair<QThread *, QThread *> where = waitFor(history.run(
            [](HistoryStore &store) { return qMakePair(QThread::currentThread(), store.ownerThread()); }));
        EXPECT_EQ(where.first, where.second) << "used only where the connection was made";
        threads.insert(where.first);
    }
    EXPECT_EQ(threads.size(), 1);
    EXPECT_NE(*threads.cbegin(), QThread::currentThread());
    EXPECT_FALSE(waitFor(history.deleteConversation(id)).isError());
    EXPECT_TRUE(waitFor(history.listConversations()).value.isEmpty());
}

TEST(AsyncHistoryTest, TheCallerNeverWaitsForTheDisk)
{
    QTemporaryDir dir;
    AsyncHistory history(dir.path());
    ASSERT_TRUE(waitFor(history.open()).ok());
    QSemaphore gate;
    // Hold the worker as a slow disk would.
    const QFuture<bool> slow = history.run([&gate](HistoryStore &) { return gate.tryAcquire(1, 10000); });
    QElapsedTimer clock;
    clock.start();
    const QFuture<HistoryResult<qint64>> queued = history.createConversation(QStringLiteral("queued"));
    EXPECT_LT(clock.elapsed(), 50);
    EXPECT_FALSE(queued.isFinished());
    gate.release();
    EXPECT_TRUE(waitFor(slow));
    EXPECT_TRUE(waitFor(queued).ok());
}

TEST(AsyncHistoryTest, QueuedWritesFinishBeforeTheStoreCloses)
{
    QTemporaryDir dir;
    {
        AsyncHistory history(dir.path());
        history.open();
        const QFuture<HistoryResult<qint64>> created =
            history.createConversation(QStringLiteral("last words"));
        Q_UNUSED(created);
    } // destroyed with the write still queued
    HistoryStore store(dir.path());
    ASSERT_FALSE(store.open().isError());
    EXPECT_EQ(store.listConversations().value.value(0).title, QStringLiteral("last words"));
}

} // namespace
