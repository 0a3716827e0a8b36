// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingCache.h"

namespace CodeGuru {

QString RoutingCache::key(const QString &classifierId, const QString &model, const QString &query)
{
    return classifierId + QChar(0x1f) + model + QChar(0x1f) + query.simplified();
}

std::optional<RoutingDecision> RoutingCache::find(const QString &classifierId, const QString &model,
                                                  const QString &query) const
{
    const auto found = m_entries.constFind(key(classifierId, model, query));
    if (found == m_entries.constEnd())
        return std::nullopt;
    RoutingDecision decision = *found;
    decision.source = RoutingDecision::Source::Cache;
    decision.ms = 0;
    return decision;
}

void RoutingCache::store(const QString &model, const QString &query, const RoutingDecision &decision)
{
    if (decision.source != RoutingDecision::Source::Network)
        return;
    if (m_entries.size() >= m_capacity)
        m_entries.clear(); // crude but bounded; routing a query again is cheap
    m_entries.insert(key(decision.id, model, query), decision);
}

} // namespace CodeGuru
