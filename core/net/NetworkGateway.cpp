// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkGateway.h"

#include "Version.h"

#include <QHttpMultiPart>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

namespace CodeGuru {

namespace {
constexpr int kMaxRedirects = 5;
}

NetworkGateway::NetworkGateway(QObject *parent)
    : QObject(parent)
    , m_manager(this)
    , m_http2Allowed(QT_VERSION >= QT_VERSION_CHECK(6, 5, 1))
{
    // Debian's Qt already reads the desktop/env proxy; other builds need to be told.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

bool NetworkGateway::isSupportedUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"));
}

QByteArray NetworkGateway::readRemaining(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

void NetworkGateway::release(QPointer<QNetworkReply> &reply, QObject *owner)
{
    if (!reply)
        return;
    QNetworkReply *released = reply;
    reply = nullptr;
    released->disconnect(owner);
    if (released->isRunning())
        released->abort();
    released->deleteLater();
}

QString NetworkGateway::describe(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(QStringLiteral("; "));
}

QNetworkRequest NetworkGateway::prepared(QNetworkRequest request) const
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    if (!request.hasRawHeader("User-Agent"))
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("CodeGuru/" CODEGURU_VERSION_STRING));
    return request;
}

QNetworkAccessManager *NetworkGateway::managerForLane(int lane)
{
    if (lane <= 0)
        return &m_manager;
    constexpr int kMaxLanes = 16; // 96 parallel requests to one host is plenty
    lane = std::min(lane, kMaxLanes);
    while (m_extraLanes.size() < lane) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_extraLanes.append(manager);
    }
    return m_extraLanes.at(lane - 1);
}

QNetworkReply *NetworkGateway::get(QNetworkRequest request, int lane)
{
    return managerForLane(lane)->get(prepared(std::move(request)));
}

QNetworkReply *NetworkGateway::post(QNetworkRequest request, const QByteArray &body, int lane)
{
    return managerForLane(lane)->post(prepared(std::move(request)), body);
}

QNetworkReply *NetworkGateway::post(QNetworkRequest request, QHttpMultiPart *multiPart, int lane)
{
    QNetworkReply *reply = managerForLane(lane)->post(prepared(std::move(request)), multiPart);
    // QNAM reads the parts while the upload runs, so they must live exactly as long as the reply.
    multiPart->setParent(reply);
    return reply;
}

} // namespace CodeGuru
