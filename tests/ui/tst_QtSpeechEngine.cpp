// SPDX-License-Identifier: GPL-3.0-or-later
// Reading aloud through the real Qt TextToSpeech Flite engine into a real sound server: the
// private PulseAudio of scripts/with-audio.sh, whose default sink is a null sink whose monitor
// can be recorded. Utterances are told apart only by what the engine reports, so these check
// that a stopped or interrupted sentence is never taken for the end of the next one.
#include "voice/QtSpeechEngine.h"
#include "voice/SpeechQueue.h"
#include "voice/WavFile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

using namespace CodeGuru;

namespace {

constexpr int kSentenceTimeoutMs = 15000;

const QString kEngine = QStringLiteral("flite");

// Qt 6.4's Flite engine fails some sentences with "Audio streaming error." every time (among
// them "One." and "Can you hear me?"): these are ones it speaks.
const QString kLongSentence = QStringLiteral(
    "This is a long sentence that goes on for quite a while, so that there is plenty of time to "
    "interrupt it in the middle, long before the engine could ever reach its end by itself.");

/// The QTextToSpeech inside `engine`: its own state, not the one QtSpeechEngine derives, tells
/// when speaking has really started or stopped. Read through the meta-object so the test needs
/// no Qt TextToSpeech headers.
QObject *speechObject(QtSpeechEngine &engine)
{
    const QList<QObject *> children = engine.findChildren<QObject *>();
    for (QObject *child : children) {
        if (qstrcmp(child->metaObject()->className(), "QTextToSpeech") == 0)
            return child;
    }
    return nullptr;
}

/// QTextToSpeech::State: 0 Ready, 1 Speaking.
int speechState(QtSpeechEngine &engine)
{
    QObject *speech = speechObject(engine);
    return speech ? speech->property("state").toInt() : -1;
}

QList<quint64> utterances(const QSignalSpy &spy)
{
    QList<quint64> ids;
    for (const QList<QVariant> &arguments : spy)
        ids << arguments.at(0).toULongLong();
    return ids;
}

QString failures(const QSignalSpy &spy)
{
    QStringList messages;
    for (const QList<QVariant> &arguments : spy)
        messages << arguments.at(1).toString();
    return messages.join(QLatin1Char('\n'));
}

/// Tests that need the virtual speaker: they fail, not skip, outside it, as a voice feature
/// that silently never ran its tests would go unnoticed.
class QtSpeechEngineAudio : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("CODEGURU_TEST_SPEAKER"))
            << "no virtual speaker: run the tests under scripts/with-audio.sh (./scripts/dev.sh test "
               "does)";
        ASSERT_TRUE(QtSpeechEngine::availableEngines().contains(kEngine))
            << "the Flite text-to-speech engine is missing (qt6-speech-flite-plugin); found: "
            << QtSpeechEngine::availableEngines().join(QStringLiteral(", ")).toStdString();
    }
};

TEST_F(QtSpeechEngineAudio, ReportsTheEndOfASentenceOnce)
{
    QtSpeechEngine engine(kEngine);
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);
    QSignalSpy failed(&engine, &SpeechEngine::utteranceFailed);

    engine.say(QStringLiteral("Hello there."), 7);
    EXPECT_EQ(engine.state(), SpeechEngine::State::Speaking);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kSentenceTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failures(failed).toStdString();
    EXPECT_EQ(engine.state(), SpeechEngine::State::Ready);

    // Anything reported twice would already be queued.
    QTest::qWait(300);
    EXPECT_EQ(utterances(finished), QList<quint64> {7});
    EXPECT_EQ(engine.state(), SpeechEngine::State::Ready);
}

TEST_F(QtSpeechEngineAudio, DefaultEngineIsOneThatSpeaks)
{
    // Qt's default, speech-dispatcher, cannot start without its service (none runs here): the
    // engine falls back to Flite rather than failing every answer.
    QtSpeechEngine engine;
    EXPECT_NE(engine.state(), SpeechEngine::State::Error) << engine.engineName().toStdString();
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);
    QSignalSpy failed(&engine, &SpeechEngine::utteranceFailed);

    engine.say(QStringLiteral("Hi."), 1);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kSentenceTimeoutMs));
    EXPECT_TRUE(failed.isEmpty()) << engine.engineName().toStdString() << ": "
                                  << failures(failed).toStdString();
}

