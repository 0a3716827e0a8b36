// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

namespace CodeGuru {

class SpeechEngine;

/// Reads an answer aloud one sentence at a time while the answer is still arriving, and falls
/// silent at once on stop(): Esc, the Stop button or a new question.
///
/// Each answer gets an id from beginAnswer(); sentences are enqueued under it. stop() and the
/// next beginAnswer() retire the id, so the rest of an answer that is still streaming in after
/// the person stopped it is dropped instead of starting to speak again.
class SpeechQueue : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechQueue)

public:
    /// `engine` must outlive the queue or be its sibling under a common parent.
    explicit SpeechQueue(SpeechEngine *engine, QObject *parent = nullptr);
    ~SpeechQueue() override;

    /// Silences the previous answer and returns the id for the next one's sentences.
    quint64 beginAnswer();
    /// Speaks `sentence` now if nothing is being said, else after what is queued. Ignored unless
    /// `answer` is the current answer.
    void enqueue(quint64 answer, const QString &sentence);
    /// No more sentences will come for `answer`: playing ends once the queue has been spoken.
    void finishAnswer(quint64 answer);
    /// Clears the queue and silences the engine at once; the current answer is retired.
    void stop();

    /// Whether an answer is being read aloud: from its first sentence until its last has been
    /// spoken (including pauses while the next sentence is still being generated) or stop().
    bool isPlaying() const { return m_playing; }
    /// The answer whose sentences are accepted, 0 when none.
    quint64 currentAnswer() const { return m_answer; }
    /// Sentences waiting behind the one being spoken.
    qsizetype queued() const { return m_queue.size(); }

Q_SIGNALS:
    void playingChanged(bool playing);
    /// `sentence` has just been handed to the engine (for highlighting or captions).
    void sentenceStarted(const QString &sentence);
    /// The engine could not speak; reading stopped. `message` is for people.
    void speechFailed(const QString &message);

private:
    void speakNext();
    void onUtteranceFinished(quint64 utterance);
    void onUtteranceFailed(quint64 utterance, const QString &message);
    void setPlaying(bool playing);

    QPointer<SpeechEngine> m_engine;
    QQueue<QString> m_queue;
    quint64 m_answer = 0;
    quint64 m_lastAnswer = 0;
    bool m_answerOpen = false; ///< more sentences may come for m_answer
    quint64 m_utterance = 0; ///< the id being spoken, 0 when the engine is idle
    quint64 m_lastUtterance = 0;
    bool m_playing = false;
};

} // namespace CodeGuru
