// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotkey/GlobalShortcut.h"

#include <QAbstractNativeEventFilter>

#include <vector>

struct xcb_connection_t;

namespace CodeGuru {

class KeyChord;

/// A global shortcut on X11: a passive key grab on every root window, caught in a native
/// event filter before Qt looks for a window to deliver the key to.
///
/// The grab is made once for each combination of the lock modifiers (CapsLock, NumLock,
/// ScrollLock), since X matches a grab's modifiers exactly and the shortcut would otherwise
/// die whenever NumLock is on. A grab the server refuses because another client holds the
/// combination is State::Taken. Anywhere but Qt's xcb platform, every shortcut is
/// State::Unsupported.
class X11GlobalShortcut : public GlobalShortcut, private QAbstractNativeEventFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(X11GlobalShortcut)

public:
    explicit X11GlobalShortcut(QObject *parent = nullptr);
    /// Releases the grab.
    ~X11GlobalShortcut() override;

    State setShortcut(const QString &portableText) override;

private:
    struct Grab
    {
        quint32 root;
        quint8 keycode;
        quint16 modifiers;
    };

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;
    State grab(const KeyChord &chord);
    void ungrab();

    xcb_connection_t *m_connection = nullptr;
    std::vector<quint32> m_roots;
    std::vector<Grab> m_grabs;
    std::vector<quint8> m_keycodes;
    quint16 m_modifiers = 0;
    quint16 m_lockModifiers = 0;
    /// Set from a matching press to its release, so that auto-repeat activates only once.
    bool m_pressed = false;
};

} // namespace CodeGuru
