// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelListReply.h"

#include "ProviderErrorMapper.h"
#include "net/NetworkGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslError>

namespace CodeGuru {

namespace {
constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;
}

ModelListReply::ModelListReply(NetworkGateway *gateway, ProviderEndpoint endpoint,
                               std::chrono::seconds timeout, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_endpoint(std::move(endpoint))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ModelListReply::~ModelListReply()
{
    detachReply();
}

std::optional<QStringList> ModelListReply::parse(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    QStringList models;
    if (object.value(QLatin1StringView("data")).isArray()) {
        const QJsonArray data = object.value(QLatin1StringView("data")).toArray();
        for (const QJsonValue &entry : data)
            models.append(entry.toObject().value(QLatin1StringView("id")).toString());
    } else if (object.value(QLatin1StringView("models")).isArray()) {
        const QJsonArray data = object.value(QLatin1StringView("models")).toArray();
        for (const QJsonValue &entry : data)
            models.append(entry.toObject().value(QLatin1StringView("name")).toString());
    } else {
        return std::nullopt;
    }
    models.removeAll(QString());
    return models;
}

void ModelListReply::start()
{
    const QUrl url = m_endpoint.url(u"models");
    if (!NetworkGateway::isSupportedUrl(url)) {
        ProviderError error = ProviderError::make(ProviderError::Kind::InvalidUrl);
        error.host = m_endpoint.baseUrl.toString(QUrl::RemoveUserInfo);
        QTimer::singleShot(0, this, [this, error] { finish({}, error); });
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    for (const auto &[name, value] : std::as_const(m_endpoint.extraHeaders))
        request.setRawHeader(name, value);
    m_reply = m_gateway->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ModelListReply::onReplyFinished);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_timeout.start();
        if (m_reply->bytesAvailable() > kMaxBodyBytes) {
            ProviderError error = ProviderError::make(ProviderError::Kind::MalformedReply);
            error.host = m_endpoint.hostAndPort();
            finish({}, error);
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = NetworkGateway::describe(errors); });
    m_timeout.start();
}

void ModelListReply::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    const QByteArray body = NetworkGateway::readRemaining(m_reply);
    ReplyFacts facts = ReplyFacts::of(*m_reply, body, m_endpoint);
    facts.sslErrors = m_sslErrors;
    facts.timedOut = m_timedOut;
    facts.timeout = std::chrono::duration_cast<std::chrono::seconds>(m_timeout.intervalAsDuration());
    ProviderError error = ProviderErrorMapper::map(facts);
    if (error.isError()) {
        finish({}, error);
        return;
    }
    const auto models = parse(body);
    if (!models) {
        error = ProviderError::make(ProviderError::Kind::MalformedReply);
        error.host = m_endpoint.hostAndPort();
        finish({}, error);
        return;
    }
    finish(*models, error);
}

void ModelListReply::detachReply()
{
    m_timeout.stop();
    NetworkGateway::release(m_reply, this);
}

void ModelListReply::cancel()
{
    if (!m_finished)
        finish({}, ProviderError::make(ProviderError::Kind::Cancelled));
}

void ModelListReply::finish(const QStringList &models, const ProviderError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    detachReply();
    Q_EMIT finished(models, error);
    deleteLater();
}

} // namespace CodeGuru
