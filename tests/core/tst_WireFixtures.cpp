// SPDX-License-Identifier: GPL-3.0-or-later
// Replays real provider captures (../shared/fixtures/wire, beside the checkout) through the
// whole client at many byte splits. The expected text comes from a deliberately naive
// reference reader written here, independent of SseParser and ChatChunkDecoder.
#include "ChatChunkDecoder.h"
#include "ChatTestHarness.h"
#include "SseParser.h"

#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

QString fixturesDir()
{
    return QStringLiteral(CODEGURU_SHARED_FIXTURES_DIR);
}

/// The fixture's bytes as an SSE body; llama.cpp captures are bare JSON lines.
QByteArray streamBytes(const QString &fileName)
{
    QFile file(QDir(fixturesDir()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!fileName.endsWith(QLatin1StringView(".chunks.jsonl")))
        return bytes;
    QByteArray wrapped;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.trimmed().isEmpty())
            wrapped += "data: " + line + "\n\n";
    }
    return wrapped;
}

/// Reference: every "data:" line's JSON, choices[0].delta.content strings concatenated.
QString referenceText(const QByteArray &body)
{
    QString text;
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith("data:"))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line.mid(5).trimmed());
        const QJsonArray choices = document.object().value(QStringLiteral("choices")).toArray();
        for (const QJsonValue &choice : choices) {
            if (choice.toObject().value(QStringLiteral("index")).toInt() != 0)
                continue;
            const QJsonValue content =
                choice.toObject().value(QStringLiteral("delta")).toObject().value(QStringLiteral("content"));
            if (content.isString())
                text += content.toString();
            for (const QJsonValue &block : content.toArray()) {
                if (block.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("text"))
                    text += block.toObject().value(QStringLiteral("text")).toString();
            }
        }
    }
    return text;
}

bool endsWithProviderError(const QString &fileName)
{
    return fileName.contains(QStringLiteral("error-midstream"));
}

QStringList streamFixtures()
{
    return QDir(fixturesDir())
        .entryList({QStringLiteral("*.sse"), QStringLiteral("*.chunks.jsonl")}, QDir::Files, QDir::Name);
}

class WireFixtures : public ChatTestHarness
{
protected:
    void SetUp() override
    {
        if (streamFixtures().isEmpty())
            GTEST_SKIP() << "no shared wire fixtures beside this checkout (" << fixturesDir().toStdString()
                         << ")";
        ChatTestHarness::SetUp();
    }
};

TEST_F(WireFixtures, EveryStreamGivesExactlyItsTextThroughTheClientAtAnySplit)
{
    QRandomGenerator random(20261123);
    const QStringList files = streamFixtures();
    ASSERT_GE(files.size(), 10);
    for (const QString &file : files) {
        const QByteArray body = streamBytes(file);
        ASSERT_FALSE(body.isEmpty()) << file.toStdString();
        const QString expected = referenceText(body);
        const int chunkSizes[] = {1, 2 + int(random.bounded(9)), 11 + int(random.bounded(90)), 0};
        for (const int chunkSize : chunkSizes) {
            FakeResponse response = FakeResponse::sse(body);
            response.chunkSize = chunkSize;
            server.enqueue(response);
            const Outcome outcome = ask();
            SCOPED_TRACE(file.toStdString() + " in pieces of " + std::to_string(chunkSize));
            EXPECT_EQ(outcome.streamed, expected);
            EXPECT_EQ(outcome.result.content, expected);
            if (endsWithProviderError(file)) {
                EXPECT_EQ(outcome.result.error.kind, ProviderError::Kind::StreamError);
            } else {
                EXPECT_TRUE(outcome.result.ok()) << outcome.result.error.userMessage().toStdString();
            }
        }
    }
}

TEST_F(WireFixtures, ParserAndDecoderAgreeAtRandomSplits)
{
    QRandomGenerator random(42);
    for (const QString &file : streamFixtures()) {
        const QByteArray body = streamBytes(file);
        const QString expected = referenceText(body);
        for (int round = 0; round < 25; ++round) {
            SseParser parser;
            QList<SseEvent> events;
            qsizetype at = 0;
            while (at < body.size()) {
                const qsizetype piece = std::min<qsizetype>(body.size() - at, 1 + random.bounded(40));
                parser.feed(QByteArrayView(body).sliced(at, piece), events);
                at += piece;
            }
            parser.finish(events);
            QString text;
            for (const SseEvent &event : std::as_const(events))
                text += ChatChunkDecoder::decode(event).content;
            ASSERT_EQ(text, expected) << file.toStdString() << " round " << round;
        }
    }
}

TEST_F(WireFixtures, ReasoningStreamsKeepTheirThoughtsOutOfTheAnswer)
{
    const QByteArray body = streamBytes(QStringLiteral("deepseek-stream-reasoning-content.sse"));
    if (body.isEmpty())
        GTEST_SKIP();
    server.enqueue(FakeResponse::sse(body));
    const Outcome outcome = ask();
    EXPECT_FALSE(outcome.result.reasoning.isEmpty());
    EXPECT_FALSE(outcome.result.content.contains(outcome.result.reasoning.left(20)));
}

TEST_F(WireFixtures, LengthCutIsVisible)
{
    const QByteArray body = streamBytes(QStringLiteral("openai-stream-finish-length.sse"));
    if (body.isEmpty())
        GTEST_SKIP();
    server.enqueue(FakeResponse::sse(body));
    EXPECT_TRUE(ask().result.truncated());
}

TEST_F(WireFixtures, RefusalIsDeliveredApart)
{
    const QByteArray body = streamBytes(QStringLiteral("openai-stream-refusal.sse"));
    if (body.isEmpty())
        GTEST_SKIP();
    server.enqueue(FakeResponse::sse(body));
    const Outcome outcome = ask();
    EXPECT_TRUE(outcome.result.ok());
    EXPECT_FALSE(outcome.result.refusal.isEmpty());
}

TEST_F(WireFixtures, NonStreamedBodies)
{
    const QStringList files =
        QDir(fixturesDir()).entryList({QStringLiteral("*nonstream*.json")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        QFile input(QDir(fixturesDir()).filePath(file));
        ASSERT_TRUE(input.open(QIODevice::ReadOnly));
        const QByteArray body = input.readAll();
        const QJsonObject message = QJsonDocument::fromJson(body)
                                        .object()
                                        .value(QStringLiteral("choices"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toObject();
        server.enqueue(FakeResponse::json(body));
        const Outcome outcome = ask(question(QStringLiteral("q"), false));
        SCOPED_TRACE(file.toStdString());
        EXPECT_TRUE(outcome.result.ok()) << outcome.result.error.userMessage().toStdString();
        EXPECT_EQ(outcome.result.content, message.value(QStringLiteral("content")).toString());
    }
}

} // namespace
