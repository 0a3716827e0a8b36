// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"

namespace CodeGuru {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/codeguru/icons/codeguru-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace CodeGuru
