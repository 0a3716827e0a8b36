// SPDX-License-Identifier: GPL-3.0-or-later
#include "context/FolderContextLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

using namespace CodeGuru;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

/// Readable in a failure message, unlike a QStringList.
std::string lines(const QStringList &list)
{
    return list.join(QLatin1Char('\n')).toStdString();
}

QStringList namesOf(const FolderLoadResult &result)
{
    QStringList names;
    for (const ContextItem &item : result.items)
        names.append(item.name);
    return names;
}

const QByteArray kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

class FolderContextLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const auto put = [this](const char *relative, const QByteArray &bytes) {
            write(project() + QLatin1Char('/') + QString::fromUtf8(relative), bytes);
        };
        put("README.md", "# Project\n");
        put("alpha.txt", "alpha\n");
        put("Zeta.txt", "zeta\n");
        put("src/main.cpp", "int main() {}\n");
        put("src/util.h", "#pragma once\n");
        put("src/sub/deep.txt", "deep\n");
        put("build/out.txt", "generated\n");
        put("node_modules/x/index.js", "module.exports = 1;\n");
        put(".git/config", "[core]\n");
        put(".env", "SECRET=1\n");
        put(".github/workflows/ci.yml", "on: push\n");
        put("assets/logo.png", kPng);
        put("big.log", QByteArray(300 * 1024, 'x'));
    }

    QString project() const { return m_dir.filePath(QStringLiteral("myproject")); }

    QTemporaryDir m_dir;
};

TEST_F(FolderContextLoaderTest, TextFilesInStableOrderNamedFromTheParent)
{
    const FolderLoadResult result = FolderContextLoader::load(project());
    EXPECT_TRUE(result.error.isEmpty());
    EXPECT_FALSE(result.truncated);
    // Files before folders, names compared ignoring case.
    EXPECT_EQ(lines(namesOf(result)),
              lines({QStringLiteral("myproject/alpha.txt"), QStringLiteral("myproject/README.md"),
                     QStringLiteral("myproject/Zeta.txt"), QStringLiteral("myproject/src/main.cpp"),
                     QStringLiteral("myproject/src/util.h"), QStringLiteral("myproject/src/sub/deep.txt")}));
    ASSERT_EQ(result.items.size(), 6);
    EXPECT_EQ(result.items.at(3).text.toStdString(), "int main() {}\n");
    EXPECT_EQ(result.items.at(3).source, ContextItem::Source::File);

    // The same answer every time, and with a trailing slash.
    EXPECT_EQ(lines(namesOf(FolderContextLoader::load(project()))), lines(namesOf(result)));
    EXPECT_EQ(lines(namesOf(FolderContextLoader::load(project() + QLatin1Char('/')))),
              lines(namesOf(result)));
}

TEST_F(FolderContextLoaderTest, SkippedEntriesSayWhy)
{
    const FolderLoadResult result = FolderContextLoader::load(project());
    EXPECT_EQ(lines(result.skipped),
              lines({QStringLiteral(".env (hidden)"), QStringLiteral("big.log (over 256 kB)"),
                     QStringLiteral(".git/ (version control)"), QStringLiteral(".github/ (hidden)"),
                     QStringLiteral("assets/logo.png (binary)"), QStringLiteral("build/ (build folder)"),
                     QStringLiteral("node_modules/ (dependencies)")}));
}

TEST_F(FolderContextLoaderTest, MaxFilesTruncates)
{
    FolderLimits limits;
    limits.maxFiles = 2;
    const FolderLoadResult result = FolderContextLoader::load(project(), limits);
    EXPECT_TRUE(result.truncated);
    EXPECT_EQ(lines(namesOf(result)),
              lines({QStringLiteral("myproject/alpha.txt"), QStringLiteral("myproject/README.md")}));

    // Exactly as many files as allowed is not a truncation.
    limits.maxFiles = 6;
    const FolderLoadResult all = FolderContextLoader::load(project(), limits);
    EXPECT_FALSE(all.truncated);
    EXPECT_EQ(all.items.size(), 6);
}

TEST_F(FolderContextLoaderTest, MaxTotalBytesTruncates)
{
    FolderLimits limits;
    // alpha.txt (6) + README.md (10) fit; Zeta.txt (5) would make 21.
    limits.maxTotalBytes = 20;
    const FolderLoadResult result = FolderContextLoader::load(project(), limits);
    EXPECT_TRUE(result.truncated);
    EXPECT_EQ(lines(namesOf(result)),
              lines({QStringLiteral("myproject/alpha.txt"), QStringLiteral("myproject/README.md")}));
}

TEST_F(FolderContextLoaderTest, MaxFileBytesSkipsLargerFiles)
{
    FolderLimits limits;
    limits.maxFileBytes = 5;
    const FolderLoadResult result = FolderContextLoader::load(project(), limits);
    EXPECT_FALSE(result.truncated);
    EXPECT_EQ(lines(namesOf(result)),
              lines({QStringLiteral("myproject/Zeta.txt"), QStringLiteral("myproject/src/sub/deep.txt")}));
    EXPECT_TRUE(result.skipped.contains(QStringLiteral("alpha.txt (over 5 bytes)")));
    EXPECT_TRUE(result.skipped.contains(QStringLiteral("src/main.cpp (over 5 bytes)")));
}

TEST_F(FolderContextLoaderTest, Utf16WithBomIsTextDespiteItsNulBytes)
{
    write(project() + QStringLiteral("/wide.txt"), QByteArray("\xFF\xFEh\0i\0", 6));
    const FolderLoadResult result = FolderContextLoader::load(project());
    const qsizetype at = namesOf(result).indexOf(QStringLiteral("myproject/wide.txt"));
    ASSERT_GE(at, 0);
    EXPECT_EQ(result.items.at(at).text.toStdString(), "hi");
}

