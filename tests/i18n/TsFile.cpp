// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace CodeGuru::Test {

std::optional<TsFile> TsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("TS")) {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            message = TsMessage {};
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1StringView("yes");
        } else if (name == QLatin1StringView("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1StringView("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return std::nullopt;
    }
    return ts;
}

} // namespace CodeGuru::Test
