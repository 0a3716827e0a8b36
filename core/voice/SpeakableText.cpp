// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakableText.h"

#include "SpeakableStream.h"

#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace CodeGuru {

namespace {

struct Language
{
    QLatin1StringView infoString;
    QLatin1StringView name;
};

// The languages answers fence most, by the info strings models write for them.
const std::array<Language, 66> kLanguages = {{
    {QLatin1StringView("python"), QLatin1StringView("Python")},
    {QLatin1StringView("py"), QLatin1StringView("Python")},
    {QLatin1StringView("python3"), QLatin1StringView("Python")},
    {QLatin1StringView("py3"), QLatin1StringView("Python")},
    {QLatin1StringView("pycon"), QLatin1StringView("Python")},
    {QLatin1StringView("cpp"), QLatin1StringView("C++")},
    {QLatin1StringView("c++"), QLatin1StringView("C++")},
    {QLatin1StringView("cxx"), QLatin1StringView("C++")},
    {QLatin1StringView("cc"), QLatin1StringView("C++")},
    {QLatin1StringView("hpp"), QLatin1StringView("C++")},
    {QLatin1StringView("c"), QLatin1StringView("C")},
    {QLatin1StringView("h"), QLatin1StringView("C")},
    {QLatin1StringView("js"), QLatin1StringView("JavaScript")},
    {QLatin1StringView("javascript"), QLatin1StringView("JavaScript")},
    {QLatin1StringView("jsx"), QLatin1StringView("JavaScript")},
    {QLatin1StringView("mjs"), QLatin1StringView("JavaScript")},
    {QLatin1StringView("node"), QLatin1StringView("JavaScript")},
    {QLatin1StringView("ts"), QLatin1StringView("TypeScript")},
    {QLatin1StringView("typescript"), QLatin1StringView("TypeScript")},
    {QLatin1StringView("tsx"), QLatin1StringView("TypeScript")},
    {QLatin1StringView("sh"), QLatin1StringView("shell")},
    {QLatin1StringView("bash"), QLatin1StringView("shell")},
    {QLatin1StringView("shell"), QLatin1StringView("shell")},
    {QLatin1StringView("zsh"), QLatin1StringView("shell")},
    {QLatin1StringView("console"), QLatin1StringView("shell")},
    {QLatin1StringView("shell-session"), QLatin1StringView("shell")},
    {QLatin1StringView("powershell"), QLatin1StringView("PowerShell")},
    {QLatin1StringView("ps1"), QLatin1StringView("PowerShell")},
    {QLatin1StringView("pwsh"), QLatin1StringView("PowerShell")},
    {QLatin1StringView("bat"), QLatin1StringView("batch")},
    {QLatin1StringView("cmd"), QLatin1StringView("batch")},
    {QLatin1StringView("rust"), QLatin1StringView("Rust")},
    {QLatin1StringView("rs"), QLatin1StringView("Rust")},
    {QLatin1StringView("go"), QLatin1StringView("Go")},
    {QLatin1StringView("golang"), QLatin1StringView("Go")},
    {QLatin1StringView("java"), QLatin1StringView("Java")},
    {QLatin1StringView("kotlin"), QLatin1StringView("Kotlin")},
    {QLatin1StringView("kt"), QLatin1StringView("Kotlin")},
    {QLatin1StringView("swift"), QLatin1StringView("Swift")},
    {QLatin1StringView("csharp"), QLatin1StringView("C#")},
    {QLatin1StringView("cs"), QLatin1StringView("C#")},
    {QLatin1StringView("c#"), QLatin1StringView("C#")},
    {QLatin1StringView("ruby"), QLatin1StringView("Ruby")},
    {QLatin1StringView("rb"), QLatin1StringView("Ruby")},
    {QLatin1StringView("php"), QLatin1StringView("PHP")},
    {QLatin1StringView("sql"), QLatin1StringView("SQL")},
    {QLatin1StringView("html"), QLatin1StringView("HTML")},
    {QLatin1StringView("xml"), QLatin1StringView("XML")},
    {QLatin1StringView("css"), QLatin1StringView("CSS")},
    {QLatin1StringView("json"), QLatin1StringView("JSON")},
    {QLatin1StringView("yaml"), QLatin1StringView("YAML")},
    {QLatin1StringView("yml"), QLatin1StringView("YAML")},
    {QLatin1StringView("toml"), QLatin1StringView("TOML")},
    {QLatin1StringView("ini"), QLatin1StringView("INI")},
    {QLatin1StringView("md"), QLatin1StringView("Markdown")},
    {QLatin1StringView("markdown"), QLatin1StringView("Markdown")},
    {QLatin1StringView("dockerfile"), QLatin1StringView("Dockerfile")},
    {QLatin1StringView("docker"), QLatin1StringView("Dockerfile")},
    {QLatin1StringView("makefile"), QLatin1StringView("Makefile")},
    {QLatin1StringView("make"), QLatin1StringView("Makefile")},
    {QLatin1StringView("cmake"), QLatin1StringView("CMake")},
    {QLatin1StringView("qml"), QLatin1StringView("QML")},
    {QLatin1StringView("lua"), QLatin1StringView("Lua")},
    {QLatin1StringView("r"), QLatin1StringView("R")},
    {QLatin1StringView("diff"), QLatin1StringView("diff")},
    {QLatin1StringView("patch"), QLatin1StringView("diff")},
}};

// Info strings that say "no particular language".
bool isPlain(QStringView info)
{
    static const QStringList plain = {QStringLiteral("text"),   QStringLiteral("txt"),
                                      QStringLiteral("plain"),  QStringLiteral("plaintext"),
                                      QStringLiteral("output"), QStringLiteral("none")};
    return info.isEmpty() || plain.contains(info.toString());
}

// English says "an" before these names ("an HTML code block", "an R code block").
bool takesAn(QStringView name)
{
    static const QStringList spelledWithVowel = {
        QStringLiteral("HTML"), QStringLiteral("XML"), QStringLiteral("SQL"),  QStringLiteral("R"),
        QStringLiteral("F#"),   QStringLiteral("INI"), QStringLiteral("SCSS"), QStringLiteral("Objective-C")};
    if (spelledWithVowel.contains(name.toString()))
        return true;
    return !name.isEmpty() && QStringLiteral("aeioAEIO").contains(name.front());
}

bool isInvisibleSymbol(char32_t ucs)
{
    // Emoji and their modifiers: "✅ Use asyncio" should not be read as "check mark button".
    const QChar::Category category = QChar::category(ucs);
    return category == QChar::Symbol_Other || category == QChar::Symbol_Modifier || ucs == 0x200D
        || (ucs >= 0xFE00 && ucs <= 0xFE0F);
}

QString hostOf(QStringView url)
{
    QString host = QUrl(url.toString()).host();
    if (host.startsWith(QLatin1StringView("www.")))
        host.remove(0, 4);
    return host;
}

/// The end of a [text](target) or [text][ref] starting at `open` ('['), or -1; `text` gets the
/// part between the brackets.
qsizetype linkEnd(QStringView s, qsizetype open, QStringView &text)
{
    int depth = 0;
    qsizetype close = -1;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (s.at(i) == QLatin1Char('[')) {
            ++depth;
        } else if (s.at(i) == QLatin1Char(']') && --depth == 0) {
            close = i;
            break;
        }
    }
    if (close < 0 || close + 1 >= s.size())
        return -1;
    const QChar opener = s.at(close + 1);
    const QChar closer = opener == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
    if (opener != QLatin1Char('(') && opener != QLatin1Char('['))
        return -1;
    const qsizetype end = s.indexOf(closer, close + 2);
    if (end < 0)
        return -1;
    text = s.mid(open + 1, close - open - 1);
    return end + 1;
}

