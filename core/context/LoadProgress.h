// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace CodeGuru {

/// How far a file or folder load got: `done` of `total` (bytes of a file; files read in a
/// folder, whose total is unknown and given as 0). Returning false cancels the load.
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace CodeGuru
