// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatResult.h"

#include <QByteArray>

namespace CodeGuru {

/// Reads a non-streamed `chat.completion` body into a ChatResult (choice 0).
class ChatCompletionParser
{
public:
    static ChatResult parse(const QByteArray &body);
};

} // namespace CodeGuru
