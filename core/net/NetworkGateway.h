// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QObject>

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

    QNetworkReply *get(QNetworkRequest request);
    QNetworkReply *post(QNetworkRequest request, const QByteArray &body);

    /// Qt 6.4's HTTP/2 can leave a finished stream open until the server closes it
    /// (QTBUG-111417, fixed in 6.5.1), so HTTP/2 is off unless turned on here.
    void setHttp2Allowed(bool allowed) { m_http2Allowed = allowed; }
    bool http2Allowed() const { return m_http2Allowed; }

    QNetworkAccessManager *manager() { return &m_manager; }

    static bool isSupportedUrl(const QUrl &url);
    /// What is left to read; empty for an aborted (closed) reply instead of a Qt warning.
    static QByteArray readRemaining(QNetworkReply *reply);

private:
    QNetworkRequest prepared(QNetworkRequest request) const;

    QNetworkAccessManager m_manager;
    bool m_http2Allowed;
};

} // namespace CodeGuru
