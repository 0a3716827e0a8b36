// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeProviderServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace CodeGuru::Testing;

namespace {

constexpr int kTimeoutMs = 5000;

std::unique_ptr<QNetworkAccessManager> makeManager()
{
    auto manager = std::make_unique<QNetworkAccessManager>();
    // An http_proxy in the environment must not capture loopback traffic.
    manager->setProxy(QNetworkProxy::NoProxy);
    return manager;
}

QNetworkRequest requestTo(const FakeProviderServer &server, const QString &path)
{
    QUrl url = server.baseUrl();
    url.setPath(url.path() + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return request;
}

bool waitForFinished(QNetworkReply *reply, int timeoutMs = kTimeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs);
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Keeps every byte the reply delivers, including what arrived before an error.
std::shared_ptr<QByteArray> collectBody(QNetworkReply *reply)
{
    auto received = std::make_shared<QByteArray>();
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply, received] { *received += reply->readAll(); });
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, received] { *received += reply->readAll(); });
    return received;
}

QByteArray alphabetBody(int size)
{
    QByteArray body;
    for (int i = 0; i < size; ++i)
        body += char('a' + i % 26);
    return body;
}

std::string str(const QByteArray &bytes)
{
    return bytes.toStdString();
}

QByteArray readUntil(QTcpSocket &socket, QByteArray received,
                     const std::function<bool(const QByteArray &)> &done)
{
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    received += socket.readAll();
    while (!done(received) && readyRead.wait(kTimeoutMs))
        received += socket.readAll();
    return received;
}

} // namespace

