// SPDX-License-Identifier: GPL-3.0-or-later
// The Wayland back end over D-Bus. ./scripts/dev.sh test gives every run a private session
// bus with no portal on it; the fake portal plays xdg-desktop-portal there. No real portal
// (KDE, GNOME 48+) is exercised here.
#include "FakeGlobalShortcutsPortal.h"
#include "hotkey/PortalGlobalShortcut.h"

#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

using State = GlobalShortcut::State;

const QString unsupportedText =
    QStringLiteral("Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your "
                   "desktop's keyboard settings");

bool waitForState(const GlobalShortcut &shortcut, State state)
{
    return QTest::qWaitFor([&] { return shortcut.state() == state; }, 10000);
}

#define REQUIRE_SESSION_BUS()                                                                                \
    do {                                                                                                     \
        if (!QDBusConnection::sessionBus().isConnected())                                                    \
            GTEST_SKIP()                                                                                     \
                << "needs a D-Bus session bus (./scripts/dev.sh test runs the tests in a private one)";      \
    } while (false)

/// A fake portal that owns the portal's name for the test, or skips the test when the bus
/// already has a real portal on it (a developer's desktop session).
#define START_FAKE_PORTAL(name, ...)                                                                         \
    REQUIRE_SESSION_BUS();                                                                                   \
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(                                      \
            QStringLiteral("org.freedesktop.portal.Desktop")))                                               \
        GTEST_SKIP() << "a real portal is on this session bus; run under ./scripts/dev.sh test";             \
    FakeGlobalShortcutsPortal name __VA_ARGS__;                                                              \
    ASSERT_TRUE(name.isServing())

TEST(PortalGlobalShortcut, UnsupportedWithoutAPortal)
{
    if (QDBusConnection::sessionBus().isConnected()
        && QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.portal.Desktop")))
        GTEST_SKIP() << "a real portal is on this session bus; run under ./scripts/dev.sh test";
    // With no bus at all the answer comes at once, on a bus without the portal it comes back
    // from the bus; either way it ends as Unsupported with the fallback sentence.
    PortalGlobalShortcut shortcut;
    QSignalSpy stateChanged(&shortcut, &GlobalShortcut::stateChanged);
    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_TRUE(waitForState(shortcut, State::Unsupported));
    EXPECT_EQ(shortcut.stateText(), unsupportedText);
    EXPECT_EQ(stateChanged.last().at(0).value<State>(), State::Unsupported);
}

TEST(PortalGlobalShortcut, UnsupportedWhenThePortalLacksGlobalShortcuts)
{
    START_FAKE_PORTAL(portal, {false});
    PortalGlobalShortcut shortcut;
    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_TRUE(waitForState(shortcut, State::Unsupported));
    EXPECT_EQ(shortcut.stateText(), unsupportedText);
    EXPECT_TRUE(portal.sessions().isEmpty()) << "no session is asked of a portal without the interface";
}

TEST(PortalGlobalShortcut, RegistersThroughThePortalAndActivates)
{
    START_FAKE_PORTAL(portal);
    PortalGlobalShortcut shortcut;
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Off)
        << "the portal answers later";
    ASSERT_TRUE(waitForState(shortcut, State::Registered));
    EXPECT_EQ(shortcut.stateText(), QStringLiteral("Registered"));
    EXPECT_EQ(portal.boundTriggers(), QStringList {QStringLiteral("CTRL+ALT+space")});
    EXPECT_EQ(portal.boundDescriptions(), QStringList {QStringLiteral("Ask CodeGuru about the clipboard")});
    ASSERT_EQ(portal.sessions().size(), 1);

    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    portal.activate(portal.sessions().constFirst(), PortalGlobalShortcut::shortcutId());
    EXPECT_TRUE(activated.wait(10000));
}

