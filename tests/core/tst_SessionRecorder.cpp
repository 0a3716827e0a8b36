// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTestHarness.h"
#include "HistoryTestSupport.h"
#include "conversation/ChatSession.h"
#include "history/AsyncHistory.h"
#include "history/SessionRecorder.h"
#include "routing/ContextRouter.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTest>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class SessionRecorderTest : public ChatTestHarness
{
protected:
    void SetUp() override
    {
        ChatTestHarness::SetUp();
        router.setClassifierSet(ClassifierSet()); // no routing questions: only the answer streams
        router.setEndpoint(endpoint());
        session.setEndpoint(endpoint());
        server.setHandler([this](const RecordedRequest &) {
            if (failWith)
                return *failWith;
            FakeResponse answer = FakeResponse::streamOf(answerPieces);
            answer.delayBetweenChunksMs = chunkDelayMs;
            answer.chunkSize = chunkSize;
            return answer;
        });
        ASSERT_TRUE(waitFor(history.open()).ok());
        ASSERT_FALSE(reader.open().isError());
    }

    void waitIdle()
    {
        ASSERT_TRUE(QTest::qWaitFor([this] { return !session.isBusy(); }, 20000));
    }

    /// The messages of the only conversation, as another process reading the file sees them.
    QList<MessageRecord> stored()
    {
        const QList<ConversationRecord> list = reader.listConversations().value;
        return list.isEmpty() ? QList<MessageRecord>() : reader.loadConversation(list.first().id).value;
    }

    bool storedAnswerIs(MessageRecord::State state)
    {
        const QList<MessageRecord> messages = stored();
        return messages.size() >= 2 && messages.last().state == state;
    }

    static QStringList pieces(int count, const QString &word = QStringLiteral("word"))
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(QStringLiteral("%1%2 ").arg(word).arg(i));
        return list;
    }

    QTemporaryDir dir;
    AsyncHistory history {dir.path()};
    HistoryStore reader {dir.path()};
    ContextRouter router {&gateway};
    QuestionContextBuilder builder {&router};
    ChatSession session {&client, &builder};
    SessionRecorder recorder {&session, &history};
    QStringList answerPieces {QStringLiteral("Use "), QStringLiteral("asyncio.")};
    std::optional<FakeResponse> failWith;
    int chunkDelayMs = 0;
    int chunkSize = 0;
};

TEST_F(SessionRecorderTest, StoresTheQuestionAtOnceAndTheAnswerAsItGrows)
{
    answerPieces = pieces(40);
    chunkSize = 160;
    chunkDelayMs = 60;
    const QString full = answerPieces.join(QString());

    QElapsedTimer clock;
    clock.start();
    QList<qint64> savedAt;
    QList<qint64> deltaAt;
    QObject::connect(&recorder, &SessionRecorder::turnSaved, &recorder,
                     [&](int) { savedAt.append(clock.elapsed()); });
    QObject::connect(&session, &ChatSession::answerReceived, &session,
                     [&](int, const QString &) { deltaAt.append(clock.elapsed()); });
    QSignalSpy created(&recorder, &SessionRecorder::conversationCreated);

    session.send(QStringLiteral("Explain the scheduler"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return stored().size() == 2; }, 5000)) << "question stored at once";
    EXPECT_EQ(stored().first().content, QStringLiteral("Explain the scheduler"));
    EXPECT_EQ(stored().first().role, MessageRecord::Role::User);
    EXPECT_EQ(reader.listConversations().value.first().title, QStringLiteral("Explain the scheduler"));

    QSet<QString> prefixes;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<MessageRecord> messages = stored();
            if (messages.size() == 2 && messages.last().state == MessageRecord::State::Streaming
                && !messages.last().content.isEmpty())
                prefixes.insert(messages.last().content);
            return !session.isBusy();
        },
        20000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Complete); }, 5000));

    const MessageRecord answer = stored().last();
    EXPECT_EQ(answer.content, full);
    EXPECT_EQ(answer.finishReason, QStringLiteral("stop"));
    EXPECT_EQ(answer.promptTokens, 10);
    EXPECT_EQ(answer.completionTokens, 40);
    EXPECT_EQ(answer.model, QStringLiteral("fake-model"));
    EXPECT_FALSE(answer.provider.isEmpty());
    // The whole text may be stored while still Streaming: the finish chunk comes after it.
    qsizetype partial = 0;
    for (const QString &prefix : std::as_const(prefixes)) {
        EXPECT_TRUE(full.startsWith(prefix)) << qPrintable(prefix);
        partial += prefix.size() < full.size() ? 1 : 0;
    }
    EXPECT_GE(partial, 3) << "the growing answer was visible in the file while it streamed";
    EXPECT_EQ(created.count(), 1);
    EXPECT_EQ(recorder.conversationId(), reader.listConversations().value.first().id);

    // Written on the timer, not per delta, and never more than ~500 ms apart while streaming.
    ASSERT_GE(deltaAt.size(), 40);
    QList<qint64> streamingSaves;
    for (const qint64 at : std::as_const(savedAt)) {
        if (at > deltaAt.first() && at <= deltaAt.last())
            streamingSaves.append(at);
    }
    EXPECT_LT(savedAt.size(), deltaAt.size() / 2) << "deltas are coalesced";
    ASSERT_GE(streamingSaves.size(), 3);
    EXPECT_LE(streamingSaves.first() - deltaAt.first(), 500 + 250);
    for (qsizetype i = 1; i < streamingSaves.size(); ++i)
        EXPECT_LE(streamingSaves.at(i) - streamingSaves.at(i - 1), 500 + 250) << "save " << i;
}

