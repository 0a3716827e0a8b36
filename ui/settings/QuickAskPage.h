// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QKeySequenceEdit;
class QLabel;

namespace CodeGuru {

class AutostartEntry;
class GlobalShortcut;
class InlineStatus;
class Settings;

/// Settings page for Quick Ask: the global shortcut (a key-sequence field, a switch, and what
/// the desktop made of it: registered, taken by another program, unsupported), and on X11
/// whether the primary selection is read instead of the clipboard. Also whether CodeGuru starts
/// in the background at login, read from and written to its autostart entry, never Settings.
class QuickAskPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickAskPage)

public:
    /// `shortcut` and `autostart` may be null (tests, or a front end without them); neither is
    /// owned. Without `autostart` the page does not offer to start at login.
    QuickAskPage(Settings *settings, GlobalShortcut *shortcut, const AutostartEntry *autostart = nullptr,
                 QWidget *parent = nullptr);

    /// False when the autostart entry could not be written or removed; the page says why.
    bool apply();

private:
    void showState();

    Settings *m_settings;
    QPointer<GlobalShortcut> m_shortcut;
    QCheckBox *m_enabled;
    QKeySequenceEdit *m_sequence;
    QLabel *m_state;
    QCheckBox *m_primarySelection;
    const AutostartEntry *m_autostart;
    QCheckBox *m_startAtLogin;
    InlineStatus *m_startAtLoginStatus;
};

} // namespace CodeGuru
