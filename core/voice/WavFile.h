// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace CodeGuru {

/// The RIFF/WAVE container for 16-bit PCM, the one format every speech-to-text server reads.
class WavFile
{
public:
    struct Format
    {
        int sampleRate = 16000;
        int channels = 1;
    };

    /// The 44-byte header for `dataBytes` bytes of little-endian 16-bit samples.
    static QByteArray header(Format format, quint32 dataBytes);
    /// Header and samples in one file.
    static QByteArray encode(Format format, QByteArrayView samples);

    struct Parsed
    {
        Format format;
        QByteArrayView samples; ///< into the parsed bytes
    };
    /// Reads a 16-bit PCM WAV file (chunks other than "fmt " and "data" are skipped); nothing
    /// for anything else.
    static std::optional<Parsed> parse(QByteArrayView file);
};

} // namespace CodeGuru
