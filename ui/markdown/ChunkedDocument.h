// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <compare>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QTextDocument;

namespace CodeGuru {

/// One rendered Markdown text as a vertical stack of independent documents: one per chunk
/// that StreamingMarkdown committed, plus the unfinished tail, which is replaced as it grows.
/// Committed chunks are laid out once (again only when the width changes), so a streaming
/// answer costs its tail, not its length. Spacing between chunks collapses margins as a
/// single QTextDocument would.
///
/// Also the geometry the view needs around the text: code blocks (for their background,
/// header and Copy button) and block-quote bars, plus hit testing and plain-text selection.
class ChunkedDocument
{
    Q_DISABLE_COPY_MOVE(ChunkedDocument)

public:
    /// A place in the text: the document (chunk index; chunkCount() is the tail) and the
    /// character position inside it.
    struct Position
    {
        int document = 0;
        int offset = 0;
        friend auto operator<=>(const Position &, const Position &) = default;
    };

    struct CodeBlock
    {
        int document = 0;
        QRectF rect; // the whole block: header, code and padding
        QRectF headerRect; // the strip above the code
        QString language;
        QString code;
    };

    struct Metrics
    {
        qreal codeHeaderHeight = 0; // room the renderer leaves above a code block
        qreal codePadding = 0; // and around its code
        qreal codeTopPadding = 0; // between the header and the first line
        qreal quoteIndent = 0; // indent per block-quote level
    };

    ChunkedDocument();
    ~ChunkedDocument();

    void setMetrics(const Metrics &metrics);

    void appendChunk(std::unique_ptr<QTextDocument> document);
    /// Drops every document.
    void clear();
    /// Replaces the tail; null removes it.
    void setTail(std::unique_ptr<QTextDocument> document);
    int chunkCount() const { return int(m_chunks.size()); }
    bool hasTail() const { return m_tail.document != nullptr; }
    /// Chunks plus the tail, if any.
    int documentCount() const { return chunkCount() + (hasTail() ? 1 : 0); }
    const QTextDocument *document(int index) const;

    void setTextWidth(qreal width);
    qreal textWidth() const { return m_width; }
    qreal height() const;
    /// Where the last committed chunk ends (the tail comes after).
    qreal committedBottom() const;

    /// Draws the text (not the code-block chrome) with `selection` highlighted; `clip` is
    /// in this object's coordinates.
    void draw(QPainter *painter, const QRectF &clip, const QPalette &palette, Position selectionStart,
              Position selectionEnd) const;

    /// A link in the text, from its first character to just past its last.
    struct Link
    {
        QString href;
        Position start;
        Position end;
    };

    QList<CodeBlock> codeBlocks() const;
    QList<QRectF> quoteBars() const;
    /// The links in reading order, for reaching them with the keyboard.
    QList<Link> links() const;

    Position hitTest(const QPointF &point) const;
    QString anchorAt(const QPointF &point) const;
    /// The word around a position, for double-click selection.
    std::pair<Position, Position> wordAt(Position position) const;
    Position start() const { return {}; }
    Position end() const;
    QString text(Position from, Position to) const;
    QString plainText() const { return text(start(), end()); }

    /// The `occurrence`-th place (from 0; past the last: the last) where `needle` appears,
    /// ignoring case, or nothing when it does not appear at all.
    std::optional<std::pair<Position, Position>> find(const QString &needle, int occurrence) const;
    /// The line around a position, in this object's coordinates, for scrolling to it.
    QRectF lineRect(Position position) const;

private:
    struct Piece
    {
        std::unique_ptr<QTextDocument> document;
        qreal top = 0; // where its document's origin goes
        qreal height = 0; // its document's height, which leaves out the outer margins
        qreal leading = 0; // its first block's top margin
        qreal trailing = 0; // its last block's bottom margin
        QList<CodeBlock> codeBlocks;
        QList<QRectF> quoteBars;
    };

    void layOut(Piece &piece, int index) const;
    void restack(size_t from);
    const Piece *pieceAt(int index) const;
    Piece *pieceAt(int index);

    Metrics m_metrics;
    qreal m_width = 0;
    std::vector<Piece> m_chunks;
    Piece m_tail;
};

} // namespace CodeGuru
