// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace CodeGuru {

/// A system-wide key combination that works while another program has the focus.
///
/// Core only knows this interface: the back ends (an X11 key grab, the Wayland portal,
/// RegisterHotKey, RegisterEventHotKey) need Qt Gui or platform headers and live in ui/.
/// Every failure is a State with a sentence for Settings and the tray, never a silent no-op.
class GlobalShortcut : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalShortcut)

public:
    enum class State {
        Off, ///< no shortcut is set (or it was turned off)
        Registered, ///< the shortcut is ours: activated() fires when it is pressed
        Taken, ///< another program holds the combination
        Unsupported, ///< this desktop offers no way to register one
        Invalid, ///< the text is not a key combination that can be registered
    };
    Q_ENUM(State)

    ~GlobalShortcut() override;

    /// Registers `portableText` (QKeySequence::PortableText, e.g. "Ctrl+Alt+Space") in place of
    /// the current shortcut, which is released first; an empty text turns the shortcut off.
    /// Returns the state reached. A back end that has to ask another process (the portal)
    /// returns the state it is in while it waits and reports the outcome with stateChanged().
    virtual State setShortcut(const QString &portableText) = 0;

    /// The portable text last passed to setShortcut().
    QString shortcut() const { return m_shortcut; }
    State state() const { return m_state; }
    /// A translated sentence about state() for Settings and the tray menu.
    QString stateText() const;

Q_SIGNALS:
    /// The person pressed the shortcut.
    void activated();
    /// state() or the shortcut that stateText() names changed.
    void stateChanged(CodeGuru::GlobalShortcut::State state);

protected:
    explicit GlobalShortcut(QObject *parent = nullptr);

    /// Remembers the text setShortcut() was given, for stateText().
    void setShortcutText(const QString &portableText) { m_shortcut = portableText; }
    /// Records `state` and emits stateChanged() when it, or the shortcut the sentence is
    /// about, differs from what was last reported.
    void setState(State state);

private:
    QString m_shortcut;
    QString m_reportedShortcut;
    State m_state = State::Off;
};

} // namespace CodeGuru
