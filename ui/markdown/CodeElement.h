// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace CodeGuru {

/// What a piece of source code is, as far as colouring goes. GNU source-highlight names many
/// more elements (one set per .lang file); CodeHighlighter folds them into these.
enum class CodeElement : std::uint8_t {
    Normal,
    Keyword,
    Type,
    String,
    Comment,
    Number,
    Preprocessor,
    Function,
    Symbol,
    Bracket,
    Variable,
    Key,
    SpecialChar,
    Added,
    Removed,
};

} // namespace CodeGuru