TEST_F(SessionRecorderTest, StoppedAndFailedAnswersAreRecorded)
{
    answerPieces = pieces(30);
    chunkSize = 64;
    chunkDelayMs = 50;
    QSignalSpy received(&session, &ChatSession::answerReceived);
    session.send(QStringLiteral("first"));
    ASSERT_TRUE(received.wait(10000));
    session.stop();
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Stopped); }, 5000));
    EXPECT_EQ(stored().last().content, session.turns().first().answer);
    EXPECT_FALSE(stored().last().content.isEmpty());

    failWith = FakeResponse::error(400, QStringLiteral("bad things"));
    session.send(QStringLiteral("second"));
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Failed); }, 5000));
    EXPECT_EQ(stored().size(), 4);
    EXPECT_FALSE(stored().last().error.isEmpty());
    EXPECT_EQ(stored().at(2).content, QStringLiteral("second"));
}

TEST_F(SessionRecorderTest, RegenerateAndEditRewriteTheTurnsRows)
{
    session.send(QStringLiteral("q1"));
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Complete); }, 5000));
    const QList<MessageRecord> before = stored();

    answerPieces = {QStringLiteral("Another answer.")};
    session.regenerate();
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return stored().value(1).content == QStringLiteral("Another answer."); }, 5000));
    answerPieces = {QStringLiteral("Edited answer.")};
    session.editLast(QStringLiteral("q1, better worded"));
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return stored().value(1).content == QStringLiteral("Edited answer."); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Complete); }, 5000));
    const QList<MessageRecord> after = stored();
    ASSERT_EQ(after.size(), 2) << "replaced, not appended";
    EXPECT_EQ(after.at(0).id, before.at(0).id);
    EXPECT_EQ(after.at(1).id, before.at(1).id);
    EXPECT_EQ(after.at(0).content, QStringLiteral("q1, better worded"));
    EXPECT_TRUE(reader.search(QStringLiteral("asyncio")).value.isEmpty())
        << "the replaced answer left the index";
}

TEST_F(SessionRecorderTest, RestoredConversationContinuesInTheSameRows)
{
    session.send(QStringLiteral("q1"));
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Complete); }, 5000));
    const qint64 id = recorder.conversationId();
    ASSERT_GT(id, 0);

    ChatSession later(&client, &builder);
    later.setEndpoint(endpoint());
    SessionRecorder laterRecorder(&later, &history);
    QSignalSpy restored(&later, &ChatSession::restored);
    laterRecorder.restore(id, waitFor(history.loadConversation(id)).value);
    EXPECT_EQ(restored.count(), 1);
    ASSERT_EQ(later.turns().size(), 1);
    EXPECT_EQ(later.turns().first().question, QStringLiteral("q1"));
    EXPECT_EQ(later.turns().first().answer, QStringLiteral("Use asyncio."));
    EXPECT_EQ(later.turns().first().state, ChatTurn::State::Done);

    answerPieces = {QStringLiteral("Follow-up.")};
    later.send(QStringLiteral("q2"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !later.isBusy(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return stored().size() == 4 && stored().last().state == MessageRecord::State::Complete; },
        5000));
    EXPECT_EQ(reader.listConversations().value.size(), 1);
    EXPECT_EQ(stored().at(3).content, QStringLiteral("Follow-up."));
    EXPECT_EQ(stored().at(2).position, 2);
}

TEST_F(SessionRecorderTest, ClearedSessionStartsANewConversation)
{
    session.send(QStringLiteral("one"));
    waitIdle();
    session.clear();
    session.send(QStringLiteral("two"));
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const QList<ConversationRecord> list = reader.listConversations().value;
            return list.size() == 2 && list.at(0).messageCount == 2 && list.at(1).messageCount == 2;
        },
        5000));
    EXPECT_EQ(reader.listConversations().value.first().title, QStringLiteral("two"));
}

TEST_F(SessionRecorderTest, FullDiskKeepsTheAnswerAndWritesItWhenSpaceReturns)
{
    const QString bigPiece = QStringLiteral("y").repeated(4000);
    answerPieces = QStringList(30, bigPiece);
    QSignalSpy failed(&recorder, &SessionRecorder::saveFailed);
    // The file may grow by one page only: the question fits, the 120 kB answer does not.
    ASSERT_TRUE(waitFor(history.run([](HistoryStore &store) {
        return !store
                    .setMaxPageCount(
                        RawDb(store.filePath()).scalar(QStringLiteral("PRAGMA page_count")).toLongLong() + 3)
                    .isError();
    })));
    session.send(QStringLiteral("big"));
    waitIdle();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, 5000));
    EXPECT_EQ(failed.first().at(1).value<HistoryError>().kind, HistoryError::Kind::DiskFull);
    EXPECT_EQ(session.turns().first().answer.size(), 30 * 4000) << "the session still holds all of it";

    waitFor(history.run([](HistoryStore &store) { return store.setMaxPageCount(0); }));
    ASSERT_TRUE(QTest::qWaitFor([this] { return storedAnswerIs(MessageRecord::State::Complete); }, 5000))
        << "retried on the timer";
    EXPECT_EQ(stored().last().content.size(), 30 * 4000);
}

} // namespace
