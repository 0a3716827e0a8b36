// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeakableStream.h"

#include "SentenceSplitter.h"
#include "SpeakableText.h"

#include <algorithm>
#include <utility>

namespace CodeGuru {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/// Where a line's text starts once indentation and block quote markers are skipped.
qsizetype skipIndentAndQuotes(QStringView line, int *quoteDepth = nullptr)
{
    qsizetype i = 0;
    for (;;) {
        while (i < line.size() && isBlank(line.at(i)))
            ++i;
        if (i == line.size() || line.at(i) != QLatin1Char('>'))
            return i;
        if (quoteDepth)
            ++*quoteDepth;
        ++i;
    }
}

qsizetype runLength(QStringView s, qsizetype at)
{
    qsizetype end = at;
    while (end < s.size() && s.at(end) == s.at(at))
        ++end;
    return end - at;
}

qsizetype skipBlanks(QStringView s, qsizetype at)
{
    while (at < s.size() && isBlank(s.at(at)))
        ++at;
    return at;
}

bool onlyCharAndBlanks(QStringView s, QChar c, int &count)
{
    count = 0;
    for (QChar x : s) {
        if (x == c)
            ++count;
        else if (!isBlank(x))
            return false;
    }
    return true;
}

bool isDelimiterRow(QStringView line)
{
    const QStringView row = line.mid(skipIndentAndQuotes(line));
    return row.contains(QLatin1Char('-')) && std::all_of(row.begin(), row.end(), [](QChar c) {
               return c == QLatin1Char('|') || c == QLatin1Char(':') || c == QLatin1Char('-') || isBlank(c);
           });
}

bool isSpeakable(const QString &sentence)
{
    return std::any_of(sentence.begin(), sentence.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// A heading's optional closing sequence: "## Title ##".
QStringView withoutClosingHashes(QStringView heading)
{
    heading = heading.trimmed();
    qsizetype end = heading.size();
    while (end > 0 && heading.at(end - 1) == QLatin1Char('#'))
        --end;
    if (end == 0 || isBlank(heading.at(end - 1)))
        heading.truncate(end);
    return heading;
}

} // namespace

QStringList SpeakableStream::append(QStringView chunk)
{
    QStringList out;
    for (QChar c : chunk) {
        if (c != QLatin1Char('\r'))
            m_pending += c;
    }
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf(QLatin1Char('\n'))) >= 0) {
        const QString line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        completeLine(line, out);
    }
    readPartialLine(out);
    return out;
}

QStringList SpeakableStream::finish()
{
    QStringList out;
    if (!m_pending.isEmpty()) {
        const QString line = m_pending;
        m_pending.clear();
        completeLine(line, out);
    }
    if (m_fence)
        out << SpeakableText::codeBlockAnnouncement(m_fence->info, m_fence->lines);
    if (m_inTable)
        endTable(out);
    flushProse(out);
    reset();
    return out;
}

void SpeakableStream::reset()
{
    *this = SpeakableStream();
}

SpeakableStream::Line SpeakableStream::classify(QStringView line, bool complete)
{
    Line result;
    const qsizetype i = skipIndentAndQuotes(line, &result.quoteDepth);
    const qsizetype n = line.size();
    result.contentStart = i;
    if (i == n) {
        result.kind = complete ? Kind::Blank : Kind::Undecided;
        return result;
    }
    const QChar c = line.at(i);
    const qsizetype run = runLength(line, i);
    const bool lineEndsInRun = i + run == n;
    // Until the character after a marker has arrived, the line could still be several things.
    const Kind undecidedOr = complete ? Kind::Paragraph : Kind::Undecided;
    if (c == QLatin1Char('#')) {
        if (lineEndsInRun)
            result.kind = complete && run <= 6 ? Kind::Heading : undecidedOr;
        else if (run <= 6 && isBlank(line.at(i + run)))
            result.kind = Kind::Heading;
        else
            result.kind = Kind::Paragraph;
        result.contentStart = skipBlanks(line, i + run);
        return result;
    }
    if (c == QLatin1Char('`') || c == QLatin1Char('~')) {
        result.kind = run >= 3 ? Kind::Fence : lineEndsInRun ? undecidedOr : Kind::Paragraph;
        return result;
    }
    if (c == QLatin1Char('|')) {
        result.kind = Kind::TableRow;
        return result;
    }
    int count = 0;
    if (QStringLiteral("-*_=+").contains(c) && onlyCharAndBlanks(line.mid(i), c, count)) {
        if (!complete) {
            result.kind = Kind::Undecided;
            return result;
        }
        if (c == QLatin1Char('=') || (count >= 3 && c != QLatin1Char('+'))) {
            result.kind = Kind::Rule; // a thematic break or a setext heading's underline
            return result;
        }
    }
    if (QStringLiteral("-*+").contains(c)) {
        if (i + 1 == n || isBlank(line.at(i + 1))) {
            result.kind = i + 1 == n && !complete ? Kind::Undecided : Kind::ListItem;
            result.contentStart = skipBlanks(line, i + 1);
        } else {
            result.kind = Kind::Paragraph;
        }
        return result;
    }
    if (c.isDigit()) {
        qsizetype end = i;
        while (end < n && line.at(end).isDigit())
            ++end;
        if (end == n) {
            result.kind = undecidedOr;
        } else if (end - i <= 9 && (line.at(end) == QLatin1Char('.') || line.at(end) == QLatin1Char(')'))) {
            if (end + 1 == n)
                result.kind = complete ? Kind::ListItem : Kind::Undecided;
            else
                result.kind = isBlank(line.at(end + 1)) ? Kind::ListItem : Kind::Paragraph;
            if (result.kind == Kind::ListItem)
                result.contentStart = skipBlanks(line, end + 1);
        } else {
            result.kind = Kind::Paragraph;
        }
        return result;
    }
    result.kind = Kind::Paragraph;
    return result;
}

