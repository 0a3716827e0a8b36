// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the real codeguru-cli binary against the loopback provider.
#include "CliRunner.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

#include <csignal>

using namespace CodeGuru::Testing;

namespace {

class CliAsk : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    QStringList ask(const QString &question, QStringList extra = {}) const
    {
        QStringList arguments {QStringLiteral("ask"), QStringLiteral("--base-url"),
                               server.baseUrl().toString(), QStringLiteral("--model"),
                               QStringLiteral("fake-model")};
        arguments += extra;
        arguments.append(question);
        return arguments;
    }

    QString lastUserMessage(int request = -1) const
    {
        const QList<RecordedRequest> requests = server.requests();
        const RecordedRequest &chosen = request < 0 ? requests.last() : requests.at(request);
        const QJsonArray messages = chosen.json().value(QStringLiteral("messages")).toArray();
        return messages.last().toObject().value(QStringLiteral("content")).toString();
    }

    /// An error ends with exactly one readable line on stderr.
    static void expectOneSentence(const CliRunner::Result &result)
    {
        const QString err = QString::fromUtf8(result.err);
        EXPECT_TRUE(err.startsWith(QStringLiteral("codeguru-cli: "))) << err.toStdString();
        EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
        EXPECT_GT(err.size(), 30) << err.toStdString();
    }

    FakeProviderServer server;
    CliRunner cli;
};

TEST_F(CliAsk, PrintsExactlyTheStreamedText)
{
    FakeResponse response =
        FakeResponse::streamOf({QStringLiteral("## Answer\n\n"), QStringLiteral("```cpp\nint x;\n```")});
    response.chunkSize = 3;
    server.enqueue(response);
    const auto result = cli.run(ask(QStringLiteral("What is x?")));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("## Answer\n\n```cpp\nint x;\n```"));
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    const QJsonArray messages = server.requests().first().json().value(QStringLiteral("messages")).toArray();
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    EXPECT_TRUE(messages.first()
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("Markdown")));
    EXPECT_EQ(lastUserMessage(), QStringLiteral("What is x?"));
}

TEST_F(CliAsk, RealCapturedStreamsAtRandomChunking)
{
    const QDir fixtures(QStringLiteral(CODEGURU_SHARED_FIXTURES_DIR));
    const QStringList files {QStringLiteral("openai-stream-basic-usage.sse"),
                             QStringLiteral("deepseek-stream-reasoning-content.sse"),
                             QStringLiteral("mistral-stream-magistral-thinking-blocks.sse"),
                             QStringLiteral("openrouter-stream-empty-choices-usage.sse"),
                             QStringLiteral("together-stream-deepseek-r1-via-hf-router.sse")};
    if (!fixtures.exists(files.first()))
        GTEST_SKIP() << "no shared wire fixtures beside this checkout";
    QRandomGenerator random(7);
    for (const QString &file : files) {
        QFile input(fixtures.filePath(file));
        ASSERT_TRUE(input.open(QIODevice::ReadOnly));
        const QByteArray body = input.readAll();
        QByteArray expected;
        for (const QByteArray &line : body.split('\n')) {
            if (!line.startsWith("data: {"))
                continue;
            const QJsonValue content = QJsonDocument::fromJson(line.mid(6))
                                           .object()
                                           .value(QStringLiteral("choices"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("delta"))
                                           .toObject()
                                           .value(QStringLiteral("content"));
            if (content.isString())
                expected += content.toString().toUtf8();
        }
        FakeResponse response = FakeResponse::sse(body);
        response.chunkSize = 1 + int(random.bounded(12));
        server.enqueue(response);
        const auto result = cli.run(ask(QStringLiteral("q")));
        SCOPED_TRACE(file.toStdString());
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_EQ(result.out, expected);
    }
}

TEST_F(CliAsk, PipedInputIsAttachedAsContext)
{
    server.enqueue(FakeResponse::streamOf({QStringLiteral("Looks fine.")}));
    const QByteArray diff = "diff --git a/x.py b/x.py\n+print('hi')\n";
    const auto result = cli.run(ask(QStringLiteral("review this")), diff);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString sent = lastUserMessage();
    EXPECT_TRUE(sent.contains(QStringLiteral("<context source=\"stdin\">\n") + QString::fromUtf8(diff)
                              + QStringLiteral("</context>")))
        << sent.toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("Don't repeat")));
    EXPECT_TRUE(sent.endsWith(QStringLiteral("review this")));
}

