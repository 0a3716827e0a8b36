// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderResolver.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <chrono>
#include <optional>

namespace CodeGuru::Cli {

/// The options that choose a provider, shared by `ask`, `chat` and `models`.
class ProviderOptions
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::Cli::ProviderOptions)

public:
    ProviderOptions();
    void addTo(QCommandLineParser &parser) const;

    /// Reads the parsed values; on a bad value returns nullopt and sets `error`.
    std::optional<ProviderChoice> choice(const QCommandLineParser &parser, QString *error) const;
    std::optional<std::chrono::seconds> timeout(const QCommandLineParser &parser, QString *error) const;
    bool verbose(const QCommandLineParser &parser) const { return parser.isSet(m_verbose); }

private:
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_model;
    QCommandLineOption m_apiKeyEnv;
    QCommandLineOption m_profile;
    QCommandLineOption m_timeout;
    QCommandLineOption m_verbose;
};

} // namespace CodeGuru::Cli