qsizetype urlEnd(QStringView s, qsizetype start)
{
    qsizetype end = start;
    while (end < s.size() && !s.at(end).isSpace() && s.at(end) != QLatin1Char('<'))
        ++end;
    // Punctuation after a URL belongs to the sentence.
    while (end > start && QStringLiteral(".,;:!?)]'\"*_").contains(s.at(end - 1)))
        --end;
    return end;
}

// Block tags separate words ("a<br>b"), inline ones do not ("<b>fast</b>,").
bool isBlockTag(const QString &name)
{
    static const QStringList block = {QStringLiteral("br"), QStringLiteral("p"),  QStringLiteral("div"),
                                      QStringLiteral("li"), QStringLiteral("td"), QStringLiteral("th"),
                                      QStringLiteral("tr"), QStringLiteral("hr"), QStringLiteral("summary")};
    return block.contains(name.toLower());
}

/// Whether a run of '*', '_' or '~' between `before` and `after` marks emphasis (and is dropped).
bool isEmphasisRun(QChar c, qsizetype run, QChar before, QChar after)
{
    if (c == QLatin1Char('*'))
        return !(before.isSpace() && after.isSpace()); // "2 * 3" stays
    if (c == QLatin1Char('_'))
        return !(before.isLetterOrNumber() && after.isLetterOrNumber()); // snake_case stays
    return run >= 2; // ~~strike~~, but "~5 minutes" stays
}

QString decodeEntities(QString s)
{
    s.replace(QLatin1StringView("&nbsp;"), QLatin1StringView(" "));
    s.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    s.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    s.replace(QLatin1StringView("&quot;"), QLatin1StringView("\""));
    s.replace(QLatin1StringView("&#39;"), QLatin1StringView("'"));
    s.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return s;
}

} // namespace

QStringList SpeakableText::sentences(QStringView markdown)
{
    SpeakableStream stream;
    QStringList out = stream.append(markdown);
    out += stream.finish();
    return out;
}

