// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an answer aloud sentence by sentence, and falling silent at once: the queue over an
// engine the test finishes utterances of by hand, so nothing here waits or sleeps.
#include "FakeSpeechEngine.h"
#include "i18n/TranslationLoader.h"
#include "voice/AnswerSpeaker.h"
#include "voice/SpeechQueue.h"

#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <utility>

using namespace CodeGuru;
using CodeGuru::Testing::FakeSpeechEngine;

namespace {

QList<bool> playingSequence(const QSignalSpy &spy)
{
    QList<bool> sequence;
    for (const QList<QVariant> &arguments : spy)
        sequence << arguments.at(0).toBool();
    return sequence;
}

class SpeechQueueTest : public ::testing::Test
{
protected:
    FakeSpeechEngine m_engine;
    SpeechQueue m_queue {&m_engine};
    QSignalSpy m_playing {&m_queue, &SpeechQueue::playingChanged};
};

TEST_F(SpeechQueueTest, SpeaksOneSentenceAtATimeInOrder)
{
    const quint64 answer = m_queue.beginAnswer();
    m_queue.enqueue(answer, QStringLiteral("One."));
    m_queue.enqueue(answer, QStringLiteral("Two."));
    m_queue.enqueue(answer, QStringLiteral("Three."));
    EXPECT_EQ(m_engine.spoken, QStringList {QStringLiteral("One.")});
    EXPECT_EQ(m_queue.queued(), 2);

    m_engine.finishUtterance();
    EXPECT_EQ(m_engine.spoken, (QStringList {QStringLiteral("One."), QStringLiteral("Two.")}));
    m_engine.finishUtterance();
    m_engine.finishUtterance();
    EXPECT_EQ(m_engine.spoken,
              (QStringList {QStringLiteral("One."), QStringLiteral("Two."), QStringLiteral("Three.")}));
    EXPECT_EQ(m_engine.stops, 0);
}

TEST_F(SpeechQueueTest, PlaysFromTheFirstSentenceUntilTheLastOfAFinishedAnswer)
{
    const quint64 answer = m_queue.beginAnswer();
    EXPECT_FALSE(m_queue.isPlaying());
    m_queue.enqueue(answer, QStringLiteral("First sentence."));
    EXPECT_TRUE(m_queue.isPlaying());

    // Said, but the model is still writing: a pause, not the end.
    m_engine.finishUtterance();
    EXPECT_TRUE(m_queue.isPlaying());
    m_queue.enqueue(answer, QStringLiteral("Second sentence."));
    EXPECT_EQ(m_engine.spoken.size(), 2);

    m_queue.finishAnswer(answer);
    EXPECT_TRUE(m_queue.isPlaying());
    m_engine.finishUtterance();
    EXPECT_FALSE(m_queue.isPlaying());
    EXPECT_EQ(playingSequence(m_playing), (QList<bool> {true, false}));
}

TEST_F(SpeechQueueTest, StopClearsTheQueueAndSilencesTheEngineAtOnce)
{
    const quint64 answer = m_queue.beginAnswer();
    m_queue.enqueue(answer, QStringLiteral("One."));
    m_queue.enqueue(answer, QStringLiteral("Two."));
    const quint64 cut = m_engine.current();

    m_queue.stop();
    EXPECT_EQ(m_engine.stops, 1);
    EXPECT_EQ(m_queue.queued(), 0);
    EXPECT_FALSE(m_queue.isPlaying());
    EXPECT_EQ(playingSequence(m_playing), (QList<bool> {true, false}));

    // A backend that still reports the interrupted utterance must not start "Two.".
    Q_EMIT m_engine.utteranceFinished(cut);
    EXPECT_EQ(m_engine.spoken, QStringList {QStringLiteral("One.")});
    EXPECT_FALSE(m_queue.isPlaying());
}

TEST_F(SpeechQueueTest, IgnoresTheRestOfAStoppedAnswer)
{
    const quint64 answer = m_queue.beginAnswer();
    m_queue.enqueue(answer, QStringLiteral("One."));
    m_queue.stop();

    m_queue.enqueue(answer, QStringLiteral("A late sentence."));
    m_queue.finishAnswer(answer);
    EXPECT_EQ(m_engine.spoken, QStringList {QStringLiteral("One.")});
    EXPECT_FALSE(m_queue.isPlaying());
    EXPECT_EQ(playingSequence(m_playing), (QList<bool> {true, false}));
}

TEST_F(SpeechQueueTest, ANewAnswerSilencesTheOldOneAndStartsFresh)
{
    const quint64 first = m_queue.beginAnswer();
    m_queue.enqueue(first, QStringLiteral("Old one."));
    m_queue.enqueue(first, QStringLiteral("Old two."));
    const quint64 cut = m_engine.current();

    const quint64 second = m_queue.beginAnswer();
    EXPECT_NE(second, first);
    EXPECT_EQ(m_engine.stops, 1);
    m_queue.enqueue(first, QStringLiteral("Old three."));
    EXPECT_EQ(m_engine.spoken, QStringList {QStringLiteral("Old one.")});

    m_queue.enqueue(second, QStringLiteral("New one."));
    m_queue.enqueue(second, QStringLiteral("New two."));
    Q_EMIT m_engine.utteranceFinished(cut); // stale: "New one." is still being said
    EXPECT_EQ(m_engine.spoken, (QStringList {QStringLiteral("Old one."), QStringLiteral("New one.")}));
    m_engine.finishUtterance();
    EXPECT_EQ(m_engine.spoken.last(), QStringLiteral("New two."));
    EXPECT_EQ(playingSequence(m_playing), (QList<bool> {true, false, true}));
}

TEST_F(SpeechQueueTest, StopsAndReportsWhenTheEngineFails)
{
    QSignalSpy failed(&m_queue, &SpeechQueue::speechFailed);
    const quint64 answer = m_queue.beginAnswer();
    m_queue.enqueue(answer, QStringLiteral("One."));
    m_queue.enqueue(answer, QStringLiteral("Two."));
    Q_EMIT m_engine.utteranceFailed(m_engine.current(), QStringLiteral("No speech service"));
    EXPECT_FALSE(m_queue.isPlaying());
    EXPECT_EQ(m_queue.queued(), 0);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(), QStringLiteral("No speech service"));
}

