// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CodeGuru::Test {

/// One <message> of a Qt Linguist .ts file, as far as the checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< "unfinished", "obsolete", "vanished" or empty for a finished entry
    bool numerus = false;
    QStringList translations; ///< the numerus forms, or the one translation

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;

    static std::optional<TsFile> read(const QString &path, QString *error);
};

} // namespace CodeGuru::Test