TEST(FakeProviderServer, RecordsMethodPathHeadersAndBody)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(FakeResponse::completion(QStringLiteral("Hi there")));
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    const auto manager = makeManager();

    QNetworkRequest request = requestTo(server, QStringLiteral("/chat/completions"));
    QUrl url = request.url();
    url.setQuery(QStringLiteral("trace=1"));
    request.setUrl(url);
    request.setRawHeader("Authorization", "Bearer sk-test");
    request.setRawHeader("X-Custom-Header", "Mixed Case Value");
    const QByteArray body = R"({"model":"fake-model","messages":[{"role":"user","content":"hello"}]})";
    QNetworkReply *reply = manager->post(request, body);
    ASSERT_TRUE(waitForFinished(reply));

    EXPECT_EQ(reply->error(), QNetworkReply::NoError);
    EXPECT_EQ(statusOf(reply), 200);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    EXPECT_EQ(answer.value(QStringLiteral("choices"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toObject()
                  .value(QStringLiteral("content"))
                  .toString(),
              QStringLiteral("Hi there"));

    ASSERT_EQ(server.requestCount(), 1);
    ASSERT_EQ(received.count(), 1);
    const RecordedRequest recorded = server.requests().constFirst();
    EXPECT_EQ(str(recorded.method), "POST");
    EXPECT_EQ(str(recorded.path), "/v1/chat/completions?trace=1");
    EXPECT_EQ(str(recorded.body), str(body));
    EXPECT_EQ(str(recorded.header("authorization")), "Bearer sk-test");
    EXPECT_EQ(str(recorded.header("CONTENT-TYPE")), "application/json");
    EXPECT_EQ(str(recorded.header("Content-Length")), std::to_string(body.size()));
    EXPECT_TRUE(recorded.header("X-Absent").isEmpty());
    const bool keptCase =
        std::any_of(recorded.headers.cbegin(), recorded.headers.cend(), [](const auto &field) {
            return field.first == "X-Custom-Header" && field.second == "Mixed Case Value";
        });
    EXPECT_TRUE(keptCase);
    EXPECT_EQ(recorded.json().value(QStringLiteral("model")).toString(), QStringLiteral("fake-model"));

    const auto fromSignal = received.at(0).at(0).value<RecordedRequest>();
    EXPECT_EQ(str(fromSignal.path), str(recorded.path));
    EXPECT_EQ(str(fromSignal.body), str(body));
}

TEST(FakeProviderServer, ServesQueueInOrderThenDefaultThenHandler)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(FakeResponse::json(R"({"n":1})"));
    server.enqueue(FakeResponse::json(R"({"n":2})", 201));
    server.enqueue(FakeResponse::error(500, QStringLiteral("boom"), QStringLiteral("server_error")));
    const auto manager = makeManager();

    auto get = [&](const QString &path) {
        QNetworkReply *reply = manager->get(requestTo(server, path));
        EXPECT_TRUE(waitForFinished(reply));
        return std::make_pair(statusOf(reply), reply->readAll());
    };

    EXPECT_EQ(get(QStringLiteral("/a")), std::make_pair(200, QByteArray(R"({"n":1})")));
    EXPECT_EQ(get(QStringLiteral("/b")), std::make_pair(201, QByteArray(R"({"n":2})")));
    const auto [errorStatus, errorBody] = get(QStringLiteral("/c"));
    EXPECT_EQ(errorStatus, 500);
    EXPECT_EQ(str(errorBody), R"({"error":{"message":"boom","type":"server_error"}})");

    const auto [unscriptedStatus, unscriptedBody] = get(QStringLiteral("/d"));
    EXPECT_EQ(unscriptedStatus, 404);
    EXPECT_TRUE(QJsonDocument::fromJson(unscriptedBody).object().contains(QStringLiteral("error")));

    server.setDefaultResponse(FakeResponse::json(R"({"default":true})", 418));
    EXPECT_EQ(get(QStringLiteral("/e")).first, 418);

    server.setHandler([](const RecordedRequest &request) {
        return FakeResponse::json(R"({"object":"list","data":[{"id":"fake-model"}],"path":")" + request.path
                                  + R"("})");
    });
    const auto [modelsStatus, modelsBody] = get(QStringLiteral("/models"));
    EXPECT_EQ(modelsStatus, 200);
    EXPECT_EQ(QJsonDocument::fromJson(modelsBody).object().value(QStringLiteral("path")).toString(),
              QStringLiteral("/v1/models"));

    server.enqueue(FakeResponse::json(R"({"queued":true})"));
    EXPECT_EQ(str(get(QStringLiteral("/f")).second), R"({"queued":true})");

    ASSERT_EQ(server.requestCount(), 7);
    const QList<RecordedRequest> requests = server.requests();
    EXPECT_EQ(str(requests.at(4).method), "GET");
    EXPECT_EQ(str(requests.at(5).path), "/v1/models");
}

TEST(FakeProviderServer, ChunkedOneByteDeliveryReassemblesExactly)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    FakeResponse stream = FakeResponse::streamOf(
        {QStringLiteral("Hel"), QStringLiteral("lo, "), QStringLiteral("w\u00f6rld \u2713")});
    stream.chunkSize = 1;
    server.enqueue(stream);
    const auto manager = makeManager();

    QNetworkReply *reply = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    const auto received = collectBody(reply);
    ASSERT_TRUE(waitForFinished(reply));

    EXPECT_EQ(reply->error(), QNetworkReply::NoError);
    EXPECT_EQ(str(reply->rawHeader("Transfer-Encoding")), "chunked");
    EXPECT_EQ(str(reply->header(QNetworkRequest::ContentTypeHeader).toString().toUtf8()),
              "text/event-stream");
    EXPECT_EQ(str(*received), str(stream.body));
    EXPECT_TRUE(received->endsWith("data: [DONE]\n\n"));
}

