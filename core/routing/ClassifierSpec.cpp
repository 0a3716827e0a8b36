// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierSpec.h"

namespace CodeGuru {

QString ClassifierSpec::promptFor(const QString &query) const
{
    QString prompt = question;
    if (!prompt.contains(QLatin1StringView("{query}")))
        return prompt + QStringLiteral("\nQuery: ") + query;
    return prompt.replace(QLatin1StringView("{query}"), query);
}

} // namespace CodeGuru
