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
    static ChatMessages assemble(const QString &systemPrompt, const ChatMessages &history,
                                 const QList<ContextItem> &context, const QString &question);
    /// One attached item as a delimited block, followed by nothing else.
    static QString contextBlock(const ContextItem &item);
    /// The seed's rule: context is for reference, not to be echoed.
    static QString doNotRepeatInstruction();
};

} // namespace CodeGuru
