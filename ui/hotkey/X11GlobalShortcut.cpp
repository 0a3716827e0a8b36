// SPDX-License-Identifier: GPL-3.0-or-later
#include "X11GlobalShortcut.h"

#include "KeyChord.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <xcb/xcb.h>
#include <xcb/xcb_keysyms.h>

namespace CodeGuru {

Q_LOGGING_CATEGORY(lcX11Shortcut, "codeguru.hotkey.x11")

namespace {

// Keysyms from X11/keysymdef.h, looked up in the modifier map.
constexpr xcb_keysym_t keysymNumLock = 0xff7f;
constexpr xcb_keysym_t keysymScrollLock = 0xff14;
constexpr xcb_keysym_t keysymAltL = 0xffe9;
constexpr xcb_keysym_t keysymAltR = 0xffea;
constexpr xcb_keysym_t keysymSuperL = 0xffeb;
constexpr xcb_keysym_t keysymSuperR = 0xffec;
constexpr quint16 allModifierBits = 0xff; // the state field also carries pointer buttons

struct KeySymbolsDeleter
{
    void operator()(xcb_key_symbols_t *symbols) const { xcb_key_symbols_free(symbols); }
};
using KeySymbols = std::unique_ptr<xcb_key_symbols_t, KeySymbolsDeleter>;

struct FreeDeleter
{
    void operator()(void *memory) const { std::free(memory); }
};

/// The keycodes that produce `keysym` in any column of the current keyboard map.
std::vector<xcb_keycode_t> keycodesFor(xcb_key_symbols_t *symbols, xcb_keysym_t keysym)
{
    std::vector<xcb_keycode_t> keycodes;
    const std::unique_ptr<xcb_keycode_t, FreeDeleter> list(xcb_key_symbols_get_keycode(symbols, keysym));
    for (const xcb_keycode_t *code = list.get(); code && *code != XCB_NO_SYMBOL; ++code) {
        if (std::find(keycodes.begin(), keycodes.end(), *code) == keycodes.end())
            keycodes.push_back(*code);
    }
    return keycodes;
}

/// Which of Mod1…Mod5 carry Alt, Super, NumLock and ScrollLock. Keymaps differ, so the bits
/// are read from the server's modifier map; the usual assignment is the fallback for Alt and
/// Super, while a lock key that is on no modifier simply has no bit to ignore.
struct ModifierBits
{
    quint16 alt = XCB_MOD_MASK_1;
    quint16 meta = XCB_MOD_MASK_4;
    quint16 numLock = 0;
    quint16 scrollLock = 0;
};

ModifierBits readModifierBits(xcb_connection_t *connection, xcb_key_symbols_t *symbols)
{
    ModifierBits bits;
    const std::unique_ptr<xcb_get_modifier_mapping_reply_t, FreeDeleter> reply(
        xcb_get_modifier_mapping_reply(connection, xcb_get_modifier_mapping(connection), nullptr));
    if (!reply)
        return bits;
    const xcb_keycode_t *map = xcb_get_modifier_mapping_keycodes(reply.get());
    const int perModifier = reply->keycodes_per_modifier;
    const auto bitHolding = [&](std::initializer_list<xcb_keysym_t> keysyms) -> quint16 {
        for (const xcb_keysym_t keysym : keysyms) {
            for (const xcb_keycode_t keycode : keycodesFor(symbols, keysym)) {
                // Shift, Lock and Control (indices 0–2) are never Alt or a lock we ignore.
                for (int modifier = 3; modifier < 8; ++modifier) {
                    const xcb_keycode_t *first = map + modifier * perModifier;
                    if (std::find(first, first + perModifier, keycode) != first + perModifier)
                        return quint16(1U << modifier);
                }
            }
        }
        return 0;
    };
    if (const quint16 alt = bitHolding({keysymAltL, keysymAltR}))
        bits.alt = alt;
    if (const quint16 meta = bitHolding({keysymSuperL, keysymSuperR}))
        bits.meta = meta;
    bits.numLock = bitHolding({keysymNumLock});
    bits.scrollLock = bitHolding({keysymScrollLock});
    return bits;
}

} // namespace

X11GlobalShortcut::X11GlobalShortcut(QObject *parent)
    : GlobalShortcut(parent)
{
    if (QGuiApplication::platformName() != QLatin1StringView("xcb"))
        return;
    const auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11 || !x11->connection())
        return;
    m_connection = x11->connection();
    // Every screen's root: with several X screens the person may be on any of them.
    for (auto it = xcb_setup_roots_iterator(xcb_get_setup(m_connection)); it.rem; xcb_screen_next(&it))
        m_roots.push_back(it.data->root);
    QCoreApplication::instance()->installNativeEventFilter(this);
}

