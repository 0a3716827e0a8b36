// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provider/ProviderEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QStringView>

#include <memory>
#include <optional>

namespace CodeGuru {

class AnswerSpeaker;
class NetworkGateway;
class ProviderResolver;
class Settings;
class SpeechEngine;
class SpeechQueue;
class SpokenQuestion;
class TranscriptionClient;

/// Everything voice for the window and Quick Ask: a microphone and a SpokenQuestion for each,
/// and one voice that reads answers aloud (Settings → Voice), sentence by sentence as they
/// stream in, silenced by Esc, Stop or the next question.
class VoiceController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceController)

public:
    /// `engine` speaks (not owned; tests pass a fake); null makes a QtSpeechEngine with the
    /// engine Settings name when the first answer is read aloud, again when that setting changes.
    VoiceController(Settings *settings, ProviderResolver *resolver, NetworkGateway *gateway,
                    SpeechEngine *engine, QObject *parent = nullptr);
    ~VoiceController() override;

    SpokenQuestion *windowQuestion() const { return m_windowQuestion; }
    SpokenQuestion *quickQuestion() const { return m_quickQuestion; }
    /// The queue reading answers aloud; null until the first answer is read.
    SpeechQueue *speech() const { return m_queue; }

    /// The chat's provider, which transcribes unless Settings name another.
    void setChatEndpoint(const std::optional<ProviderEndpoint> &endpoint);
    /// Settings changed: a new speech engine is used from the next answer on, a new
    /// push-to-talk shortcut at once.
    void applySettings();

    /// An answer starts streaming (also regenerated): the previous one falls silent, and
    /// with "read answers aloud" on this one is read.
    void answerStarted();
    void answerReceived(QStringView delta);
    void answerFinished();
    /// Esc, Stop: stop reading aloud at once.
    void silence();
    /// Whether an answer is being read aloud.
    bool isReading() const;

    /// The key held to speak (Settings, else Ctrl+Shift+Space when what is stored is unusable).
    Qt::Key pushToTalkKey() const { return m_pushToTalkKey; }
    Qt::KeyboardModifiers pushToTalkModifiers() const { return m_pushToTalkModifiers; }

Q_SIGNALS:
    /// Reading aloud failed (no speech engine); `message` is for people.
    void speechFailed(const QString &message);
    void readingChanged(bool reading);

private:
    void ensureSpeech();
    void dropSpeech();
    void readPushToTalkShortcut();

    Settings *m_settings;
    TranscriptionClient *m_transcriber;
    SpokenQuestion *m_windowQuestion;
    SpokenQuestion *m_quickQuestion;
    QPointer<SpeechEngine> m_borrowedEngine;
    SpeechEngine *m_ownedEngine = nullptr;
    QString m_engineName;
    SpeechQueue *m_queue = nullptr;
    std::unique_ptr<AnswerSpeaker> m_speaker;
    bool m_reading = false; ///< the answer streaming now is being read
    Qt::Key m_pushToTalkKey = Qt::Key_Space;
    Qt::KeyboardModifiers m_pushToTalkModifiers = Qt::ControlModifier | Qt::ShiftModifier;
};

} // namespace CodeGuru
