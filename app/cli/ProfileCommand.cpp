// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "ProviderPreset.h"
#include "Terminal.h"
#include "config/Settings.h"
#include "net/NetworkGateway.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>

namespace CodeGuru::Cli {

ProfileCommand::ProfileCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
{ }

std::optional<int> ProfileCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    const QString name = arguments.value(3);
    if (action == QLatin1StringView("list") && arguments.size() == 3)
        return list();
    if (action == QLatin1StringView("add"))
        return add(arguments);
    if (action == QLatin1StringView("remove") && arguments.size() == 4)
        return remove(name);
    if (action == QLatin1StringView("use") && arguments.size() == 4)
        return use(name);
    if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")) {
        Terminal::out(tr("Usage: codeguru-cli profile list\n"
                         "       codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] "
                         "[--default]\n"
                         "       codeguru-cli profile remove NAME\n"
                         "       codeguru-cli profile use NAME\n"
                         "Presets: %1. Store the key with: codeguru-cli key set NAME\n")
                          .arg([] {
                              QStringList ids;
                              for (const ProviderPreset &preset : ProviderPreset::all())
                                  ids.append(preset.id);
                              return ids.join(QStringLiteral(", "));
                          }()));
        return kExitOk;
    }
    return usageError(tr("profile needs one of: list, add NAME, remove NAME, use NAME."),
                      QStringLiteral("profile"));
}

int ProfileCommand::list()
{
    const QString defaultName = m_services.settings->defaultProfile();
    const QList<ProviderProfile> profiles = m_services.settings->profiles();
    if (profiles.isEmpty()) {
        Terminal::err(tr("No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.")
                      + QLatin1Char('\n'));
        return kExitOk;
    }
    for (const ProviderProfile &profile : profiles) {
        const QString marker = profile.name == defaultName ? QStringLiteral("* ") : QStringLiteral("  ");
        const ProviderPreset preset = ProviderPreset::find(profile.presetId).value_or(ProviderPreset());
        const QString base =
            profile.baseUrl.isEmpty() ? preset.baseUrl.toString() : profile.baseUrl.toString();
        const QString model = profile.model.isEmpty() ? preset.defaultModel : profile.model;
        Terminal::out(marker + profile.name + QLatin1Char('\t') + profile.presetId + QLatin1Char('\t') + base
                      + QLatin1Char('\t') + (model.isEmpty() ? tr("(server default)") : model)
                      + QLatin1Char('\n'));
    }
    return kExitOk;
}

int ProfileCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption preset(QStringLiteral("preset"), tr("Provider preset."), QStringLiteral("ID"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("API base URL."), QStringLiteral("URL"));
    const QCommandLineOption model(QStringLiteral("model"), tr("Model."), QStringLiteral("NAME"));
    const QCommandLineOption makeDefault(QStringLiteral("default"), tr("Make it the default profile."));
    parser.addOptions({preset, baseUrl, model, makeDefault});
    parser.addPositionalArgument(QStringLiteral("name"), tr("Profile name."));
    // "codeguru-cli profile add NAME …" → parse "profile add NAME …" so that parse() drops "add".
    if (const auto exit = parse(parser, arguments.mid(1)))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("profile add needs exactly one NAME."), QStringLiteral("profile"));
    const QString name = positional.first();
    if (!ProviderProfile::isValidName(name))
        return usageError(
            tr("“%1” is not a valid profile name (letters, digits, '.', '_' and '-').").arg(name),
            QStringLiteral("profile"));
    const auto found = ProviderPreset::find(parser.value(preset));
    if (!found)
        return usageError(tr("Unknown or missing --preset; run “codeguru-cli profile --help” for the list."),
                          QStringLiteral("profile"));
    ProviderProfile profile {name, found->id, QUrl(), parser.value(model)};
    if (parser.isSet(baseUrl)) {
        profile.baseUrl = QUrl(parser.value(baseUrl).trimmed());
        if (!NetworkGateway::isSupportedUrl(profile.baseUrl))
            return usageError(tr("“%1” is not an http:// or https:// URL.").arg(parser.value(baseUrl)),
                              QStringLiteral("profile"));
    } else if (found->baseUrl.isEmpty()) {
        return usageError(tr("A custom profile needs --base-url."), QStringLiteral("profile"));
    }
    const bool first = m_services.settings->profiles().isEmpty();
    m_services.settings->saveProfile(profile);
    if (first || parser.isSet(makeDefault))
        m_services.settings->setDefaultProfile(name);
    m_services.settings->sync();
    Terminal::err(
        tr("Saved profile “%1”.").arg(name) + QLatin1Char(' ')
        + (found->needsKey ? tr("Store its key with “codeguru-cli key set %1”.").arg(name) : QString())
        + QLatin1Char('\n'));
    return kExitOk;
}

std::optional<int> ProfileCommand::remove(const QString &name)
{
    if (!m_services.settings->removeProfile(name)) {
        Terminal::error(tr("There is no profile named “%1”.").arg(name));
        return kExitFailure;
    }
    m_services.settings->sync();
    m_services.secrets->deleteSecret(
        SecretStore::accountForProfile(name), this, [this, name](const SecretResult &result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound)
                Terminal::warning(
                    tr("The profile was removed, but its key could not be deleted from the keyring (%1).")
                        .arg(result.message));
            Terminal::err(tr("Removed profile “%1”.").arg(name) + QLatin1Char('\n'));
            Q_EMIT finished(kExitOk);
        });
    return std::nullopt;
}

int ProfileCommand::use(const QString &name)
{
    if (!m_services.settings->profile(name)) {
        Terminal::error(tr("There is no profile named “%1”.").arg(name));
        return kExitFailure;
    }
    m_services.settings->setDefaultProfile(name);
    m_services.settings->sync();
    return kExitOk;
}

} // namespace CodeGuru::Cli
