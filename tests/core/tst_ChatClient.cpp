// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTestHarness.h"
#include "ModelListReply.h"

#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace CodeGuru;
using namespace CodeGuru::Testing;
using Kind = ProviderError::Kind;

namespace {

class ChatClientTest : public ChatTestHarness
{
};

TEST_F(ChatClientTest, StreamsTheAnswerAndSendsWhatWasAsked)
{
    server.enqueue(
        FakeResponse::streamOf({QStringLiteral("Hel"), QStringLiteral("lo, "), QStringLiteral("world")}));
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok()) << outcome.result.error.userMessage().toStdString();
    EXPECT_EQ(outcome.result.content, QStringLiteral("Hello, world"));
    EXPECT_EQ(outcome.streamed, QStringLiteral("Hello, world"));
    EXPECT_EQ(outcome.result.finishReason, QStringLiteral("stop"));
    EXPECT_EQ(outcome.result.attempts, 1);

    ASSERT_EQ(server.requestCount(), 1);
    const RecordedRequest request = server.requests().first();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QByteArray("/v1/chat/completions"));
    EXPECT_EQ(request.header("authorization"), QByteArray("Bearer sk-test-0123456789abcdef"));
    EXPECT_EQ(request.header("content-type"), QByteArray("application/json"));
    EXPECT_EQ(request.header("accept"), QByteArray("text/event-stream"));
    const QJsonObject body = request.json();
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("fake-model"));
    EXPECT_TRUE(body.value(QStringLiteral("stream")).toBool());
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    EXPECT_EQ(messages.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Why?"));
}

TEST_F(ChatClientTest, OneByteAtATime)
{
    FakeResponse response = FakeResponse::streamOf({QStringLiteral("grüß "), QStringLiteral("dich 😊")});
    response.chunkSize = 1;
    server.enqueue(response);
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok());
    EXPECT_EQ(outcome.result.content, QStringLiteral("grüß dich 😊"));
}

TEST_F(ChatClientTest, NoKeyMeansNoAuthorizationHeader)
{
    server.enqueue(FakeResponse::streamOf({QStringLiteral("ok")}));
    ProviderEndpoint local = endpoint();
    local.apiKey.clear();
    ask(question(), local);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests().first().header("authorization").isEmpty());
}

TEST_F(ChatClientTest, NotStreamed)
{
    server.enqueue(FakeResponse::completion(QStringLiteral("All at once.")));
    const Outcome outcome = ask(question(QStringLiteral("Why?"), false));
    ASSERT_TRUE(outcome.result.ok());
    EXPECT_EQ(outcome.result.content, QStringLiteral("All at once."));
    EXPECT_EQ(outcome.streamed, QStringLiteral("All at once."));
    EXPECT_FALSE(server.requests().first().json().value(QStringLiteral("stream")).toBool());
}

TEST_F(ChatClientTest, ServerThatIgnoresTheStreamFlagStillWorks)
{
    server.enqueue(FakeResponse::completion(QStringLiteral("Not a stream.")));
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok());
    EXPECT_EQ(outcome.result.content, QStringLiteral("Not a stream."));
}

TEST_F(ChatClientTest, LengthCutIsReportedAsTruncated)
{
    server.enqueue(FakeResponse::streamOf({QStringLiteral("The answer is")}, QStringLiteral("length")));
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok());
    EXPECT_TRUE(outcome.result.truncated());
}

TEST_F(ChatClientTest, ReasoningIsKeptApartFromTheAnswer)
{
    server.enqueue(
        FakeResponse::sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"Let me "
                          "think.\",\"content\":null}}]}\n\n"
                          "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"42\"}}]}\n\n"
                          "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                          "data: [DONE]\n\n"));
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok());
    EXPECT_EQ(outcome.result.content, QStringLiteral("42"));
    EXPECT_EQ(outcome.result.reasoning, QStringLiteral("Let me think."));
    EXPECT_EQ(outcome.reasoning, QStringLiteral("Let me think."));
}

