// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/ChunkedDocument.h"

#include "markdown/MarkdownRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <algorithm>

namespace CodeGuru {

ChunkedDocument::ChunkedDocument() = default;
ChunkedDocument::~ChunkedDocument() = default;

void ChunkedDocument::setMetrics(const Metrics &metrics)
{
    m_metrics = metrics;
}

const QTextDocument *ChunkedDocument::document(int index) const
{
    const Piece *piece = pieceAt(index);
    return piece ? piece->document.get() : nullptr;
}

const ChunkedDocument::Piece *ChunkedDocument::pieceAt(int index) const
{
    if (index >= 0 && index < chunkCount())
        return &m_chunks[size_t(index)];
    if (index == chunkCount() && hasTail())
        return &m_tail;
    return nullptr;
}

ChunkedDocument::Piece *ChunkedDocument::pieceAt(int index)
{
    return const_cast<Piece *>(std::as_const(*this).pieceAt(index));
}

void ChunkedDocument::appendChunk(std::unique_ptr<QTextDocument> document)
{
    Piece piece;
    piece.document = std::move(document);
    layOut(piece, chunkCount());
    m_chunks.push_back(std::move(piece));
    restack(m_chunks.size() - 1);
}

void ChunkedDocument::clear()
{
    m_chunks.clear();
    m_tail = Piece();
}

void ChunkedDocument::setTail(std::unique_ptr<QTextDocument> document)
{
    m_tail = Piece();
    m_tail.document = std::move(document);
    if (m_tail.document) {
        layOut(m_tail, chunkCount());
        restack(m_chunks.size());
    }
}

void ChunkedDocument::setTextWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    for (size_t i = 0; i < m_chunks.size(); ++i)
        layOut(m_chunks[i], int(i));
    if (hasTail())
        layOut(m_tail, chunkCount());
    restack(0);
}

void ChunkedDocument::layOut(Piece &piece, int index) const
{
    QTextDocument *document = piece.document.get();
    document->setTextWidth(m_width);
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    // A document's size leaves out its first block's top margin and its last block's bottom
    // margin; restack() puts them back between documents, collapsed.
    piece.height = layout->documentSize().height();
    piece.leading = document->begin().blockFormat().topMargin();
    piece.trailing = document->lastBlock().blockFormat().bottomMargin();
    piece.codeBlocks.clear();
    piece.quoteBars.clear();

    CodeBlock current;
    int currentOrdinal = -1;
    QStringList lines;
    QTextBlock last;
    const auto flush = [&] {
        if (currentOrdinal < 0)
            return;
        const QRectF lastRect = layout->blockBoundingRect(last);
        current.rect.setBottom(lastRect.bottom() + m_metrics.codePadding);
        current.code = lines.join(u'\n');
        piece.codeBlocks.append(current);
        currentOrdinal = -1;
        lines.clear();
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const QVariant ordinal = format.property(MarkdownRenderer::CodeBlockOrdinal);
        if (!ordinal.isValid() || ordinal.toInt() != currentOrdinal)
            flush();
        if (ordinal.isValid()) {
            if (currentOrdinal < 0) {
                currentOrdinal = ordinal.toInt();
                const QRectF rect = layout->blockBoundingRect(block);
                const QTextLayout *textLayout = block.layout();
                const qreal textLeft = textLayout->lineCount() > 0
                    ? textLayout->position().x() + textLayout->lineAt(0).x()
                    : rect.left() + format.leftMargin();
                current = CodeBlock();
                current.document = index;
                current.language = format.stringProperty(QTextFormat::BlockCodeLanguage);
                const qreal left = textLeft - m_metrics.codePadding;
                const qreal right =
                    m_width - std::max<qreal>(0, format.rightMargin() - m_metrics.codePadding);
                current.rect =
                    QRectF(left, rect.top() - m_metrics.codeTopPadding - m_metrics.codeHeaderHeight,
                           right - left, 0);
                current.headerRect =
                    QRectF(left, current.rect.top(), right - left, m_metrics.codeHeaderHeight);
            }
            lines.append(block.text());
            last = block;
        }
        const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (quoteLevel > 0 && m_metrics.quoteIndent > 0) {
            const QRectF rect = layout->blockBoundingRect(block);
            const qreal barWidth = std::max<qreal>(2, std::round(m_metrics.quoteIndent * 0.12));
            for (int level = 0; level < quoteLevel; ++level) {
                piece.quoteBars.append(QRectF(level * m_metrics.quoteIndent + m_metrics.quoteIndent * 0.2,
                                              rect.top() - format.topMargin(), barWidth,
                                              rect.height() + format.topMargin() + format.bottomMargin()));
            }
        }
    }
    flush();
}

