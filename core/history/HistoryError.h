// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace CodeGuru {

/// What went wrong with the history store, as data. Front ends show `message` (translated,
/// one or two sentences); code branches on `kind`. Never thrown, never asserted.
struct HistoryError
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::HistoryError)

public:
    enum class Kind {
        None,
        Corrupt, ///< not a database, damaged, or a schema this version does not know
        Locked, ///< another process kept a write transaction open longer than the busy timeout
        ReadOnly, ///< the file or its folder cannot be written
        DiskFull, ///< SQLITE_FULL: the caller keeps the data in memory and retries later
        Io, ///< any other failure of the file or of SQLite
        NotOpen, ///< the store was never opened, or opening failed
        NotFound, ///< no conversation or message with that id
        InvalidInput, ///< an import that is not a CodeGuru conversation, or a bad argument
    };

    Kind kind = Kind::None;
    QString message; ///< for the person, translated
    QString detail; ///< SQLite's own words, for logs

    bool isError() const { return kind != Kind::None; }

    static HistoryError make(Kind kind, const QString &detail = QString(), const QString &path = QString());
    /// Maps SQLite's result code (SQLITE_BUSY, SQLITE_FULL, SQLITE_CORRUPT, ...) to a kind.
    static HistoryError fromSql(const QSqlError &error, const QString &path = QString());
    static QString kindName(Kind kind);
};

} // namespace CodeGuru
