// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MessageLayout.h"

#include "chat/MessageEntry.h"
#include "markdown/MarkdownRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionFocusRect>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace CodeGuru {

namespace {

// Up to this much Markdown goes into one document when several chunks are ready at once
// (a fast stream, or a message scrolled into view): a few milliseconds of rendering.
constexpr qsizetype kChunkGroupCharacters = 3000;

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.9);
    else if (font.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(std::round(font.pixelSize() * 0.9))));
    return small;
}

/// Notices are amber, whatever the palette: a warm tint readable on light and dark bases.
QColor noticeAccent()
{
    return QColor::fromHsl(36, 220, 128);
}

} // namespace

bool MessageLayout::Hit::isButton() const
{
    return element == Element::CopyCode || element == Element::CopyMessage
        || element == Element::ToggleReasoning || element == Element::NoticeAction;
}

bool MessageLayout::Hit::sameTarget(const Hit &other) const
{
    return element == other.element && index == other.index && href == other.href;
}

MessageLayout::MessageLayout(const MessageEntry &message, MarkdownRenderer &renderer, qreal width)
    : m_renderer(renderer)
    , m_width(width)
    , m_lineHeight(QFontMetricsF(renderer.font()).height())
{
    m_body.setMetrics({renderer.codeHeaderHeight(), renderer.codePadding(), renderer.codeTopPadding(),
                       renderer.quoteIndent()});
    m_body.setTextWidth(contentWidth(message));
    relayout(message);
}

MessageLayout::~MessageLayout() = default;

qreal MessageLayout::contentWidth(const MessageEntry &message) const
{
    const qreal margin = std::round(m_lineHeight);
    const qreal padding = message.role == ChatView::Role::Assistant ? 0 : std::round(m_lineHeight * 0.6);
    return std::max(m_lineHeight * 4, m_width - 2 * (margin + padding));
}

int MessageLayout::height() const
{
    return int(std::ceil(m_height));
}

int MessageLayout::documentCount() const
{
    return m_body.documentCount() + (m_reasoning ? 1 : 0) + (m_notice ? 1 : 0);
}

bool MessageLayout::update(const MessageEntry &message, const QDeadlineTimer &deadline)
{
    const StreamingMarkdown &source = message.body;
    if (m_renderedChunks > source.chunkCount()) {
        // Text appended after finishMessage() reopened the last chunk.
        m_body.clear();
        m_renderedChunks = 0;
        m_tailCurrent = false;
    }
    const auto bodyChanged = [this, before = m_body.committedBottom()] {
        m_changedFrom = std::min(m_changedFrom, m_bodyOrigin.y() + before);
    };
    bool renderedAny = false;
    while (m_renderedChunks < source.chunkCount()) {
        if (renderedAny && deadline.hasExpired()) {
            // Still catching up: the old tail would repeat what the new chunks show.
            m_body.setTail(nullptr);
            m_tailCurrent = false;
            bodyChanged();
            relayout(message);
            return false;
        }
        bodyChanged();
        // Chunks committed together render as one document: a safe split renders the same
        // either way, and fewer documents cost less to build, lay out and walk.
        int last = m_renderedChunks;
        while (last + 1 < source.chunkCount()
               && source.chunkEnds().at(last + 1) - source.chunkStart(m_renderedChunks)
                   <= kChunkGroupCharacters)
            ++last;
        const qsizetype start = source.chunkStart(m_renderedChunks);
        m_body.appendChunk(
            m_renderer.render(source.text().sliced(start, source.chunkEnds().at(last) - start)));
        m_renderedChunks = last + 1;
        renderedAny = true;
        m_tailCurrent = false;
    }
    const QStringView tail = source.tail();
    if (!m_tailCurrent || tail != m_renderedTail) {
        bodyChanged();
        m_body.setTail(isBlank(tail) ? nullptr : m_renderer.render(tail.toString()));
        m_renderedTail = tail.toString();
        m_tailCurrent = true;
    }

    const qreal reasoningIndent = std::round(m_lineHeight * 0.9);
    if (!message.reasoningExpanded || message.reasoning.isEmpty()) {
        if (m_reasoning)
            m_changedFrom = 0;
        m_reasoning.reset();
        m_renderedReasoningLength = -1;
    } else if (m_renderedReasoningLength != message.reasoning.size()) {
        m_changedFrom = 0;
        m_reasoning = m_renderer.renderPlainText(message.reasoning);
        m_reasoning->setTextWidth(contentWidth(message) - reasoningIndent);
        m_renderedReasoningLength = message.reasoning.size();
    }
    if (message.noticeText != m_renderedNotice || (!m_notice && !message.noticeText.isEmpty())) {
        m_changedFrom = 0;
        m_notice = message.noticeText.isEmpty() ? nullptr : m_renderer.renderPlainText(message.noticeText);
        m_renderedNotice = message.noticeText;
    }
    relayout(message);
    return true;
}