void ChunkedDocument::restack(size_t from)
{
    const auto stack = [this](Piece &piece, const Piece *previous) {
        piece.top = previous ? previous->top + previous->height + std::max(previous->trailing, piece.leading)
                             : piece.leading;
    };
    for (size_t i = from; i < m_chunks.size(); ++i)
        stack(m_chunks[i], i == 0 ? nullptr : &m_chunks[i - 1]);
    if (hasTail())
        stack(m_tail, m_chunks.empty() ? nullptr : &m_chunks.back());
}

qreal ChunkedDocument::height() const
{
    const Piece *last = pieceAt(documentCount() - 1);
    return last ? last->top + last->height + last->trailing : 0;
}

qreal ChunkedDocument::committedBottom() const
{
    return m_chunks.empty() ? 0 : m_chunks.back().top + m_chunks.back().height;
}

void ChunkedDocument::draw(QPainter *painter, const QRectF &clip, const QPalette &palette,
                           Position selectionStart, Position selectionEnd) const
{
    if (selectionEnd < selectionStart)
        std::swap(selectionStart, selectionEnd);
    const bool selecting = selectionStart < selectionEnd;
    for (int index = 0; index < documentCount(); ++index) {
        const Piece &piece = *pieceAt(index);
        if (piece.top - piece.leading > clip.bottom())
            break;
        if (piece.top + piece.height + piece.trailing < clip.top())
            continue;
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.clip = clip.translated(0, -piece.top);
        if (selecting && index >= selectionStart.document && index <= selectionEnd.document) {
            QTextCursor cursor(piece.document.get());
            cursor.setPosition(index == selectionStart.document ? selectionStart.offset : 0);
            cursor.setPosition(index == selectionEnd.document ? selectionEnd.offset
                                                              : piece.document->characterCount() - 1,
                               QTextCursor::KeepAnchor);
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = cursor;
            selection.format.setBackground(palette.brush(QPalette::Highlight));
            selection.format.setForeground(palette.brush(QPalette::HighlightedText));
            context.selections.append(selection);
        }
        painter->save();
        painter->translate(0, piece.top);
        piece.document->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

QList<ChunkedDocument::CodeBlock> ChunkedDocument::codeBlocks() const
{
    QList<CodeBlock> blocks;
    for (int index = 0; index < documentCount(); ++index) {
        const Piece &piece = *pieceAt(index);
        for (CodeBlock block : piece.codeBlocks) {
            block.rect.translate(0, piece.top);
            block.headerRect.translate(0, piece.top);
            blocks.append(block);
        }
    }
    return blocks;
}

QList<QRectF> ChunkedDocument::quoteBars() const
{
    QList<QRectF> bars;
    for (int index = 0; index < documentCount(); ++index) {
        const Piece &piece = *pieceAt(index);
        for (const QRectF &bar : piece.quoteBars)
            bars.append(bar.translated(0, piece.top));
    }
    return bars;
}

QList<ChunkedDocument::Link> ChunkedDocument::links() const
{
    QList<Link> links;
    for (int index = 0; index < documentCount(); ++index) {
        for (QTextBlock block = pieceAt(index)->document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QString href = fragment.charFormat().anchorHref();
                if (!fragment.isValid() || href.isEmpty())
                    continue;
                const Position start {index, fragment.position()};
                const Position end {index, fragment.position() + fragment.length()};
                // A link with bold or code inside comes in several fragments.
                if (!links.isEmpty() && links.last().href == href && links.last().end == start)
                    links.last().end = end;
                else
                    links.append({href, start, end});
            }
        }
    }
    return links;
}

ChunkedDocument::Position ChunkedDocument::hitTest(const QPointF &point) const
{
    for (int index = 0; index < documentCount(); ++index) {
        const Piece &piece = *pieceAt(index);
        if (point.y() >= piece.top + piece.height + piece.trailing && index + 1 < documentCount())
            continue;
        const int offset =
            piece.document->documentLayout()->hitTest(point - QPointF(0, piece.top), Qt::FuzzyHit);
        return {index, std::max(0, offset)};
    }
    return end();
}

QString ChunkedDocument::anchorAt(const QPointF &point) const
{
    for (int index = 0; index < documentCount(); ++index) {
        const Piece &piece = *pieceAt(index);
        if (point.y() >= piece.top - piece.leading && point.y() < piece.top + piece.height)
            return piece.document->documentLayout()->anchorAt(point - QPointF(0, piece.top));
    }
    return QString();
}

std::pair<ChunkedDocument::Position, ChunkedDocument::Position>
ChunkedDocument::wordAt(Position position) const
{
    const Piece *piece = pieceAt(position.document);
    if (!piece)
        return {position, position};
    QTextCursor cursor(piece->document.get());
    cursor.setPosition(std::clamp(position.offset, 0, piece->document->characterCount() - 1));
    cursor.select(QTextCursor::WordUnderCursor);
    return {{position.document, cursor.selectionStart()}, {position.document, cursor.selectionEnd()}};
}

ChunkedDocument::Position ChunkedDocument::end() const
{
    const int last = documentCount() - 1;
    const Piece *piece = pieceAt(last);
    return piece ? Position {last, piece->document->characterCount() - 1} : Position {};
}

QString ChunkedDocument::text(Position from, Position to) const
{
    if (to < from)
        std::swap(from, to);
    QStringList parts;
    for (int index = std::max(0, from.document); index <= to.document && index < documentCount(); ++index) {
        QTextDocument *document = pieceAt(index)->document.get();
        // A squeezed leading spacer is layout, not text (see MarkdownRenderer::LeadingSpacer).
        const int textStart =
            document->begin().blockFormat().boolProperty(MarkdownRenderer::LeadingSpacer) ? 1 : 0;
        const int last = document->characterCount() - 1;
        const int begin = std::clamp(index == from.document ? from.offset : 0, textStart, last);
        const int finish = std::clamp(index == to.document ? to.offset : last, begin, last);
        if (begin == textStart && finish == last) {
            // A selection that starts inside a table gains a line break; the whole text does not.
            parts.append(document->toPlainText().sliced(textStart));
            continue;
        }
        QTextCursor cursor(document);
        cursor.setPosition(begin);
        cursor.setPosition(finish, QTextCursor::KeepAnchor);
        parts.append(cursor.selection().toPlainText());
    }
    return parts.join(u'\n');
}

std::optional<std::pair<ChunkedDocument::Position, ChunkedDocument::Position>>
ChunkedDocument::find(const QString &needle, int occurrence) const
{
    if (needle.isEmpty())
        return std::nullopt;
    std::optional<std::pair<Position, Position>> found;
    int seen = 0;
    for (int index = 0; index < documentCount(); ++index) {
        const QTextDocument *document = pieceAt(index)->document.get();
        for (QTextCursor cursor = document->find(needle, 0); !cursor.isNull();
             cursor = document->find(needle, cursor)) {
            found = {{index, cursor.selectionStart()}, {index, cursor.selectionEnd()}};
            if (seen++ == occurrence)
                return found;
        }
    }
    return found;
}

QRectF ChunkedDocument::lineRect(Position position) const
{
    const Piece *piece = pieceAt(std::clamp(position.document, 0, std::max(0, documentCount() - 1)));
    if (!piece || !piece->document)
        return {};
    const QTextBlock block = piece->document->findBlock(position.offset);
    QRectF rect = piece->document->documentLayout()->blockBoundingRect(block);
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineForTextPosition(position.offset - block.position());
        if (line.isValid())
            rect = QRectF(rect.left(), rect.top() + line.y(), rect.width(), line.height());
    }
    return rect.translated(0, piece->top);
}

} // namespace CodeGuru
