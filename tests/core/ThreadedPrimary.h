// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/SingleInstance.h"

#include <QObject>
#include <QThread>

namespace CodeGuru::Testing {

/// A primary SingleInstance serving on its own thread. sendToPrimary() blocks its thread on
/// the socket, so a primary in the same process must not depend on that thread's event loop.
/// Received messages come back to the test's thread through messageReceived(), where a
/// QSignalSpy can wait for them.
class ThreadedPrimary : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedPrimary)

public:
    explicit ThreadedPrimary(const QString &key,
                             int receiveTimeoutMs = SingleInstance::kDefaultReceiveTimeoutMs)
        : m_instance(new SingleInstance(key))
    {
        m_instance->setReceiveTimeout(receiveTimeoutMs);
        // Queued: the relay runs in the test's thread, never concurrently with a QSignalSpy.
        connect(m_instance, &SingleInstance::messageReceived, this, &ThreadedPrimary::messageReceived,
                Qt::QueuedConnection);
        m_instance->moveToThread(&m_thread);
        m_thread.start();
    }

    ~ThreadedPrimary() override
    {
        // Deferred deletes still run after the thread's loop ends, so the server closes (and
        // removes its socket file) on its own thread before wait() returns.
        m_instance->deleteLater();
        m_thread.quit();
        m_thread.wait();
    }

    /// Calls tryBecomePrimary() on the serving thread, so the server's notifiers live there.
    bool tryBecomePrimary()
    {
        bool primary = false;
        QMetaObject::invokeMethod(
            m_instance, [this, &primary] { primary = m_instance->tryBecomePrimary(); },
            Qt::BlockingQueuedConnection);
        return primary;
    }

    QString serverName() const { return m_instance->serverName(); }

Q_SIGNALS:
    void messageReceived(const QStringList &arguments);

private:
    QThread m_thread;
    SingleInstance *m_instance; // lives on m_thread; deleted there
};

} // namespace CodeGuru::Testing