void MessageLayout::setWidth(const MessageEntry &message, qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    m_body.setTextWidth(contentWidth(message));
    if (m_reasoning)
        m_reasoning->setTextWidth(contentWidth(message) - std::round(m_lineHeight * 0.9));
    m_changedFrom = 0;
    relayout(message);
}

qreal MessageLayout::takeChangedFrom()
{
    return std::exchange(m_changedFrom, std::numeric_limits<qreal>::infinity());
}

void MessageLayout::relayout(const MessageEntry &message)
{
    const QPointF bodyOriginBefore = m_bodyOrigin;
    const QStringList actionsBefore = m_actionLabels;
    const qreal lh = m_lineHeight;
    const qreal margin = std::round(lh);
    const qreal rowGap = std::round(lh * 0.6);
    const bool framed = message.role != ChatView::Role::Assistant;
    const qreal padding = framed ? std::round(lh * 0.6) : 0;
    const qreal left = margin + padding;
    const qreal width = contentWidth(message);
    const QFontMetricsF small(smallFont(m_renderer.font()));
    qreal y = rowGap / 2 + padding;

    m_header = m_copyMessageButton = QRectF();
    if (message.role != ChatView::Role::Notice) {
        const qreal headerHeight = std::round(lh * 1.6);
        m_header = QRectF(left, y, width, headerHeight);
        const qreal buttonWidth = std::ceil(
            std::max(small.horizontalAdvance(tr("Copy")), small.horizontalAdvance(tr("Copied"))) + lh);
        const qreal buttonHeight = std::round(lh * 1.3);
        m_copyMessageButton =
            QRectF(left + width - buttonWidth, y + std::round((headerHeight - buttonHeight) / 2), buttonWidth,
                   buttonHeight);
        y += headerHeight;
    }

    m_reasoningToggle = QRectF();
    if (!message.reasoning.isEmpty()) {
        const qreal toggleHeight = std::round(lh * 1.5);
        const qreal labelWidth =
            std::max(small.horizontalAdvance(tr("Reasoning")), small.horizontalAdvance(tr("Thinking…")));
        m_reasoningToggle = QRectF(left, y, std::min(width, std::ceil(labelWidth + lh * 2.4)), toggleHeight);
        y += toggleHeight;
        if (m_reasoning) {
            m_reasoningOrigin = QPointF(left + std::round(lh * 0.9), y);
            y += m_reasoning->size().height() + std::round(lh * 0.5);
        }
    }

    m_bodyOrigin = QPointF(left, y);
    // Anything above the answer (header, reasoning) moving it, or new notice actions, is
    // a change of the whole row.
    if (m_bodyOrigin != bodyOriginBefore || message.noticeActions != actionsBefore)
        m_changedFrom = 0;
    m_actionLabels = message.noticeActions;
    y += m_body.height();
    m_codeBlocks = m_body.codeBlocks();
    m_quoteBars = m_body.quoteBars();

    m_noticeBox = QRectF();
    m_actionButtons.clear();
    if (m_notice || !message.noticeActions.isEmpty()) {
        // A notice-role message is a box already; any other message gets one under its text.
        const bool ownBox = message.role != ChatView::Role::Notice;
        const qreal inner = ownBox ? std::round(lh * 0.6) : 0;
        if (ownBox || m_body.height() > 0)
            y += std::round(lh * 0.5);
        const qreal boxTop = y;
        const qreal textLeft = left + inner;
        const qreal textWidth = width - 2 * inner;
        y += inner;
        if (m_notice) {
            m_notice->setTextWidth(textWidth);
            m_noticeOrigin = QPointF(textLeft, y);
            y += m_notice->size().height();
        }
        if (!message.noticeActions.isEmpty()) {
            if (m_notice)
                y += std::round(lh * 0.5);
            const QFontMetricsF metrics(m_renderer.font());
            const qreal buttonHeight = std::round(lh * 1.9);
            qreal x = textLeft;
            for (const QString &action : message.noticeActions) {
                const qreal buttonWidth = std::ceil(metrics.horizontalAdvance(action) + 2 * lh);
                if (x > textLeft && x + buttonWidth > textLeft + textWidth) {
                    x = textLeft;
                    y += buttonHeight + std::round(lh * 0.4);
                }
                m_actionButtons.append(QRectF(x, y, buttonWidth, buttonHeight));
                x += buttonWidth + std::round(lh * 0.5);
            }
            y += buttonHeight;
        }
        y += inner;
        if (ownBox)
            m_noticeBox = QRectF(left, boxTop, width, y - boxTop);
    }
    y += padding;
    m_frame = framed ? QRectF(margin, rowGap / 2, m_width - 2 * margin, y - rowGap / 2) : QRectF();
    m_height = y + rowGap / 2;
}

