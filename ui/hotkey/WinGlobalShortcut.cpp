// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinGlobalShortcut.h"

#ifdef Q_OS_WIN

#include "KeyChord.h"

#include <QCoreApplication>
#include <qt_windows.h>

namespace CodeGuru {

namespace {

/// The virtual-key code of `key`, or 0. Punctuation uses the VK_OEM codes of a US layout, as
/// KeyChord's keysyms do.
UINT virtualKey(Qt::Key key)
{
    if ((key >= Qt::Key_A && key <= Qt::Key_Z) || (key >= Qt::Key_0 && key <= Qt::Key_9))
        return UINT(key); // the VK codes of letters and digits are their ASCII codes
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return VK_F1 + UINT(key - Qt::Key_F1);
    switch (key) {
    case Qt::Key_Space:
        return VK_SPACE;
    case Qt::Key_Apostrophe:
        return VK_OEM_7;
    case Qt::Key_Comma:
        return VK_OEM_COMMA;
    case Qt::Key_Minus:
        return VK_OEM_MINUS;
    case Qt::Key_Period:
        return VK_OEM_PERIOD;
    case Qt::Key_Slash:
        return VK_OEM_2;
    case Qt::Key_Semicolon:
        return VK_OEM_1;
    case Qt::Key_Equal:
        return VK_OEM_PLUS;
    case Qt::Key_BracketLeft:
        return VK_OEM_4;
    case Qt::Key_Backslash:
        return VK_OEM_5;
    case Qt::Key_BracketRight:
        return VK_OEM_6;
    case Qt::Key_QuoteLeft:
        return VK_OEM_3;
    case Qt::Key_Backspace:
        return VK_BACK;
    case Qt::Key_Tab:
        return VK_TAB;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VK_RETURN;
    case Qt::Key_Pause:
        return VK_PAUSE;
    case Qt::Key_ScrollLock:
        return VK_SCROLL;
    case Qt::Key_Escape:
        return VK_ESCAPE;
    case Qt::Key_Home:
        return VK_HOME;
    case Qt::Key_Left:
        return VK_LEFT;
    case Qt::Key_Up:
        return VK_UP;
    case Qt::Key_Right:
        return VK_RIGHT;
    case Qt::Key_Down:
        return VK_DOWN;
    case Qt::Key_PageUp:
        return VK_PRIOR;
    case Qt::Key_PageDown:
        return VK_NEXT;
    case Qt::Key_End:
        return VK_END;
    case Qt::Key_Print:
        return VK_SNAPSHOT;
    case Qt::Key_Insert:
        return VK_INSERT;
    case Qt::Key_Menu:
        return VK_APPS;
    case Qt::Key_Delete:
        return VK_DELETE;
    default:
        return 0;
    }
}

int nextHotkeyId()
{
    // Applications may use 0x0000–0xBFFF; ids only have to be unique within the thread.
    static int lastId = 0;
    return ++lastId;
}

} // namespace

WinGlobalShortcut::WinGlobalShortcut(QObject *parent)
    : GlobalShortcut(parent)
    , m_id(nextHotkeyId())
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WinGlobalShortcut::~WinGlobalShortcut()
{
    unregister();
    QCoreApplication::instance()->removeNativeEventFilter(this);
}

GlobalShortcut::State WinGlobalShortcut::setShortcut(const QString &portableText)
{
    unregister();
    setShortcutText(portableText);
    if (portableText.isEmpty()) {
        setState(State::Off);
        return state();
    }
    const std::optional<KeyChord> chord = KeyChord::fromPortableText(portableText);
    const UINT vk = chord ? virtualKey(chord->key()) : 0;
    if (vk == 0) {
        setState(State::Invalid);
        return state();
    }
    // MOD_NOREPEAT: holding the keys activates once, as on X11.
    UINT modifiers = MOD_NOREPEAT;
    if (chord->modifiers() & Qt::ShiftModifier)
        modifiers |= MOD_SHIFT;
    if (chord->modifiers() & Qt::ControlModifier)
        modifiers |= MOD_CONTROL;
    if (chord->modifiers() & Qt::AltModifier)
        modifiers |= MOD_ALT;
    if (chord->modifiers() & Qt::MetaModifier)
        modifiers |= MOD_WIN;
    // No window: WM_HOTKEY is posted to this thread's queue, which Qt's dispatcher passes to
    // the native event filters.
    if (RegisterHotKey(nullptr, m_id, modifiers, vk)) {
        m_registered = true;
        setState(State::Registered);
    } else {
        setState(GetLastError() == ERROR_HOTKEY_ALREADY_REGISTERED ? State::Taken : State::Invalid);
    }
    return state();
}

void WinGlobalShortcut::unregister()
{
    if (m_registered)
        UnregisterHotKey(nullptr, m_id);
    m_registered = false;
}

bool WinGlobalShortcut::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (!m_registered || eventType != "windows_generic_MSG")
        return false;
    const auto *msg = static_cast<const MSG *>(message);
    if (msg->message != WM_HOTKEY || msg->hwnd != nullptr || int(msg->wParam) != m_id)
        return false;
    Q_EMIT activated();
    return true;
}

} // namespace CodeGuru

#endif // Q_OS_WIN
