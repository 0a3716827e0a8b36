// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpokenFileName.h"

#include <QStringList>

#include <array>
#include <initializer_list>

namespace CodeGuru {

namespace {

struct SymbolWord
{
    QLatin1StringView first;
    QLatin1StringView second; ///< empty for one-word names
    QChar symbol;
};

// Two-word names first, so that "back slash" is not read as the word "back" and a slash.
const std::array<SymbolWord, 11> kSymbolWords = {{
    {QLatin1StringView("under"), QLatin1StringView("score"), QLatin1Char('_')},
    {QLatin1StringView("forward"), QLatin1StringView("slash"), QLatin1Char('/')},
    {QLatin1StringView("back"), QLatin1StringView("slash"), QLatin1Char('/')},
    {QLatin1StringView("full"), QLatin1StringView("stop"), QLatin1Char('.')},
    {QLatin1StringView("dot"), {}, QLatin1Char('.')},
    {QLatin1StringView("period"), {}, QLatin1Char('.')},
    {QLatin1StringView("underscore"), {}, QLatin1Char('_')},
    {QLatin1StringView("dash"), {}, QLatin1Char('-')},
    {QLatin1StringView("hyphen"), {}, QLatin1Char('-')},
    {QLatin1StringView("slash"), {}, QLatin1Char('/')},
    {QLatin1StringView("backslash"), {}, QLatin1Char('/')},
}};

/// How many tokens from `at` name a symbol (0 when they do not), and which symbol.
qsizetype matchSymbol(const QStringList &tokens, qsizetype at, QChar &symbol)
{
    for (const SymbolWord &word : kSymbolWords) {
        if (tokens.at(at) != word.first)
            continue;
        if (word.second.isEmpty()) {
            symbol = word.symbol;
            return 1;
        }
        if (at + 1 < tokens.size() && tokens.at(at + 1) == word.second) {
            symbol = word.symbol;
            return 2;
        }
    }
    return 0;
}

bool startsWithSymbol(const QStringList &tokens, qsizetype at)
{
    QChar symbol;
    if (matchSymbol(tokens, at, symbol) > 0)
        return true;
    return tokens.at(at) == QLatin1StringView("double");
}

// Longest first. Each is dropped only when something follows it and, unless it ends in "called"
// or "named", only when that is not a spoken symbol: "file dot txt" is file.txt.
const std::array<std::initializer_list<QLatin1StringView>, 13> kLeadingPhrases = {{
    {QLatin1StringView("the"), QLatin1StringView("file"), QLatin1StringView("called")},
    {QLatin1StringView("the"), QLatin1StringView("file"), QLatin1StringView("named")},
    {QLatin1StringView("a"), QLatin1StringView("file"), QLatin1StringView("called")},
    {QLatin1StringView("a"), QLatin1StringView("file"), QLatin1StringView("named")},
    {QLatin1StringView("file"), QLatin1StringView("called")},
    {QLatin1StringView("file"), QLatin1StringView("named")},
    {QLatin1StringView("the"), QLatin1StringView("file")},
    {QLatin1StringView("a"), QLatin1StringView("file")},
    {QLatin1StringView("the"), QLatin1StringView("filename")},
    {QLatin1StringView("filename")},
    {QLatin1StringView("called")},
    {QLatin1StringView("named")},
    {QLatin1StringView("the")},
}};

void dropLeadingPhrases(QStringList &tokens)
{
    bool dropped = true;
    while (dropped) {
        dropped = false;
        for (const auto &phrase : kLeadingPhrases) {
            const auto length = qsizetype(phrase.size());
            if (tokens.size() <= length)
                continue;
            const QLatin1StringView last = *(phrase.end() - 1);
            const bool introduces = last == QLatin1StringView("called") || last == QLatin1StringView("named");
            if (!introduces && startsWithSymbol(tokens, length))
                continue;
            if (std::equal(phrase.begin(), phrase.end(), tokens.cbegin())) {
                tokens.remove(0, length);
                dropped = true;
                break;
            }
        }
    }
}

// Speech recognisers hear some extensions as words; only the last token after a dot is read so.
const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 4> kSpokenExtensions = {{
    {QLatin1StringView("pie"), QLatin1StringView("py")},
    {QLatin1StringView("jason"), QLatin1StringView("json")},
    {QLatin1StringView("see"), QLatin1StringView("c")},
    {QLatin1StringView("sea"), QLatin1StringView("c")},
}};

bool isDoubleQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'`':
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
        return true;
    default:
        return false;
    }
}

bool isSingleQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A);
}

bool isTrailingPunctuation(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':')
        || c == QLatin1Char('!') || c == QLatin1Char('?') || isSingleQuote(c) || c.isSpace();
}

/// Quotes go wherever they are, except an apostrophe inside a word ("bob's notes").
QString withoutQuotes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isDoubleQuote(c))
            continue;
        if (isSingleQuote(c)) {
            const bool letterBefore = i > 0 && text.at(i - 1).isLetterOrNumber();
            const bool letterAfter = i + 1 < text.size() && text.at(i + 1).isLetterOrNumber();
            if (!letterBefore || !letterAfter)
                continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace

QString SpokenFileName::normalize(QStringView spoken)
{
    QString text = withoutQuotes(spoken).toLower();
    text.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (!text.isEmpty() && isTrailingPunctuation(text.back()))
        text.chop(1);

    QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &token : tokens) {
        // "called: main.cpp" or "main, dot, py" from a recogniser that punctuates pauses.
        while (token.size() > 1
               && (token.endsWith(QLatin1Char(',')) || token.endsWith(QLatin1Char(';'))
                   || token.endsWith(QLatin1Char(':'))))
            token.chop(1);
    }
    tokens.removeIf([](const QString &token) {
        return token == QLatin1StringView(",") || token == QLatin1StringView(";")
            || token == QLatin1StringView(":");
    });
    dropLeadingPhrases(tokens);

    QString name;
    for (qsizetype i = 0; i < tokens.size();) {
        QChar symbol;
        if (const qsizetype used = matchSymbol(tokens, i, symbol)) {
            name += symbol;
            i += used;
            continue;
        }
        if (tokens.at(i) == QLatin1StringView("double") && i + 1 < tokens.size()) {
            if (const qsizetype used = matchSymbol(tokens, i + 1, symbol)) {
                name += symbol;
                name += symbol;
                i += 1 + used;
                continue;
            }
        }
        QString word = tokens.at(i);
        if (i + 1 == tokens.size() && name.endsWith(QLatin1Char('.'))) {
            for (const auto &[heard, extension] : kSpokenExtensions) {
                if (word == heard)
                    word = extension;
            }
        }
        name += word;
        ++i;
    }
    while (name.startsWith(QLatin1StringView("./")))
        name.remove(0, 2);
    return name;
}

} // namespace CodeGuru
