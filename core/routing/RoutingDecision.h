// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CodeGuru {

/// The outcome of one classifier for one query, and how it was reached.
struct RoutingDecision
{
    enum class Source { Network, Heuristic, Cache, Timeout, Unparsed, Error };

    QString id;
    QString context;
    bool decision = false;
    Source source = Source::Network;
    QString answer; ///< raw model text (network, unparsed) or the rule that fired (heuristic)
    QString fileName; ///< load-file classifiers: the name as the person said it
    qint64 ms = 0;

    static QString sourceName(Source source);
};

using RoutingDecisions = QList<RoutingDecision>;

} // namespace CodeGuru
