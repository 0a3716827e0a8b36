// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace CodeGuru {

namespace {
constexpr QLatin1StringView kEmbeddedDirectory(":/i18n");
constexpr QLatin1StringView kPrefix("codeguru_");
constexpr QLatin1StringView kSourceLanguage("en");
} // namespace

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{ }

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(kEmbeddedDirectory).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.mid(kPrefix.size()).chopped(3);
        if (name != kSourceLanguage)
            languages.append(name);
    }
    languages.sort();
    return languages;
}

QLocale TranslationLoader::chooseLocale(const QString &choice, const QLocale &system)
{
    if (choice == kSourceLanguage || availableLanguages().contains(choice))
        return QLocale(choice);
    return system;
}

QString TranslationLoader::effectiveLanguage(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    // The order QTranslator::load tries: "zh_Hans_CN", "zh_CN", "zh", for each UI language.
    for (QString name : locale.uiLanguages()) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (;;) {
            if (available.contains(name))
                return name;
            const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
            if (cut < 0)
                break;
            name.truncate(cut);
        }
    }
    return kSourceLanguage;
}

QString TranslationLoader::nativeName(const QString &language)
{
    // Qt calls plain "en" "American English"; the source language is simply English.
    if (language == kSourceLanguage)
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "français" heads a menu entry
    // Only a name with a country ("pt_BR") says which variety it is.
    if (language.contains(QLatin1Char('_')))
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    return name;
}

QString TranslationLoader::installedDirectory()
{
    // Relative to the binary, so that a package installed under any prefix finds its files.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../")
                           + QStringLiteral(CODEGURU_INSTALLED_TRANSLATIONS_DIR));
}

bool TranslationLoader::install(const QLocale &locale)
{
    removeInstalled();
    QLocale::setDefault(locale);

    bool found = false;
    auto *own = new QTranslator(this);
    for (const QString &directory : {installedDirectory(), QString(kEmbeddedDirectory)}) {
        if (own->load(locale, QStringLiteral("codeguru"), QStringLiteral("_"), directory)) {
            found = true;
            break;
        }
    }
    auto *qt = new QTranslator(this);
    const bool qtFound = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (QTranslator *translator : {own, qt}) {
        const bool loaded = translator == own ? found : qtFound;
        if (loaded && QCoreApplication::installTranslator(translator))
            m_installed.append(translator);
        else
            delete translator;
    }
    return found;
}

void TranslationLoader::removeInstalled()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

} // namespace CodeGuru
