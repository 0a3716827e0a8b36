// SPDX-License-Identifier: GPL-3.0-or-later
#include "StdinLineReader.h"

#include <unistd.h>

namespace CodeGuru::Cli {

StdinLineReader::StdinLineReader(QObject *parent)
    : QObject(parent)
    , m_notifier(STDIN_FILENO, QSocketNotifier::Read)
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &StdinLineReader::onReadable);
}

void StdinLineReader::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_notifier.setEnabled(enabled && !m_atEnd);
    if (enabled)
        deliverLines();
}

void StdinLineReader::onReadable()
{
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0) {
        m_atEnd = true;
        m_notifier.setEnabled(false);
    } else {
        m_buffer.append(buffer, count);
    }
    deliverLines();
}

void StdinLineReader::deliverLines()
{
    // One line per call while enabled: the receiver disables us while an answer streams.
    while (m_enabled) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        const QString line = QString::fromUtf8(m_buffer.first(newline));
        m_buffer.remove(0, newline + 1);
        Q_EMIT lineRead(line);
    }
    if (m_enabled && m_atEnd) {
        if (!m_buffer.isEmpty()) {
            const QString line = QString::fromUtf8(m_buffer);
            m_buffer.clear();
            Q_EMIT lineRead(line);
            if (!m_enabled)
                return;
        }
        m_enabled = false;
        Q_EMIT endOfInput();
    }
}

} // namespace CodeGuru::Cli
