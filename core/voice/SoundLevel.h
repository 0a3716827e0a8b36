// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace CodeGuru {

/// How loud a stretch of 16-bit samples is: for the level meter while recording, and to tell a
/// recording of speech from one of a muted microphone.
class SoundLevel
{
public:
    /// Quieter than this (about −46 dBFS) throughout, a recording holds no speech: a muted or
    /// unplugged microphone gives zeros, a live one in a quiet room stays near −60 dBFS, and
    /// speech at arm's length reaches −30 dBFS or more.
    static constexpr double kSpeechThreshold = 0.005;

    /// The root mean square of little-endian 16-bit samples, 0…1 of full scale.
    static double rms(QByteArrayView samples);
    /// Where a level meter shows `rms`: 0 at −60 dBFS and below, 1 at full scale, linear in
    /// decibels as ears (and every mixer) expect.
    static double meterPosition(double rms);
};

} // namespace CodeGuru
