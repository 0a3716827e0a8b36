// SPDX-License-Identifier: GPL-3.0-or-later
#include "WavFile.h"

#include <QtEndian>

namespace CodeGuru {

namespace {
constexpr int kBytesPerSample = 2;
constexpr quint16 kPcm = 1;

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint16 get16(QByteArrayView in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.data() + at);
}

quint32 get32(QByteArrayView in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.data() + at);
}
} // namespace

QByteArray WavFile::header(Format format, quint32 dataBytes)
{
    QByteArray out;
    out.reserve(44);
    out.append("RIFF");
    put32(out, 36 + dataBytes);
    out.append("WAVE");
    out.append("fmt ");
    put32(out, 16);
    put16(out, kPcm);
    put16(out, quint16(format.channels));
    put32(out, quint32(format.sampleRate));
    put32(out, quint32(format.sampleRate * format.channels * kBytesPerSample));
    put16(out, quint16(format.channels * kBytesPerSample));
    put16(out, quint16(kBytesPerSample * 8));
    out.append("data");
    put32(out, dataBytes);
    return out;
}

QByteArray WavFile::encode(Format format, QByteArrayView samples)
{
    QByteArray out = header(format, quint32(samples.size()));
    out.append(samples);
    return out;
}

std::optional<WavFile::Parsed> WavFile::parse(QByteArrayView file)
{
    if (file.size() < 12 || file.first(4) != "RIFF" || file.sliced(8, 4) != "WAVE")
        return std::nullopt;
    std::optional<Format> format;
    qsizetype at = 12;
    while (at + 8 <= file.size()) {
        const QByteArrayView id = file.sliced(at, 4);
        const qsizetype size = get32(file, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > file.size() || get16(file, body) != kPcm
                || get16(file, body + 14) != kBytesPerSample * 8)
                return std::nullopt;
            format = Format {int(get32(file, body + 4)), int(get16(file, body + 2))};
        } else if (id == "data") {
            if (!format || format->channels < 1)
                return std::nullopt;
            // A recorder that was cut off leaves the size too large (or 0xFFFFFFFF): take what is there.
            const qsizetype length = qMin(size, file.size() - body) & ~qsizetype(kBytesPerSample - 1);
            return Parsed {*format, file.sliced(body, length)};
        }
        at = body + size + (size & 1); // chunks are padded to an even size
    }
    return std::nullopt;
}

} // namespace CodeGuru
