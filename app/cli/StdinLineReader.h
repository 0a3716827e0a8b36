// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

namespace CodeGuru::Cli {

/// Delivers lines typed (or piped) on stdin without blocking the event loop, so an answer
/// can stream and Ctrl+C can cancel while the chat waits for input.
class StdinLineReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdinLineReader)

public:
    explicit StdinLineReader(QObject *parent = nullptr);
    void setEnabled(bool enabled);

Q_SIGNALS:
    void lineRead(const QString &line);
    void endOfInput();

private:
    void onReadable();
    void deliverLines();

    QSocketNotifier m_notifier;
    QByteArray m_buffer;
    bool m_enabled = true;
    bool m_atEnd = false;
};

} // namespace CodeGuru::Cli
