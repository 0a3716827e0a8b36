// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/CodeHighlighter.h"

#include "markdown/SourceHighlightRecorder.h"
#include "markdown/YamlLanguage.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <srchilite/formattermanager.h>
#include <srchilite/formatterparams.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>
#include <string_view>
#include <utility>

namespace CodeGuru {

namespace {

// Built-in definitions have no file; the prefix cannot occur in a file name we accept.
const QString kYamlDefinition = QStringLiteral(":yaml");

// Fence tags seen in answers, mapped to the definitions the library ships. Anything else is
// tried as "<tag>.lang" before giving up.
constexpr std::array<std::pair<std::string_view, std::string_view>, 58> kAliases {{
    {"c", "c.lang"},
    {"h", "cpp.lang"},
    {"cpp", "cpp.lang"},
    {"c++", "cpp.lang"},
    {"cc", "cpp.lang"},
    {"cxx", "cpp.lang"},
    {"hpp", "cpp.lang"},
    {"hxx", "cpp.lang"},
    {"objc", "cpp.lang"},
    {"cuda", "cpp.lang"},
    {"qml", "javascript.lang"},
    {"python", "python.lang"},
    {"py", "python.lang"},
    {"python3", "python.lang"},
    {"py3", "python.lang"},
    {"pycon", "python.lang"},
    {"js", "javascript.lang"},
    {"javascript", "javascript.lang"},
    {"jsx", "javascript.lang"},
    {"mjs", "javascript.lang"},
    {"cjs", "javascript.lang"},
    {"node", "javascript.lang"},
    // TypeScript is JavaScript plus types; its keywords (interface, type) stay uncoloured.
    {"ts", "javascript.lang"},
    {"typescript", "javascript.lang"},
    {"tsx", "javascript.lang"},
    {"rust", "rust.lang"},
    {"rs", "rust.lang"},
    {"go", "go.lang"},
    {"golang", "go.lang"},
    {"java", "java.lang"},
    {"kotlin", "java.lang"},
    {"kt", "java.lang"},
    {"sh", "sh.lang"},
    {"bash", "sh.lang"},
    {"shell", "sh.lang"},
    {"console", "sh.lang"},
    {"shell-session", "sh.lang"},
    {"terminal", "sh.lang"},
    {"ksh", "sh.lang"},
    {"dockerfile", "sh.lang"},
    {"zsh", "zsh.lang"},
    {"json", "json.lang"},
    {"jsonc", "json.lang"},
    {"json5", "json.lang"},
    {"sql", "sql.lang"},
    {"mysql", "sql.lang"},
    {"postgresql", "sql.lang"},
    {"sqlite", "sql.lang"},
    {"cs", "csharp.lang"},
    {"c#", "csharp.lang"},
    {"rb", "ruby.lang"},
    {"html", "html.lang"},
    {"xml", "xml.lang"},
    {"svg", "xml.lang"},
    {"ini", "desktop.lang"},
    {"toml", "desktop.lang"},
    {"make", "makefile.lang"},
    {"patch", "diff.lang"},
}};

// source-highlight's element names, folded into what CodeGuru colours.
constexpr std::array<std::pair<const char *, CodeElement>, 33> kElements {{
    {"keyword", CodeElement::Keyword},
    {"selector", CodeElement::Keyword},
    {"type", CodeElement::Type},
    {"usertype", CodeElement::Type},
    {"classname", CodeElement::Type},
    {"attribute", CodeElement::Type},
    {"label", CodeElement::Type},
    {"string", CodeElement::String},
    {"regexp", CodeElement::String},
    {"valquote", CodeElement::String},
    {"value", CodeElement::String},
    {"url", CodeElement::String},
    {"specialchar", CodeElement::SpecialChar},
    {"comment", CodeElement::Comment},
    {"todo", CodeElement::Comment},
    {"number", CodeElement::Number},
    {"atom", CodeElement::Number},
    {"preproc", CodeElement::Preprocessor},
    {"difflines", CodeElement::Preprocessor},
    {"function", CodeElement::Function},
    {"predef_func", CodeElement::Function},
    {"symbol", CodeElement::Symbol},
    {"colon", CodeElement::Symbol},
    {"cbracket", CodeElement::Bracket},
    {"variable", CodeElement::Variable},
    {"predef_var", CodeElement::Variable},
    {"key", CodeElement::Key},
    {"keyquote", CodeElement::Key},
    {"property", CodeElement::Key},
    {"newfile", CodeElement::Added},
    {"oldfile", CodeElement::Removed},
    {"date", CodeElement::Number},
    {"time", CodeElement::Number},
}};

/// The first word of a fence's info string, lower-cased, as "{.python}" or "python title=x"
/// also appear; empty unless it is a plausible language name (it ends up in a file name).
QString fenceTag(QStringView info)
{
    info = info.trimmed();
    while (!info.isEmpty() && (info.front() == u'{' || info.front() == u'.'))
        info = info.sliced(1);
    qsizetype end = 0;
    while (end < info.size() && !info.at(end).isSpace() && info.at(end) != u'}' && info.at(end) != u',')
        ++end;
    const QString tag = info.first(end).toString().toLower();
    const bool plausible = std::all_of(tag.cbegin(), tag.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'#' || c == u'-'
            || c == u'_';
    });
    return plausible ? tag : QString();
}

/// Byte offsets of a UTF-8 line to UTF-16 offsets of the same line.
QList<CodeSpan> toUtf16(const QString &line, qsizetype utf8Size, const std::vector<CodeSpan> &spans)
{
    QList<CodeSpan> result;
    result.reserve(qsizetype(spans.size()));
    if (utf8Size == line.size()) { // ASCII, by far the common case
        for (const CodeSpan &span : spans)
            result.append(span);
        return result;
    }
    std::vector<qsizetype> utf16At(size_t(utf8Size) + 1, line.size());
    qsizetype byte = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        const qsizetype bytes = c < 0x80 ? 1
            : c < 0x800                  ? 2
            : QChar::isHighSurrogate(c)  ? 4
            : QChar::isLowSurrogate(c)   ? 0
                                         : 3;
        for (qsizetype b = 0; b < bytes && byte + b < utf8Size; ++b)
            utf16At[size_t(byte + b)] = i;
        byte += bytes;
    }
    for (const CodeSpan &span : spans) {
        const qsizetype end = std::min(span.start + span.length, utf8Size);
        const qsizetype start = utf16At[size_t(std::min(span.start, utf8Size))];
        result.append({start, utf16At[size_t(end)] - start, span.element});
    }
    return result;
}

} // namespace

