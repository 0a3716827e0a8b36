// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpeakableStream.h"

#include <QPointer>
#include <QStringView>

namespace CodeGuru {

class SpeechQueue;

/// Reads one streaming answer aloud: feeds its text to a SpeakableStream and the sentences that
/// complete to a SpeechQueue, under the answer's own id, so that once the queue is stopped the
/// rest of this answer stays silent.
class AnswerSpeaker
{
public:
    /// `queue` must outlive the speaker or be guarded by its parent; a deleted queue is skipped.
    explicit AnswerSpeaker(SpeechQueue *queue);

    /// A new answer begins: whatever was being read is silenced.
    void start();
    /// The next piece of the answer's Markdown.
    void append(QStringView chunk);
    /// The answer is complete; its last sentence is queued.
    void finish();

private:
    QPointer<SpeechQueue> m_queue;
    SpeakableStream m_stream;
    quint64 m_answer = 0;
};

} // namespace CodeGuru
