// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace CodeGuru::Cli {

/// `codeguru-cli key set|delete PROFILE`: the profile's API key in the system keyring.
/// The key is read from stdin (echo off on a terminal), never from the command line,
/// where it would land in shell history and `ps`.
class KeyCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCommand)

public:
    KeyCommand(const CliServices &services, QObject *parent);
    std::optional<int> start(const QStringList &arguments) override;
};

} // namespace CodeGuru::Cli
