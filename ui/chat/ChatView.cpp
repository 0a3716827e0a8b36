// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatView.h"

#include "chat/ChatListView.h"

#include <QDesktopServices>
#include <QFontMetrics>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace CodeGuru {

ChatView::ChatView(QWidget *parent)
    : QWidget(parent)
    , m_list(new ChatListView(this))
    , m_jumpButton(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setFocusProxy(m_list);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setAccessibleDescription(
        tr("Right and Left go from one Copy button, link or notice button to the next; Enter presses it."));

    m_jumpButton->setText(tr("Jump to latest"));
    m_jumpButton->setToolTip(tr("Scroll to the newest message and follow the answer again"));
    m_jumpButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &ChatView::jumpToLatest);

    connect(m_list, &ChatListView::followingChanged, this, [this](bool following) {
        updateJumpButton();
        Q_EMIT followingStreamChanged(following);
    });
    connect(m_list, &ChatListView::noticeActionTriggered, this, &ChatView::noticeActionTriggered);
    connect(m_list, &ChatListView::copyRequested, this, &ChatView::copyRequested);
    connect(m_list, &ChatListView::linkActivated, this, [this](const QUrl &url) {
        Q_EMIT linkActivated(url);
        // The answer comes from a model: open web and mail links only, never file: or
        // custom schemes that could start programs.
        const QString scheme = url.scheme().toLower();
        if (m_openLinksExternally
            && (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http")
                || scheme == QLatin1StringView("mailto")))
            QDesktopServices::openUrl(url);
    });
}

ChatView::~ChatView() = default;

int ChatView::appendMessage(Role role, const QString &markdown)
{
    return m_list->appendMessage(role, markdown);
}

void ChatView::appendToMessage(int id, const QString &delta)
{
    m_list->appendToMessage(id, delta);
}

void ChatView::appendReasoning(int id, const QString &delta)
{
    m_list->appendReasoning(id, delta);
}

void ChatView::finishMessage(int id)
{
    m_list->finishMessage(id);
}

void ChatView::setNotice(int id, const QString &text, const QStringList &actions)
{
    m_list->setNotice(id, text, actions);
}

void ChatView::removeMessage(int id)
{
    m_list->removeMessage(id);
}

void ChatView::clear()
{
    m_list->clear();
}

QString ChatView::messageMarkdown(int id) const
{
    const MessageEntry *message = m_list->message(id);
    return message ? message->body.text() : QString();
}

int ChatView::messageCount() const
{
    return m_list->messageCount();
}

QString ChatView::noticeText(int id) const
{
    const MessageEntry *message = m_list->message(id);
    return message ? message->noticeText : QString();
}

QString ChatView::selectedText() const
{
    return m_list->selectedText();
}

bool ChatView::isFollowingStream() const
{
    return m_list->isFollowing();
}

void ChatView::jumpToLatest()
{
    m_list->scrollToLatest();
    m_list->setFocus();
}

void ChatView::setOpenLinksExternally(bool open)
{
    m_openLinksExternally = open;
}

QList<std::pair<int, int>> ChatView::findInMessages(const QString &needle) const
{
    QList<std::pair<int, int>> found;
    if (needle.isEmpty())
        return found;
    for (int row = 0; row < m_list->messageCount(); ++row) {
        const MessageEntry *message = m_list->messageAt(row);
        if (message->role == Role::Notice)
            continue;
        if (const auto count = message->body.text().count(needle, Qt::CaseInsensitive); count > 0)
            found.append({message->id, int(count)});
    }
    return found;
}

bool ChatView::revealMatch(int id, const QString &needle, int occurrence)
{
    const bool revealed = m_list->revealMatch(id, needle, occurrence);
    updateJumpButton();
    return revealed;
}

QString ChatView::renderedText(int id) const
{
    return m_list->renderedText(id);
}

int ChatView::liveDocumentCount() const
{
    return m_list->liveLayoutCount();
}

QWidget *ChatView::listViewport() const
{
    return m_list->viewport();
}

QRect ChatView::partRect(int id, Part part, int index) const
{
    MessageLayout::Element element = MessageLayout::Element::Text;
    switch (part) {
    case Part::Body:
        element = MessageLayout::Element::Text;
        break;
    case Part::CopyMessage:
        element = MessageLayout::Element::CopyMessage;
        break;
    case Part::CopyCode:
        element = MessageLayout::Element::CopyCode;
        break;
    case Part::ToggleReasoning:
        element = MessageLayout::Element::ToggleReasoning;
        break;
    case Part::NoticeAction:
        element = MessageLayout::Element::NoticeAction;
        break;
    }
    return m_list->elementRect(id, element, index);
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeJumpButton();
}

void ChatView::updateJumpButton()
{
    m_jumpButton->setVisible(!m_list->isFollowing() && m_list->messageCount() > 0);
    placeJumpButton();
}

void ChatView::placeJumpButton()
{
    const QSize size = m_jumpButton->sizeHint();
    const int margin = fontMetrics().height();
    const QRect area = m_list->viewport()->geometry().translated(m_list->pos());
    m_jumpButton->setGeometry(area.center().x() - size.width() / 2, area.bottom() - margin - size.height(),
                              size.width(), size.height());
    m_jumpButton->raise();
}

} // namespace CodeGuru
