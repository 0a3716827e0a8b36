// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyChord.h"

#include <QKeySequence>
#include <QStringList>

#include <array>

namespace CodeGuru {

namespace {

struct NamedKey
{
    Qt::Key key;
    quint32 keysym;
    const char *name;
    /// Whether the key may be a shortcut without Ctrl, Alt or Meta: grabbing Escape or an
    /// arrow on its own would take it from every program, F9 or Pause hardly matter.
    bool standsAlone;
};

// Keysym values from X11/keysymdef.h; they are protocol constants, so the table needs no X
// headers and builds on every platform. Punctuation is the unshifted key of a US layout.
constexpr std::array namedKeys {
    NamedKey {Qt::Key_Space, 0x0020, "space", false},
    NamedKey {Qt::Key_Apostrophe, 0x0027, "apostrophe", false},
    NamedKey {Qt::Key_Comma, 0x002c, "comma", false},
    NamedKey {Qt::Key_Minus, 0x002d, "minus", false},
    NamedKey {Qt::Key_Period, 0x002e, "period", false},
    NamedKey {Qt::Key_Slash, 0x002f, "slash", false},
    NamedKey {Qt::Key_Semicolon, 0x003b, "semicolon", false},
    NamedKey {Qt::Key_Equal, 0x003d, "equal", false},
    NamedKey {Qt::Key_BracketLeft, 0x005b, "bracketleft", false},
    NamedKey {Qt::Key_Backslash, 0x005c, "backslash", false},
    NamedKey {Qt::Key_BracketRight, 0x005d, "bracketright", false},
    NamedKey {Qt::Key_QuoteLeft, 0x0060, "grave", false},
    NamedKey {Qt::Key_Backspace, 0xff08, "BackSpace", false},
    NamedKey {Qt::Key_Tab, 0xff09, "Tab", false},
    NamedKey {Qt::Key_Return, 0xff0d, "Return", false},
    NamedKey {Qt::Key_Pause, 0xff13, "Pause", true},
    NamedKey {Qt::Key_ScrollLock, 0xff14, "Scroll_Lock", true},
    NamedKey {Qt::Key_Escape, 0xff1b, "Escape", false},
    NamedKey {Qt::Key_Home, 0xff50, "Home", false},
    NamedKey {Qt::Key_Left, 0xff51, "Left", false},
    NamedKey {Qt::Key_Up, 0xff52, "Up", false},
    NamedKey {Qt::Key_Right, 0xff53, "Right", false},
    NamedKey {Qt::Key_Down, 0xff54, "Down", false},
    NamedKey {Qt::Key_PageUp, 0xff55, "Page_Up", false},
    NamedKey {Qt::Key_PageDown, 0xff56, "Page_Down", false},
    NamedKey {Qt::Key_End, 0xff57, "End", false},
    NamedKey {Qt::Key_Print, 0xff61, "Print", true},
    NamedKey {Qt::Key_Insert, 0xff63, "Insert", false},
    NamedKey {Qt::Key_Menu, 0xff67, "Menu", true},
    NamedKey {Qt::Key_Enter, 0xff8d, "KP_Enter", false},
    NamedKey {Qt::Key_Delete, 0xffff, "Delete", false},
};

constexpr quint32 keysymF1 = 0xffbe; // F1 … F35 are consecutive keysyms
constexpr Qt::KeyboardModifiers chordModifiers =
    Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;

} // namespace

std::optional<KeyChord> KeyChord::fromPortableText(const QString &portableText)
{
    const QKeySequence sequence = QKeySequence::fromString(portableText, QKeySequence::PortableText);
    if (sequence.count() != 1)
        return std::nullopt;
    const QKeyCombination combination = sequence[0];
    const Qt::Key key = combination.key();
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
    // The keypad flag is refused rather than dropped: X11 and Windows could not tell the
    // keypad's 1 from the main 1 for every layout, so the shortcut would not be what it says.
    if (modifiers & ~chordModifiers)
        return std::nullopt;
    const bool hasCommandModifier = modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);

    if (key >= Qt::Key_A && key <= Qt::Key_Z) {
        if (!hasCommandModifier)
            return std::nullopt;
        const QChar letter = QChar(ushort(key)).toLower();
        return KeyChord(key, modifiers, letter.unicode(), QString(letter));
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (!hasCommandModifier)
            return std::nullopt;
        return KeyChord(key, modifiers, quint32(key), QString(QChar(ushort(key))));
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
        const int index = key - Qt::Key_F1;
        return KeyChord(key, modifiers, keysymF1 + quint32(index), QStringLiteral("F%1").arg(index + 1));
    }
    for (const NamedKey &named : namedKeys) {
        if (named.key != key)
            continue;
        if (!named.standsAlone && !hasCommandModifier)
            return std::nullopt;
        return KeyChord(key, modifiers, named.keysym, QString::fromLatin1(named.name));
    }
    return std::nullopt;
}

QString KeyChord::portalTrigger() const
{
    // The XDG shortcuts specification: modifiers CTRL, ALT, SHIFT, LOGO, then the XKB keysym
    // name, joined with '+'.
    QStringList parts;
    if (m_modifiers & Qt::ControlModifier)
        parts << QStringLiteral("CTRL");
    if (m_modifiers & Qt::AltModifier)
        parts << QStringLiteral("ALT");
    if (m_modifiers & Qt::ShiftModifier)
        parts << QStringLiteral("SHIFT");
    if (m_modifiers & Qt::MetaModifier)
        parts << QStringLiteral("LOGO");
    parts << m_keysymName;
    return parts.join(QLatin1Char('+'));
}

} // namespace CodeGuru
