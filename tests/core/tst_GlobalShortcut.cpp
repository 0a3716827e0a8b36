// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI-free side of global shortcuts: the sentences Settings and the tray show, when
// stateChanged() fires, and the back end for desktops without any.
#include "hotkey/UnsupportedGlobalShortcut.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

using State = GlobalShortcut::State;

TEST(GlobalShortcut, UnsupportedBackEndPointsToTheCommandLineFallback)
{
    UnsupportedGlobalShortcut shortcut;
    EXPECT_EQ(shortcut.state(), State::Off);
    EXPECT_EQ(shortcut.stateText(), QStringLiteral("Off"));
    EXPECT_EQ(shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space")), State::Unsupported);
    EXPECT_EQ(shortcut.shortcut(), QStringLiteral("Ctrl+Alt+Space"));
    EXPECT_EQ(
        shortcut.stateText(),
        QStringLiteral("Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` "
                       "in your desktop's keyboard settings"));
    EXPECT_EQ(shortcut.setShortcut(QString()), State::Off);
}

TEST(GlobalShortcut, ReportsWhenTheStateOrItsShortcutChanges)
{
    UnsupportedGlobalShortcut shortcut;
    QSignalSpy stateChanged(&shortcut, &GlobalShortcut::stateChanged);
    shortcut.setShortcut(QString());
    EXPECT_EQ(stateChanged.count(), 0) << "it was off already";

    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    ASSERT_EQ(stateChanged.count(), 1);
    EXPECT_EQ(stateChanged.at(0).at(0).value<State>(), State::Unsupported);

    shortcut.setShortcut(QStringLiteral("Ctrl+Alt+Space"));
    EXPECT_EQ(stateChanged.count(), 1) << "nothing a listener shows has changed";

    // Same state, but the sentence names another shortcut, so Settings must redraw it.
    shortcut.setShortcut(QStringLiteral("Meta+F1"));
    EXPECT_EQ(stateChanged.count(), 2);

    shortcut.setShortcut(QString());
    ASSERT_EQ(stateChanged.count(), 3);
    EXPECT_EQ(stateChanged.at(2).at(0).value<State>(), State::Off);
}

} // namespace
