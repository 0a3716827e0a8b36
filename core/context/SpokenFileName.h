// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace CodeGuru {

/// Turns a file name as a person says or types it into something shaped like a file name.
class SpokenFileName
{
public:
    /// "query underscore analysis dot py" → "query_analysis.py", "main dot c p p" → "main.cpp",
    /// "src slash main dot rs" → "src/main.rs", "C make lists dot t x t" → "cmakelists.txt".
    ///
    /// Spoken symbols (dot, period, underscore, dash, hyphen, slash, backslash, optionally after
    /// "double") become characters; the words between them are joined without spaces, since
    /// speech splits names ("read me", "c p p") that are written as one word. Quotes, backticks,
    /// trailing punctuation and a leading "the file called", "file named", "named"… are dropped,
    /// backslashes become '/', a leading "./" is removed. The result is lower-case: file names
    /// are matched without regard to case. Empty when nothing name-like is left.
    static QString normalize(QStringView spoken);
};

} // namespace CodeGuru
