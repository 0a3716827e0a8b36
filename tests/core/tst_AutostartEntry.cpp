// SPDX-License-Identifier: GPL-3.0-or-later
// The XDG autostart entry: written where the desktop looks for it, valid for
// desktop-file-validate, removed again, and a clear sentence when the folder cannot be used.
#include "desktop/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

QString program()
{
    return QCoreApplication::applicationFilePath();
}

QString keyValue(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(key + u'='))
            return text.mid(key.size() + 1);
    }
    return {};
}

/// desktop-file-validate's complaints about `path`; empty when it accepts the file.
QString validationProblems(const QString &path)
{
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(QStringLiteral("desktop-file-validate"), {path});
    if (!validate.waitForFinished(30000))
        return QStringLiteral("desktop-file-validate did not finish");
    const QString output = QString::fromUtf8(validate.readAll());
    if (validate.exitStatus() != QProcess::NormalExit || validate.exitCode() != 0
        || output.contains(QLatin1StringView("error:")))
        return output.isEmpty() ? QStringLiteral("exit code %1").arg(validate.exitCode()) : output;
    return {};
}

class AutostartEntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!AutostartEntry::isSupported())
            GTEST_SKIP() << "no XDG autostart on this platform";
        ASSERT_TRUE(config.isValid());
    }

    QString expectedPath() const
    {
        return config.filePath(QStringLiteral("autostart/org.example.codeguru.desktop"));
    }

    QTemporaryDir config;
};

TEST_F(AutostartEntryTest, LivesInTheAutostartFolderOfXdgConfigHome)
{
    // QStandardPaths reads XDG_CONFIG_HOME when asked, so it is set before the entry exists.
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    QStandardPaths::setTestModeEnabled(false);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    const AutostartEntry entry;
    QStandardPaths::setTestModeEnabled(true);
    if (previous.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", previous);

    EXPECT_EQ(entry.filePath(), expectedPath());
    EXPECT_EQ(entry.program(), program()) << "it starts the program that wrote it";
    EXPECT_FALSE(entry.isEnabled());
}

TEST_F(AutostartEntryTest, EnablingWritesAnEntryThatStartsThisProgramInTheBackground)
{
    const AutostartEntry entry(config.path(), program());
    ASSERT_EQ(entry.filePath(), expectedPath());
    QString error;
    ASSERT_TRUE(entry.setEnabled(true, &error)) << qPrintable(error);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_TRUE(QFile::exists(expectedPath()));
    EXPECT_TRUE(entry.isEnabled());

    const QString exec = keyValue(expectedPath(), QStringLiteral("Exec"));
    EXPECT_TRUE(exec.startsWith(program())) << qPrintable(exec);
    EXPECT_TRUE(exec.endsWith(QLatin1StringView(" --background"))) << qPrintable(exec);
    EXPECT_EQ(keyValue(expectedPath(), QStringLiteral("Type")), QStringLiteral("Application"));
    EXPECT_EQ(keyValue(expectedPath(), QStringLiteral("Icon")), QStringLiteral("org.example.codeguru"));
    EXPECT_EQ(keyValue(expectedPath(), QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));

    ASSERT_TRUE(entry.setEnabled(true, &error)) << "enabling twice just rewrites it";
    EXPECT_TRUE(QDir(config.filePath(QStringLiteral("autostart"))).entryList(QDir::Files | QDir::Hidden)
                == QStringList {AutostartEntry::fileName()})
        << "no temporary file is left beside it";
}

TEST_F(AutostartEntryTest, DisablingRemovesTheEntry)
{
    const AutostartEntry entry(config.path(), program());
    ASSERT_TRUE(entry.setEnabled(true));
    QString error;
    ASSERT_TRUE(entry.setEnabled(false, &error)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(expectedPath()));
    EXPECT_FALSE(entry.isEnabled());
    EXPECT_TRUE(entry.setEnabled(false, &error)) << "nothing to remove is no error";
    EXPECT_TRUE(error.isEmpty());
}

TEST_F(AutostartEntryTest, PassesDesktopFileValidate)
{
    if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
        GTEST_SKIP() << "desktop-file-validate is not installed (./scripts/dev.sh installs it)";
    const QStringList programs {
        program(),
        config.filePath(QStringLiteral("Code Guru/bin/it's \"$100%\" `odd` \\ (really)")),
    };
    for (const QString &path : programs) {
        const AutostartEntry entry(config.path(), path);
        ASSERT_TRUE(entry.setEnabled(true));
        EXPECT_EQ(validationProblems(entry.filePath()), QString()) << qPrintable(path);
    }
}

TEST_F(AutostartEntryTest, QuotesExecArgumentsAsTheSpecificationSays)
{
    const QList<std::pair<QString, QString>> cases {
        {QStringLiteral("/usr/bin/codeguru"), QStringLiteral("/usr/bin/codeguru")},
        {QStringLiteral("/opt/Code Guru/codeguru"), QStringLiteral("\"/opt/Code Guru/codeguru\"")},
        {QStringLiteral("/opt/a$b`c\"d\\e"), QStringLiteral("\"/opt/a\\$b\\`c\\\"d\\\\e\"")},
        {QStringLiteral("/opt/100%/codeguru"), QStringLiteral("/opt/100%%/codeguru")},
        {QStringLiteral("/home/me/~bin/codeguru"), QStringLiteral("\"/home/me/~bin/codeguru\"")},
    };
    for (const auto &[argument, expected] : cases)
        EXPECT_EQ(AutostartEntry::execArgument(argument), expected) << qPrintable(argument);
    // The Exec value is a string too: its backslashes are escaped once more.
    EXPECT_EQ(AutostartEntry::escape(AutostartEntry::execArgument(QStringLiteral("/a\\b"))),
              QStringLiteral("\"/a\\\\\\\\b\""));

    const AutostartEntry entry(config.path(), QStringLiteral("/opt/Code Guru/codeguru"));
    ASSERT_TRUE(entry.setEnabled(true));
    EXPECT_EQ(keyValue(entry.filePath(), QStringLiteral("Exec")),
              QStringLiteral("\"/opt/Code Guru/codeguru\" --background"));
}

TEST_F(AutostartEntryTest, AFileWhereTheFolderShouldBeIsAClearError)
{
    // Tests run as root here, and permissions do not stop root: a file in the folder's place does.
    QFile blocker(config.filePath(QStringLiteral("autostart")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const AutostartEntry entry(config.path(), program());
    QString error;
    EXPECT_FALSE(entry.setEnabled(true, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(blocker.fileName()))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QLatin1StringView("is a file"))) << qPrintable(error);
    EXPECT_FALSE(entry.isEnabled());
}

TEST_F(AutostartEntryTest, AnUnusableConfigFolderIsAClearError)
{
    QFile blocker(config.filePath(QStringLiteral("config")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const AutostartEntry entry(blocker.fileName(), program());
    QString error;
    EXPECT_FALSE(entry.setEnabled(true, &error));
    EXPECT_TRUE(error.contains(QLatin1StringView("could not be created"))) << qPrintable(error);
    EXPECT_FALSE(entry.isEnabled());
}

TEST_F(AutostartEntryTest, AnEntrySwitchedOffByTheDesktopIsNotEnabled)
{
    const AutostartEntry entry(config.path(), program());
    for (const QByteArray &off : {QByteArray("Hidden=true"), QByteArray("X-GNOME-Autostart-enabled=false")}) {
        ASSERT_TRUE(entry.setEnabled(true));
        QFile file(entry.filePath());
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write(off + '\n');
        file.close();
        EXPECT_FALSE(entry.isEnabled()) << off.constData();
    }
}

} // namespace
