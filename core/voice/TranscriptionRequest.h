// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace CodeGuru {

/// One recording to turn into text.
struct TranscriptionRequest
{
    /// OpenAI's limit for one upload; Groq's free tier allows the same.
    static constexpr qint64 kMaxAudioBytes = 25 * 1024 * 1024;

    QByteArray audio;
    /// Sent as the part's file name: servers pick the decoder from its extension.
    QString fileName = QStringLiteral("recording.wav");
    QByteArray mimeType = "audio/wav";
    /// Empty: TranscriptionClient::defaultModel() for the endpoint.
    QString model;

    /// The MIME type for a file name's extension (wav, mp3, m4a, ogg, flac, webm…).
    static QByteArray mimeTypeFor(const QString &fileName);
};

} // namespace CodeGuru
