// SPDX-License-Identifier: GPL-3.0-or-later
// `codeguru-cli ask --audio`: a real spoken recording (espeak-ng) is uploaded for transcription,
// and the words heard are routed and answered exactly as a typed question would be.
#include "CliRunner.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "config/Settings.h"
#include "voice/SoundLevel.h"
#include "voice/WavFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

const QString kSpoken = QStringLiteral("load the file query underscore analysis dot py and explain it");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Root mean square of a RIFF/WAVE file's 16-bit PCM samples, 0…1; -1 when it is not one.
double pcmLoudness(const QByteArray &wav)
{
    const auto parsed = WavFile::parse(wav);
    return parsed ? SoundLevel::rms(parsed->samples) : -1;
}

class CliAudio : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(workspace.isValid());
        QFile source(workspace.filePath(QStringLiteral("query_analysis.py")));
        ASSERT_TRUE(source.open(QIODevice::WriteOnly));
        source.write("def prep_input(query):\n    return query.strip()\n");
    }

    /// Speaks `text` into a WAV file in the workspace, as a microphone would have recorded it.
    QString speak(const QString &text)
    {
        const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
        if (espeak.isEmpty()) {
            ADD_FAILURE() << "espeak-ng is not installed (./scripts/dev.sh installs it)";
            return {};
        }
        const QString path = workspace.filePath(QStringLiteral("question.wav"));
        QProcess process;
        process.start(espeak, {QStringLiteral("-w"), path, text});
        EXPECT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return path;
    }

    /// The transcription endpoint answers `heard` (a test server cannot recognise speech),
    /// load-file's classifier names the spoken file, the answer streams.
    void serveWithTranscription(const QString &heard)
    {
        server.setHandler([heard](const RecordedRequest &request) {
            if (request.isTranscription())
                return FakeResponse::transcription(heard);
            if (request.isStreamed())
                return FakeResponse::streamOf({QStringLiteral("It strips "), QStringLiteral("the query.")});
            return FakeResponse::completion(request.lastMessageText().contains(QStringLiteral("file name"))
                                                ? QStringLiteral("<query underscore analysis dot py>")
                                                : QStringLiteral("<No>"));
        });
    }

    QStringList askAudio(const QString &audio, const QStringList &extra = {}) const
    {
        return QStringList {
                   QStringLiteral("ask"),     QStringLiteral("--base-url"), server.baseUrl().toString(),
                   QStringLiteral("--model"), QStringLiteral("big"),        QStringLiteral("--workspace"),
                   workspace.path(),          QStringLiteral("--audio"),    audio}
        + extra;
    }

    QList<RecordedRequest> transcriptions() const
    {
        QList<RecordedRequest> found;
        for (const RecordedRequest &request : server.requests()) {
            if (request.isTranscription())
                found.append(request);
        }
        return found;
    }

    bool anyChatRequest() const
    {
        const QList<RecordedRequest> all = server.requests();
        return std::any_of(all.cbegin(), all.cend(),
                           [](const RecordedRequest &request) { return !request.isTranscription(); });
    }

    FakeProviderServer server;
    QTemporaryDir workspace;
    CliRunner cli;
};

TEST_F(CliAudio, TheSpokenQuestionIsTranscribedRoutedAndAnswered)
{
    const QString wavPath = speak(kSpoken);
    ASSERT_FALSE(wavPath.isEmpty());
    const QByteArray wav = readFile(wavPath);
    ASSERT_GT(wav.size(), 10000);
    ASSERT_GT(pcmLoudness(wav), SoundLevel::kSpeechThreshold)
        << "espeak-ng wrote a RIFF/WAVE file with audible speech";
    serveWithTranscription(kSpoken);

    const auto result = cli.run(askAudio(
        wavPath, {QStringLiteral("--transcription-model"), QStringLiteral("whisper-large-v3-turbo")}));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(QStringLiteral("Heard: ") + kSpoken))
        << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("It strips the query."));

    // The upload: exactly the recording espeak-ng made, and the model asked for.
    const QList<RecordedRequest> uploads = transcriptions();
    ASSERT_EQ(uploads.size(), 1);
    EXPECT_EQ(uploads.first().path, QByteArray("/v1/audio/transcriptions"));
    const auto file = uploads.first().part("file");
    ASSERT_TRUE(file);
    EXPECT_TRUE(file->body == wav) << "uploaded " << file->body.size() << " bytes of " << wav.size();
    EXPECT_EQ(file->fileName, QByteArray("question.wav"));
    EXPECT_EQ(file->contentType, QByteArray("audio/wav"));
    const auto model = uploads.first().part("model");
    ASSERT_TRUE(model);
    EXPECT_EQ(model->body, QByteArray("whisper-large-v3-turbo"));
    EXPECT_TRUE(server.requests().first().isTranscription()) << "routing needs the words first";

    // Routing saw the words unchanged: load-file found query_analysis.py in the workspace.
    const QList<RecordedRequest> all = server.requests();
    const auto main =
        std::find_if(all.cbegin(), all.cend(), [](const RecordedRequest &r) { return r.isStreamed(); });
    ASSERT_NE(main, all.cend());
    const QString sent = main->lastMessageText();
    EXPECT_TRUE(sent.contains(
        QStringLiteral("<context source=\"file\" name=\"query_analysis.py\">\ndef prep_input(query):")))
        << sent.toStdString();
    EXPECT_TRUE(sent.endsWith(kSpoken)) << sent.toStdString();
    EXPECT_EQ(main->json().value(QStringLiteral("model")).toString(), QStringLiteral("big"));
    EXPECT_EQ(readFile(wavPath), wav) << "the recording is the person's file: untouched";
}

