// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"
#include "TokenUsage.h"

#include <QString>

namespace CodeGuru {

/// What one streamed event adds to the answer (only choice 0 is followed).
struct ChatChunk
{
    QString content;
    QString reasoning;
    QString refusal;
    QString finishReason;
    QString model;
    std::optional<TokenUsage> usage;
    bool done = false; ///< `data: [DONE]`
    ProviderError error; ///< an error object in the stream, or bytes that are not JSON
};

} // namespace CodeGuru
