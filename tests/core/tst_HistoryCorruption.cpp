// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestSupport.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <sys/fsuid.h>
#include <unistd.h>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class HistoryCorruptionTest : public ::testing::Test
{
protected:
    QString path() const { return dir.filePath(HistoryStore::fileName()); }

    /// Opens a store over whatever is in the folder and checks the damaged file went aside
    /// intact, named with a timestamp, while a working store took its place.
    void expectMovedAside(const QByteArray &original, const QString &why,
                          HistoryStore::OpenCheck check = HistoryStore::OpenCheck::Quick)
    {
        HistoryStore::Options options;
        options.openCheck = check;
        HistoryStore store(dir.path(), options);
        const HistoryError error = store.open();
        ASSERT_FALSE(error.isError()) << qPrintable(why) << ": " << qPrintable(error.detail);
        const HistoryOpenReport &report = store.openReport();
        ASSERT_TRUE(report.movedAside()) << qPrintable(why);
        EXPECT_EQ(report.movedAsideReason.kind, HistoryError::Kind::Corrupt);
        EXPECT_TRUE(QRegularExpression(QStringLiteral("/history\\.sqlite\\.corrupt-\\d{8}-\\d{6}(-\\d+)?$"))
                        .match(report.movedAsidePath)
                        .hasMatch())
            << qPrintable(report.movedAsidePath);
        EXPECT_EQ(fileBytes(report.movedAsidePath), original) << "the person's file is kept byte for byte";
        EXPECT_TRUE(report.notice().contains(report.movedAsidePath)) << qPrintable(report.notice());
        EXPECT_TRUE(store.createConversation(QStringLiteral("fresh")).ok());
        EXPECT_EQ(store.listConversations().value.size(), 1);
    }

    void fillStore(int conversations)
    {
        HistoryStore store(dir.path());
        ASSERT_FALSE(store.open().isError());
        const QString text = QStringLiteral("Some answer text that takes room. ").repeated(15);
        for (int c = 0; c < conversations; ++c) {
            const qint64 id = store.createConversation(QStringLiteral("c%1").arg(c)).value;
            for (int m = 0; m < 10; ++m)
                store.appendMessage(id, message(MessageRecord::Role::User, text));
        }
    }

    QTemporaryDir dir;
};

