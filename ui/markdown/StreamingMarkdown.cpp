// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/StreamingMarkdown.h"

namespace CodeGuru {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpace(line.at(i)))
        ++i;
    return i;
}

bool isBlank(QStringView line)
{
    return indentOf(line) == line.size();
}

/// The length of a list marker ("- ", "* ", "12. ", "3) ") at the start of `text`, or 0.
qsizetype listMarkerLength(QStringView text)
{
    if (text.isEmpty())
        return 0;
    qsizetype end = 0;
    if (text.front() == u'-' || text.front() == u'*' || text.front() == u'+') {
        end = 1;
    } else {
        while (end < text.size() && end < 9 && text.at(end).isDigit())
            ++end;
        if (end == 0 || end >= text.size() || (text.at(end) != u'.' && text.at(end) != u')'))
            return 0;
        ++end;
    }
    if (end < text.size() && !isSpace(text.at(end)))
        return 0;
    return end;
}

/// Offset in `line` past leading blanks, block-quote markers and (if asked) list markers:
/// where a fence inside a quote or a list item starts.
qsizetype contentColumn(QStringView line, bool skipListMarkers)
{
    qsizetype at = 0;
    for (;;) {
        at += indentOf(line.sliced(at));
        if (at < line.size() && line.at(at) == u'>') {
            ++at;
            continue;
        }
        const qsizetype marker = skipListMarkers ? listMarkerLength(line.sliced(at)) : 0;
        if (marker == 0)
            return at;
        at += marker;
    }
}

qsizetype runLength(QStringView text, QChar c)
{
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == c)
        ++n;
    return n;
}

} // namespace

StreamingMarkdown::StreamingMarkdown(const QString &text, bool finished)
{
    append(text);
    if (finished)
        finish();
}

QStringView StreamingMarkdown::chunk(qsizetype index) const
{
    const qsizetype start = chunkStart(index);
    return QStringView(m_text).sliced(start, m_chunkEnds.at(index) - start);
}

void StreamingMarkdown::append(QStringView delta)
{
    if (delta.isEmpty())
        return;
    if (m_finished) {
        m_finished = false;
        if (m_finishAddedChunk)
            m_chunkEnds.removeLast();
        m_finishAddedChunk = false;
    }
    m_text.append(delta);
    scan();
}

void StreamingMarkdown::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // The last line may lack its newline; it is part of the tail, which ends the text.
    m_finishAddedChunk = !tail().trimmed().isEmpty();
    if (m_finishAddedChunk)
        m_chunkEnds.append(m_text.size());
}

void StreamingMarkdown::clear()
{
    *this = StreamingMarkdown();
}

QList<qsizetype> StreamingMarkdown::split(const QString &text)
{
    return StreamingMarkdown(text, true).chunkEnds();
}

void StreamingMarkdown::scan()
{
    for (;;) {
        const qsizetype newline = m_text.indexOf(u'\n', m_searched);
        if (newline < 0) {
            m_searched = m_text.size();
            return;
        }
        QStringView line = QStringView(m_text).sliced(m_scanned, newline - m_scanned);
        if (line.endsWith(u'\r'))
            line.chop(1);
        scanLine(m_scanned, line);
        m_scanned = m_searched = newline + 1;
    }
}

bool StreamingMarkdown::closesFence(QStringView line) const
{
    const qsizetype column = contentColumn(line, false);
    if (column > m_fenceColumn + 3)
        return false;
    const QStringView rest = line.sliced(column);
    const qsizetype run = runLength(rest, m_fenceChar);
    return run >= m_fenceLength && isBlank(rest.sliced(run));
}

void StreamingMarkdown::scanLine(qsizetype start, QStringView line)
{
    if (m_inFence) {
        if (closesFence(line))
            m_inFence = false;
        return;
    }
    if (isBlank(line)) {
        m_afterBlank = m_sawContent;
        return;
    }
    const qsizetype indent = indentOf(line);
    const bool listItem = indent < 4 && listMarkerLength(line.sliced(indent)) > 0;
    if (m_afterBlank && indent == 0) {
        // A list item right after a list may continue it (a loose list); anything else at
        // column 0 starts afresh.
        if (!(listItem && m_inList) && start > committedLength())
            m_chunkEnds.append(start);
        m_inList = false;
    }
    if (listItem)
        m_inList = true;
    m_afterBlank = false;
    m_sawContent = true;

    // Fences open liberally (inside quotes and list items too): taking a line for an opening
    // fence by mistake only delays the next split, missing one would split a code block.
    const qsizetype column = contentColumn(line, true);
    const QStringView rest = line.sliced(column);
    if (rest.isEmpty() || (rest.front() != u'`' && rest.front() != u'~'))
        return;
    const qsizetype run = runLength(rest, rest.front());
    if (run < 3 || (rest.front() == u'`' && rest.sliced(run).contains(u'`')))
        return;
    m_inFence = true;
    m_fenceChar = rest.front();
    m_fenceLength = run;
    m_fenceColumn = column;
}

} // namespace CodeGuru
