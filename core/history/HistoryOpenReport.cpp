// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryOpenReport.h"

#include <QDir>

namespace CodeGuru {

QString HistoryOpenReport::notice() const
{
    if (!movedAside())
        return {};
    return tr("Your conversation history could not be read; it was moved to %1 and a new one was started.")
        .arg(QDir::toNativeSeparators(movedAsidePath));
}

} // namespace CodeGuru
