// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace CodeGuru::Testing {

/// Runs xdotool on the test's X server and returns what it printed; empty when it failed.
inline QByteArray xdotool(const QStringList &arguments)
{
    QProcess tool;
    tool.start(QStringLiteral("xdotool"), arguments);
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
        return {};
    return tool.readAllStandardOutput().trimmed();
}

/// The real `codeguru` program with a home of its own (settings, history, single-instance
/// socket all inside it) and the loopback provider as its local server.
class AppProcess
{
public:
    AppProcess(const QTemporaryDir &home, const QUrl &provider)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), home.path());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        QDir().mkpath(home.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_environment.insert(QStringLiteral("CODEGURU_LOCAL_PROVIDERS"), provider.toString());
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        m_historyFolder =
            QDir(home.filePath(QStringLiteral("data"))).filePath(QStringLiteral("CodeGuru/CodeGuru"));
    }

    /// Starts codeguru with `arguments` in `process`.
    void start(QProcess &process, const QStringList &arguments = {}) const
    {
        process.setProcessEnvironment(m_environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(CODEGURU_APP_PATH), arguments);
    }

    /// The visible windows of `process`, as X window ids.
    static QList<QByteArray> visibleWindows(const QProcess &process)
    {
        const QByteArray found =
            xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                     QString::number(process.processId()), QStringLiteral("--name"), QStringLiteral(".")});
        return found.isEmpty() ? QList<QByteArray>() : found.split('\n');
    }

    /// The first visible window of `process` whose title contains `title`, waiting for it.
    /// (xdotool's own --name search also matches other properties, so titles are compared here.)
    static QByteArray waitForWindow(const QProcess &process, const QString &title, int timeoutMs = 15000)
    {
        QByteArray window;
        (void)QTest::qWaitFor(
            [&] {
                for (const QByteArray &candidate : visibleWindows(process)) {
                    const QByteArray name =
                        xdotool({QStringLiteral("getwindowname"), QString::fromLatin1(candidate)});
                    if (QString::fromUtf8(name).contains(title)) {
                        window = candidate;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return window;
    }

    /// Gives `window` the keyboard focus and waits until it has it, so that no typed key is
    /// lost. (windowactivate needs a window manager; the test's X server has none.)
    static bool focus(const QByteArray &window)
    {
        xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::fromLatin1(window)});
        return QTest::qWaitFor([&window] { return xdotool({QStringLiteral("getwindowfocus")}) == window; },
                               10000);
    }

    QString historyFolder() const { return m_historyFolder; }

private:
    QProcessEnvironment m_environment;
    QString m_historyFolder;
};

} // namespace CodeGuru::Testing