TEST_F(QtSpeechEngineAudio, StoppedSentenceIsNeverReportedFinished)
{
    QtSpeechEngine engine(kEngine);
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);
    QSignalSpy failed(&engine, &SpeechEngine::utteranceFailed);

    engine.say(kLongSentence, 8);
    ASSERT_TRUE(QTest::qWaitFor([&] { return speechState(engine) == 1; }, kSentenceTimeoutMs))
        << "the engine never started speaking";
    engine.stop();
    EXPECT_EQ(engine.state(), SpeechEngine::State::Ready);
    // The engine's own report that it stopped comes later; it must not finish utterance 8.
    ASSERT_TRUE(QTest::qWaitFor([&] { return speechState(engine) == 0; }, kSentenceTimeoutMs));
    QTest::qWait(300);
    EXPECT_TRUE(finished.isEmpty()) << "reported finished: " << utterances(finished).size();
    EXPECT_TRUE(failed.isEmpty()) << failures(failed).toStdString();

    engine.say(QStringLiteral("And now something short."), 9);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kSentenceTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failures(failed).toStdString();
    EXPECT_EQ(utterances(finished), QList<quint64> {9});
}

TEST_F(QtSpeechEngineAudio, InterruptedSentenceIsNotTakenForTheNextOnesEnd)
{
    QtSpeechEngine engine(kEngine);
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);
    QSignalSpy failed(&engine, &SpeechEngine::utteranceFailed);

    engine.say(kLongSentence, 10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return speechState(engine) == 1; }, kSentenceTimeoutMs));
    // The engine reports Ready for the cut-short sentence after this say() has returned.
    engine.say(QStringLiteral("Short."), 11);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kSentenceTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failures(failed).toStdString();
    EXPECT_EQ(utterances(finished), QList<quint64> {11});
    EXPECT_EQ(speechState(engine), 0) << "reported finished while the engine was still speaking";

    // Two sentences handed over at once, before the engine has started either.
    engine.say(kLongSentence, 12);
    engine.say(QStringLiteral("Shorter."), 13);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return finished.size() > 1 || !failed.isEmpty(); }, kSentenceTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failures(failed).toStdString();
    EXPECT_EQ(utterances(finished), (QList<quint64> {11, 13}));
    EXPECT_EQ(speechState(engine), 0);
}

TEST_F(QtSpeechEngineAudio, EmptySentenceFinishesLaterWithoutSpeaking)
{
    QtSpeechEngine engine(kEngine);
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);

    engine.say(QStringLiteral("  "), 14);
    EXPECT_TRUE(finished.isEmpty()) << "reported from inside say()";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kSentenceTimeoutMs));
    EXPECT_EQ(utterances(finished), QList<quint64> {14});
    EXPECT_EQ(speechState(engine), 0);
}

/// What a SpeechQueue over the real engine did with one answer of `sentences`.
struct ReadAloud
{
    QStringList started;
    QList<bool> playing;
    QString failure;
};

ReadAloud readAloud(const QStringList &sentences)
{
    QtSpeechEngine engine(kEngine);
    SpeechQueue queue(&engine);
    ReadAloud result;
    QObject::connect(&queue, &SpeechQueue::sentenceStarted, &queue,
                     [&result](const QString &sentence) { result.started << sentence; });
    QObject::connect(&queue, &SpeechQueue::playingChanged, &queue,
                     [&result](bool playing) { result.playing << playing; });
    QObject::connect(&queue, &SpeechQueue::speechFailed, &queue,
                     [&result](const QString &message) { result.failure = message; });
    const quint64 answer = queue.beginAnswer();
    for (const QString &sentence : sentences)
        queue.enqueue(answer, sentence);
    queue.finishAnswer(answer);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !queue.isPlaying() || !result.failure.isEmpty(); },
                                int(sentences.size()) * kSentenceTimeoutMs));
    return result;
}

TEST_F(QtSpeechEngineAudio, SpeechQueueReadsAnAnswerSentenceBySentence)
{
    const QStringList sentences {QStringLiteral("Hello there."), QStringLiteral("Two."),
                                 QStringLiteral("Short.")};
    const ReadAloud read = readAloud(sentences);
    ASSERT_TRUE(read.failure.isEmpty()) << read.failure.toStdString();
    EXPECT_EQ(read.started, sentences);
    EXPECT_EQ(read.playing, (QList<bool> {true, false}));
}

