// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeProviderServer.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <utility>

namespace CodeGuru::Testing {

namespace {

// Far above any request a test sends; only there so a broken client cannot grow the buffer forever.
constexpr qsizetype kMaxHeadBytes = 1024 * 1024;

enum class ParseStatus { Incomplete, Complete, Malformed };

struct ParseResult
{
    ParseStatus status = ParseStatus::Incomplete;
    RecordedRequest request;
    qsizetype consumed = 0;
    bool headComplete = false;
};

// Reads one line ending at '\n' from pos; a trailing '\r' is dropped. Returns false if no full line yet.
bool takeLine(const QByteArray &buffer, qsizetype &pos, QByteArray &line)
{
    const qsizetype end = buffer.indexOf('\n', pos);
    if (end < 0)
        return false;
    line = buffer.mid(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = end + 1;
    return true;
}

bool hasToken(const QByteArray &headerValue, QByteArrayView token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [token](const QByteArray &part) {
        return token.compare(part.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

ParseStatus decodeChunkedBody(const QByteArray &buffer, qsizetype &pos, QByteArray &body)
{
    for (;;) {
        QByteArray sizeLine;
        if (!takeLine(buffer, pos, sizeLine))
            return ParseStatus::Incomplete;
        const qsizetype extension = sizeLine.indexOf(';');
        if (extension >= 0)
            sizeLine.truncate(extension);
        bool ok = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return ParseStatus::Malformed;
        if (size == 0) {
            QByteArray trailer;
            do {
                if (!takeLine(buffer, pos, trailer))
                    return ParseStatus::Incomplete;
            } while (!trailer.isEmpty());
            return ParseStatus::Complete;
        }
        if (buffer.size() - pos < size)
            return ParseStatus::Incomplete;
        body += buffer.mid(pos, size);
        pos += size;
        QByteArray terminator;
        if (!takeLine(buffer, pos, terminator))
            return ParseStatus::Incomplete;
        if (!terminator.isEmpty())
            return ParseStatus::Malformed;
    }
}

ParseResult parseRequest(const QByteArray &buffer)
{
    ParseResult result;
    qsizetype pos = 0;
    QByteArray line;

    // RFC 9112 §2.2: a server should ignore empty lines received before the request line.
    do {
        if (!takeLine(buffer, pos, line)) {
            if (buffer.size() > kMaxHeadBytes)
                result.status = ParseStatus::Malformed;
            return result;
        }
    } while (line.isEmpty());

    const QList<QByteArray> requestLine = line.split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1.")) {
        result.status = ParseStatus::Malformed;
        return result;
    }
    RecordedRequest &request = result.request;
    request.method = requestLine.at(0);
    request.path = requestLine.at(1);
    request.version = requestLine.at(2);

    for (;;) {
        if (!takeLine(buffer, pos, line)) {
            if (buffer.size() > kMaxHeadBytes)
                result.status = ParseStatus::Malformed;
            return result;
        }
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        // A leading space would be obsolete line folding, which RFC 9112 lets a server reject.
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            result.status = ParseStatus::Malformed;
            return result;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    result.headComplete = true;

    if (hasToken(request.header("Transfer-Encoding"), "chunked")) {
        result.status = decodeChunkedBody(buffer, pos, request.body);
        if (result.status == ParseStatus::Incomplete)
            request.body.clear();
    } else {
        const QByteArray lengthValue = request.header("Content-Length");
        qint64 length = 0;
        if (!lengthValue.isEmpty()) {
            bool ok = false;
            length = lengthValue.toLongLong(&ok);
            if (!ok || length < 0) {
                result.status = ParseStatus::Malformed;
                return result;
            }
        }
        if (buffer.size() - pos < length)
            return result;
        request.body = buffer.mid(pos, length);
        pos += length;
        result.status = ParseStatus::Complete;
    }
    result.consumed = pos;
    return result;
}

struct Reason
{
    int status;
    const char *phrase;
};

constexpr Reason kReasons[] = {
    {100, "Continue"},
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {204, "No Content"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {304, "Not Modified"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {408, "Request Timeout"},
    {409, "Conflict"},
    {413, "Content Too Large"},
    {415, "Unsupported Media Type"},
    {422, "Unprocessable Content"},
    {429, "Too Many Requests"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {529, "Overloaded"},
};

QByteArray reasonPhrase(int status)
{
    const auto *found = std::find_if(std::cbegin(kReasons), std::cend(kReasons),
                                     [status](const Reason &reason) { return reason.status == status; });
    // Clients ignore the phrase, but the status line still needs one.
    return found != std::cend(kReasons) ? QByteArray(found->phrase) : QByteArray("Status");
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const QPair<QByteArray, QByteArray> &field) {
        return name.compare(field.first, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

struct FakeProviderServer::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    bool closed = false;
    bool serving = false;
    bool sentContinue = false;

    // The response being served.
    FakeResponse response;
    bool http10 = false;
    bool headRequest = false;
    bool closeAfterResponse = false;
    bool chunked = false;
    bool terminatorNeeded = false;
    qint64 bodyLimit = 0;
    qint64 bodySent = 0;
    bool cutting = false;
    bool awaitingFlush = false;
};

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<CodeGuru::Testing::RecordedRequest>();
    connect(m_server, &QTcpServer::newConnection, this, &FakeProviderServer::acceptPendingConnections);
}

FakeProviderServer::~FakeProviderServer()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_connections.clear();
}

bool FakeProviderServer::listen(quint16 port)
{
    if (m_server->isListening())
        return port == 0 || port == m_server->serverPort();
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeProviderServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeProviderServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void FakeProviderServer::enqueue(const FakeResponse &response)
{
    m_queue.enqueue(response);
}

void FakeProviderServer::setHandler(std::function<FakeResponse(const RecordedRequest &)> handler)
{
    m_handler = std::move(handler);
}

void FakeProviderServer::setDefaultResponse(const FakeResponse &response)
{
    m_defaultResponse = response;
}

QList<RecordedRequest> FakeProviderServer::requests() const
{
    return m_requests;
}

int FakeProviderServer::requestCount() const
{
    return int(m_requests.size());
}

int FakeProviderServer::peakConcurrentRequests() const
{
    return m_peakInFlight;
}

int FakeProviderServer::openConnections() const
{
    return int(m_connections.size());
}

int FakeProviderServer::acceptedConnections() const
{
    return m_acceptedConnections;
}

void FakeProviderServer::closeAllConnections()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        // abort() only reports disconnected() for sockets that were still connected.
        dropConnection(socket);
    }
}

void FakeProviderServer::acceptPendingConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_acceptedConnections;
        // Without it, Nagle's algorithm merges the small writes that chunkSize asks for.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFromSocket(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { onBytesWritten(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropConnection(socket); });
        if (socket->state() != QAbstractSocket::ConnectedState)
            dropConnection(socket);
        else if (socket->bytesAvailable() > 0)
            readFromSocket(socket);
    }
}

void FakeProviderServer::readFromSocket(QTcpSocket *socket)
{
    const ConnectionPtr connection = connectionFor(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    processBuffer(connection);
}

void FakeProviderServer::processBuffer(const ConnectionPtr &connection)
{
    // HTTP/1.1 answers in order, so a pipelined request waits in the buffer until the current one is done.
    if (connection->closed || connection->serving)
        return;
    ParseResult parsed = parseRequest(connection->buffer);
    switch (parsed.status) {
    case ParseStatus::Incomplete:
        if (parsed.headComplete && !connection->sentContinue
            && hasToken(parsed.request.header("Expect"), "100-continue")) {
            // curl waits a second for this before sending large bodies.
            connection->sentContinue = true;
            write(connection, "HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case ParseStatus::Malformed:
        rejectMalformed(connection);
        return;
    case ParseStatus::Complete:
        break;
    }
    connection->buffer.remove(0, parsed.consumed);
    connection->sentContinue = false;
    serve(connection, parsed.request);
}

void FakeProviderServer::serve(const ConnectionPtr &connection, const RecordedRequest &request)
{
    m_requests.append(request);
    connection->serving = true;
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);

    connection->http10 = request.version == "HTTP/1.0";
    connection->headRequest = request.method == "HEAD";
    const QByteArray connectionHeader = request.header("Connection");
    connection->closeAfterResponse = hasToken(connectionHeader, "close")
        || (connection->http10 && !hasToken(connectionHeader, "keep-alive"));

    Q_EMIT requestReceived(request);
    if (connection->closed)
        return;
    connection->response = responseFor(request);
    if (connection->closed || connection->response.neverAnswer)
        return;

    if (connection->response.latencyMs > 0) {
        QTcpSocket *socket = connection->socket;
        QTimer::singleShot(connection->response.latencyMs, socket, [this, socket] {
            if (const ConnectionPtr current = connectionFor(socket))
                sendHead(current);
        });
    } else {
        sendHead(connection);
    }
}

FakeResponse FakeProviderServer::responseFor(const RecordedRequest &request)
{
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    if (m_handler)
        return m_handler(request);
    if (m_defaultResponse)
        return *m_defaultResponse;
    return FakeResponse::error(404,
                               QStringLiteral("FakeProviderServer: no response scripted for ")
                                   + QString::fromLatin1(request.method) + QLatin1Char(' ')
                                   + QString::fromLatin1(request.path),
                               QStringLiteral("invalid_request_error"));
}

void FakeProviderServer::sendHead(const ConnectionPtr &connection)
{
    const FakeResponse &response = connection->response;
    if (response.closeWithoutResponse) {
        stopServing(connection);
        connection->socket->disconnectFromHost();
        Q_EMIT responseFinished();
        return;
    }

    const int status = response.status;
    const bool bodyAllowed = !(status == 204 || status == 304 || (status >= 100 && status < 200));
    // HTTP/1.0 clients do not know chunked encoding.
    connection->chunked = response.chunked && bodyAllowed && !connection->http10;
    const bool sendsBody = bodyAllowed && !connection->headRequest;
    connection->terminatorNeeded = connection->chunked && sendsBody;
    connection->bodyLimit = sendsBody ? response.body.size() : 0;
    if (response.cutAfterBytes >= 0)
        connection->bodyLimit = std::min(connection->bodyLimit, response.cutAfterBytes);
    connection->cutting = response.cutAfterBytes >= 0;
    connection->bodySent = 0;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!response.contentType.isEmpty() && !hasHeader(response.headers, "Content-Type"))
        head += "Content-Type: " + response.contentType + "\r\n";
    if (bodyAllowed) {
        if (connection->chunked) {
            if (!hasHeader(response.headers, "Transfer-Encoding"))
                head += "Transfer-Encoding: chunked\r\n";
        } else if (!hasHeader(response.headers, "Content-Length")) {
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        }
    }
    for (const auto &field : response.headers) {
        head += field.first + ": " + field.second + "\r\n";
        if (QByteArrayView("Connection").compare(field.first, Qt::CaseInsensitive) == 0
            && hasToken(field.second, "close"))
            connection->closeAfterResponse = true;
    }
    if (!hasHeader(response.headers, "Connection"))
        head += connection->closeAfterResponse ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";

    if (write(connection, head))
        sendBody(connection);
}

void FakeProviderServer::sendBody(const ConnectionPtr &connection)
{
    const FakeResponse &response = connection->response;
    while (connection->bodySent < connection->bodyLimit) {
        qint64 size = connection->bodyLimit - connection->bodySent;
        if (response.chunkSize > 0)
            size = std::min<qint64>(size, response.chunkSize);
        const QByteArray piece = response.body.mid(connection->bodySent, size);
        connection->bodySent += size;
        const bool written = connection->chunked
            ? write(connection, QByteArray::number(size, 16) + "\r\n" + piece + "\r\n")
            : write(connection, piece);
        if (!written)
            return;
        if (connection->bodySent < connection->bodyLimit && response.delayBetweenChunksMs > 0) {
            QTcpSocket *socket = connection->socket;
            QTimer::singleShot(response.delayBetweenChunksMs, socket, [this, socket] {
                if (const ConnectionPtr current = connectionFor(socket))
                    sendBody(current);
            });
            return;
        }
    }
    if (!connection->cutting && connection->terminatorNeeded && !write(connection, "0\r\n\r\n"))
        return;
    finishWhenFlushed(connection);
}

bool FakeProviderServer::write(const ConnectionPtr &connection, const QByteArray &bytes)
{
    connection->socket->write(bytes);
    // Pushes each write into the kernel now, so a chunk travels as its own segment rather than being
    // merged with the next one in Qt's buffer. May report disconnected() synchronously.
    connection->socket->flush();
    return !connection->closed;
}

void FakeProviderServer::finishWhenFlushed(const ConnectionPtr &connection)
{
    // abort() throws away whatever Qt still buffers, so a cut must wait until the bytes reached the kernel.
    if (connection->socket->bytesToWrite() > 0) {
        connection->awaitingFlush = true;
        return;
    }
    if (connection->cutting)
        cutConnection(connection);
    else
        completeResponse(connection);
}

void FakeProviderServer::onBytesWritten(QTcpSocket *socket)
{
    const ConnectionPtr connection = connectionFor(socket);
    if (!connection || !connection->awaitingFlush || socket->bytesToWrite() > 0)
        return;
    connection->awaitingFlush = false;
    finishWhenFlushed(connection);
}

void FakeProviderServer::completeResponse(const ConnectionPtr &connection)
{
    stopServing(connection);
    if (connection->closeAfterResponse) {
        connection->socket->disconnectFromHost();
    } else {
        QTcpSocket *socket = connection->socket;
        QMetaObject::invokeMethod(
            socket,
            [this, socket] {
                if (const ConnectionPtr current = connectionFor(socket))
                    processBuffer(current);
            },
            Qt::QueuedConnection);
    }
    Q_EMIT responseFinished();
}

void FakeProviderServer::cutConnection(const ConnectionPtr &connection)
{
    stopServing(connection);
    connection->socket->abort();
    Q_EMIT responseFinished();
}

void FakeProviderServer::rejectMalformed(const ConnectionPtr &connection)
{
    connection->buffer.clear();
    if (write(connection, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
        connection->socket->disconnectFromHost();
}

void FakeProviderServer::stopServing(const ConnectionPtr &connection)
{
    if (!connection->serving)
        return;
    connection->serving = false;
    connection->awaitingFlush = false;
    --m_inFlight;
}

void FakeProviderServer::dropConnection(QTcpSocket *socket)
{
    const ConnectionPtr connection = m_connections.take(socket);
    if (!connection)
        return;
    stopServing(connection);
    connection->closed = true;
    socket->disconnect(this);
    socket->deleteLater();
}

FakeProviderServer::ConnectionPtr FakeProviderServer::connectionFor(QTcpSocket *socket) const
{
    return m_connections.value(socket);
}

} // namespace CodeGuru::Testing
