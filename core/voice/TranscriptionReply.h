// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderEndpoint.h"
#include "TranscriptionRequest.h"
#include "TranscriptionResult.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace CodeGuru {

class NetworkGateway;

/// `POST {base}/audio/transcriptions` in flight. Finishes exactly once and deletes itself
/// afterwards, so hold it in a QPointer.
class TranscriptionReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptionReply)

public:
    ~TranscriptionReply() override;

    /// Aborts at once; `finished` (Kind::Cancelled) is emitted before this returns.
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// Bytes of the recording sent so far, for a progress display.
    void uploadProgressed(qint64 sent, qint64 total);
    void finished(const CodeGuru::TranscriptionResult &result);

private:
    friend class TranscriptionClient;
    TranscriptionReply(NetworkGateway *gateway, ProviderEndpoint endpoint, TranscriptionRequest request,
                       std::chrono::seconds idleTimeout, QObject *parent);
    void start();
    void onReadyRead();
    void onReplyFinished();
    void fail(ProviderError::Kind kind, const QString &detail = QString());
    void finish(const ProviderError &error, const QString &text = QString());
    void detachReply();

    NetworkGateway *m_gateway;
    ProviderEndpoint m_endpoint;
    TranscriptionRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QByteArray m_body;
    QString m_sslErrors;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace CodeGuru
