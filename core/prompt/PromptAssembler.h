// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context/ContextItem.h"
#include "provider/ChatMessage.h"

namespace CodeGuru {

/// Builds the message list sent for one question: persona, earlier turns, then the
/// question with its attached context in labelled blocks marked as data.
class PromptAssembler
{
public:
    /// `tokenBudget` > 0 caps the estimated size of the whole prompt: the largest context item
    /// is shortened first (head and tail kept), then the next; the question and the persona
    /// are never cut, and the oldest history turns go only when context alone cannot make room.
    static ChatMessages assemble(const QString &systemPrompt, const ChatMessages &history,
                                 const QList<ContextItem> &context, const QString &question,
                                 qsizetype tokenBudget = 0);
    /// The items shortened so that, with `fixedTokens` of other text, they fit `tokenBudget`.
    static QList<ContextItem> fitContext(QList<ContextItem> context, qsizetype fixedTokens,
                                         qsizetype tokenBudget);
    /// One attached item as a delimited block, followed by nothing else.
    static QString contextBlock(const ContextItem &item);
    /// The seed's rule: context is for reference, not to be echoed.
    static QString doNotRepeatInstruction();
};

} // namespace CodeGuru
