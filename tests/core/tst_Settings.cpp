// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/Settings.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

TEST(Settings, ProfilesRoundTripThroughARealFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codeguru.conf"));
    {
        Settings settings(path);
        settings.saveProfile(
            {QStringLiteral("home"), QStringLiteral("ollama"), QUrl(), QStringLiteral("llama3")});
        settings.saveProfile({QStringLiteral("work"), QStringLiteral("custom"),
                              QUrl(QStringLiteral("https://llm.corp.example/v1")), QString()});
        settings.setDefaultProfile(QStringLiteral("work"));
        settings.sync();
    }
    Settings reopened(path);
    EXPECT_EQ(reopened.defaultProfile(), QStringLiteral("work"));
    ASSERT_EQ(reopened.profiles().size(), 2);
    const auto work = reopened.profile(QStringLiteral("work"));
    ASSERT_TRUE(work);
    EXPECT_EQ(work->baseUrl, QUrl(QStringLiteral("https://llm.corp.example/v1")));
    EXPECT_TRUE(reopened.removeProfile(QStringLiteral("work")));
    EXPECT_TRUE(reopened.defaultProfile().isEmpty()) << "removing the default profile clears the default";
    EXPECT_FALSE(reopened.removeProfile(QStringLiteral("work")));
}

TEST(Settings, PasswordsInUrlsAreNotWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codeguru.conf"));
    {
        Settings settings(path);
        settings.saveProfile({QStringLiteral("p"), QStringLiteral("custom"),
                              QUrl(QStringLiteral("https://user:hunter2@llm.example/v1")), QString()});
        settings.sync();
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("hunter2"));
}

TEST(Settings, DefaultsAndInvalidNames)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("codeguru.conf")));
    EXPECT_EQ(settings.idleTimeout(), std::chrono::seconds(90));
    settings.setIdleTimeout(std::chrono::seconds(30));
    EXPECT_EQ(settings.idleTimeout(), std::chrono::seconds(30));
    EXPECT_EQ(settings.redactionMode(), RedactionMode::Remote);
    settings.setRedactionMode(RedactionMode::Always);
    EXPECT_EQ(settings.redactionMode(), RedactionMode::Always);
    EXPECT_FALSE(settings.profile(QStringLiteral("../etc")).has_value());
    EXPECT_FALSE(ProviderProfile::isValidName(QString()));
    EXPECT_FALSE(ProviderProfile::isValidName(QStringLiteral("a/b")));
    EXPECT_TRUE(ProviderProfile::isValidName(QStringLiteral("groq-fast_1.0")));
}

} // namespace