QString SpeakableText::inlineText(QStringView s)
{
    static const QRegularExpression htmlTag(
        QStringLiteral("<!--.*?-->|</?([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?/?>"));
    QString out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        if (c == QLatin1Char('\\') && next.isPunct()) {
            out += next;
            i += 2;
        } else if (c == QLatin1Char('`')) {
            qsizetype run = 1;
            while (i + run < n && s.at(i + run) == QLatin1Char('`'))
                ++run;
            const QString fence(run, QLatin1Char('`'));
            const qsizetype close = s.indexOf(fence, i + run);
            if (close < 0) {
                out += fence;
            } else {
                out += s.mid(i + run, close - i - run).trimmed();
                run = close + run - i;
            }
            i += run;
        } else if (c == QLatin1Char('[') || (c == QLatin1Char('!') && next == QLatin1Char('['))) {
            QStringView text;
            const qsizetype open = c == QLatin1Char('!') ? i + 1 : i;
            const qsizetype end = linkEnd(s, open, text);
            if (end < 0) {
                out += c;
                ++i;
            } else {
                out += inlineText(text);
                i = end;
            }
        } else if (c == QLatin1Char('<')) {
            const qsizetype close = s.indexOf(QLatin1Char('>'), i);
            const QStringView inner = close > 0 ? s.mid(i + 1, close - i - 1) : QStringView();
            const QRegularExpressionMatch tag = htmlTag.match(s, i, QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (inner.startsWith(QLatin1StringView("http://"))
                || inner.startsWith(QLatin1StringView("https://"))) {
                out += hostOf(inner);
                i = close + 1;
            } else if (tag.hasMatch()) {
                if (isBlockTag(tag.captured(1)))
                    out += QLatin1Char(' ');
                i += tag.capturedLength();
            } else {
                out += c;
                ++i;
            }
        } else if ((c == QLatin1Char('h') || c == QLatin1Char('w'))
                   && (i == 0 || !s.at(i - 1).isLetterOrNumber())
                   && (s.mid(i).startsWith(QLatin1StringView("https://"))
                       || s.mid(i).startsWith(QLatin1StringView("http://"))
                       || s.mid(i).startsWith(QLatin1StringView("www.")))) {
            const qsizetype end = urlEnd(s, i);
            const QString url = s.mid(i, end - i).toString();
            out += hostOf(url.startsWith(QLatin1Char('w')) ? QStringLiteral("http://") + url : url);
            i = end;
        } else if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) {
            qsizetype run = 1;
            while (i + run < n && s.at(i + run) == c)
                ++run;
            const QChar before = i > 0 ? s.at(i - 1) : QChar(QLatin1Char(' '));
            const QChar after = i + run < n ? s.at(i + run) : QChar(QLatin1Char(' '));
            if (!isEmphasisRun(c, run, before, after))
                out += s.mid(i, run);
            i += run;
        } else if (c.isHighSurrogate() && next.isLowSurrogate()) {
            if (!isInvisibleSymbol(QChar::surrogateToUcs4(c, next)))
                out += s.mid(i, 2);
            i += 2;
        } else {
            if (!isInvisibleSymbol(c.unicode()))
                out += c;
            ++i;
        }
    }
    return decodeEntities(out).simplified();
}

QString SpeakableText::languageName(QStringView infoString)
{
    QString info = infoString.trimmed().toString().toLower();
    // "{.python}" and "python title=x.py" both name Python.
    info.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    if (info.startsWith(QLatin1Char('.')))
        info.remove(0, 1);
    info = info.section(QLatin1Char(' '), 0, 0).section(QLatin1Char(','), 0, 0);
    if (isPlain(info))
        return {};
    for (const Language &language : kLanguages) {
        if (info == language.infoString)
            return language.name;
    }
    static const QRegularExpression nameLike(QStringLiteral("^[a-z][a-z0-9+#-]{0,19}$"));
    return nameLike.match(info).hasMatch() ? info : QString();
}

QString SpeakableText::codeBlockAnnouncement(QStringView infoString, int lines)
{
    const QString language = languageName(infoString);
    if (language.isEmpty()) {
        //: Read aloud in place of a code block.
        return tr("A code block of %n line(s).", nullptr, lines);
    }
    if (takesAn(language)) {
        //: Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as
        //: is; English needs "An" before it, other languages translate this like the "A %1" string.
        return tr("An %1 code block of %n line(s).", nullptr, lines).arg(language);
    }
    //: Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept
    //: as is.
    return tr("A %1 code block of %n line(s).", nullptr, lines).arg(language);
}

QString SpeakableText::tableAnnouncement(int rows)
{
    //: Read aloud in place of a table; the rows below its header.
    return tr("A table with %n row(s).", nullptr, rows);
}

} // namespace CodeGuru
