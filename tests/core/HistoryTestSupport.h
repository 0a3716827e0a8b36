// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryStore.h"

#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

namespace CodeGuru::Testing {

/// A plain SQLite connection beside the store's, for writing files as an older CodeGuru or
/// another process would, and for looking under the store's API.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        EXPECT_TRUE(ok) << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
        return ok;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
            return {};
        }
        return query.value(0);
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

inline MessageRecord message(MessageRecord::Role role, const QString &content,
                             MessageRecord::State state = MessageRecord::State::Complete)
{
    MessageRecord record;
    record.role = role;
    record.content = content;
    record.state = state;
    return record;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The result of a future, waiting for it through the event loop (never blocking it).
template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<T>::finished);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        EXPECT_TRUE(finished.wait(10000));
    }
    return future.result();
}

} // namespace CodeGuru::Testing
