// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recording.h"

#include <QObject>
#include <QString>

namespace CodeGuru {

/// The microphone: Qt Multimedia in the application (ui/voice/QtAudioRecorder), a fake or a
/// file in tests. Core never links Qt Multimedia (it needs Qt Gui); ui/ implements this.
///
/// start() is answered by started() or failed(); while recording, levelChanged() comes several
/// times a second; stop() is answered by finished() with what was heard (or failed()), cancel()
/// by nothing at all. A microphone that vanishes while recording ends it with failed().
class AudioRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioRecorder)

public:
    using QObject::QObject;
    ~AudioRecorder() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    /// Stops and throws away what was recorded.
    virtual void cancel() = 0;
    virtual bool isRecording() const = 0;

Q_SIGNALS:
    void started();
    /// Where a level meter stands, 0…1 (SoundLevel::meterPosition).
    void levelChanged(double position);
    void finished(const CodeGuru::Recording &recording);
    /// No microphone, access refused, the device vanished; `message` is for people. What was
    /// recorded before the device vanished comes along in `partial` (empty otherwise).
    void failed(const QString &message, const CodeGuru::Recording &partial);
};

} // namespace CodeGuru
