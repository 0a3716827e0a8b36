// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtSpeechEngine.h"

#include <QTextToSpeech>

#include <utility>

namespace CodeGuru {

namespace {
constexpr int kMostBrokenInARow = 4;

SpeechEngine::State toState(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Speaking:
    case QTextToSpeech::Paused:
        return SpeechEngine::State::Speaking;
    case QTextToSpeech::Error:
        return SpeechEngine::State::Error;
    case QTextToSpeech::Ready:
        break;
    }
    return SpeechEngine::State::Ready;
}
} // namespace

QtSpeechEngine::QtSpeechEngine(const QString &engineName, QObject *parent)
    : SpeechEngine(parent)
    , m_engineName(engineName)
{
    // An unknown name or a missing speech service leaves the engine in its Error state rather
    // than failing here; say() reports that for each utterance.
    m_speech = engineName.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engineName, this);
    if (engineName.isEmpty() && m_speech->state() == QTextToSpeech::Error) {
        // Qt prefers speech-dispatcher, which fails at once where its service is not installed
        // or not running, though Flite, needing none, would speak.
        const QString failedEngine = m_speech->engine();
        const QStringList engines = availableEngines();
        for (const QString &other : engines) {
            if (other == failedEngine)
                continue;
            auto *candidate = new QTextToSpeech(other, this);
            if (candidate->state() != QTextToSpeech::Error) {
                delete std::exchange(m_speech, candidate);
                break;
            }
            delete candidate;
        }
    }
    m_seen = toState(m_speech->state());
    connect(m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onStateChanged(toState(state)); });
    connect(m_speech, &QTextToSpeech::errorOccurred, this, [this] {
        if (m_currentSay != 0 || m_seen == State::Speaking)
            onBrokenOff();
        else
            reportLater(m_current, Outcome::Failed);
    });
}

QString QtSpeechEngine::engineName() const
{
    return m_speech->engine();
}

QStringList QtSpeechEngine::availableEngines()
{
    return QTextToSpeech::availableEngines();
}

void QtSpeechEngine::say(const QString &sentence, quint64 utterance)
{
    m_current = utterance;
    m_currentSay = 0;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        reportLater(utterance, Outcome::Failed, reason);
        return;
    }
    if (sentence.trimmed().isEmpty()) {
        // The engine says nothing and reports nothing for no text; what was being said still
        // has to fall silent.
        if (m_seen == State::Speaking || m_started != m_issued)
            m_speech->stop();
        reportLater(utterance, Outcome::Finished);
        return;
    }
    // Counted before the call: an engine may report Speaking from inside say().
    m_currentSay = ++m_issued;
    // QTextToSpeech::say() interrupts what is being said by itself.
    m_speech->say(sentence);
}

void QtSpeechEngine::stop()
{
    // Forgotten first: the Ready that stopping causes arrives later and must not be taken for
    // the end of this utterance.
    m_current = 0;
    m_currentSay = 0;
    m_speech->stop();
}

SpeechEngine::State QtSpeechEngine::state() const
{
    if (m_speech->state() == QTextToSpeech::Error)
        return State::Error;
    return m_current != 0 ? State::Speaking : State::Ready;
}

void QtSpeechEngine::onStateChanged(State state)
{
    const State previous = std::exchange(m_seen, state);
    switch (state) {
    case State::Speaking:
        if (previous != State::Speaking)
            m_started = qMin(m_started + 1, m_issued); // never ahead of the say() calls
        break;
    case State::Ready:
        // The end of the say() that the latest Speaking report belongs to; an earlier one's end
        // (cut short by the current say()) is not the current utterance's.
        if (previous == State::Speaking && m_current != 0 && m_currentSay != 0 && m_started == m_currentSay) {
            m_currentSay = 0;
            m_brokenInARow = 0;
            Q_EMIT utteranceFinished(std::exchange(m_current, 0));
        }
        break;
    case State::Error:
        m_started = m_issued; // nothing the engine was asked to say survives its error
        if (previous == State::Speaking || m_currentSay != 0)
            onBrokenOff();
        else
            reportLater(m_current, Outcome::Failed);
        break;
    }
}

void QtSpeechEngine::onBrokenOff()
{
    // Qt 6.4's Flite engine breaks off some sentences ("Audio streaming error.", more of them
    // on a busy machine) and is ready again at once: such a sentence is skipped rather than the
    // rest of the answer. Only when sentence after sentence breaks off is the sound output
    // really gone. The engine reports one break twice (errorOccurred and the Error state).
    if (m_current == 0 || m_brokenUtterance == m_current)
        return;
    m_brokenUtterance = m_current;
    if (++m_brokenInARow < kMostBrokenInARow) {
        reportLater(m_current, Outcome::Finished);
        return;
    }
    m_brokenInARow = 0;
    reportLater(m_current, Outcome::Failed);
}

void QtSpeechEngine::reportLater(quint64 utterance, Outcome outcome, const QString &message)
{
    if (utterance == 0)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, utterance, outcome, message] {
            if (utterance != m_current)
                return; // stopped, replaced or already reported
            m_current = 0;
            m_currentSay = 0;
            if (outcome == Outcome::Finished)
                Q_EMIT utteranceFinished(utterance);
            else
                Q_EMIT utteranceFailed(utterance, message.isEmpty() ? engineErrorMessage() : message);
        },
        Qt::QueuedConnection);
}

QString QtSpeechEngine::unavailableReason() const
{
    if (m_speech->state() != QTextToSpeech::Error)
        return QString();
    const QStringList engines = availableEngines();
    if (engines.isEmpty())
        return tr("Answers cannot be read aloud: no text-to-speech engine is installed. Install "
                  "speech-dispatcher or Flite.");
    if (!m_engineName.isEmpty() && !engines.contains(m_engineName))
        return tr("The text-to-speech engine “%1” is not available.").arg(m_engineName);
    return engineErrorMessage();
}

QString QtSpeechEngine::engineErrorMessage() const
{
    const QString error = m_speech->errorString();
    if (error.isEmpty())
        return tr("Answers cannot be read aloud: the text-to-speech engine stopped working.");
    return tr("Answers cannot be read aloud: the text-to-speech engine reported “%1”.").arg(error);
}

} // namespace CodeGuru
