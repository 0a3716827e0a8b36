// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/AudioRecorder.h"

#include <QAudioFormat>
#include <QByteArray>
#include <QPointer>

class QAudioSource;
class QIODevice;

namespace CodeGuru {

/// The default microphone through Qt Multimedia (PulseAudio or PipeWire on Linux, the native
/// audio elsewhere), recorded as 16 kHz mono 16-bit PCM, what Whisper models work at: a
/// minute is under 2 MB, far below the providers' 25 MB limit.
class QtAudioRecorder : public AudioRecorder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtAudioRecorder)

public:
    explicit QtAudioRecorder(QObject *parent = nullptr);
    ~QtAudioRecorder() override;

    void start() override;
    void stop() override;
    void cancel() override;
    bool isRecording() const override { return m_source != nullptr; }

private:
    void readAvailable();
    void onStateChanged();
    /// Appends `bytes` in the device's format as 16-bit mono (the first channel).
    void append(QByteArrayView bytes);
    /// What was recorded, as a WAV file.
    Recording take() const;
    void finish();
    void fail(const QString &message, bool keepWhatWasRecorded = false);
    void release();

    QAudioSource *m_source = nullptr;
    QPointer<QIODevice> m_io;
    QAudioFormat m_format;
    QByteArray m_pending; ///< a partial frame from the last read
    QByteArray m_samples;
    double m_loudest = 0.0;
    bool m_started = false;
};

} // namespace CodeGuru
