// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTestHarness.h"
#include "context/ClipboardSource.h"
#include "conversation/ChatSession.h"
#include "routing/ContextRouter.h"

#include <QJsonArray>
#include <QTest>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class ChatSessionTest : public ChatTestHarness
{
protected:
    void SetUp() override
    {
        ChatTestHarness::SetUp();
        router.setEndpoint(endpoint());
        session.setEndpoint(endpoint());
        session.setSystemPrompt(QStringLiteral("persona"));
        server.setHandler([this](const RecordedRequest &request) {
            if (!request.json().value(QStringLiteral("stream")).toBool())
                return FakeResponse::completion(classifierAnswer);
            FakeResponse answer = FakeResponse::streamOf(answerPieces);
            answer.delayBetweenChunksMs = chunkDelayMs;
            answer.chunkSize = chunkSize;
            return answer;
        });
    }

    void waitIdle()
    {
        EXPECT_TRUE(QTest::qWaitFor([this] { return !session.isBusy(); }, 10000));
    }

    QList<RecordedRequest> mainRequests() const
    {
        QList<RecordedRequest> mains;
        for (const RecordedRequest &request : server.requests()) {
            if (request.json().value(QStringLiteral("stream")).toBool())
                mains.append(request);
        }
        return mains;
    }

    ContextRouter router {&gateway};
    QuestionContextBuilder builder {&router};
    ChatSession session {&client, &builder};
    QString classifierAnswer = QStringLiteral("<No>");
    QStringList answerPieces {QStringLiteral("Use "), QStringLiteral("asyncio.")};
    int chunkDelayMs = 0;
    int chunkSize = 0;
};

TEST_F(ChatSessionTest, StreamsAnAnswerAndKeepsHistory)
{
    QString streamed;
    QObject::connect(&session, &ChatSession::answerReceived, &session,
                     [&streamed](int, const QString &d) { streamed += d; });
    session.send(QStringLiteral("threads or asyncio?"));
    waitIdle();
    ASSERT_EQ(session.turns().size(), 1);
    EXPECT_EQ(session.turns().first().answer, QStringLiteral("Use asyncio."));
    EXPECT_EQ(streamed, QStringLiteral("Use asyncio."));
    EXPECT_EQ(session.turns().first().state, ChatTurn::State::Done);

    answerPieces = {QStringLiteral("Because of the GIL.")};
    session.send(QStringLiteral("why?"));
    waitIdle();
    const QJsonArray messages = mainRequests().last().json().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("threads or asyncio?"));
    EXPECT_EQ(messages.at(2).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Use asyncio."));
    EXPECT_EQ(session.turns().last().sentMessages.size(), 4) << "kept for the inspector";
}

TEST_F(ChatSessionTest, StopKeepsThePartialAnswer)
{
    answerPieces = {QStringLiteral("First part. "), QStringLiteral("Second part.")};
    chunkSize = 64;
    chunkDelayMs = 100;
    QSignalSpy received(&session, &ChatSession::answerReceived);
    session.send(QStringLiteral("explain"));
    ASSERT_TRUE(received.wait(10000));
    session.stop();
    EXPECT_FALSE(session.isBusy());
    const ChatTurn &turn = session.turns().first();
    EXPECT_EQ(turn.state, ChatTurn::State::Stopped);
    EXPECT_FALSE(turn.answer.isEmpty());
    EXPECT_TRUE(QStringLiteral("First part. Second part.").startsWith(turn.answer));
}

TEST_F(ChatSessionTest, RegenerateAndEditReplaceTheLastAnswer)
{
    session.send(QStringLiteral("q1"));
    waitIdle();
    answerPieces = {QStringLiteral("Another answer.")};
    session.regenerate();
    waitIdle();
    ASSERT_EQ(session.turns().size(), 1);
    EXPECT_EQ(session.turns().first().answer, QStringLiteral("Another answer."));
    answerPieces = {QStringLiteral("Edited answer.")};
    session.editLast(QStringLiteral("q1, better worded"));
    waitIdle();
    EXPECT_EQ(session.turns().first().question, QStringLiteral("q1, better worded"));
    EXPECT_EQ(session.turns().first().answer, QStringLiteral("Edited answer."));
    EXPECT_EQ(mainRequests().size(), 3);
    EXPECT_EQ(mainRequests().last().json().value(QStringLiteral("messages")).toArray().size(), 2)
        << "the replaced answer is not in the history";
}

TEST_F(ChatSessionTest, DroppedFilesGoWhenTheQuestionNeedsThem)
{
    const ContextItem dropped {ContextItem::Source::File, QStringLiteral("main.py"),
                               QStringLiteral("print('hi')\n")};
    session.send(QStringLiteral("what does this file print?"), {dropped});
    waitIdle();
    EXPECT_TRUE(mainRequests().last().body.contains("print('hi')"))
        << "explicit mention: attached without asking";
    classifierAnswer = QStringLiteral("<No>");
    session.send(QStringLiteral("what is a generator?"), {dropped});
    waitIdle();
    EXPECT_FALSE(mainRequests()
                     .last()
                     .json()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString()
                     .contains(QStringLiteral("print('hi')")))
        << "the files classifier said No";
}

TEST_F(ChatSessionTest, ErrorsEndTheTurnAsFailed)
{
    server.setHandler(
        [](const RecordedRequest &) { return FakeResponse::error(401, QStringLiteral("bad key")); });
    session.send(QStringLiteral("hello"));
    waitIdle();
    EXPECT_EQ(session.turns().first().state, ChatTurn::State::Failed);
    EXPECT_EQ(session.turns().first().result.error.kind, ProviderError::Kind::BadKey);
}

} // namespace
