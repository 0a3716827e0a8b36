// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatCommand.h"

#include "ChatClient.h"
#include "Terminal.h"
#include "prompt/Persona.h"
#include "prompt/PromptAssembler.h"
#include "prompt/TokenBudget.h"

#include <QCommandLineParser>

namespace CodeGuru::Cli {

ChatCommand::ChatCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
    , m_contextOptions(services, this)
    , m_interactive(Terminal::stdinIsTerminal())
{
    connect(&m_contextOptions, &ContextOptions::prepared, this, &ChatCommand::send);
    connect(&m_printer, &AnswerPrinter::answerFinished, this, &ChatCommand::onAnswerFinished);
}

std::optional<int> ChatCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Chat with the assistant; it remembers the conversation. "
                                        "Type /help for commands, Ctrl+D to leave."));
    m_providerOptions.addTo(parser);
    const QCommandLineOption system(QStringLiteral("system"),
                                    tr("Use this system prompt instead of the coding persona."),
                                    QStringLiteral("TEXT"));
    parser.addOption(system);
    m_contextOptions.addTo(parser);
    if (const auto exit = parse(parser, arguments))
        return exit;
    QString error;
    const auto choice = m_providerOptions.choice(parser, &error);
    const auto timeout = m_providerOptions.timeout(parser, &error);
    if (!choice || !error.isEmpty())
        return usageError(error, QStringLiteral("chat"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("chat takes no question; type it at the prompt."), QStringLiteral("chat"));
    if (timeout) {
        ChatOptions options = m_services.client->options();
        options.idleTimeout = *timeout;
        m_services.client->setOptions(options);
    }
    m_systemPrompt = parser.isSet(system) ? parser.value(system) : Persona::codingExpert();
    if (!m_contextOptions.read(parser, &error))
        return usageError(error, QStringLiteral("chat"));

    m_services.resolver->resolve(*choice, this, [this](const ResolvedProvider &resolved) {
        if (!resolved.ok()) {
            Terminal::error(resolved.errorMessage);
            Q_EMIT finished(kExitFailure);
            return;
        }
        m_endpoint = resolved.endpoint;
        if (m_interactive) {
            Terminal::err(Terminal::dim(tr("CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.")
                                            .arg(m_endpoint->model, m_endpoint->hostAndPort()),
                                        Terminal::stderrIsTerminal())
                          + QLatin1Char('\n'));
        }
        m_reader = new StdinLineReader(this);
        connect(m_reader, &StdinLineReader::lineRead, this, &ChatCommand::onLine);
        connect(m_reader, &StdinLineReader::endOfInput, this, [this] {
            if (m_interactive)
                Terminal::err(u"\n");
            Q_EMIT finished(m_anyFailure ? kExitFailure : kExitOk);
        });
        prompt();
    });
    return std::nullopt;
}

void ChatCommand::prompt()
{
    if (m_interactive)
        Terminal::err(QStringLiteral("\n› "));
    m_reader->setEnabled(true);
}

void ChatCommand::printHelp()
{
    Terminal::err(tr("/new   forget the conversation and start again\n"
                     "/exit  leave (Ctrl+D works too)\n"
                     "Ctrl+C stops an answer that is being written.\n"));
}

void ChatCommand::onLine(const QString &line)
{
    const QString question = line.trimmed();
    if (question.isEmpty()) {
        prompt();
        return;
    }
    if (question == QLatin1StringView("/exit") || question == QLatin1StringView("/quit")) {
        m_reader->setEnabled(false);
        Q_EMIT finished(m_anyFailure ? kExitFailure : kExitOk);
        return;
    }
    if (question == QLatin1StringView("/new")) {
        m_history.clear();
        Terminal::err(tr("Started a new conversation.") + QLatin1Char('\n'));
        prompt();
        return;
    }
    if (question == QLatin1StringView("/help")) {
        printHelp();
        prompt();
        return;
    }
    m_reader->setEnabled(false);
    m_pendingQuestion = question;
    m_preparing = true;
    m_contextOptions.prepare(question, {}, *m_endpoint);
}

void ChatCommand::send(const QuestionContext &context)
{
    m_preparing = false;
    for (const QString &notice : context.notices)
        Terminal::warning(notice);
    ChatRequest request;
    request.messages = PromptAssembler::assemble(m_systemPrompt, m_history, context.items, m_pendingQuestion,
                                                 TokenBudget::promptBudget(m_endpoint->model));
    // The turn is remembered with what was attached, so follow-up questions can refer to it.
    m_pendingTurn = request.messages.last().content;
    if (m_interactive)
        Terminal::out(u"\n");
    m_printer.follow(m_services.client->send(*m_endpoint, request), tr("Thinking…"));
}

void ChatCommand::onAnswerFinished(const ChatResult &result)
{
    if (m_printer.report(result) != kExitOk && result.error.kind != ProviderError::Kind::Cancelled)
        m_anyFailure = true;
    // What the person saw stays in the conversation, even when it was cut short.
    if (!result.content.isEmpty()) {
        m_history.append(ChatMessage::user(m_pendingTurn));
        m_history.append(ChatMessage::assistant(result.content));
    }
    if (!m_interactive && result.ok() && !result.content.endsWith(QLatin1Char('\n')))
        Terminal::out(u"\n"); // separates answers when the chat is scripted through a pipe
    prompt();
}

void ChatCommand::interrupt()
{
    if (m_preparing) {
        m_contextOptions.cancel();
        m_preparing = false;
        Terminal::error(tr("Cancelled."));
        prompt();
        return;
    }
    if (m_printer.isBusy()) {
        m_printer.cancel();
        return;
    }
    Terminal::err(u"\n");
    Q_EMIT finished(kExitOk);
}

} // namespace CodeGuru::Cli