struct CodeHighlighter::RememberedBlock
{
    /// Where the highlighter stands after a line: which multi-line comments or strings are open.
    struct LineState
    {
        srchilite::HighlightStatePtr current;
        srchilite::HighlightStateStack stack;
    };

    QString definition;
    QStringList lines;
    QList<QList<CodeSpan>> spans;
    std::vector<LineState> states;
};

CodeHighlighter::CodeHighlighter(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? srchilite::Settings::retrieveDataDir() : dataDir.toStdString())
    , m_ruleFactory(std::make_unique<srchilite::RegexRuleFactory>())
    , m_languages(std::make_unique<srchilite::LangDefManager>(m_ruleFactory.get()))
    , m_formatters(std::make_unique<srchilite::FormatterManager>(
          srchilite::FormatterPtr(new SourceHighlightRecorder(CodeElement::Normal, &m_lineSpans))))
    , m_params(std::make_unique<srchilite::FormatterParams>())
{
    for (const auto &[name, element] : kElements)
        m_formatters->addFormatter(
            name, srchilite::FormatterPtr(new SourceHighlightRecorder(element, &m_lineSpans)));
}

CodeHighlighter::~CodeHighlighter() = default;

QString CodeHighlighter::dataDir() const
{
    return QString::fromStdString(m_dataDir);
}

QString CodeHighlighter::languageDefinitionFor(QStringView fenceInfo) const
{
    const QString tag = fenceTag(fenceInfo);
    if (tag.isEmpty())
        return QString();
    if (tag == u"yaml" || tag == u"yml")
        return kYamlDefinition;
    const std::string key = tag.toStdString();
    for (const auto &[alias, file] : kAliases) {
        if (alias == key)
            return QString::fromLatin1(file.data(), qsizetype(file.size()));
    }
    const QString file = tag + QStringLiteral(".lang");
    return QFileInfo::exists(QDir(dataDir()).filePath(file)) ? file : QString();
}

