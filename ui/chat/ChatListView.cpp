// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatListView.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <limits>

namespace CodeGuru {

namespace {

// Re-render a streaming tail at most this often: about ten times a second reads as live,
// and it bounds the work on long answers (QT-NOTES §6).
constexpr int kThrottleMs = 100;
// Rendering stops between chunks after this long, so that with the chunk under way and the
// paint that follows, one event stays within a frame at 60 Hz; the rest follows in the next
// turn of the event loop.
constexpr int kFrameBudgetMs = 6;
// Layouts kept beyond those near the viewport, for scrolling back and forth cheaply.
constexpr int kSpareLayouts = 12;

} // namespace

ChatListView::ChatListView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    // Every paint fills its area, so Qt may blit on scroll instead of erasing first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderer.setFont(font());
    m_renderer.setPalette(palette());

    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &ChatListView::flushDirty);
    m_autoScrollTimer.setInterval(40);
    connect(&m_autoScrollTimer, &QTimer::timeout, this, &ChatListView::autoScroll);
    m_copiedTimer.setSingleShot(true);
    connect(&m_copiedTimer, &QTimer::timeout, this, [this] {
        m_copiedId = -1;
        m_copiedHit = {};
        viewport()->update();
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatListView::onScrollValueChanged);
}

ChatListView::~ChatListView() = default;

MessageEntry *ChatListView::find(int id) const
{
    return m_byId.value(id, nullptr);
}

const MessageEntry *ChatListView::message(int id) const
{
    return find(id);
}

qreal ChatListView::rowWidth() const
{
    return viewport()->width();
}

int ChatListView::appendMessage(ChatView::Role role, const QString &markdown)
{
    auto message = std::make_unique<MessageEntry>(m_nextId++, role);
    message->body.append(markdown);
    // An empty assistant message is the start of a stream; anything else is complete.
    message->streaming = role == ChatView::Role::Assistant && markdown.isEmpty();
    if (!message->streaming)
        message->body.finish();
    message->row = messageCount();
    MessageEntry *added = message.get();
    m_byId.insert(added->id, added);
    m_messages.push_back(std::move(message));
    m_rows.append(estimateHeight(added));
    updateScrollRange();
    viewport()->update();
    return added->id;
}

void ChatListView::appendToMessage(int id, const QString &delta)
{
    MessageEntry *message = find(id);
    if (!message || delta.isEmpty())
        return;
    message->body.append(delta);
    message->streaming = true;
    markDirty(message);
}

void ChatListView::appendReasoning(int id, const QString &delta)
{
    MessageEntry *message = find(id);
    if (!message || delta.isEmpty())
        return;
    message->reasoning.append(delta);
    message->streaming = true;
    markDirty(message);
}

void ChatListView::finishMessage(int id)
{
    MessageEntry *message = find(id);
    if (!message)
        return;
    message->body.finish();
    message->streaming = false;
    markDirty(message, true);
}

void ChatListView::setNotice(int id, const QString &text, const QStringList &actions)
{
    MessageEntry *message = find(id);
    if (!message)
        return;
    message->noticeText = text;
    message->noticeActions = actions;
    markDirty(message, true);
}

void ChatListView::removeMessage(int id)
{
    MessageEntry *message = find(id);
    if (!message)
        return;
    const int row = message->row;
    if (message->layout)
        --m_liveLayouts;
    m_dirty.remove(id);
    m_byId.remove(id);
    if (m_selectionId == id)
        clearSelection();
    if (m_hoverId == id)
        m_hoverId = -1;
    if (m_pressId == id)
        m_pressId = -1;
    if (m_keyId == id)
        m_keyId = -1;
    m_messages.erase(m_messages.begin() + row);
    for (size_t i = size_t(row); i < m_messages.size(); ++i)
        m_messages[i]->row = int(i);
    m_rows.remove(row);
    updateScrollRange();
    viewport()->update();
}

void ChatListView::clear()
{
    m_messages.clear();
    m_byId.clear();
    m_rows.clear();
    m_dirty.clear();
    m_liveLayouts = 0;
    m_hoverId = m_pressId = m_selectionId = m_copiedId = m_keyId = -1;
    m_selecting = m_dragging = false;
    updateScrollRange();
    setFollowing(true);
    viewport()->update();
}

void ChatListView::scrollToLatest()
{
    setFollowing(true);
    updateScrollRange();
    viewport()->update();
}

