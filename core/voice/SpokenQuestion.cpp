// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpokenQuestion.h"

#include "AudioRecorder.h"
#include "SoundLevel.h"
#include "TranscriptionClient.h"
#include "TranscriptionReply.h"
#include "TranscriptionResult.h"
#include "config/Settings.h"
#include "provider/ProviderResolver.h"

namespace CodeGuru {

SpokenQuestion::SpokenQuestion(Settings *settings, ProviderResolver *resolver,
                               TranscriptionClient *transcriber, AudioRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_resolver(resolver)
    , m_transcriber(transcriber)
    , m_recorder(recorder)
    , m_shortcutText(Settings::defaultPushToTalkShortcut())
{
    connect(m_recorder, &AudioRecorder::started, this, &SpokenQuestion::onStarted);
    connect(m_recorder, &AudioRecorder::levelChanged, this, [this](double position) {
        if (m_state == State::Recording)
            Q_EMIT levelChanged(position);
    });
    connect(m_recorder, &AudioRecorder::finished, this, &SpokenQuestion::onRecorded);
    connect(m_recorder, &AudioRecorder::failed, this, &SpokenQuestion::onRecorderFailed);
}

SpokenQuestion::~SpokenQuestion()
{
    if (m_reply)
        m_reply->cancel();
}

void SpokenQuestion::setShortcutText(const QString &text)
{
    if (text == m_shortcutText)
        return;
    m_shortcutText = text;
    Q_EMIT shortcutTextChanged();
}

void SpokenQuestion::press()
{
    if (m_state == State::Starting || m_state == State::Recording || m_state == State::Transcribing)
        return;
    m_recording = {};
    m_message.clear();
    m_releasedEarly = false;
    setState(State::Starting);
    m_recorder->start();
}

void SpokenQuestion::release()
{
    if (m_state == State::Starting)
        m_releasedEarly = true; // stopped as soon as it has started; comes out as too short
    else if (m_state == State::Recording)
        m_recorder->stop();
}

void SpokenQuestion::onStarted()
{
    if (m_state != State::Starting)
        return;
    setState(State::Recording);
    if (m_releasedEarly)
        m_recorder->stop();
}

void SpokenQuestion::onRecorded(const Recording &recording)
{
    if (m_state != State::Recording)
        return;
    if (recording.duration < kShortest || recording.isEmpty()) {
        m_message = tr("That was too short to hear a question. Hold the microphone button (or %1) "
                       "while you speak, and let go when you are done.")
                        .arg(m_shortcutText);
        setState(State::Idle);
        Q_EMIT problem(m_message);
        return;
    }
    m_recording = recording;
    if (recording.loudest < SoundLevel::kSpeechThreshold) {
        keep(tr("Nothing was heard: the recording is silent. Check that the microphone is connected "
                "and not muted, then record again — or press Retry to send it anyway."));
        return;
    }
    transcribe();
}

void SpokenQuestion::onRecorderFailed(const QString &message, const Recording &partial)
{
    if (m_state != State::Starting && m_state != State::Recording)
        return;
    if (partial.duration >= kShortest && partial.loudest >= SoundLevel::kSpeechThreshold) {
        // Words were said before the microphone went: they are not thrown away.
        m_recording = partial;
        keep(tr("%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.")
                 .arg(message));
        return;
    }
    m_message = message;
    setState(State::Idle);
    Q_EMIT problem(message);
}

void SpokenQuestion::retry()
{
    if (m_state != State::Kept || m_recording.isEmpty())
        return;
    transcribe();
}

void SpokenQuestion::discard()
{
    if (m_state != State::Kept)
        return;
    m_recording = {};
    m_message.clear();
    setState(State::Idle);
}

void SpokenQuestion::cancel()
{
    switch (m_state) {
    case State::Starting:
    case State::Recording:
        m_recorder->cancel();
        m_recording = {};
        m_message.clear();
        setState(State::Idle);
        break;
    case State::Transcribing:
        ++m_attempt;
        if (m_reply)
            m_reply->cancel(); // finishes at once; onTranscribed keeps the recording
        else
            keepStopped();
        break;
    case State::Idle:
    case State::Kept:
        break;
    }
}

void SpokenQuestion::transcribe()
{
    m_message.clear();
    setState(State::Transcribing);
    const QString profile = m_settings->transcriptionProfile();
    if (profile.isEmpty()) {
        if (!m_chatEndpoint) {
            keep(tr("No provider is set up to turn speech into text. Add one in Settings → Providers "
                    "(or choose one in Settings → Voice), then press Retry."));
            return;
        }
        upload(*m_chatEndpoint);
        return;
    }
    ProviderChoice choice;
    choice.profile = profile;
    choice.needsModel = false; // the profile's model answers chats; transcription has its own
    const quint64 attempt = ++m_attempt;
    m_resolver->resolve(choice, this, [this, attempt](const ResolvedProvider &resolved) {
        if (attempt != m_attempt || m_state != State::Transcribing)
            return;
        if (!resolved.ok()) {
            keep(resolved.errorMessage);
            return;
        }
        upload(*resolved.endpoint);
    });
}

void SpokenQuestion::upload(const ProviderEndpoint &endpoint)
{
    TranscriptionRequest request;
    request.audio = m_recording.wav;
    request.model = m_settings->transcriptionModel();
    m_reply = m_transcriber->transcribe(endpoint, std::move(request));
    connect(m_reply, &TranscriptionReply::finished, this, &SpokenQuestion::onTranscribed);
}

void SpokenQuestion::onTranscribed(const TranscriptionResult &result)
{
    m_reply = nullptr;
    if (result.ok()) {
        m_recording = {};
        setState(State::Idle);
        Q_EMIT heard(result.text);
        return;
    }
    if (result.error.kind == ProviderError::Kind::Cancelled) {
        keepStopped();
        return;
    }
    keep(tr("The recording could not be turned into text. %1 The recording is kept: press Retry, "
            "or Discard.")
             .arg(result.userMessage()));
}

void SpokenQuestion::keepStopped()
{
    keep(tr("Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard."));
}

void SpokenQuestion::keep(const QString &message)
{
    m_message = message;
    setState(State::Kept);
    Q_EMIT problem(message);
}

void SpokenQuestion::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace CodeGuru
