// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "history/ConversationData.h"

#include <memory>
#include <variant>

namespace CodeGuru {
class HistoryStore;
}

namespace CodeGuru::Cli {

/// `codeguru-cli history list|show|search|export|import|delete`: the saved conversations,
/// the same ones the window shows. Runs synchronously on HistoryStore: every sub-command
/// returns its exit code from start().
class HistoryCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCommand)

public:
    HistoryCommand(const CliServices &services, QObject *parent);
    ~HistoryCommand() override;
    std::optional<int> start(const QStringList &arguments) override;

private:
    int run(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int search(const QStringList &arguments);
    int exportConversation(const QStringList &arguments);
    int importConversation(const QStringList &arguments);
    int remove(const QStringList &arguments);

    /// Parses `arguments` ("codeguru-cli history SUB …") as the sub-command SUB.
    static std::optional<int> parseSub(QCommandLineParser &parser, const QStringList &arguments);
    /// Opens the store; an exit code when it cannot be opened (the reason is printed).
    std::optional<int> openStore();
    /// The one positional ID of `positional`, or an exit code after a usage error.
    std::variant<qint64, int> conversationId(const QStringList &positional, const QString &command) const;
    /// Prints that `conversationId` is not in the history and returns kExitFailure.
    int notFound(qint64 conversationId) const;
    /// The stored conversation, or the exit code once the person was told why it could not be read.
    std::variant<ConversationData, int> readConversation(qint64 conversationId);

    std::unique_ptr<HistoryStore> m_store;
};

} // namespace CodeGuru::Cli
