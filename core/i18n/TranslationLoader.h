// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace CodeGuru {

/// Puts CodeGuru's translation, and Qt's own for its standard dialogs, in place for one locale.
/// The translators are children of this object, so they live as long as it does.
class TranslationLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    explicit TranslationLoader(QObject *parent = nullptr);

    /// Locale names CodeGuru is translated into ("de", "pt_BR", …), sorted; English, the
    /// language of the source, is not among them.
    static QStringList availableLanguages();

    /// The locale to use: `choice` when it names a shipped language ("de"), else `system`.
    static QLocale chooseLocale(const QString &choice, const QLocale &system = QLocale::system());

    /// Replaces any translators installed before with those for `locale` and makes it the
    /// default QLocale, so numbers and dates follow the language. Returns whether CodeGuru's
    /// own translation was found (English needs only its plural forms).
    bool install(const QLocale &locale);

    /// The translation `locale` gets: "pt_BR" for pt_BR, "de" for de_AT, "en" for any language
    /// CodeGuru is not translated into.
    static QString effectiveLanguage(const QLocale &locale);

    /// How a language names itself, for a language menu: "Deutsch", "Português (Brasil)".
    static QString nativeName(const QString &language);

    /// Where installed .qm files are looked for before the embedded ones.
    static QString installedDirectory();

private:
    void removeInstalled();

    QList<QTranslator *> m_installed;
};

} // namespace CodeGuru
