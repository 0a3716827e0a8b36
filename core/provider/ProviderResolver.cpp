// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderResolver.h"

#include "ChatClient.h"
#include "ModelListReply.h"
#include "ProviderPreset.h"
#include "config/Settings.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace CodeGuru {

namespace {
ProviderEndpoint endpointFromPreset(const ProviderPreset &preset)
{
    ProviderEndpoint endpoint;
    endpoint.presetId = preset.id;
    endpoint.displayName = preset.displayName;
    endpoint.baseUrl = preset.baseUrl;
    endpoint.model = preset.defaultModel;
    endpoint.extraHeaders = preset.extraHeaders;
    return endpoint;
}

ProviderEndpoint endpointForUrl(const QUrl &url)
{
    ProviderEndpoint endpoint =
        endpointFromPreset(ProviderPreset::forUrl(url).value_or(*ProviderPreset::find(u"custom")));
    endpoint.baseUrl = url;
    if (endpoint.displayName.isEmpty() || endpoint.presetId == QLatin1StringView("custom"))
        endpoint.displayName = url.host();
    return endpoint;
}
} // namespace

ProviderResolver::ProviderResolver(Settings *settings, SecretStore *secrets, ChatClient *client,
                                   QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
    , m_environment(std::move(environment))
    , m_localCandidates {ProviderPreset::find(u"ollama")->baseUrl, ProviderPreset::find(u"llamacpp")->baseUrl}
{
    // CODEGURU_LOCAL_PROVIDERS (comma-separated base URLs) finds a local server on another port.
    const QString custom = m_environment.value(QStringLiteral("CODEGURU_LOCAL_PROVIDERS"));
    if (!custom.trimmed().isEmpty()) {
        m_localCandidates.clear();
        for (const QString &entry : custom.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_localCandidates.append(QUrl(entry.trimmed()));
    }
}

QString ProviderResolver::setupHelp()
{
    return tr(
        "No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) "
        "answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with "
        "“codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom "
        "[--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.");
}

std::optional<QString> ProviderResolver::keyFromEnvironment(const ProviderChoice &choice,
                                                            QString *error) const
{
    if (choice.apiKeyEnv.isEmpty())
        return std::nullopt;
    const QString key = m_environment.value(choice.apiKeyEnv).trimmed();
    if (key.isEmpty()) {
        *error = tr("The environment variable %1 is not set or empty, so there is no API key to use.")
                     .arg(choice.apiKeyEnv);
        return std::nullopt;
    }
    return key;
}

void ProviderResolver::resolve(const ProviderChoice &choice, QObject *context, Callback done)
{
    QString envError;
    const std::optional<QString> flagKey = keyFromEnvironment(choice, &envError);
    if (!envError.isEmpty()) {
        QTimer::singleShot(0, context, [done, envError] { done({std::nullopt, QString(), envError}); });
        return;
    }

    if (!choice.profile.isEmpty()) {
        resolveProfile(choice.profile, choice, context, std::move(done));
        return;
    }

    if (!choice.baseUrl.isEmpty()) {
        ProviderEndpoint endpoint = endpointForUrl(choice.baseUrl);
        if (flagKey) {
            endpoint.apiKey = *flagKey;
        } else if (const auto preset = ProviderPreset::forUrl(choice.baseUrl);
                   preset && !preset->keyEnvVar.isEmpty()) {
            endpoint.apiKey = m_environment.value(preset->keyEnvVar).trimmed();
        } else if (m_environment.value(QStringLiteral("OPENAI_BASE_URL")).trimmed()
                   == choice.baseUrl.toString()) {
            endpoint.apiKey = m_environment.value(QStringLiteral("OPENAI_API_KEY")).trimmed();
        }
        complete(std::move(endpoint), tr("--base-url"), choice, context, std::move(done));
        return;
    }

    if (const QString profile = m_settings->defaultProfile();
        !profile.isEmpty() && m_settings->profile(profile)) {
        resolveProfile(profile, choice, context, std::move(done));
        return;
    }

    const QString openAiKey = m_environment.value(QStringLiteral("OPENAI_API_KEY")).trimmed();
    const QString openAiBase = m_environment.value(QStringLiteral("OPENAI_BASE_URL")).trimmed();
    if (!openAiBase.isEmpty() || !openAiKey.isEmpty()) {
        ProviderEndpoint endpoint = openAiBase.isEmpty()
            ? endpointFromPreset(*ProviderPreset::find(u"openai"))
            : endpointForUrl(QUrl(openAiBase));
        endpoint.apiKey = flagKey.value_or(openAiKey);
        complete(std::move(endpoint),
                 openAiBase.isEmpty() ? QStringLiteral("OPENAI_API_KEY") : QStringLiteral("OPENAI_BASE_URL"),
                 choice, context, std::move(done));
        return;
    }
    for (const char *presetId : {"groq", "openrouter"}) {
        const ProviderPreset preset = *ProviderPreset::find(QString::fromLatin1(presetId));
        const QString key = m_environment.value(preset.keyEnvVar).trimmed();
        if (!key.isEmpty()) {
            ProviderEndpoint endpoint = endpointFromPreset(preset);
            endpoint.apiKey = flagKey.value_or(key);
            complete(std::move(endpoint), preset.keyEnvVar, choice, context, std::move(done));
            return;
        }
    }
    if (flagKey) {
        ProviderEndpoint endpoint = endpointFromPreset(*ProviderPreset::find(u"openai"));
        endpoint.apiKey = *flagKey;
        complete(std::move(endpoint), choice.apiKeyEnv, choice, context, std::move(done));
        return;
    }
    probeLocal(choice, context, std::move(done));
}

void ProviderResolver::resolveProfile(const QString &name, const ProviderChoice &choice, QObject *context,
                                      Callback done)
{
    const std::optional<ProviderProfile> profile = m_settings->profile(name);
    if (!profile) {
        const QString message =
            tr("There is no provider profile named “%1”; “codeguru-cli profile list” shows "
               "the saved ones.")
                .arg(name);
        QTimer::singleShot(0, context, [done, message] { done({std::nullopt, QString(), message}); });
        return;
    }
    const std::optional<ProviderPreset> preset = ProviderPreset::find(profile->presetId);
    ProviderEndpoint endpoint = preset ? endpointFromPreset(*preset) : endpointForUrl(profile->baseUrl);
    if (!profile->baseUrl.isEmpty())
        endpoint.baseUrl = profile->baseUrl;
    if (!profile->model.isEmpty())
        endpoint.model = profile->model;
    const QString source = tr("profile %1").arg(name);

    QString ignored;
    if (const auto flagKey = keyFromEnvironment(choice, &ignored)) {
        endpoint.apiKey = *flagKey;
        complete(std::move(endpoint), source, choice, context, std::move(done));
        return;
    }
    const bool needsKey = preset && preset->needsKey;
    const QString envVar = preset ? preset->keyEnvVar : QString();
    QPointer<QObject> guard(context);
    m_secrets->readSecret(
        SecretStore::accountForProfile(name), this,
        [this, endpoint, source, choice, guard, done, needsKey, envVar,
         name](const SecretResult &result) mutable {
            if (!guard)
                return;
            if (result.ok()) {
                endpoint.apiKey = result.secret;
            } else if (!envVar.isEmpty() && !m_environment.value(envVar).trimmed().isEmpty()) {
                endpoint.apiKey = m_environment.value(envVar).trimmed();
            } else if (needsKey && result.status == SecretResult::Status::NotFound) {
                done({std::nullopt, QString(),
                      tr("No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.")
                          .arg(name)});
                return;
            } else if (needsKey) {
                done({std::nullopt, QString(),
                      tr("The API key for profile “%1” could not be read from the system keyring (%2). "
                         "Unlock the "
                         "keyring, or pass the key in an environment variable with --api-key-env.")
                          .arg(name, result.message)});
                return;
            }
            complete(std::move(endpoint), source, choice, guard, std::move(done));
        });
}

void ProviderResolver::probeLocal(const ProviderChoice &choice, QObject *context, Callback done)
{
    enum class State { Pending, Failed, Answered };
    struct Probe
    {
        QList<State> states;
        QList<QStringList> models;
        bool decided = false;
    };
    auto probe = std::make_shared<Probe>();
    probe->states.fill(State::Pending, m_localCandidates.size());
    probe->models.resize(m_localCandidates.size());
    QPointer<QObject> guard(context);

    auto decide = [this, probe, choice, guard, done]() {
        // Candidates are in order of preference: a later one only wins once every earlier
        // one has failed.
        for (qsizetype i = 0; i < probe->states.size(); ++i) {
            if (probe->states.at(i) == State::Pending)
                return;
            if (probe->states.at(i) == State::Answered) {
                ProviderEndpoint endpoint = endpointForUrl(m_localCandidates.at(i));
                if (!probe->models.at(i).isEmpty())
                    endpoint.model = probe->models.at(i).first();
                probe->decided = true;
                if (guard)
                    complete(std::move(endpoint), tr("local server at %1").arg(endpoint.hostAndPort()),
                             choice, guard, done);
                return;
            }
        }
        probe->decided = true;
        if (guard)
            done({std::nullopt, QString(), setupHelp()});
    };

    if (m_localCandidates.isEmpty()) {
        QTimer::singleShot(0, context, [decide] { decide(); });
        return;
    }
    const auto timeout = std::chrono::duration_cast<std::chrono::seconds>(
        std::max(m_probeTimeout, std::chrono::milliseconds(1000)));
    for (qsizetype i = 0; i < m_localCandidates.size(); ++i) {
        ModelListReply *reply = m_client->listModels(endpointForUrl(m_localCandidates.at(i)), timeout);
        connect(reply, &ModelListReply::finished, this,
                [probe, i, decide](const QStringList &models, const ProviderError &error) {
                    if (probe->decided)
                        return;
                    probe->states[i] = error.isError() ? State::Failed : State::Answered;
                    probe->models[i] = models;
                    decide();
                });
    }
}

void ProviderResolver::complete(ProviderEndpoint endpoint, const QString &source,
                                const ProviderChoice &choice, QObject *context, Callback done)
{
    if (!choice.model.isEmpty())
        endpoint.model = choice.model;
    if (!endpoint.model.isEmpty() || !choice.needsModel) {
        ResolvedProvider resolved {std::move(endpoint), source, QString()};
        QTimer::singleShot(0, context, [done, resolved] { done(resolved); });
        return;
    }
    // Local servers serve whatever is loaded; ask which.
    QPointer<QObject> guard(context);
    ModelListReply *reply = m_client->listModels(endpoint);
    connect(reply, &ModelListReply::finished, this,
            [endpoint, source, guard, done](const QStringList &models, const ProviderError &error) mutable {
                if (!guard)
                    return;
                if (error.isError()) {
                    done({std::nullopt, source, error.userMessage()});
                    return;
                }
                if (models.isEmpty()) {
                    done({std::nullopt, source,
                          tr("The server at %1 lists no models; load or pull a model first, or pass --model.")
                              .arg(endpoint.hostAndPort())});
                    return;
                }
                endpoint.model = models.first();
                done({endpoint, source, QString()});
            });
}

} // namespace CodeGuru