QString ChatListView::renderedText(int id)
{
    MessageEntry *message = find(id);
    if (!message)
        return QString();
    if (message->layout) {
        message->layout->update(*message, QDeadlineTimer(QDeadlineTimer::Forever));
        message->layoutBehind = false;
        m_dirty.remove(id);
        syncRowHeight(message);
        return message->layout->body().plainText();
    }
    MessageLayout layout(*message, m_renderer, rowWidth());
    layout.update(*message, QDeadlineTimer(QDeadlineTimer::Forever));
    return layout.body().plainText();
}

void ChatListView::markDirty(MessageEntry *message, bool now)
{
    m_dirty.insert(message->id);
    if (now) {
        m_renderTimer.start(0);
    } else if (!m_renderTimer.isActive()) {
        const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kThrottleMs;
        m_renderTimer.start(int(std::clamp<qint64>(kThrottleMs - since, 0, kThrottleMs)));
    }
}

void ChatListView::flushDirty()
{
    m_sinceFlush.start();
    const QDeadlineTimer deadline(kFrameBudgetMs);
    bool behind = false;
    bool repaintAll = false;
    QList<MessageEntry *> updated;
    const QList<int> ids = m_dirty.values();
    for (int id : ids) {
        MessageEntry *message = find(id);
        if (!message) {
            m_dirty.remove(id);
            continue;
        }
        if (message->layout) {
            message->layoutBehind = !message->layout->update(*message, deadline);
            behind = behind || message->layoutBehind;
            updated.append(message);
        }
        // Without a layout the message is rendered when it comes into view.
        if (!message->layoutBehind)
            m_dirty.remove(id);
        // A row above the viewport changing height moves everything in it.
        if (syncRowHeight(message) && !message->layout)
            repaintAll = true;
    }
    // Following the stream this scrolls, which blits what stays (scrollContentsBy); then
    // only what changed is painted again: usually the tail of one answer.
    updateScrollRange();
    const long long top = verticalScrollBar()->value();
    qreal changedFrom = std::numeric_limits<qreal>::infinity();
    for (MessageEntry *message : std::as_const(updated))
        changedFrom =
            std::min(changedFrom, qreal(rowTop(message) - top) + message->layout->takeChangedFrom());
    if (repaintAll)
        viewport()->update();
    else if (changedFrom < viewport()->height())
        viewport()->update(QRect(0, int(std::max<qreal>(0, std::floor(changedFrom))), viewport()->width(),
                                 viewport()->height()));
    if (behind)
        m_renderTimer.start(0);
}

int ChatListView::estimateHeight(MessageEntry *message) const
{
    const int width = int(rowWidth());
    const QString &text = message->body.text();
    if (message->estimatedForWidth == width && message->estimatedForLength == text.size())
        return message->estimatedHeight;
    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.height();
    const qreal textWidth = std::max(lineHeight * 4, width - lineHeight * 3.2);
    const qreal charsPerLine = std::max<qreal>(1, textWidth / std::max<qreal>(1, metrics.averageCharWidth()));
    qreal lines = 0;
    int fences = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).sliced(start, end - start).trimmed();
        if (line.startsWith(u"```") || line.startsWith(u"~~~"))
            ++fences;
        else
            lines += line.isEmpty() ? 0.4 : std::ceil(line.size() / charsPerLine);
        start = end + 1;
    }
    const qreal chrome = lineHeight * (message->role == ChatView::Role::Assistant ? 2.2 : 3.4);
    const qreal code = (fences / 2) * (m_renderer.codeHeaderHeight() + 2 * m_renderer.codePadding());
    message->estimatedHeight = int(std::ceil(chrome + lines * lineHeight + code));
    message->estimatedForWidth = width;
    message->estimatedForLength = text.size();
    return message->estimatedHeight;
}

bool ChatListView::syncRowHeight(MessageEntry *message)
{
    // Estimating scans the whole text: only rows without an up-to-date layout need it.
    int height = 0;
    if (!message->layout)
        height = estimateHeight(message);
    else if (message->layoutBehind) // the estimate keeps the scroll range from collapsing
        height = std::max(estimateHeight(message), message->layout->height());
    else
        height = message->layout->height();
    if (m_rows.height(message->row) == height)
        return false;
    m_rows.setHeight(message->row, height);
    return true;
}

