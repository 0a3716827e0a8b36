// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/SoundLevel.h"

#include <QByteArray>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>

using namespace CodeGuru;

namespace {
QByteArray sine(double amplitude, int count = 16000)
{
    constexpr double kPi = 3.14159265358979323846;
    QByteArray out(count * 2, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        qToLittleEndian(qint16(std::lround(amplitude * 32767 * std::sin(2 * kPi * 440 * i / 16000.0))),
                        out.data() + 2 * i);
    return out;
}
} // namespace

TEST(SoundLevel, RmsOfKnownSignals)
{
    EXPECT_EQ(SoundLevel::rms(QByteArray()), 0.0);
    EXPECT_EQ(SoundLevel::rms(QByteArray(3200, '\0')), 0.0);
    EXPECT_NEAR(SoundLevel::rms(sine(1.0)), 1.0 / std::sqrt(2.0), 0.001);
    EXPECT_NEAR(SoundLevel::rms(sine(0.1)), 0.1 / std::sqrt(2.0), 0.001);
    QByteArray square;
    for (int i = 0; i < 100; ++i) {
        char bytes[2];
        qToLittleEndian(qint16(i % 2 ? 32767 : -32768), bytes);
        square.append(bytes, 2);
    }
    EXPECT_NEAR(SoundLevel::rms(square), 1.0, 0.001);
    EXPECT_EQ(SoundLevel::rms(QByteArray(1, '\x7f')), 0.0) << "half a sample is no sample";
}

TEST(SoundLevel, MeterIsLinearInDecibels)
{
    EXPECT_EQ(SoundLevel::meterPosition(0.0), 0.0);
    EXPECT_EQ(SoundLevel::meterPosition(0.0001), 0.0) << "−80 dBFS is below the meter";
    EXPECT_NEAR(SoundLevel::meterPosition(0.001), 0.0, 1e-9) << "−60 dBFS";
    EXPECT_NEAR(SoundLevel::meterPosition(std::pow(10.0, -30.0 / 20.0)), 0.5, 1e-9) << "−30 dBFS";
    EXPECT_NEAR(SoundLevel::meterPosition(1.0), 1.0, 1e-9);
    EXPECT_EQ(SoundLevel::meterPosition(2.0), 1.0);
}

TEST(SoundLevel, SpeechIsAboveTheThresholdAndRoomNoiseBelow)
{
    EXPECT_GT(SoundLevel::rms(sine(0.03)), SoundLevel::kSpeechThreshold) << "quiet speech, −33 dBFS peak";
    EXPECT_LT(SoundLevel::rms(sine(0.001)), SoundLevel::kSpeechThreshold) << "a quiet room, −60 dBFS";
}
