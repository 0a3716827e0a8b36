// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Recording.h"
#include "provider/ProviderEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

namespace CodeGuru {

class AudioRecorder;
class ProviderResolver;
class Settings;
class TranscriptionClient;
class TranscriptionReply;
struct TranscriptionResult;

/// Push-to-talk, from the press to the words: records while the button or shortcut is held,
/// checks that something was heard, has the transcription provider (Settings, else the chat's)
/// turn it into text, and hands the text on. When anything goes wrong after the microphone
/// heard something (silence, no provider, a failed upload) the recording is kept until the
/// person retries or discards it; a new press records afresh.
class SpokenQuestion : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpokenQuestion)

public:
    enum class State {
        Idle,
        Starting, ///< pressed; the microphone is opening
        Recording,
        Transcribing,
        Kept, ///< a recording waits for retry() or discard(); message() says why
    };
    Q_ENUM(State)

    /// Shorter than this between press and release is a tap, not a question.
    static constexpr std::chrono::milliseconds kShortest {300};

    /// None is owned; all must outlive this object.
    SpokenQuestion(Settings *settings, ProviderResolver *resolver, TranscriptionClient *transcriber,
                   AudioRecorder *recorder, QObject *parent = nullptr);
    ~SpokenQuestion() override;

    /// The provider that answers the chat: it transcribes unless Settings name another one.
    void setChatEndpoint(const std::optional<ProviderEndpoint> &endpoint) { m_chatEndpoint = endpoint; }

    /// How the push-to-talk keys are written on this desktop ("Ctrl+Shift+Space"), for messages.
    void setShortcutText(const QString &text);
    QString shortcutText() const { return m_shortcutText; }

    State state() const { return m_state; }
    /// Why the recording is kept, or the last problem; empty when there was none.
    QString message() const { return m_message; }
    bool hasKeptRecording() const { return !m_recording.isEmpty(); }
    const Recording &keptRecording() const { return m_recording; }

public Q_SLOTS:
    /// The button or shortcut went down: start recording (a kept recording is replaced).
    void press();
    /// It came up: stop recording and transcribe.
    void release();
    /// Transcribe the kept recording again (also one that seemed silent).
    void retry();
    /// Throw the kept recording away.
    void discard();
    /// Esc: stop recording and throw it away, or stop transcribing and keep the recording.
    void cancel();

Q_SIGNALS:
    void stateChanged(CodeGuru::SpokenQuestion::State state);
    void shortcutTextChanged();
    /// While recording: where a level meter stands, 0…1.
    void levelChanged(double position);
    /// The words of the question.
    void heard(const QString &text);
    /// Something went wrong; `message` is for people, and state() says whether a recording is kept.
    void problem(const QString &message);

private:
    void onStarted();
    void onRecorded(const Recording &recording);
    void onRecorderFailed(const QString &message, const Recording &partial);
    void transcribe();
    void upload(const ProviderEndpoint &endpoint);
    void onTranscribed(const TranscriptionResult &result);
    void keep(const QString &message);
    /// Esc while transcribing: the recording waits.
    void keepStopped();
    void setState(State state);

    Settings *m_settings;
    ProviderResolver *m_resolver;
    TranscriptionClient *m_transcriber;
    AudioRecorder *m_recorder;
    std::optional<ProviderEndpoint> m_chatEndpoint;
    State m_state = State::Idle;
    bool m_releasedEarly = false; ///< let go before the microphone was open
    Recording m_recording;
    QString m_message;
    QString m_shortcutText;
    quint64 m_attempt = 0; ///< ignores a provider resolution that a cancel() overtook
    QPointer<TranscriptionReply> m_reply;
};

} // namespace CodeGuru
