// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CodeGuru {

QByteArray RoutingReport::toJson(const RoutingDecisions &decisions, qint64 totalMs)
{
    QJsonArray classifiers;
    for (const RoutingDecision &decision : decisions) {
        QJsonObject entry {
            {QStringLiteral("id"), decision.id},
            {QStringLiteral("context"), decision.context},
            {QStringLiteral("answer"), decision.answer},
            {QStringLiteral("decision"), decision.decision},
            {QStringLiteral("source"), RoutingDecision::sourceName(decision.source)},
            {QStringLiteral("ms"), decision.ms},
        };
        if (!decision.fileName.isEmpty())
            entry.insert(QStringLiteral("file"), decision.fileName);
        classifiers.append(entry);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("total_ms"), totalMs},
                                      {QStringLiteral("classifiers"), classifiers}})
        .toJson(QJsonDocument::Indented);
}

} // namespace CodeGuru
