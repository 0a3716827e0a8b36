// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatMessage.h"

#include "chat/MessageLayout.h"

namespace CodeGuru {

ChatMessage::ChatMessage(int messageId, ChatView::Role messageRole)
    : id(messageId)
    , role(messageRole)
{
}

ChatMessage::~ChatMessage() = default;

} // namespace CodeGuru
