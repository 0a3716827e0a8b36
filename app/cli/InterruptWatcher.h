// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace CodeGuru::Cli {

/// Turns SIGINT (Ctrl+C) into a Qt signal through a self-pipe, so the answer in flight is
/// cancelled cleanly from the event loop instead of the process dying mid-write.
class InterruptWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace CodeGuru::Cli
