// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QKeySequenceEdit;
class QLabel;

namespace CodeGuru {

class GlobalShortcut;
class Settings;

/// Settings page for Quick Ask: the global shortcut (a key-sequence field, a switch, and what
/// the desktop made of it: registered, taken by another program, unsupported), and on X11
/// whether the primary selection is read instead of the clipboard.
class QuickAskPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickAskPage)

public:
    /// `shortcut` may be null (tests, or a front end without one); it is not owned.
    QuickAskPage(Settings *settings, GlobalShortcut *shortcut, QWidget *parent = nullptr);

    void apply();

private:
    void showState();

    Settings *m_settings;
    QPointer<GlobalShortcut> m_shortcut;
    QCheckBox *m_enabled;
    QKeySequenceEdit *m_sequence;
    QLabel *m_state;
    QCheckBox *m_primarySelection;
};

} // namespace CodeGuru
