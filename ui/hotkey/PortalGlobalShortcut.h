// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotkey/GlobalShortcut.h"

#include <QDBusConnection>
#include <QVariantMap>

class QDBusMessage;
class QDBusObjectPath;

namespace CodeGuru {

/// A global shortcut through the xdg-desktop-portal GlobalShortcuts interface, the only way
/// to have one on Wayland (KDE Plasma, GNOME 48+, Hyprland).
///
/// Everything is asynchronous: the portal may show the person a dialog before it binds. So
/// setShortcut() returns State::Off (or Invalid/Unsupported when that is known at once) and
/// the outcome arrives with stateChanged(): Registered once BindShortcuts succeeded, Taken when
/// the portal or the person did not bind it, Unsupported when there is no portal or it lacks
/// the interface.
class PortalGlobalShortcut : public GlobalShortcut
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalGlobalShortcut)

public:
    /// Talks to the portal on the session bus.
    explicit PortalGlobalShortcut(QObject *parent = nullptr);
    /// Talks to the portal on `bus` (tests use a private one).
    explicit PortalGlobalShortcut(const QDBusConnection &bus, QObject *parent = nullptr);
    /// Closes the portal session, which releases the shortcut.
    ~PortalGlobalShortcut() override;

    State setShortcut(const QString &portableText) override;

    /// The identifier the shortcut has in the portal (and in the desktop's settings).
    static QString shortcutId();

private Q_SLOTS:
    // QtDBus delivers signals to slots by signature, hence slots rather than lambdas.
    void onRequestResponse(uint response, const QVariantMap &results, const QDBusMessage &message);
    void onActivated(const QDBusObjectPath &session, const QString &id, qulonglong timestamp,
                     const QVariantMap &options);

private:
    enum class Step { Idle, CreatingSession, Binding };

    void checkInterface();
    void createSession();
    void bindShortcut();
    /// Calls `method` on the portal; the reply is a Request whose Response signal carries the
    /// result, so it is subscribed before the call (the portal may answer at once).
    void callWithRequest(Step step, const QString &method, QVariantList arguments, QVariantMap options);
    void watchRequest(const QString &path);
    void forgetRequest();
    void closeSession();
    void fail(State state);

    QDBusConnection m_bus;
    Step m_step = Step::Idle;
    QString m_trigger;
    QString m_requestPath;
    QString m_sessionHandle;
    /// Counts setShortcut() calls, so replies to an abandoned attempt are ignored.
    quint64 m_attempt = 0;
    quint64 m_tokenCounter = 0;
};

} // namespace CodeGuru
