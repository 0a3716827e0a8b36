// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "HistoryTestSupport.h"
#include "history/HistoryStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

// The crash test: a process streaming an answer into the store is killed with
// SIGKILL mid-answer; what it had written must be there, marked interrupted.
TEST(HistoryCrashTest, KilledMidAnswerLeavesTheQuestionAndAnInterruptedPrefix)
{
    QStringList pieces;
    for (int i = 0; i < 400; ++i)
        pieces.append(QStringLiteral("token%1 ").arg(i));
    const QString full = pieces.join(QString());
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([&pieces](const RecordedRequest &) {
        FakeResponse slow = FakeResponse::streamOf(pieces);
        slow.chunkSize = 200; // about one token per write, 50 ms apart: 20 s for the whole answer
        slow.delayBetweenChunksMs = 50;
        return slow;
    });

    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CODEGURU_HISTORY_CHILD_PATH),
                {QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--store"),
                 dir.path(), QStringLiteral("--question"), QStringLiteral("Tell me a long story")});
    ASSERT_TRUE(child.waitForStarted(10000));

    // Wait, with the event loop serving the stream, until the child has stored some answer.
    QString seen;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (!QFile::exists(dir.filePath(HistoryStore::fileName())))
                return false;
            HistoryStore reader(dir.path());
            if (reader.open().isError())
                return false;
            const QList<ConversationRecord> list = reader.listConversations().value;
            if (list.isEmpty())
                return false;
            const QList<MessageRecord> messages = reader.loadConversation(list.first().id).value;
            seen = messages.size() == 2 ? messages.last().content : QString();
            return seen.size() > 20;
        },
        20000))
        << "the child never stored part of its answer";
    ASSERT_EQ(child.state(), QProcess::Running) << "killed mid-answer, not after it";

    ::kill(pid_t(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(10000)); // reaped: its pid is gone
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    HistoryStore store(dir.path());
    ASSERT_FALSE(store.open().isError());
    EXPECT_FALSE(store.openReport().movedAside());
    EXPECT_EQ(store.openReport().interruptedMessages, 1);
    const QList<ConversationRecord> list = store.listConversations().value;
    ASSERT_EQ(list.size(), 1);
    const QList<MessageRecord> messages = store.loadConversation(list.first().id).value;
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).role, MessageRecord::Role::User);
    EXPECT_EQ(messages.at(0).content, QStringLiteral("Tell me a long story"));
    EXPECT_EQ(messages.at(1).role, MessageRecord::Role::Assistant);
    EXPECT_EQ(messages.at(1).state, MessageRecord::State::Interrupted);
    EXPECT_FALSE(messages.at(1).content.isEmpty());
    EXPECT_GE(messages.at(1).content.size(), seen.size());
    EXPECT_TRUE(full.startsWith(messages.at(1).content)) << "a prefix of the answer, nothing garbled";
    EXPECT_LT(messages.at(1).content.size(), full.size());
    EXPECT_EQ(store.search(QStringLiteral("token1")).value.size(), 1) << "the partial answer is searchable";
}

} // namespace
