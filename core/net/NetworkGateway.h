// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QHttpMultiPart;

namespace CodeGuru {

/// The one owner of QNetworkAccessManager in CodeGuru. Every request passes through here so
/// that the defensive defaults (redirect policy, no HTTP/2 on Qt < 6.5.1, system proxy, user
/// agent) are applied in one place. Replies are children of the manager; callers
/// deleteLater() them.
class NetworkGateway : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkGateway)

public:
    explicit NetworkGateway(QObject *parent = nullptr);

    /// Qt 6.4 runs at most six HTTP/1.1 requests per host and manager, queueing the rest
    /// (QHttp1Configuration arrives in 6.5). Requests on different lanes go through different
    /// managers, so a fan-out of N requests on lanes 0..N/6 all run at once.
    static constexpr int kConnectionsPerHost = 6;

    QNetworkReply *get(QNetworkRequest request, int lane = 0);
    QNetworkReply *post(QNetworkRequest request, const QByteArray &body, int lane = 0);
    /// A multipart/form-data upload; the reply takes ownership of `multiPart`.
    QNetworkReply *post(QNetworkRequest request, QHttpMultiPart *multiPart, int lane = 0);
    /// The manager serving `lane`, created on first use.
    QNetworkAccessManager *managerForLane(int lane);
    int laneCount() const { return int(m_extraLanes.size()) + 1; }

    /// Qt 6.4's HTTP/2 can leave a finished stream open until the server closes it
    /// (QTBUG-111417, fixed in 6.5.1), so HTTP/2 is off unless turned on here.
    void setHttp2Allowed(bool allowed) { m_http2Allowed = allowed; }
    bool http2Allowed() const { return m_http2Allowed; }

    QNetworkAccessManager *manager() { return &m_manager; }

    static bool isSupportedUrl(const QUrl &url);
    /// What is left to read; empty for an aborted (closed) reply instead of a Qt warning.
    static QByteArray readRemaining(QNetworkReply *reply);
    /// Disconnects `reply` from `owner`, aborts it if still running and deletes it later;
    /// clears the pointer. Safe to call twice.
    static void release(QPointer<QNetworkReply> &reply, QObject *owner);
    /// The certificate problems as one line, for the TLS error message.
    static QString describe(const QList<QSslError> &errors);

private:
    QNetworkRequest prepared(QNetworkRequest request) const;

    QNetworkAccessManager m_manager;
    QList<QNetworkAccessManager *> m_extraLanes; // children of this gateway
    bool m_http2Allowed;
};

} // namespace CodeGuru
