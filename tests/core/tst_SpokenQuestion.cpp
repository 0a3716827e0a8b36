// SPDX-License-Identifier: GPL-3.0-or-later
// Push-to-talk from press to words: a scripted microphone, the real transcription client and
// the loopback provider.
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "config/Settings.h"
#include "net/NetworkGateway.h"
#include "provider/ChatClient.h"
#include "provider/ProviderResolver.h"
#include "secrets/InMemorySecretStore.h"
#include "voice/AudioRecorder.h"
#include "voice/SpokenQuestion.h"
#include "voice/TranscriptionClient.h"
#include "voice/WavFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>

using namespace CodeGuru;
using namespace CodeGuru::Testing;
using State = SpokenQuestion::State;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10'000;

/// A microphone that answers as a real one does (asynchronously), with a recording the test
/// chooses.
class ScriptedMicrophone : public AudioRecorder
{
public:
    void start() override
    {
        ++starts;
        recording_ = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!failure.isEmpty()) {
                    recording_ = false;
                    Q_EMIT failed(failure, Recording {});
                    return;
                }
                Q_EMIT started();
                Q_EMIT levelChanged(0.7);
            },
            Qt::QueuedConnection);
    }
    void stop() override
    {
        recording_ = false;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(next); }, Qt::QueuedConnection);
    }
    void cancel() override
    {
        recording_ = false;
        ++cancels;
    }
    bool isRecording() const override { return recording_; }
    /// The device goes away mid-recording, after `partial` was heard.
    void vanish(const Recording &partial)
    {
        recording_ = false;
        Q_EMIT failed(QStringLiteral("The microphone stopped delivering sound."), partial);
    }

    Recording next;
    QString failure;
    int starts = 0;
    int cancels = 0;

private:
    bool recording_ = false;
};

/// `seconds` of a tone at `amplitude` of full scale, as the recorder would deliver it.
Recording tone(double seconds, double amplitude)
{
    constexpr int kRate = 16000;
    constexpr double kPi = 3.14159265358979323846;
    const int count = int(seconds * kRate);
    QByteArray pcm(count * 2, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        qToLittleEndian(qint16(std::lround(amplitude * 32767 * std::sin(2 * kPi * 300 * i / kRate))),
                        pcm.data() + 2 * i);
    Recording recording;
    recording.wav = WavFile::encode({kRate, 1}, pcm);
    recording.duration = std::chrono::milliseconds(qint64(seconds * 1000));
    recording.loudest = amplitude / std::sqrt(2.0);
    return recording;
}

class SpokenQuestionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ProviderEndpoint endpoint;
        endpoint.displayName = QStringLiteral("Loopback");
        endpoint.baseUrl = server.baseUrl();
        endpoint.model = QStringLiteral("chat-model");
        chatEndpoint = endpoint;
        question.setChatEndpoint(chatEndpoint);
    }

    /// Holds the button while the microphone hears `recording`, then lets go.
    void speak(const Recording &recording)
    {
        microphone.next = recording;
        question.press();
        ASSERT_TRUE(QTest::qWaitFor([this] { return question.state() == State::Recording; }, kWaitMs));
        question.release();
    }

    bool waitFor(State state)
    {
        return QTest::qWaitFor([this, state] { return question.state() == state; }, kWaitMs);
    }

    QTemporaryDir dir;
    FakeProviderServer server;
    NetworkGateway gateway;
    ChatClient client {&gateway};
    InMemorySecretStore secrets;
    Settings settings {dir.filePath(QStringLiteral("codeguru.conf"))};
    ProviderResolver resolver {&settings, &secrets, &client, QProcessEnvironment()};
    TranscriptionClient transcriber {&gateway};
    ScriptedMicrophone microphone;
    SpokenQuestion question {&settings, &resolver, &transcriber, &microphone};
    std::optional<ProviderEndpoint> chatEndpoint;
};

} // namespace

