// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeResponse.h"
#include "RecordedRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace CodeGuru::Testing {

/// A loopback HTTP/1.1 server that answers like an OpenAI-compatible provider, for tests.
///
/// Each request gets the oldest queued response, else the handler's answer, else the default
/// response (404 with an OpenAI-style error body unless set). Connections are kept alive unless
/// the client or the response says "Connection: close".
class FakeProviderServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    /// Starts listening on 127.0.0.1, on \a port or on a free port when 0.
    bool listen(quint16 port = 0);
    /// The port listened on, 0 before listen() succeeded.
    quint16 port() const;
    /// http://127.0.0.1:PORT/v1
    QUrl baseUrl() const;

    /// Queued responses are used in order (FIFO), one per request.
    void enqueue(const FakeResponse &response);
    /// Answers requests while the queue is empty.
    void setHandler(std::function<FakeResponse(const RecordedRequest &)> handler);
    /// Answers requests while the queue is empty and no handler is set.
    void setDefaultResponse(const FakeResponse &response);

    /// Every request received so far, oldest first.
    QList<RecordedRequest> requests() const;
    int requestCount() const;
    /// The most requests served at the same time: received, response not yet fully sent or closed.
    int peakConcurrentRequests() const;
    /// Connections currently open.
    int openConnections() const;
    /// Connections accepted since construction, open or not.
    int acceptedConnections() const;
    /// Aborts every open connection, including ones waiting on a neverAnswer response.
    void closeAllConnections();

Q_SIGNALS:
    /// A complete request arrived; emitted before its response is chosen.
    void requestReceived(const CodeGuru::Testing::RecordedRequest &request);
    /// A response was fully written, or cut or closed as scripted.
    void responseFinished();

private:
    struct Connection;
    using ConnectionPtr = std::shared_ptr<Connection>;

    void acceptPendingConnections();
    void readFromSocket(QTcpSocket *socket);
    void processBuffer(const ConnectionPtr &connection);
    void serve(const ConnectionPtr &connection, const RecordedRequest &request);
    FakeResponse responseFor(const RecordedRequest &request);
    void sendHead(const ConnectionPtr &connection);
    void sendBody(const ConnectionPtr &connection);
    bool write(const ConnectionPtr &connection, const QByteArray &bytes);
    void finishWhenFlushed(const ConnectionPtr &connection);
    void onBytesWritten(QTcpSocket *socket);
    void completeResponse(const ConnectionPtr &connection);
    void cutConnection(const ConnectionPtr &connection);
    void rejectMalformed(const ConnectionPtr &connection);
    void stopServing(const ConnectionPtr &connection);
    void dropConnection(QTcpSocket *socket);
    ConnectionPtr connectionFor(QTcpSocket *socket) const;

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, ConnectionPtr> m_connections;
    QQueue<FakeResponse> m_queue;
    std::function<FakeResponse(const RecordedRequest &)> m_handler;
    std::optional<FakeResponse> m_defaultResponse;
    QList<RecordedRequest> m_requests;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_acceptedConnections = 0;
};

} // namespace CodeGuru::Testing
