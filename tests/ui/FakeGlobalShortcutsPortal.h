// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QStringList>

namespace CodeGuru {

/// Just enough of xdg-desktop-portal's GlobalShortcuts interface, on its own connection to the
/// test's session bus under the real name org.freedesktop.portal.Desktop: the Request/Response
/// dance, sessions, and the Activated signal on demand.
class FakeGlobalShortcutsPortal : public QDBusVirtualObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGlobalShortcutsPortal)

public:
    /// How the fake answers BindShortcuts.
    enum class Answer {
        Bind, ///< success, with every requested shortcut bound
        BindNothing, ///< success, but none of them bound (the trigger is in use)
        Cancel, ///< response 1: the person closed the portal's dialog
    };

    /// `withGlobalShortcuts` false plays a portal that lacks the interface (GNOME 43, wlroots).
    explicit FakeGlobalShortcutsPortal(bool withGlobalShortcuts = true);
    ~FakeGlobalShortcutsPortal() override;

    /// Whether the fake owns the portal's name on the session bus.
    bool isServing() const { return m_serving; }
    void setAnswer(Answer answer) { m_answer = answer; }

    /// Each BindShortcuts call's preferred trigger and description, in order.
    QStringList boundTriggers() const { return m_boundTriggers; }
    QStringList boundDescriptions() const { return m_boundDescriptions; }
    /// The session handles created, and those closed since, in order.
    QStringList sessions() const { return m_sessions; }
    QStringList closedSessions() const { return m_closedSessions; }

    /// Emits Activated for `shortcutId` in `session`, as the portal does on a key press.
    void activate(const QString &session, const QString &shortcutId);

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

Q_SIGNALS:
    void sessionClosed(const QString &session);
    void shortcutsBound();

private:
    void sendResponse(const QDBusMessage &call, const QString &requestPath, uint response,
                      const QVariantMap &results);
    QString senderPath(const QDBusMessage &message, const QString &kind, const QVariantMap &options,
                       const QString &tokenKey) const;

    QDBusConnection m_bus;
    bool m_withGlobalShortcuts;
    bool m_serving = false;
    Answer m_answer = Answer::Bind;
    QStringList m_boundTriggers;
    QStringList m_boundDescriptions;
    QStringList m_sessions;
    QStringList m_closedSessions;
};

} // namespace CodeGuru