TEST_F(CliAudio, AProviderWithoutTheEndpointIsSaidAndTheRecordingIsKept)
{
    const QString wavPath = speak(kSpoken);
    ASSERT_FALSE(wavPath.isEmpty());
    const QByteArray wav = readFile(wavPath);
    server.setHandler([](const RecordedRequest &request) {
        if (request.isTranscription())
            return FakeResponse::error(404, QStringLiteral("404 page not found"));
        return FakeResponse::streamOf({QStringLiteral("must not be asked")});
    });

    const auto result = cli.run(askAudio(wavPath));
    EXPECT_EQ(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    EXPECT_TRUE(err.contains(QStringLiteral("has no speech-to-text endpoint"))) << err.toStdString();
    EXPECT_TRUE(err.contains(server.baseUrl().toString() + QStringLiteral("/audio/transcriptions")));
    EXPECT_TRUE(err.contains(QStringLiteral("The recording is unchanged at ") + wavPath))
        << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Heard:")));
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_FALSE(anyChatRequest()) << "nothing is asked without the words";
    ASSERT_EQ(transcriptions().size(), 1);
    const auto model = transcriptions().first().part("model");
    ASSERT_TRUE(model);
    EXPECT_EQ(model->body, QByteArray("whisper-1")) << "a custom server gets the common model name";
    EXPECT_EQ(readFile(wavPath), wav);
}

TEST_F(CliAudio, SilenceIsNotAskedAbout)
{
    const QString wavPath = speak(QStringLiteral(" "));
    ASSERT_FALSE(wavPath.isEmpty());
    serveWithTranscription(QString());
    const auto result = cli.run(askAudio(wavPath));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("No speech was recognised")) << result.err.toStdString();
    EXPECT_FALSE(anyChatRequest());
    EXPECT_TRUE(QFile::exists(wavPath));
}

TEST_F(CliAudio, ARecordingThatCannotBeReadIsSaidBeforeAnythingIsSent)
{
    const QString missing = workspace.filePath(QStringLiteral("nothing-here.wav"));
    auto result = cli.run(askAudio(missing));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("does not exist")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(missing.toUtf8()));

    QFile empty(workspace.filePath(QStringLiteral("empty.wav")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    result = cli.run(askAudio(empty.fileName()));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("is empty")) << result.err.toStdString();

    result = cli.run(askAudio(workspace.path()));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("is a folder")) << result.err.toStdString();

    result = cli.run(askAudio(workspace.filePath(QStringLiteral("query_analysis.py")),
                              {QStringLiteral("and a typed question")}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("either a question or --audio")) << result.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(CliAudio, StdinCanCarryTheRecording)
{
    const QString wavPath = speak(kSpoken);
    ASSERT_FALSE(wavPath.isEmpty());
    const QByteArray wav = readFile(wavPath);
    serveWithTranscription(kSpoken);
    const auto result = cli.run(askAudio(QStringLiteral("-")), wav);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_EQ(transcriptions().size(), 1);
    const auto file = transcriptions().first().part("file");
    ASSERT_TRUE(file);
    EXPECT_TRUE(file->body == wav);
    EXPECT_EQ(file->fileName, QByteArray("recording.wav"));
    const QList<RecordedRequest> all = server.requests();
    const auto main =
        std::find_if(all.cbegin(), all.cend(), [](const RecordedRequest &r) { return r.isStreamed(); });
    ASSERT_NE(main, all.cend());
    EXPECT_FALSE(main->lastMessageText().contains(QStringLiteral("RIFF"))) << "the audio is no text context";
}

TEST_F(CliAudio, TheTranscriptionProfileFromTheSettingsTranscribes)
{
    FakeProviderServer speechServer;
    ASSERT_TRUE(speechServer.listen());
    speechServer.setHandler([](const RecordedRequest &request) {
        return request.isTranscription() ? FakeResponse::transcription(kSpoken)
                                         : FakeResponse::error(500, QStringLiteral("chat went to speech"));
    });
    {
        Settings settings(cli.homePath() + QStringLiteral("/config/CodeGuru/codeguru.ini"));
        settings.saveProfile({QStringLiteral("speech"), QStringLiteral("custom"), speechServer.baseUrl(),
                              QStringLiteral("chat-model-of-speech")});
        settings.setTranscriptionProfile(QStringLiteral("speech"));
        settings.setTranscriptionModel(QStringLiteral("local-whisper"));
        settings.sync();
    }
    const QString wavPath = speak(kSpoken);
    ASSERT_FALSE(wavPath.isEmpty());
    serveWithTranscription(QStringLiteral("wrong server"));

    const auto result = cli.run(askAudio(wavPath));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(QStringLiteral("Heard: ") + kSpoken))
        << result.err.toStdString();
    EXPECT_TRUE(transcriptions().isEmpty()) << "the chat's provider does not transcribe";
    ASSERT_EQ(speechServer.requestCount(), 1);
    const auto model = speechServer.requests().first().part("model");
    ASSERT_TRUE(model);
    EXPECT_EQ(model->body, QByteArray("local-whisper"));
    EXPECT_EQ(result.out, QByteArray("It strips the query."));
}

} // namespace
