// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end routing: codeguru-cli asks its classifiers, then sends the main request with
// exactly the context they chose.
#include "CliRunner.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace CodeGuru::Testing;

namespace {

class CliRouting : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(workspace.isValid());
    }

    /// Classifier requests get `answerFor(question text)`; the main request gets a short stream.
    void answer(std::function<QString(const QString &)> answerFor, int classifierLatencyMs = 0)
    {
        server.setHandler([answerFor, classifierLatencyMs](const RecordedRequest &request) {
            if (request.isStreamed())
                return FakeResponse::streamOf({QStringLiteral("Answer.")});
            FakeResponse response = FakeResponse::completion(answerFor(request.lastMessageText()));
            response.latencyMs = classifierLatencyMs;
            return response;
        });
    }

    QStringList ask(const QString &question, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("ask"),
                            QStringLiteral("--base-url"),
                            server.baseUrl().toString(),
                            QStringLiteral("--model"),
                            QStringLiteral("big"),
                            QStringLiteral("--classifier-model"),
                            QStringLiteral("small"),
                            QStringLiteral("--workspace"),
                            workspace.path()}
        + extra + QStringList {question};
    }

    RecordedRequest mainRequest() const
    {
        for (const RecordedRequest &request : server.requests()) {
            if (request.isStreamed())
                return request;
        }
        ADD_FAILURE() << "no main request was sent";
        return {};
    }

    QJsonObject report(const QString &path) const
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    FakeProviderServer server;
    QTemporaryDir workspace;
    CliRunner cli;
};

TEST_F(CliRouting, ClipboardIsAttachedExactlyWhenTheClassifierSaysYes)
{
    const QString clipboard =
        QStringLiteral("Traceback (most recent call last):\n  File \"app.py\", line 3\nKeyError: 'user'");
    for (const bool needed : {true, false}) {
        server.setHandler({});
        answer([needed](const QString &question) {
            return question.contains(QStringLiteral("clipboard"))
                ? (needed ? QStringLiteral("<Yes>") : QStringLiteral("<No>"))
                : QStringLiteral("<No>");
        });
        const int before = int(server.requests().size());
        const auto result = cli.run(
            ask(QStringLiteral("why does this fail?"), {QStringLiteral("--clipboard-text"), clipboard}));
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_EQ(result.out, QByteArray("Answer."));
        const QList<RecordedRequest> requests = server.requests().mid(before);
        const auto main = std::find_if(requests.cbegin(), requests.cend(),
                                       [](const RecordedRequest &r) { return r.isStreamed(); });
        ASSERT_NE(main, requests.cend());
        const QString sent = main->lastMessageText();
        EXPECT_EQ(sent.contains(clipboard), needed) << sent.toStdString();
        EXPECT_EQ(sent.contains(QStringLiteral("Don't repeat")), needed);
        EXPECT_TRUE(sent.endsWith(QStringLiteral("why does this fail?")));
        // The classifier went to the classifier model with the seed's system prompt.
        const auto classifier = std::find_if(requests.cbegin(), requests.cend(),
                                             [](const RecordedRequest &r) { return !r.isStreamed(); });
        ASSERT_NE(classifier, requests.cend());
        EXPECT_EQ(classifier->json().value(QStringLiteral("model")).toString(), QStringLiteral("small"));
        EXPECT_EQ(main->json().value(QStringLiteral("model")).toString(), QStringLiteral("big"));
    }
}

