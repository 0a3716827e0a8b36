// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MessageEntry.h"

#include "chat/MessageLayout.h"

namespace CodeGuru {

MessageEntry::MessageEntry(int messageId, ChatView::Role messageRole)
    : id(messageId)
    , role(messageRole)
{ }

MessageEntry::~MessageEntry() = default;

} // namespace CodeGuru
