// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoutingDecision.h"

#include <QHash>

#include <optional>

namespace CodeGuru {

/// Classifier answers already received, keyed by classifier, model and query text, so that
/// asking the same thing again (or sending what was prefetched while typing) costs nothing.
class RoutingCache
{
public:
    explicit RoutingCache(qsizetype capacity = 1024)
        : m_capacity(capacity)
    { }

    std::optional<RoutingDecision> find(const QString &classifierId, const QString &model,
                                        const QString &query) const;
    /// Only answers the model actually gave are kept: a timeout or an error says nothing
    /// about the question.
    void store(const QString &model, const QString &query, const RoutingDecision &decision);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

private:
    static QString key(const QString &classifierId, const QString &model, const QString &query);

    QHash<QString, RoutingDecision> m_entries;
    qsizetype m_capacity;
};

} // namespace CodeGuru
