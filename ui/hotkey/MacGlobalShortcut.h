// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotkey/GlobalShortcut.h"

namespace CodeGuru {

/// A global shortcut on macOS: Carbon's RegisterEventHotKey, which is deprecated but has no
/// replacement and, unlike an event tap, needs no Accessibility permission.
class MacGlobalShortcut : public GlobalShortcut
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MacGlobalShortcut)

public:
    explicit MacGlobalShortcut(QObject *parent = nullptr);
    /// Unregisters the hotkey and removes the event handler.
    ~MacGlobalShortcut() override;

    State setShortcut(const QString &portableText) override;

    /// For the Carbon event handler: emits activated() when `id` is this object's hotkey.
    bool handleHotKey(quint32 signature, quint32 id);

private:
    void unregister();

    // Carbon's opaque handles, kept as void * so this header needs no Carbon include.
    void *m_hotKeyRef = nullptr;
    void *m_handlerRef = nullptr;
    quint32 m_id;
};

} // namespace CodeGuru
