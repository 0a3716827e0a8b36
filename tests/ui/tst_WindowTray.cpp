// SPDX-License-Identifier: GPL-3.0-or-later
// Closing the window with a real system tray on the X server (trayer, an XEmbed tray host):
// CodeGuru stays in the tray only when the person asked for it.
#include "MainWindowFixture.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QSystemTrayIcon>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class WindowTrayTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        if (QGuiApplication::platformName() != QLatin1StringView("xcb"))
            GTEST_SKIP() << "needs an X server (./scripts/dev.sh test runs one)";
        const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
        if (trayer.isEmpty())
            GTEST_SKIP() << "trayer is not installed (./scripts/dev.sh installs it)";
        m_tray.start(trayer, {QStringLiteral("--expand"), QStringLiteral("false")});
        ASSERT_TRUE(m_tray.waitForStarted());
        ASSERT_TRUE(QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000))
            << "trayer did not provide a system tray";
    }

    void TearDown() override
    {
        window.reset();
        QApplication::setQuitOnLastWindowClosed(true);
        if (m_tray.state() != QProcess::NotRunning) {
            m_tray.terminate();
            m_tray.waitForFinished(5000);
        }
    }

    QProcess m_tray;
};

TEST_F(WindowTrayTest, ClosingKeepsRunningInTheTrayWhenAsked)
{
    settings->setKeepRunningInTray(true);
    openWindow();
    type(QStringLiteral("half a question"));
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed()) << "a hidden window must not end the app";
    EXPECT_FALSE(window->close()) << "the close was turned into a hide";
    EXPECT_TRUE(window->isHidden());
    // Showing it again from the tray brings back the same window with the text intact.
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_EQ(window->composer()->toPlainText(), QStringLiteral("half a question"));
}

TEST_F(WindowTrayTest, ClosingQuitsByDefault)
{
    openWindow();
    EXPECT_TRUE(QApplication::quitOnLastWindowClosed());
    // With quitOnLastWindowClosed the application would quit; tests run no exec() loop.
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(window->isHidden());
}

} // namespace
