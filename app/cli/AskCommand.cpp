// SPDX-License-Identifier: GPL-3.0-or-later
#include "AskCommand.h"

#include "ChatClient.h"
#include "Terminal.h"
#include "context/FileContextLoader.h"
#include "prompt/Persona.h"
#include "prompt/PromptAssembler.h"

#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace CodeGuru::Cli {

AskCommand::AskCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
{
    connect(&m_printer, &AnswerPrinter::answerFinished, this,
            [this](const ChatResult &result) { Q_EMIT finished(m_printer.report(result)); });
}

std::optional<int> AskCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ask one question and stream the answer to stdout. Text piped on stdin is attached as context."));
    parser.addPositionalArgument(QStringLiteral("question"), tr("The question."), QStringLiteral("QUESTION"));
    m_providerOptions.addTo(parser);
    const QCommandLineOption system(QStringLiteral("system"),
                                    tr("Use this system prompt instead of the coding persona."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption noStream(QStringLiteral("no-stream"),
                                      tr("Wait for the whole answer, then print it."));
    const QCommandLineOption file({QStringLiteral("f"), QStringLiteral("file")},
                                  tr("Attach a file as context (repeatable)."), QStringLiteral("PATH"));
    parser.addOptions({system, noStream, file});
    if (const auto exit = parse(parser, arguments))
        return exit;

    m_question = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (m_question.isEmpty())
        return usageError(tr("ask needs a question, e.g. codeguru-cli ask \"why does this segfault?\""),
                          QStringLiteral("ask"));
    QString error;
    const auto choice = m_providerOptions.choice(parser, &error);
    m_timeout = m_providerOptions.timeout(parser, &error);
    if (!choice || !error.isEmpty())
        return usageError(error, QStringLiteral("ask"));
    m_choice = *choice;
    m_verbose = m_providerOptions.verbose(parser);
    m_stream = !parser.isSet(noStream);
    m_systemPrompt = parser.isSet(system) ? parser.value(system) : Persona::codingExpert();

    if (!Terminal::stdinIsTerminal()) {
        const QByteArray piped = Terminal::readAllStdin(FileContextLoader::kMaxFileBytes);
        if (!piped.trimmed().isEmpty()) {
            auto loaded = FileContextLoader::fromBytes(piped, ContextItem::Source::Stdin, QString());
            if (!loaded.item) {
                Terminal::error(loaded.error);
                return kExitUsage;
            }
            if (loaded.shortened)
                Terminal::warning(tr("The piped input is long; only its beginning and end were attached."));
            m_context.append(*loaded.item);
        }
    }
    loadContext(parser.values(file));
    return std::nullopt;
}

void AskCommand::loadContext(const QStringList &files)
{
    if (files.isEmpty()) {
        resolveProvider();
        return;
    }
    auto *watcher = new QFutureWatcher<QList<FileContextLoader::Result>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        for (const FileContextLoader::Result &loaded : watcher->result()) {
            if (!loaded.item) {
                Terminal::error(loaded.error);
                Q_EMIT finished(kExitUsage);
                return;
            }
            if (loaded.shortened)
                Terminal::warning(
                    tr("“%1” is long; only its beginning and end were attached.").arg(loaded.item->name));
            m_context.append(*loaded.item);
        }
        resolveProvider();
    });
    watcher->setFuture(QtConcurrent::run([files] {
        QList<FileContextLoader::Result> results;
        for (const QString &path : files)
            results.append(FileContextLoader::load(path));
        return results;
    }));
}

void AskCommand::resolveProvider()
{
    m_services.resolver->resolve(m_choice, this, [this](const ResolvedProvider &resolved) {
        if (!resolved.ok()) {
            Terminal::error(resolved.errorMessage);
            Q_EMIT finished(kExitFailure);
            return;
        }
        if (m_verbose)
            Terminal::err(
                tr("Using %1 at %2 (%3).")
                    .arg(resolved.endpoint->model, resolved.endpoint->hostAndPort(), resolved.source)
                + QLatin1Char('\n'));
        send(*resolved.endpoint);
    });
}

void AskCommand::send(const ProviderEndpoint &endpoint)
{
    ChatRequest request;
    request.stream = m_stream;
    request.messages = PromptAssembler::assemble(m_systemPrompt, {}, m_context, m_question);
    ChatOptions options = m_services.client->options();
    if (m_timeout)
        options.idleTimeout = *m_timeout;
    m_services.client->setOptions(options);
    ChatReply *reply = m_services.client->send(endpoint, request);
    m_printer.follow(reply, tr("Asking %1…").arg(endpoint.model));
}

void AskCommand::interrupt()
{
    if (m_printer.isBusy()) {
        m_printer.cancel();
        return;
    }
    Terminal::error(tr("Cancelled."));
    Q_EMIT finished(130);
}

} // namespace CodeGuru::Cli
