// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace CodeGuru::Testing {

/// Runs the real codeguru-cli binary with a private HOME and config folder while the
/// calling test's event loop keeps serving the loopback provider.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool finished = false;
    };

    CliRunner()
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"OPENAI_API_KEY", "OPENAI_BASE_URL", "GROQ_API_KEY", "OPENROUTER_API_KEY", "http_proxy",
              "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_COLOR", "DISPLAY",
              "WAYLAND_DISPLAY"}) // no system clipboard: tests pass --clipboard-text
            m_environment.remove(QString::fromLatin1(name));
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        // The history too: every test starts with none, and the developer's stays untouched.
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        // Never probe a real Ollama on the developer's machine: point discovery at nothing.
        m_environment.insert(QStringLiteral("CODEGURU_LOCAL_PROVIDERS"),
                             QStringLiteral("http://127.0.0.1:9/v1"));
    }

    QProcessEnvironment &environment() { return m_environment; }
    QString homePath() const { return m_home.path(); }
    /// The history folder the CLI uses: the window's AppDataLocation under this XDG_DATA_HOME.
    QString historyFolder() const { return m_home.filePath(QStringLiteral("data/CodeGuru/CodeGuru")); }

    /// Starts the CLI; `input` is written to stdin, which is then closed.
    QProcess *start(const QStringList &arguments, const QByteArray &input = {})
    {
        auto *process = new QProcess;
        process->setProcessEnvironment(m_environment);
        process->setProgram(QStringLiteral(CODEGURU_CLI_PATH));
        process->setArguments(arguments);
        process->start();
        EXPECT_TRUE(process->waitForStarted(10000));
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        return process;
    }

    static Result wait(QProcess *process, int timeoutMs = 30000)
    {
        Result result;
        if (process->state() != QProcess::NotRunning) {
            QSignalSpy finished(process, &QProcess::finished);
            result.finished = finished.wait(timeoutMs);
        } else {
            result.finished = true;
        }
        if (!result.finished) {
            ADD_FAILURE() << "codeguru-cli hung";
            process->kill();
            process->waitForFinished(5000);
        }
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = process->readAllStandardOutput();
        result.err = process->readAllStandardError();
        delete process;
        return result;
    }

    Result run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000)
    {
        return wait(start(arguments, input), timeoutMs);
    }

    /// Runs the CLI with stdout on a pseudo-terminal, as a person at a terminal sees it; stdin
    /// and stderr stay pipes. The terminal turns "\n" into "\r\n".
    Result runWithTerminalOutput(const QStringList &arguments, int timeoutMs = 30000)
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
            ADD_FAILURE() << "no pseudo-terminal";
            return {};
        }
        const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY | O_CLOEXEC);
        auto *process = new QProcess;
        process->setProcessEnvironment(m_environment);
        process->setProgram(QStringLiteral(CODEGURU_CLI_PATH));
        process->setArguments(arguments);
        process->setChildProcessModifier([terminal] { ::dup2(terminal, STDOUT_FILENO); });
        process->start();
        EXPECT_TRUE(process->waitForStarted(10000));
        ::close(terminal);
        process->closeWriteChannel();
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QByteArray shown;
        // False once the terminal is closed on the CLI's side (EIO), not merely empty (EAGAIN).
        const auto drain = [master, &shown] {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0)
                shown.append(buffer, n);
            return n < 0 && errno == EAGAIN;
        };
        // Read while it runs: a full terminal buffer would block the CLI.
        QSocketNotifier readable(master, QSocketNotifier::Read);
        QObject::connect(&readable, &QSocketNotifier::activated, &readable, [&readable, &drain] {
            if (!drain())
                readable.setEnabled(false);
        });
        Result result = wait(process, timeoutMs);
        drain();
        ::close(master);
        result.out = shown;
        return result;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

} // namespace CodeGuru::Testing
