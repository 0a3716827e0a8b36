// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClassifierSpec.h"
#include "RoutingDecision.h"
#include "provider/ChatClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace CodeGuru {

/// What to ask and where.
struct FanoutRequest
{
    QString query;
    QList<ClassifierSpec> classifiers;
    QString systemPrompt;
    ProviderEndpoint endpoint;
    QString classifierModel; ///< empty: the endpoint's model; a spec's own model wins
    std::chrono::milliseconds deadline {2000};
};

/// Asks every classifier at the same time and collects the answers until all are in or the
/// deadline passes; unanswered ones take their default. Requests are spread over network
/// lanes six at a time, because Qt 6.4 queues the seventh request to one HTTP/1.1 host.
class ClassifierFanout : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifierFanout)

public:
    explicit ClassifierFanout(NetworkGateway *gateway, QObject *parent = nullptr);
    ~ClassifierFanout() override;

    /// Starts all classifiers at once; a previous run is cancelled first.
    void start(const FanoutRequest &request);
    /// Aborts every request in flight; `finished` is not emitted for the cancelled run.
    void cancel();
    bool isRunning() const { return m_running; }
    const QString &query() const { return m_request.query; }

    /// The chat request for one classifier (temperature 0, a few tokens, not streamed).
    static ChatRequest requestFor(const ClassifierSpec &spec, const FanoutRequest &fanout);
    /// Turns a classifier reply into a decision.
    static RoutingDecision decide(const ClassifierSpec &spec, const ChatResult &result);

Q_SIGNALS:
    void decided(const CodeGuru::RoutingDecision &decision);
    void finished(const CodeGuru::RoutingDecisions &decisions, qint64 totalMs);

private:
    void record(qsizetype index, RoutingDecision decision);
    void onDeadline();
    void finishIfComplete();
    void stopClassifierTimers();

    ChatClient m_client;
    FanoutRequest m_request;
    QList<QPointer<ChatReply>> m_replies;
    QList<std::optional<RoutingDecision>> m_decisions;
    QList<QTimer *> m_classifierTimers;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace CodeGuru
