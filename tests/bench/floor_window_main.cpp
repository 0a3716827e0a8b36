// SPDX-License-Identifier: GPL-3.0-or-later
// The physical floor for startup: an empty QMainWindow, shown, measured the same way as
// codeguru --startup-probe.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(980, 700);
    window.show();
    QTimer::singleShot(0, &window, [&startup] {
        long rss = -1;
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).trimmed().split(' ').first().toLong();
            }
        }
        std::printf("shown %lld ms-since-main rss %ld kB\n", static_cast<long long>(startup.elapsed()), rss);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