TEST(FakeProviderServer, DelayedChunksArriveSeparately)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    for (const bool chunked : {true, false}) {
        FakeResponse slow = FakeResponse::sse("data: 0123456789abcdefghij\n\n");
        slow.chunked = chunked;
        slow.chunkSize = 1;
        slow.delayBetweenChunksMs = 2;
        server.enqueue(slow);
        const auto manager = makeManager();

        QNetworkReply *reply = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
        QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
        const auto received = collectBody(reply);
        ASSERT_TRUE(waitForFinished(reply));

        EXPECT_EQ(reply->error(), QNetworkReply::NoError);
        EXPECT_EQ(str(*received), str(slow.body));
        EXPECT_EQ(reply->hasRawHeader("Content-Length"), !chunked);
        // 28 writes 2 ms apart, each flushed on its own, cannot all land in one read.
        EXPECT_GT(readyRead.count(), 1);
    }
}

TEST(FakeProviderServer, DeliversRetryAfterHeader)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    FakeResponse limited =
        FakeResponse::error(429, QStringLiteral("Rate limit reached"), QStringLiteral("rate_limit_exceeded"));
    limited.withHeader("Retry-After", "2");
    server.enqueue(limited);
    const auto manager = makeManager();

    QNetworkReply *reply = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    ASSERT_TRUE(waitForFinished(reply));

    EXPECT_EQ(statusOf(reply), 429);
    EXPECT_EQ(str(reply->rawHeader("Retry-After")), "2");
    const QJsonObject error =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("message")).toString(), QStringLiteral("Rate limit reached"));
    EXPECT_EQ(error.value(QStringLiteral("type")).toString(), QStringLiteral("rate_limit_exceeded"));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(FakeProviderServer, CutAfterBytesGivesClientAnErrorWithPartialData)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    const QByteArray body = alphabetBody(200);
    FakeResponse cut = FakeResponse::json(body);
    cut.chunkSize = 16;
    cut.cutAfterBytes = 50;
    server.enqueue(cut);
    QSignalSpy finishedOnServer(&server, &FakeProviderServer::responseFinished);
    const auto manager = makeManager();

    QNetworkReply *reply = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    const auto received = collectBody(reply);
    ASSERT_TRUE(waitForFinished(reply));

    EXPECT_EQ(reply->error(), QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(statusOf(reply), 200);
    EXPECT_EQ(str(reply->rawHeader("Content-Length")), "200");
    EXPECT_EQ(str(*received), str(body.left(50)));
    EXPECT_EQ(finishedOnServer.count(), 1);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.openConnections(), 0);
}

TEST(FakeProviderServer, CutChunkedStreamStopsWithoutTerminatingChunk)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    const QByteArray body = alphabetBody(200);
    FakeResponse cut = FakeResponse::sse(body);
    cut.chunkSize = 16;
    cut.cutAfterBytes = 50;
    server.enqueue(cut);
    server.enqueue(cut);
    QSignalSpy finishedOnServer(&server, &FakeProviderServer::responseFinished);

    // Qt 6.4 finishes most cut chunked replies with NoError, so the wire is checked with a plain socket.
    QTcpSocket client;
    client.setProxy(QNetworkProxy::NoProxy);
    client.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(client.waitForConnected(kTimeoutMs));
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    ASSERT_TRUE(disconnected.wait(kTimeoutMs));
    const QByteArray wire = client.readAll();
    const qsizetype bodyStart = wire.indexOf("\r\n\r\n") + 4;
    ASSERT_GT(bodyStart, 4);
    EXPECT_TRUE(wire.left(bodyStart).contains("Transfer-Encoding: chunked\r\n"));
    EXPECT_EQ(str(wire.mid(bodyStart)),
              str("10\r\n" + body.mid(0, 16) + "\r\n10\r\n" + body.mid(16, 16) + "\r\n10\r\n"
                  + body.mid(32, 16) + "\r\n2\r\n" + body.mid(48, 2) + "\r\n"));
    EXPECT_EQ(finishedOnServer.count(), 1);

    // What a QNetworkAccessManager client gets to see: the partial data, with or without an error.
    const auto manager = makeManager();
    QNetworkReply *reply = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    const auto received = collectBody(reply);
    ASSERT_TRUE(waitForFinished(reply));
    EXPECT_EQ(str(*received), str(body.left(50)));
    EXPECT_EQ(finishedOnServer.count(), 2);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(FakeProviderServer, NeverAnswerLeavesClientWaitingUntilItsTimeout)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    QSignalSpy finishedOnServer(&server, &FakeProviderServer::responseFinished);
    const auto manager = makeManager();

    QNetworkRequest request = requestTo(server, QStringLiteral("/chat/completions"));
    request.setTransferTimeout(300);
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = manager->post(request, "{}");
    ASSERT_TRUE(waitForFinished(reply));

    EXPECT_GE(elapsed.elapsed(), 250);
    // Qt reports an expired transfer timeout as a cancellation, not as TimeoutError.
    EXPECT_EQ(reply->error(), QNetworkReply::OperationCanceledError);
    EXPECT_FALSE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(finishedOnServer.count(), 0);
}

