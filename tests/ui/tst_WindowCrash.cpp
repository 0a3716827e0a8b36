// SPDX-License-Identifier: GPL-3.0-or-later
// The real `codeguru` program, driven like a person would with xdotool on the X server, is
// killed with SIGKILL in the middle of an answer: the question and the answer so far are in
// the history, marked interrupted.
#include "AppProcess.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

TEST(WindowCrash, KilledMidAnswerTheHistoryKeepsThePrefix)
{
    if (QGuiApplication::platformName() != QLatin1StringView("xcb"))
        GTEST_SKIP() << "needs an X server (./scripts/dev.sh test runs one)";
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        GTEST_SKIP() << "xdotool is not installed (./scripts/dev.sh installs it)";

    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    QStringList pieces {QStringLiteral("## Why the sky is blue\n\n")};
    for (int i = 0; i < 2000; ++i)
        pieces.append(QStringLiteral("scattering%1 ").arg(i));
    server.setHandler([&pieces](const RecordedRequest &request) {
        if (auto other = FakeResponse::modelsOrClassifier(request, QStringLiteral("<No>")))
            return *other;
        FakeResponse answer = FakeResponse::streamOf(pieces);
        answer.chunkSize = 64; // a long answer, slowly: it is still streaming when the kill comes
        answer.delayBetweenChunksMs = 20;
        return answer;
    });

    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const AppProcess codeguru(home, server.baseUrl());
    QProcess app;
    codeguru.start(app);
    ASSERT_TRUE(app.waitForStarted());
    const QByteArray window = AppProcess::waitForWindow(app, QStringLiteral("CodeGuru"));
    ASSERT_FALSE(window.isEmpty()) << "the window did not appear";
    // The provider is found by probing; the question waits for it otherwise.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 10000)) << "the provider probe";
    ASSERT_TRUE(AppProcess::focus(window)) << "the window did not get the keyboard focus";
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"),
             QStringLiteral("why is the sky blue")});
    xdotool({QStringLiteral("key"), QStringLiteral("Return")});

    const QString folder =
        QDir(home.filePath(QStringLiteral("data"))).filePath(QStringLiteral("CodeGuru/CodeGuru"));
    HistoryStore reader(folder);
    QString prefix;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (!reader.isOpen() && (!QFile::exists(reader.filePath()) || reader.open().isError()))
                return false;
            const auto listed = reader.listConversations();
            if (listed.value.isEmpty())
                return false;
            const auto messages = reader.loadConversation(listed.value.first().id);
            if (messages.value.size() < 2)
                return false;
            prefix = messages.value.at(1).content;
            return prefix.contains(QStringLiteral("scattering3"));
        },
        20000))
        << "a growing answer is written while it streams";
    reader.close();
    ::kill(pid_t(app.processId()), SIGKILL);
    ASSERT_TRUE(app.waitForFinished(10000));

    HistoryStore reopened(folder);
    ASSERT_FALSE(reopened.open().isError());
    EXPECT_EQ(reopened.openReport().interruptedMessages, 1);
    const auto listed = reopened.listConversations();
    ASSERT_EQ(listed.value.size(), 1);
    const auto messages = reopened.loadConversation(listed.value.first().id);
    ASSERT_EQ(messages.value.size(), 2);
    EXPECT_EQ(messages.value.at(0).content, QStringLiteral("why is the sky blue"));
    EXPECT_EQ(messages.value.at(1).state, MessageRecord::State::Interrupted);
    EXPECT_TRUE(messages.value.at(1).content.startsWith(QStringLiteral("## Why the sky is blue")));
    EXPECT_FALSE(messages.value.at(1).content.contains(QStringLiteral("scattering1999")))
        << "it was cut short";
    EXPECT_FALSE(reopened.search(QStringLiteral("scattering3")).value.isEmpty())
        << "the prefix is searchable";
}

} // namespace
