// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerPrinter.h"
#include "AudioQuestion.h"
#include "ChatMessage.h"
#include "Command.h"
#include "ContextOptions.h"
#include "ProviderOptions.h"
#include "context/ContextItem.h"

namespace CodeGuru::Cli {

class ExchangeRecorder;

/// `codeguru-cli ask [options] QUESTION`: one question, its answer streamed to stdout and saved
/// in the history (unless --no-save); --continue ID asks it as a follow-up in a saved conversation.
class AskCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskCommand)

public:
    AskCommand(const CliServices &services, QObject *parent);
    std::optional<int> start(const QStringList &arguments) override;
    void interrupt();

private:
    void loadContext(const QStringList &files);
    void resolveProvider();
    void route(const ProviderEndpoint &endpoint);
    void send(const ProviderEndpoint &endpoint, const QuestionContext &context);
    void onAnswerFinished(const ChatResult &result);

    ProviderOptions m_providerOptions;
    ProviderChoice m_choice;
    QString m_question;
    QString m_systemPrompt;
    bool m_stream = true;
    bool m_verbose = false;
    std::optional<std::chrono::seconds> m_timeout;
    QList<ContextItem> m_context;
    ContextOptions m_contextOptions;
    AudioQuestion m_audio;
    ProviderEndpoint m_endpoint;
    AnswerPrinter m_printer;
    ExchangeRecorder *m_recorder = nullptr; ///< null with --no-save and no --continue
    bool m_save = true;
    bool m_printId = false;
    ChatMessages m_earlierTurns; ///< the continued conversation, sent before the question
};

} // namespace CodeGuru::Cli
