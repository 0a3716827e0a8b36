// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

#include <optional>

namespace CodeGuru {

/// One key plus modifiers that can serve as a global shortcut, parsed from the portable text
/// Settings stores ("Ctrl+Alt+Space"), with the names the native back ends need: the X keysym
/// (X11) and the XDG shortcut trigger (the Wayland portal). Windows and macOS map key() and
/// modifiers() themselves.
class KeyChord
{
public:
    /// The chord `portableText` names (QKeySequence::PortableText), or nullopt when it is not
    /// one usable global shortcut: empty, several chords, an unknown or keypad key, or a key
    /// that would take ordinary typing away from every program (a letter, Space, an arrow…)
    /// without Ctrl, Alt or Meta.
    static std::optional<KeyChord> fromPortableText(const QString &portableText);

    Qt::Key key() const { return m_key; }
    /// Some of Shift, Control, Alt and Meta; never the keypad flag.
    Qt::KeyboardModifiers modifiers() const { return m_modifiers; }
    /// The X keysym of key(), the unshifted one for letters ("a", not "A").
    quint32 xKeysym() const { return m_keysym; }
    /// The keysym's name as XKB spells it ("space", "a", "F12", "bracketleft").
    QString xKeysymName() const { return m_keysymName; }
    /// The trigger in the XDG shortcuts format the portal's `preferred_trigger` takes:
    /// "CTRL+ALT+space".
    QString portalTrigger() const;

private:
    KeyChord(Qt::Key key, Qt::KeyboardModifiers modifiers, quint32 keysym, QString keysymName)
        : m_key(key)
        , m_modifiers(modifiers)
        , m_keysym(keysym)
        , m_keysymName(std::move(keysymName))
    { }

    Qt::Key m_key;
    Qt::KeyboardModifiers m_modifiers;
    quint32 m_keysym;
    QString m_keysymName;
};

} // namespace CodeGuru