void ChatListView::createLayout(MessageEntry *message, const QDeadlineTimer &deadline)
{
    message->layout = std::make_unique<MessageLayout>(*message, m_renderer, rowWidth());
    ++m_liveLayouts;
    message->layoutBehind = !message->layout->update(*message, deadline);
    if (message->layoutBehind) {
        m_dirty.insert(message->id);
        m_renderTimer.start(0);
    } else {
        m_dirty.remove(message->id);
    }
}

void ChatListView::dropLayout(MessageEntry *message)
{
    if (!message->layout)
        return;
    message->layout.reset();
    message->layoutBehind = false;
    m_dirty.remove(message->id);
    --m_liveLayouts;
}

void ChatListView::dropAllLayouts()
{
    for (const auto &message : m_messages) {
        dropLayout(message.get());
        message->estimatedForWidth = -1;
    }
    std::vector<int> heights;
    heights.reserve(m_messages.size());
    for (const auto &message : m_messages)
        heights.push_back(estimateHeight(message.get()));
    m_rows.assign(std::move(heights));
    updateScrollRange();
    viewport()->update();
}

void ChatListView::prepareViewport()
{
    if (m_messages.empty())
        return;
    const QDeadlineTimer deadline(kFrameBudgetMs);
    QScrollBar *bar = verticalScrollBar();
    const int viewHeight = viewport()->height();
    int first = 0;
    int last = 0;
    // Measuring rows changes heights and so what is visible; a few passes settle it.
    for (int pass = 0; pass < 4; ++pass) {
        const long long top = bar->value();
        const int overscan = viewHeight / 2;
        first = m_rows.rowAt(top - overscan);
        last = m_rows.rowAt(top + viewHeight + overscan);
        const int anchorRow = m_rows.rowAt(top);
        const long long anchorOffset = top - m_rows.top(anchorRow);
        bool changed = false;
        bool created = false;
        for (int row = first; row <= last; ++row) {
            MessageEntry *message = m_messages[size_t(row)].get();
            message->lastUsed = ++m_useClock;
            if (!message->layout) {
                createLayout(message, deadline);
                message->layout->takeChangedFrom();
                created = true;
            } else if (!qFuzzyCompare(message->layout->width(), rowWidth())) {
                message->layout->setWidth(*message, rowWidth());
            }
            changed = syncRowHeight(message) || changed;
        }
        // Rows got measured: what was blitted or painted before may sit elsewhere now.
        if (changed || created)
            viewport()->update();
        if (!changed)
            break;
        // Keep what the person looks at in place while rows above it get measured.
        updateScrollRange();
        if (!m_following) {
            m_adjustingScroll = true;
            bar->setValue(int(m_rows.top(anchorRow) + anchorOffset));
            m_adjustingScroll = false;
        }
    }
    evictLayouts(first, last);
}

void ChatListView::evictLayouts(int firstVisible, int lastVisible)
{
    const int budget = (lastVisible - firstVisible + 1) + kSpareLayouts;
    if (m_liveLayouts <= budget)
        return;
    std::vector<MessageEntry *> candidates;
    for (const auto &message : m_messages) {
        // An open stream and the selected message keep theirs: rebuilding them costs more.
        if (message->layout && (message->row < firstVisible || message->row > lastVisible)
            && !message->streaming && message->id != m_selectionId && message->id != m_keyId)
            candidates.push_back(message.get());
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const MessageEntry *a, const MessageEntry *b) { return a->lastUsed < b->lastUsed; });
    for (MessageEntry *message : candidates) {
        if (m_liveLayouts <= budget)
            break;
        dropLayout(message);
        syncRowHeight(message);
    }
}

void ChatListView::updateScrollRange()
{
    QScrollBar *bar = verticalScrollBar();
    const int viewHeight = viewport()->height();
    m_adjustingScroll = true;
    bar->setRange(0, int(std::max<long long>(0, m_rows.total() - viewHeight)));
    bar->setPageStep(viewHeight);
    // One line per step: the wheel scrolls QApplication::wheelScrollLines() of them.
    bar->setSingleStep(int(std::ceil(QFontMetricsF(font()).height())));
    if (m_following)
        bar->setValue(bar->maximum());
    m_adjustingScroll = false;
}

void ChatListView::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

