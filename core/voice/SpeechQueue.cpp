// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeechQueue.h"

#include "SpeechEngine.h"

namespace CodeGuru {

SpeechQueue::SpeechQueue(SpeechEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(engine, &SpeechEngine::utteranceFinished, this, &SpeechQueue::onUtteranceFinished);
    connect(engine, &SpeechEngine::utteranceFailed, this, &SpeechQueue::onUtteranceFailed);
}

SpeechQueue::~SpeechQueue()
{
    // Reading must not outlive the window that started it.
    if (m_utterance != 0 && m_engine)
        m_engine->stop();
}

quint64 SpeechQueue::beginAnswer()
{
    stop();
    m_answer = ++m_lastAnswer;
    m_answerOpen = true;
    return m_answer;
}

void SpeechQueue::enqueue(quint64 answer, const QString &sentence)
{
    if (answer == 0 || answer != m_answer || !m_answerOpen || sentence.trimmed().isEmpty())
        return;
    m_queue.enqueue(sentence);
    setPlaying(true);
    if (m_utterance == 0)
        speakNext();
}

void SpeechQueue::finishAnswer(quint64 answer)
{
    if (answer == 0 || answer != m_answer)
        return;
    m_answerOpen = false;
    if (m_utterance == 0 && m_queue.isEmpty()) {
        m_answer = 0;
        setPlaying(false);
    }
}

void SpeechQueue::stop()
{
    m_queue.clear();
    m_answer = 0;
    m_answerOpen = false;
    if (m_utterance != 0) {
        m_utterance = 0;
        if (m_engine)
            m_engine->stop();
    }
    setPlaying(false);
}

void SpeechQueue::speakNext()
{
    if (m_queue.isEmpty() || !m_engine)
        return;
    const QString sentence = m_queue.dequeue();
    m_utterance = ++m_lastUtterance;
    Q_EMIT sentenceStarted(sentence);
    m_engine->say(sentence, m_utterance);
}

void SpeechQueue::onUtteranceFinished(quint64 utterance)
{
    if (utterance == 0 || utterance != m_utterance)
        return; // cut short by stop(), or reported twice
    m_utterance = 0;
    if (!m_queue.isEmpty())
        speakNext();
    else if (!m_answerOpen)
        finishAnswer(m_answer);
}

void SpeechQueue::onUtteranceFailed(quint64 utterance, const QString &message)
{
    if (utterance == 0 || utterance != m_utterance)
        return;
    stop();
    Q_EMIT speechFailed(message);
}

void SpeechQueue::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

} // namespace CodeGuru
