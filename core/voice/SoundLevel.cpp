// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoundLevel.h"

#include <QtEndian>

#include <cmath>

namespace CodeGuru {

namespace {
constexpr double kFloorDb = -60.0;
} // namespace

double SoundLevel::rms(QByteArrayView samples)
{
    const qsizetype count = samples.size() / 2;
    if (count == 0)
        return 0.0;
    double sum = 0.0;
    for (qsizetype i = 0; i < count; ++i) {
        const double value = qFromLittleEndian<qint16>(samples.data() + 2 * i) / 32768.0;
        sum += value * value;
    }
    return std::sqrt(sum / double(count));
}

double SoundLevel::meterPosition(double rms)
{
    if (rms <= 0.0)
        return 0.0;
    const double db = 20.0 * std::log10(rms);
    return qBound(0.0, (db - kFloorDb) / -kFloorDb, 1.0);
}

} // namespace CodeGuru
