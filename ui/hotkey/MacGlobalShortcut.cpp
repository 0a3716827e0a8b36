// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacGlobalShortcut.h"

#ifdef Q_OS_MACOS

#include "KeyChord.h"

#include <Carbon/Carbon.h>
#include <utility>

namespace CodeGuru {

namespace {

// 'CdGr', spelled out: a multi-character literal is implementation-defined and warned about.
constexpr OSType hotKeySignature =
    (OSType('C') << 24) | (OSType('d') << 16) | (OSType('G') << 8) | OSType('r');

/// The virtual key code of `key`. These are key positions on an ANSI keyboard, so on another
/// layout a letter is the key at the US letter's place; punctuation likewise.
int carbonKeyCode(Qt::Key key)
{
    static const std::pair<Qt::Key, int> table[] = {
        {Qt::Key_A, kVK_ANSI_A},
        {Qt::Key_B, kVK_ANSI_B},
        {Qt::Key_C, kVK_ANSI_C},
        {Qt::Key_D, kVK_ANSI_D},
        {Qt::Key_E, kVK_ANSI_E},
        {Qt::Key_F, kVK_ANSI_F},
        {Qt::Key_G, kVK_ANSI_G},
        {Qt::Key_H, kVK_ANSI_H},
        {Qt::Key_I, kVK_ANSI_I},
        {Qt::Key_J, kVK_ANSI_J},
        {Qt::Key_K, kVK_ANSI_K},
        {Qt::Key_L, kVK_ANSI_L},
        {Qt::Key_M, kVK_ANSI_M},
        {Qt::Key_N, kVK_ANSI_N},
        {Qt::Key_O, kVK_ANSI_O},
        {Qt::Key_P, kVK_ANSI_P},
        {Qt::Key_Q, kVK_ANSI_Q},
        {Qt::Key_R, kVK_ANSI_R},
        {Qt::Key_S, kVK_ANSI_S},
        {Qt::Key_T, kVK_ANSI_T},
        {Qt::Key_U, kVK_ANSI_U},
        {Qt::Key_V, kVK_ANSI_V},
        {Qt::Key_W, kVK_ANSI_W},
        {Qt::Key_X, kVK_ANSI_X},
        {Qt::Key_Y, kVK_ANSI_Y},
        {Qt::Key_Z, kVK_ANSI_Z},
        {Qt::Key_0, kVK_ANSI_0},
        {Qt::Key_1, kVK_ANSI_1},
        {Qt::Key_2, kVK_ANSI_2},
        {Qt::Key_3, kVK_ANSI_3},
        {Qt::Key_4, kVK_ANSI_4},
        {Qt::Key_5, kVK_ANSI_5},
        {Qt::Key_6, kVK_ANSI_6},
        {Qt::Key_7, kVK_ANSI_7},
        {Qt::Key_8, kVK_ANSI_8},
        {Qt::Key_9, kVK_ANSI_9},
        {Qt::Key_F1, kVK_F1},
        {Qt::Key_F2, kVK_F2},
        {Qt::Key_F3, kVK_F3},
        {Qt::Key_F4, kVK_F4},
        {Qt::Key_F5, kVK_F5},
        {Qt::Key_F6, kVK_F6},
        {Qt::Key_F7, kVK_F7},
        {Qt::Key_F8, kVK_F8},
        {Qt::Key_F9, kVK_F9},
        {Qt::Key_F10, kVK_F10},
        {Qt::Key_F11, kVK_F11},
        {Qt::Key_F12, kVK_F12},
        {Qt::Key_F13, kVK_F13},
        {Qt::Key_F14, kVK_F14},
        {Qt::Key_F15, kVK_F15},
        {Qt::Key_F16, kVK_F16},
        {Qt::Key_F17, kVK_F17},
        {Qt::Key_F18, kVK_F18},
        {Qt::Key_F19, kVK_F19},
        {Qt::Key_F20, kVK_F20},
        {Qt::Key_Space, kVK_Space},
        {Qt::Key_Apostrophe, kVK_ANSI_Quote},
        {Qt::Key_Comma, kVK_ANSI_Comma},
        {Qt::Key_Minus, kVK_ANSI_Minus},
        {Qt::Key_Period, kVK_ANSI_Period},
        {Qt::Key_Slash, kVK_ANSI_Slash},
        {Qt::Key_Semicolon, kVK_ANSI_Semicolon},
        {Qt::Key_Equal, kVK_ANSI_Equal},
        {Qt::Key_BracketLeft, kVK_ANSI_LeftBracket},
        {Qt::Key_Backslash, kVK_ANSI_Backslash},
        {Qt::Key_BracketRight, kVK_ANSI_RightBracket},
        {Qt::Key_QuoteLeft, kVK_ANSI_Grave},
        {Qt::Key_Backspace, kVK_Delete},
        {Qt::Key_Tab, kVK_Tab},
        {Qt::Key_Return, kVK_Return},
        {Qt::Key_Enter, kVK_ANSI_KeypadEnter},
        {Qt::Key_Escape, kVK_Escape},
        {Qt::Key_Home, kVK_Home},
        {Qt::Key_End, kVK_End},
        {Qt::Key_PageUp, kVK_PageUp},
        {Qt::Key_PageDown, kVK_PageDown},
        {Qt::Key_Left, kVK_LeftArrow},
        {Qt::Key_Right, kVK_RightArrow},
        {Qt::Key_Up, kVK_UpArrow},
        {Qt::Key_Down, kVK_DownArrow},
        {Qt::Key_Delete, kVK_ForwardDelete},
    };
    for (const auto &[qtKey, code] : table) {
        if (qtKey == key)
            return code;
    }
    return -1;
}

OSStatus onHotKeyPressed(EventHandlerCallRef, EventRef event, void *userData)
{
    EventHotKeyID id {};
    if (GetEventParameter(event, kEventParamDirectObject, typeEventHotKeyID, nullptr, sizeof(id), nullptr,
                          &id)
        != noErr)
        return eventNotHandledErr;
    // Every instance's handler sees every hotkey of the application; only the owner takes it.
    return static_cast<MacGlobalShortcut *>(userData)->handleHotKey(id.signature, id.id) ? noErr
                                                                                         : eventNotHandledErr;
}

quint32 nextHotKeyId()
{
    static quint32 lastId = 0;
    return ++lastId;
}

} // namespace

MacGlobalShortcut::MacGlobalShortcut(QObject *parent)
    : GlobalShortcut(parent)
    , m_id(nextHotKeyId())
{
    const EventTypeSpec pressed {kEventClassKeyboard, kEventHotKeyPressed};
    EventHandlerRef handler = nullptr;
    if (InstallApplicationEventHandler(&onHotKeyPressed, 1, &pressed, this, &handler) == noErr)
        m_handlerRef = handler;
}

MacGlobalShortcut::~MacGlobalShortcut()
{
    unregister();
    if (m_handlerRef)
        RemoveEventHandler(static_cast<EventHandlerRef>(m_handlerRef));
}

GlobalShortcut::State MacGlobalShortcut::setShortcut(const QString &portableText)
{
    unregister();
    setShortcutText(portableText);
    if (portableText.isEmpty()) {
        setState(State::Off);
        return state();
    }
    if (!m_handlerRef) {
        setState(State::Unsupported);
        return state();
    }
    const std::optional<KeyChord> chord = KeyChord::fromPortableText(portableText);
    const int keyCode = chord ? carbonKeyCode(chord->key()) : -1;
    if (keyCode < 0) {
        setState(State::Invalid);
        return state();
    }
    // Qt on macOS: ControlModifier is Command, MetaModifier is the Control key.
    UInt32 modifiers = 0;
    if (chord->modifiers() & Qt::ShiftModifier)
        modifiers |= shiftKey;
    if (chord->modifiers() & Qt::ControlModifier)
        modifiers |= cmdKey;
    if (chord->modifiers() & Qt::AltModifier)
        modifiers |= optionKey;
    if (chord->modifiers() & Qt::MetaModifier)
        modifiers |= controlKey;
    const EventHotKeyID id {hotKeySignature, m_id};
    EventHotKeyRef ref = nullptr;
    const OSStatus status =
        RegisterEventHotKey(UInt32(keyCode), modifiers, id, GetApplicationEventTarget(), 0, &ref);
    if (status == noErr) {
        m_hotKeyRef = ref;
        setState(State::Registered);
    } else {
        setState(status == eventHotKeyExistsErr ? State::Taken : State::Invalid);
    }
    return state();
}

bool MacGlobalShortcut::handleHotKey(quint32 signature, quint32 id)
{
    if (signature != hotKeySignature || id != m_id || !m_hotKeyRef)
        return false;
    Q_EMIT activated();
    return true;
}

void MacGlobalShortcut::unregister()
{
    if (m_hotKeyRef)
        UnregisterEventHotKey(static_cast<EventHotKeyRef>(m_hotKeyRef));
    m_hotKeyRef = nullptr;
}

} // namespace CodeGuru

#endif // Q_OS_MACOS