void ChatListView::onScrollValueChanged(int value)
{
    if (m_adjustingScroll)
        return;
    // Scrolling up stops following the stream; scrolling back to the end resumes it.
    setFollowing(value >= verticalScrollBar()->maximum());
}

void ChatListView::scrollContentsBy(int dx, int dy)
{
    // While painting, laying out rows may move the scroll position: paint everything again
    // then. Otherwise what stays on screen is blitted and only the exposed strip painted.
    if (m_painting)
        viewport()->update();
    else
        viewport()->scroll(dx, dy);
}

void ChatListView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    QScrollBar *bar = verticalScrollBar();
    const int anchorRow = m_rows.rowAt(bar->value());
    const long long anchorOffset = anchorRow < 0 ? 0 : bar->value() - m_rows.top(anchorRow);
    std::vector<int> heights;
    heights.reserve(m_messages.size());
    for (const auto &message : m_messages) {
        if (message->layout)
            message->layout->setWidth(*message, rowWidth());
        heights.push_back(0);
    }
    for (size_t i = 0; i < m_messages.size(); ++i) {
        MessageEntry *message = m_messages[i].get();
        heights[i] =
            message->layout && !message->layoutBehind ? message->layout->height() : estimateHeight(message);
    }
    m_rows.assign(std::move(heights));
    updateScrollRange();
    if (!m_following && anchorRow >= 0) {
        m_adjustingScroll = true;
        bar->setValue(int(m_rows.top(anchorRow) + anchorOffset));
        m_adjustingScroll = false;
    }
}

void ChatListView::paintEvent(QPaintEvent *event)
{
    m_painting = true;
    prepareViewport();
    m_painting = false;
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    if (m_messages.empty())
        return;
    const long long top = verticalScrollBar()->value();
    const int viewHeight = viewport()->height();
    for (int row = m_rows.rowAt(top); row >= 0 && row < messageCount(); ++row) {
        const long long y = m_rows.top(row);
        if (y >= top + viewHeight)
            break;
        const MessageEntry *message = m_messages[size_t(row)].get();
        if (!message->layout)
            continue;
        MessageLayout::PaintState state;
        state.rowHovered = message->id == m_hoverId;
        if (state.rowHovered)
            state.hovered = m_hoverHit;
        if (message->id == m_copiedId)
            state.copied = m_copiedHit;
        if (message->id == m_keyId && hasFocus())
            state.focused = m_keyHit;
        if (message->id == m_selectionId) {
            state.selectionStart = m_selectionAnchor;
            state.selectionEnd = m_selectionHead;
        }
        painter.save();
        painter.translate(0, qreal(y - top));
        message->layout->paint(&painter, QRectF(event->rect()).translated(0, qreal(top - y)), *message, state,
                               this);
        painter.restore();
    }
}

bool ChatListView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave && m_hoverId >= 0) {
        m_hoverId = -1;
        m_hoverHit = {};
        viewport()->unsetCursor();
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

ChatListView::RowHit ChatListView::hitAt(const QPoint &position) const
{
    RowHit result;
    const long long y = position.y() + verticalScrollBar()->value();
    const int row = m_rows.rowAt(y);
    if (row < 0 || y < 0 || y >= m_rows.total())
        return result;
    result.message = m_messages[size_t(row)].get();
    result.local = QPointF(position.x(), qreal(y - m_rows.top(row)));
    if (result.message->layout)
        result.hit = result.message->layout->hitTest(result.local);
    return result;
}

void ChatListView::updateHover(const QPoint &position)
{
    const RowHit hit = hitAt(position);
    const int id = hit.message ? hit.message->id : -1;
    if (id != m_hoverId || !hit.hit.sameTarget(m_hoverHit)) {
        m_hoverId = id;
        m_hoverHit = hit.hit;
        viewport()->update();
    }
    if (hit.hit.isButton() || hit.hit.element == MessageLayout::Element::Link)
        viewport()->setCursor(Qt::PointingHandCursor);
    else if (hit.hit.element == MessageLayout::Element::Text)
        viewport()->setCursor(Qt::IBeamCursor);
    else
        viewport()->unsetCursor();
}

void ChatListView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    clearKeyboardControl();
    const RowHit hit = hitAt(event->position().toPoint());
    m_pressPosition = m_lastMousePosition = event->position().toPoint();
    m_pressId = hit.message ? hit.message->id : -1;
    m_pressHit = hit.hit;
    m_dragging = false;
    m_selecting = false;
    if (hit.hit.element == MessageLayout::Element::Text || hit.hit.element == MessageLayout::Element::Link) {
        if ((event->modifiers() & Qt::ShiftModifier) && m_selectionId == m_pressId) {
            m_selectionHead = hit.hit.position;
        } else {
            m_selectionId = m_pressId;
            m_selectionAnchor = m_selectionHead = hit.hit.position;
        }
        m_selecting = true;
    } else if (!hit.hit.isButton()) {
        clearSelection();
    }
    viewport()->update();
}

