// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace CodeGuru {

/// One conversation as the sidebar and `history list` show it.
struct ConversationRecord
{
    qint64 id = 0; ///< local row id, stable for the life of the store
    QString uuid; ///< stable across export and import
    QString title;
    QDateTime created; ///< UTC, millisecond precision
    QDateTime updated; ///< UTC: the last message written
    int messageCount = 0;

    friend bool operator==(const ConversationRecord &, const ConversationRecord &) = default;
};

} // namespace CodeGuru
