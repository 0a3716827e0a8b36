// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderProfile.h"

#include <QRegularExpression>

namespace CodeGuru {

bool ProviderProfile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A[A-Za-z0-9._-]{1,64}\z)"));
    return pattern.match(name).hasMatch();
}

} // namespace CodeGuru