void SpeakableStream::completeLine(QStringView line, QStringList &out)
{
    const std::optional<Kind> enteredAs = std::exchange(m_pendingKind, std::nullopt);
    if (m_fence) {
        const qsizetype at = skipIndentAndQuotes(line);
        const qsizetype run = at < line.size() && line.at(at) == m_fence->marker ? runLength(line, at) : 0;
        if (run >= m_fence->length && line.mid(at + run).trimmed().isEmpty()) {
            out << SpeakableText::codeBlockAnnouncement(m_fence->info, m_fence->lines);
            m_fence.reset();
        } else {
            ++m_fence->lines;
        }
        return;
    }
    const Line parsed = classify(line, true);
    if (m_inTable) {
        if (parsed.kind == Kind::TableRow) {
            addTableRow(line);
            return;
        }
        endTable(out);
    }
    switch (parsed.kind) {
    case Kind::Undecided:
    case Kind::Blank:
    case Kind::Rule:
        flushProse(out);
        break;
    case Kind::Heading: {
        flushProse(out);
        qsizetype from = 0;
        takeSentences(withoutClosingHashes(line.mid(parsed.contentStart)), from, true, out);
        break;
    }
    case Kind::Fence: {
        flushProse(out);
        const qsizetype run = runLength(line, parsed.contentStart);
        m_fence = Fence {line.at(parsed.contentStart), run,
                         line.mid(parsed.contentStart + run).trimmed().toString(), 0};
        break;
    }
    case Kind::TableRow:
        flushProse(out);
        m_inTable = true;
        addTableRow(line);
        break;
    case Kind::ListItem:
    case Kind::Paragraph:
        if (enteredAs != parsed.kind)
            enterProse(parsed, out);
        m_prose += line.mid(parsed.contentStart) + QLatin1Char(' ');
        takeSentences(m_prose, m_spoken, false, out);
        break;
    }
}

void SpeakableStream::readPartialLine(QStringList &out)
{
    if (m_pending.isEmpty() || m_fence)
        return;
    const Line parsed = classify(m_pending, false);
    if (parsed.kind == Kind::Undecided)
        return;
    if (m_inTable) {
        if (parsed.kind == Kind::TableRow)
            return;
        endTable(out);
    }
    if (parsed.kind != Kind::ListItem && parsed.kind != Kind::Paragraph) {
        // Whatever the line turns out to hold, the paragraph before it has ended.
        flushProse(out);
        return;
    }
    if (!m_pendingKind) {
        enterProse(parsed, out);
        m_pendingKind = parsed.kind;
    }
    takeSentences(QString(m_prose + QStringView(m_pending).mid(parsed.contentStart)), m_spoken, false, out);
}

void SpeakableStream::enterProse(const Line &line, QStringList &out)
{
    if (line.kind == Kind::ListItem || !m_proseOpen || line.quoteDepth != m_proseQuoteDepth) {
        flushProse(out);
        m_proseOpen = true;
        m_proseQuoteDepth = line.quoteDepth;
    }
}

void SpeakableStream::addTableRow(QStringView line)
{
    if (!m_tableHasDelimiter && isDelimiterRow(line)) {
        m_tableHasDelimiter = true;
        m_tableRows = 0; // what came before was the header
        return;
    }
    ++m_tableRows;
}

void SpeakableStream::endTable(QStringList &out)
{
    out << SpeakableText::tableAnnouncement(m_tableRows);
    m_inTable = false;
    m_tableHasDelimiter = false;
    m_tableRows = 0;
}

void SpeakableStream::flushProse(QStringList &out)
{
    if (!m_proseOpen)
        return;
    takeSentences(m_prose, m_spoken, true, out);
    m_prose.clear();
    m_spoken = 0;
    m_proseOpen = false;
}

void SpeakableStream::takeSentences(QStringView text, qsizetype &from, bool final, QStringList &out)
{
    for (;;) {
        const qsizetype end = SentenceSplitter::sentenceEnd(text, from, final);
        if (end < 0)
            return;
        const QString sentence = SpeakableText::inlineText(text.mid(from, end - from));
        if (isSpeakable(sentence))
            out << sentence;
        from = end;
    }
}

} // namespace CodeGuru
