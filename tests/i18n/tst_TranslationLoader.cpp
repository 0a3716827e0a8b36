// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded .qm files reach the running program: the loader picks the language, falls
// back from a regional variant, replaces an earlier choice, and English gets its plurals.
#include "TsFile.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>

#include <gtest/gtest.h>

using namespace CodeGuru;
using namespace CodeGuru::Test;

namespace {

const QString kTranslationsDir = QStringLiteral(CODEGURU_SOURCE_DIR "/translations");

QString translated(const TsMessage &message, int n = -1)
{
    return QCoreApplication::translate(qPrintable(message.context), qPrintable(message.source),
                                       message.comment.isEmpty() ? nullptr : qPrintable(message.comment), n);
}

TsMessage message(const QString &context, const QString &source)
{
    TsMessage m;
    m.context = context;
    m.source = source;
    return m;
}

class TranslationLoaderTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    TranslationLoader m_loader;
};

TEST_F(TranslationLoaderTest, OffersTheShippedLanguages)
{
    EXPECT_EQ(TranslationLoader::availableLanguages(),
              QStringList({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                           QStringLiteral("ja"), QStringLiteral("pt_BR"), QStringLiteral("zh_CN")}));
}

TEST_F(TranslationLoaderTest, PrefersTheChosenLanguageToTheSystems)
{
    EXPECT_EQ(
        TranslationLoader::chooseLocale(QStringLiteral("ja"), QLocale(QStringLiteral("de_AT"))).language(),
        QLocale::Japanese);
    EXPECT_EQ(
        TranslationLoader::chooseLocale(QStringLiteral("en"), QLocale(QStringLiteral("de_AT"))).language(),
        QLocale::English);
    EXPECT_EQ(TranslationLoader::chooseLocale(QString(), QLocale(QStringLiteral("de_AT"))).name(),
              QStringLiteral("de_AT"));
    // A setting from a newer CodeGuru, naming a language this one lacks, falls back quietly.
    EXPECT_EQ(TranslationLoader::chooseLocale(QStringLiteral("ko"), QLocale(QStringLiteral("fr_FR"))).name(),
              QStringLiteral("fr_FR"));
}

TEST_F(TranslationLoaderTest, NamesEachLanguageInItself)
{
    EXPECT_EQ(TranslationLoader::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(TranslationLoader::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(TranslationLoader::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_EQ(TranslationLoader::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    EXPECT_EQ(TranslationLoader::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
}

TEST_F(TranslationLoaderTest, KnowsWhichTranslationALocaleGets)
{
    EXPECT_EQ(TranslationLoader::effectiveLanguage(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    EXPECT_EQ(TranslationLoader::effectiveLanguage(QLocale(QStringLiteral("pt_BR"))),
              QStringLiteral("pt_BR"));
    EXPECT_EQ(TranslationLoader::effectiveLanguage(QLocale(QStringLiteral("zh_CN"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(TranslationLoader::effectiveLanguage(QLocale(QStringLiteral("ko_KR"))), QStringLiteral("en"));
    EXPECT_EQ(TranslationLoader::effectiveLanguage(QLocale::c()), QStringLiteral("en"));
}

// Every finished message of every .ts file comes back from the embedded .qm for its language.
TEST_F(TranslationLoaderTest, TranslatesEveryMessageFromTheEmbeddedFiles)
{
    for (const QString &language : TranslationLoader::availableLanguages()) {
        QString error;
        const auto ts =
            TsFile::read(QStringLiteral("%1/codeguru_%2.ts").arg(kTranslationsDir, language), &error);
        ASSERT_TRUE(ts.has_value()) << qPrintable(error);
        ASSERT_TRUE(m_loader.install(QLocale(language))) << qPrintable(language);
        int checked = 0;
        for (const TsMessage &message : ts->messages) {
            if (!message.type.isEmpty() || message.numerus)
                continue;
            EXPECT_EQ(translated(message), message.translations.value(0))
                << qPrintable(language) << ": " << qPrintable(message.source);
            ++checked;
        }
        EXPECT_GT(checked, 400) << qPrintable(language);
    }
}

TEST_F(TranslationLoaderTest, EnglishCountsOneFileAndTwoFiles)
{
    ASSERT_TRUE(m_loader.install(QLocale(QStringLiteral("en_GB"))));
    const TsMessage files = message(QStringLiteral("CodeGuru::MainWindow"), QStringLiteral("%n file(s)"));
    EXPECT_EQ(translated(files, 1), QStringLiteral("1 file"));
    EXPECT_EQ(translated(files, 2), QStringLiteral("2 files"));
}

TEST_F(TranslationLoaderTest, ARegionalVariantGetsItsLanguage)
{
    ASSERT_TRUE(m_loader.install(QLocale(QStringLiteral("fr_CA"))));
    EXPECT_EQ(QLocale().language(), QLocale::French); // numbers and dates follow
    const TsMessage find = message(QStringLiteral("CodeGuru::FindBar"), QStringLiteral("No matches"));
    EXPECT_NE(translated(find), find.source);
}

TEST_F(TranslationLoaderTest, ALaterChoiceReplacesTheEarlierOne)
{
    const TsMessage find = message(QStringLiteral("CodeGuru::FindBar"), QStringLiteral("No matches"));
    ASSERT_TRUE(m_loader.install(QLocale(QStringLiteral("de"))));
    const QString german = translated(find);
    ASSERT_TRUE(m_loader.install(QLocale(QStringLiteral("ja"))));
    EXPECT_NE(translated(find), german);
    EXPECT_NE(translated(find), find.source);
}

TEST_F(TranslationLoaderTest, AnUntranslatedLanguageShowsEnglish)
{
    ASSERT_TRUE(m_loader.install(QLocale(QStringLiteral("de"))));
    EXPECT_FALSE(m_loader.install(QLocale(QStringLiteral("ko_KR"))));
    const TsMessage find = message(QStringLiteral("CodeGuru::FindBar"), QStringLiteral("No matches"));
    EXPECT_EQ(translated(find), find.source);
}

} // namespace
