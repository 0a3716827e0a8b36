// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderError.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace CodeGuru {

/// What a transcription gave: the text, or why there is none.
struct TranscriptionResult
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::TranscriptionResult)

public:
    QString text; ///< trimmed; empty with no error means nothing was said
    ProviderError error;
    QString provider; ///< display name, for messages
    QUrl url; ///< the transcription endpoint asked, for messages
    QString model;

    bool ok() const { return !error.isError() && !text.isEmpty(); }
    /// The provider answered, but heard no words.
    bool noSpeech() const { return !error.isError() && text.isEmpty(); }
    /// Whether the provider has no transcription endpoint at this address (404/405).
    bool endpointMissing() const;
    /// One or two sentences a person can act on, translated; empty when ok().
    QString userMessage() const;

    /// The text from `{"text": "…"}` or, for `response_format=text`, a text/plain body;
    /// nullopt when the body is neither.
    static std::optional<QString> parseBody(const QByteArray &body, const QByteArray &contentType);
};

} // namespace CodeGuru
