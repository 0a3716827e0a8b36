// SPDX-License-Identifier: GPL-3.0-or-later
#include "Persona.h"

#include <QFile>

namespace CodeGuru {

QString Persona::codingExpert()
{
    QFile file(QStringLiteral(":/codeguru/prompts/coding-expert.md"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral(
            "You are CodeGuru, an expert software engineer. Answer in structured Markdown.");
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace CodeGuru
