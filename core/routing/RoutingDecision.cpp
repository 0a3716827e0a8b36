// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingDecision.h"

namespace CodeGuru {

QString RoutingDecision::sourceName(Source source)
{
    switch (source) {
    case Source::Network:
        return QStringLiteral("network");
    case Source::Heuristic:
        return QStringLiteral("heuristic");
    case Source::Cache:
        return QStringLiteral("cache");
    case Source::Timeout:
        return QStringLiteral("timeout");
    case Source::Unparsed:
        return QStringLiteral("unparsed");
    case Source::Error:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace CodeGuru
