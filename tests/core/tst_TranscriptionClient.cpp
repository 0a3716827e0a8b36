// SPDX-License-Identifier: GPL-3.0-or-later
// Speech to text over the loopback provider: what is uploaded, and every way it can end.
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "net/NetworkGateway.h"
#include "voice/TranscriptionClient.h"
#include "voice/WavFile.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>

using namespace CodeGuru;
using namespace CodeGuru::Testing;
using Kind = ProviderError::Kind;

namespace {

/// Half a second of a 440 Hz tone as 16 kHz mono 16-bit PCM in a RIFF/WAVE container.
QByteArray toneWav()
{
    constexpr int kRate = 16000;
    constexpr int kSamples = kRate / 2;
    constexpr double kPi = 3.14159265358979323846;
    QByteArray samples(kSamples * 2, Qt::Uninitialized);
    for (int i = 0; i < kSamples; ++i)
        qToLittleEndian<qint16>(qint16(8000 * std::sin(2 * kPi * 440 * i / kRate)), samples.data() + 2 * i);
    return WavFile::encode({kRate, 1}, samples);
}

class TranscriptionClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        client.setIdleTimeout(std::chrono::seconds(10));
    }

    ProviderEndpoint endpoint() const
    {
        ProviderEndpoint endpoint;
        endpoint.displayName = QStringLiteral("Loopback");
        endpoint.baseUrl = server.baseUrl();
        endpoint.model = QStringLiteral("chat-model");
        endpoint.apiKey = QStringLiteral("sk-test-0123456789abcdef");
        return endpoint;
    }

    static TranscriptionRequest recording(const QString &model = QStringLiteral("whisper-large-v3-turbo"))
    {
        TranscriptionRequest request;
        request.audio = toneWav();
        request.fileName = QStringLiteral("/home/someone/question.wav");
        request.mimeType = "audio/wav";
        request.model = model;
        return request;
    }

    TranscriptionResult transcribe(const TranscriptionRequest &request, const ProviderEndpoint &target)
    {
        TranscriptionResult result;
        TranscriptionReply *reply = client.transcribe(target, request);
        QObject::connect(reply, &TranscriptionReply::finished, reply,
                         [&result](const TranscriptionResult &r) { result = r; });
        QSignalSpy finished(reply, &TranscriptionReply::finished);
        EXPECT_TRUE(finished.wait(15000)) << "the transcription never finished";
        return result;
    }

    TranscriptionResult transcribe() { return transcribe(recording(), endpoint()); }

    FakeProviderServer server;
    NetworkGateway gateway;
    TranscriptionClient client {&gateway};
};

TEST_F(TranscriptionClientTest, UploadsTheRecordingAndTheModelAsMultipart)
{
    server.enqueue(FakeResponse::transcription(QStringLiteral(" Load the file query_analysis.py. ")));
    const TranscriptionResult result = transcribe();
    ASSERT_TRUE(result.ok()) << result.userMessage().toStdString();
    EXPECT_EQ(result.text, QStringLiteral("Load the file query_analysis.py."));
    EXPECT_TRUE(result.userMessage().isEmpty());

    ASSERT_EQ(server.requestCount(), 1);
    const RecordedRequest request = server.requests().first();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QByteArray("/v1/audio/transcriptions"));
    EXPECT_TRUE(request.isTranscription());
    EXPECT_EQ(request.header("authorization"), QByteArray("Bearer sk-test-0123456789abcdef"));
    EXPECT_TRUE(request.header("content-type").startsWith("multipart/form-data; boundary="))
        << request.header("content-type").toStdString();

    const QList<MultipartPart> parts = request.multipartParts();
    ASSERT_EQ(parts.size(), 2) << "exactly the file and the model";
    const auto file = request.part("file");
    ASSERT_TRUE(file);
    EXPECT_EQ(file->body, toneWav()) << "the recording arrives byte for byte";
    EXPECT_EQ(file->fileName, QByteArray("question.wav")) << "the name only, never the folder";
    EXPECT_EQ(file->contentType, QByteArray("audio/wav"));
    const auto model = request.part("model");
    ASSERT_TRUE(model);
    EXPECT_EQ(model->body, QByteArray("whisper-large-v3-turbo"));
    EXPECT_TRUE(model->fileName.isEmpty());
}

TEST_F(TranscriptionClientTest, NoKeyMeansNoAuthorizationAndPresetHeadersAreSent)
{
    server.enqueue(FakeResponse::transcription(QStringLiteral("hello")));
    ProviderEndpoint local = endpoint();
    local.apiKey.clear();
    local.extraHeaders = {{QByteArrayLiteral("X-Title"), QByteArrayLiteral("CodeGuru")}};
    ASSERT_TRUE(transcribe(recording(), local).ok());
    const RecordedRequest request = server.requests().first();
    EXPECT_TRUE(request.header("authorization").isEmpty());
    EXPECT_EQ(request.header("x-title"), QByteArray("CodeGuru"));
}

