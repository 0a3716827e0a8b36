// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceController.h"

#include "QtAudioRecorder.h"
#include "QtSpeechEngine.h"
#include "config/Settings.h"
#include "hotkey/KeyChord.h"
#include "voice/AnswerSpeaker.h"
#include "voice/SpeechQueue.h"
#include "voice/SpokenQuestion.h"
#include "voice/TranscriptionClient.h"

#include <QKeySequence>

#include <utility>

namespace CodeGuru {

VoiceController::VoiceController(Settings *settings, ProviderResolver *resolver, NetworkGateway *gateway,
                                 SpeechEngine *engine, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_transcriber(new TranscriptionClient(gateway, this))
    , m_windowQuestion(new SpokenQuestion(settings, resolver, m_transcriber, new QtAudioRecorder(this), this))
    , m_quickQuestion(new SpokenQuestion(settings, resolver, m_transcriber, new QtAudioRecorder(this), this))
    , m_borrowedEngine(engine)
{
    readPushToTalkShortcut();
}

VoiceController::~VoiceController() = default;

void VoiceController::ensureSpeech()
{
    // Made for the first answer read aloud, not at start-up: a speech engine loads plugins and
    // connects to speech-dispatcher, which nobody who keeps reading aloud off should pay for.
    if (m_queue)
        return;
    m_engineName = m_settings->speechEngine();
    SpeechEngine *engine = m_borrowedEngine;
    if (!engine)
        engine = m_ownedEngine = new QtSpeechEngine(m_engineName, this);
    m_queue = new SpeechQueue(engine, this);
    connect(m_queue, &SpeechQueue::speechFailed, this, &VoiceController::speechFailed);
    connect(m_queue, &SpeechQueue::playingChanged, this, &VoiceController::readingChanged);
    m_speaker = std::make_unique<AnswerSpeaker>(m_queue);
}

void VoiceController::dropSpeech()
{
    m_reading = false;
    m_speaker.reset();
    delete std::exchange(m_queue, nullptr);
    delete std::exchange(m_ownedEngine, nullptr);
}

void VoiceController::readPushToTalkShortcut()
{
    // The same rules as for the Quick Ask shortcut: one chord that leaves typing alone.
    std::optional<KeyChord> chord = KeyChord::fromPortableText(m_settings->pushToTalkShortcut());
    if (!chord)
        chord = KeyChord::fromPortableText(Settings::defaultPushToTalkShortcut());
    m_pushToTalkKey = chord->key();
    m_pushToTalkModifiers = chord->modifiers();
    const QString text = QKeySequence(QKeyCombination(m_pushToTalkModifiers, m_pushToTalkKey))
                             .toString(QKeySequence::NativeText);
    m_windowQuestion->setShortcutText(text);
    m_quickQuestion->setShortcutText(text);
}

void VoiceController::setChatEndpoint(const std::optional<ProviderEndpoint> &endpoint)
{
    m_windowQuestion->setChatEndpoint(endpoint);
    m_quickQuestion->setChatEndpoint(endpoint);
}

void VoiceController::applySettings()
{
    if (m_queue && !m_borrowedEngine && m_settings->speechEngine() != m_engineName) {
        m_queue->stop();
        dropSpeech(); // the next answer read aloud makes one with the new engine
    }
    if (!m_settings->readAnswersAloud())
        silence();
    readPushToTalkShortcut();
}

void VoiceController::answerStarted()
{
    m_reading = m_settings->readAnswersAloud();
    if (m_reading)
        ensureSpeech();
    // Whatever was being read falls silent either way: a new question was asked.
    if (m_speaker)
        m_speaker->start();
}

void VoiceController::answerReceived(QStringView delta)
{
    if (m_reading)
        m_speaker->append(delta);
}

void VoiceController::answerFinished()
{
    if (m_reading)
        m_speaker->finish();
    m_reading = false;
}

bool VoiceController::isReading() const
{
    return m_queue && m_queue->isPlaying();
}

void VoiceController::silence()
{
    if (m_queue)
        m_queue->stop();
    m_reading = false;
}

} // namespace CodeGuru
