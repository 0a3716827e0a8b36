// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseParser.h"

namespace CodeGuru {

namespace {
const QByteArrayView kUtf8Bom("\xEF\xBB\xBF");

qsizetype findLineEnd(const char *begin, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (begin[i] == '\n' || begin[i] == '\r')
            return i;
    }
    return -1;
}
} // namespace

void SseParser::feed(QByteArrayView bytes, QList<SseEvent> &out)
{
    if (m_atStreamStart) {
        // Hold back until we know whether the stream begins with a BOM, even one byte at a time.
        m_partialLine.append(bytes.data(), bytes.size());
        if (m_partialLine.size() < kUtf8Bom.size() && kUtf8Bom.startsWith(QByteArrayView(m_partialLine)))
            return;
        m_atStreamStart = false;
        QByteArray pending = std::move(m_partialLine);
        m_partialLine.clear();
        QByteArrayView view(pending);
        if (view.startsWith(kUtf8Bom))
            view = view.sliced(kUtf8Bom.size());
        feed(view, out);
        return;
    }

    const char *cursor = bytes.data();
    qsizetype remaining = bytes.size();
    if (remaining > 0 && m_skipLeadingLf) {
        m_skipLeadingLf = false;
        if (*cursor == '\n') {
            ++cursor;
            --remaining;
        }
    }

    while (remaining > 0) {
        const qsizetype end = findLineEnd(cursor, remaining);
        if (end < 0) {
            m_partialLine.append(cursor, remaining);
            return;
        }
        if (m_partialLine.isEmpty()) {
            processLine(QByteArrayView(cursor, end), out);
        } else {
            m_partialLine.append(cursor, end);
            processLine(m_partialLine, out);
            m_partialLine.clear();
        }
        qsizetype consumed = end + 1;
        if (cursor[end] == '\r') {
            if (consumed < remaining) {
                if (cursor[consumed] == '\n')
                    ++consumed;
            } else {
                m_skipLeadingLf = true;
            }
        }
        cursor += consumed;
        remaining -= consumed;
    }
}

void SseParser::finish(QList<SseEvent> &out)
{
    if (m_atStreamStart) {
        m_atStreamStart = false;
        QByteArray pending = std::move(m_partialLine);
        m_partialLine.clear();
        feed(pending, out);
    }
    if (!m_partialLine.isEmpty()) {
        const QByteArray line = std::move(m_partialLine);
        m_partialLine.clear();
        processLine(line, out);
    }
    dispatch(out);
    m_skipLeadingLf = false;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_commentCount;
        return;
    }

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    }
    // "retry" and unknown fields are ignored, as the standard says.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_hasData) {
        SseEvent event;
        if (!m_eventType.isEmpty())
            event.type = m_eventType;
        event.data = std::move(m_data);
        event.id = m_lastEventId;
        out.append(std::move(event));
    }
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
}

} // namespace CodeGuru