TEST_F(ChatClientTest, BadKeyIsNotRetriedAndNeverEchoesTheKey)
{
    server.enqueue(FakeResponse::error(401,
                                       QStringLiteral("Incorrect API key provided: sk-test-0123456789abcdef"),
                                       QStringLiteral("invalid_request_error")));
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::BadKey);
    EXPECT_EQ(outcome.result.error.httpStatus, 401);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_FALSE(outcome.result.error.userMessage().contains(QStringLiteral("0123456789abcdef")));
}

TEST_F(ChatClientTest, RateLimitHonoursRetryAfterThenSucceeds)
{
    server.enqueue(FakeResponse::error(429, QStringLiteral("Slow down")).withHeader("Retry-After", "1"));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("Finally")}));
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok()) << outcome.result.error.userMessage().toStdString();
    EXPECT_EQ(outcome.result.content, QStringLiteral("Finally"));
    EXPECT_EQ(outcome.result.attempts, 2);
    EXPECT_EQ(outcome.retries, 1);
    EXPECT_GE(clock.elapsed(), 900) << "Retry-After: 1 must be waited for (lower bound only)";
}

TEST_F(ChatClientTest, RateLimitGivesUpAfterTheRetryBudget)
{
    server.setDefaultResponse(FakeResponse::error(429, QStringLiteral("Rate limit reached")));
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::RateLimited);
    EXPECT_EQ(server.requestCount(), 1 + client.options().retry.maxRetries);
    EXPECT_TRUE(outcome.result.error.userMessage().contains(QStringLiteral("rate-limiting")));
}

TEST_F(ChatClientTest, OverloadedServerIsRetried)
{
    server.enqueue(FakeResponse::error(503, QStringLiteral("overloaded")));
    server.enqueue(FakeResponse::error(529, QStringLiteral("overloaded")));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("ok")}));
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok());
    EXPECT_EQ(outcome.result.attempts, 3);
}

TEST_F(ChatClientTest, ContextTooLongKeepsTheProvidersWords)
{
    server.enqueue(FakeResponse::error(
        400,
        QStringLiteral(
            "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens.")));
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::ContextTooLong);
    EXPECT_TRUE(outcome.result.error.userMessage().contains(QStringLiteral("8192 tokens")));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ChatClientTest, ConnectionCutMidAnswerKeepsThePartialAnswer)
{
    FakeResponse response =
        FakeResponse::streamOf({QStringLiteral("First part. "), QStringLiteral("Second part.")});
    response.cutAfterBytes = response.body.indexOf("Second");
    response.chunkSize = 16;
    server.enqueue(response);
    server.enqueue(FakeResponse::streamOf({QStringLiteral("must not be used")}));
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::ConnectionDropped);
    EXPECT_TRUE(outcome.result.partial());
    EXPECT_EQ(outcome.result.content, QStringLiteral("First part. "));
    EXPECT_EQ(server.requestCount(), 1) << "no retry once text was shown";
}

TEST_F(ChatClientTest, CleanCloseWithoutDoneOrFinishReasonIsADrop)
{
    server.enqueue(
        FakeResponse::sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Half\"}}]}\n\n")
            .withHeader("Connection", "close"));
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::ConnectionDropped);
    EXPECT_EQ(outcome.result.content, QStringLiteral("Half"));
}

TEST_F(ChatClientTest, DropBeforeTheFirstTokenIsRetried)
{
    FakeResponse empty = FakeResponse::sse(": keep-alive\n\n");
    empty.cutAfterBytes = 4;
    server.enqueue(empty);
    server.enqueue(FakeResponse::streamOf({QStringLiteral("Second try")}));
    const Outcome outcome = ask();
    ASSERT_TRUE(outcome.result.ok()) << outcome.result.error.userMessage().toStdString();
    EXPECT_EQ(outcome.result.content, QStringLiteral("Second try"));
    EXPECT_EQ(outcome.result.attempts, 2);
}

