// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClassifierSpec.h"
#include "RoutingDecision.h"

#include <QStringList>

#include <optional>

namespace CodeGuru {

/// Decides without a network call when the question says it outright ("what I copied",
/// "this file", a file name that exists in the workspace). It says Yes only on an explicit
/// mention, and No only where no reading could say Yes (load-file for a question that names
/// no file); everything else goes to the model.
class RoutingHeuristics
{
public:
    /// `workspaceFileNames`: file names (not paths) known to exist in the workspace.
    static std::optional<RoutingDecision> decide(const ClassifierSpec &spec, const QString &query,
                                                 const QStringList &workspaceFileNames = {});
};

} // namespace CodeGuru