TEST_F(TranscriptionClientTest, AnEmptyModelTakesThePresetsTranscriptionModel)
{
    ProviderEndpoint groq = endpoint();
    groq.presetId = QStringLiteral("groq");
    EXPECT_EQ(TranscriptionClient::defaultModel(groq), QStringLiteral("whisper-large-v3-turbo"));
    ProviderEndpoint openAi = endpoint();
    openAi.presetId = QStringLiteral("openai");
    EXPECT_EQ(TranscriptionClient::defaultModel(openAi), QStringLiteral("whisper-1"));
    ProviderEndpoint custom = endpoint();
    custom.presetId = QStringLiteral("custom");
    EXPECT_EQ(TranscriptionClient::defaultModel(custom), QStringLiteral("whisper-1"));

    server.enqueue(FakeResponse::transcription(QStringLiteral("hello")));
    ASSERT_TRUE(transcribe(recording(QString()), groq).ok());
    const auto model = server.requests().first().part("model");
    ASSERT_TRUE(model);
    EXPECT_EQ(model->body, QByteArray("whisper-large-v3-turbo"));
    EXPECT_NE(model->body, QByteArray("chat-model")) << "never the chat model";
}

TEST_F(TranscriptionClientTest, PlainTextReplies)
{
    server.enqueue(FakeResponse::transcription(QStringLiteral("grüß dich, explain it"), true));
    const TranscriptionResult result = transcribe();
    ASSERT_TRUE(result.ok()) << result.userMessage().toStdString();
    EXPECT_EQ(result.text, QStringLiteral("grüß dich, explain it"));
}

TEST_F(TranscriptionClientTest, AProviderWithoutTheEndpointIsNamed)
{
    for (const int status : {404, 405}) {
        server.enqueue(FakeResponse::error(status, QStringLiteral("Not Found")));
        const TranscriptionResult result = transcribe();
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.endpointMissing());
        EXPECT_EQ(result.error.httpStatus, status);
        const QString message = result.userMessage();
        EXPECT_TRUE(message.contains(QStringLiteral("Loopback has no speech-to-text endpoint")))
            << message.toStdString();
        EXPECT_TRUE(message.contains(server.baseUrl().toString() + QStringLiteral("/audio/transcriptions")))
            << message.toStdString();
        EXPECT_TRUE(message.contains(QString::number(status)));
    }
}

TEST_F(TranscriptionClientTest, AnUnknownModelIsNotMistakenForAMissingEndpoint)
{
    server.enqueue(FakeResponse::error(
        404, QStringLiteral("The model `whisper-9` does not exist or you do not have access to it."),
        QStringLiteral("invalid_request_error")));
    const TranscriptionResult result = transcribe(recording(QStringLiteral("whisper-9")), endpoint());
    EXPECT_EQ(result.error.kind, Kind::NotFound);
    EXPECT_FALSE(result.endpointMissing());
    EXPECT_TRUE(result.userMessage().contains(QStringLiteral("transcription model “whisper-9”")))
        << result.userMessage().toStdString();
}

TEST_F(TranscriptionClientTest, ARejectedKeyIsSaidWithoutEchoingIt)
{
    server.enqueue(FakeResponse::error(401,
                                       QStringLiteral("Incorrect API key provided: sk-test-0123456789abcdef"),
                                       QStringLiteral("invalid_request_error")));
    const TranscriptionResult result = transcribe();
    EXPECT_EQ(result.error.kind, Kind::BadKey);
    EXPECT_EQ(result.error.httpStatus, 401);
    EXPECT_TRUE(result.userMessage().contains(QStringLiteral("API key")));
    EXPECT_FALSE(result.userMessage().contains(QStringLiteral("0123456789abcdef")));
}

TEST_F(TranscriptionClientTest, RepliesThatAreNotATranscriptionAreMalformed)
{
    FakeResponse html = FakeResponse::json("<html><body>Welcome to nginx</body></html>");
    html.contentType = "text/html";
    for (const FakeResponse &reply :
         {FakeResponse::json("{\"text\": [nope"), FakeResponse::json(R"({"transcript":"hello"})"),
          FakeResponse::json(R"({"text":42})"), html}) {
        server.enqueue(reply);
        const TranscriptionResult result = transcribe();
        EXPECT_EQ(result.error.kind, Kind::MalformedReply) << reply.body.toStdString();
        EXPECT_TRUE(result.userMessage().contains(QStringLiteral("not a transcription")));
    }
}

