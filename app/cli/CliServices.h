// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CodeGuru {
class ChatClient;
class NetworkGateway;
class ProviderResolver;
class SecretStore;
class Settings;
class TranscriptionClient;
} // namespace CodeGuru

namespace CodeGuru::Cli {

/// The long-lived core objects main() creates and every command borrows.
struct CliServices
{
    NetworkGateway *gateway = nullptr;
    ChatClient *client = nullptr;
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    ProviderResolver *resolver = nullptr;
    /// Where the conversation history lives (HistoryStore::defaultFolder(), shared with the window).
    QString historyFolder;
    /// Speech to text for `ask --audio`.
    TranscriptionClient *transcriber = nullptr;
};

} // namespace CodeGuru::Cli