TEST_F(CliAsk, FilesAreAttached)
{
    const QString path = cli.homePath() + QStringLiteral("/query_analysis.py");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("def prep_input(query):\n    pass\n");
    file.close();
    server.enqueue(FakeResponse::streamOf({QStringLiteral("ok")}));
    const auto result = cli.run(ask(QStringLiteral("explain"), {QStringLiteral("-f"), path}));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(lastUserMessage().contains(QStringLiteral("def prep_input(query):")));
    EXPECT_TRUE(lastUserMessage().contains(QStringLiteral("name=\"") + path));
}

TEST_F(CliAsk, FoldersAreAttachedFileByFile)
{
    QDir home(cli.homePath());
    ASSERT_TRUE(home.mkpath(QStringLiteral("project/src")));
    ASSERT_TRUE(home.mkpath(QStringLiteral("project/node_modules/lib")));
    const auto write = [&home](const char *path, const QByteArray &bytes) {
        QFile file(home.filePath(QString::fromLatin1(path)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("project/src/main.cpp", "int main() { return 0; }\n");
    write("project/README.md", "# Project\n");
    write("project/node_modules/lib/index.js", "ignored();\n");
    write("project/logo.png", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("ok")}));
    const auto result = cli.run(ask(QStringLiteral("what does it do?"),
                                    {QStringLiteral("-f"), home.filePath(QStringLiteral("project"))}));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString sent = lastUserMessage();
    EXPECT_TRUE(sent.contains(QStringLiteral("name=\"project/src/main.cpp\"")));
    EXPECT_TRUE(sent.contains(QStringLiteral("name=\"project/README.md\"")));
    EXPECT_FALSE(sent.contains(QStringLiteral("ignored();")));
    EXPECT_FALSE(sent.contains(QStringLiteral("PNG")));
    EXPECT_TRUE(result.err.contains("logo.png")) << "what was left out is said";
}

TEST_F(CliAsk, MissingOrBinaryFilesAreUsageErrorsAndNothingIsSent)
{
    const auto missing = cli.run(
        ask(QStringLiteral("explain"), {QStringLiteral("--file"), QStringLiteral("/nonexistent/x.py")}));
    EXPECT_EQ(missing.exitCode, 2);
    expectOneSentence(missing);
    const QString binary = cli.homePath() + QStringLiteral("/a.out");
    QFile file(binary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x7f"
                          "ELF\x02\x01\x01\0\0\0",
                          10));
    file.close();
    const auto refused = cli.run(ask(QStringLiteral("explain"), {QStringLiteral("-f"), binary}));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("binary"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(CliAsk, NoStreamAndSystemPrompt)
{
    server.enqueue(FakeResponse::completion(QStringLiteral("Whole answer.")));
    const auto result = cli.run(
        ask(QStringLiteral("q"),
            {QStringLiteral("--no-stream"), QStringLiteral("--system"), QStringLiteral("Be terse.")}));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Whole answer."));
    const QJsonObject body = server.requests().first().json();
    EXPECT_FALSE(body.value(QStringLiteral("stream")).toBool());
    EXPECT_EQ(body.value(QStringLiteral("messages"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("content"))
                  .toString(),
              QStringLiteral("Be terse."));
}

TEST_F(CliAsk, ApiKeyFromTheNamedVariableIsSentButNeverPrinted)
{
    cli.environment().insert(QStringLiteral("MY_PROVIDER_KEY"), QStringLiteral("sk-secret-abcdef0123456789"));
    server.enqueue(
        FakeResponse::error(401, QStringLiteral("Incorrect API key provided: sk-secret-abcdef0123456789")));
    const auto result = cli.run(
        ask(QStringLiteral("q"), {QStringLiteral("--api-key-env"), QStringLiteral("MY_PROVIDER_KEY")}));
    EXPECT_EQ(server.requests().first().header("Authorization"),
              QByteArray("Bearer sk-secret-abcdef0123456789"));
    EXPECT_EQ(result.exitCode, 1);
    expectOneSentence(result);
    EXPECT_TRUE(result.err.contains("API key"));
    EXPECT_FALSE(result.err.contains("abcdef0123456789"));
    EXPECT_FALSE(result.out.contains("abcdef0123456789"));
}

TEST_F(CliAsk, LengthCutIsReported)
{
    server.enqueue(FakeResponse::streamOf({QStringLiteral("The answer is")}, QStringLiteral("length")));
    const auto result = cli.run(ask(QStringLiteral("q")));
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QByteArray("The answer is"));
    EXPECT_TRUE(result.err.contains("cut off")) << result.err.toStdString();
}

TEST_F(CliAsk, UsageErrors)
{
    EXPECT_EQ(cli.run({QStringLiteral("ask")}).exitCode, 2);
    EXPECT_EQ(cli.run({QStringLiteral("ask"), QStringLiteral("--frobnicate"), QStringLiteral("q")}).exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("ask"), QStringLiteral("--base-url"), QStringLiteral("not a url"),
                       QStringLiteral("q")})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("ask"), QStringLiteral("--timeout"), QStringLiteral("soon"),
                       QStringLiteral("q")})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli.run({}).exitCode, 2) << "no arguments and no terminal: usage, not a chat";
    const auto help = cli.run({QStringLiteral("ask"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--api-key-env"));
    EXPECT_EQ(server.requestCount(), 0);
}

struct ErrorCase
{
    const char *name;
    std::function<FakeResponse()> response;
    const char *expectedWords;
};

void PrintTo(const ErrorCase &c, std::ostream *os)
{
    *os << c.name;
}

class CliAskErrors : public CliAsk, public ::testing::WithParamInterface<ErrorCase>
{
};

TEST_P(CliAskErrors, ExitOneWithOneReadableSentence)
{
    server.setDefaultResponse(GetParam().response());
    const auto result = cli.run(ask(QStringLiteral("q"), {QStringLiteral("--timeout"), QStringLiteral("2")}));
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    expectOneSentence(result);
    EXPECT_TRUE(result.err.contains(GetParam().expectedWords)) << result.err.toStdString();
}

FakeResponse cutStream()
{
    FakeResponse response =
        FakeResponse::streamOf({QStringLiteral("First half. "), QStringLiteral("Second half.")});
    response.cutAfterBytes = response.body.indexOf("Second");
    return response;
}

INSTANTIATE_TEST_SUITE_P(
    Table, CliAskErrors,
    ::testing::Values(
        ErrorCase {"BadKey", [] { return FakeResponse::error(401, QStringLiteral("Invalid API Key")); },
                   "API key"},
        ErrorCase {"RateLimited",
                   [] {
                       return FakeResponse::error(429, QStringLiteral("Rate limit"))
                           .withHeader("Retry-After", "120");
                   },
                   "try again in 120 s"},
        ErrorCase {"ContextTooLong",
                   [] {
                       return FakeResponse::error(
                           400, QStringLiteral("This model's maximum context length is 8192 tokens"));
                   },
                   "8192 tokens"},
        ErrorCase {"Overloaded", [] { return FakeResponse::error(529, QStringLiteral("Overloaded")); },
                   "overloaded"},
        ErrorCase {"ServerError", [] { return FakeResponse::error(500, QStringLiteral("boom")); },
                   "HTTP 500"},
        ErrorCase {"NotFound", [] { return FakeResponse::error(404, QStringLiteral("model not found")); },
                   "model"},
        ErrorCase {"Malformed", [] { return FakeResponse::sse("data: {\"choices\": [oops\n\n"); },
                   "not a valid"},
        ErrorCase {"Silence",
                   [] {
                       FakeResponse silent;
                       silent.neverAnswer = true;
                       return silent;
                   },
                   "nothing for 2 s"},
        ErrorCase {"MidStreamError",
                   [] {
                       return FakeResponse::sse(
                           "event: error\ndata: {\"error\":{\"message\":\"GPU fell over\"}}\n\n");
                   },
                   "GPU fell over"}),
    [](const ::testing::TestParamInfo<ErrorCase> &caseInfo) { return std::string(caseInfo.param.name); });

TEST_F(CliAsk, DroppedConnectionKeepsThePartialAnswer)
{
    server.enqueue(cutStream());
    const auto result = cli.run(ask(QStringLiteral("q")));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out, QByteArray("First half. "));
    expectOneSentence(result);
    EXPECT_TRUE(result.err.contains("incomplete")) << result.err.toStdString();
}

TEST_F(CliAsk, NetworkFailures)
{
    const auto refused =
        cli.run({QStringLiteral("ask"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                 QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("q")});
    EXPECT_EQ(refused.exitCode, 1);
    expectOneSentence(refused);
    EXPECT_TRUE(refused.err.contains("127.0.0.1:9"));

    const auto dns = cli.run({QStringLiteral("ask"), QStringLiteral("--base-url"),
                              QStringLiteral("https://no-such-host.invalid/v1"), QStringLiteral("--model"),
                              QStringLiteral("m"), QStringLiteral("q")});
    EXPECT_EQ(dns.exitCode, 1);
    expectOneSentence(dns);
    EXPECT_TRUE(dns.err.contains("no-such-host.invalid"));
}

TEST_F(CliAsk, CtrlCCancelsAtOnce)
{
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    QProcess *process = cli.start(ask(QStringLiteral("q")));
    ASSERT_TRUE(received.wait(10000));
    ::kill(pid_t(process->processId()), SIGINT);
    const auto result = CliRunner::wait(process, 10000);
    EXPECT_EQ(result.exitCode, 130);
    EXPECT_TRUE(result.err.contains("Cancelled"));
}

TEST_F(CliAsk, NothingConfiguredExplainsWhatToDo)
{
    const auto result = cli.run({QStringLiteral("ask"), QStringLiteral("hello")});
    EXPECT_EQ(result.exitCode, 1);
    expectOneSentence(result);
    EXPECT_TRUE(result.err.contains("OPENAI_API_KEY"));
    EXPECT_TRUE(result.err.contains("11434"));
}

TEST_F(CliAsk, FindsALocalServerOnItsOwn)
{
    cli.environment().insert(QStringLiteral("CODEGURU_LOCAL_PROVIDERS"), server.baseUrl().toString());
    server.enqueue(FakeResponse::json(R"({"data":[{"id":"llama3.2:3b"}]})"));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("Hi from local")}));
    const auto result = cli.run({QStringLiteral("ask"), QStringLiteral("hello")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Hi from local"));
    EXPECT_EQ(server.requests().last().json().value(QStringLiteral("model")).toString(),
              QStringLiteral("llama3.2:3b"));
}

TEST_F(CliAsk, OpenAiVariablesAreHonoured)
{
    cli.environment().insert(QStringLiteral("OPENAI_BASE_URL"), server.baseUrl().toString());
    cli.environment().insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-from-environment"));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("ok")}));
    const auto result = cli.run(
        {QStringLiteral("ask"), QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("hello")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(server.requests().last().header("authorization"), QByteArray("Bearer sk-from-environment"));
}

TEST_F(CliAsk, ListsModels)
{
    server.enqueue(FakeResponse::json(R"({"data":[{"id":"zeta"},{"id":"alpha"}]})"));
    const auto result =
        cli.run({QStringLiteral("models"), QStringLiteral("--base-url"), server.baseUrl().toString()});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("alpha\nzeta\n"));
}

TEST_F(CliAsk, ChatKeepsTheConversation)
{
    server.enqueue(FakeResponse::streamOf({QStringLiteral("Threads share memory.")}));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("asyncio is single-threaded.")}));
    const auto result = cli.run({QStringLiteral("chat"), QStringLiteral("--base-url"),
                                 server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("m")},
                                "What is threading?\nAnd asyncio?\n");
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Threads share memory.\nasyncio is single-threaded.\n"));
    ASSERT_EQ(server.requestCount(), 2);
    const QJsonArray second = server.requests().at(1).json().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(second.size(), 4);
    EXPECT_EQ(second.at(1).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("What is threading?"));
    EXPECT_EQ(second.at(2).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Threads share memory."));
    EXPECT_EQ(second.at(3).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("And asyncio?"));
}

TEST_F(CliAsk, ProfilesAreSavedWithoutKeys)
{
    const QStringList add {
        QStringLiteral("profile"),   QStringLiteral("add"),     QStringLiteral("local"),
        QStringLiteral("--preset"),  QStringLiteral("custom"),  QStringLiteral("--base-url"),
        server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("m")};
    EXPECT_EQ(cli.run(add).exitCode, 0);
    const auto list = cli.run({QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.startsWith("* local\tcustom\t")) << list.out.toStdString();
    server.enqueue(FakeResponse::streamOf({QStringLiteral("from profile")}));
    const auto answer = cli.run({QStringLiteral("ask"), QStringLiteral("hi")});
    EXPECT_EQ(answer.exitCode, 0) << answer.err.toStdString();
    EXPECT_EQ(answer.out, QByteArray("from profile"));
    EXPECT_EQ(cli.run({QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("nope")}).exitCode,
              1);
    EXPECT_EQ(cli.run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("bad/name"),
                       QStringLiteral("--preset"), QStringLiteral("ollama")})
                  .exitCode,
              2);
}

} // namespace
