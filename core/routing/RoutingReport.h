// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoutingDecision.h"

#include <QByteArray>

namespace CodeGuru {

/// `{"total_ms": …, "classifiers": [{"id", "answer", "decision", "source", "ms"}]}`, for
/// `codeguru-cli ask --routing-report` and for diagnosing routing.
class RoutingReport
{
public:
    static QByteArray toJson(const RoutingDecisions &decisions, qint64 totalMs);
};

} // namespace CodeGuru
