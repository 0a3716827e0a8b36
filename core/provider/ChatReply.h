// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatRequest.h"
#include "ChatResult.h"
#include "ProviderEndpoint.h"
#include "RetryPolicy.h"
#include "SseParser.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace CodeGuru {

class NetworkGateway;
struct ChatChunk;

/// Tuning shared by every request of a ChatClient.
struct ChatOptions
{
    RetryPolicy retry;
    /// Longest silence accepted, from sending to the first byte and between bytes.
    std::chrono::seconds idleTimeout {90};
    /// Cap for a non-streamed body; a reply that big is not a chat answer.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
};

/// One chat request in flight: streams deltas, retries before the first token, and
/// finishes exactly once. It deletes itself after `finished`, so hold it in a QPointer.
class ChatReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatReply)

public:
    ~ChatReply() override;

    /// Aborts at once; `finished` (Kind::Cancelled) is emitted before this returns.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ChatResult &result() const { return m_result; }

Q_SIGNALS:
    void contentReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    void refusalReceived(const QString &delta);
    /// A transient failure before the answer began; another attempt follows after `delayMs`.
    void retryScheduled(int retry, qint64 delayMs, const CodeGuru::ProviderError &error);
    void finished(const CodeGuru::ChatResult &result);

private:
    friend class ChatClient;
    ChatReply(NetworkGateway *gateway, ProviderEndpoint endpoint, ChatRequest request, ChatOptions options,
              int lane, QObject *parent);

    void startAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onIdleTimeout();
    void applyChunk(const ChatChunk &chunk);
    void failAttempt(const ProviderError &error);
    void finish(const ProviderError &error);
    void detachReply();
    bool answerStarted() const;

    NetworkGateway *m_gateway;
    ProviderEndpoint m_endpoint;
    ChatRequest m_request;
    ChatOptions m_options;
    int m_lane;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    SseParser m_parser;
    QByteArray m_body;
    QString m_sslErrors;
    ChatResult m_result;
    int m_retries = 0;
    bool m_streaming = false;
    bool m_sawDone = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace CodeGuru
