// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderEndpoint.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace CodeGuru {

class ChatClient;
class SecretStore;
class Settings;

/// What the person asked for on the command line or in the UI; everything optional.
struct ProviderChoice
{
    QString profile;
    QUrl baseUrl;
    QString model;
    QString apiKeyEnv; ///< name of an environment variable that holds the key
    bool needsModel = true; ///< ask the server for a model when none is configured
};

/// The endpoint to use, or why there is none.
struct ResolvedProvider
{
    std::optional<ProviderEndpoint> endpoint;
    QString source; ///< where it came from, for `--verbose` and the status bar
    QString errorMessage; ///< translated, one short paragraph

    bool ok() const { return endpoint.has_value(); }
};

/// Decides which provider answers, in this order: explicit flags (`--profile`,
/// `--base-url`), the default profile, the conventional environment variables
/// (OPENAI_API_KEY/OPENAI_BASE_URL, GROQ_API_KEY, OPENROUTER_API_KEY), then a local Ollama
/// or llama.cpp server on its default port. A missing model is taken from `GET /models`.
class ProviderResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderResolver)

public:
    using Callback = std::function<void(const ResolvedProvider &)>;

    ProviderResolver(Settings *settings, SecretStore *secrets, ChatClient *client,
                     QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                     QObject *parent = nullptr);

    /// Local servers to try when nothing is configured; tests point these at a test server.
    void setLocalCandidates(const QList<QUrl> &baseUrls) { m_localCandidates = baseUrls; }
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }

    void resolve(const ProviderChoice &choice, QObject *context, Callback done);

    /// The paragraph shown when no provider could be found.
    static QString setupHelp();

private:
    void resolveProfile(const QString &name, const ProviderChoice &choice, QObject *context, Callback done);
    void probeLocal(const ProviderChoice &choice, QObject *context, Callback done);
    void complete(ProviderEndpoint endpoint, const QString &source, const ProviderChoice &choice,
                  QObject *context, Callback done);
    std::optional<QString> keyFromEnvironment(const ProviderChoice &choice, QString *error) const;

    Settings *m_settings;
    SecretStore *m_secrets;
    ChatClient *m_client;
    QProcessEnvironment m_environment;
    QList<QUrl> m_localCandidates;
    std::chrono::milliseconds m_probeTimeout {1500};
};

} // namespace CodeGuru
