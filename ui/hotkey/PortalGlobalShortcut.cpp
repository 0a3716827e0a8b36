// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortalGlobalShortcut.h"

#include "KeyChord.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace CodeGuru::PortalDetail {

/// One entry of BindShortcuts' `a(sa{sv})`: an id and its description and preferred trigger.
struct PortalShortcut
{
    QString id;
    QVariantMap properties;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

} // namespace CodeGuru::PortalDetail

Q_DECLARE_METATYPE(CodeGuru::PortalDetail::PortalShortcut)

namespace CodeGuru {

Q_LOGGING_CATEGORY(lcPortalShortcut, "codeguru.hotkey.portal")

namespace {

using PortalDetail::PortalShortcut;

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString shortcutsInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString requestInterface = QStringLiteral("org.freedesktop.portal.Request");
const QString sessionInterface = QStringLiteral("org.freedesktop.portal.Session");
constexpr uint responseSuccess = 0;
constexpr uint responseCancelled = 1;

QList<PortalShortcut> boundShortcuts(const QVariant &value)
{
    QList<PortalShortcut> shortcuts;
    if (value.metaType() == QMetaType::fromType<QDBusArgument>())
        value.value<QDBusArgument>() >> shortcuts;
    else
        shortcuts = value.value<QList<PortalShortcut>>();
    return shortcuts;
}

/// The session handle is typed `s` in the specification but `o` in some implementations.
QString objectPathText(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QDBusObjectPath>())
        return value.value<QDBusObjectPath>().path();
    return value.toString();
}

} // namespace

PortalGlobalShortcut::PortalGlobalShortcut(QObject *parent)
    : PortalGlobalShortcut(QDBusConnection::sessionBus(), parent)
{ }

PortalGlobalShortcut::PortalGlobalShortcut(const QDBusConnection &bus, QObject *parent)
    : GlobalShortcut(parent)
    , m_bus(bus)
{
    qDBusRegisterMetaType<PortalShortcut>();
    qDBusRegisterMetaType<QList<PortalShortcut>>();
    // QtDBus finds a slot's parameter types by name, and QDBusObjectPath has no name until it
    // is registered: without this the Activated connection silently fails (Qt 6.4).
    qRegisterMetaType<QDBusObjectPath>();
    if (m_bus.isConnected()
        && !m_bus.connect(portalService, portalPath, shortcutsInterface, QStringLiteral("Activated"), this,
                          SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)))) {
        qCWarning(lcPortalShortcut) << "cannot listen to the portal's Activated signal";
    }
}

PortalGlobalShortcut::~PortalGlobalShortcut()
{
    forgetRequest();
    closeSession();
}

QString PortalGlobalShortcut::shortcutId()
{
    return QStringLiteral("quick-ask");
}

GlobalShortcut::State PortalGlobalShortcut::setShortcut(const QString &portableText)
{
    ++m_attempt;
    forgetRequest();
    // A session binds its shortcuts once, so a new shortcut needs a new session.
    closeSession();
    setShortcutText(portableText);
    if (portableText.isEmpty()) {
        setState(State::Off);
        return state();
    }
    const std::optional<KeyChord> chord = KeyChord::fromPortableText(portableText);
    if (!chord) {
        setState(State::Invalid);
        return state();
    }
    if (!m_bus.isConnected()) {
        setState(State::Unsupported);
        return state();
    }
    m_trigger = chord->portalTrigger();
    setState(State::Off);
    checkInterface();
    return state();
}

void PortalGlobalShortcut::checkInterface()
{
    // Desktops whose portal lacks GlobalShortcuts (GNOME before 48, wlroots) still run the
    // portal itself; asking for the interface's version tells them apart.
    QDBusMessage call = QDBusMessage::createMethodCall(
        portalService, portalPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << shortcutsInterface << QStringLiteral("version");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, attempt = m_attempt](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                if (attempt != m_attempt)
                    return;
                if (finished->isError()) {
                    qCInfo(lcPortalShortcut) << "no GlobalShortcuts portal:" << finished->error().message();
                    fail(State::Unsupported);
                    return;
                }
                createSession();
            });
}

void PortalGlobalShortcut::createSession()
{
    const QString token = QStringLiteral("codeguru_session%1").arg(++m_tokenCounter);
    callWithRequest(Step::CreatingSession, QStringLiteral("CreateSession"), {},
                    {{QStringLiteral("session_handle_token"), token}});
}