TEST_F(SpeechQueueTest, AnEmptyAnswerNeverPlays)
{
    const quint64 answer = m_queue.beginAnswer();
    m_queue.enqueue(answer, QStringLiteral("  "));
    m_queue.finishAnswer(answer);
    EXPECT_TRUE(m_engine.spoken.isEmpty());
    EXPECT_EQ(m_playing.size(), 0);
}

class AnswerSpeakerTest : public SpeechQueueTest
{
protected:
    void SetUp() override { m_loader.install(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    TranslationLoader m_loader;
    AnswerSpeaker m_speaker {&m_queue};
};

TEST_F(AnswerSpeakerTest, StartsSpeakingAtTheFirstCompleteSentence)
{
    m_speaker.start();
    m_speaker.append(u"There are multiple ways to run the chains");
    EXPECT_TRUE(m_engine.spoken.isEmpty());
    m_speaker.append(u" concurrently. Some popular options ");
    EXPECT_EQ(m_engine.spoken,
              QStringList {QStringLiteral("There are multiple ways to run the chains concurrently.")});

    m_speaker.append(u"include threads.\n\n```python\nimport threading\n```\n");
    m_speaker.finish();
    m_engine.finishUtterance();
    m_engine.finishUtterance();
    EXPECT_EQ(m_engine.spoken.mid(1),
              (QStringList {QStringLiteral("Some popular options include threads."),
                            QStringLiteral("A Python code block of 1 line.")}));
    EXPECT_TRUE(m_queue.isPlaying());
    m_engine.finishUtterance();
    EXPECT_FALSE(m_queue.isPlaying());
}

TEST_F(AnswerSpeakerTest, StaysSilentForTheRestOfAStoppedAnswer)
{
    m_speaker.start();
    m_speaker.append(u"First sentence. Second ");
    m_queue.stop(); // Esc while the answer is still streaming
    m_speaker.append(u"sentence. Third sentence. ");
    m_speaker.finish();
    EXPECT_EQ(m_engine.spoken, QStringList {QStringLiteral("First sentence.")});
    EXPECT_FALSE(m_queue.isPlaying());

    // The next question's answer is read again.
    m_speaker.start();
    m_speaker.append(u"New answer. ");
    EXPECT_EQ(m_engine.spoken.last(), QStringLiteral("New answer."));
}

} // namespace