TEST(FakeProviderServer, CloseAllConnectionsDropsWaitingRequests)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    FakeResponse silent;
    silent.neverAnswer = true;
    server.setDefaultResponse(silent);
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    const auto manager = makeManager();

    QNetworkRequest request = requestTo(server, QStringLiteral("/chat/completions"));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = manager->post(request, "{}");
    ASSERT_TRUE(received.wait(kTimeoutMs));
    EXPECT_EQ(server.openConnections(), 1);

    server.closeAllConnections();
    EXPECT_EQ(server.openConnections(), 0);
    // Qt resends a request whose connection closed before any response; fail those resends too.
    server.setDefaultResponse([] {
        FakeResponse closing;
        closing.closeWithoutResponse = true;
        return closing;
    }());
    ASSERT_TRUE(waitForFinished(reply));
    EXPECT_EQ(reply->error(), QNetworkReply::RemoteHostClosedError);
}

TEST(FakeProviderServer, CloseWithoutResponseMakesClientSeeClosedConnection)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    FakeResponse closing;
    closing.closeWithoutResponse = true;
    server.setDefaultResponse(closing);
    QSignalSpy finishedOnServer(&server, &FakeProviderServer::responseFinished);
    const auto manager = makeManager();

    QNetworkReply *reply = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    ASSERT_TRUE(waitForFinished(reply));

    EXPECT_EQ(reply->error(), QNetworkReply::RemoteHostClosedError);
    // Qt resends a request once when the connection closes before any response.
    EXPECT_GE(server.requestCount(), 1);
    EXPECT_EQ(finishedOnServer.count(), server.requestCount());
}

TEST(FakeProviderServer, CountsPeakConcurrentRequests)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    for (int i = 0; i < 3; ++i) {
        FakeResponse slow = FakeResponse::completion(QStringLiteral("reply %1").arg(i));
        slow.latencyMs = 300;
        server.enqueue(slow);
    }
    QSignalSpy finishedOnServer(&server, &FakeProviderServer::responseFinished);
    const auto manager = makeManager();

    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i)
        replies.append(manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}"));
    for (QNetworkReply *reply : replies) {
        ASSERT_TRUE(waitForFinished(reply));
        EXPECT_EQ(reply->error(), QNetworkReply::NoError);
    }

    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(server.peakConcurrentRequests(), 3);
    EXPECT_EQ(server.acceptedConnections(), 3);
    EXPECT_EQ(finishedOnServer.count(), 3);
}

TEST(FakeProviderServer, KeepsConnectionAliveForSequentialRequests)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(FakeResponse::completion(QStringLiteral("one")));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("two")}));
    const auto manager = makeManager();

    QNetworkReply *first = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    ASSERT_TRUE(waitForFinished(first));
    EXPECT_EQ(first->error(), QNetworkReply::NoError);
    EXPECT_EQ(str(first->rawHeader("Connection")), "keep-alive");
    QNetworkReply *second = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    ASSERT_TRUE(waitForFinished(second));
    EXPECT_EQ(second->error(), QNetworkReply::NoError);

    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.acceptedConnections(), 1);
    EXPECT_EQ(server.openConnections(), 1);
    EXPECT_EQ(server.peakConcurrentRequests(), 1);
}