void PortalGlobalShortcut::bindShortcut()
{
    const PortalShortcut shortcut {shortcutId(),
                                   {{QStringLiteral("description"), tr("Ask CodeGuru about the clipboard")},
                                    {QStringLiteral("preferred_trigger"), m_trigger}}};
    callWithRequest(Step::Binding, QStringLiteral("BindShortcuts"),
                    {QVariant::fromValue(QDBusObjectPath(m_sessionHandle)),
                     QVariant::fromValue(QList<PortalShortcut> {shortcut}),
                     QString() /* parent_window: the request does not come from a window */},
                    {});
}

void PortalGlobalShortcut::callWithRequest(Step step, const QString &method, QVariantList arguments,
                                           QVariantMap options)
{
    const QString token = QStringLiteral("codeguru%1").arg(++m_tokenCounter);
    options.insert(QStringLiteral("handle_token"), token);
    // The portal documents where the Request object will be: .../request/SENDER/TOKEN, with the
    // unique name's ':' dropped and '.' turned into '_'.
    QString sender = m_bus.baseService().mid(1);
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    const QString expectedPath = portalPath + QStringLiteral("/request/") + sender + QLatin1Char('/') + token;
    m_step = step;
    watchRequest(expectedPath);

    QDBusMessage call = QDBusMessage::createMethodCall(portalService, portalPath, shortcutsInterface, method);
    arguments << options;
    call.setArguments(arguments);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, attempt = m_attempt, expectedPath, method](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                if (attempt != m_attempt)
                    return;
                const QDBusMessage reply = finished->reply();
                if (reply.type() == QDBusMessage::ErrorMessage) {
                    qCWarning(lcPortalShortcut) << method << "failed:" << reply.errorMessage();
                    fail(State::Unsupported);
                    return;
                }
                // Portals older than the documented path scheme return another handle.
                const QString path = reply.arguments().value(0).value<QDBusObjectPath>().path();
                if (m_requestPath == expectedPath && !path.isEmpty() && path != expectedPath) {
                    forgetRequest();
                    watchRequest(path);
                }
            });
}

void PortalGlobalShortcut::watchRequest(const QString &path)
{
    m_requestPath = path;
    m_bus.connect(portalService, path, requestInterface, QStringLiteral("Response"), this,
                  SLOT(onRequestResponse(uint, QVariantMap, QDBusMessage)));
}

void PortalGlobalShortcut::forgetRequest()
{
    if (m_requestPath.isEmpty())
        return;
    m_bus.disconnect(portalService, m_requestPath, requestInterface, QStringLiteral("Response"), this,
                     SLOT(onRequestResponse(uint, QVariantMap, QDBusMessage)));
    m_requestPath.clear();
}

void PortalGlobalShortcut::onRequestResponse(uint response, const QVariantMap &results,
                                             const QDBusMessage &message)
{
    if (message.path() != m_requestPath)
        return;
    forgetRequest();
    const Step step = std::exchange(m_step, Step::Idle);
    if (step == Step::CreatingSession) {
        m_sessionHandle = objectPathText(results.value(QStringLiteral("session_handle")));
        if (response != responseSuccess || m_sessionHandle.isEmpty()) {
            qCWarning(lcPortalShortcut) << "CreateSession answered" << response;
            fail(State::Unsupported);
            return;
        }
        bindShortcut();
        return;
    }
    if (step != Step::Binding)
        return;
    if (response == responseSuccess) {
        const QList<PortalShortcut> bound = boundShortcuts(results.value(QStringLiteral("shortcuts")));
        const bool ours = std::any_of(bound.begin(), bound.end(), [](const PortalShortcut &shortcut) {
            return shortcut.id == shortcutId();
        });
        if (ours)
            setState(State::Registered);
        else
            fail(State::Taken);
        return;
    }
    // Cancelled means the person (or the desktop on their behalf) declined the combination
    // in the portal's dialog; anything else is the portal failing.
    fail(response == responseCancelled ? State::Taken : State::Unsupported);
}

void PortalGlobalShortcut::onActivated(const QDBusObjectPath &session, const QString &id, qulonglong,
                                       const QVariantMap &)
{
    if (state() == State::Registered && session.path() == m_sessionHandle && id == shortcutId())
        Q_EMIT activated();
}

void PortalGlobalShortcut::closeSession()
{
    if (m_sessionHandle.isEmpty())
        return;
    if (m_bus.isConnected()) {
        m_bus.send(QDBusMessage::createMethodCall(portalService, m_sessionHandle, sessionInterface,
                                                  QStringLiteral("Close")));
    }
    m_sessionHandle.clear();
}

void PortalGlobalShortcut::fail(State state)
{
    forgetRequest();
    m_step = Step::Idle;
    closeSession();
    setState(state);
}

} // namespace CodeGuru
