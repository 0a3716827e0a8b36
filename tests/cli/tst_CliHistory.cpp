// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `codeguru-cli ask` saving into the history and `codeguru-cli history`, the real
// binary against the loopback provider and a real SQLite file under the test's XDG_DATA_HOME.
#include "../core/HistoryTestSupport.h"
#include "CliRunner.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "history/HistoryStore.h"
#include "history/SearchHit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <clocale>
#include <csignal>
#include <cwchar>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class CliHistory : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    QStringList ask(const QString &question, QStringList extra = {}) const
    {
        QStringList arguments {QStringLiteral("ask"),        QStringLiteral("--base-url"),
                               server.baseUrl().toString(),  QStringLiteral("--model"),
                               QStringLiteral("fake-model"), QStringLiteral("--no-routing")};
        arguments += extra;
        arguments.append(question);
        return arguments;
    }

    /// Asks `question`, answered with `answer`; the exchange must succeed quietly.
    void askAndExpect(const QString &question, const QString &answer, const QStringList &extra = {})
    {
        server.enqueue(FakeResponse::streamOf({answer.left(5), answer.mid(5)}));
        const auto result = cli.run(ask(question, extra));
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_EQ(result.out, answer.toUtf8());
    }

    CliRunner::Result history(const QStringList &arguments, const QByteArray &input = {})
    {
        return cli.run(QStringList {QStringLiteral("history")} + arguments, input);
    }

    /// `history list` into a pipe, split into lines of tab-separated fields.
    QList<QStringList> listed()
    {
        const auto result = history({QStringLiteral("list")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QList<QStringList> rows;
        for (const QString &line : QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows.append(line.split(QLatin1Char('\t')));
        return rows;
    }

    QString onlyConversationId()
    {
        const QList<QStringList> rows = listed();
        EXPECT_EQ(rows.size(), 1);
        return rows.value(0).value(0);
    }

    /// A reader on the CLI's store, beside it, as the window would be.
    QList<MessageRecord> storedMessages()
    {
        HistoryStore reader(cli.historyFolder());
        if (reader.open().isError())
            return {};
        const QList<ConversationRecord> list = reader.listConversations().value;
        return list.isEmpty() ? QList<MessageRecord>() : reader.loadConversation(list.first().id).value;
    }

    /// An answer of 400 words streamed one word per write, 50 ms apart (20 s in all).
    static FakeResponse slowAnswer(QString *full)
    {
        QStringList pieces;
        for (int i = 0; i < 400; ++i)
            pieces.append(QStringLiteral("token%1 ").arg(i));
        *full = pieces.join(QString());
        FakeResponse slow = FakeResponse::streamOf(pieces);
        slow.chunkSize = 200; // about one piece per write
        slow.delayBetweenChunksMs = 50;
        return slow;
    }

    /// Waits, serving the stream meanwhile, until the CLI stored more than 20 characters of answer.
    QString waitForStoredPrefix()
    {
        QString seen;
        const bool stored = QTest::qWaitFor(
            [&] {
                if (!QFile::exists(QDir(cli.historyFolder()).filePath(HistoryStore::fileName())))
                    return false;
                const QList<MessageRecord> messages = storedMessages();
                seen = messages.size() == 2 ? messages.last().content : QString();
                return seen.size() > 20;
            },
            20000);
        EXPECT_TRUE(stored) << "the CLI never stored part of its answer";
        return seen;
    }

    static QString withoutHeader(const QByteArray &markdown)
    {
        // "# title", blank, "_Started …_", blank: the rest is the conversation itself.
        return QString::fromUtf8(markdown).section(QLatin1Char('\n'), 4);
    }

    FakeProviderServer server;
    CliRunner cli;
};

TEST_F(CliHistory, AskSavesTheExchangeWhereTheWindowLooks)
{
    askAndExpect(QStringLiteral("What is RAII?"), QStringLiteral("RAII ties resources to object lifetimes."));
    EXPECT_TRUE(QFile::exists(QDir(cli.historyFolder()).filePath(HistoryStore::fileName())))
        << "$XDG_DATA_HOME/CodeGuru/CodeGuru: the window's AppDataLocation";

    const QList<QStringList> rows = listed();
    ASSERT_EQ(rows.size(), 1);
    ASSERT_EQ(rows.first().size(), 4) << "id, updated, messages, title";
    EXPECT_GT(rows.first().at(0).toLongLong(), 0);
    EXPECT_TRUE(QDateTime::fromString(rows.first().at(1), QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
    EXPECT_EQ(rows.first().at(2), QStringLiteral("2"));
    EXPECT_EQ(rows.first().at(3), QStringLiteral("What is RAII?"));

    const auto shown = history({QStringLiteral("show"), rows.first().at(0)});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.startsWith("# What is RAII?\n"));
    EXPECT_TRUE(shown.out.contains("What is RAII?"));
    EXPECT_TRUE(shown.out.contains("RAII ties resources to object lifetimes."));

    const auto found = history({QStringLiteral("search"), QStringLiteral("lifetimes")});
    EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QStringList hit = QString::fromUtf8(found.out).trimmed().split(QLatin1Char('\t'));
    ASSERT_EQ(hit.size(), 3) << found.out.toStdString();
    EXPECT_EQ(hit.at(0), rows.first().at(0));
    EXPECT_EQ(hit.at(1), QStringLiteral("What is RAII?"));
    EXPECT_TRUE(hit.at(2).contains(QStringLiteral("object lifetimes")));
    EXPECT_FALSE(found.out.contains('\x1b')) << "no escapes into a pipe";
    EXPECT_FALSE(QString::fromUtf8(found.out).contains(QChar(SearchHit::HighlightBegin)));

    const QList<MessageRecord> messages = storedMessages();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).state, MessageRecord::State::Complete);
    EXPECT_EQ(messages.at(1).model, QStringLiteral("fake-model"));
    EXPECT_EQ(messages.at(1).finishReason, QStringLiteral("stop"));
    EXPECT_EQ(messages.at(1).completionTokens, 2);
}

// On a terminal the list is a table; in Japanese its headings and titles are wide characters,
// two columns each, and the columns must still line up. glibc's wcswidth is the judge.
TEST_F(CliHistory, JapaneseColumnsLineUpOnATerminal)
{
    const QString question = QStringLiteral("RAIIとは何ですか？");
    askAndExpect(question, QStringLiteral("RAII ties resources to object lifetimes."));

    QProcessEnvironment environment = cli.environment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8"));
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    QProcess terminal; // script(1) gives the CLI a pseudo-terminal, as a person's shell would
    terminal.setProcessEnvironment(environment);
    terminal.start(QStringLiteral("script"),
                   {QStringLiteral("-qec"), QStringLiteral(CODEGURU_CLI_PATH " history list"),
                    QStringLiteral("/dev/null")});
    ASSERT_TRUE(terminal.waitForFinished(30'000));
    ASSERT_EQ(terminal.exitCode(), 0) << terminal.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(terminal.readAllStandardOutput())
                                  .remove(QLatin1Char('\r'))
                                  .split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    const QString &heading = lines.at(0);
    const QString &row = lines.at(1);
    EXPECT_NE(heading.indexOf(QStringLiteral("ID")), -1) << heading.toStdString();
    EXPECT_EQ(heading.indexOf(QStringLiteral("TITLE")), -1) << "translated: " << heading.toStdString();

    const char *before = std::setlocale(LC_CTYPE, nullptr);
    const std::string saved = before ? before : "C";
    ASSERT_NE(std::setlocale(LC_CTYPE, "C.UTF-8"), nullptr);
    const auto columns = [](const QString &text) {
        const std::wstring wide = text.toStdWString();
        return ::wcswidth(wide.c_str(), wide.size());
    };
    const qsizetype titleAt = row.indexOf(question);
    ASSERT_GT(titleAt, 0) << row.toStdString();
    const qsizetype headingTitleAt = heading.lastIndexOf(QStringLiteral("  ")) + 2;
    EXPECT_EQ(columns(heading.left(headingTitleAt)), columns(row.left(titleAt)))
        << "\n"
        << heading.toStdString() << "\n"
        << row.toStdString();
    std::setlocale(LC_CTYPE, saved.c_str());
}

TEST_F(CliHistory, NoSaveSavesNothing)
{
    askAndExpect(QStringLiteral("secret question"), QStringLiteral("secret answer"),
                 {QStringLiteral("--no-save")});
    EXPECT_FALSE(QFile::exists(QDir(cli.historyFolder()).filePath(HistoryStore::fileName())))
        << "not even opened";
    const auto list = history({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.isEmpty());
    EXPECT_TRUE(list.err.contains("No conversations")) << list.err.toStdString();
}

TEST_F(CliHistory, ContinueSendsTheEarlierTurnsAndAppends)
{
    askAndExpect(QStringLiteral("What is a mutex?"), QStringLiteral("A lock for one thread at a time."));
    const QString id = onlyConversationId();

    server.enqueue(FakeResponse::streamOf({QStringLiteral("Use std::scoped_lock.")}));
    const auto result = cli.run(ask(QStringLiteral("And for two?"),
                                    {QStringLiteral("--continue"), id, QStringLiteral("--print-id")}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Use std::scoped_lock.")) << "stdout stays exactly the answer";
    EXPECT_TRUE(result.err.contains(QString(QStringLiteral("conversation ") + id).toUtf8()))
        << result.err.toStdString();

    const QJsonArray sent = server.requests().last().json().value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(sent.size(), 4);
    const auto message = [&sent](int i, const char *key) {
        return sent.at(i).toObject().value(QString::fromLatin1(key)).toString();
    };
    EXPECT_EQ(message(0, "role"), QStringLiteral("system"));
    EXPECT_EQ(message(1, "role"), QStringLiteral("user"));
    EXPECT_EQ(message(1, "content"), QStringLiteral("What is a mutex?"));
    EXPECT_EQ(message(2, "role"), QStringLiteral("assistant"));
    EXPECT_EQ(message(2, "content"), QStringLiteral("A lock for one thread at a time."));
    EXPECT_EQ(message(3, "content"), QStringLiteral("And for two?"));

    const QList<QStringList> rows = listed();
    ASSERT_EQ(rows.size(), 1) << "appended, not a new conversation";
    EXPECT_EQ(rows.first().at(0), id);
    EXPECT_EQ(rows.first().at(2), QStringLiteral("4"));
    EXPECT_EQ(rows.first().at(3), QStringLiteral("What is a mutex?"));
    const QList<MessageRecord> messages = storedMessages();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(messages.at(2).content, QStringLiteral("And for two?"));
    EXPECT_EQ(messages.at(3).content, QStringLiteral("Use std::scoped_lock."));

    const int requests = server.requestCount();
    const auto unknown =
        cli.run(ask(QStringLiteral("q"), {QStringLiteral("--continue"), QStringLiteral("999")}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no conversation 999")) << unknown.err.toStdString();
    EXPECT_EQ(server.requestCount(), requests) << "nothing is asked without the earlier turns";
    EXPECT_EQ(cli.run(ask(QStringLiteral("q"), {QStringLiteral("--continue"), QStringLiteral("x")})).exitCode,
              2);
}

TEST_F(CliHistory, ChatIsSavedAsOneConversation)
{
    server.enqueue(FakeResponse::streamOf({QStringLiteral("Threads share memory.")}));
    server.enqueue(FakeResponse::streamOf({QStringLiteral("asyncio is single-threaded.")}));
    const auto result =
        cli.run({QStringLiteral("chat"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                 QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--no-routing")},
                "What is threading?\nAnd asyncio?\n");
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QList<QStringList> rows = listed();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().at(2), QStringLiteral("4"));
    EXPECT_EQ(rows.first().at(3), QStringLiteral("What is threading?"));
}

TEST_F(CliHistory, ExportAndImportRoundTrip)
{
    askAndExpect(QStringLiteral("How do I reverse a list?"),
                 QStringLiteral("Use reversed() or list.reverse()."));
    const QString id = onlyConversationId();
    const auto shown = history({QStringLiteral("show"), id});
    ASSERT_EQ(shown.exitCode, 0);

    const auto markdown =
        history({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("md")});
    EXPECT_EQ(markdown.exitCode, 0) << markdown.err.toStdString();
    EXPECT_EQ(markdown.out, shown.out);

    const QString jsonPath = cli.homePath() + QStringLiteral("/conversation.json");
    const auto exported = history({QStringLiteral("export"), id, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("-o"), jsonPath});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(fileBytes(jsonPath)).object();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("codeguru-conversation"));
    EXPECT_EQ(json.value(QStringLiteral("messages")).toArray().size(), 2);
    const auto toStdout =
        history({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(toStdout.out, fileBytes(jsonPath));

    const auto imported = history({QStringLiteral("import"), jsonPath});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString copy = QString::fromUtf8(imported.out).trimmed();
    EXPECT_GT(copy.toLongLong(), id.toLongLong()) << imported.out.toStdString();
    const auto copyShown = history({QStringLiteral("show"), copy});
    ASSERT_EQ(copyShown.exitCode, 0);
    EXPECT_EQ(withoutHeader(copyShown.out), withoutHeader(shown.out));
    EXPECT_FALSE(withoutHeader(shown.out).isEmpty());
    EXPECT_EQ(listed().size(), 2);

    const auto fromStdin = history({QStringLiteral("import"), QStringLiteral("-")}, fileBytes(jsonPath));
    EXPECT_EQ(fromStdin.exitCode, 0) << fromStdin.err.toStdString();
    EXPECT_EQ(listed().size(), 3);
}

TEST_F(CliHistory, DeleteRemovesFromListAndSearch)
{
    askAndExpect(QStringLiteral("What is a monad?"), QStringLiteral("A burrito, allegedly."));
    askAndExpect(QStringLiteral("What is a functor?"), QStringLiteral("Something you can map over."));
    ASSERT_EQ(listed().size(), 2);
    const QString monad = listed().last().at(0);
    EXPECT_FALSE(history({QStringLiteral("search"), QStringLiteral("burrito")}).out.isEmpty());

    const auto deleted = history({QStringLiteral("delete"), monad}); // stdin is no terminal: no question
    EXPECT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    const QList<QStringList> rows = listed();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().at(3), QStringLiteral("What is a functor?"));
    const auto search = history({QStringLiteral("search"), QStringLiteral("burrito")});
    EXPECT_EQ(search.exitCode, 0);
    EXPECT_TRUE(search.out.isEmpty()) << search.out.toStdString();
    EXPECT_TRUE(search.err.contains("Nothing")) << search.err.toStdString();
    EXPECT_EQ(history({QStringLiteral("show"), monad}).exitCode, 1);
    EXPECT_EQ(history({QStringLiteral("delete"), monad, QStringLiteral("--yes")}).exitCode, 1);

    HistoryStore reader(cli.historyFolder());
    ASSERT_FALSE(reader.open().isError());
    RawDb raw(reader.filePath());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2) << "rows really gone";
    EXPECT_EQ(reader.search(QStringLiteral("burrito")).value.size(), 0) << "and the search index too";
}

TEST_F(CliHistory, UnknownIdsAndBadUsage)
{
    askAndExpect(QStringLiteral("q"), QStringLiteral("an answer"));
    for (const QString &command :
         {QStringLiteral("show"), QStringLiteral("export"), QStringLiteral("delete")}) {
        const auto result = history({command, QStringLiteral("4242")});
        SCOPED_TRACE(command.toStdString());
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.err.startsWith("codeguru-cli: There is no conversation 4242"))
            << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_EQ(history({QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(history({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(history({}).exitCode, 2);
    EXPECT_EQ(history({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(history({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("none")}).exitCode,
              2);
    EXPECT_EQ(history({QStringLiteral("search"), QStringLiteral("?!")}).exitCode, 2);
    const QString id = onlyConversationId();
    const auto badFormat =
        history({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_TRUE(badFormat.err.contains("history export --help")) << badFormat.err.toStdString();
    const auto help = history({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QDir(cli.historyFolder()).filePath(HistoryStore::fileName()).toUtf8()));
    const auto subHelp = history({QStringLiteral("search"), QStringLiteral("--help")});
    EXPECT_EQ(subHelp.exitCode, 0);
    EXPECT_TRUE(subHelp.out.startsWith("Usage: codeguru-cli history search")) << subHelp.out.toStdString();
}

TEST_F(CliHistory, ImportRefusesWhatIsNotACodeGuruExport)
{
    const QString garbage = cli.homePath() + QStringLiteral("/garbage.json");
    ASSERT_TRUE(writeFile(garbage, "\x89PNG this is no JSON at all"));
    const auto refused = history({QStringLiteral("import"), garbage});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("not a conversation exported by CodeGuru")) << refused.err.toStdString();
    EXPECT_EQ(refused.err.count('\n'), 1);

    const QString other = cli.homePath() + QStringLiteral("/other.json");
    ASSERT_TRUE(writeFile(other, R"({"format": "someone-else", "messages": []})"));
    EXPECT_EQ(history({QStringLiteral("import"), other}).exitCode, 1);
    EXPECT_EQ(history({QStringLiteral("import"), cli.homePath() + QStringLiteral("/missing.json")}).exitCode,
              2);
    const auto list = history({QStringLiteral("list")});
    EXPECT_TRUE(list.out.isEmpty()) << "nothing half-imported";
}

TEST_F(CliHistory, CorruptStoreIsMovedAsideAndAskStillWorks)
{
    ASSERT_TRUE(QDir().mkpath(cli.historyFolder()));
    const QString path = QDir(cli.historyFolder()).filePath(HistoryStore::fileName());
    ASSERT_TRUE(writeFile(path, QByteArray("garbage, not SQLite ").repeated(200)));

    server.enqueue(FakeResponse::streamOf({QStringLiteral("Still answering.")}));
    const auto result = cli.run(ask(QStringLiteral("q")));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Still answering."));
    EXPECT_TRUE(result.err.contains("moved to")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(".corrupt-")) << result.err.toStdString();
    EXPECT_EQ(result.err.count('\n'), 1);

    const QStringList aside =
        QDir(cli.historyFolder()).entryList({HistoryStore::fileName() + QStringLiteral(".corrupt-*")});
    ASSERT_EQ(aside.size(), 1) << "kept, never deleted";
    EXPECT_TRUE(
        fileBytes(QDir(cli.historyFolder()).filePath(aside.first())).startsWith("garbage, not SQLite"));
    EXPECT_EQ(listed().size(), 1) << "the new store has the exchange";
}

TEST_F(CliHistory, AnUnwritableHistoryNeverFailsAsk)
{
    // A file where the folder should be: unwritable even for root, unlike a chmod.
    ASSERT_TRUE(QDir().mkpath(QFileInfo(cli.historyFolder()).path()));
    ASSERT_TRUE(writeFile(cli.historyFolder(), "in the way"));

    server.enqueue(FakeResponse::streamOf({QStringLiteral("The answer "), QStringLiteral("still prints.")}));
    const auto result = cli.run(ask(QStringLiteral("q")));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("The answer still prints."));
    EXPECT_EQ(result.err.count('\n'), 1) << "one warning: " << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("not saved")) << result.err.toStdString();

    const auto list = history({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 1);
    EXPECT_TRUE(list.err.contains("cannot be written or opened")) << list.err.toStdString();
}

TEST_F(CliHistory, ALockedHistoryNeverFailsAsk)
{
    askAndExpect(QStringLiteral("first"), QStringLiteral("first answer"));
    RawDb other(QDir(cli.historyFolder()).filePath(HistoryStore::fileName())); // another CodeGuru mid-write
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(other.exec(QStringLiteral("UPDATE conversations SET title = 'theirs'")));

    server.enqueue(FakeResponse::streamOf({QStringLiteral("Answered anyway.")}));
    const auto result = cli.run(ask(QStringLiteral("second")));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("Answered anyway."));
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("busy")) << result.err.toStdString();
    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
}

TEST_F(CliHistory, CtrlCKeepsThePartialAnswerAsStopped)
{
    QString full;
    server.enqueue(slowAnswer(&full));
    QProcess *process = cli.start(ask(QStringLiteral("Tell me a long story")));
    const QString seen = waitForStoredPrefix();
    ASSERT_EQ(process->state(), QProcess::Running);
    ::kill(pid_t(process->processId()), SIGINT);
    const auto result = CliRunner::wait(process, 10000);
    EXPECT_EQ(result.exitCode, 130) << result.err.toStdString();

    const QList<MessageRecord> messages = storedMessages();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).state, MessageRecord::State::Stopped);
    EXPECT_GE(messages.at(1).content.size(), seen.size());
    EXPECT_EQ(messages.at(1).content.toUtf8(), result.out) << "what was printed is what was saved";
    EXPECT_TRUE(full.startsWith(messages.at(1).content));
    EXPECT_LT(messages.at(1).content.size(), full.size());
}

// The issue's crash test through the terminal front end: `codeguru-cli ask` killed with SIGKILL
// mid-answer leaves the question and a prefix of the answer, marked interrupted and searchable.
TEST_F(CliHistory, KilledMidAnswerLeavesAnInterruptedPrefix)
{
    QString full;
    server.enqueue(slowAnswer(&full));
    QProcess *process = cli.start(ask(QStringLiteral("Tell me a long story")));
    const QString seen = waitForStoredPrefix();
    ASSERT_EQ(process->state(), QProcess::Running) << "killed mid-answer, not after it";
    ::kill(pid_t(process->processId()), SIGKILL);
    ASSERT_TRUE(process->waitForFinished(10000)); // reaped: its pid is gone
    EXPECT_EQ(process->exitStatus(), QProcess::CrashExit);
    delete process;

    const QString id = onlyConversationId();
    const auto shown = history({QStringLiteral("show"), id});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains("Tell me a long story"));
    EXPECT_TRUE(shown.out.contains(seen.toUtf8()));
    EXPECT_TRUE(shown.out.contains("This answer was interrupted.")) << shown.out.toStdString();

    const QList<MessageRecord> messages = storedMessages();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).content, QStringLiteral("Tell me a long story"));
    EXPECT_EQ(messages.at(1).state, MessageRecord::State::Interrupted);
    EXPECT_FALSE(messages.at(1).content.isEmpty());
    EXPECT_TRUE(full.startsWith(messages.at(1).content)) << "a prefix of the answer, nothing garbled";
    EXPECT_LT(messages.at(1).content.size(), full.size());

    const auto found = history({QStringLiteral("search"), QStringLiteral("token1")});
    EXPECT_EQ(found.exitCode, 0);
    EXPECT_TRUE(found.out.startsWith(QString(id + QLatin1Char('\t')).toUtf8())) << found.out.toStdString();
}

TEST_F(CliHistory, OnATerminalListIsAlignedAndMatchesAreHighlighted)
{
    askAndExpect(QStringLiteral("What is RAII?"), QStringLiteral("RAII ties resources to object lifetimes."));
    for (int i = 0; i < 10; ++i)
        askAndExpect(QStringLiteral("filler %1").arg(i), QStringLiteral("nothing to see"));

    const auto list = cli.runWithTerminalOutput({QStringLiteral("history"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    QStringList lines =
        QString::fromUtf8(list.out).remove(QLatin1Char('\r')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 12) << "a heading and eleven conversations";
    EXPECT_TRUE(lines.first().contains(QStringLiteral("TITLE")));
    EXPECT_FALSE(list.out.contains('\t'));
    const qsizetype titleColumn = lines.at(1).indexOf(QStringLiteral("filler 9"));
    EXPECT_GT(titleColumn, 0);
    EXPECT_EQ(lines.last().indexOf(QStringLiteral("What is RAII?")), titleColumn) << "columns line up";
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral(" 1  "))) << "ids right-aligned";

    const auto found = cli.runWithTerminalOutput(
        {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("lifetimes")});
    EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains("\x1b[1;7mlifetimes\x1b[22;27m")) << found.out.toStdString();
    EXPECT_FALSE(QString::fromUtf8(found.out).contains(QChar(SearchHit::HighlightBegin)));

    cli.environment().insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    const auto plain = cli.runWithTerminalOutput(
        {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("lifetimes")});
    EXPECT_TRUE(plain.out.contains("[lifetimes]")) << plain.out.toStdString();
    EXPECT_FALSE(plain.out.contains('\x1b'));
}

} // namespace
