// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/CodeSpan.h"

#include <srchilite/formatter.h>
#include <vector>

namespace CodeGuru {

/// A GNU source-highlight formatter that writes nothing: it records where each element of a
/// line starts and how long it is, so the spans become QTextCharFormats without the HTML
/// round trip the library's own formatters would need. Offsets are UTF-8 bytes of the line.
class SourceHighlightRecorder : public srchilite::Formatter
{
public:
    SourceHighlightRecorder(CodeElement element, std::vector<CodeSpan> *sink);

    void format(const std::string &text, const srchilite::FormatterParams *params) override;

private:
    CodeElement m_element;
    std::vector<CodeSpan> *m_sink;
};

} // namespace CodeGuru
