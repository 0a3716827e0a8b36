// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace CodeGuru {

/// Splits a growing Markdown text into chunks whose rendering can no longer change, whatever
/// arrives next, and the unfinished tail. Pure logic, no Gui.
///
/// A chunk ends before the first line of a new block that starts on its own: after a blank
/// line outside any code fence, at column 0, and not a list item that could continue a list
/// above (that would make a loose list, rendered differently as one piece than as two). The
/// split only ever looks at complete lines, so the chunks depend on the text alone, never on
/// how it was cut into pieces: a streamed answer and the same answer loaded at once split
/// identically. Each new line is scanned once, so appending is linear in the text overall.
///
/// Known gap: link reference definitions ("[x]: https://…") only resolve inside their chunk.
class StreamingMarkdown
{
public:
    StreamingMarkdown() = default;
    explicit StreamingMarkdown(const QString &text, bool finished = false);

    void append(QStringView delta);
    /// The stream ended: the tail becomes the last chunk. Appending again reopens it.
    void finish();
    void clear();

    const QString &text() const { return m_text; }
    bool isFinished() const { return m_finished; }

    /// End offsets of the chunks, in order; chunk i spans [chunkStart(i), chunkEnds()[i]).
    const QList<qsizetype> &chunkEnds() const { return m_chunkEnds; }
    qsizetype chunkCount() const { return m_chunkEnds.size(); }
    qsizetype chunkStart(qsizetype index) const { return index == 0 ? 0 : m_chunkEnds.at(index - 1); }
    QStringView chunk(qsizetype index) const;
    qsizetype committedLength() const { return m_chunkEnds.isEmpty() ? 0 : m_chunkEnds.constLast(); }
    QStringView committed() const { return QStringView(m_text).first(committedLength()); }
    QStringView tail() const { return QStringView(m_text).sliced(committedLength()); }

    /// All chunks of a finished text, as end offsets.
    static QList<qsizetype> split(const QString &text);

private:
    void scan();
    void scanLine(qsizetype start, QStringView line);
    bool closesFence(QStringView line) const;

    QString m_text;
    QList<qsizetype> m_chunkEnds;
    qsizetype m_scanned = 0; // start of the first line not yet scanned
    qsizetype m_searched = 0; // where the search for that line's end resumes
    bool m_finished = false;
    bool m_finishAddedChunk = false;

    // Scanner state, as of the last complete line.
    bool m_inFence = false;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    qsizetype m_fenceColumn = 0;
    bool m_afterBlank = false;
    bool m_inList = false;
    bool m_sawContent = false;
};

} // namespace CodeGuru
