// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderEndpoint.h"

#include <QHostAddress>

namespace CodeGuru {

QUrl ProviderEndpoint::url(QStringView path) const
{
    QUrl result = baseUrl;
    QString basePath = result.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    result.setPath(basePath + QLatin1Char('/') + path.toString());
    return result;
}

QString ProviderEndpoint::hostAndPort() const
{
    const int defaultPort = baseUrl.scheme() == QLatin1StringView("https") ? 443 : 80;
    return baseUrl.host() + QLatin1Char(':') + QString::number(baseUrl.port(defaultPort));
}

bool ProviderEndpoint::isLocal() const
{
    const QString host = baseUrl.host();
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace CodeGuru
