// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace CodeGuru {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "codeguru.instance")

// sun_path holds 108 bytes on Linux and 104 on macOS, terminator included.
constexpr qsizetype kMaxSocketPathBytes = 100;
// Connecting to a live local socket is immediate; only a full backlog of a hung primary waits.
constexpr int kProbeTimeoutMs = 1000;
// The lock guards a few system calls; waiting longer means its holder hangs, and then this
// launch had better report "not primary" and let the caller start on its own.
constexpr int kLockTimeoutMs = 3000;
constexpr qsizetype kMaxAcknowledgementBytes = 1024;

const QString kVersionKey = QStringLiteral("codeguru-instance");
const QString kArgumentsKey = QStringLiteral("arguments");
const QString kAcceptedKey = QStringLiteral("accepted");

std::optional<QJsonObject> parseLine(const QByteArray &line, qsizetype maxBytes)
{
    if (line.size() > maxBytes || !line.endsWith('\n'))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.chopped(1), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(kVersionKey);
    if (!version.isDouble() || version.toInteger(-1) != SingleInstance::kProtocolVersion)
        return std::nullopt;
    return object;
}

QByteArray toLine(const QJsonObject &object)
{
    // Compact JSON escapes every newline inside strings, so the line ends where the object does.
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(deadline.remainingTime()); // -1 (forever) is what waitFor*() take as "no limit"
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(key))
{
    const QString socketPath = QDir::isAbsolutePath(m_serverName)
        ? m_serverName
        : QDir(QDir::tempPath()).filePath(m_serverName); // where QLocalServer puts a plain name
    m_lockPath = socketPath + QStringLiteral(".lock");
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &key)
{
    // The user is part of the hash, so two people on one machine never share a name even
    // where the socket lands in a shared directory.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(key.toUtf8());
    hash.addData(QByteArrayView("\n"));
#ifdef Q_OS_UNIX
    hash.addData(QByteArray::number(qulonglong(::getuid())));
#else
    hash.addData(QDir::homePath().toUtf8());
#endif
    const QString name = QStringLiteral("codeguru-") + QString::fromLatin1(hash.result().toHex().left(32));
#ifdef Q_OS_UNIX
    // QLocalServer would use QDir::tempPath(), shared by every user; the runtime directory is
    // the user's own (0700) and is emptied at log-out, which also clears crashed sockets.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) {
        const QString path = QDir(runtime).filePath(name);
        if (QFile::encodeName(path).size() < kMaxSocketPathBytes)
            return path;
    }
#endif
    return name;
}

bool SingleInstance::tryBecomePrimary()
{
    if (m_server)
        return true;
    // Without the lock two launches at the same moment could both find nobody listening, and
    // the second would remove the socket the first had just created: two primaries, one unreachable.
    QLockFile lock(m_lockPath);
    if (!lock.tryLock(kLockTimeoutMs)) {
        qCWarning(lcInstance) << "cannot take the start-up lock" << m_lockPath << "error" << lock.error();
        return false;
    }
    if (primaryAnswers())
        return false;
    // Nobody listens: a file still there was left by a primary that crashed.
    QLocalServer::removeServer(m_serverName);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        qCWarning(lcInstance) << "cannot listen on" << m_serverName << server->errorString();
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    m_server = server;
    return true;
}

bool SingleInstance::primaryAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(kProbeTimeoutMs)) {
        probe.abort();
        return true;
    }
    // Only "missing" and "refused" prove that nobody listens. A timeout (full backlog) or a
    // permission error means something is there that must not be removed.
    const QLocalSocket::LocalSocketError error = probe.error();
    return error != QLocalSocket::ServerNotFoundError && error != QLocalSocket::ConnectionRefusedError;
}

bool SingleInstance::sendToPrimary(const QStringList &arguments, int timeoutMs)
{
    if (m_server) {
        qCWarning(lcInstance) << "the primary does not send to itself";
        return false;
    }
    const QByteArray message = encodeMessage(arguments);
    if (message.size() > kMaxMessageBytes) {
        qCWarning(lcInstance) << "the command line is too long to hand over:" << message.size() << "bytes";
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    const auto failed = [&socket](const char *step) {
        qCWarning(lcInstance) << "the running instance did not take the command line:" << step
                              << socket.errorString();
        return false;
    };
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(remainingMs(deadline)))
        return failed("connect");
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remainingMs(deadline)))
            return failed("write");
    }
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > kMaxAcknowledgementBytes)
            return failed("acknowledgement too long");
        if (!socket.waitForReadyRead(remainingMs(deadline)))
            return failed("acknowledgement");
    }
    if (!isAcknowledgement(socket.readLine(kMaxAcknowledgementBytes + 1)))
        return failed("unexpected acknowledgement");
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection())
        serve(socket);
}

void SingleInstance::serve(QLocalSocket *socket)
{
    // The socket is the server's child; each path below ends in deleteLater(), and the
    // deadline makes sure one does even for a client that connects and says nothing.
    socket->setReadBufferSize(kMaxMessageBytes);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    deadline->start(m_receiveTimeoutMs);
    if (socket->bytesAvailable() > 0)
        readRequest(socket);
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        // The read buffer stops at the limit, so a full buffer without a newline is all we
        // would ever get: an oversized or endless message.
        if (socket->bytesAvailable() >= kMaxMessageBytes) {
            qCWarning(lcInstance) << "dropped an oversized message";
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    const std::optional<QStringList> arguments = decodeMessage(socket->readLine(kMaxMessageBytes + 1));
    socket->disconnect(this); // one request per connection; whatever follows is ignored
    if (!arguments) {
        qCWarning(lcInstance) << "dropped a malformed message";
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->write(encodeAcknowledgement());
    // Into the kernel now: a handler that quits the application must not lose the acknowledgement.
    socket->flush();
    socket->disconnectFromServer(); // after the acknowledgement is written; then deleteLater()
    Q_EMIT messageReceived(*arguments);
}

QByteArray SingleInstance::encodeMessage(const QStringList &arguments)
{
    return toLine(QJsonObject {{kVersionKey, kProtocolVersion},
                               {kArgumentsKey, QJsonArray::fromStringList(arguments)}});
}

std::optional<QStringList> SingleInstance::decodeMessage(const QByteArray &line)
{
    const std::optional<QJsonObject> object = parseLine(line, kMaxMessageBytes);
    if (!object)
        return std::nullopt;
    const QJsonValue list = object->value(kArgumentsKey);
    if (!list.isArray())
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &argument : list.toArray()) {
        if (!argument.isString())
            return std::nullopt;
        arguments.append(argument.toString());
    }
    return arguments;
}

QByteArray SingleInstance::encodeAcknowledgement()
{
    return toLine(QJsonObject {{kVersionKey, kProtocolVersion}, {kAcceptedKey, true}});
}

bool SingleInstance::isAcknowledgement(const QByteArray &line)
{
    const std::optional<QJsonObject> object = parseLine(line, kMaxAcknowledgementBytes);
    return object && object->value(kAcceptedKey) == QJsonValue(true);
}

} // namespace CodeGuru
