// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/CodeSpan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
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
/// The last few blocks are remembered line by line, with the highlighter's state after each
/// line: a code block that grows while an answer streams is re-rendered several times a
/// second, and only its new lines are highlighted again (boost::regex is the slow part).
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
    struct RememberedBlock; // the lines, their spans and the state after each

    srchilite::SourceHighlighter *highlighterFor(const QString &definition);
    /// The remembered block sharing the most leading lines with `lines`, and how many.
    std::pair<const RememberedBlock *, qsizetype> longestPrefix(const QString &definition,
                                                                const QStringList &lines) const;

    std::string m_dataDir;
    std::vector<CodeSpan> m_lineSpans; // the recorders write into this, one line at a time
    std::unique_ptr<srchilite::RegexRuleFactory> m_ruleFactory;
    std::unique_ptr<srchilite::LangDefManager> m_languages;
    std::unique_ptr<srchilite::FormatterManager> m_formatters;
    std::unique_ptr<srchilite::FormatterParams> m_params;
    // A null highlighter records a definition that failed to load, so it is not retried.
    std::map<QString, std::unique_ptr<srchilite::SourceHighlighter>> m_highlighters;
    std::deque<std::unique_ptr<RememberedBlock>> m_remembered; // most recent first
};

} // namespace CodeGuru