QRectF MessageLayout::codeCopyButton(const ChunkedDocument::CodeBlock &block) const
{
    const QFontMetricsF small(smallFont(m_renderer.font()));
    const qreal width = std::ceil(
        std::max(small.horizontalAdvance(tr("Copy")), small.horizontalAdvance(tr("Copied"))) + m_lineHeight);
    const qreal height = std::round(block.headerRect.height() * 0.72);
    const qreal inset = std::round((block.headerRect.height() - height) / 2);
    return QRectF(block.headerRect.right() - width - inset, block.headerRect.top() + inset, width, height);
}

MessageLayout::Hit MessageLayout::hitTest(const QPointF &point) const
{
    Hit hit;
    if (m_copyMessageButton.contains(point)) {
        hit.element = Element::CopyMessage;
        return hit;
    }
    if (m_reasoningToggle.contains(point)) {
        hit.element = Element::ToggleReasoning;
        return hit;
    }
    for (qsizetype i = 0; i < m_actionButtons.size(); ++i) {
        if (m_actionButtons.at(i).contains(point)) {
            hit.element = Element::NoticeAction;
            hit.index = int(i);
            return hit;
        }
    }
    const QPointF local = point - m_bodyOrigin;
    for (qsizetype i = 0; i < m_codeBlocks.size(); ++i) {
        if (codeCopyButton(m_codeBlocks.at(i)).contains(local)) {
            hit.element = Element::CopyCode;
            hit.index = int(i);
            return hit;
        }
    }
    if (local.y() >= 0 && local.y() < m_body.height() && local.x() >= 0 && local.x() <= m_body.textWidth()) {
        hit.position = m_body.hitTest(local);
        hit.href = m_body.anchorAt(local);
        hit.element = hit.href.isEmpty() ? Element::Text : Element::Link;
    }
    return hit;
}

QRectF MessageLayout::elementRect(Element element, int index) const
{
    switch (element) {
    case Element::Text:
    case Element::Link:
        return QRectF(m_bodyOrigin, QSizeF(m_body.textWidth(), m_body.height()));
    case Element::CopyMessage:
        return m_copyMessageButton;
    case Element::ToggleReasoning:
        return m_reasoningToggle;
    case Element::NoticeAction:
        return index >= 0 && index < m_actionButtons.size() ? m_actionButtons.at(index) : QRectF();
    case Element::CopyCode:
        return index >= 0 && index < m_codeBlocks.size()
            ? codeCopyButton(m_codeBlocks.at(index)).translated(m_bodyOrigin)
            : QRectF();
    case Element::None:
        break;
    }
    return QRectF();
}

QList<MessageLayout::Hit> MessageLayout::controls() const
{
    const auto control = [](Element element, int index = -1) {
        Hit hit;
        hit.element = element;
        hit.index = index;
        return hit;
    };
    QList<Hit> controls;
    if (!m_copyMessageButton.isEmpty())
        controls.append(control(Element::CopyMessage));
    if (!m_reasoningToggle.isEmpty())
        controls.append(control(Element::ToggleReasoning));
    QList<std::pair<qreal, Hit>> inText;
    for (qsizetype i = 0; i < m_codeBlocks.size(); ++i)
        inText.append({m_codeBlocks.at(i).headerRect.top(), control(Element::CopyCode, int(i))});
    for (const ChunkedDocument::Link &link : m_body.links()) {
        Hit hit = control(Element::Link);
        hit.position = link.start;
        hit.href = link.href;
        inText.append({m_body.lineRect(link.start).top(), hit});
    }
    std::stable_sort(inText.begin(), inText.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(inText))
        controls.append(entry.second);
    for (qsizetype i = 0; i < m_actionButtons.size(); ++i)
        controls.append(control(Element::NoticeAction, int(i)));
    return controls;
}

QRectF MessageLayout::controlRect(const Hit &control) const
{
    if (control.element == Element::Link)
        return m_body.lineRect(control.position).translated(m_bodyOrigin);
    return elementRect(control.element, control.index);
}

