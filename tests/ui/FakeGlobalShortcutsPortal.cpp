// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeGlobalShortcutsPortal.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>

namespace CodeGuru::FakePortalDetail {

/// BindShortcuts' `(sa{sv})`, declared again here so the fake shares no code with the client.
struct Shortcut
{
    QString id;
    QVariantMap properties;
};

QDBusArgument &operator<<(QDBusArgument &argument, const Shortcut &shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Shortcut &shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

} // namespace CodeGuru::FakePortalDetail

Q_DECLARE_METATYPE(CodeGuru::FakePortalDetail::Shortcut)

namespace CodeGuru {

namespace {

using FakePortalDetail::Shortcut;

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString shortcutsInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");

int connectionCounter = 0;

} // namespace

FakeGlobalShortcutsPortal::FakeGlobalShortcutsPortal(bool withGlobalShortcuts)
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QStringLiteral("codeguru-fake-portal-%1").arg(++connectionCounter)))
    , m_withGlobalShortcuts(withGlobalShortcuts)
{
    qDBusRegisterMetaType<Shortcut>();
    qDBusRegisterMetaType<QList<Shortcut>>();
    m_serving = m_bus.isConnected() && m_bus.registerVirtualObject(portalPath, this, QDBusConnection::SubPath)
        && m_bus.registerService(portalService);
}

FakeGlobalShortcutsPortal::~FakeGlobalShortcutsPortal()
{
    m_bus.unregisterService(portalService);
    m_bus.unregisterObject(portalPath, QDBusConnection::UnregisterTree);
    QDBusConnection::disconnectFromBus(m_bus.name());
}

void FakeGlobalShortcutsPortal::activate(const QString &session, const QString &shortcutId)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(portalPath, shortcutsInterface, QStringLiteral("Activated"));
    signal << QVariant::fromValue(QDBusObjectPath(session)) << shortcutId << qulonglong(0) << QVariantMap();
    m_bus.send(signal);
}

QString FakeGlobalShortcutsPortal::introspect(const QString &) const
{
    return {};
}

QString FakeGlobalShortcutsPortal::senderPath(const QDBusMessage &message, const QString &kind,
                                              const QVariantMap &options, const QString &tokenKey) const
{
    QString sender = message.service().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    return portalPath + QLatin1Char('/') + kind + QLatin1Char('/') + sender + QLatin1Char('/')
        + options.value(tokenKey).toString();
}

void FakeGlobalShortcutsPortal::sendResponse(const QDBusMessage &call, const QString &requestPath,
                                             uint response, const QVariantMap &results)
{
    // As the real portal does: the call returns the Request's path, then the Request answers.
    m_bus.send(call.createReply(QVariant::fromValue(QDBusObjectPath(requestPath))));
    QDBusMessage signal = QDBusMessage::createSignal(
        requestPath, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
    signal << response << results;
    m_bus.send(signal);
}

bool FakeGlobalShortcutsPortal::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    const QString interface = message.interface();
    const QString member = message.member();
    const QVariantList arguments = message.arguments();

    if (interface == QLatin1StringView("org.freedesktop.DBus.Properties")
        && member == QLatin1StringView("Get") && message.path() == portalPath) {
        if (m_withGlobalShortcuts && arguments.value(0).toString() == shortcutsInterface
            && arguments.value(1).toString() == QLatin1StringView("version")) {
            m_bus.send(message.createReply(QVariant::fromValue(QDBusVariant(uint(1)))));
        } else {
            m_bus.send(message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"),
                                                QStringLiteral("No such interface or property")));
        }
        return true;
    }
    if (m_withGlobalShortcuts && interface == shortcutsInterface
        && member == QLatin1StringView("CreateSession")) {
        const QVariantMap options = qdbus_cast<QVariantMap>(arguments.value(0));
        const QString session =
            senderPath(message, QStringLiteral("session"), options, QStringLiteral("session_handle_token"));
        m_sessions << session;
        sendResponse(message,
                     senderPath(message, QStringLiteral("request"), options, QStringLiteral("handle_token")),
                     0, {{QStringLiteral("session_handle"), session}});
        return true;
    }
    if (m_withGlobalShortcuts && interface == shortcutsInterface
        && member == QLatin1StringView("BindShortcuts")) {
        const auto shortcuts = qdbus_cast<QList<Shortcut>>(arguments.value(1));
        const QVariantMap options = qdbus_cast<QVariantMap>(arguments.value(3));
        for (const Shortcut &shortcut : shortcuts) {
            m_boundTriggers << shortcut.properties.value(QStringLiteral("preferred_trigger")).toString();
            m_boundDescriptions << shortcut.properties.value(QStringLiteral("description")).toString();
        }
        const QString request =
            senderPath(message, QStringLiteral("request"), options, QStringLiteral("handle_token"));
        switch (m_answer) {
        case Answer::Bind:
            sendResponse(message, request, 0,
                         {{QStringLiteral("shortcuts"), QVariant::fromValue(shortcuts)}});
            break;
        case Answer::BindNothing:
            sendResponse(message, request, 0,
                         {{QStringLiteral("shortcuts"), QVariant::fromValue(QList<Shortcut>())}});
            break;
        case Answer::Cancel:
            sendResponse(message, request, 1, {});
            break;
        }
        Q_EMIT shortcutsBound();
        return true;
    }
    if (interface == QLatin1StringView("org.freedesktop.portal.Session")
        && member == QLatin1StringView("Close")) {
        m_closedSessions << message.path();
        m_bus.send(message.createReply());
        Q_EMIT sessionClosed(message.path());
        return true;
    }
    m_bus.send(
        message.createErrorReply(QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"),
                                 QStringLiteral("The fake portal has no %1.%2").arg(interface, member)));
    return true;
}

} // namespace CodeGuru
