// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace CodeGuru {

/// One yes/no question asked of a small model before the real answer.
struct ClassifierSpec
{
    enum class AnswerKind {
        YesNo, ///< `<Yes>` or `<No>`
        FileName, ///< `<No>` or `<file name as spoken>`
    };

    QString id;
    QString question; ///< contains `{query}`
    QString context; ///< what a Yes attaches: "clipboard", "files", "load-file", …
    bool defaultDecision = false;
    AnswerKind answerKind = AnswerKind::YesNo;
    bool enabled = true;
    QString model; ///< empty: the router's classifier model
    int maxTokens = 5;
    std::optional<std::chrono::milliseconds> timeout;

    QString promptFor(const QString &query) const;
};

} // namespace CodeGuru