TEST_F(SpokenQuestionTest, WhatIsSaidIsUploadedAndHeard)
{
    settings.setTranscriptionModel(QStringLiteral("whisper-large-v3-turbo"));
    server.enqueue(FakeResponse::transcription(QStringLiteral("load the file query_analysis.py")));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    QSignalSpy levels(&question, &SpokenQuestion::levelChanged);
    const Recording recording = tone(1.5, 0.3);
    speak(recording);
    ASSERT_TRUE(heard.wait(kWaitMs));
    EXPECT_EQ(heard.first().first().toString(), QStringLiteral("load the file query_analysis.py"));
    EXPECT_EQ(question.state(), State::Idle);
    EXPECT_FALSE(question.hasKeptRecording()) << "a transcribed recording is not kept";
    EXPECT_FALSE(levels.isEmpty()) << "the level meter moved";

    ASSERT_EQ(server.requestCount(), 1);
    const RecordedRequest request = server.requests().first();
    EXPECT_TRUE(request.isTranscription());
    const auto file = request.part("file");
    ASSERT_TRUE(file);
    EXPECT_EQ(file->body, recording.wav) << "the recording, byte for byte";
    EXPECT_EQ(file->contentType, QByteArray("audio/wav"));
    ASSERT_TRUE(request.part("model"));
    EXPECT_EQ(request.part("model")->body, QByteArray("whisper-large-v3-turbo"));
}

TEST_F(SpokenQuestionTest, ASilentRecordingIsKeptNotUploaded)
{
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    speak(tone(2.0, 0.0));
    ASSERT_TRUE(waitFor(State::Kept));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().first().toString().contains(QStringLiteral("silent")));
    EXPECT_TRUE(question.hasKeptRecording());
    EXPECT_EQ(server.requestCount(), 0) << "silence is not worth an upload";

    // The person insists: it goes anyway.
    server.enqueue(FakeResponse::transcription(QStringLiteral("whisper")));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    question.retry();
    ASSERT_TRUE(heard.wait(kWaitMs));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(SpokenQuestionTest, ATapIsNotAQuestion)
{
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    speak(tone(0.1, 0.5));
    ASSERT_TRUE(problems.wait(kWaitMs));
    EXPECT_EQ(question.state(), State::Idle);
    EXPECT_TRUE(problems.first().first().toString().contains(QStringLiteral("Hold")));
    EXPECT_FALSE(question.hasKeptRecording());
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(SpokenQuestionTest, LettingGoBeforeTheMicrophoneOpensStopsIt)
{
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    microphone.next = tone(0.05, 0.5);
    question.press();
    question.release(); // before started() came
    ASSERT_TRUE(problems.wait(kWaitMs));
    EXPECT_EQ(question.state(), State::Idle);
    EXPECT_FALSE(microphone.isRecording()) << "the microphone is not left open";
}

TEST_F(SpokenQuestionTest, AFailedUploadKeepsTheRecordingForRetry)
{
    server.enqueue(FakeResponse::error(500, QStringLiteral("overloaded")));
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    const Recording recording = tone(1.0, 0.3);
    speak(recording);
    ASSERT_TRUE(waitFor(State::Kept));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().first().toString().contains(QStringLiteral("kept")));
    EXPECT_EQ(question.keptRecording().wav, recording.wav);

    server.enqueue(FakeResponse::transcription(QStringLiteral("why does this fail")));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    question.retry();
    ASSERT_TRUE(heard.wait(kWaitMs));
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().last().part("file")->body, recording.wav) << "the same recording again";
}

TEST_F(SpokenQuestionTest, AProviderWithoutTheEndpointIsNamedAndTheRecordingKept)
{
    server.enqueue(FakeResponse::error(404, QStringLiteral("Not Found")));
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    speak(tone(1.0, 0.3));
    ASSERT_TRUE(waitFor(State::Kept));
    const QString message = problems.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("no speech-to-text endpoint"))) << message.toStdString();
    EXPECT_TRUE(question.hasKeptRecording());
    question.discard();
    EXPECT_EQ(question.state(), State::Idle);
    EXPECT_FALSE(question.hasKeptRecording());
}

TEST_F(SpokenQuestionTest, WithoutAnyProviderTheRecordingWaits)
{
    question.setChatEndpoint(std::nullopt);
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    speak(tone(1.0, 0.3));
    ASSERT_TRUE(waitFor(State::Kept));
    EXPECT_TRUE(problems.first().first().toString().contains(QStringLiteral("Settings")));
    EXPECT_EQ(server.requestCount(), 0);

    // Set up meanwhile: Retry sends what was said before.
    question.setChatEndpoint(chatEndpoint);
    server.enqueue(FakeResponse::transcription(QStringLiteral("explain the stack trace")));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    question.retry();
    ASSERT_TRUE(heard.wait(kWaitMs));
    EXPECT_EQ(heard.first().first().toString(), QStringLiteral("explain the stack trace"));
}

