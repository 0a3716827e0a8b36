// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace CodeGuru {

/// Turns a Markdown answer that arrives in pieces into the sentences to read aloud, each as soon
/// as it is complete: headings, paragraphs, list items and block quotes are read sentence by
/// sentence; a fenced code block is announced once its closing fence arrives ("A Python code
/// block of 12 lines."), a table once the line after it does ("A table with 5 rows.").
///
/// However the answer is cut into chunks, the same sentences come out. Tables are recognised
/// by a leading '|'; indented code blocks are read as prose (answers fence their code).
class SpeakableStream
{
public:
    /// Adds the next piece of the answer; returns the sentences it completed, in order.
    QStringList append(QStringView chunk);
    /// The answer is complete: returns what was still open (the last sentence, a code block
    /// whose closing fence never came) and starts over for the next answer.
    QStringList finish();
    /// Forgets everything, as for a new answer.
    void reset();

private:
    enum class Kind { Undecided, Blank, Rule, Heading, Fence, TableRow, ListItem, Paragraph };

    struct Line
    {
        Kind kind = Kind::Undecided;
        int quoteDepth = 0;
        qsizetype contentStart = 0;
    };

    struct Fence
    {
        QChar marker;
        qsizetype length = 0;
        QString info;
        int lines = 0;
    };

    static Line classify(QStringView line, bool complete);

    void completeLine(QStringView line, QStringList &out);
    void readPartialLine(QStringList &out);
    /// Ends the open paragraph or list item unless `line` continues it, and opens one.
    void enterProse(const Line &line, QStringList &out);
    void addTableRow(QStringView line);
    void endTable(QStringList &out);
    void flushProse(QStringList &out);
    static void takeSentences(QStringView text, qsizetype &from, bool final, QStringList &out);

    QString m_pending; ///< the last, incomplete line
    std::optional<Kind> m_pendingKind; ///< set once the incomplete line has joined the prose
    std::optional<Fence> m_fence;
    bool m_inTable = false;
    bool m_tableHasDelimiter = false;
    int m_tableRows = 0; ///< rows after the delimiter row, or all rows while none was seen
    bool m_proseOpen = false;
    int m_proseQuoteDepth = 0;
    QString m_prose; ///< the open block's raw Markdown, each line followed by a space
    qsizetype m_spoken = 0; ///< how much of m_prose has been returned as sentences
};

} // namespace CodeGuru
