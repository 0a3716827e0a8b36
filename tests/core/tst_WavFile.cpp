// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/WavFile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {
QByteArray samples(std::initializer_list<qint16> values)
{
    QByteArray out;
    for (const qint16 value : values) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        out.append(bytes, 2);
    }
    return out;
}
} // namespace

TEST(WavFile, HeaderIsCanonicalPcm)
{
    const QByteArray file = WavFile::encode({16000, 1}, samples({0, 1000, -1000, 32767}));
    ASSERT_EQ(file.size(), 44 + 8);
    EXPECT_EQ(file.first(4), QByteArray("RIFF"));
    EXPECT_EQ(qFromLittleEndian<quint32>(file.constData() + 4), 36u + 8u) << "RIFF size";
    EXPECT_EQ(file.sliced(8, 8), QByteArray("WAVEfmt "));
    EXPECT_EQ(qFromLittleEndian<quint16>(file.constData() + 20), 1) << "PCM";
    EXPECT_EQ(qFromLittleEndian<quint16>(file.constData() + 22), 1) << "mono";
    EXPECT_EQ(qFromLittleEndian<quint32>(file.constData() + 24), 16000u);
    EXPECT_EQ(qFromLittleEndian<quint32>(file.constData() + 28), 32000u) << "bytes per second";
    EXPECT_EQ(qFromLittleEndian<quint16>(file.constData() + 32), 2) << "block align";
    EXPECT_EQ(qFromLittleEndian<quint16>(file.constData() + 34), 16) << "bits";
    EXPECT_EQ(file.sliced(36, 4), QByteArray("data"));
    EXPECT_EQ(qFromLittleEndian<quint32>(file.constData() + 40), 8u);
}

TEST(WavFile, ParsesWhatItWrites)
{
    const QByteArray pcm = samples({1, -2, 3, -4, 5, -6});
    const QByteArray file = WavFile::encode({22050, 2}, pcm);
    const auto parsed = WavFile::parse(file);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->format.sampleRate, 22050);
    EXPECT_EQ(parsed->format.channels, 2);
    EXPECT_EQ(parsed->samples.toByteArray(), pcm);
}

TEST(WavFile, ParsesARealRecordingFromEspeak)
{
    const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
    ASSERT_FALSE(espeak.isEmpty()) << "espeak-ng is installed by scripts/dev.sh";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("question.wav"));
    ASSERT_EQ(QProcess::execute(espeak, {QStringLiteral("-w"), path, QStringLiteral("explain this error")}),
              0);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto parsed = WavFile::parse(bytes);
    ASSERT_TRUE(parsed) << "espeak-ng writes 16-bit PCM";
    EXPECT_EQ(parsed->format.channels, 1);
    EXPECT_EQ(parsed->format.sampleRate, 22050);
    // A second or so of speech, whatever header chunks espeak-ng chose.
    EXPECT_GT(parsed->samples.size(), 22050);
    EXPECT_EQ(parsed->samples.size() % 2, 0);
}

TEST(WavFile, RejectsWhatIsNotPcmWav)
{
    EXPECT_FALSE(WavFile::parse(QByteArray()));
    EXPECT_FALSE(WavFile::parse(QByteArray("ID3\x03 not a wave at all")));
    QByteArray floatWav = WavFile::encode({16000, 1}, samples({1, 2}));
    qToLittleEndian<quint16>(3, floatWav.data() + 20); // IEEE float
    EXPECT_FALSE(WavFile::parse(floatWav));
    QByteArray noData = WavFile::header({16000, 1}, 0).first(36);
    EXPECT_FALSE(WavFile::parse(noData));
}

TEST(WavFile, ATruncatedRecordingKeepsWhatArrived)
{
    // A recorder killed mid-way leaves a data size larger than the file.
    QByteArray file = WavFile::encode({16000, 1}, samples({7, 8, 9}));
    qToLittleEndian<quint32>(0xFFFFFFFFu, file.data() + 40);
    file.chop(1); // half a sample at the end
    const auto parsed = WavFile::parse(file);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->samples.toByteArray(), samples({7, 8}));
}
