// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolClipboardSource.h"

#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace CodeGuru::Cli {

QStringList ToolClipboardSource::command()
{
    const auto has = [](const char *tool) {
        return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
    };
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY") && has("wl-paste"))
        return {QStringLiteral("wl-paste"), QStringLiteral("--no-newline"), QStringLiteral("--type"),
                QStringLiteral("text")};
    if (qEnvironmentVariableIsSet("DISPLAY")) {
        if (has("xclip"))
            return {QStringLiteral("xclip"), QStringLiteral("-selection"), QStringLiteral("clipboard"),
                    QStringLiteral("-o")};
        if (has("xsel"))
            return {QStringLiteral("xsel"), QStringLiteral("--clipboard"), QStringLiteral("--output")};
    }
    return {};
}

void ToolClipboardSource::requestText(QObject *context, std::function<void(const QString &)> done)
{
    const QStringList tool = command();
    if (tool.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(QString()); });
        return;
    }
    auto *process = new QProcess(context);
    auto deliver = [process, done](const QString &text) {
        process->disconnect();
        process->deleteLater();
        done(text);
    };
    QObject::connect(
        process, &QProcess::finished, context, [process, deliver](int exitCode, QProcess::ExitStatus status) {
            const bool ok = status == QProcess::NormalExit && exitCode == 0;
            deliver(ok ? QString::fromUtf8(process->readAllStandardOutput().left(32 * 1024 * 1024))
                       : QString());
        });
    QObject::connect(process, &QProcess::errorOccurred, context, [deliver](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            deliver(QString());
    });
    // A clipboard owner that never answers must not hold the question hostage.
    QTimer::singleShot(2000, process, [process] { process->kill(); });
    process->start(tool.first(), tool.mid(1));
}

} // namespace CodeGuru::Cli
