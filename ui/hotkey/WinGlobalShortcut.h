// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotkey/GlobalShortcut.h"

#include <QAbstractNativeEventFilter>

namespace CodeGuru {

/// A global shortcut on Windows: RegisterHotKey for the GUI thread, WM_HOTKEY caught in a
/// native event filter. A combination another program registered is State::Taken.
class WinGlobalShortcut : public GlobalShortcut, private QAbstractNativeEventFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinGlobalShortcut)

public:
    explicit WinGlobalShortcut(QObject *parent = nullptr);
    /// Unregisters the hotkey.
    ~WinGlobalShortcut() override;

    State setShortcut(const QString &portableText) override;

private:
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;
    void unregister();

    /// Hotkey ids are per thread; each instance takes its own.
    int m_id;
    bool m_registered = false;
};

} // namespace CodeGuru
