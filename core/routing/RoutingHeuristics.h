// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClassifierSpec.h"
#include "RoutingDecision.h"

#include <QStringList>

#include <optional>

namespace CodeGuru {

/// Decides without a network call when the question says it outright ("what I copied",
/// "this file", a file name that exists in the workspace). Only ever says Yes: silence in
/// the question is not a No, so everything else goes to the model.
class RoutingHeuristics
{
public:
    /// `workspaceFileNames`: file names (not paths) known to exist in the workspace.
    static std::optional<RoutingDecision> decide(const ClassifierSpec &spec, const QString &query,
                                                 const QStringList &workspaceFileNames = {});
};

} // namespace CodeGuru
