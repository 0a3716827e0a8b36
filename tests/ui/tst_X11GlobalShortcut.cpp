// SPDX-License-Identifier: GPL-3.0-or-later
// The X11 global shortcut against a real X server (Xvfb under ./scripts/dev.sh test): keys
// come from xdotool through XTEST, and a second X client (codeguru-x11-grab-helper) holds or
// probes grabs, so "taken" and "released" are what the server says, not what we assume.
#include "hotkey/GlobalShortcutFactory.h"
#include "hotkey/X11GlobalShortcut.h"

#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <xcb/xcb.h>

using namespace CodeGuru;

namespace {

using State = GlobalShortcut::State;

// Xvfb's default keymap, which the helper's masks assume: Alt is Mod1.
constexpr quint32 keysymSpace = 0x20;
constexpr quint32 keysymK = 0x6b;
constexpr quint16 ctrlAlt = XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1;

bool onXcb()
{
    return QGuiApplication::platformName() == QLatin1StringView("xcb");
}

#define REQUIRE_X_SERVER()                                                                                   \
    do {                                                                                                     \
        if (!onXcb())                                                                                        \
            GTEST_SKIP() << "needs a real X server: QT_QPA_PLATFORM=xcb under Xvfb, as ./scripts/dev.sh "    \
                            "test runs it";                                                                  \
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())                    \
            << "xdotool is needed (./scripts/dev.sh installs it)";                                           \
    } while (false)

/// Presses keys in the X server as a person would, e.g. "ctrl+alt+space".
void pressKeys(const QString &keys)
{
    QProcess xdotool;
    xdotool.start(QStringLiteral("xdotool"), {QStringLiteral("key"), keys});
    ASSERT_TRUE(xdotool.waitForFinished(10000)) << "xdotool key " << keys.toStdString();
    ASSERT_EQ(xdotool.exitCode(), 0) << xdotool.readAllStandardError().toStdString();
}

/// The modifier and lock state the server reports for the keyboard right now.
quint16 serverModifierState()
{
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    xcb_connection_t *connection = x11->connection();
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
    std::unique_ptr<xcb_query_pointer_reply_t, decltype(&std::free)> reply(
        xcb_query_pointer_reply(connection, xcb_query_pointer(connection, root), nullptr), &std::free);
    return reply ? quint16(reply->mask & 0xff) : 0;
}

/// Turns a lock key on for the scope of a test and off again however the test ends, so that
/// later tests on the same X server start with the locks off.
class LockKeyOn
{
public:
    explicit LockKeyOn(QString keysym)
        : m_keysym(std::move(keysym))
    {
        const quint16 before = serverModifierState();
        pressKeys(m_keysym);
        m_bit = serverModifierState() & ~before;
    }
    ~LockKeyOn()
    {
        if (m_bit && (serverModifierState() & m_bit))
            pressKeys(m_keysym);
    }
    LockKeyOn(const LockKeyOn &) = delete;
    LockKeyOn &operator=(const LockKeyOn &) = delete;

    /// The modifier bit the lock turned on; 0 if the keymap has none for it.
    quint16 bit() const { return m_bit; }

private:
    QString m_keysym;
    quint16 m_bit = 0;
};

/// Another X client trying to grab a key. It reports whether the server let it, and holds
/// the grab until it is destroyed.
class OtherClientGrab
{
public:
    OtherClientGrab(quint32 keysym, quint16 modifiers)
    {
        m_process.start(
            QStringLiteral(CODEGURU_X11_GRAB_HELPER_PATH),
            {QStringLiteral("0x%1").arg(keysym, 0, 16), QStringLiteral("0x%1").arg(modifiers, 0, 16)});
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) { }
        m_outcome = QString::fromLatin1(m_process.readLine()).trimmed();
    }
    ~OtherClientGrab()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    OtherClientGrab(const OtherClientGrab &) = delete;
    OtherClientGrab &operator=(const OtherClientGrab &) = delete;

    /// "grabbed", "taken" (someone else holds the combination) or "error N".
    QString outcome() const { return m_outcome; }

private:
    QProcess m_process;
    QString m_outcome;
};

std::string otherClientCanGrab(quint32 keysym, quint16 modifiers)
{
    return OtherClientGrab(keysym, modifiers).outcome().toStdString();
}