TEST_F(TranscriptionClientTest, SilenceIsNoSpeechNotAnError)
{
    for (const QString &heard : {QString(), QStringLiteral("  \n ")}) {
        server.enqueue(FakeResponse::transcription(heard));
        const TranscriptionResult result = transcribe();
        EXPECT_FALSE(result.error.isError());
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.noSpeech());
        EXPECT_EQ(result.userMessage(), QStringLiteral("No speech was recognised in the recording."));
    }
}

TEST_F(TranscriptionClientTest, CancelAbortsAtOnceAndLeavesNothingBehind)
{
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    QPointer<TranscriptionReply> reply = client.transcribe(endpoint(), recording());
    TranscriptionResult result;
    QObject::connect(reply, &TranscriptionReply::finished, reply,
                     [&result](const TranscriptionResult &r) { result = r; });
    ASSERT_TRUE(received.wait(5000));

    reply->cancel();
    EXPECT_EQ(result.error.kind, Kind::Cancelled) << "finished is emitted before cancel() returns";
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(reply.isNull());
    EXPECT_TRUE(client.findChildren<TranscriptionReply *>().isEmpty());
}

TEST_F(TranscriptionClientTest, ADroppedConnectionIsSaid)
{
    FakeResponse cut = FakeResponse::transcription(QStringLiteral("load the file"));
    cut.cutAfterBytes = 5;
    server.enqueue(cut);
    const TranscriptionResult result = transcribe();
    EXPECT_EQ(result.error.kind, Kind::ConnectionDropped);
    EXPECT_TRUE(result.userMessage().contains(QStringLiteral("dropped before the transcription arrived")))
        << result.userMessage().toStdString();
}

TEST_F(TranscriptionClientTest, SilenceFromTheServerTimesOut)
{
    client.setIdleTimeout(std::chrono::seconds(1));
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    const TranscriptionResult result = transcribe();
    EXPECT_EQ(result.error.kind, Kind::Timeout);
    EXPECT_TRUE(result.userMessage().contains(QStringLiteral("nothing for 1 s")));
}

TEST_F(TranscriptionClientTest, NothingListening)
{
    QTcpServer closed; // borrow a free port, then stop listening on it
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort()));
    closed.close();
    const TranscriptionResult result = transcribe(recording(), target);
    EXPECT_EQ(result.error.kind, Kind::ConnectionRefused);
    EXPECT_TRUE(result.userMessage().contains(target.hostAndPort()));
}

TEST_F(TranscriptionClientTest, InvalidUrlFinishesAfterTranscribeReturns)
{
    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("ftp://example.com/v1"));
    TranscriptionReply *reply = client.transcribe(target, recording());
    QSignalSpy finished(reply, &TranscriptionReply::finished);
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.first().first().value<TranscriptionResult>().error.kind, Kind::InvalidUrl);
}

TEST(TranscriptionResult, ParsesJsonAndPlainTextBodies)
{
    struct Case
    {
        QByteArray body;
        QByteArray contentType;
        std::optional<QString> text;
    };
    const Case cases[] = {
        {R"({"text":" Hello there. "})", "application/json", QStringLiteral("Hello there.")},
        {R"({"text":"Hello","segments":[],"language":"english"})", "application/json; charset=utf-8",
         QStringLiteral("Hello")},
        {R"({"text":"no content type"})", "", QStringLiteral("no content type")},
        {"Hello from text\n", "text/plain; charset=utf-8", QStringLiteral("Hello from text")},
        {"{braces spoken}", "text/plain", QStringLiteral("{braces spoken}")},
        {R"({"text":""})", "application/json", QString()},
        {R"({"error":"x"})", "application/json", std::nullopt},
        {"[1,2]", "application/json", std::nullopt},
        {"<html></html>", "text/html", std::nullopt},
    };
    for (const Case &c : cases)
        EXPECT_EQ(TranscriptionResult::parseBody(c.body, c.contentType), c.text) << c.body.toStdString();
}

TEST(TranscriptionRequest, MimeTypesFollowTheExtension)
{
    EXPECT_EQ(TranscriptionRequest::mimeTypeFor(QStringLiteral("a.WAV")), QByteArray("audio/wav"));
    EXPECT_EQ(TranscriptionRequest::mimeTypeFor(QStringLiteral("a.mp3")), QByteArray("audio/mpeg"));
    EXPECT_EQ(TranscriptionRequest::mimeTypeFor(QStringLiteral("a.m4a")), QByteArray("audio/mp4"));
    EXPECT_EQ(TranscriptionRequest::mimeTypeFor(QStringLiteral("a.ogg")), QByteArray("audio/ogg"));
    EXPECT_EQ(TranscriptionRequest::mimeTypeFor(QStringLiteral("a.flac")), QByteArray("audio/flac"));
    EXPECT_EQ(TranscriptionRequest::mimeTypeFor(QStringLiteral("a.webm")), QByteArray("audio/webm"));
}

} // namespace