TEST_F(ChatClientTest, ErrorObjectMidStreamEndsTheAnswerAndKeepsIt)
{
    server.enqueue(
        FakeResponse::sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Partial\"}}]}\n\n"
                          "event: error\n"
                          "data: {\"error\":{\"message\":\"Model crashed\",\"type\":\"server_error\"}}\n\n"));
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::StreamError);
    EXPECT_EQ(outcome.result.content, QStringLiteral("Partial"));
    EXPECT_TRUE(outcome.result.error.userMessage().contains(QStringLiteral("Model crashed")));
}

TEST_F(ChatClientTest, MalformedStream)
{
    server.enqueue(FakeResponse::sse("data: {\"choices\": [ nope\n\n"));
    EXPECT_EQ(ask().result.error.kind, Kind::MalformedReply);
}

TEST_F(ChatClientTest, MalformedNonStreamedBody)
{
    FakeResponse html = FakeResponse::json("<html><body>Welcome to nginx</body></html>");
    html.contentType = "text/html";
    server.enqueue(html);
    EXPECT_EQ(ask(question(QStringLiteral("Why?"), false)).result.error.kind, Kind::MalformedReply);
}

TEST_F(ChatClientTest, SilenceTimesOut)
{
    ChatOptions options = client.options();
    options.idleTimeout = std::chrono::seconds(1);
    options.retry = RetryPolicy::none();
    client.setOptions(options);
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    const Outcome outcome = ask();
    EXPECT_EQ(outcome.result.error.kind, Kind::Timeout);
    EXPECT_TRUE(outcome.result.error.userMessage().contains(QStringLiteral("nothing for 1 s")));
}

TEST_F(ChatClientTest, CancelAbortsAtOnceAndLeavesNothingBehind)
{
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    QPointer<ChatReply> reply = client.send(endpoint(), question());
    ChatResult result;
    QObject::connect(reply, &ChatReply::finished, reply, [&result](const ChatResult &r) { result = r; });
    ASSERT_TRUE(received.wait(5000));

    reply->cancel();
    EXPECT_EQ(result.error.kind, Kind::Cancelled) << "finished is emitted before cancel() returns";
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(reply.isNull());
    EXPECT_TRUE(client.findChildren<ChatReply *>().isEmpty());
    EXPECT_TRUE(gateway.manager()->findChildren<QNetworkReply *>().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 0; }, 5000))
        << "the aborted request's connection is closed";
}

TEST_F(ChatClientTest, CancelDuringRetryWaitStopsRetrying)
{
    server.setDefaultResponse(
        FakeResponse::error(503, QStringLiteral("down")).withHeader("Retry-After", "5"));
    ChatOptions options = client.options();
    options.retry.maxRetryAfter = std::chrono::seconds(10);
    client.setOptions(options);
    QPointer<ChatReply> reply = client.send(endpoint(), question());
    QSignalSpy retried(reply.data(), &ChatReply::retryScheduled);
    ASSERT_TRUE(retried.wait(5000));
    reply->cancel();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(reply.isNull());
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ChatClientTest, NothingListening)
{
    QTcpServer closed; // borrow a free port, then stop listening on it
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort()));
    closed.close();
    const Outcome outcome = ask(question(), target);
    EXPECT_EQ(outcome.result.error.kind, Kind::ConnectionRefused);
    EXPECT_TRUE(outcome.result.error.userMessage().contains(target.hostAndPort()));
}

TEST_F(ChatClientTest, UnknownHost)
{
    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("https://no-such-host.invalid/v1"));
    const Outcome outcome = ask(question(), target);
    EXPECT_EQ(outcome.result.error.kind, Kind::HostNotFound);
    EXPECT_TRUE(outcome.result.error.userMessage().contains(QStringLiteral("no-such-host.invalid")));
}

