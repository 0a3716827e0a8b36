// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageRecord.h"

namespace CodeGuru {

/// One message found by HistoryStore::search().
struct SearchHit
{
    /// Marks around each matched word in `snippet` (Unicode private use: never typed by people).
    static constexpr char16_t HighlightBegin = u'\uE000';
    static constexpr char16_t HighlightEnd = u'\uE001';

    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString conversationTitle;
    MessageRecord::Role role = MessageRecord::Role::User;
    QDateTime created;
    /// A few words around the matches, each match between HighlightBegin and HighlightEnd;
    /// "…" where text was left out.
    QString snippet;
};

} // namespace CodeGuru
