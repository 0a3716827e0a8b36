// SPDX-License-Identifier: GPL-3.0-or-later
// Starting CodeGuru at login: the Quick Ask page's switch follows the autostart file and
// writes or removes it on Apply, and `codeguru --background` runs with no window but answers
// a second launch by showing it.
#include "AppProcessTest.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "MainWindowFixture.h"
#include "config/Settings.h"
#include "desktop/AutostartEntry.h"
#include "instance/SingleInstance.h"
#include "net/NetworkGateway.h"
#include "provider/ChatClient.h"
#include "secrets/InMemorySecretStore.h"
#include "settings/InlineStatus.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <filesystem>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

constexpr int kWaitMs = 15'000;

class StartAtLoginPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!AutostartEntry::isSupported())
            GTEST_SKIP() << "no XDG autostart on this platform";
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("codeguru.conf")));
    }

    std::unique_ptr<SettingsDialog> openDialog(const AutostartEntry *entry)
    {
        auto dialog =
            std::make_unique<SettingsDialog>(m_settings.get(), &m_secrets, &m_client, nullptr, entry);
        dialog->show();
        dialog->showPage(SettingsDialog::Page::QuickAsk);
        return dialog;
    }

    static QCheckBox *startAtLogin(SettingsDialog *dialog)
    {
        return dialog->findChild<QCheckBox *>(QStringLiteral("startAtLoginCheck"));
    }

    static QPushButton *button(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }

    /// Clicks Apply and waits until the dialog has written everything.
    static bool apply(SettingsDialog *dialog)
    {
        QSignalSpy changed(dialog, &SettingsDialog::settingsChanged);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        return changed.count() > 0 || changed.wait(kWaitMs);
    }

    QString configFolder() const { return m_dir.filePath(QStringLiteral("config")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    InMemorySecretStore m_secrets;
    NetworkGateway m_gateway;
    ChatClient m_client {&m_gateway};
};

TEST_F(StartAtLoginPageTest, TheSwitchShowsWhetherTheEntryExists)
{
    const AutostartEntry entry(configFolder(), QStringLiteral("/usr/bin/codeguru"));
    {
        const auto dialog = openDialog(&entry);
        ASSERT_NE(startAtLogin(dialog.get()), nullptr);
        EXPECT_TRUE(startAtLogin(dialog.get())->isVisible());
        EXPECT_FALSE(startAtLogin(dialog.get())->isChecked());
    }
    ASSERT_TRUE(entry.setEnabled(true));
    {
        const auto dialog = openDialog(&entry);
        EXPECT_TRUE(startAtLogin(dialog.get())->isChecked()) << "the file on disk is the truth";
    }
    // Removed in the desktop's own start-up settings: the next dialog shows it off.
    ASSERT_TRUE(QFile::remove(entry.filePath()));
    const auto dialog = openDialog(&entry);
    EXPECT_FALSE(startAtLogin(dialog.get())->isChecked());
}

TEST_F(StartAtLoginPageTest, ApplyWritesAndRemovesTheEntry)
{
    const AutostartEntry entry(configFolder(), QStringLiteral("/usr/bin/codeguru"));
    const auto dialog = openDialog(&entry);
    QCheckBox *check = startAtLogin(dialog.get());
    ASSERT_NE(check, nullptr);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    ASSERT_TRUE(check->isChecked());
    EXPECT_FALSE(QFile::exists(entry.filePath())) << "nothing is written before Apply";
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_TRUE(QFile::exists(entry.filePath()));
    EXPECT_TRUE(entry.isEnabled());

    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    ASSERT_FALSE(check->isChecked());
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_FALSE(QFile::exists(entry.filePath()));
    EXPECT_EQ(dialog->findChild<InlineStatus *>(QStringLiteral("settingsStatus"))->kind(),
              InlineStatus::Kind::Success);
}

TEST_F(StartAtLoginPageTest, AnUnusableFolderIsShownAndKeepsTheDialogOpen)
{
    QDir().mkpath(configFolder());
    QFile blocker(QDir(configFolder()).filePath(QStringLiteral("autostart")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly)); // root ignores permissions, not a file
    blocker.close();
    const AutostartEntry entry(configFolder(), QStringLiteral("/usr/bin/codeguru"));
    const auto dialog = openDialog(&entry);
    dialog->showPage(SettingsDialog::Page::Providers);
    startAtLogin(dialog.get())->setChecked(true);

    QSignalSpy changed(dialog.get(), &SettingsDialog::settingsChanged);
    QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(changed.count() > 0 || changed.wait(kWaitMs));
    EXPECT_TRUE(dialog->isVisible()) << "OK does not close over an error";
    EXPECT_EQ(dialog->currentPage(), SettingsDialog::Page::QuickAsk) << "the page with the problem";
    const auto *pageStatus = dialog->findChild<InlineStatus *>(QStringLiteral("startAtLoginStatus"));
    ASSERT_NE(pageStatus, nullptr);
    EXPECT_EQ(pageStatus->kind(), InlineStatus::Kind::Error);
    EXPECT_TRUE(pageStatus->isVisible());
    EXPECT_TRUE(pageStatus->text().contains(QDir::toNativeSeparators(blocker.fileName())))
        << qPrintable(pageStatus->text());
    EXPECT_EQ(dialog->findChild<InlineStatus *>(QStringLiteral("settingsStatus"))->kind(),
              InlineStatus::Kind::Error);
    EXPECT_FALSE(entry.isEnabled());
}

TEST_F(StartAtLoginPageTest, NotOfferedWithoutAnEntry)
{
    const auto dialog = openDialog(nullptr);
    ASSERT_NE(startAtLogin(dialog.get()), nullptr);
    EXPECT_FALSE(startAtLogin(dialog.get())->isVisible());
}

class BackgroundWindowTest : public MainWindowFixture
{
protected:
    void TearDown() override
    {
        window.reset();
        QApplication::setQuitOnLastWindowClosed(true);
    }
};

TEST_F(BackgroundWindowTest, ClosingWindowsNeverQuits)
{
    openWindow(false);
    ASSERT_TRUE(QApplication::quitOnLastWindowClosed());
    window->runInBackground();
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed()) << "Quick Ask closing must not end it";
    // Into the tray if this process sees one, else simply closed: hidden either way, still running.
    window->close();
    EXPECT_TRUE(window->isHidden());
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed());
}

