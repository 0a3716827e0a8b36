// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CodeGuru {

/// How much text a model takes, estimated without its tokenizer: about four characters per
/// token for English and code, which is what the providers' own rules of thumb say.
class TokenBudget
{
public:
    static qsizetype estimateTokens(QStringView text) { return (text.size() + 3) / 4; }
    /// The model's context window in tokens, from its name; 8192 for models we do not know
    /// (local servers often run with less than the model could do).
    static qsizetype contextWindow(const QString &model);
    /// What the prompt may use: the window minus room for the answer.
    static qsizetype promptBudget(const QString &model);
};

} // namespace CodeGuru
