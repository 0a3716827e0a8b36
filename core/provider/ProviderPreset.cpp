// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderPreset.h"

#include <QCoreApplication>

namespace CodeGuru {

const QList<ProviderPreset> &ProviderPreset::all()
{
    static const QList<ProviderPreset> presets {
        {QStringLiteral("openai"),
         QStringLiteral("OpenAI"),
         QUrl(QStringLiteral("https://api.openai.com/v1")),
         QStringLiteral("gpt-4o-mini"),
         QStringLiteral("OPENAI_API_KEY"),
         true,
         {},
         QStringLiteral("whisper-1")},
        {QStringLiteral("groq"),
         QStringLiteral("Groq"),
         QUrl(QStringLiteral("https://api.groq.com/openai/v1")),
         QStringLiteral("llama-3.3-70b-versatile"),
         QStringLiteral("GROQ_API_KEY"),
         true,
         {},
         QStringLiteral("whisper-large-v3-turbo")},
        {QStringLiteral("ollama"),
         QStringLiteral("Ollama"),
         QUrl(QStringLiteral("http://localhost:11434/v1")),
         QString(),
         QString(),
         false,
         {},
         QString()},
        {QStringLiteral("llamacpp"),
         QStringLiteral(QT_TRANSLATE_NOOP("CodeGuru::ProviderPreset", "llama.cpp server")),
         QUrl(QStringLiteral("http://localhost:8080/v1")),
         QString(),
         QString(),
         false,
         {},
         QString()},
        {QStringLiteral("openrouter"),
         QStringLiteral("OpenRouter"),
         QUrl(QStringLiteral("https://openrouter.ai/api/v1")),
         QStringLiteral("openai/gpt-4o-mini"),
         QStringLiteral("OPENROUTER_API_KEY"),
         true,
         // OpenRouter lists apps by this title on its rankings; it is not personal data.
         {{QByteArrayLiteral("X-Title"), QByteArrayLiteral("CodeGuru")}},
         QString()},
        {QStringLiteral("custom"),
         QStringLiteral(QT_TRANSLATE_NOOP("CodeGuru::ProviderPreset", "Custom (OpenAI-compatible)")),
         QUrl(),
         QString(),
         QString(),
         false,
         {},
         QString()},
    };
    return presets;
}

QString ProviderPreset::localizedName() const
{
    return QCoreApplication::translate("CodeGuru::ProviderPreset", displayName.toUtf8().constData());
}

std::optional<ProviderPreset> ProviderPreset::find(QStringView id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id.compare(id, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderPreset::forUrl(const QUrl &url)
{
    for (const ProviderPreset &preset : all()) {
        if (!preset.baseUrl.isEmpty() && preset.baseUrl.host().compare(url.host(), Qt::CaseInsensitive) == 0
            && preset.baseUrl.port(-1) == url.port(-1))
            return preset;
    }
    return std::nullopt;
}

} // namespace CodeGuru
