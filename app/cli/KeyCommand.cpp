// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyCommand.h"

#include "Terminal.h"
#include "config/Settings.h"
#include "secrets/SecretStore.h"

namespace CodeGuru::Cli {

KeyCommand::KeyCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
{ }

std::optional<int> KeyCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    const QString name = arguments.value(3);
    if (arguments.size() != 4
        || (action != QLatin1StringView("set") && action != QLatin1StringView("delete"))) {
        if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")) {
            Terminal::out(tr("Usage: codeguru-cli key set PROFILE     (reads the key from stdin)\n"
                             "       codeguru-cli key delete PROFILE\n"));
            return kExitOk;
        }
        return usageError(tr("key needs “set PROFILE” or “delete PROFILE”."), QStringLiteral("key"));
    }
    if (!m_services.settings->profile(name)) {
        Terminal::error(
            tr("There is no profile named “%1”; add it first with “codeguru-cli profile add”.").arg(name));
        return kExitUsage;
    }
    const QString account = SecretStore::accountForProfile(name);
    auto report = [this, name](const SecretResult &result, const QString &success) {
        if (result.ok()) {
            Terminal::err(success + QLatin1Char('\n'));
            Q_EMIT finished(kExitOk);
        } else if (result.status == SecretResult::Status::NotFound) {
            Terminal::error(tr("No key is stored for profile “%1”.").arg(name));
            Q_EMIT finished(kExitFailure);
        } else {
            Terminal::error(tr("The system keyring could not be used (%1). CodeGuru never stores keys in a "
                               "file; use --api-key-env with an environment variable instead.")
                                .arg(result.message));
            Q_EMIT finished(kExitFailure);
        }
    };
    if (action == QLatin1StringView("delete")) {
        m_services.secrets->deleteSecret(account, this, [report, name](const SecretResult &result) {
            report(result, tr("Deleted the key of profile “%1”.").arg(name));
        });
        return std::nullopt;
    }
    const QString key = Terminal::readSecretLine(tr("API key for profile “%1”: ").arg(name));
    if (key.isEmpty()) {
        Terminal::error(tr("No key was given on stdin."));
        return kExitUsage;
    }
    m_services.secrets->writeSecret(account, key, this, [report, name](const SecretResult &result) {
        report(result, tr("Stored the key of profile “%1” in the system keyring.").arg(name));
    });
    return std::nullopt;
}

} // namespace CodeGuru::Cli
