// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatCommand.h"

#include "ChatClient.h"
#include "ExchangeRecorder.h"
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
    const QCommandLineOption noSave(QStringLiteral("no-save"),
                                    tr("Do not save the conversation in the history "
                                       "(“codeguru-cli history”)."));
    const QCommandLineOption continueId(
        QStringLiteral("continue"),
        tr("Continue saved conversation ID: its earlier questions and answers "
           "are sent too, and new ones are added to it."),
        QStringLiteral("ID"));
    parser.addOptions({system, noSave, continueId});
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
    m_save = !parser.isSet(noSave);
    if (parser.isSet(continueId)) {
        bool ok = false;
        m_continued = parser.value(continueId).toLongLong(&ok);
        if (!ok || m_continued <= 0)
            return usageError(tr("“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history "
                                 "list” shows.")
                                  .arg(parser.value(continueId)),
                              QStringLiteral("chat"));
    }
    if (m_save || m_continued > 0)
        m_recorder = new ExchangeRecorder(m_services.historyFolder, this);

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
        if (m_continued == 0) {
            begin();
            return;
        }
        connect(m_recorder, &ExchangeRecorder::loaded, this, [this](const ChatMessages &history) {
            m_history = history;
            if (m_interactive)
                Terminal::err(Terminal::dim(tr("Continuing conversation %1 (%n earlier answer(s)).", nullptr,
                                               int(history.size() / 2))
                                                .arg(m_continued),
                                            Terminal::stderrIsTerminal())
                              + QLatin1Char('\n'));
            begin();
        });
        connect(m_recorder, &ExchangeRecorder::loadFailed, this, [this](const QString &message) {
            Terminal::error(message);
            Q_EMIT finished(kExitFailure);
        });
        m_recorder->load(m_continued);
    });
    return std::nullopt;
}

void ChatCommand::begin()
{
    m_reader = new StdinLineReader(this);
    connect(m_reader, &StdinLineReader::lineRead, this, &ChatCommand::onLine);
    connect(m_reader, &StdinLineReader::endOfInput, this, [this] {
        if (m_interactive)
            Terminal::err(u"\n");
        leave(m_anyFailure ? kExitFailure : kExitOk);
    });
    prompt();
}

void ChatCommand::leave(int code)
{
    if (!m_recorder) {
        Q_EMIT finished(code);
        return;
    }
    m_recorder->whenSettled(this, [this, code] { Q_EMIT finished(code); });
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
        leave(m_anyFailure ? kExitFailure : kExitOk);
        return;
    }
    if (question == QLatin1StringView("/new")) {
        m_history.clear();
        if (m_recorder)
            m_recorder->setConversation(0);
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
    ChatReply *reply = m_services.client->send(*m_endpoint, request);
    if (m_recorder && m_save)
        m_recorder->record(m_pendingQuestion, context, *m_endpoint, reply);
    m_printer.follow(reply, tr("Thinking…"));
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
    leave(kExitOk);
}

} // namespace CodeGuru::Cli
