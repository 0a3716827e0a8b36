// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace CodeGuru {

/// Keeps one CodeGuru process per user and key: the first launch becomes the *primary* and
/// listens on a local socket; a later launch hands its command line to the primary and exits,
/// so `codeguru` raises the running window and `codeguru --quick-ask` opens Quick Ask in it.
///
/// The socket lives in the per-user runtime directory (XDG_RUNTIME_DIR on Linux, falling back
/// to QLocalServer's temp directory) under a name hashed from the key and the user, and only
/// the user may connect to it. A socket file left by a crashed primary is detected and replaced.
///
/// Wire format, one exchange per connection, each side one line of compact JSON:
/// the secondary sends `{"codeguru-instance":1,"arguments":[...]}\n`, the primary answers
/// `{"codeguru-instance":1,"accepted":true}\n` and closes. Unknown fields are ignored, so later
/// versions may add some; anything else (bad JSON, another version, a line over
/// kMaxMessageBytes, silence past the receive timeout) closes the connection with no signal.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr int kProtocolVersion = 1;
    /// The longest request line, newline included; a command line is far shorter.
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024;
    static constexpr int kDefaultSendTimeoutMs = 3000;
    static constexpr int kDefaultReceiveTimeoutMs = 5000;

    /// `key` names the group of processes of which only one may be primary. Derive it from the
    /// data directory, so that instances with different XDG_DATA_HOME (tests) stay apart.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the primary unless another live process already is; true when this object now
    /// listens (also when it already did). A stale socket file is removed first. Launches that
    /// race are serialised by a lock file next to the socket, so exactly one of them wins.
    /// Needs the thread's event loop afterwards to serve secondaries.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_server != nullptr; }

    /// For a secondary: sends `arguments` to the primary and waits, blocking this thread
    /// without an event loop, until it acknowledges them or `timeoutMs` (negative: no limit)
    /// has passed. False when nobody listens, the primary does not answer in time (hung), the
    /// answer is not an acknowledgement, the message is too long, or this object is the primary.
    bool sendToPrimary(const QStringList &arguments, int timeoutMs = kDefaultSendTimeoutMs);

    /// How long the primary waits for a connection's request before dropping it.
    void setReceiveTimeout(int milliseconds) { m_receiveTimeoutMs = milliseconds; }
    int receiveTimeout() const { return m_receiveTimeoutMs; }

    /// The QLocalServer name for this key: an absolute socket path on Unix when the runtime
    /// directory is short enough for sun_path, a plain name otherwise.
    QString serverName() const { return m_serverName; }
    static QString serverNameFor(const QString &key);

    /// The request line for `arguments`, newline included.
    static QByteArray encodeMessage(const QStringList &arguments);
    /// The arguments of a request line; nullopt for anything that is not a well-formed request
    /// of this protocol version within kMaxMessageBytes.
    static std::optional<QStringList> decodeMessage(const QByteArray &line);
    /// The primary's acknowledgement line, newline included.
    static QByteArray encodeAcknowledgement();
    static bool isAcknowledgement(const QByteArray &line);

Q_SIGNALS:
    /// The primary received the command line of a later launch (as that launch passed it to
    /// sendToPrimary(), normally QCoreApplication::arguments() with the program first).
    void messageReceived(const QStringList &arguments);

private:
    bool primaryAnswers() const;
    void acceptConnections();
    void serve(QLocalSocket *socket);
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QString m_lockPath;
    QLocalServer *m_server = nullptr; // child of this object
    int m_receiveTimeoutMs = kDefaultReceiveTimeoutMs;
};

} // namespace CodeGuru