X11GlobalShortcut::~X11GlobalShortcut()
{
    ungrab();
    if (m_connection)
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

GlobalShortcut::State X11GlobalShortcut::setShortcut(const QString &portableText)
{
    ungrab();
    setShortcutText(portableText);
    if (portableText.isEmpty()) {
        setState(State::Off);
        return state();
    }
    if (!m_connection) {
        setState(State::Unsupported);
        return state();
    }
    const std::optional<KeyChord> chord = KeyChord::fromPortableText(portableText);
    setState(chord ? grab(*chord) : State::Invalid);
    return state();
}

GlobalShortcut::State X11GlobalShortcut::grab(const KeyChord &chord)
{
    // Allocated per registration rather than kept, so a keymap changed since the last
    // setShortcut() (setxkbmap in a session script) is read afresh.
    const KeySymbols symbols(xcb_key_symbols_alloc(m_connection));
    if (!symbols)
        return State::Unsupported;
    const std::vector<xcb_keycode_t> keycodes = keycodesFor(symbols.get(), chord.xKeysym());
    if (keycodes.empty()) {
        qCInfo(lcX11Shortcut) << "no key on this keyboard produces" << chord.xKeysymName();
        return State::Invalid;
    }

    const ModifierBits bits = readModifierBits(m_connection, symbols.get());
    quint16 modifiers = 0;
    if (chord.modifiers() & Qt::ShiftModifier)
        modifiers |= XCB_MOD_MASK_SHIFT;
    if (chord.modifiers() & Qt::ControlModifier)
        modifiers |= XCB_MOD_MASK_CONTROL;
    if (chord.modifiers() & Qt::AltModifier)
        modifiers |= bits.alt;
    if (chord.modifiers() & Qt::MetaModifier)
        modifiers |= bits.meta;

    // Every subset of the lock bits, the empty one first; a lock bit that is also one of the
    // shortcut's own modifiers (an odd keymap) is left out so it is not masked away.
    std::vector<quint16> lockVariants {0};
    quint16 lockModifiers = 0;
    for (const quint16 lock : {quint16(XCB_MOD_MASK_LOCK), bits.numLock, bits.scrollLock}) {
        if (lock == 0 || (lock & modifiers) || (lock & lockModifiers))
            continue;
        lockModifiers |= lock;
        const std::size_t count = lockVariants.size();
        for (std::size_t i = 0; i < count; ++i)
            lockVariants.push_back(lockVariants[i] | lock);
    }

    // All grabs are sent before any reply is awaited: one round trip, not one per variant.
    struct Pending
    {
        Grab grab;
        xcb_void_cookie_t cookie;
    };
    std::vector<Pending> pending;
    for (const quint32 root : m_roots) {
        for (const xcb_keycode_t keycode : keycodes) {
            for (const quint16 locks : lockVariants) {
                const Grab grab {root, keycode, quint16(modifiers | locks)};
                pending.push_back({grab,
                                   xcb_grab_key_checked(m_connection, 1, root, grab.modifiers, keycode,
                                                        XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC)});
            }
        }
    }
    State result = State::Registered;
    for (const Pending &request : pending) {
        const std::unique_ptr<xcb_generic_error_t, FreeDeleter> error(
            xcb_request_check(m_connection, request.cookie));
        if (!error) {
            m_grabs.push_back(request.grab);
        } else if (error->error_code == XCB_ACCESS) {
            result = State::Taken;
        } else if (result == State::Registered) {
            qCWarning(lcX11Shortcut) << "the X server refused the key grab with error"
                                     << int(error->error_code);
            result = State::Invalid;
        }
    }
    if (result != State::Registered) {
        // Half a shortcut (working only with NumLock on, say) would be worse than none.
        ungrab();
        return result;
    }
    m_keycodes.assign(keycodes.begin(), keycodes.end());
    m_modifiers = modifiers;
    m_lockModifiers = lockModifiers;
    return State::Registered;
}

void X11GlobalShortcut::ungrab()
{
    for (const Grab &grab : m_grabs)
        xcb_ungrab_key(m_connection, grab.keycode, grab.root, grab.modifiers);
    if (!m_grabs.empty())
        xcb_flush(m_connection);
    m_grabs.clear();
    m_keycodes.clear();
    m_modifiers = 0;
    m_lockModifiers = 0;
    m_pressed = false;
}

bool X11GlobalShortcut::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (m_keycodes.empty() || eventType != "xcb_generic_event_t")
        return false;
    const auto *event = static_cast<const xcb_generic_event_t *>(message);
    const auto type = event->response_type & ~0x80;
    if (type != XCB_KEY_PRESS && type != XCB_KEY_RELEASE)
        return false;
    const auto *key = static_cast<const xcb_key_press_event_t *>(message);
    if (std::find(m_roots.begin(), m_roots.end(), key->event) == m_roots.end()
        || std::find(m_keycodes.begin(), m_keycodes.end(), key->detail) == m_keycodes.end())
        return false;
    if (type == XCB_KEY_RELEASE) {
        // The modifiers may already be up, so any release of the key ends the press.
        m_pressed = false;
        return true;
    }
    if ((key->state & allModifierBits & ~m_lockModifiers) != m_modifiers)
        return false;
    // Qt asks the server for detectable auto-repeat, so holding the keys sends presses without
    // releases in between; the first one is the person's, the rest are the keyboard's.
    if (!m_pressed) {
        m_pressed = true;
        Q_EMIT activated();
    }
    return true;
}

} // namespace CodeGuru