void ChatListView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    m_lastMousePosition = position;
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        if ((position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            extendSelection(position);
            const bool outside = position.y() < 0 || position.y() >= viewport()->height();
            if (outside && !m_autoScrollTimer.isActive())
                m_autoScrollTimer.start();
            else if (!outside)
                m_autoScrollTimer.stop();
        }
        return;
    }
    updateHover(position);
}

void ChatListView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_autoScrollTimer.stop();
    const RowHit hit = hitAt(event->position().toPoint());
    const bool samePlace = hit.message && hit.message->id == m_pressId && hit.hit.sameTarget(m_pressHit);
    if (!m_dragging && samePlace && (hit.hit.isButton() || hit.hit.element == MessageLayout::Element::Link))
        activate(hit.message, hit.hit);
    if (m_selecting && !m_dragging)
        clearSelection(); // a click, not a selection
    m_selecting = m_dragging = false;
    const QString selected = selectedText();
    if (!selected.isEmpty() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selected, QClipboard::Selection);
    viewport()->update();
}

void ChatListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const RowHit hit = hitAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || hit.hit.element != MessageLayout::Element::Text) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const auto [from, to] = hit.message->layout->body().wordAt(hit.hit.position);
    m_selectionId = hit.message->id;
    m_selectionAnchor = from;
    m_selectionHead = to;
    m_selecting = false;
    viewport()->update();
}

void ChatListView::extendSelection(const QPoint &position)
{
    const MessageEntry *message = find(m_selectionId);
    if (!message || !message->layout)
        return;
    const qreal y = qreal(position.y() + verticalScrollBar()->value() - rowTop(message));
    m_selectionHead = message->layout->bodyPositionAt(QPointF(position.x(), y));
    viewport()->update();
}

void ChatListView::autoScroll()
{
    QScrollBar *bar = verticalScrollBar();
    const int step = int(QFontMetricsF(font()).height());
    if (m_lastMousePosition.y() < 0)
        bar->setValue(bar->value() - step);
    else if (m_lastMousePosition.y() >= viewport()->height())
        bar->setValue(bar->value() + step);
    extendSelection(m_lastMousePosition);
}

void ChatListView::clearSelection()
{
    m_selectionId = -1;
    m_selectionAnchor = m_selectionHead = {};
}

bool ChatListView::revealMatch(int id, const QString &needle, int occurrence)
{
    MessageEntry *message = find(id);
    if (!message)
        return false;
    setFollowing(false);
    QScrollBar *bar = verticalScrollBar();
    // Bring the row near the top first, so that it (and its neighbours) get measured.
    updateScrollRange();
    bar->setValue(int(rowTop(message)));
    prepareViewport();
    if (!message->layout)
        createLayout(message, QDeadlineTimer(QDeadlineTimer::Forever));
    message->layout->update(*message, QDeadlineTimer(QDeadlineTimer::Forever));
    message->layoutBehind = false;
    syncRowHeight(message);
    updateScrollRange();
    const auto match = message->layout->body().find(needle, occurrence);
    if (!match)
        return false;
    m_selectionId = id;
    m_selectionAnchor = match->first;
    m_selectionHead = match->second;
    const QRectF body = message->layout->elementRect(MessageLayout::Element::Text, 0);
    const qreal lineTop =
        qreal(rowTop(message)) + body.top() + message->layout->body().lineRect(match->first).top();
    // A third of the way down: the match with some of what leads to it.
    bar->setValue(int(std::max<qreal>(0, lineTop - viewport()->height() / 3.0)));
    prepareViewport();
    // When everything fits there is nowhere to scroll away to: keep following the stream.
    setFollowing(bar->maximum() == 0);
    viewport()->update();
    return true;
}

