// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace CodeGuru {

/// Something that speaks one sentence at a time: QTextToSpeech in the application, a fake in
/// tests. Core never links Qt TextToSpeech; ui/ implements this over it.
///
/// Each say() carries an id that comes back with utteranceFinished() or utteranceFailed(), so a
/// late report about an utterance that stop() cut short (QTextToSpeech reports its state change
/// asynchronously) is recognisably stale and cannot start the next sentence early.
class SpeechEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechEngine)

public:
    enum class State { Ready, Speaking, Error };
    Q_ENUM(State)

    using QObject::QObject;
    ~SpeechEngine() override = default;

    /// Starts speaking `sentence` at once, interrupting anything still being said.
    virtual void say(const QString &sentence, quint64 utterance) = 0;
    /// Falls silent at once. An engine need not report the interrupted utterance as finished.
    virtual void stop() = 0;
    virtual State state() const = 0;

Q_SIGNALS:
    /// The utterance `utterance` was spoken to its end.
    void utteranceFinished(quint64 utterance);
    /// The utterance could not be spoken (no speech service, no voice); `message` is for people.
    void utteranceFailed(quint64 utterance, const QString &message);
};

} // namespace CodeGuru
