// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryError.h"

#include <QDir>
#include <QSqlError>

namespace CodeGuru {

namespace {

// SQLite primary result codes (sqlite3.h); Qt reports them as the native error code.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqlitePerm = 3;
constexpr int SqliteNotADb = 26;

} // namespace

HistoryError HistoryError::make(Kind kind, const QString &detail, const QString &path)
{
    HistoryError error;
    error.kind = kind;
    error.detail = detail;
    const QString where = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Corrupt:
        error.message = tr("The conversation history at %1 is damaged or not a CodeGuru history.").arg(where);
        break;
    case Kind::Locked:
        error.message = tr("The conversation history is busy: another CodeGuru is writing to it. "
                           "Try again in a moment.");
        break;
    case Kind::ReadOnly:
        error.message = tr("The conversation history at %1 cannot be written (read-only file or folder). "
                           "Conversations are kept only until CodeGuru closes.")
                            .arg(where);
        break;
    case Kind::DiskFull:
        error.message = tr("The disk is full: the conversation could not be saved. It stays open and will be "
                           "saved when space is freed.");
        break;
    case Kind::Io:
        error.message = tr("The conversation history could not be read or written (%1).").arg(detail);
        break;
    case Kind::NotOpen:
        error.message = tr("The conversation history is not open.");
        break;
    case Kind::NotFound:
        error.message = tr("That conversation or message does not exist (any more).");
        break;
    case Kind::InvalidInput:
        error.message = detail.isEmpty() ? tr("The input is not valid.") : detail;
        break;
    }
    return error;
}

HistoryError HistoryError::fromSql(const QSqlError &sqlError, const QString &path)
{
    if (sqlError.type() == QSqlError::NoError)
        return {};
    bool ok = false;
    // Extended codes carry the primary code in the low byte (SQLITE_IOERR_SHORT_READ -> SQLITE_IOERR).
    const int code = sqlError.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = sqlError.text();
    if (!ok)
        return make(Kind::Io, detail, path);
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return make(Kind::Locked, detail, path);
    case SqliteReadOnly:
    case SqlitePerm:
        return make(Kind::ReadOnly, detail, path);
    case SqliteFull:
        return make(Kind::DiskFull, detail, path);
    case SqliteCorrupt:
    case SqliteNotADb:
        return make(Kind::Corrupt, detail, path);
    case SqliteIoErr:
    case SqliteCantOpen:
    default:
        return make(Kind::Io, detail, path);
    }
}

QString HistoryError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::ReadOnly:
        return QStringLiteral("read-only");
    case Kind::DiskFull:
        return QStringLiteral("disk-full");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::NotOpen:
        return QStringLiteral("not-open");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    }
    return {};
}

} // namespace CodeGuru
