// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextRouter.h"

#include "RoutingHeuristics.h"

namespace CodeGuru {

ContextRouter::ContextRouter(NetworkGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_set(ClassifierSet::defaults())
    , m_fanout(gateway)
{
    m_prefetchTimer.setSingleShot(true);
    m_prefetchTimer.setInterval(std::chrono::milliseconds(350));
    connect(&m_prefetchTimer, &QTimer::timeout, this, [this] {
        if (m_fanout.isRunning() && m_query == m_prefetchQuery)
            return;
        startRun(m_prefetchQuery, m_prefetchInputs, false);
    });
    connect(&m_fanout, &ClassifierFanout::finished, this, &ContextRouter::onFanoutFinished);
}

void ContextRouter::setEndpoint(const ProviderEndpoint &endpoint, const QString &classifierModel)
{
    m_endpoint = endpoint;
    m_classifierModel = classifierModel.isEmpty() ? endpoint.model : classifierModel;
}

QString ContextRouter::modelFor(const ClassifierSpec &spec) const
{
    return spec.model.isEmpty() ? m_classifierModel : spec.model;
}

bool ContextRouter::applies(const ClassifierSpec &spec, const RoutingInputs &inputs) const
{
    if (!spec.enabled)
        return false;
    if (spec.context == QLatin1StringView("clipboard"))
        return inputs.clipboardAvailable;
    if (spec.context == QLatin1StringView("files"))
        return inputs.filesAttached;
    return true;
}

void ContextRouter::route(const QString &query, const RoutingInputs &inputs)
{
    m_prefetchTimer.stop();
    m_sendClock.start();
    if (m_fanout.isRunning() && m_query == query) {
        m_sendWaiting = true; // the prefetch for this very text is already asking
        return;
    }
    startRun(query, inputs, true);
}

void ContextRouter::prefetch(const QString &query, const RoutingInputs &inputs)
{
    if (query.trimmed().isEmpty())
        return;
    m_prefetchQuery = query;
    m_prefetchInputs = inputs;
    m_prefetchTimer.start();
}

void ContextRouter::cancel()
{
    m_prefetchTimer.stop();
    m_fanout.cancel();
    m_sendWaiting = false;
}

void ContextRouter::startRun(const QString &query, const RoutingInputs &inputs, bool forSend)
{
    m_fanout.cancel(); // answers for older text are of no use any more
    m_query = query;
    m_sendWaiting = forSend;
    m_order.clear();
    m_localDecisions.clear();

    FanoutRequest request;
    request.query = query;
    request.systemPrompt = m_set.systemPrompt;
    request.endpoint = m_endpoint;
    request.classifierModel = m_classifierModel;
    request.deadline = m_deadline;
    for (const ClassifierSpec &spec : std::as_const(m_set.classifiers)) {
        if (!applies(spec, inputs))
            continue;
        m_order.append(spec);
        if (auto decision = RoutingHeuristics::decide(spec, query, inputs.workspaceFileNames)) {
            m_localDecisions.append(*decision);
        } else if (auto cached = m_cache.find(spec.id, modelFor(spec), query)) {
            m_localDecisions.append(*cached);
        } else {
            request.classifiers.append(spec);
        }
    }
    m_fanout.start(request);
}

void ContextRouter::onFanoutFinished(const RoutingDecisions &networkDecisions, qint64 fanoutMs)
{
    Q_UNUSED(fanoutMs);
    for (const RoutingDecision &decision : networkDecisions) {
        const auto spec = std::find_if(m_order.cbegin(), m_order.cend(),
                                       [&decision](const ClassifierSpec &s) { return s.id == decision.id; });
        if (spec != m_order.cend())
            m_cache.store(modelFor(*spec), m_query, decision);
    }
    const bool forSend = m_sendWaiting;
    m_sendWaiting = false;
    RoutingDecisions merged;
    for (const ClassifierSpec &spec : std::as_const(m_order)) {
        const auto byId = [&spec](const RoutingDecision &d) { return d.id == spec.id; };
        if (auto local = std::find_if(m_localDecisions.cbegin(), m_localDecisions.cend(), byId);
            local != m_localDecisions.cend())
            merged.append(*local);
        else if (auto remote = std::find_if(networkDecisions.cbegin(), networkDecisions.cend(), byId);
                 remote != networkDecisions.cend())
            merged.append(*remote);
    }
    if (forSend)
        Q_EMIT routed(m_query, merged, m_sendClock.elapsed());
    else
        Q_EMIT prefetched(m_query, merged); // the cache now holds the answers too
}

} // namespace CodeGuru
