// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatView.h"
#include "chat/MessageEntry.h"
#include "chat/MessageLayout.h"
#include "chat/RowOffsets.h"
#include "markdown/MarkdownRenderer.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace CodeGuru {

/// The scrolling message list behind ChatView, virtualised by hand: every row has a height
/// (estimated from its text until it is rendered), rows near the viewport get a
/// MessageLayout, rows that scroll far away lose theirs, least recently shown first.
/// QListView was the other candidate; with thousands of variable-height rows and the last
/// one growing many times a second, its item layout did not fit, and selection, links and
/// per-code-block buttons need the documents here anyway.
class ChatListView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatListView)

public:
    explicit ChatListView(QWidget *parent = nullptr);
    ~ChatListView() override;

    int appendMessage(ChatView::Role role, const QString &markdown);
    void appendToMessage(int id, const QString &delta);
    void appendReasoning(int id, const QString &delta);
    void finishMessage(int id);
    void setNotice(int id, const QString &text, const QStringList &actions);
    void removeMessage(int id);
    void clear();

    const MessageEntry *message(int id) const;
    /// The message in a row, in conversation order.
    const MessageEntry *messageAt(int row) const { return m_messages.at(size_t(row)).get(); }
    int messageCount() const { return int(m_messages.size()); }
    bool isFollowing() const { return m_following; }
    void scrollToLatest();
    int liveLayoutCount() const { return m_liveLayouts; }
    QString renderedText(int id);
    QString selectedText() const;
    /// Selects the `occurrence`-th match of `needle` in a message's rendered text and
    /// scrolls it into view; false when the rendered text has no match.
    bool revealMatch(int id, const QString &needle, int occurrence);
    /// Where an element of a message is, in viewport coordinates (see ChatView::partRect).
    QRect elementRect(int id, MessageLayout::Element element, int index) const;

Q_SIGNALS:
    void noticeActionTriggered(int id, int actionIndex);
    void copyRequested(const QString &text);
    void linkActivated(const QUrl &url);
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct RowHit
    {
        MessageEntry *message = nullptr;
        QPointF local; // in row coordinates
        MessageLayout::Hit hit;
    };

    MessageEntry *find(int id) const;
    void markDirty(MessageEntry *message, bool now = false);
    void flushDirty();
    void prepareViewport();
    void createLayout(MessageEntry *message, const QDeadlineTimer &deadline);
    void dropLayout(MessageEntry *message);
    void dropAllLayouts();
    void evictLayouts(int firstVisible, int lastVisible);
    int estimateHeight(MessageEntry *message) const;
    bool syncRowHeight(MessageEntry *message);
    void updateScrollRange();
    void setFollowing(bool following);
    void onScrollValueChanged(int value);
    RowHit hitAt(const QPoint &position) const;
    void updateHover(const QPoint &position);
    void extendSelection(const QPoint &position);
    void autoScroll();
    void activate(MessageEntry *message, const MessageLayout::Hit &hit);
    void copyText(const QString &text, int id, const MessageLayout::Hit &what);
    void clearSelection();
    void selectAll(MessageEntry *message);
    /// The keyboard's way to what the mouse presses: Right and Left step through the
    /// controls of the messages, Enter or Space presses the one reached. False when there
    /// is no control that way.
    bool moveKeyboardControl(bool forward);
    QList<MessageLayout::Hit> controlsOf(MessageEntry *message);
    void showKeyboardControl(MessageEntry *message);
    void clearKeyboardControl();
    long long rowTop(const MessageEntry *message) const { return m_rows.top(message->row); }
    qreal rowWidth() const;

    MarkdownRenderer m_renderer;
    std::vector<std::unique_ptr<MessageEntry>> m_messages;
    QHash<int, MessageEntry *> m_byId;
    RowOffsets m_rows;
    int m_nextId = 1;
    quint64 m_useClock = 0;
    int m_liveLayouts = 0;

    QTimer m_renderTimer;
    QElapsedTimer m_sinceFlush;
    QSet<int> m_dirty;

    bool m_following = true;
    bool m_adjustingScroll = false;
    bool m_painting = false;

    int m_hoverId = -1;
    MessageLayout::Hit m_hoverHit;
    int m_pressId = -1;
    MessageLayout::Hit m_pressHit;
    QPoint m_pressPosition;
    QPoint m_lastMousePosition;
    bool m_selecting = false;
    bool m_dragging = false;
    int m_selectionId = -1;
    ChunkedDocument::Position m_selectionAnchor;
    ChunkedDocument::Position m_selectionHead;
    QTimer m_autoScrollTimer;
    int m_copiedId = -1;
    MessageLayout::Hit m_copiedHit;
    QTimer m_copiedTimer;
    int m_keyId = -1; ///< the message whose control the keyboard is on
    MessageLayout::Hit m_keyHit;
};

} // namespace CodeGuru
