// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderOptions.h"

#include "net/NetworkGateway.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace CodeGuru::Cli {

ProviderOptions::ProviderOptions()
    : m_baseUrl(QStringLiteral("base-url"), tr("OpenAI-compatible API base, e.g. http://localhost:11434/v1."),
                QStringLiteral("URL"))
    , m_model(QStringLiteral("model"), tr("Model to use."), QStringLiteral("NAME"))
    , m_apiKeyEnv(QStringLiteral("api-key-env"), tr("Read the API key from this environment variable."),
                  QStringLiteral("VAR"))
    , m_profile(QStringLiteral("profile"), tr("Use a saved provider profile."), QStringLiteral("NAME"))
    , m_timeout(QStringLiteral("timeout"), tr("Give up after this many seconds without data (default 90)."),
                QStringLiteral("SECONDS"))
    , m_verbose(QStringLiteral("verbose"), tr("Say on stderr which provider and model answer."))
{ }

void ProviderOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_baseUrl, m_model, m_apiKeyEnv, m_profile, m_timeout, m_verbose});
}

std::optional<ProviderChoice> ProviderOptions::choice(const QCommandLineParser &parser, QString *error) const
{
    ProviderChoice choice;
    choice.profile = parser.value(m_profile);
    choice.model = parser.value(m_model);
    choice.apiKeyEnv = parser.value(m_apiKeyEnv);
    if (parser.isSet(m_baseUrl)) {
        const QString text = parser.value(m_baseUrl).trimmed();
        const QUrl url = QUrl::fromUserInput(text);
        if (!text.contains(QLatin1StringView("://")) || !NetworkGateway::isSupportedUrl(url)) {
            *error = tr("“%1” is not an http:// or https:// URL.").arg(text);
            return std::nullopt;
        }
        choice.baseUrl = url;
    }
    if (parser.isSet(m_profile) && parser.isSet(m_baseUrl)) {
        *error = tr("--profile and --base-url cannot be used together.");
        return std::nullopt;
    }
    return choice;
}

std::optional<std::chrono::seconds> ProviderOptions::timeout(const QCommandLineParser &parser,
                                                             QString *error) const
{
    if (!parser.isSet(m_timeout))
        return std::nullopt;
    bool ok = false;
    const int seconds = parser.value(m_timeout).toInt(&ok);
    if (!ok || seconds <= 0) {
        *error = tr("--timeout needs a positive number of seconds.");
        return std::nullopt;
    }
    return std::chrono::seconds(seconds);
}

} // namespace CodeGuru::Cli
