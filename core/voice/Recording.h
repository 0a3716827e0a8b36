// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

#include <chrono>

namespace CodeGuru {

/// What the microphone heard between press and release, ready to upload.
struct Recording
{
    QByteArray wav; ///< a complete WAV file (16-bit PCM)
    std::chrono::milliseconds duration {0};
    /// The loudest moment, as the RMS of one buffer (0…1 of full scale): tells a recording of
    /// speech from one of a muted or disconnected microphone.
    double loudest = 0.0;

    bool isEmpty() const { return wav.isEmpty(); }
};

} // namespace CodeGuru

Q_DECLARE_METATYPE(CodeGuru::Recording)
