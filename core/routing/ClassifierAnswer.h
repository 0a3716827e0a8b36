// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace CodeGuru {

/// Reads what a small model answered to a classifier question, tolerantly: `<Yes>`, `Yes`,
/// `Yes.`, `yes`, `**Yes**`, ` <No> `, `No, because…` all count.
class ClassifierAnswer
{
public:
    static std::optional<bool> parseYesNo(const QString &answer);
    /// For file-name questions: nullopt when unparsed, an empty string for No, else the name.
    static std::optional<QString> parseFileName(const QString &answer);
};

} // namespace CodeGuru
