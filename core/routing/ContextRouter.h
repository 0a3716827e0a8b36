// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClassifierFanout.h"
#include "ClassifierSet.h"
#include "RoutingCache.h"

#include <QObject>
#include <QTimer>

namespace CodeGuru {

/// What context exists right now: classifiers about absent context are not asked.
struct RoutingInputs
{
    bool clipboardAvailable = false;
    bool filesAttached = false;
    QStringList workspaceFileNames; ///< for the load-file fast path
};

/// Decides which context a question needs: the local fast path and the cache first, then
/// every remaining classifier at once through ClassifierFanout. The UI can prefetch while the
/// person types; a send for the same text then reuses the answers (or the run in flight).
class ContextRouter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextRouter)

public:
    explicit ContextRouter(NetworkGateway *gateway, QObject *parent = nullptr);

    void setClassifierSet(const ClassifierSet &set) { m_set = set; }
    const ClassifierSet &classifierSet() const { return m_set; }
    void setEndpoint(const ProviderEndpoint &endpoint, const QString &classifierModel = QString());
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    void setPrefetchDelay(std::chrono::milliseconds delay) { m_prefetchTimer.setInterval(delay); }

    /// Routes `query`; `routed` follows (never before this returns). Older runs are cancelled
    /// unless one for the same text is already in flight, which is then awaited instead.
    void route(const QString &query, const RoutingInputs &inputs);
    /// Debounced route() for text still being typed; its results land in the cache.
    void prefetch(const QString &query, const RoutingInputs &inputs);
    void cancel();

    RoutingCache &cache() { return m_cache; }

Q_SIGNALS:
    void routed(const QString &query, const CodeGuru::RoutingDecisions &decisions, qint64 totalMs);
    /// A prefetch finished: what routing would decide if the text were sent now.
    void prefetched(const QString &query, const CodeGuru::RoutingDecisions &decisions);

private:
    void startRun(const QString &query, const RoutingInputs &inputs, bool forSend);
    void onFanoutFinished(const RoutingDecisions &networkDecisions, qint64 fanoutMs);
    bool applies(const ClassifierSpec &spec, const RoutingInputs &inputs) const;
    QString modelFor(const ClassifierSpec &spec) const;

    ClassifierSet m_set;
    ProviderEndpoint m_endpoint;
    QString m_classifierModel;
    std::chrono::milliseconds m_deadline {2000};
    ClassifierFanout m_fanout;
    RoutingCache m_cache;
    QTimer m_prefetchTimer;
    QString m_prefetchQuery;
    RoutingInputs m_prefetchInputs;

    // The run in progress.
    QString m_query;
    RoutingDecisions m_localDecisions; ///< heuristic and cache decisions, by classifier order
    QList<ClassifierSpec> m_order; ///< every applicable classifier, in set order
    QElapsedTimer m_sendClock; ///< since route(): what the person waits for
    bool m_sendWaiting = false; ///< a route() awaits the run in flight
};

} // namespace CodeGuru
