// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalShortcutFactory.h"

#include "hotkey/UnsupportedGlobalShortcut.h"

#include <QGuiApplication>

#if defined(Q_OS_WIN)
#include "WinGlobalShortcut.h"
#elif defined(Q_OS_MACOS)
#include "MacGlobalShortcut.h"
#else
#include "PortalGlobalShortcut.h"
#include "X11GlobalShortcut.h"
#endif

namespace CodeGuru {

GlobalShortcutBackend globalShortcutBackendFor(const QString &platformName, const QString &sessionType)
{
    if (platformName.startsWith(QLatin1StringView("wayland")))
        return GlobalShortcutBackend::Portal;
    if (platformName == QLatin1StringView("xcb")) {
        return sessionType.compare(QLatin1StringView("wayland"), Qt::CaseInsensitive) == 0
            ? GlobalShortcutBackend::Portal
            : GlobalShortcutBackend::X11;
    }
    // offscreen, minimal, eglfs, vnc…: no desktop to register with.
    return GlobalShortcutBackend::None;
}

std::unique_ptr<GlobalShortcut> createGlobalShortcut(QObject *parent)
{
#if defined(Q_OS_WIN)
    return std::make_unique<WinGlobalShortcut>(parent);
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacGlobalShortcut>(parent);
#else
    switch (
        globalShortcutBackendFor(QGuiApplication::platformName(), qEnvironmentVariable("XDG_SESSION_TYPE"))) {
    case GlobalShortcutBackend::X11:
        return std::make_unique<X11GlobalShortcut>(parent);
    case GlobalShortcutBackend::Portal:
        return std::make_unique<PortalGlobalShortcut>(parent);
    case GlobalShortcutBackend::Windows:
    case GlobalShortcutBackend::MacOS:
    case GlobalShortcutBackend::None:
        break;
    }
    return std::make_unique<UnsupportedGlobalShortcut>(parent);
#endif
}

} // namespace CodeGuru