TEST_F(HistoryCorruptionTest, GarbageBytesAreMovedAside)
{
    QByteArray garbage(8192, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    ASSERT_TRUE(writeFile(path(), garbage));
    ASSERT_TRUE(writeFile(path() + QStringLiteral("-wal"), "not a wal either"));
    expectMovedAside(garbage, QStringLiteral("garbage"));
    const QString moved =
        QDir(dir.path()).entryList({QStringLiteral("history.sqlite.corrupt-*-wal")}, QDir::Files).value(0);
    EXPECT_EQ(fileBytes(dir.filePath(moved)), QByteArray("not a wal either"))
        << "the -wal goes with it: "
        << qPrintable(QDir(dir.path()).entryList(QDir::Files).join(QLatin1Char(' ')));
}

TEST_F(HistoryCorruptionTest, TruncatedFileIsMovedAside)
{
    fillStore(200);
    ASSERT_FALSE(QFileInfo::exists(path() + QStringLiteral("-wal")))
        << "closed cleanly, all in the main file";
    QFile file(path());
    ASSERT_GT(file.size(), 500 * 1024);
    ASSERT_TRUE(file.resize(file.size() / 2));
    expectMovedAside(fileBytes(path()), QStringLiteral("truncated"));
}

TEST_F(HistoryCorruptionTest, TheLightCheckFindsTruncationAndGarbageToo)
{
    fillStore(200);
    QFile file(path());
    ASSERT_TRUE(file.resize(file.size() - 4096 * 3));
    expectMovedAside(fileBytes(path()), QStringLiteral("truncated"), HistoryStore::OpenCheck::Light);

    const QByteArray garbage = QByteArray("SQLite format 3").append(QByteArray(5000, '\x5a'));
    ASSERT_TRUE(writeFile(path(), garbage));
    expectMovedAside(garbage, QStringLiteral("garbage"), HistoryStore::OpenCheck::Light);
}

TEST_F(HistoryCorruptionTest, ForeignSchemaIsMovedAside)
{
    {
        RawDb raw(path());
        raw.exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO notes VALUES ('someone else''s data')"));
    }
    expectMovedAside(fileBytes(path()), QStringLiteral("foreign tables"));
}

TEST_F(HistoryCorruptionTest, OurVersionNumberWithoutOurTablesIsMovedAside)
{
    {
        RawDb raw(path());
        raw.exec(QStringLiteral("CREATE TABLE conversations (id INTEGER PRIMARY KEY, title TEXT)"));
        raw.exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    expectMovedAside(fileBytes(path()), QStringLiteral("wrong schema"));
}

TEST_F(HistoryCorruptionTest, NewerSchemaIsMovedAsideNotMigrated)
{
    fillStore(1);
    {
        RawDb raw(path());
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray original = fileBytes(path());
    expectMovedAside(original, QStringLiteral("newer"));
}

TEST_F(HistoryCorruptionTest, LockedStoreWaitsBrieflyThenReports)
{
    HistoryStore::Options options;
    options.busyTimeout = std::chrono::milliseconds(300);
    HistoryStore store(dir.path(), options);
    ASSERT_FALSE(store.open().isError());
    ASSERT_TRUE(store.createConversation(QStringLiteral("before")).ok());

    RawDb other(path()); // another CodeGuru in the middle of a write
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(other.exec(QStringLiteral("UPDATE conversations SET title = 'theirs'")));

    HistoryStore reader(dir.path(), options);
    ASSERT_FALSE(reader.open().isError()) << "starting while another writes is fine";
    EXPECT_EQ(reader.listConversations().value.size(), 1);

    QElapsedTimer clock;
    clock.start();
    const HistoryResult<qint64> blocked = store.createConversation(QStringLiteral("mine"));
    EXPECT_EQ(blocked.error.kind, HistoryError::Kind::Locked) << qPrintable(blocked.error.detail);
    EXPECT_GE(clock.elapsed(), 250) << "it waited for the other writer first";
    EXPECT_FALSE(blocked.error.message.isEmpty());

    ASSERT_TRUE(other.exec(QStringLiteral("COMMIT")));
    EXPECT_TRUE(store.createConversation(QStringLiteral("mine")).ok()) << "works again once the lock is gone";
}

TEST_F(HistoryCorruptionTest, DiskFullIsReportedAndTheWriteSucceedsLater)
{
    HistoryStore store(dir.path());
    ASSERT_FALSE(store.open().isError());
    const qint64 id = store.createConversation(QStringLiteral("full")).value;
    const int pages = RawDb(path()).scalar(QStringLiteral("PRAGMA page_count")).toInt();
    // The honest way to fill a disk in a test: cap the file a few pages above its size.
    ASSERT_FALSE(store.setMaxPageCount(pages + 2).isError());
    const MessageRecord big = message(MessageRecord::Role::User, QStringLiteral("x").repeated(400 * 1024));
    const HistoryResult<qint64> failed = store.appendMessage(id, big);
    EXPECT_EQ(failed.error.kind, HistoryError::Kind::DiskFull) << qPrintable(failed.error.detail);
    EXPECT_FALSE(failed.error.message.isEmpty());
    EXPECT_EQ(store.conversation(id).value.messageCount, 0) << "nothing half-written";

    ASSERT_FALSE(store.setMaxPageCount(0).isError()); // space returns
    EXPECT_TRUE(store.appendMessage(id, big).ok());
    EXPECT_EQ(store.loadConversation(id).value.value(0).content.size(), 400 * 1024);
}

class HistoryReadOnlyTest : public HistoryCorruptionTest
{
protected:
    /// Opens the store as a user who may not write there. Root ignores permission bits, so
    /// as root the test drops the file-system uid to nobody for this thread only.
    HistoryError openAsUnprivileged()
    {
        const bool root = ::geteuid() == 0;
        if (root)
            ::setfsuid(65534);
        HistoryStore store(dir.path());
        const HistoryError error = store.open();
        if (root)
            ::setfsuid(0);
        return error;
    }

    void TearDown() override
    {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    }
};

TEST_F(HistoryReadOnlyTest, ReadOnlyFolderIsReportedAndNothingMoves)
{
    fillStore(1);
    const QByteArray original = fileBytes(path());
    ASSERT_TRUE(QFile::setPermissions(
        dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const HistoryError error = openAsUnprivileged();
    EXPECT_EQ(error.kind, HistoryError::Kind::ReadOnly) << qPrintable(error.detail);
    EXPECT_TRUE(error.message.contains(QDir::toNativeSeparators(dir.path()))) << qPrintable(error.message);
    EXPECT_EQ(fileBytes(path()), original);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*corrupt*")}).size(), 0);
}

TEST_F(HistoryReadOnlyTest, ReadOnlyFileIsReported)
{
    fillStore(1);
    ASSERT_TRUE(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadOther));
    const HistoryError error = openAsUnprivileged();
    EXPECT_EQ(error.kind, HistoryError::Kind::ReadOnly) << qPrintable(error.detail);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*corrupt*")}).size(), 0);
}

} // namespace
