// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ProviderOptions.h"

namespace CodeGuru::Cli {

/// `codeguru-cli models`: the provider's models, one per line.
class ModelsCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsCommand)

public:
    ModelsCommand(const CliServices &services, QObject *parent);
    std::optional<int> start(const QStringList &arguments) override;

private:
    ProviderOptions m_providerOptions;
};

} // namespace CodeGuru::Cli