void ChatListView::selectAll(MessageEntry *message)
{
    if (!message || !message->layout)
        return;
    m_selectionId = message->id;
    m_selectionAnchor = message->layout->body().start();
    m_selectionHead = message->layout->body().end();
    viewport()->update();
}

QString ChatListView::selectedText() const
{
    const MessageEntry *message = find(m_selectionId);
    if (!message || !message->layout || m_selectionAnchor == m_selectionHead)
        return QString();
    return message->layout->body().text(m_selectionAnchor, m_selectionHead);
}

QRect ChatListView::elementRect(int id, MessageLayout::Element element, int index) const
{
    const MessageEntry *message = find(id);
    if (!message || !message->layout)
        return QRect();
    const QRectF rect = message->layout->elementRect(element, index);
    if (rect.isEmpty())
        return QRect();
    return rect.translated(0, qreal(rowTop(message) - verticalScrollBar()->value())).toAlignedRect();
}

void ChatListView::activate(MessageEntry *message, const MessageLayout::Hit &hit)
{
    switch (hit.element) {
    case MessageLayout::Element::CopyCode:
        copyText(message->layout->codeBlockText(hit.index), message->id, hit);
        break;
    case MessageLayout::Element::CopyMessage:
        copyText(message->body.text(), message->id, hit);
        break;
    case MessageLayout::Element::ToggleReasoning:
        message->reasoningExpanded = !message->reasoningExpanded;
        markDirty(message, true);
        break;
    case MessageLayout::Element::NoticeAction:
        Q_EMIT noticeActionTriggered(message->id, hit.index);
        break;
    case MessageLayout::Element::Link:
        Q_EMIT linkActivated(QUrl(hit.href));
        break;
    case MessageLayout::Element::None:
    case MessageLayout::Element::Text:
        break;
    }
}

void ChatListView::copyText(const QString &text, int id, const MessageLayout::Hit &what)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copyRequested(text);
    m_copiedId = id;
    m_copiedHit = what;
    m_copiedTimer.start(1500);
    viewport()->update();
}

void ChatListView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & ~Qt::KeypadModifier);
    if (plain && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left)) {
        moveKeyboardControl(event->key() == Qt::Key_Right);
        return;
    }
    if (plain && m_keyId >= 0) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Space) {
            if (MessageEntry *message = find(m_keyId); message && message->layout)
                activate(message, m_keyHit);
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            clearKeyboardControl();
            return;
        }
    }
    if (event->matches(QKeySequence::Copy)) {
        const QString text = selectedText();
        if (!text.isEmpty())
            copyText(text, -1, {});
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        MessageEntry *message = find(m_selectionId);
        selectAll(message ? message : (m_messages.empty() ? nullptr : m_messages.back().get()));
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) || event->key() == Qt::Key_End) {
        scrollToLatest();
        return;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument) || event->key() == Qt::Key_Home) {
        verticalScrollBar()->setValue(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ChatListView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_keyId >= 0)
        viewport()->update();
}

void ChatListView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    if (m_keyId >= 0)
        viewport()->update();
}

QList<MessageLayout::Hit> ChatListView::controlsOf(MessageEntry *message)
{
    message->lastUsed = ++m_useClock;
    if (!message->layout)
        createLayout(message, QDeadlineTimer(QDeadlineTimer::Forever));
    else if (!qFuzzyCompare(message->layout->width(), rowWidth()))
        message->layout->setWidth(*message, rowWidth());
    if (message->layoutBehind) {
        message->layout->update(*message, QDeadlineTimer(QDeadlineTimer::Forever));
        message->layoutBehind = false;
    }
    if (syncRowHeight(message))
        updateScrollRange();
    return message->layout->controls();
}

