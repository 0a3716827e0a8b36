// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QToolButton;

namespace CodeGuru {

class ChatListView;

/// The conversation pane: messages rendered from Markdown, streamed answers, reasoning shown
/// collapsed, inline notices with action buttons.
///
/// Only messages near the viewport have rendered documents, so long conversations open and
/// scroll without stutter and memory follows what is visible. A streamed answer is rendered
/// incrementally: finished blocks once, the growing tail at most ten times a second. The view
/// follows the stream until the person scrolls up; "Jump to latest" brings it back.
///
/// The keyboard reaches what the mouse presses: Right and Left step through the Copy
/// buttons, links, Reasoning toggles and notice actions; Enter or Space presses one.
class ChatView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    enum class Role { User, Assistant, Notice };

    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    /// Adds a message and returns its id. User and notice messages are complete as given;
    /// an assistant message stays open for appendToMessage() until finishMessage().
    int appendMessage(Role role, const QString &markdown);
    /// Streams more answer text into a message.
    void appendToMessage(int id, const QString &delta);
    /// Streams reasoning ("thinking") text, shown collapsed above the answer.
    void appendReasoning(int id, const QString &delta);
    /// The stream ended: renders what is left at once.
    void finishMessage(int id);
    /// Shows an inline notice (an error, a hint) under the message, with action buttons;
    /// clicking one emits noticeActionTriggered(id, index). Empty text and actions remove it.
    void setNotice(int id, const QString &text, const QStringList &actions);
    void removeMessage(int id);
    void clear();

    /// The message's Markdown source, as streamed; empty for an unknown id.
    QString messageMarkdown(int id) const;
    /// The text of the notice shown with a message (setNotice), empty if none.
    QString noticeText(int id) const;
    int messageCount() const;
    /// False after the person scrolled up, true again at the bottom or after jumpToLatest().
    bool isFollowingStream() const;
    /// The selected text (a drag, a double click or a find match), as it would be copied.
    QString selectedText() const;
    /// Scrolls to the end and follows the stream again.
    void jumpToLatest();

    /// Whether activated links also open in the browser (default true). Only http, https
    /// and mailto links are opened: the text comes from a model.
    void setOpenLinksExternally(bool open);

    /// Where `needle` appears (ignoring case) in the messages' source text: message ids in
    /// order, each with how many times. The rendered text may show a few less (Markdown
    /// syntax, link targets); revealMatch() then stops at the last one it finds.
    QList<std::pair<int, int>> findInMessages(const QString &needle) const;
    /// Selects the `occurrence`-th match in a message and scrolls to it; stops following
    /// the stream. False when the message shows no match.
    bool revealMatch(int id, const QString &needle, int occurrence);

    /// The plain text the view shows for a message (its rendered documents), for tests.
    QString renderedText(int id) const;
    /// How many messages hold rendered documents right now, for tests.
    int liveDocumentCount() const;
    /// The scrolling list's viewport, where the mouse goes.
    QWidget *listViewport() const;
    /// Parts of a message that react to the mouse.
    enum class Part { Body, CopyMessage, CopyCode, ToggleReasoning, NoticeAction };
    /// Where a part of a message is, in listViewport() coordinates; empty when the message
    /// is not rendered right now (far from the viewport) or has no such part. For tests.
    QRect partRect(int id, Part part, int index = 0) const;

Q_SIGNALS:
    void noticeActionTriggered(int id, int actionIndex);
    /// Something was copied; the text is on the clipboard already.
    void copyRequested(const QString &text);
    void linkActivated(const QUrl &url);
    void followingStreamChanged(bool following);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateJumpButton();
    void placeJumpButton();

    ChatListView *m_list;
    QToolButton *m_jumpButton;
    bool m_openLinksExternally = true;
};

} // namespace CodeGuru