/// The real program, started as the autostart entry starts it.
class BackgroundLaunchTest : public AppProcessTest
{
protected:
    BackgroundLaunchTest() { stopAtEnd.append(&tray); }

    /// Waits until the CodeGuru in `home` listens for later launches and its event loop answers:
    /// it is sent the same `--background`, which a running CodeGuru takes as nothing to do.
    bool waitUntilAnswering()
    {
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QString socketPath;
        const bool listening = QTest::qWaitFor(
            [&] {
                for (const QFileInfo &file : QDir(runtime).entryInfoList(QDir::System | QDir::Files)) {
                    if (std::filesystem::is_socket(QFile::encodeName(file.filePath()).toStdString())) {
                        socketPath = file.filePath();
                        return true;
                    }
                }
                return first.state() == QProcess::NotRunning;
            },
            kWaitMs);
        if (!listening || socketPath.isEmpty())
            return false;
        QLocalSocket socket;
        socket.connectToServer(socketPath);
        if (!socket.waitForConnected(kWaitMs))
            return false;
        socket.write(SingleInstance::encodeMessage(
            {QStringLiteral(CODEGURU_APP_PATH), QStringLiteral("--background")}));
        if (!socket.waitForBytesWritten(kWaitMs))
            return false;
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kWaitMs))
                return false;
        }
        return SingleInstance::isAcknowledgement(socket.readLine());
    }

    /// `process`'s visible windows titled CodeGuru or Quick Ask, split into tray icons
    /// (embedded in the tray, icon-sized) and real windows.
    static QList<QByteArray> visibleWindowsOf(const QProcess &process, bool trayIcons)
    {
        QList<QByteArray> found;
        for (const QByteArray &window : AppProcess::visibleWindows(process)) {
            const QString name =
                QString::fromUtf8(xdotool({QStringLiteral("getwindowname"), QString::fromLatin1(window)}));
            if (!name.contains(QLatin1StringView("CodeGuru"))
                && !name.contains(QLatin1StringView("Quick Ask")))
                continue;
            // "Window 123\n  Position: 1,2 (screen: 0)\n  Geometry: 22x24"
            const QByteArray geometry =
                xdotool({QStringLiteral("getwindowgeometry"), QString::fromLatin1(window)});
            const QList<QByteArray> size = geometry.mid(geometry.lastIndexOf(' ') + 1).split('x');
            const bool iconSized = size.size() == 2 && size.at(0).toInt() <= 64 && size.at(1).toInt() <= 64;
            if (iconSized == trayIcons)
                found.append(window);
        }
        return found;
    }

    /// A second `codeguru` shows the window of the one in the background and leaves.
    void expectSecondLaunchShowsTheWindow(const AppProcess &codeguru)
    {
        QProcess second;
        codeguru.start(second);
        ASSERT_TRUE(second.waitForFinished(kWaitMs));
        EXPECT_EQ(second.exitCode(), 0) << "it handed over and left";
        EXPECT_FALSE(AppProcess::waitForWindow(first, QStringLiteral("CodeGuru")).isEmpty())
            << "the CodeGuru in the background shows its window";
        EXPECT_EQ(first.state(), QProcess::Running);
    }

    QProcess tray;
};

