// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provider/ChatResult.h"
#include "routing/QuestionContextBuilder.h"

namespace CodeGuru {

/// One question and its answer, with what was attached and how it ended.
struct ChatTurn
{
    enum class State { Preparing, Streaming, Done, Failed, Stopped };

    QString question;
    QList<ContextItem> attachments;       ///< attached by the person; routing decides if they go
    QList<ContextItem> forcedAttachments; ///< attached and forced on: always go
    std::optional<bool> forceClipboard;   ///< the person's clipboard choice, if any
    QuestionContext context; ///< what routing added, and what was finally sent
    ChatMessages sentMessages; ///< exactly what went to the provider (for the inspector)
    QString answer;
    QString reasoning;
    ChatResult result;
    State state = State::Preparing;
    /// Restored from history: the process writing this answer died mid-answer (state Stopped).
    bool interrupted = false;
};

} // namespace CodeGuru
