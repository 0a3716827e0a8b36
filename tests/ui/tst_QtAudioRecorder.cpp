// SPDX-License-Identifier: GPL-3.0-or-later
// The real microphone path: Qt Multimedia recording from the private sound server's virtual
// microphone, which hears speech made by espeak-ng.
#include "VirtualMicrophone.h"
#include "voice/QtAudioRecorder.h"
#include "voice/SoundLevel.h"
#include "voice/WavFile.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {
constexpr int kWaitMs = 10'000;

Recording lastRecording(const QSignalSpy &spy)
{
    return spy.last().first().value<Recording>();
}
} // namespace

TEST(QtAudioRecorder, RecordsWhatTheMicrophoneHears)
{
    VirtualMicrophone microphone;
    const QString question =
        microphone.speech(QStringLiteral("load the file query underscore analysis dot py"));
    QFile file(question);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto spoken = WavFile::parse(file.readAll());
    ASSERT_TRUE(spoken);
    const double spokenSeconds = double(spoken->samples.size()) / 2 / spoken->format.sampleRate;

    QtAudioRecorder recorder;
    QSignalSpy started(&recorder, &AudioRecorder::started);
    QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
    QSignalSpy finished(&recorder, &AudioRecorder::finished);
    QSignalSpy failed(&recorder, &AudioRecorder::failed);
    recorder.start();
    ASSERT_TRUE(started.wait(kWaitMs))
        << (failed.isEmpty() ? std::string() : failed.first().first().toString().toStdString());
    EXPECT_TRUE(recorder.isRecording());
    ASSERT_TRUE(VirtualMicrophone::play(question));
    recorder.stop();
    ASSERT_TRUE(finished.size() == 1 || finished.wait(kWaitMs));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_FALSE(recorder.isRecording());

    const Recording recording = lastRecording(finished);
    const auto parsed = WavFile::parse(recording.wav);
    ASSERT_TRUE(parsed) << "a WAV file every speech-to-text server reads";
    EXPECT_EQ(parsed->format.sampleRate, 16000);
    EXPECT_EQ(parsed->format.channels, 1);
    EXPECT_GE(recording.duration.count(), qint64(spokenSeconds * 1000 * 0.9))
        << "all of the question, " << spokenSeconds << " s";
    EXPECT_GT(recording.loudest, SoundLevel::kSpeechThreshold * 10) << "speech, not silence";

    double highest = 0.0;
    for (const QList<QVariant> &arguments : levels)
        highest = qMax(highest, arguments.first().toDouble());
    EXPECT_GT(levels.size(), 5) << "the meter moves several times a second";
    EXPECT_GT(highest, 0.5) << "and shows speech high up";
}

TEST(QtAudioRecorder, SilenceIsRecordedAsSilence)
{
    VirtualMicrophone::feed();
    QtAudioRecorder recorder;
    QSignalSpy started(&recorder, &AudioRecorder::started);
    QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
    QSignalSpy finished(&recorder, &AudioRecorder::finished);
    recorder.start();
    ASSERT_TRUE(started.wait(kWaitMs));
    // Some buffers of nothing, however long the sound server takes to deliver them.
    ASSERT_TRUE(QTest::qWaitFor([&levels] { return levels.size() >= 4; }, kWaitMs));
    recorder.stop();
    ASSERT_TRUE(finished.size() == 1 || finished.wait(kWaitMs));
    const Recording recording = lastRecording(finished);
    EXPECT_GT(recording.duration.count(), 0);
    EXPECT_LT(recording.loudest, SoundLevel::kSpeechThreshold);
}

TEST(QtAudioRecorder, CancelLeavesNothingBehind)
{
    VirtualMicrophone::feed();
    QtAudioRecorder recorder;
    QSignalSpy started(&recorder, &AudioRecorder::started);
    QSignalSpy finished(&recorder, &AudioRecorder::finished);
    QSignalSpy failed(&recorder, &AudioRecorder::failed);
    recorder.start();
    ASSERT_TRUE(started.wait(kWaitMs));
    recorder.cancel();
    EXPECT_FALSE(recorder.isRecording());
    // A second recorder can open the microphone at once: the first let go of it.
    QtAudioRecorder second;
    QSignalSpy secondStarted(&second, &AudioRecorder::started);
    second.start();
    ASSERT_TRUE(secondStarted.wait(kWaitMs));
    second.cancel();
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
}
