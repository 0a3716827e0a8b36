// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace CodeGuru::Cli {

/// `codeguru-cli profile list|add|remove|use`: saved providers (keys live in the keyring).
class ProfileCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCommand)

public:
    ProfileCommand(const CliServices &services, QObject *parent);
    std::optional<int> start(const QStringList &arguments) override;

private:
    int list();
    int add(const QStringList &arguments);
    std::optional<int> remove(const QString &name);
    int use(const QString &name);
};

} // namespace CodeGuru::Cli