TEST(PortalGlobalShortcut, IgnoresOtherSessionsAndShortcuts)
{
    START_FAKE_PORTAL(portal);
    PortalGlobalShortcut shortcut;
    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_TRUE(waitForState(shortcut, State::Registered));
    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    const QString session = portal.sessions().constFirst();
    portal.activate(session + QStringLiteral("x"), PortalGlobalShortcut::shortcutId());
    portal.activate(session, QStringLiteral("someone-else"));
    // Signals arrive in the order they were sent, so once this one is in the others were seen.
    portal.activate(session, PortalGlobalShortcut::shortcutId());
    ASSERT_TRUE(activated.wait(10000));
    EXPECT_EQ(activated.count(), 1);
}

TEST(PortalGlobalShortcut, TakenWhenThePortalBindsNothing)
{
    START_FAKE_PORTAL(portal);
    portal.setAnswer(FakeGlobalShortcutsPortal::Answer::BindNothing);
    PortalGlobalShortcut shortcut;
    QSignalSpy closed(&portal, &FakeGlobalShortcutsPortal::sessionClosed);
    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_TRUE(waitForState(shortcut, State::Taken));
    EXPECT_EQ(shortcut.stateText(), QStringLiteral("Ctrl+Alt+Space is taken by another program"));
    EXPECT_TRUE(closed.wait(10000)) << "the useless session is closed";
}

TEST(PortalGlobalShortcut, TakenWhenThePersonDeclines)
{
    START_FAKE_PORTAL(portal);
    portal.setAnswer(FakeGlobalShortcutsPortal::Answer::Cancel);
    PortalGlobalShortcut shortcut;
    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_TRUE(waitForState(shortcut, State::Taken));
}

TEST(PortalGlobalShortcut, ChangingTheShortcutStartsANewSession)
{
    START_FAKE_PORTAL(portal);
    PortalGlobalShortcut shortcut;
    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_TRUE(waitForState(shortcut, State::Registered));
    const QString first = portal.sessions().constFirst();

    QSignalSpy closed(&portal, &FakeGlobalShortcutsPortal::sessionClosed);
    shortcut.setShortcut(QStringLiteral("Meta+F9"));
    ASSERT_TRUE(waitForState(shortcut, State::Registered));
    EXPECT_TRUE(closed.count() > 0 || closed.wait(10000));
    EXPECT_EQ(portal.closedSessions(), QStringList {first});
    EXPECT_EQ(portal.boundTriggers(),
              (QStringList {QStringLiteral("CTRL+ALT+space"), QStringLiteral("LOGO+F9")}));
    ASSERT_EQ(portal.sessions().size(), 2);

    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    portal.activate(first, PortalGlobalShortcut::shortcutId());
    portal.activate(portal.sessions().constLast(), PortalGlobalShortcut::shortcutId());
    ASSERT_TRUE(activated.wait(10000));
    EXPECT_EQ(activated.count(), 1) << "the closed session's shortcut is gone";
}

TEST(PortalGlobalShortcut, TurningOffOrDestroyingClosesTheSession)
{
    START_FAKE_PORTAL(portal);
    QSignalSpy closed(&portal, &FakeGlobalShortcutsPortal::sessionClosed);
    {
        PortalGlobalShortcut shortcut;
        shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
        ASSERT_TRUE(waitForState(shortcut, State::Registered));
        EXPECT_EQ(shortcut.setShortcut(QString()), State::Off);
        ASSERT_TRUE(closed.wait(10000));

        shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
        ASSERT_TRUE(waitForState(shortcut, State::Registered));
    }
    ASSERT_TRUE(closed.wait(10000));
    EXPECT_EQ(portal.closedSessions(), portal.sessions());
}

TEST(PortalGlobalShortcut, InvalidTextIsInvalidWithoutAskingThePortal)
{
    START_FAKE_PORTAL(portal);
    PortalGlobalShortcut shortcut;
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Nonsense")), State::Invalid);
    EXPECT_EQ(shortcut.setShortcut(QString()), State::Off);
    EXPECT_TRUE(portal.sessions().isEmpty());
}

} // namespace
