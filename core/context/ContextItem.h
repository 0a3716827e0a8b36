// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CodeGuru {

/// A piece of material the person attached: a file, piped input, the clipboard.
struct ContextItem
{
    enum class Source { File, Stdin, Clipboard };

    Source source = Source::File;
    QString name; ///< file path as the person gave it, or empty
    QString text;

    static QString sourceName(Source source);
};

} // namespace CodeGuru
