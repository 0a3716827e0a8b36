// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end check: the real codeguru on a real X server, something copied by
// another program, Ctrl+Alt+Space pressed with xdotool, a question typed into Quick Ask; the
// request carries the clipboard and the answer is saved.
#include "AppProcess.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "XClipboard.h"
#include "history/HistoryStore.h"

#include <QGuiApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

TEST(QuickAskShortcut, CtrlAltSpaceAsksAboutTheClipboardFromAnywhere)
{
    if (!canUseXclip() || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        GTEST_SKIP() << "needs an X server, xclip and xdotool (./scripts/dev.sh test provides them)";
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RecordedRequest &request) {
        if (auto other = FakeResponse::modelsOrClassifier(request, QStringLiteral("<No>")))
            return *other;
        return FakeResponse::streamOf({QStringLiteral("The key `user` is missing.")});
    });
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const AppProcess codeguru(home, server.baseUrl());
    QProcess app;
    codeguru.start(app);
    ASSERT_TRUE(app.waitForStarted());
    ASSERT_FALSE(AppProcess::waitForWindow(app, QStringLiteral("CodeGuru")).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 10000)) << "the provider probe";

    ASSERT_TRUE(copyWithXclip("KeyError: 'user' in handler.py line 12"));
    xdotool({QStringLiteral("key"), QStringLiteral("ctrl+alt+space")});
    const QByteArray quick = AppProcess::waitForWindow(app, QStringLiteral("Quick Ask"));
    ASSERT_FALSE(quick.isEmpty()) << "the shortcut did not open Quick Ask";
    ASSERT_TRUE(AppProcess::focus(quick));
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"),
             QStringLiteral("what is wrong?")});
    xdotool({QStringLiteral("key"), QStringLiteral("Return")});

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<RecordedRequest> requests = server.requests();
            return std::any_of(requests.cbegin(), requests.cend(),
                               [](const RecordedRequest &r) { return r.isStreamed(); });
        },
        10000))
        << "no question was sent";
    QString sent;
    QByteArray body;
    for (const RecordedRequest &request : server.requests()) {
        if (request.isStreamed()) {
            sent = request.lastMessageText();
            body = request.body;
        }
    }
    EXPECT_TRUE(sent.contains(QStringLiteral("KeyError: 'user' in handler.py line 12")))
        << body.toStdString();
    EXPECT_TRUE(sent.endsWith(QStringLiteral("what is wrong?")));

    HistoryStore reader(codeguru.historyFolder());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (!reader.isOpen() && reader.open().isError())
                return false;
            const auto listed = reader.listConversations();
            if (listed.value.isEmpty())
                return false;
            const auto messages = reader.loadConversation(listed.value.first().id);
            return messages.value.size() == 2
                && messages.value.at(1).content == QStringLiteral("The key `user` is missing.");
        },
        10000))
        << "the answer arrived and was saved";

    // Quitting releases the grab: the combination is free for other programs again.
    app.terminate();
    ASSERT_TRUE(app.waitForFinished(10000));
    QProcess grabber;
    // space (0x20) with Control (0x4) and Mod1 (Alt, 0x8)
    grabber.start(QStringLiteral(CODEGURU_X11_GRAB_HELPER_PATH),
                  {QStringLiteral("0x20"), QStringLiteral("0xc")});
    ASSERT_TRUE(grabber.waitForStarted());
    ASSERT_TRUE(grabber.waitForReadyRead(10000));
    const QByteArray said = grabber.readAllStandardOutput();
    grabber.closeWriteChannel();
    grabber.waitForFinished(5000);
    EXPECT_TRUE(said.contains("grabbed")) << said.constData();
}

} // namespace