srchilite::SourceHighlighter *CodeHighlighter::highlighterFor(const QString &definition)
{
    const auto known = m_highlighters.find(definition);
    if (known != m_highlighters.end())
        return known->second.get();
    std::unique_ptr<srchilite::SourceHighlighter> highlighter;
    try {
        const srchilite::HighlightStatePtr state = definition == kYamlDefinition
            ? buildYamlHighlightState(*m_ruleFactory)
            : m_languages->getHighlightState(m_dataDir, definition.toStdString());
        highlighter = std::make_unique<srchilite::SourceHighlighter>(state);
        highlighter->setFormatterManager(m_formatters.get());
        highlighter->setFormatterParams(m_params.get());
        highlighter->setOptimize(false);
    } catch (...) {
        // A broken or missing definition (the library throws its own exception types and
        // boost::regex_error) costs the colours of that language, never the answer.
        qWarning("CodeHighlighter: cannot load the definition %s", qUtf8Printable(definition));
        highlighter.reset();
    }
    return m_highlighters.emplace(definition, std::move(highlighter)).first->second.get();
}

std::pair<const CodeHighlighter::RememberedBlock *, qsizetype>
CodeHighlighter::longestPrefix(const QString &definition, const QStringList &lines) const
{
    const RememberedBlock *best = nullptr;
    qsizetype bestLength = 0;
    for (const std::unique_ptr<RememberedBlock> &block : m_remembered) {
        if (block->definition != definition)
            continue;
        qsizetype length = 0;
        const qsizetype limit = std::min(block->lines.size(), lines.size());
        while (length < limit && block->lines.at(length) == lines.at(length))
            ++length;
        if (length > bestLength) {
            best = block.get();
            bestLength = length;
        }
    }
    return {best, bestLength};
}

QList<QList<CodeSpan>> CodeHighlighter::highlight(QStringView fenceInfo, const QStringList &lines)
{
    const QString definition = languageDefinitionFor(fenceInfo);
    srchilite::SourceHighlighter *highlighter = definition.isEmpty() ? nullptr : highlighterFor(definition);
    if (!highlighter)
        return {};

    auto remembered = std::make_unique<RememberedBlock>();
    RememberedBlock &block = *remembered;
    block.definition = definition;
    block.lines = lines;
    block.spans.reserve(lines.size());
    block.states.reserve(size_t(lines.size()));
    const auto [known, reused] = longestPrefix(definition, lines);
    if (known) {
        block.spans = known->spans.first(reused);
        block.states.assign(known->states.begin(), known->states.begin() + reused);
        const RememberedBlock::LineState &state = block.states.back();
        highlighter->setCurrentState(state.current);
        highlighter->setStateStack(
            srchilite::HighlightStateStackPtr(new srchilite::HighlightStateStack(state.stack)));
    } else {
        // Each code block starts afresh, whatever the previous one left open.
        highlighter->clearStateStack();
        highlighter->setCurrentState(highlighter->getMainState());
    }
    try {
        for (qsizetype i = block.spans.size(); i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const QByteArray utf8 = line.toUtf8();
            m_lineSpans.clear();
            highlighter->highlightParagraph(std::string(utf8.constData(), size_t(utf8.size())));
            block.spans.append(toUtf16(line, utf8.size(), m_lineSpans));
            block.states.push_back({highlighter->getCurrentState(), *highlighter->getStateStack()});
        }
    } catch (...) {
        qWarning("CodeHighlighter: highlighting failed for %s", qUtf8Printable(definition));
        return {};
    }
    QList<QList<CodeSpan>> result = block.spans;
    if (known && reused == lines.size())
        return result;
    m_remembered.push_front(std::move(remembered));
    // A handful covers a streaming tail and the chunks committed around it.
    constexpr size_t kRememberedBlocks = 8;
    if (m_remembered.size() > kRememberedBlocks)
        m_remembered.pop_back();
    return result;
}

} // namespace CodeGuru
