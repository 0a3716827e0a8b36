// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderEndpoint.h"
#include "ProviderError.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace CodeGuru {

class NetworkGateway;

/// `GET {base}/models` in flight. Deletes itself after `finished`.
class ModelListReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListReply)

public:
    ~ModelListReply() override;
    void cancel();

    /// Model ids from `{"data":[{"id":…}]}` (OpenAI) or `{"models":[{"name":…}]}` (Ollama native).
    static std::optional<QStringList> parse(const QByteArray &body);

Q_SIGNALS:
    void finished(const QStringList &models, const CodeGuru::ProviderError &error);

private:
    friend class ChatClient;
    ModelListReply(NetworkGateway *gateway, ProviderEndpoint endpoint, std::chrono::seconds timeout,
                   QObject *parent);
    void start();
    void onReplyFinished();
    void finish(const QStringList &models, const ProviderError &error);
    void detachReply();

    NetworkGateway *m_gateway;
    ProviderEndpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QString m_sslErrors;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace CodeGuru
