// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files are complete, agree with the code, and keep what a translation must keep:
// placeholders, %n, one accelerator, the language's number of plural forms.
#include "TsFile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace CodeGuru::Test;

namespace {

const QString kSourceDir = QStringLiteral(CODEGURU_SOURCE_DIR);
// English is the source; its file carries only the plural forms.
constexpr QLatin1StringView kPluralOnly("en");

QStringList tsFiles()
{
    const QDir dir(kSourceDir + QStringLiteral("/translations"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("codeguru_*.ts")}, QDir::Files))
        paths.append(dir.filePath(name));
    return paths;
}

QString languageOf(const QString &path)
{
    return QFileInfo(path).completeBaseName().mid(QStringLiteral("codeguru_").size());
}

TsFile readOrFail(const QString &path)
{
    QString error;
    const std::optional<TsFile> ts = TsFile::read(path, &error);
    EXPECT_TRUE(ts.has_value()) << qPrintable(path) << ": " << qPrintable(error);
    return ts.value_or(TsFile {});
}

// Qt's plural rules (QTranslator's numerus forms): Chinese and Japanese have one form.
int pluralForms(const QString &language)
{
    static const std::map<QString, int> forms {
        {QStringLiteral("de"), 2},    {QStringLiteral("en"), 2},    {QStringLiteral("es"), 2},
        {QStringLiteral("fr"), 2},    {QStringLiteral("pt_BR"), 2}, {QStringLiteral("ja"), 1},
        {QStringLiteral("zh_CN"), 1},
    };
    const auto found = forms.find(language);
    return found == forms.end() ? -1 : found->second;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&;]"));
    return int(text.count(accelerator));
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(": “") + message.source.left(80) + QStringLiteral("”");
}

// Collects every problem of a file, so one run lists them all rather than the first.
class Problems
{
public:
    void add(const QString &problem) { m_list.append(problem); }
    bool empty() const { return m_list.isEmpty(); }
    std::string text() const
    {
        const QStringList shown = m_list.mid(0, 40);
        QString all = shown.join(QLatin1Char('\n'));
        if (m_list.size() > shown.size())
            all += QStringLiteral("\n… and %1 more").arg(m_list.size() - shown.size());
        return all.toStdString();
    }

private:
    QStringList m_list;
};

TEST(TranslationFiles, ShipEveryPromisedLanguage)
{
    std::set<QString> languages;
    for (const QString &path : tsFiles()) {
        const TsFile ts = readOrFail(path);
        EXPECT_EQ(ts.language, languageOf(path)) << "the language attribute of " << qPrintable(path);
        languages.insert(languageOf(path));
    }
    const std::set<QString> promised {QStringLiteral("de"),   QStringLiteral("en"), QStringLiteral("es"),
                                      QStringLiteral("fr"),   QStringLiteral("ja"), QStringLiteral("pt_BR"),
                                      QStringLiteral("zh_CN")};
    EXPECT_EQ(languages, promised);
}

TEST(TranslationFiles, HaveNoUnfinishedOrObsoleteEntries)
{
    for (const QString &path : tsFiles()) {
        Problems problems;
        for (const TsMessage &message : readOrFail(path).messages) {
            if (!message.type.isEmpty())
                problems.add(message.type + QStringLiteral(": ") + describe(message));
            else if (std::any_of(message.translations.cbegin(), message.translations.cend(),
                                 [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems.add(QStringLiteral("empty: ") + describe(message));
        }
        EXPECT_TRUE(problems.empty()) << qPrintable(path) << ":\n" << problems.text();
    }
}

TEST(TranslationFiles, KeepPlaceholdersPluralsAndAccelerators)
{
    for (const QString &path : tsFiles()) {
        const TsFile ts = readOrFail(path);
        const int forms = pluralForms(ts.language);
        ASSERT_GT(forms, 0) << "no plural rule known for " << qPrintable(ts.language);
        Problems problems;
        for (const TsMessage &message : ts.messages) {
            if (!message.type.isEmpty())
                continue; // reported by the test above
            if (message.numerus && message.translations.size() != forms)
                problems.add(QStringLiteral("%1 plural forms instead of %2: ")
                                 .arg(message.translations.size())
                                 .arg(forms)
                             + describe(message));
            for (const QString &translation : message.translations) {
                if (placeholders(translation) != placeholders(message.source))
                    problems.add(QStringLiteral("placeholders %1 instead of %2: ")
                                     .arg(placeholders(translation).join(QLatin1Char(' ')),
                                          placeholders(message.source).join(QLatin1Char(' ')))
                                 + describe(message));
                if (message.source.contains(QStringLiteral("%n"))
                    && !translation.contains(QStringLiteral("%n")))
                    problems.add(QStringLiteral("%n lost: ") + describe(message));
                if (accelerators(translation) != accelerators(message.source))
                    problems.add(QStringLiteral("%1 accelerators instead of %2 in “%3”: ")
                                     .arg(accelerators(translation))
                                     .arg(accelerators(message.source))
                                     .arg(translation)
                                 + describe(message));
            }
        }
        EXPECT_TRUE(problems.empty()) << qPrintable(path) << ":\n" << problems.text();
    }
}

// What CI checks: lupdate, run over the code as the update_translations target runs it,
// would neither add a string to a .ts file nor drop one from it.
TEST(TranslationFiles, AgreeWithTheStringsInTheCode)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    QStringList translated;
    QStringList pluralOnly;
    for (const QString &path : tsFiles()) {
        const QString copy = scratch.filePath(QFileInfo(path).fileName());
        ASSERT_TRUE(QFile::copy(path, copy));
        (languageOf(path) == kPluralOnly ? pluralOnly : translated).append(copy);
    }
    const auto lupdate = [](const QStringList &options, const QStringList &files) {
        QProcess process;
        process.setWorkingDirectory(kSourceDir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CODEGURU_LUPDATE),
                      QStringList {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                   QStringLiteral("-locations"), QStringLiteral("none")}
                          + options
                          + QStringList {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                                         QStringLiteral("-ts")}
                          + files);
        EXPECT_TRUE(process.waitForFinished(120'000)) << "lupdate did not finish";
        EXPECT_EQ(process.exitCode(), 0) << process.readAll().toStdString();
    };
    lupdate({}, translated);
    lupdate({QStringLiteral("-pluralonly")}, pluralOnly);

    for (const QString &path : tsFiles()) {
        std::set<QString> committed;
        for (const TsMessage &message : readOrFail(path).messages)
            committed.insert(message.key());
        Problems problems;
        std::set<QString> fromCode;
        for (const TsMessage &message : readOrFail(scratch.filePath(QFileInfo(path).fileName())).messages) {
            fromCode.insert(message.key());
            if (!committed.contains(message.key()))
                problems.add(QStringLiteral("missing (run the update_translations target): ")
                             + describe(message));
        }
        for (const TsMessage &message : readOrFail(path).messages) {
            if (!fromCode.contains(message.key()))
                problems.add(QStringLiteral("no longer in the code: ") + describe(message));
        }
        EXPECT_TRUE(problems.empty()) << qPrintable(path) << ":\n" << problems.text();
    }
}

} // namespace
