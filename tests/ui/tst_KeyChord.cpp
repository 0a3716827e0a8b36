// SPDX-License-Identifier: GPL-3.0-or-later
// Portable shortcut text to the native names the back ends register, and which back end a
// desktop gets; pure functions, no display needed.
#include "hotkey/GlobalShortcutFactory.h"
#include "hotkey/KeyChord.h"

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

struct ChordCase
{
    const char *text;
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
    quint32 keysym;
    const char *keysymName;
    const char *portalTrigger;
};

class KeyChordConversion : public ::testing::TestWithParam<ChordCase>
{
};

TEST_P(KeyChordConversion, GivesTheNativeNames)
{
    const ChordCase &expected = GetParam();
    const std::optional<KeyChord> chord = KeyChord::fromPortableText(QString::fromUtf8(expected.text));
    ASSERT_TRUE(chord.has_value()) << expected.text;
    EXPECT_EQ(chord->key(), expected.key);
    EXPECT_EQ(chord->modifiers(), expected.modifiers);
    EXPECT_EQ(chord->xKeysym(), expected.keysym);
    EXPECT_EQ(chord->xKeysymName(), QString::fromLatin1(expected.keysymName));
    EXPECT_EQ(chord->portalTrigger(), QString::fromLatin1(expected.portalTrigger));
}

INSTANTIATE_TEST_SUITE_P(
    KeyChord, KeyChordConversion,
    ::testing::Values(
        ChordCase {"Ctrl+Alt+Space", Qt::Key_Space, Qt::ControlModifier | Qt::AltModifier, 0x20, "space",
                   "CTRL+ALT+space"},
        ChordCase {"Meta+Shift+A", Qt::Key_A, Qt::MetaModifier | Qt::ShiftModifier, 0x61, "a",
                   "SHIFT+LOGO+a"},
        ChordCase {"Ctrl+Alt+K", Qt::Key_K, Qt::ControlModifier | Qt::AltModifier, 0x6b, "k", "CTRL+ALT+k"},
        ChordCase {"Alt+7", Qt::Key_7, Qt::AltModifier, 0x37, "7", "ALT+7"},
        ChordCase {"F12", Qt::Key_F12, Qt::NoModifier, 0xffc9, "F12", "F12"},
        ChordCase {"Ctrl+F35", Qt::Key_F35, Qt::ControlModifier, 0xffe0, "F35", "CTRL+F35"},
        ChordCase {"Ctrl+Alt+[", Qt::Key_BracketLeft, Qt::ControlModifier | Qt::AltModifier, 0x5b,
                   "bracketleft", "CTRL+ALT+bracketleft"},
        ChordCase {"Ctrl+`", Qt::Key_QuoteLeft, Qt::ControlModifier, 0x60, "grave", "CTRL+grave"},
        ChordCase {"Ctrl+Shift+Return", Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier, 0xff0d,
                   "Return", "CTRL+SHIFT+Return"},
        ChordCase {"Meta+PgUp", Qt::Key_PageUp, Qt::MetaModifier, 0xff55, "Page_Up", "LOGO+Page_Up"},
        ChordCase {"Pause", Qt::Key_Pause, Qt::NoModifier, 0xff13, "Pause", "Pause"},
        ChordCase {"Print", Qt::Key_Print, Qt::NoModifier, 0xff61, "Print", "Print"}));

class KeyChordRejection : public ::testing::TestWithParam<const char *>
{
};

TEST_P(KeyChordRejection, IsNotAGlobalShortcut)
{
    EXPECT_FALSE(KeyChord::fromPortableText(QString::fromUtf8(GetParam())).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(KeyChord, KeyChordRejection,
                         ::testing::Values("", "Ctrl+Alt+Nonsense", "Ctrl+K, Ctrl+C",
                                           // would take ordinary typing or navigation from every program
                                           "A", "Space", "Shift+A", "Escape", "Left", "Shift+Tab",
                                           // the keypad's keys cannot be told from the main ones everywhere
                                           "Ctrl+Num+1",
                                           // modifiers alone, and a key the table does not know
                                           "Ctrl+Alt", "Ctrl+Alt+Ä", "Ctrl+VolumeUp"));

TEST(GlobalShortcutBackend, FollowsThePlatformAndTheSession)
{
    const auto backend = [](const char *platform, const char *session) {
        return globalShortcutBackendFor(QString::fromLatin1(platform), QString::fromLatin1(session));
    };
    EXPECT_EQ(backend("xcb", "x11"), GlobalShortcutBackend::X11);
    EXPECT_EQ(backend("xcb", ""), GlobalShortcutBackend::X11);
    EXPECT_EQ(backend("xcb", "wayland"), GlobalShortcutBackend::Portal) << "XWayland grabs need our focus";
    EXPECT_EQ(backend("wayland", "wayland"), GlobalShortcutBackend::Portal);
    EXPECT_EQ(backend("wayland-egl", ""), GlobalShortcutBackend::Portal);
    EXPECT_EQ(backend("offscreen", "wayland"), GlobalShortcutBackend::None);
    EXPECT_EQ(backend("minimal", "x11"), GlobalShortcutBackend::None);
}

} // namespace
