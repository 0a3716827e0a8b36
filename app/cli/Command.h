// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliServices.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace CodeGuru::Cli {

/// One `codeguru-cli` sub-command. start() either returns an exit code at once or returns
/// nullopt and emits `finished` later.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;

    Command(const CliServices &services, QObject *parent)
        : QObject(parent)
        , m_services(services)
    { }

    virtual std::optional<int> start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// Parses `arguments` (program name first); prints help or a usage error when needed.
    /// Returns an exit code when the command should stop here.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    static int usageError(const QString &message, const QString &command);

    CliServices m_services;
};

} // namespace CodeGuru::Cli
