// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerPrinter.h"
#include "ChatMessage.h"
#include "Command.h"
#include "ContextOptions.h"
#include "ProviderOptions.h"
#include "StdinLineReader.h"

namespace CodeGuru::Cli {

/// `codeguru-cli` on a terminal, or `codeguru-cli chat`: a conversation that remembers
/// earlier turns, like the seed's `python chat.py`.
class ChatCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCommand)

public:
    ChatCommand(const CliServices &services, QObject *parent);
    std::optional<int> start(const QStringList &arguments) override;
    void interrupt();

private:
    void onLine(const QString &line);
    void send(const QuestionContext &context);
    void onAnswerFinished(const ChatResult &result);
    void prompt();
    void printHelp();

    ProviderOptions m_providerOptions;
    std::optional<ProviderEndpoint> m_endpoint;
    QString m_systemPrompt;
    ChatMessages m_history;
    QString m_pendingQuestion;
    QString m_pendingTurn; ///< the user message as sent, context included
    ContextOptions m_contextOptions;
    bool m_preparing = false;
    StdinLineReader *m_reader = nullptr;
    AnswerPrinter m_printer;
    bool m_interactive = false;
    bool m_anyFailure = false;
};

} // namespace CodeGuru::Cli