ChunkedDocument::Position MessageLayout::bodyPositionAt(const QPointF &point) const
{
    const QPointF local = point - m_bodyOrigin;
    if (local.y() < 0)
        return m_body.start();
    if (local.y() >= m_body.height())
        return m_body.end();
    return m_body.hitTest(local);
}

QString MessageLayout::codeBlockText(int index) const
{
    return index >= 0 && index < m_codeBlocks.size() ? m_codeBlocks.at(index).code : QString();
}

int MessageLayout::codeBlockAt(const QPointF &point) const
{
    const QPointF local = point - m_bodyOrigin;
    for (qsizetype i = 0; i < m_codeBlocks.size(); ++i) {
        if (m_codeBlocks.at(i).rect.contains(local))
            return int(i);
    }
    return -1;
}

void MessageLayout::drawButton(QPainter *painter, const QRectF &rect, const QString &text, bool hovered,
                               const QWidget *widget) const
{
    const MarkdownTheme &theme = m_renderer.theme();
    QColor fill = theme.text();
    fill.setAlphaF(hovered ? 0.14f : 0.04f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(theme.codeBorder(), 1));
    painter->setBrush(fill);
    const qreal radius = std::round(m_lineHeight * 0.25);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setFont(smallFont(widget->font()));
    painter->setPen(hovered ? theme.text() : theme.mutedText());
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

void MessageLayout::paint(QPainter *painter, const QRectF &clip, const MessageEntry &message,
                          const PaintState &state, const QWidget *widget) const
{
    const MarkdownTheme &theme = m_renderer.theme();
    const QPalette &palette = widget->palette();
    const QColor base = palette.color(QPalette::Base);
    const qreal radius = std::round(m_lineHeight * 0.4);
    const auto hovered = [&state](Element element, int index = -1) {
        return (state.hovered.element == element && state.hovered.index == index)
            || (state.focused.element == element && state.focused.index == index);
    };
    const auto copyLabel = [&state](Element element, int index = -1) {
        return state.copied.element == element && state.copied.index == index ? tr("Copied") : tr("Copy");
    };

    painter->save();
    // Rounded frames want antialiasing; text does its own and the rest is axis-aligned, where
    // antialiased drawing only costs time.
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_frame.isEmpty()) {
        if (message.role == ChatView::Role::Notice) {
            painter->setPen(QPen(MarkdownTheme::mix(base, noticeAccent(), 0.6), 1));
            painter->setBrush(MarkdownTheme::mix(base, noticeAccent(), theme.isDark() ? 0.16 : 0.12));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(
                MarkdownTheme::mix(base, palette.color(QPalette::Highlight), theme.isDark() ? 0.2 : 0.1));
        }
        painter->drawRoundedRect(m_frame.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
    if (!m_noticeBox.isEmpty()) {
        painter->setPen(QPen(MarkdownTheme::mix(base, noticeAccent(), 0.6), 1));
        painter->setBrush(MarkdownTheme::mix(base, noticeAccent(), theme.isDark() ? 0.16 : 0.12));
        painter->drawRoundedRect(m_noticeBox.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }

    painter->setRenderHint(QPainter::Antialiasing, false);

    if (!m_header.isEmpty()) {
        QFont label = widget->font();
        label.setBold(true);
        painter->setFont(label);
        painter->setPen(theme.mutedText());
        painter->drawText(m_header, Qt::AlignLeft | Qt::AlignVCenter,
                          message.role == ChatView::Role::User ? tr("You") : tr("CodeGuru"));
        if (state.rowHovered || state.copied.element == Element::CopyMessage
            || state.focused.element == Element::CopyMessage)
            drawButton(painter, m_copyMessageButton, copyLabel(Element::CopyMessage),
                       hovered(Element::CopyMessage), widget);
    }

    if (!m_reasoningToggle.isEmpty()) {
        QStyleOption arrow;
        arrow.initFrom(widget);
        arrow.state &= ~(QStyle::State_MouseOver | QStyle::State_HasFocus);
        arrow.rect = QRectF(m_reasoningToggle.left(), m_reasoningToggle.top(), m_lineHeight,
                            m_reasoningToggle.height())
                         .toAlignedRect();
        arrow.palette.setColor(QPalette::ButtonText, theme.mutedText());
        arrow.palette.setColor(QPalette::WindowText, theme.mutedText());
        arrow.palette.setColor(QPalette::Text, theme.mutedText());
        widget->style()->drawPrimitive(message.reasoningExpanded ? QStyle::PE_IndicatorArrowDown
                                                                 : QStyle::PE_IndicatorArrowRight,
                                       &arrow, painter, widget);
        QFont label = smallFont(widget->font());
        label.setItalic(true);
        painter->setFont(label);
        painter->setPen(hovered(Element::ToggleReasoning) ? theme.text() : theme.mutedText());
        const bool thinking = message.streaming && message.body.text().isEmpty();
        painter->drawText(m_reasoningToggle.adjusted(m_lineHeight * 1.2, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, thinking ? tr("Thinking…") : tr("Reasoning"));
        if (m_reasoning) {
            const qreal barWidth = std::max<qreal>(2, std::round(m_lineHeight * 0.12));
            painter->fillRect(QRectF(m_reasoningOrigin.x() - std::round(m_lineHeight * 0.6),
                                     m_reasoningOrigin.y(), barWidth, m_reasoning->size().height()),
                              theme.quoteBar());
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = palette;
            context.palette.setColor(QPalette::Text, theme.mutedText());
            context.clip = clip.translated(-m_reasoningOrigin);
            painter->save();
            painter->translate(m_reasoningOrigin);
            m_reasoning->documentLayout()->draw(painter, context);
            painter->restore();
        }
    }

    painter->save();
    painter->translate(m_bodyOrigin);
    const QRectF bodyClip = clip.translated(-m_bodyOrigin);
    for (qsizetype i = 0; i < m_codeBlocks.size(); ++i) {
        const ChunkedDocument::CodeBlock &block = m_codeBlocks.at(i);
        if (!block.rect.intersects(bodyClip))
            continue;
        // The header is a rounded rectangle whose lower corners the code background covers
        // again, which is cheaper than clipping to a rounded path.
        const QRectF frame = block.rect.adjusted(0.5, 0.5, -0.5, -0.5);
        const QRectF header = block.headerRect.adjusted(0.5, 0.5, -0.5, 0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.codeBackground());
        painter->drawRoundedRect(frame, radius, radius);
        painter->setBrush(theme.codeHeaderBackground());
        painter->drawRoundedRect(header.adjusted(0, 0, 0, radius), radius, radius);
        painter->fillRect(QRectF(header.left(), header.bottom(), header.width(), radius),
                          theme.codeBackground());
        painter->setPen(QPen(theme.codeBorder(), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(frame, radius, radius);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawLine(QLineF(frame.left(), header.bottom() - 0.5, frame.right(), header.bottom() - 0.5));
        painter->setFont(smallFont(widget->font()));
        painter->setPen(theme.mutedText());
        painter->drawText(block.headerRect.adjusted(m_renderer.codePadding(), 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, block.language);
        drawButton(painter, codeCopyButton(block), copyLabel(Element::CopyCode, int(i)),
                   hovered(Element::CopyCode, int(i)), widget);
    }
    for (const QRectF &bar : m_quoteBars) {
        if (bar.intersects(bodyClip))
            painter->fillRect(bar, theme.quoteBar());
    }
    // QTextDocumentLayout draws horizontal rules in QPalette::Dark, which dark palettes
    // make the colour of the background.
    QPalette bodyPalette = palette;
    bodyPalette.setColor(QPalette::Dark, theme.codeBorder());
    m_body.draw(painter, bodyClip, bodyPalette, state.selectionStart, state.selectionEnd);
    painter->restore();

    if (m_notice) {
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.clip = clip.translated(-m_noticeOrigin);
        painter->save();
        painter->translate(m_noticeOrigin);
        m_notice->documentLayout()->draw(painter, context);
        painter->restore();
    }
    for (qsizetype i = 0; i < m_actionButtons.size() && i < message.noticeActions.size(); ++i) {
        QStyleOptionButton button;
        button.initFrom(widget);
        button.state &= ~(QStyle::State_MouseOver | QStyle::State_HasFocus);
        button.state |= QStyle::State_Enabled | QStyle::State_Raised;
        if (hovered(Element::NoticeAction, int(i)))
            button.state |= QStyle::State_MouseOver;
        button.rect = m_actionButtons.at(i).toAlignedRect();
        button.text = message.noticeActions.at(i);
        widget->style()->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
    // A link shows the keyboard on it by being selected; buttons get the style's focus frame.
    if (state.focused.isButton()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(widget);
        focus.rect =
            elementRect(state.focused.element, state.focused.index).toAlignedRect().adjusted(-2, -2, 2, 2);
        focus.backgroundColor = base;
        widget->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace CodeGuru