bool ChatListView::moveKeyboardControl(bool forward)
{
    if (m_messages.empty())
        return false;
    const auto same = [](const MessageLayout::Hit &a, const MessageLayout::Hit &b) {
        return a.element == b.element && a.index == b.index && a.position == b.position;
    };
    const long long top = verticalScrollBar()->value();
    const long long bottom = top + viewport()->height();
    MessageEntry *current = find(m_keyId);
    // Without a control yet, start with the first (or last) one that is on screen.
    int row =
        current ? current->row : std::clamp(m_rows.rowAt(forward ? top : bottom - 1), 0, messageCount() - 1);
    QList<MessageLayout::Hit> controls = controlsOf(m_messages[size_t(row)].get());
    qsizetype at = forward ? -1 : controls.size();
    if (current) {
        for (qsizetype i = 0; i < controls.size(); ++i) {
            if (same(controls.at(i), m_keyHit))
                at = i;
        }
    } else {
        const MessageEntry *message = m_messages[size_t(row)].get();
        const auto onScreen = [&](const MessageLayout::Hit &control) {
            const QRectF rect = message->layout->controlRect(control).translated(0, qreal(rowTop(message)));
            return forward ? rect.bottom() > qreal(top) : rect.top() < qreal(bottom);
        };
        while (forward && at + 1 < controls.size() && !onScreen(controls.at(at + 1)))
            ++at;
        while (!forward && at - 1 >= 0 && !onScreen(controls.at(at - 1)))
            --at;
    }
    at += forward ? 1 : -1;
    while (at < 0 || at >= controls.size()) {
        row += forward ? 1 : -1;
        if (row < 0 || row >= messageCount())
            return false; // stays where it is: nothing further that way
        controls = controlsOf(m_messages[size_t(row)].get());
        at = forward ? 0 : controls.size() - 1;
    }
    if (m_keyHit.element == MessageLayout::Element::Link && m_selectionId == m_keyId)
        clearSelection();
    MessageEntry *message = m_messages[size_t(row)].get();
    m_keyId = message->id;
    m_keyHit = controls.at(at);
    if (m_keyHit.element == MessageLayout::Element::Link) {
        // The link's text selected is what shows where the keyboard is.
        for (const ChunkedDocument::Link &link : message->layout->body().links()) {
            if (link.start == m_keyHit.position) {
                m_selectionId = message->id;
                m_selectionAnchor = link.start;
                m_selectionHead = link.end;
            }
        }
    }
    showKeyboardControl(message);
    return true;
}

void ChatListView::showKeyboardControl(MessageEntry *message)
{
    const QRectF rect = message->layout->controlRect(m_keyHit).translated(0, qreal(rowTop(message)));
    QScrollBar *bar = verticalScrollBar();
    const qreal margin = QFontMetricsF(font()).height();
    if (rect.top() < bar->value())
        bar->setValue(int(std::floor(rect.top() - margin)));
    else if (rect.bottom() > bar->value() + viewport()->height())
        bar->setValue(int(std::ceil(rect.bottom() + margin)) - viewport()->height());
    viewport()->update();
}

void ChatListView::clearKeyboardControl()
{
    if (m_keyId < 0)
        return;
    if (m_keyHit.element == MessageLayout::Element::Link && m_selectionId == m_keyId)
        clearSelection();
    m_keyId = -1;
    m_keyHit = {};
    viewport()->update();
}

void ChatListView::contextMenuEvent(QContextMenuEvent *event)
{
    const RowHit hit = hitAt(event->pos());
    QMenu menu(this);
    const QString selected = selectedText();
    QAction *copy = menu.addAction(tr("&Copy"), this, [this, selected] { copyText(selected, -1, {}); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selected.isEmpty());
    if (hit.hit.element == MessageLayout::Element::Link) {
        const QString href = hit.hit.href;
        menu.addAction(tr("Copy &Link Address"), this, [this, href] { copyText(href, -1, {}); });
    }
    if (hit.message && hit.message->layout) {
        const int block = hit.message->layout->codeBlockAt(hit.local);
        const int id = hit.message->id;
        if (block >= 0) {
            menu.addAction(tr("Copy C&ode"), this, [this, id, block] {
                if (const MessageEntry *message = find(id); message && message->layout) {
                    MessageLayout::Hit what;
                    what.element = MessageLayout::Element::CopyCode;
                    what.index = block;
                    copyText(message->layout->codeBlockText(block), id, what);
                }
            });
        }
        menu.addAction(tr("Copy Message as &Markdown"), this, [this, id] {
            if (const MessageEntry *message = find(id))
                copyText(message->body.text(), id, {});
        });
        menu.addSeparator();
        menu.addAction(tr("Select &All"), this, [this, id] { selectAll(find(id)); });
    }
    menu.exec(event->globalPos());
}

void ChatListView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        // Colours and fonts are baked into the documents: render them again as they show.
        m_renderer.setFont(font());
        m_renderer.setPalette(palette());
        clearSelection();
        dropAllLayouts();
    }
}

} // namespace CodeGuru