TEST_F(QtSpeechEngineAudio, ASentenceTheEngineBreaksOffIsSkippedNotTheEndOfReading)
{
    // "One." is one of the sentences Flite in Qt 6.4 breaks off with "Audio streaming error.".
    const ReadAloud read =
        readAloud({QStringLiteral("Hello there."), QStringLiteral("One."), QStringLiteral("Short.")});
    EXPECT_TRUE(read.failure.isEmpty()) << read.failure.toStdString();
    EXPECT_EQ(read.started.size(), 3) << "the answer was read to its end";
}

/// The largest absolute 16-bit sample in a WAV file, -1 when it has no data chunk.
int loudestSample(const QByteArray &wav)
{
    // parecord, stopped by a signal, may leave the chunk size unset: WavFile reads to the end.
    const auto parsed = WavFile::parse(wav);
    if (!parsed)
        return -1;
    int loudest = 0;
    for (qsizetype at = 0; at + 1 < parsed->samples.size(); at += 2)
        loudest = std::max(loudest, std::abs(int(qFromLittleEndian<qint16>(parsed->samples.data() + at))));
    return loudest;
}

TEST_F(QtSpeechEngineAudio, SoundReachesTheSpeaker)
{
    const QString parecord = QStandardPaths::findExecutable(QStringLiteral("parecord"));
    ASSERT_FALSE(parecord.isEmpty()) << "parecord is needed (pulseaudio-utils)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("speaker.wav"));

    QProcess recorder;
    recorder.start(parecord,
                   {QStringLiteral("--device=%1.monitor").arg(qEnvironmentVariable("CODEGURU_TEST_SPEAKER")),
                    QStringLiteral("--file-format=wav"), file});
    ASSERT_TRUE(recorder.waitForStarted(10000)) << recorder.errorString().toStdString();
    // Samples (silence) arrive once the stream is connected: from then on nothing played is missed.
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo(file).size() > 4096; }, 10000))
        << recorder.readAllStandardError().toStdString();

    QtSpeechEngine engine(kEngine);
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);
    QSignalSpy failed(&engine, &SpeechEngine::utteranceFailed);
    engine.say(QStringLiteral("Hello there."), 15);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kSentenceTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failures(failed).toStdString();

    recorder.terminate();
    ASSERT_TRUE(recorder.waitForFinished(10000));
    QFile wav(file);
    ASSERT_TRUE(wav.open(QIODevice::ReadOnly));
    // Silence on a null sink's monitor is exact zeros; speech is far louder than dither.
    EXPECT_GT(loudestSample(wav.readAll()), 1000) << "nothing audible was played to the speaker";
}

TEST(QtSpeechEngine, UnknownEngineFailsEachUtteranceLater)
{
    QtSpeechEngine engine(QStringLiteral("no-such-engine"));
    QSignalSpy finished(&engine, &SpeechEngine::utteranceFinished);
    QSignalSpy failed(&engine, &SpeechEngine::utteranceFailed);
    EXPECT_EQ(engine.state(), SpeechEngine::State::Error);
    EXPECT_FALSE(QtSpeechEngine::availableEngines().contains(QStringLiteral("no-such-engine")));

    engine.say(QStringLiteral("Hello."), 5);
    EXPECT_TRUE(failed.isEmpty()) << "reported from inside say()";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 5000));
    EXPECT_EQ(failed.at(0).at(0).toULongLong(), 5u);
    const QString message = failed.at(0).at(1).toString();
    EXPECT_FALSE(message.isEmpty());
    if (!QtSpeechEngine::availableEngines().isEmpty()) { // else it says none is installed
        EXPECT_TRUE(message.contains(QStringLiteral("no-such-engine"))) << message.toStdString();
    }
    EXPECT_TRUE(finished.isEmpty());

    // A stopped utterance is not reported at all, not even as failed.
    engine.say(QStringLiteral("Hello again."), 6);
    engine.stop();
    QTest::qWait(100);
    EXPECT_EQ(failed.size(), 1);
}

} // namespace