/// Presses `keys` and proves it did NOT activate `shortcut`, without sleeping: a sentinel
/// shortcut pressed right after is handled after it, since the server delivers in order.
void expectNoActivation(GlobalShortcut &shortcut, const QString &keys)
{
    X11GlobalShortcut sentinel;
    // Not Ctrl+Alt+F12: XKB turns Ctrl+Alt+F-keys into a VT switch the server swallows.
    ASSERT_EQ(sentinel.setShortcut(QStringLiteral("Ctrl+Alt+Z")), State::Registered);
    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    QSignalSpy sentinelActivated(&sentinel, &GlobalShortcut::activated);
    pressKeys(keys);
    pressKeys(QStringLiteral("ctrl+alt+z"));
    ASSERT_TRUE(sentinelActivated.wait(10000));
    EXPECT_EQ(activated.count(), 0) << keys.toStdString() << " still activates the shortcut";
}

TEST(X11GlobalShortcut, ActivatesWhenTheKeysArePressed)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    QSignalSpy stateChanged(&shortcut, &GlobalShortcut::stateChanged);
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    EXPECT_EQ(shortcut.state(), State::Registered);
    EXPECT_EQ(shortcut.stateText(), QStringLiteral("Registered"));
    ASSERT_EQ(stateChanged.count(), 1);
    EXPECT_EQ(stateChanged.at(0).at(0).value<State>(), State::Registered);

    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    pressKeys(QStringLiteral("ctrl+alt+space"));
    ASSERT_TRUE(activated.wait(10000));
    pressKeys(QStringLiteral("ctrl+alt+space"));
    ASSERT_TRUE(activated.wait(10000)) << "a second press activates again";
    EXPECT_EQ(activated.count(), 2);
}

TEST(X11GlobalShortcut, ActivatesWithNumLockOn)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    const LockKeyOn numLock(QStringLiteral("Num_Lock"));
    ASSERT_NE(numLock.bit(), 0) << "NumLock did not turn on, so this would test nothing";
    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    pressKeys(QStringLiteral("ctrl+alt+space"));
    EXPECT_TRUE(activated.wait(10000));
}

TEST(X11GlobalShortcut, ActivatesWithCapsLockOn)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    const LockKeyOn capsLock(QStringLiteral("Caps_Lock"));
    ASSERT_EQ(capsLock.bit(), XCB_MOD_MASK_LOCK) << "CapsLock did not turn on, so this would test nothing";
    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    pressKeys(QStringLiteral("ctrl+alt+space"));
    EXPECT_TRUE(activated.wait(10000));
}

TEST(X11GlobalShortcut, ActivatesWithNumLockAndCapsLockOn)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    const LockKeyOn numLock(QStringLiteral("Num_Lock"));
    const LockKeyOn capsLock(QStringLiteral("Caps_Lock"));
    ASSERT_NE(numLock.bit(), 0);
    ASSERT_NE(capsLock.bit(), 0);
    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    pressKeys(QStringLiteral("ctrl+alt+space"));
    EXPECT_TRUE(activated.wait(10000));
}

TEST(X11GlobalShortcut, OtherModifiersDoNotActivate)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    expectNoActivation(shortcut, QStringLiteral("ctrl+alt+shift+space"));
}

TEST(X11GlobalShortcut, TakenWhenAnotherClientHoldsTheCombination)
{
    REQUIRE_X_SERVER();
    {
        const OtherClientGrab other(keysymSpace, ctrlAlt);
        ASSERT_EQ(other.outcome(), QStringLiteral("grabbed"));

        X11GlobalShortcut shortcut;
        QSignalSpy stateChanged(&shortcut, &GlobalShortcut::stateChanged);
        EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Taken);
        EXPECT_EQ(shortcut.state(), State::Taken);
        EXPECT_EQ(shortcut.stateText(), QStringLiteral("Ctrl+Alt+Space is taken by another program"));
        ASSERT_EQ(stateChanged.count(), 1);
        EXPECT_EQ(stateChanged.at(0).at(0).value<State>(), State::Taken);

        // The lock variants the server did grant were given back: half a shortcut is none.
        EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt | XCB_MOD_MASK_LOCK), "grabbed");
    }
    // Once the other program lets go, the same combination registers.
    X11GlobalShortcut shortcut;
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
}

