// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenBudget.h"

#include <QList>
#include <QPair>

namespace CodeGuru {

qsizetype TokenBudget::contextWindow(const QString &model)
{
    // Most specific prefixes first; names are matched without a vendor prefix ("openai/gpt-4o").
    static const QList<QPair<QLatin1StringView, qsizetype>> windows {
        {QLatin1StringView("gpt-4.1"), 1000000},    {QLatin1StringView("gpt-4o"), 128000},
        {QLatin1StringView("gpt-4-turbo"), 128000}, {QLatin1StringView("gpt-4"), 8192},
        {QLatin1StringView("gpt-3.5"), 16385},      {QLatin1StringView("gpt-5"), 400000},
        {QLatin1StringView("o1"), 200000},          {QLatin1StringView("o3"), 200000},
        {QLatin1StringView("o4"), 200000},          {QLatin1StringView("claude"), 200000},
        {QLatin1StringView("gemini"), 1000000},     {QLatin1StringView("llama-3.1"), 128000},
        {QLatin1StringView("llama-3.2"), 128000},   {QLatin1StringView("llama-3.3"), 128000},
        {QLatin1StringView("llama3.1"), 128000},    {QLatin1StringView("llama3.2"), 128000},
        {QLatin1StringView("llama3.3"), 128000},    {QLatin1StringView("llama3"), 8192},
        {QLatin1StringView("qwen"), 32768},         {QLatin1StringView("mistral"), 32768},
        {QLatin1StringView("mixtral"), 32768},      {QLatin1StringView("codestral"), 256000},
        {QLatin1StringView("deepseek"), 64000},     {QLatin1StringView("gemma"), 8192},
    };
    const QString name = model.section(QLatin1Char('/'), -1).toLower();
    for (const auto &[prefix, window] : windows) {
        if (name.startsWith(prefix))
            return window;
    }
    return 8192;
}

qsizetype TokenBudget::promptBudget(const QString &model)
{
    const qsizetype window = contextWindow(model);
    return window - std::min<qsizetype>(window / 4, 4096);
}

} // namespace CodeGuru
