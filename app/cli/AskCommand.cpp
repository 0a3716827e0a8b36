// SPDX-License-Identifier: GPL-3.0-or-later
#include "AskCommand.h"

#include "ChatClient.h"
#include "ExchangeRecorder.h"
#include "Terminal.h"
#include "config/Settings.h"
#include "context/FileContextLoader.h"
#include "context/FolderContextLoader.h"
#include "prompt/Persona.h"
#include "prompt/PromptAssembler.h"
#include "prompt/TokenBudget.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace CodeGuru::Cli {

AskCommand::AskCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
    , m_contextOptions(services, this)
    , m_audio(services, this)
{
    connect(&m_audio, &AudioQuestion::heard, this, [this](const QString &text) {
        // The words as heard, unchanged, so routing resolves spoken file names as if typed.
        m_question = text;
        route(m_endpoint);
    });
    connect(&m_audio, &AudioQuestion::failed, this, [this](int code) { Q_EMIT finished(code); });
    connect(&m_contextOptions, &ContextOptions::prepared, this,
            [this](const QuestionContext &context) { send(m_endpoint, context); });
    connect(&m_printer, &AnswerPrinter::answerFinished, this, &AskCommand::onAnswerFinished);
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
    const QCommandLineOption noSave(QStringLiteral("no-save"),
                                    tr("Do not save the question and answer in the "
                                       "history (“codeguru-cli history”)."));
    const QCommandLineOption continueId(QStringLiteral("continue"),
                                        tr("Ask in saved conversation ID: its earlier questions and answers "
                                           "are sent too, and this exchange is added to it."),
                                        QStringLiteral("ID"));
    const QCommandLineOption printId(QStringLiteral("print-id"),
                                     tr("Say on stderr which conversation the exchange was saved in."));
    parser.addOptions({system, noStream, file, noSave, continueId, printId});
    m_contextOptions.addTo(parser);
    m_audio.addTo(parser);
    if (const auto exit = parse(parser, arguments))
        return exit;

    QString error;
    m_question = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (!m_audio.read(parser, &error))
        return usageError(error, QStringLiteral("ask"));
    if (m_audio.isSet() && !m_question.isEmpty())
        return usageError(tr("Give either a question or --audio, not both."), QStringLiteral("ask"));
    if (m_question.isEmpty() && !m_audio.isSet())
        return usageError(tr("ask needs a question, e.g. codeguru-cli ask \"why does this segfault?\""),
                          QStringLiteral("ask"));
    const auto choice = m_providerOptions.choice(parser, &error);
    m_timeout = m_providerOptions.timeout(parser, &error);
    if (!choice || !error.isEmpty())
        return usageError(error, QStringLiteral("ask"));
    m_choice = *choice;
    m_verbose = m_providerOptions.verbose(parser);
    m_stream = !parser.isSet(noStream);
    m_systemPrompt = parser.isSet(system) ? parser.value(system) : Persona::codingExpert();
    if (!m_contextOptions.read(parser, &error))
        return usageError(error, QStringLiteral("ask"));
    m_save = !parser.isSet(noSave);
    m_printId = parser.isSet(printId);
    qint64 continued = 0;
    if (parser.isSet(continueId)) {
        bool ok = false;
        continued = parser.value(continueId).toLongLong(&ok);
        if (!ok || continued <= 0)
            return usageError(tr("“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history "
                                 "list” shows.")
                                  .arg(parser.value(continueId)),
                              QStringLiteral("ask"));
    }

    if (!Terminal::stdinIsTerminal() && !m_audio.readsStdin()) {
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
    if (!m_save && continued == 0) {
        loadContext(parser.values(file));
        return std::nullopt;
    }
    // The store opens in the background while the provider is resolved and routing runs.
    m_recorder = new ExchangeRecorder(m_services.historyFolder, this);
    if (continued == 0) {
        loadContext(parser.values(file));
        return std::nullopt;
    }
    // Continuing needs the earlier turns before anything is sent; without them there is no
    // honest way to answer, so an unreadable store or unknown ID ends here (exit 1).
    connect(m_recorder, &ExchangeRecorder::loaded, this,
            [this, files = parser.values(file)](const ChatMessages &history) {
                m_earlierTurns = history;
                loadContext(files);
            });
    connect(m_recorder, &ExchangeRecorder::loadFailed, this, [this](const QString &message) {
        Terminal::error(message);
        Q_EMIT finished(kExitFailure);
    });
    m_recorder->load(continued);
    return std::nullopt;
}

namespace {
/// What -f paths gave: items to attach, or the first reason one could not be attached.
struct AttachedFiles
{
    QList<ContextItem> items;
    QStringList warnings;
    QString error;
};

AttachedFiles loadAttachments(const QStringList &paths)
{
    AttachedFiles attached;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const FolderLoadResult folder = FolderContextLoader::load(path);
            if (!folder.error.isEmpty()) {
                attached.error = folder.error;
                return attached;
            }
            attached.items.append(folder.items);
            if (!folder.skipped.isEmpty())
                attached.warnings.append(
                    QCoreApplication::translate("CodeGuru::Cli::AskCommand", "Left out of %1: %2.")
                        .arg(path, folder.skipped.join(QStringLiteral(", "))));
            if (folder.truncated)
                attached.warnings.append(
                    QCoreApplication::translate("CodeGuru::Cli::AskCommand",
                                                "%1 is large; only the first %2 files were attached.")
                        .arg(path)
                        .arg(folder.items.size()));
            continue;
        }
        const FileContextLoader::Result loaded = FileContextLoader::load(path);
        if (!loaded.item) {
            attached.error = loaded.error;
            return attached;
        }
        if (loaded.shortened)
            attached.warnings.append(
                QCoreApplication::translate("CodeGuru::Cli::AskCommand",
                                            "“%1” is long; only its beginning and end were attached.")
                    .arg(path));
        attached.items.append(*loaded.item);
    }
    return attached;
}
} // namespace

