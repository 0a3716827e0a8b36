// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QObject;

namespace CodeGuru {

class GlobalShortcut;

/// Which way of registering a global shortcut a desktop offers.
enum class GlobalShortcutBackend { X11, Portal, Windows, MacOS, None };

/// The back end for a Linux/BSD desktop, from Qt's platform plugin name and the session type
/// (XDG_SESSION_TYPE). An X11 client on a Wayland session (XWayland) gets the portal: its key
/// grabs would only fire while one of its own windows had the focus. Platforms without a
/// desktop (offscreen, minimal) get None.
GlobalShortcutBackend globalShortcutBackendFor(const QString &platformName, const QString &sessionType);

/// The global shortcut for this desktop: RegisterHotKey on Windows, RegisterEventHotKey on
/// macOS, else as globalShortcutBackendFor() decides; where nothing works, one that reports
/// every shortcut as Unsupported. Needs the QGuiApplication. `parent` only places the object
/// in a tree: the caller owns it, and must destroy it before `parent` (or pass nullptr).
std::unique_ptr<GlobalShortcut> createGlobalShortcut(QObject *parent = nullptr);

} // namespace CodeGuru
