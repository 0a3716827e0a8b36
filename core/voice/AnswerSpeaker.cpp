// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerSpeaker.h"

#include "SpeechQueue.h"

namespace CodeGuru {

AnswerSpeaker::AnswerSpeaker(SpeechQueue *queue)
    : m_queue(queue)
{ }

void AnswerSpeaker::start()
{
    m_stream.reset();
    m_answer = m_queue ? m_queue->beginAnswer() : 0;
}

void AnswerSpeaker::append(QStringView chunk)
{
    // Once the person stopped this answer there is nothing to read; skip the Markdown work.
    if (!m_queue || m_queue->currentAnswer() != m_answer)
        return;
    for (const QString &sentence : m_stream.append(chunk))
        m_queue->enqueue(m_answer, sentence);
}

void AnswerSpeaker::finish()
{
    if (!m_queue || m_queue->currentAnswer() != m_answer) {
        m_stream.reset();
        return;
    }
    for (const QString &sentence : m_stream.finish())
        m_queue->enqueue(m_answer, sentence);
    m_queue->finishAnswer(m_answer);
}

} // namespace CodeGuru