TEST_F(ChatClientTest, InvalidUrlFinishesAfterSendReturns)
{
    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("ftp://example.com/v1"));
    ChatReply *reply = client.send(target, question());
    QSignalSpy finished(reply, &ChatReply::finished);
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(finished.wait(5000));
}

TEST_F(ChatClientTest, UntrustedCertificateIsRefusedAndTheKeyIsNeverSent)
{
    QFile certificateFile(QStringLiteral(CODEGURU_TEST_DATA_DIR "/tls/self-signed.crt"));
    QFile keyFile(QStringLiteral(CODEGURU_TEST_DATA_DIR "/tls/self-signed.key"));
    ASSERT_TRUE(certificateFile.open(QIODevice::ReadOnly));
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer tlsServer;
    tlsServer.setSslConfiguration(configuration);
    QByteArray received;
    QObject::connect(&tlsServer, &QSslServer::pendingConnectionAvailable, &tlsServer, [&] {
        while (QTcpSocket *socket = tlsServer.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [&received, socket] { received += socket->readAll(); });
        }
    });
    ASSERT_TRUE(tlsServer.listen(QHostAddress::LocalHost));

    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("https://localhost:%1/v1").arg(tlsServer.serverPort()));
    const Outcome outcome = ask(question(), target);
    EXPECT_EQ(outcome.result.error.kind, Kind::Tls);
    EXPECT_FALSE(received.contains("sk-test")) << "the key must never reach an unverified server";
    EXPECT_TRUE(outcome.result.error.userMessage().contains(QStringLiteral("localhost")));
}

TEST_F(ChatClientTest, SystemProxyIsHonoured)
{
    // The loopback server plays the proxy: a proxied request arrives with an absolute URL.
    const QByteArray proxy = server.baseUrl().adjusted(QUrl::RemovePath).toString().toUtf8();
    qputenv("http_proxy", proxy);
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    server.enqueue(FakeResponse::streamOf({QStringLiteral("via proxy")}));
    ProviderEndpoint target = endpoint();
    target.baseUrl = QUrl(QStringLiteral("http://provider.codeguru-test.example/v1"));
    const Outcome outcome = ask(question(), target);
    qunsetenv("http_proxy");
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().path,
              QByteArray("http://provider.codeguru-test.example/v1/chat/completions"));
    EXPECT_EQ(outcome.result.content, QStringLiteral("via proxy"));
}

TEST_F(ChatClientTest, ListsModels)
{
    server.enqueue(
        FakeResponse::json(R"({"object":"list","data":[{"id":"llama3"},{"id":"qwen2.5-coder"}]})"));
    ModelListReply *reply = client.listModels(endpoint());
    QStringList models;
    ProviderError error;
    QObject::connect(reply, &ModelListReply::finished, reply,
                     [&](const QStringList &m, const ProviderError &e) {
                         models = m;
                         error = e;
                     });
    QSignalSpy finished(reply, &ModelListReply::finished);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(error.isError());
    EXPECT_EQ(models, (QStringList {QStringLiteral("llama3"), QStringLiteral("qwen2.5-coder")}));
    EXPECT_EQ(server.requests().first().method, QByteArray("GET"));
    EXPECT_EQ(server.requests().first().path, QByteArray("/v1/models"));
}

TEST(ModelListReply, ParsesOpenAiAndOllamaShapes)
{
    EXPECT_EQ(ModelListReply::parse(R"({"data":[{"id":"a"}]})"), QStringList {QStringLiteral("a")});
    EXPECT_EQ(ModelListReply::parse(R"({"models":[{"name":"b"}]})"), QStringList {QStringLiteral("b")});
    EXPECT_EQ(ModelListReply::parse(R"({"data":[]})"), QStringList {});
    EXPECT_EQ(ModelListReply::parse("nope"), std::nullopt);
    EXPECT_EQ(ModelListReply::parse(R"({"something":1})"), std::nullopt);
}

} // namespace