TEST_F(SpokenQuestionTest, TheTranscriptionProfileFromSettingsIsUsedWithItsKey)
{
    settings.saveProfile({QStringLiteral("speech"), QStringLiteral("custom"), server.baseUrl(), QString()});
    bool written = false;
    secrets.writeSecret(SecretStore::accountForProfile(QStringLiteral("speech")),
                        QStringLiteral("sk-speech-5150"), &secrets,
                        [&written](const SecretResult &) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&written] { return written; }, kWaitMs));
    settings.setTranscriptionProfile(QStringLiteral("speech"));
    question.setChatEndpoint(std::nullopt); // the chat's provider plays no part

    server.enqueue(FakeResponse::transcription(QStringLiteral("hello")));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    speak(tone(1.0, 0.3));
    ASSERT_TRUE(heard.wait(kWaitMs));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().header("authorization"), QByteArray("Bearer sk-speech-5150"));
}

TEST_F(SpokenQuestionTest, NoMicrophoneIsSaidAndNothingIsKept)
{
    microphone.failure = QStringLiteral("No microphone was found.");
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    question.press();
    ASSERT_TRUE(problems.wait(kWaitMs));
    EXPECT_EQ(problems.first().first().toString(), QStringLiteral("No microphone was found."));
    EXPECT_EQ(question.state(), State::Idle);
    question.release(); // letting go afterwards changes nothing
    EXPECT_EQ(question.state(), State::Idle);
}

TEST_F(SpokenQuestionTest, WordsSaidBeforeTheMicrophoneVanishedAreKept)
{
    QSignalSpy problems(&question, &SpokenQuestion::problem);
    question.press();
    ASSERT_TRUE(waitFor(State::Recording));
    const Recording partial = tone(1.0, 0.3);
    microphone.vanish(partial);
    EXPECT_EQ(question.state(), State::Kept);
    EXPECT_EQ(question.keptRecording().wav, partial.wav);
    ASSERT_EQ(problems.size(), 1);
    const QString message = problems.first().first().toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("The microphone stopped delivering sound.")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("kept")));
    EXPECT_EQ(server.requestCount(), 0) << "half a question is not sent by itself";

    // Nothing worth keeping: just the reason.
    question.discard();
    question.press();
    ASSERT_TRUE(waitFor(State::Recording));
    microphone.vanish(tone(1.0, 0.0));
    EXPECT_EQ(question.state(), State::Idle);
    EXPECT_FALSE(question.hasKeptRecording());
}

TEST_F(SpokenQuestionTest, EscWhileRecordingThrowsItAway)
{
    microphone.next = tone(1.0, 0.3);
    question.press();
    ASSERT_TRUE(waitFor(State::Recording));
    question.cancel();
    EXPECT_EQ(question.state(), State::Idle);
    EXPECT_EQ(microphone.cancels, 1);
    EXPECT_FALSE(question.hasKeptRecording());
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(SpokenQuestionTest, EscWhileTranscribingKeepsTheRecording)
{
    FakeResponse slow = FakeResponse::transcription(QStringLiteral("late"));
    slow.latencyMs = 5000;
    server.enqueue(slow);
    speak(tone(1.0, 0.3));
    ASSERT_TRUE(waitFor(State::Transcribing));
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requestCount() == 1; }, kWaitMs));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    question.cancel();
    ASSERT_TRUE(waitFor(State::Kept));
    EXPECT_TRUE(question.hasKeptRecording());
    EXPECT_TRUE(question.message().contains(QStringLiteral("Retry")));
    QTest::qWait(0);
    EXPECT_TRUE(heard.isEmpty());
}

TEST_F(SpokenQuestionTest, ANewPressReplacesAKeptRecording)
{
    server.enqueue(FakeResponse::error(500, QStringLiteral("overloaded")));
    speak(tone(1.0, 0.3));
    ASSERT_TRUE(waitFor(State::Kept));
    server.enqueue(FakeResponse::transcription(QStringLiteral("second try")));
    QSignalSpy heard(&question, &SpokenQuestion::heard);
    const Recording second = tone(1.2, 0.4);
    speak(second);
    ASSERT_TRUE(heard.wait(kWaitMs));
    EXPECT_EQ(server.requests().last().part("file")->body, second.wav);
}