void AskCommand::loadContext(const QStringList &files)
{
    if (files.isEmpty()) {
        resolveProvider();
        return;
    }
    auto *watcher = new QFutureWatcher<AttachedFiles>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const AttachedFiles attached = watcher->result();
        if (!attached.error.isEmpty()) {
            Terminal::error(attached.error);
            Q_EMIT finished(kExitUsage);
            return;
        }
        for (const QString &warning : attached.warnings)
            Terminal::warning(warning);
        m_context.append(attached.items);
        resolveProvider();
    });
    watcher->setFuture(QtConcurrent::run([files] { return loadAttachments(files); }));
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
        if (m_audio.isSet()) {
            m_endpoint = *resolved.endpoint;
            m_audio.transcribe(m_endpoint, m_timeout, m_verbose);
            return;
        }
        route(*resolved.endpoint);
    });
}

void AskCommand::route(const ProviderEndpoint &endpoint)
{
    m_endpoint = endpoint;
    m_contextOptions.prepare(m_question, m_context, endpoint);
}

void AskCommand::send(const ProviderEndpoint &endpoint, const QuestionContext &context)
{
    for (const QString &notice : context.notices)
        Terminal::warning(notice);
    if (context.redactedSecrets > 0)
        Terminal::warning(
            tr("To send them unredacted for this question, repeat it with --redact-secrets never."));
    ChatRequest request;
    request.stream = m_stream;
    request.messages = PromptAssembler::assemble(m_systemPrompt, m_earlierTurns, context.items, m_question,
                                                 TokenBudget::promptBudget(endpoint.model));
    ChatOptions options = m_services.client->options();
    if (m_timeout)
        options.idleTimeout = *m_timeout;
    m_services.client->setOptions(options);
    ChatReply *reply = m_services.client->send(endpoint, request);
    if (m_recorder && m_save)
        m_recorder->record(m_question, context, endpoint, reply);
    m_printer.follow(reply, tr("Asking %1…").arg(endpoint.model));
}

void AskCommand::onAnswerFinished(const ChatResult &result)
{
    const int code = m_printer.report(result);
    if (!m_recorder || !m_save) {
        Q_EMIT finished(code);
        return;
    }
    // Exit only once the last write is in the store, so a failure can still be reported.
    m_recorder->whenSettled(this, [this, code] {
        if ((m_printId || m_verbose) && !m_recorder->failed() && m_recorder->conversationId() > 0)
            Terminal::err(tr("Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.")
                              .arg(m_recorder->conversationId())
                          + QLatin1Char('\n'));
        Q_EMIT finished(code);
    });
}

void AskCommand::interrupt()
{
    if (m_audio.isBusy()) {
        m_audio.cancel();
        return;
    }
    m_contextOptions.cancel();
    if (m_printer.isBusy()) {
        m_printer.cancel();
        return;
    }
    Terminal::error(tr("Cancelled."));
    Q_EMIT finished(130);
}

} // namespace CodeGuru::Cli
