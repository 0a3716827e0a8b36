// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace CodeGuru {

/// CodeGuru's icon, for the window, the tray and dialogs: PNGs at the usual sizes, so no
/// SVG plugin is needed and small sizes stay crisp.
QIcon appIcon();

} // namespace CodeGuru