TEST(X11GlobalShortcut, HoldsTheCombinationAgainstOtherClients)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt), "taken");
    EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt | XCB_MOD_MASK_LOCK), "taken");
}

TEST(X11GlobalShortcut, ChangingTheShortcutReleasesTheOldOne)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    QSignalSpy stateChanged(&shortcut, &GlobalShortcut::stateChanged);
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+K")), State::Registered);
    EXPECT_EQ(stateChanged.count(), 1) << "the sentence is about another shortcut now";

    expectNoActivation(shortcut, QStringLiteral("ctrl+alt+space"));
    QSignalSpy activated(&shortcut, &GlobalShortcut::activated);
    pressKeys(QStringLiteral("ctrl+alt+k"));
    EXPECT_TRUE(activated.wait(10000));

    EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt), "grabbed");
    EXPECT_EQ(otherClientCanGrab(keysymK, ctrlAlt), "taken");
}

TEST(X11GlobalShortcut, TurningItOffReleasesTheGrab)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
    EXPECT_EQ(shortcut.setShortcut(QString()), State::Off);
    EXPECT_EQ(shortcut.stateText(), QStringLiteral("Off"));
    EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt), "grabbed");
    expectNoActivation(shortcut, QStringLiteral("ctrl+alt+space"));
}

TEST(X11GlobalShortcut, DestroyingItReleasesTheGrab)
{
    REQUIRE_X_SERVER();
    {
        X11GlobalShortcut shortcut;
        ASSERT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Registered);
        ASSERT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt), "taken");
    }
    EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt), "grabbed");
    EXPECT_EQ(otherClientCanGrab(keysymSpace, ctrlAlt | XCB_MOD_MASK_LOCK), "grabbed");
}

TEST(X11GlobalShortcut, InvalidTextIsInvalid)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    for (const QString &text : {QStringLiteral("Ctrl+Alt+Nonsense"), QStringLiteral("Ctrl+K, Ctrl+C"),
                                QStringLiteral("Space"), QStringLiteral("Shift+A")}) {
        EXPECT_EQ(shortcut.setShortcut(text), State::Invalid) << text.toStdString();
        EXPECT_TRUE(shortcut.stateText().contains(text)) << shortcut.stateText().toStdString();
    }
    EXPECT_EQ(shortcut.stateText(),
              QStringLiteral("“Shift+A” is not a key combination that can be used as a global shortcut"));
}

TEST(X11GlobalShortcut, EmptyTextIsOff)
{
    REQUIRE_X_SERVER();
    X11GlobalShortcut shortcut;
    QSignalSpy stateChanged(&shortcut, &GlobalShortcut::stateChanged);
    EXPECT_EQ(shortcut.setShortcut(QString()), State::Off);
    EXPECT_EQ(shortcut.state(), State::Off);
    EXPECT_EQ(stateChanged.count(), 0) << "it was off already";
}

TEST(X11GlobalShortcut, FactoryPicksX11OnAnX11Session)
{
    REQUIRE_X_SERVER();
    if (qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1StringView("wayland"))
        GTEST_SKIP() << "an xcb client on a Wayland session gets the portal";
    const std::unique_ptr<GlobalShortcut> shortcut = createGlobalShortcut();
    EXPECT_NE(qobject_cast<X11GlobalShortcut *>(shortcut.get()), nullptr);
}

// Runs itself a second time on the offscreen platform: one process cannot switch platforms.
TEST(X11GlobalShortcut, UnsupportedOffTheXcbPlatform)
{
    if (onXcb()) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--gtest_filter=X11GlobalShortcut.UnsupportedOffTheXcbPlatform")});
        ASSERT_TRUE(child.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains(QLatin1StringView("[  PASSED  ] 1 test"))) << output.toStdString();
        return;
    }
    X11GlobalShortcut shortcut;
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Unsupported);
    EXPECT_EQ(
        shortcut.stateText(),
        QStringLiteral("Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` "
                       "in your desktop's keyboard settings"));
    EXPECT_EQ(shortcut.setShortcut(QString()), State::Off);
    const std::unique_ptr<GlobalShortcut> fromFactory = createGlobalShortcut();
    EXPECT_EQ(fromFactory->setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Unsupported);
}

} // namespace
