// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace CodeGuru {

/// Finds credentials in text the person attached (private keys, cloud and provider API keys,
/// tokens, passwords in `.env`-style assignments) so that they can be hidden before the text
/// leaves the machine.
class SecretScanner
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::SecretScanner)

public:
    struct Finding
    {
        /// Stable id of the rule that found it: "private-key", "aws-access-key", "aws-secret-key",
        /// "github-token", "openai-key", "anthropic-key", "groq-key", "slack-token",
        /// "slack-webhook", "google-api-key", "jwt", "url-password" or "env-password" (the value
        /// of an assignment whose name says password, token, secret, API key or private key).
        QString kind;
        QString label; ///< translated human name: "AWS access key", "password", "token", …
        qsizetype start = 0;
        qsizetype length = 0;
        int line = 0; ///< 1-based line of the first character
        int lastLine = 0; ///< 1-based line of the last character; differs from line for key blocks
    };

    /// Findings sorted by position, overlapping ones merged into one. For assignments such as
    /// `DB_PASSWORD=hunter2` only the value is a finding, so the name stays readable.
    static QList<Finding> scan(QStringView text);

    struct Redaction
    {
        QString text;
        QList<Finding> findings; ///< positions refer to the original text, not to `text`
    };

    /// `text` with every finding replaced by its marker().
    static Redaction redact(const QString &text);
    /// What replaces a secret: "[REDACTED AWS access key]".
    static QString marker(const Finding &finding);
    /// One translated sentence for the person, e.g. "Redacted 2 secrets: an AWS access key
    /// (line 3) and a private key (lines 10–40)."; empty when there are no findings.
    static QString summary(const QList<Finding> &findings);
};

} // namespace CodeGuru
