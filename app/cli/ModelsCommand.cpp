// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelsCommand.h"

#include "ChatClient.h"
#include "ModelListReply.h"
#include "Terminal.h"

#include <QCommandLineParser>

namespace CodeGuru::Cli {

ModelsCommand::ModelsCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
{ }

std::optional<int> ModelsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the models the provider offers."));
    m_providerOptions.addTo(parser);
    if (const auto exit = parse(parser, arguments))
        return exit;
    QString error;
    auto choice = m_providerOptions.choice(parser, &error);
    const auto timeout = m_providerOptions.timeout(parser, &error);
    if (!choice || !error.isEmpty())
        return usageError(error, QStringLiteral("models"));
    choice->needsModel = false;

    m_services.resolver->resolve(*choice, this, [this, timeout](const ResolvedProvider &resolved) {
        if (!resolved.ok()) {
            Terminal::error(resolved.errorMessage);
            Q_EMIT finished(kExitFailure);
            return;
        }
        ModelListReply *reply =
            m_services.client->listModels(*resolved.endpoint, timeout.value_or(std::chrono::seconds(15)));
        connect(reply, &ModelListReply::finished, this,
                [this](const QStringList &models, const ProviderError &err) {
                    if (err.isError()) {
                        Terminal::error(err.userMessage());
                        Q_EMIT finished(kExitFailure);
                        return;
                    }
                    QStringList sorted = models;
                    sorted.sort(Qt::CaseInsensitive);
                    for (const QString &model : std::as_const(sorted))
                        Terminal::out(model + QLatin1Char('\n'));
                    Q_EMIT finished(kExitOk);
                });
    });
    return std::nullopt;
}

} // namespace CodeGuru::Cli
