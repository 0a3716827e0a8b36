// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierFanout.h"

#include "ClassifierAnswer.h"
#include "net/NetworkGateway.h"

namespace CodeGuru {

ClassifierFanout::ClassifierFanout(NetworkGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_client(gateway)
{
    // A classifier answer is only useful before the deadline: no retries, and the idle
    // timeout only guards against a request outliving a forgotten fan-out.
    ChatOptions options;
    options.retry = RetryPolicy::none();
    options.idleTimeout = std::chrono::seconds(30);
    m_client.setOptions(options);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ClassifierFanout::onDeadline);
}

ClassifierFanout::~ClassifierFanout()
{
    cancel();
}

ChatRequest ClassifierFanout::requestFor(const ClassifierSpec &spec, const FanoutRequest &fanout)
{
    ChatRequest request;
    request.model = !spec.model.isEmpty() ? spec.model : fanout.classifierModel;
    request.stream = false;
    request.temperature = 0.0;
    request.maxTokens = spec.maxTokens;
    request.messages = {ChatMessage::system(fanout.systemPrompt),
                        ChatMessage::user(spec.promptFor(fanout.query))};
    return request;
}

RoutingDecision ClassifierFanout::decide(const ClassifierSpec &spec, const ChatResult &result)
{
    RoutingDecision decision;
    decision.id = spec.id;
    decision.context = spec.context;
    decision.decision = spec.defaultDecision;
    if (!result.ok()) {
        decision.source = RoutingDecision::Source::Error;
        decision.answer = result.error.userMessage();
        return decision;
    }
    decision.answer = result.content.trimmed();
    if (spec.answerKind == ClassifierSpec::AnswerKind::FileName) {
        if (const auto name = ClassifierAnswer::parseFileName(result.content)) {
            decision.source = RoutingDecision::Source::Network;
            decision.decision = !name->isEmpty();
            decision.fileName = *name;
            return decision;
        }
    } else if (const auto yes = ClassifierAnswer::parseYesNo(result.content)) {
        decision.source = RoutingDecision::Source::Network;
        decision.decision = *yes;
        return decision;
    }
    decision.source = RoutingDecision::Source::Unparsed;
    return decision;
}

void ClassifierFanout::start(const FanoutRequest &request)
{
    cancel();
    m_request = request;
    m_running = true;
    m_clock.start();
    const qsizetype count = request.classifiers.size();
    m_decisions = QList<std::optional<RoutingDecision>>(count);
    m_replies.clear();
    for (qsizetype i = 0; i < count; ++i) {
        const ClassifierSpec &spec = request.classifiers.at(i);
        const int lane = int(i / NetworkGateway::kConnectionsPerHost);
        ChatReply *reply = m_client.send(request.endpoint, requestFor(spec, request), lane);
        m_replies.append(reply);
        connect(reply, &ChatReply::finished, this,
                [this, i, spec](const ChatResult &result) { record(i, decide(spec, result)); });
        if (spec.timeout && *spec.timeout < request.deadline) {
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, i, spec] {
                if (m_decisions.at(i))
                    return;
                if (ChatReply *late = m_replies.at(i)) {
                    late->disconnect(this);
                    late->cancel();
                }
                RoutingDecision decision {spec.id,
                                          spec.context,
                                          spec.defaultDecision,
                                          RoutingDecision::Source::Timeout,
                                          QString(),
                                          QString(),
                                          0};
                record(i, decision);
            });
            timer->start(*spec.timeout);
            m_classifierTimers.append(timer);
        }
    }
    if (count == 0) {
        // Nothing to ask; still answer asynchronously so callers see one code path.
        QTimer::singleShot(0, this, [this] { finishIfComplete(); });
        return;
    }
    m_deadline.start(request.deadline);
}

void ClassifierFanout::record(qsizetype index, RoutingDecision decision)
{
    if (!m_running || m_decisions.at(index))
        return;
    decision.ms = m_clock.elapsed();
    m_decisions[index] = decision;
    Q_EMIT decided(decision);
    finishIfComplete();
}

void ClassifierFanout::onDeadline()
{
    if (!m_running)
        return;
    for (qsizetype i = 0; i < m_decisions.size(); ++i) {
        if (m_decisions.at(i))
            continue;
        if (ChatReply *late = m_replies.at(i)) {
            late->disconnect(this); // a late answer must never change a decision already used
            late->cancel();
        }
        const ClassifierSpec &spec = m_request.classifiers.at(i);
        m_decisions[i] =
            RoutingDecision {spec.id,   spec.context, spec.defaultDecision, RoutingDecision::Source::Timeout,
                             QString(), QString(),    m_clock.elapsed()};
        Q_EMIT decided(*m_decisions.at(i));
    }
    finishIfComplete();
}

void ClassifierFanout::finishIfComplete()
{
    if (!m_running)
        return;
    RoutingDecisions decisions;
    for (const auto &decision : std::as_const(m_decisions)) {
        if (!decision)
            return;
        decisions.append(*decision);
    }
    m_running = false;
    m_deadline.stop();
    stopClassifierTimers();
    Q_EMIT finished(decisions, m_clock.elapsed());
}

void ClassifierFanout::stopClassifierTimers()
{
    // deleteLater: this may run inside one of these timers' own timeout signal.
    for (QTimer *timer : std::as_const(m_classifierTimers)) {
        timer->stop();
        timer->deleteLater();
    }
    m_classifierTimers.clear();
}

void ClassifierFanout::cancel()
{
    m_running = false;
    m_deadline.stop();
    stopClassifierTimers();
    for (const QPointer<ChatReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
    m_replies.clear();
}

} // namespace CodeGuru
