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
    EXPECT_EQ(reopened.defaultProfile(), QStringLiteral("home"))
        << "the first profile left takes over, as in Settings";
    EXPECT_FALSE(reopened.removeProfile(QStringLiteral("work")));
    EXPECT_TRUE(reopened.removeProfile(QStringLiteral("home")));
    EXPECT_TRUE(reopened.defaultProfile().isEmpty()) << "no profile left, no default";
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

TEST(Settings, RoutingPersonaAndAppearanceDefaults)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("codeguru.conf")));
    EXPECT_TRUE(settings.classifierModel().isEmpty()) << "empty: the answer model classifies";
    EXPECT_EQ(settings.routingDeadline(), std::chrono::milliseconds(2000));
    EXPECT_TRUE(settings.systemPrompt().isEmpty()) << "empty: the built-in persona";
    EXPECT_EQ(settings.fontPointSize(), 0) << "0: the system font";
    EXPECT_FALSE(settings.keepRunningInTray()) << "closing the window quits unless asked otherwise";
    EXPECT_EQ(settings.quickAskShortcut(), QStringLiteral("Ctrl+Alt+Space"));
    EXPECT_TRUE(settings.quickAskShortcutEnabled());
    EXPECT_FALSE(settings.usePrimarySelection());
    EXPECT_EQ(settings.classifierSetFile(), dir.filePath(QStringLiteral("classifiers.json")));
}

TEST(Settings, RoutingPersonaAndAppearanceRoundTripThroughARealFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codeguru.conf"));
    const QString prompt = QStringLiteral("You are terse.\nAnswer in one line; use = and ; freely.");
    {
        Settings settings(path);
        settings.setClassifierModel(QStringLiteral("  llama-3.1-8b-instant "));
        settings.setRoutingDeadline(std::chrono::milliseconds(3500));
        settings.setSystemPrompt(prompt);
        settings.setFontPointSize(14);
        settings.setKeepRunningInTray(true);
        settings.sync();
    }
    Settings reopened(path);
    EXPECT_EQ(reopened.classifierModel(), QStringLiteral("llama-3.1-8b-instant"));
    EXPECT_EQ(reopened.routingDeadline(), std::chrono::milliseconds(3500));
    EXPECT_EQ(reopened.systemPrompt(), prompt) << "multi-line text survives the INI escaping";
    EXPECT_EQ(reopened.fontPointSize(), 14);
    EXPECT_TRUE(reopened.keepRunningInTray());

    reopened.setSystemPrompt(QStringLiteral("  \n"));
    EXPECT_TRUE(reopened.systemPrompt().isEmpty()) << "a blank prompt means the built-in persona";
}

TEST(Settings, TranscriptionProviderIsSeparateFromTheChat)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codeguru.conf"));
    {
        Settings settings(path);
        EXPECT_TRUE(settings.transcriptionProfile().isEmpty()) << "empty: the chat's provider transcribes";
        EXPECT_TRUE(settings.transcriptionModel().isEmpty()) << "empty: the provider's usual model";
        settings.setDefaultProfile(QStringLiteral("local"));
        settings.setTranscriptionProfile(QStringLiteral(" groq "));
        settings.setTranscriptionModel(QStringLiteral("whisper-large-v3-turbo "));
        settings.sync();
    }
    Settings reopened(path);
    EXPECT_EQ(reopened.defaultProfile(), QStringLiteral("local"));
    EXPECT_EQ(reopened.transcriptionProfile(), QStringLiteral("groq"));
    EXPECT_EQ(reopened.transcriptionModel(), QStringLiteral("whisper-large-v3-turbo"));
    reopened.setTranscriptionProfile(QString());
    reopened.setTranscriptionModel(QStringLiteral("  "));
    EXPECT_TRUE(reopened.transcriptionProfile().isEmpty());
    EXPECT_TRUE(reopened.transcriptionModel().isEmpty());
}

TEST(Settings, VoiceSwitchesStartOffAndPersist)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codeguru.conf"));
    {
        Settings settings(path);
        EXPECT_FALSE(settings.sendSpokenQuestionsAtOnce()) << "a transcript is shown before it is sent";
        EXPECT_FALSE(settings.readAnswersAloud()) << "nobody is surprised by a talking window";
        EXPECT_TRUE(settings.speechEngine().isEmpty());
        EXPECT_EQ(settings.pushToTalkShortcut(), QStringLiteral("Ctrl+Shift+Space"));
        settings.setPushToTalkShortcut(QStringLiteral("Ctrl+Alt+F9"));
        settings.setSendSpokenQuestionsAtOnce(true);
        settings.setReadAnswersAloud(true);
        settings.setSpeechEngine(QStringLiteral(" flite "));
        settings.sync();
    }
    Settings reopened(path);
    EXPECT_TRUE(reopened.sendSpokenQuestionsAtOnce());
    EXPECT_TRUE(reopened.readAnswersAloud());
    EXPECT_EQ(reopened.speechEngine(), QStringLiteral("flite"));
    EXPECT_EQ(reopened.pushToTalkShortcut(), QStringLiteral("Ctrl+Alt+F9"));
    reopened.setPushToTalkShortcut(QString());
    EXPECT_EQ(reopened.pushToTalkShortcut(), QStringLiteral("Ctrl+Shift+Space")) << "never none";
    reopened.setSpeechEngine(QString());
    EXPECT_TRUE(reopened.speechEngine().isEmpty());
}

TEST(Settings, OutOfRangeValuesFallBackToSafeOnes)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("codeguru.conf")));
    settings.setRoutingDeadline(std::chrono::milliseconds(0));
    EXPECT_EQ(settings.routingDeadline(), std::chrono::milliseconds(2000));
    settings.setRoutingDeadline(std::chrono::milliseconds(10'000'000));
    EXPECT_EQ(settings.routingDeadline(), std::chrono::milliseconds(60'000));
    settings.setFontPointSize(2);
    EXPECT_EQ(settings.fontPointSize(), 0);
    settings.setFontPointSize(500);
    EXPECT_EQ(settings.fontPointSize(), 0);
}

} // namespace
