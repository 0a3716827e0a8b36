// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingHeuristics.h"

#include <QRegularExpression>

namespace CodeGuru {

namespace {
RoutingDecision yes(const ClassifierSpec &spec, const QString &rule)
{
    RoutingDecision decision;
    decision.id = spec.id;
    decision.context = spec.context;
    decision.decision = true;
    decision.source = RoutingDecision::Source::Heuristic;
    decision.answer = rule;
    return decision;
}
} // namespace

std::optional<RoutingDecision> RoutingHeuristics::decide(const ClassifierSpec &spec, const QString &query,
                                                         const QStringList &workspaceFileNames)
{
    using Option = QRegularExpression::PatternOption;
    if (spec.context == QLatin1StringView("clipboard")) {
        static const QRegularExpression mention(
            QStringLiteral(
                R"(\b(my |the |from (the |my )?)?clipboard\b|\bwhat i('ve| have)? (just )?(copied|pasted)\b|)"
                R"(\bi('ve| have)? (just )?(copied|pasted)\b|\bthe (snippet|text|code|error|trace) i (copied|pasted)\b)"),
            Option::CaseInsensitiveOption);
        if (const auto match = mention.match(query); match.hasMatch())
            return yes(spec, QStringLiteral("mentions “%1”").arg(match.captured(0).trimmed()));
    } else if (spec.context == QLatin1StringView("files")) {
        static const QRegularExpression mention(
            QStringLiteral(
                R"(\b(this|these|the attached|the dropped|attached|dropped) (file|files|code|script|module|log)\b)"),
            Option::CaseInsensitiveOption);
        if (const auto match = mention.match(query); match.hasMatch())
            return yes(spec, QStringLiteral("mentions “%1”").arg(match.captured(0).trimmed()));
    } else if (spec.context == QLatin1StringView("load-file")) {
        // Most questions name no file at all; asking the model about those only costs money.
        static const QRegularExpression fileWords(
            QStringLiteral(R"(\b(files?|load|open|read|show|cat|script|module|source)\b|\w\.\w|\bdot\b)"),
            Option::CaseInsensitiveOption);
        if (!fileWords.match(query).hasMatch()) {
            RoutingDecision decision = yes(spec, QStringLiteral("names no file"));
            decision.decision = false;
            return decision;
        }
        static const QRegularExpression fileLike(QStringLiteral(R"([\w./-]+\.[A-Za-z0-9]{1,8}\b)"));
        auto matches = fileLike.globalMatch(query);
        while (matches.hasNext()) {
            const QString candidate = matches.next().captured(0);
            const QString name = candidate.section(QLatin1Char('/'), -1);
            if (workspaceFileNames.contains(name, Qt::CaseInsensitive)) {
                RoutingDecision decision =
                    yes(spec, QStringLiteral("names workspace file “%1”").arg(candidate));
                decision.fileName = candidate;
                return decision;
            }
        }
    }
    return std::nullopt;
}

} // namespace CodeGuru
