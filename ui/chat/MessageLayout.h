// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/ChunkedDocument.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QRectF>

#include <memory>

class QPainter;
class QTextDocument;
class QWidget;

namespace CodeGuru {

class MarkdownRenderer;
struct MessageEntry;

/// The rendered form of one message at one width: its documents (answer, reasoning, notice)
/// and where everything goes in the row — header, Copy buttons, code-block chrome, notice
/// actions. Rows far from the viewport drop theirs; it is rebuilt from the message.
class MessageLayout
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::MessageLayout)
    Q_DISABLE_COPY_MOVE(MessageLayout)

public:
    enum class Element { None, Text, Link, CopyCode, CopyMessage, ToggleReasoning, NoticeAction };

    struct Hit
    {
        Element element = Element::None;
        int index = -1; // the code block or the notice action
        ChunkedDocument::Position position; // in the answer, for Text and Link
        QString href; // for Link

        bool isButton() const;
        bool sameTarget(const Hit &other) const;
    };

    struct PaintState
    {
        bool rowHovered = false;
        Hit hovered;
        Hit copied; // a Copy button that just worked shows "Copied"
        Hit focused; // the part the keyboard is on: drawn as hovered, with a focus frame
        ChunkedDocument::Position selectionStart;
        ChunkedDocument::Position selectionEnd;
    };

    MessageLayout(const MessageEntry &message, MarkdownRenderer &renderer, qreal width);
    ~MessageLayout();

    /// Renders what the message has and this layout lacks — new chunks of the answer, the
    /// tail, reasoning, the notice — stopping between chunks once `deadline` expires.
    /// Returns true when the layout is up to date.
    bool update(const MessageEntry &message, const QDeadlineTimer &deadline);
    void setWidth(const MessageEntry &message, qreal width);
    /// The y (row coordinates) from which the row looks different since the last call, or
    /// infinity: a streaming answer only changes below its committed chunks, so the view
    /// repaints that strip rather than the whole viewport.
    qreal takeChangedFrom();
    qreal width() const { return m_width; }
    int height() const;

    void paint(QPainter *painter, const QRectF &clip, const MessageEntry &message, const PaintState &state,
               const QWidget *widget) const;
    Hit hitTest(const QPointF &point) const;
    /// Where an element is in the row (Text: the answer's area); empty if there is none.
    QRectF elementRect(Element element, int index) const;
    /// What a person can press, in reading order: Copy, Reasoning, the links and code-block
    /// Copy buttons as the text has them, then the notice's actions. A link's hit has its
    /// start in `position`.
    QList<Hit> controls() const;
    /// Where a control from controls() is in the row.
    QRectF controlRect(const Hit &control) const;

    const ChunkedDocument &body() const { return m_body; }
    /// The answer position nearest to a point anywhere in the row, for drag selection.
    ChunkedDocument::Position bodyPositionAt(const QPointF &point) const;
    QString codeBlockText(int index) const;
    /// The code block under a point of the row, or -1.
    int codeBlockAt(const QPointF &point) const;
    /// The QTextDocuments this layout holds.
    int documentCount() const;

private:
    void relayout(const MessageEntry &message);
    qreal contentWidth(const MessageEntry &message) const;
    QRectF codeCopyButton(const ChunkedDocument::CodeBlock &block) const;
    void drawButton(QPainter *painter, const QRectF &rect, const QString &text, bool hovered,
                    const QWidget *widget) const;

    MarkdownRenderer &m_renderer;
    qreal m_width = 0;
    qreal m_lineHeight = 0;

    ChunkedDocument m_body;
    int m_renderedChunks = 0;
    QString m_renderedTail;
    bool m_tailCurrent = false;
    std::unique_ptr<QTextDocument> m_reasoning;
    qsizetype m_renderedReasoningLength = -1;
    std::unique_ptr<QTextDocument> m_notice;
    QString m_renderedNotice;

    // Geometry, in row coordinates.
    qreal m_changedFrom = 0;
    qreal m_height = 0;
    QRectF m_frame; // the user bubble or the notice box around the whole row
    QRectF m_header;
    QRectF m_copyMessageButton;
    QRectF m_reasoningToggle;
    QPointF m_reasoningOrigin;
    QPointF m_bodyOrigin;
    QRectF m_noticeBox;
    QPointF m_noticeOrigin;
    QList<QRectF> m_actionButtons;
    QStringList m_actionLabels;
    QList<ChunkedDocument::CodeBlock> m_codeBlocks; // in body coordinates
    QList<QRectF> m_quoteBars; // in body coordinates
};

} // namespace CodeGuru
