// SPDX-License-Identifier: GPL-3.0-or-later
#include "context/FileContextLoader.h"
#include "context/TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

TEST(FileContextLoader, Utf8File)
{
    QTemporaryDir dir;
    const auto result = FileContextLoader::load(write(dir, "a.py", "print('grüß')\n"));
    ASSERT_TRUE(result.item) << result.error.toStdString();
    EXPECT_EQ(result.item->text, QStringLiteral("print('grüß')\n"));
}

TEST(FileContextLoader, Utf16WithBomAndLatin1Fallback)
{
    EXPECT_EQ(*TextDecoder::decode(QByteArray("\xFF\xFEh\0i\0", 6)).text, QStringLiteral("hi"));
    EXPECT_EQ(*TextDecoder::decode(QByteArray("\xFE\xFF\0h\0i", 6)).text, QStringLiteral("hi"));
    const auto latin1 = TextDecoder::decode("caf\xE9");
    EXPECT_EQ(*latin1.text, QStringLiteral("café"));
    EXPECT_EQ(latin1.encoding, QStringLiteral("Latin-1"));
    EXPECT_EQ(*TextDecoder::decode("\xEF\xBB\xBFx").text, QStringLiteral("x"));
}

TEST(FileContextLoader, BinaryIsRefusedWithAReason)
{
    QTemporaryDir dir;
    const auto result =
        FileContextLoader::load(write(dir, "image.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
    EXPECT_FALSE(result.item);
    EXPECT_TRUE(result.error.contains(QStringLiteral("binary")));
}

TEST(FileContextLoader, MissingFileAndFolder)
{
    QTemporaryDir dir;
    EXPECT_TRUE(FileContextLoader::load(dir.filePath(QStringLiteral("nope.txt")))
                    .error.contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(FileContextLoader::load(dir.path()).error.contains(QStringLiteral("folder")));
}

TEST(FileContextLoader, Unreadable)
{
    QTemporaryDir dir;
    const QString locked = write(dir, "locked.txt", "secret");
    QFile::setPermissions(locked, QFileDevice::Permissions());
    if (QFile(locked).open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running as root: permissions do not stop reading";
    EXPECT_TRUE(FileContextLoader::load(locked).error.contains(QStringLiteral("could not be read")));
}

TEST(FileContextLoader, LongTextKeepsHeadAndTailWithAMarker)
{
    QByteArray text;
    for (int line = 0; line < 1000; ++line)
        text += "line " + QByteArray::number(line) + "\n";
    const auto result = FileContextLoader::fromBytes(text, ContextItem::Source::Stdin, QString(), 1000);
    ASSERT_TRUE(result.item);
    EXPECT_TRUE(result.shortened);
    EXPECT_TRUE(result.item->text.startsWith(QStringLiteral("line 0\n")));
    EXPECT_TRUE(result.item->text.endsWith(QStringLiteral("line 999\n")));
    EXPECT_TRUE(result.item->text.contains(QStringLiteral("lines omitted")));
    EXPECT_LT(result.item->text.size(), 1100);
}

TEST(FileContextLoader, LoadsOffTheCallingThread)
{
    QTemporaryDir dir;
    QFuture<FileContextLoader::Result> future = FileContextLoader::loadAsync(write(dir, "b.txt", "hello"));
    future.waitForFinished();
    ASSERT_TRUE(future.result().item);
    EXPECT_EQ(future.result().item->text, QStringLiteral("hello"));
    EXPECT_EQ(future.progressValue(), future.progressMaximum()) << "progress ends at the top";
}

TEST(FileContextLoader, ReportsProgressInPiecesAndCanBeCancelled)
{
    QTemporaryDir dir;
    const QByteArray line("0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuv\n");
    const QString path = write(dir, "big.log", line.repeated(5 * 1024 * 1024 / line.size()));
    const qint64 size = QFileInfo(path).size();
    QList<std::pair<qint64, qint64>> reports;
    const auto loaded =
        FileContextLoader::load(path, FileContextLoader::kMaxChars, [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        });
    ASSERT_TRUE(loaded.item) << loaded.error.toStdString();
    EXPECT_TRUE(loaded.shortened) << "5 MB is over the character limit: head and tail";
    ASSERT_GE(reports.size(), 5) << "a 5 MB file is read in 1 MB pieces";
    for (qsizetype i = 1; i < reports.size(); ++i)
        EXPECT_GT(reports.at(i).first, reports.at(i - 1).first);
    EXPECT_EQ(reports.last(), std::make_pair(size, size));

    int calls = 0;
    const auto cancelled = FileContextLoader::load(path, FileContextLoader::kMaxChars, [&](qint64, qint64) {
        ++calls;
        return false;
    });
    EXPECT_EQ(calls, 1) << "reading stops at the first refusal";
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_FALSE(cancelled.item);
    EXPECT_FALSE(cancelled.error.isEmpty());
}

} // namespace
