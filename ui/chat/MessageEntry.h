// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatView.h"
#include "markdown/StreamingMarkdown.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace CodeGuru {

class MessageLayout;

/// One message of the conversation: its source text and state. Its rendered form (layout)
/// exists only while the message is near the viewport.
struct MessageEntry
{
    MessageEntry(int id, ChatView::Role role);
    ~MessageEntry();
    Q_DISABLE_COPY_MOVE(MessageEntry)

    int id;
    ChatView::Role role;
    StreamingMarkdown body;
    QString reasoning;
    bool reasoningExpanded = false;
    bool streaming = false;
    QString noticeText;
    QStringList noticeActions;

    int row = 0; // index in the list, renumbered on removal
    int estimatedHeight = 0; // used until a layout measures the message
    int estimatedForWidth = -1; // the width and text length that estimate is for
    qsizetype estimatedForLength = -1;
    std::unique_ptr<MessageLayout> layout;
    bool layoutBehind = false; // the layout is still catching up with the text
    quint64 lastUsed = 0; // for dropping the least recently shown layouts first
};

} // namespace CodeGuru
