// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/SourceHighlightRecorder.h"

#include <srchilite/formatterparams.h>

namespace CodeGuru {

SourceHighlightRecorder::SourceHighlightRecorder(CodeElement element, std::vector<CodeSpan> *sink)
    : m_element(element)
    , m_sink(sink)
{ }

void SourceHighlightRecorder::format(const std::string &text, const srchilite::FormatterParams *params)
{
    // The start is only reported with optimisation off (SourceHighlighter::setOptimize(false)):
    // optimised runs are flushed after the position has moved on.
    if (m_element == CodeElement::Normal || text.empty() || !params || params->start < 0)
        return;
    m_sink->push_back({qsizetype(params->start), qsizetype(text.size()), m_element});
}

} // namespace CodeGuru
