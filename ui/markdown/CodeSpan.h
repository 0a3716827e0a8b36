// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/CodeElement.h"

#include <QtGlobal>

namespace CodeGuru {

/// A coloured run inside one line of code: offsets in UTF-16 code units of that line.
struct CodeSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    CodeElement element = CodeElement::Normal;

    friend bool operator==(const CodeSpan &, const CodeSpan &) = default;
};

} // namespace CodeGuru
