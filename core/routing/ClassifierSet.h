// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClassifierSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace CodeGuru {

/// The classifiers to run for every question, read from JSON: the default shipped in
/// resources/routing/classifiers.json, or a file the person chose.
struct ClassifierSet
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::ClassifierSet)

public:
    QString systemPrompt;
    QList<ClassifierSpec> classifiers;

    /// Parses `{"classifiers": [{"id", "question", "context", "default"}, …]}` plus the optional
    /// fields (systemPrompt, enabled, model, maxTokens, timeoutMs, answer). On failure returns
    /// nullopt and a translated reason in `error`.
    static std::optional<ClassifierSet> fromJson(const QByteArray &json, QString *error);
    static std::optional<ClassifierSet> fromFile(const QString &path, QString *error);
    static ClassifierSet defaults();
    /// The seed's classifier system prompt: answer only `<Yes>` or `<No>`.
    static QString seedSystemPrompt();
};

} // namespace CodeGuru
