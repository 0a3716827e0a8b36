// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConversationData.h"
#include "HistoryResult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace CodeGuru {

/// Reads a conversation exported by HistoryExporter::toJson (see its format). Anything else
/// is refused with an InvalidInput error that says what is wrong; nothing is partially read.
/// HistoryStore::importConversation stores the result (as a copy if the uuid is taken).
class HistoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::HistoryImporter)

public:
    static HistoryResult<ConversationData> fromJson(const QByteArray &json);
};

} // namespace CodeGuru
