// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerPrinter.h"
#include "ChatMessage.h"
#include "Command.h"
#include "ContextOptions.h"
#include "ProviderOptions.h"
#include "StdinLineReader.h"

namespace CodeGuru::Cli {

class ExchangeRecorder;

/// `codeguru-cli` on a terminal, or `codeguru-cli chat`: a conversation that remembers
/// earlier turns, like the seed's `python chat.py`, saved in the history unless --no-save.
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
    void begin();
    void prompt();
    void printHelp();
    /// Ends with `code` once the last answer is written to the history.
    void leave(int code);

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
    ExchangeRecorder *m_recorder = nullptr; ///< null with --no-save and no --continue
    bool m_save = true;
    qint64 m_continued = 0;
};

} // namespace CodeGuru::Cli
