// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConversationRecord.h"
#include "MessageRecord.h"

#include <QList>

namespace CodeGuru {

/// A whole conversation: what export writes and import reads.
struct ConversationData
{
    ConversationRecord conversation;
    QList<MessageRecord> messages; ///< in order

    friend bool operator==(const ConversationData &, const ConversationData &) = default;
};

} // namespace CodeGuru
