// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace CodeGuru {

/// Finds where sentences end in Markdown prose, so that speech can start before the rest of
/// the paragraph has arrived.
class SentenceSplitter
{
public:
    /// The end (exclusive, after closing quotes, brackets and emphasis markers) of the first
    /// sentence that starts at `from`, or -1 when none is known to be complete yet.
    ///
    /// A sentence ends at . ! ? or … followed by white space, or at 。！？ followed by anything;
    /// not at "e.g." and similar abbreviations, decimals ("3.14"), versions or file names
    /// ("query_analysis.py"), a numbered heading's "1.", nor inside `code`. With `final` the text
    /// is a whole block, so its end ends a sentence too; without it the text may still grow, and
    /// an end that the next characters could undo (a '.' at the very end, an unclosed `) is not
    /// reported.
    static qsizetype sentenceEnd(QStringView text, qsizetype from, bool final);
};

} // namespace CodeGuru