TEST_F(BackgroundLaunchTest, RunsWithoutAWindowAndAnswersASecondLaunch)
{
    const AppProcess codeguru(home, server.baseUrl());
    codeguru.start(first, {QStringLiteral("--background")});
    ASSERT_TRUE(first.waitForStarted());
    ASSERT_TRUE(waitUntilAnswering()) << "it runs and listens for later launches";
    EXPECT_TRUE(visibleWindowsOf(first, false).isEmpty()) << "no window";
    EXPECT_EQ(first.state(), QProcess::Running);

    expectSecondLaunchShowsTheWindow(codeguru);
}

TEST_F(BackgroundLaunchTest, SitsInTheTrayWhenThereIsOne)
{
    const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
    if (trayer.isEmpty())
        GTEST_SKIP() << "trayer is not installed (./scripts/dev.sh installs it)";
    tray.start(trayer, {QStringLiteral("--expand"), QStringLiteral("false")});
    ASSERT_TRUE(tray.waitForStarted());
    // Qt here may remember the tray of an earlier test; trayer's own panel shows this one is up.
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return QSystemTrayIcon::isSystemTrayAvailable()
                && !xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                             QStringLiteral("--pid"), QString::number(tray.processId()),
                             QStringLiteral("--class"), QStringLiteral("trayer")})
                        .isEmpty();
        },
        kWaitMs))
        << "trayer did not provide a system tray";

    const AppProcess codeguru(home, server.baseUrl());
    codeguru.start(first, {QStringLiteral("--background")});
    ASSERT_TRUE(first.waitForStarted());
    ASSERT_TRUE(waitUntilAnswering());
    EXPECT_TRUE(QTest::qWaitFor([this] { return !visibleWindowsOf(first, true).isEmpty(); }, kWaitMs))
        << "the tray icon";
    EXPECT_TRUE(visibleWindowsOf(first, false).isEmpty()) << "neither the main window nor Quick Ask";

    expectSecondLaunchShowsTheWindow(codeguru);
}

} // namespace
