// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/CodeSpan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace srchilite {
class FormatterManager;
class LangDefManager;
class RegexRuleFactory;
class SourceHighlighter;
struct FormatterParams;
} // namespace srchilite

namespace CodeGuru {

/// Syntax highlighting for fenced code blocks with GNU source-highlight.
///
/// Why source-highlight: KSyntaxHighlighting would be the better engine, but its Qt 6 build
/// needs Qt 6.5 and Debian 12 packages it only for Qt 5. source-highlight is packaged on
/// Debian 12 and Ubuntu 24.04, is GPL-3+ like CodeGuru, and its .lang files cover every
/// language answers commonly use. Only its low-level API is used (rule factory, language
/// definitions, one SourceHighlighter per language), with a formatter that records spans.
///
/// Building a language costs milliseconds, so each one is built once per instance and kept.
/// Not thread-safe: use one instance per thread.
class CodeHighlighter
{
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

public:
    /// Uses the library's data directory (source-highlight's own settings, by default
    /// /usr/share/source-highlight) unless `dataDir` is given.
    explicit CodeHighlighter(const QString &dataDir = QString());
    ~CodeHighlighter();

    QString dataDir() const;

    /// The language definition for a fence's info string ("cpp", "Python", "ts {title=x}"):
    /// a .lang file name in dataDir(), a built-in name, or empty when nothing fits.
    QString languageDefinitionFor(QStringView fenceInfo) const;

    /// Spans for each of `lines`, highlighted in order so multi-line comments and strings
    /// carry over. Empty when the language is unknown or its definition fails to load.
    QList<QList<CodeSpan>> highlight(QStringView fenceInfo, const QStringList &lines);

private:
    srchilite::SourceHighlighter *highlighterFor(const QString &definition);

    std::string m_dataDir;
    std::vector<CodeSpan> m_lineSpans; // the recorders write into this, one line at a time
    std::unique_ptr<srchilite::RegexRuleFactory> m_ruleFactory;
    std::unique_ptr<srchilite::LangDefManager> m_languages;
    std::unique_ptr<srchilite::FormatterManager> m_formatters;
    std::unique_ptr<srchilite::FormatterParams> m_params;
    // A null highlighter records a definition that failed to load, so it is not retried.
    std::map<QString, std::unique_ptr<srchilite::SourceHighlighter>> m_highlighters;
};

} // namespace CodeGuru