TEST_F(CliRouting, SpokenFileNameIsLoadedFromTheWorkspace)
{
    QFile file(workspace.filePath(QStringLiteral("query_analysis.py")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("def prep_input(query):\n    return query\n");
    file.close();
    answer([](const QString &question) {
        return question.contains(QStringLiteral("file name"))
            ? QStringLiteral("<query underscore analysis dot py>")
            : QStringLiteral("<No>");
    });
    const QString reportPath = workspace.filePath(QStringLiteral("report.json"));
    const auto result = cli.run(
        ask(QStringLiteral("Can you load the file query underscore analysis dot py so we can talk about it?"),
            {QStringLiteral("--routing-report"), reportPath}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString sent = mainRequest().lastMessageText();
    EXPECT_TRUE(sent.contains(
        QStringLiteral("<context source=\"file\" name=\"query_analysis.py\">\ndef prep_input(query):")))
        << sent.toStdString();
    const QJsonArray classifiers = report(reportPath).value(QStringLiteral("classifiers")).toArray();
    ASSERT_EQ(classifiers.size(), 1) << "no clipboard given: only load-file applies";
    const QJsonObject loadFile = classifiers.first().toObject();
    EXPECT_EQ(loadFile.value(QStringLiteral("id")).toString(), QStringLiteral("load-file"));
    EXPECT_TRUE(loadFile.value(QStringLiteral("decision")).toBool());
    EXPECT_EQ(loadFile.value(QStringLiteral("source")).toString(), QStringLiteral("network"));
}

TEST_F(CliRouting, AFileThatIsNotThereIsSaidAndTheQuestionStillGoes)
{
    answer([](const QString &) { return QStringLiteral("<missing_thing.py>"); });
    const auto result = cli.run(ask(QStringLiteral("open the file missing thing dot py")));
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains("missing_thing.py")) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Answer."));
}

TEST_F(CliRouting, SixteenClassifiersRunTogetherAndAreReported)
{
    QJsonArray classifiers;
    for (int i = 0; i < 16; ++i)
        classifiers.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                         {QStringLiteral("question"), QStringLiteral("Question %1? Query: {query}").arg(i)},
                         {QStringLiteral("context"), QStringLiteral("custom-%1").arg(i)},
                         {QStringLiteral("default"), false}});
    const QString classifierFile = workspace.filePath(QStringLiteral("classifiers.json"));
    QFile file(classifierFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("classifiers"), classifiers}}).toJson());
    file.close();
    answer([](const QString &) { return QStringLiteral("<Yes>"); }, 250);
    const QString reportPath = workspace.filePath(QStringLiteral("report.json"));
    const auto result = cli.run(ask(
        QStringLiteral("why is my build slow?"),
        {QStringLiteral("--classifiers"), classifierFile, QStringLiteral("--routing-report"), reportPath}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = report(reportPath);
    ASSERT_EQ(json.value(QStringLiteral("classifiers")).toArray().size(), 16);
    for (const QJsonValue &entry : json.value(QStringLiteral("classifiers")).toArray()) {
        EXPECT_EQ(entry.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("network"));
        EXPECT_EQ(entry.toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("<Yes>"));
        EXPECT_TRUE(entry.toObject().value(QStringLiteral("decision")).toBool());
        EXPECT_GE(entry.toObject().value(QStringLiteral("ms")).toInt(), 250);
    }
    EXPECT_GE(json.value(QStringLiteral("total_ms")).toInt(), 250);
    // Structural proof of parallelism; the wall-time ratio is measured by bench/codeguru_bench_routing.
    EXPECT_EQ(server.peakConcurrentRequests(), 16);
}

TEST_F(CliRouting, DeadlineTakesDefaults)
{
    answer([](const QString &) { return QStringLiteral("<Yes>"); }, 3000);
    const QString reportPath = workspace.filePath(QStringLiteral("report.json"));
    const auto result = cli.run(ask(QStringLiteral("why?"),
                                    {QStringLiteral("--clipboard-text"), QStringLiteral("some text"),
                                     QStringLiteral("--routing-deadline"), QStringLiteral("300"),
                                     QStringLiteral("--routing-report"), reportPath}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject clipboard =
        report(reportPath).value(QStringLiteral("classifiers")).toArray().first().toObject();
    EXPECT_EQ(clipboard.value(QStringLiteral("source")).toString(), QStringLiteral("timeout"));
    EXPECT_FALSE(clipboard.value(QStringLiteral("decision")).toBool());
    EXPECT_FALSE(mainRequest().lastMessageText().contains(QStringLiteral("some text")));
}

TEST_F(CliRouting, SecretsInTheClipboardNeverReachARemoteProvider)
{
    // The loopback server plays an HTTP proxy, so the provider's host is a remote name.
    cli.environment().insert(QStringLiteral("http_proxy"),
                             server.baseUrl().adjusted(QUrl::RemovePath).toString());
    answer([](const QString &) { return QStringLiteral("<Yes>"); });
    const QString key = QStringLiteral("AKIA") + QStringLiteral("Z7Q2EXAMPLE4KEY9");
    const QString clipboard =
        QStringLiteral("aws_access_key_id = ") + key + QStringLiteral("\nregion = eu-west-1\n");
    const auto result =
        cli.run({QStringLiteral("ask"), QStringLiteral("--base-url"),
                 QStringLiteral("http://llm.codeguru-test.example/v1"), QStringLiteral("--model"),
                 QStringLiteral("m"), QStringLiteral("--clipboard-text"), clipboard,
                 QStringLiteral("what is wrong with my clipboard config?")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_GE(server.requestCount(), 1);
    for (const RecordedRequest &request : server.requests())
        EXPECT_FALSE(request.body.contains(key.toUtf8())) << "the key went out";
    const QString sent = mainRequest().lastMessageText();
    EXPECT_TRUE(sent.contains(QStringLiteral("[REDACTED AWS access key]"))) << sent.toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("region = eu-west-1")));
    EXPECT_TRUE(result.err.contains("AWS access key")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("--redact-secrets never"));

    // Explicitly allowed for one message: sent as is.
    const auto allowed =
        cli.run({QStringLiteral("ask"), QStringLiteral("--base-url"),
                 QStringLiteral("http://llm.codeguru-test.example/v1"), QStringLiteral("--model"),
                 QStringLiteral("m"), QStringLiteral("--clipboard-text"), clipboard,
                 QStringLiteral("--redact-secrets"), QStringLiteral("never"),
                 QStringLiteral("what is wrong with my clipboard config?")});
    ASSERT_EQ(allowed.exitCode, 0);
    EXPECT_TRUE(server.requests().last().body.contains(key.toUtf8()));
}

TEST_F(CliRouting, LocalProviderGetsTheTextAsIsByDefault)
{
    answer([](const QString &) { return QStringLiteral("<Yes>"); });
    const QString token = QStringLiteral("ghp_") + QString(36, QLatin1Char('a'));
    const auto result =
        cli.run(ask(QStringLiteral("explain my clipboard"), {QStringLiteral("--clipboard-text"), token}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(mainRequest().lastMessageText().contains(token))
        << "loopback providers are local: remote mode leaves them alone";
    const auto always = cli.run(ask(QStringLiteral("explain my clipboard"),
                                    {QStringLiteral("--clipboard-text"), token,
                                     QStringLiteral("--redact-secrets"), QStringLiteral("always")}));
    ASSERT_EQ(always.exitCode, 0);
    EXPECT_FALSE(server.requests().last().body.contains(token.toUtf8()));
}

TEST_F(CliRouting, BadRoutingOptionsAreUsageErrors)
{
    EXPECT_EQ(cli.run(ask(QStringLiteral("q"),
                          {QStringLiteral("--classifiers"), QStringLiteral("/nonexistent.json")}))
                  .exitCode,
              2);
    EXPECT_EQ(
        cli.run(ask(QStringLiteral("q"), {QStringLiteral("--redact-secrets"), QStringLiteral("sometimes")}))
            .exitCode,
        2);
    EXPECT_EQ(cli.run(ask(QStringLiteral("q"), {QStringLiteral("--routing-deadline"), QStringLiteral("-5")}))
                  .exitCode,
              2);
    EXPECT_EQ(server.requestCount(), 0);
}

} // namespace

namespace {

TEST_F(CliRouting, ChatLoadsASpokenFileAndRemembersItForFollowUps)
{
    QFile file(workspace.filePath(QStringLiteral("query_analysis.py")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("def prep_input(query):\n    clip = clip_chain.run(query)\n");
    file.close();
    answer([](const QString &question) {
        return question.contains(QStringLiteral("load the file"))
            ? QStringLiteral("<query underscore analysis dot py>")
            : QStringLiteral("<No>");
    });
    const auto result = cli.run(
        {QStringLiteral("chat"), QStringLiteral("--base-url"), server.baseUrl().toString(),
         QStringLiteral("--model"), QStringLiteral("big"), QStringLiteral("--workspace"), workspace.path()},
        "Can you load the file query underscore analysis dot py so we can talk about it?\n"
        "How do I run those chains at the same time instead of one after another?\n");
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QList<RecordedRequest> mains;
    for (const RecordedRequest &request : server.requests()) {
        if (request.isStreamed())
            mains.append(request);
    }
    ASSERT_EQ(mains.size(), 2);
    const QJsonArray second = mains.at(1).json().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(second.size(), 4);
    EXPECT_TRUE(second.at(1)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("clip_chain.run(query)")))
        << "the follow-up still carries the loaded file";
    EXPECT_EQ(second.at(3).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("How do I run those chains at the same time instead of one after another?"));
}

} // namespace