TEST(FakeProviderServer, HonoursConnectionClose)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.setDefaultResponse(FakeResponse::completion(QStringLiteral("bye")));
    const auto manager = makeManager();

    QNetworkRequest request = requestTo(server, QStringLiteral("/chat/completions"));
    request.setRawHeader("Connection", "close");
    QNetworkReply *first = manager->post(request, "{}");
    ASSERT_TRUE(waitForFinished(first));
    EXPECT_EQ(first->error(), QNetworkReply::NoError);
    EXPECT_EQ(str(first->rawHeader("Connection")), "close");
    EXPECT_EQ(server.openConnections(), 0);

    QNetworkReply *second = manager->post(requestTo(server, QStringLiteral("/chat/completions")), "{}");
    ASSERT_TRUE(waitForFinished(second));
    EXPECT_EQ(second->error(), QNetworkReply::NoError);
    EXPECT_EQ(server.acceptedConnections(), 2);
}

TEST(FakeProviderServer, ParsesFragmentedChunkedAndPipelinedRequests)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(FakeResponse::json(R"({"first":true})"));
    server.enqueue(FakeResponse::json(R"({"second":true})"));

    QTcpSocket client;
    client.setProxy(QNetworkProxy::NoProxy);
    client.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(client.waitForConnected(kTimeoutMs));
    client.setSocketOption(QAbstractSocket::LowDelayOption, 1);

    const QByteArray first = "POST /v1/chat/completions HTTP/1.1\r\n"
                             "Host: 127.0.0.1\r\n"
                             "Transfer-Encoding: chunked\r\n"
                             "\r\n"
                             "5\r\nhello\r\n"
                             "7;ext=1\r\n, world\r\n"
                             "0\r\n\r\n";
    const QByteArray second = "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const QList<qsizetype> cuts {1, 10, 40, 60, 70, 80};
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        client.write(first.mid(from, cut - from));
        client.flush();
        // Loopback delivers at once, so this lets the server read exactly this fragment.
        QCoreApplication::processEvents();
        EXPECT_EQ(server.requestCount(), 0) << "after " << cut << " bytes";
        from = cut;
    }
    client.write(first.mid(from) + second);
    client.flush();

    const QByteArray responses =
        readUntil(client, {}, [](const QByteArray &data) { return data.endsWith(R"({"second":true})"); });
    EXPECT_EQ(responses.count("HTTP/1.1 200 OK\r\n"), 2);
    EXPECT_TRUE(responses.contains(R"({"first":true})"));

    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(str(server.requests().at(0).body), "hello, world");
    EXPECT_EQ(str(server.requests().at(1).method), "GET");
    EXPECT_EQ(str(server.requests().at(1).path), "/v1/models");
    EXPECT_EQ(server.acceptedConnections(), 1);
}

TEST(FakeProviderServer, AnswersExpectContinueAndRejectsGarbage)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(FakeResponse::json("{}"));

    QTcpSocket client;
    client.setProxy(QNetworkProxy::NoProxy);
    client.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(client.waitForConnected(kTimeoutMs));
    client.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                 "Expect: 100-continue\r\n\r\n");
    QByteArray data =
        readUntil(client, {}, [](const QByteArray &bytes) { return bytes.endsWith("\r\n\r\n"); });
    EXPECT_EQ(str(data), "HTTP/1.1 100 Continue\r\n\r\n");

    client.write("{}");
    data = readUntil(client, {}, [](const QByteArray &bytes) { return bytes.endsWith("{}"); });
    EXPECT_TRUE(data.startsWith("HTTP/1.1 200 OK\r\n"));

    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.write("this is not HTTP\r\n\r\n");
    data = readUntil(client, {}, [](const QByteArray &bytes) { return bytes.endsWith("\r\n\r\n"); });
    EXPECT_TRUE(data.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    EXPECT_TRUE(client.state() == QAbstractSocket::UnconnectedState || disconnected.wait(kTimeoutMs));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(FakeProviderServer, RecordsTheKnownPartsOfAMultipartUpload)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RecordedRequest &request) {
        return request.isTranscription() ? FakeResponse::transcription(QStringLiteral("heard"))
                                         : FakeResponse::error(500, QStringLiteral("wrong path"));
    });
    const auto manager = makeManager();

    // Every byte value, CRLFs and a fake delimiter inside the file must survive the round trip.
    QByteArray audio = "RIFF\r\n--not-the-boundary\r\n";
    for (int i = 0; i < 256; ++i)
        audio += char(i);
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setRawHeader("Content-Disposition", R"(form-data; name="file"; filename="speech.wav")");
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("audio/wav"));
    file.setBody(audio);
    QHttpPart model;
    model.setRawHeader("Content-Disposition", R"(form-data; name="model")");
    model.setBody("whisper-1");
    form->append(file);
    form->append(model);
    QNetworkRequest request = requestTo(server, QStringLiteral("/audio/transcriptions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant()); // Qt adds the boundary
    QNetworkReply *reply = manager->post(request, form);
    form->setParent(reply);
    ASSERT_TRUE(waitForFinished(reply));
    EXPECT_EQ(str(reply->readAll()), R"({"text":"heard"})");

    const RecordedRequest recorded = server.requests().constFirst();
    EXPECT_TRUE(recorded.isTranscription());
    const QList<MultipartPart> parts = recorded.multipartParts();
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(str(parts.at(0).name), "file");
    EXPECT_EQ(str(parts.at(0).fileName), "speech.wav");
    EXPECT_EQ(str(parts.at(0).contentType), "audio/wav");
    EXPECT_EQ(parts.at(0).body, audio);
    EXPECT_EQ(str(recorded.part("model")->body), "whisper-1");
    EXPECT_FALSE(recorded.part("language"));
    EXPECT_FALSE(FakeResponse::modelsOrClassifier(recorded, QStringLiteral("<No>")))
        << "transcriptions are the caller's to answer";
}

TEST(MultipartForm, ReadsQuotedAndBareBoundariesAndRejectsBrokenBodies)
{
    const QByteArray body = "preamble\r\n--b0\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                            "--b0\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x y.wav\"\r\n"
                            "Content-Type: audio/wav\r\n\r\n\r\n2\r\n\r\n--b0--\r\n";
    for (const QByteArray &contentType : {QByteArray("multipart/form-data; boundary=b0"),
                                          QByteArray("Multipart/Form-Data; boundary=\"b0\"")}) {
        const auto parts = MultipartForm::parse(contentType, body);
        ASSERT_TRUE(parts) << str(contentType);
        ASSERT_EQ(parts->size(), 2);
        EXPECT_EQ(str(parts->at(0).name), "a");
        EXPECT_EQ(str(parts->at(0).body), "1");
        EXPECT_TRUE(parts->at(0).fileName.isEmpty());
        EXPECT_EQ(str(parts->at(1).fileName), "x y.wav");
        EXPECT_EQ(str(parts->at(1).contentType), "audio/wav");
        EXPECT_EQ(str(parts->at(1).body), "\r\n2\r\n");
    }
    EXPECT_FALSE(MultipartForm::parse("application/json", body));
    EXPECT_FALSE(MultipartForm::parse("multipart/form-data; boundary=other", body));
    EXPECT_FALSE(MultipartForm::parse("multipart/form-data; boundary=b0", body.left(body.size() - 12)))
        << "no closing delimiter";
}
