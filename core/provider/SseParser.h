// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SseEvent.h"

#include <QByteArrayView>
#include <QList>

namespace CodeGuru {

/// Incremental `text/event-stream` framing (WHATWG HTML §9.2), fed any split of the bytes.
///
/// Accepts LF, CRLF and CR line ends (also a CRLF split across two feeds), comment lines,
/// multi-line `data:` fields and a leading UTF-8 BOM. Pure: no Qt event loop, no allocation
/// per byte, so it can be tested table-driven and benchmarked on its own.
class SseParser
{
public:
    /// Parses `bytes` and appends every completed event to `out`.
    void feed(QByteArrayView bytes, QList<SseEvent> &out);

    /// End of stream: a last event without its blank line is still delivered. Servers that
    /// close right after the final `data:` line exist, and dropping their last words would
    /// lose part of an answer.
    void finish(QList<SseEvent> &out);

    /// Number of comment lines seen (`: ping`, `: OPENROUTER PROCESSING`): proof of life.
    qsizetype commentCount() const { return m_commentCount; }

    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_partialLine;
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastEventId;
    qsizetype m_commentCount = 0;
    bool m_hasData = false;
    bool m_skipLeadingLf = false; // the previous feed ended on CR, so a leading LF belongs to it
    bool m_atStreamStart = true; // a BOM is only stripped from the very first bytes
};

} // namespace CodeGuru