TEST_F(FolderContextLoaderTest, BinarySniffingAgreesWithTextDecoder)
{
    QByteArray late(9000, 'a');
    late += QByteArray(4, '\0');
    write(project() + QStringLiteral("/late.bin"), late);
    // TextDecoder only looks for NULs in the first 8 KiB, so this is text for FileContextLoader
    // too; the early look at the head must not decide differently.
    const FolderLoadResult result = FolderContextLoader::load(project());
    EXPECT_FALSE(result.skipped.contains(QStringLiteral("late.bin (binary)")));
    EXPECT_TRUE(namesOf(result).contains(QStringLiteral("myproject/late.bin")));
}

TEST_F(FolderContextLoaderTest, SymbolicLinksAreSkipped)
{
    write(m_dir.filePath(QStringLiteral("outside/secret.txt")), "secret\n");
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("outside/secret.txt")),
                            project() + QStringLiteral("/linked.txt")));
    ASSERT_TRUE(
        QFile::link(m_dir.filePath(QStringLiteral("outside")), project() + QStringLiteral("/linkdir")));
    const FolderLoadResult result = FolderContextLoader::load(project());
    EXPECT_TRUE(result.skipped.contains(QStringLiteral("linked.txt (symbolic link)")));
    EXPECT_TRUE(result.skipped.contains(QStringLiteral("linkdir (symbolic link)")));
    for (const ContextItem &item : result.items)
        EXPECT_FALSE(item.text.contains(QStringLiteral("secret"))) << item.name.toStdString();
}

TEST_F(FolderContextLoaderTest, AnIgnoredNameIsReadWhenChosenItself)
{
    const FolderLoadResult result = FolderContextLoader::load(project() + QStringLiteral("/build"));
    EXPECT_TRUE(result.error.isEmpty());
    EXPECT_EQ(lines(namesOf(result)), lines({QStringLiteral("build/out.txt")}));
}

TEST_F(FolderContextLoaderTest, LongSkipListsEndWithACount)
{
    for (int i = 0; i < 105; ++i)
        write(project() + QStringLiteral("/images/img%1.png").arg(i, 3, 10, QLatin1Char('0')), kPng);
    const FolderLoadResult result = FolderContextLoader::load(project());
    ASSERT_EQ(result.skipped.size(), 101);
    EXPECT_EQ(result.skipped.last().toStdString(), "… and 12 more");
    EXPECT_EQ(result.items.size(), 6);
}

TEST_F(FolderContextLoaderTest, LoadsOffTheCallingThread)
{
    QFuture<FolderLoadResult> future = FolderContextLoader::loadAsync(project());
    future.waitForFinished();
    EXPECT_EQ(future.result().items.size(), 6);
    EXPECT_EQ(future.progressValue(), 6) << "progress counts the files read";
}

TEST_F(FolderContextLoaderTest, ReportsFilesReadAndCanBeCancelled)
{
    QList<qint64> counts;
    const FolderLoadResult all = FolderContextLoader::load(project(), {}, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 0) << "a folder's total is unknown while walking";
        counts.append(done);
        return true;
    });
    EXPECT_EQ(counts, (QList<qint64> {1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(all.items.size(), 6);

    const FolderLoadResult stopped =
        FolderContextLoader::load(project(), {}, [](qint64 done, qint64) { return done < 2; });
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_FALSE(stopped.truncated) << "cancelled, not cut by a limit";
    EXPECT_TRUE(stopped.items.isEmpty()) << "a cancelled load attaches nothing";
    EXPECT_FALSE(stopped.error.isEmpty());
}

TEST(FolderContextLoader, MissingOrNotAFolder)
{
    QTemporaryDir dir;
    const FolderLoadResult missing = FolderContextLoader::load(dir.filePath(QStringLiteral("nope")));
    EXPECT_TRUE(missing.error.contains(QStringLiteral("does not exist"))) << missing.error.toStdString();
    EXPECT_TRUE(missing.items.isEmpty());
    EXPECT_FALSE(FolderContextLoader::load(QString()).error.isEmpty());

    write(dir.filePath(QStringLiteral("file.txt")), "x");
    const FolderLoadResult file = FolderContextLoader::load(dir.filePath(QStringLiteral("file.txt")));
    EXPECT_TRUE(file.error.contains(QStringLiteral("is not a folder"))) << file.error.toStdString();
}

TEST(FolderContextLoader, EmptyFolder)
{
    QTemporaryDir dir;
    const FolderLoadResult result = FolderContextLoader::load(dir.path());
    EXPECT_TRUE(result.error.isEmpty());
    EXPECT_TRUE(result.items.isEmpty());
    EXPECT_TRUE(result.skipped.isEmpty());
    EXPECT_FALSE(result.truncated);
}

TEST(FolderContextLoader, Unreadable)
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    write(locked + QStringLiteral("/a.txt"), "a");
    write(dir.filePath(QStringLiteral("open.txt")), "b");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    if (QDir(locked).entryList(QDir::Files).contains(QStringLiteral("a.txt"))) {
        QFile::setPermissions(locked,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        GTEST_SKIP() << "running as root: permissions do not stop reading";
    }
    EXPECT_TRUE(FolderContextLoader::load(locked).error.contains(QStringLiteral("could not be read")));
    const FolderLoadResult parent = FolderContextLoader::load(dir.path());
    EXPECT_TRUE(parent.skipped.contains(QStringLiteral("locked/ (could not be read)")));
    EXPECT_EQ(parent.items.size(), 1);
    // Let QTemporaryDir clean up.
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace
