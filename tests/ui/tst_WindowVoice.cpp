// SPDX-License-Identifier: GPL-3.0-or-later
// Voice in the window: push-to-talk records from the virtual microphone (scripts/with-audio.sh)
// and fills the composer with what the loopback provider transcribed; answers are read aloud
// sentence by sentence while they stream, and Esc silences them.
#include "FakeSpeechEngine.h"
#include "MainWindowFixture.h"
#include "VirtualMicrophone.h"
#include "quickask/QuickAskWindow.h"
#include "voice/LevelMeter.h"
#include "voice/PushToTalkButton.h"
#include "voice/SoundLevel.h"
#include "voice/SpeechQueue.h"
#include "voice/SpokenQuestion.h"
#include "voice/VoiceController.h"
#include "voice/VoiceStrip.h"
#include "voice/WavFile.h"

#include <QDir>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>

using namespace CodeGuru;
using namespace CodeGuru::Testing;
using State = SpokenQuestion::State;

namespace {

constexpr int kWaitMs = 10'000;
const QString kSpoken = QStringLiteral("load the file query underscore analysis dot py and explain it");

class WindowVoiceTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        heard = kSpoken;
    }

    SpokenQuestion *question() const { return window->voice()->windowQuestion(); }

    bool waitFor(State state) const
    {
        return QTest::qWaitFor([this, state] { return question()->state() == state; }, kWaitMs);
    }

    std::optional<RecordedRequest> transcription() const
    {
        for (const RecordedRequest &request : server.requests()) {
            if (request.isTranscription())
                return request;
        }
        return std::nullopt;
    }

    /// What was uploaded: a WAV file of the question as the microphone heard it.
    void expectSpeechUploaded() const
    {
        const auto request = transcription();
        ASSERT_TRUE(request);
        const auto file = request->part("file");
        ASSERT_TRUE(file);
        const auto wav = WavFile::parse(file->body);
        ASSERT_TRUE(wav) << "a WAV file";
        EXPECT_GT(double(wav->samples.size()) / 2 / wav->format.sampleRate, 1.5) << "seconds of speech";
        EXPECT_GT(SoundLevel::rms(wav->samples), SoundLevel::kSpeechThreshold) << "not silence";
    }

    VirtualMicrophone microphone;
};

} // namespace

TEST_F(WindowVoiceTest, HoldingTheMicrophoneButtonFillsTheComposer)
{
    openWindow();
    const QString wav = microphone.speech(kSpoken);
    type(QStringLiteral("Please:"));
    PushToTalkButton *button = window->pushToTalkButton();
    ASSERT_TRUE(button && button->isVisible());
    EXPECT_FALSE(window->voiceStrip()->isVisible()) << "nothing to show before speaking";

    QTest::mousePress(button, Qt::LeftButton);
    ASSERT_TRUE(waitFor(State::Recording));
    EXPECT_TRUE(window->voiceStrip()->isVisible());
    EXPECT_TRUE(window->voiceStrip()->levelMeter()->isVisible());
    double loudest = 0.0;
    QObject::connect(question(), &SpokenQuestion::levelChanged, window.get(), [&loudest, this](double) {
        loudest = qMax(loudest, window->voiceStrip()->levelMeter()->level());
    });
    ASSERT_TRUE(VirtualMicrophone::play(wav));
    EXPECT_GT(loudest, 0.3) << "the meter showed the speech";
    QTest::mouseRelease(button, Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([this] { return question()->state() == State::Idle; }, kWaitMs))
        << question()->message().toStdString();
    EXPECT_EQ(window->composer()->toPlainText(), QStringLiteral("Please: ") + kSpoken)
        << "added to what was typed, for a glance before sending";
    EXPECT_TRUE(window->currentSession()->turns().isEmpty()) << "not sent: the setting is off";
    EXPECT_FALSE(window->voiceStrip()->isVisible());
    expectSpeechUploaded();

    // Usable again, and looking so: the icon is not left in the disabled grey.
    EXPECT_TRUE(button->isEnabled());
    const QImage icon = button->icon().pixmap(button->iconSize()).toImage();
    int darkest = 255;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            if (qAlpha(icon.pixel(x, y)) > 200)
                darkest = std::min(darkest, qGray(icon.pixel(x, y)));
        }
    }
    EXPECT_LE(
        std::abs(darkest - qGray(button->palette().color(QPalette::Active, QPalette::ButtonText).rgb())), 40);
}

TEST_F(WindowVoiceTest, CtrlShiftSpaceHeldAsksAtOnceAndTheSpokenFileIsLoaded)
{
    // The spoken file name goes through routing unchanged and opens the file it names.
    QTemporaryDir workspace;
    QFile source(workspace.filePath(QStringLiteral("query_analysis.py")));
    ASSERT_TRUE(source.open(QIODevice::WriteOnly));
    source.write("def prep_input(query):\n    return query.strip()\n");
    source.close();
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(workspace.path()));
    const auto restore = qScopeGuard([&previous] { QDir::setCurrent(previous); });
    settings->setSendSpokenQuestionsAtOnce(true);
    // Load-file's classifier names the spoken file as it was said; the others say no.
    server.setHandler([this](const RecordedRequest &request) {
        if (request.isTranscription())
            return FakeResponse::transcription(heard);
        if (request.isStreamed())
            return FakeResponse::streamOf(answerPieces);
        if (request.path.endsWith("/models"))
            return *FakeResponse::modelsOrClassifier(request, classifierAnswer);
        return FakeResponse::completion(request.lastMessageText().contains(QStringLiteral("file name"))
                                            ? QStringLiteral("<query underscore analysis dot py>")
                                            : QStringLiteral("<No>"));
    });
    openWindow();
    const QString wav = microphone.speech(kSpoken);

    window->composer()->setFocus();
    QTest::keyPress(window->composer(), Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitFor(State::Recording));
    ASSERT_TRUE(VirtualMicrophone::play(wav));
    QTest::keyRelease(window->composer(), Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);

    ASSERT_TRUE(QTest::qWaitFor([this] { return window->currentSession()->turns().size() == 1; }, kWaitMs))
        << question()->message().toStdString();
    EXPECT_EQ(window->currentSession()->turns().first().question, kSpoken);
    EXPECT_TRUE(window->composer()->toPlainText().isEmpty()) << "sent, so the box is empty again";
    ASSERT_TRUE(QTest::qWaitFor([this] { return !window->currentSession()->isBusy(); }, kWaitMs));
    const QString sent = QString::fromUtf8(lastMain().body);
    EXPECT_TRUE(sent.contains(QStringLiteral("def prep_input(query)"))) << "query_analysis.py was attached";
    expectSpeechUploaded();
}

TEST_F(WindowVoiceTest, ThePushToTalkShortcutIsTheOneInSettings)
{
    settings->setPushToTalkShortcut(QStringLiteral("Alt+F9"));
    openWindow();
    const QString alt9 = QKeySequence(Qt::ALT | Qt::Key_F9).toString(QKeySequence::NativeText);
    EXPECT_TRUE(window->pushToTalkButton()->toolTip().contains(alt9)) << "the tooltip names it";
    window->composer()->setFocus();
    QTest::keyPress(window->composer(), Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(question()->state(), State::Idle) << "the default is not also taken";
    QTest::keyRelease(window->composer(), Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyPress(window->composer(), Qt::Key_F9, Qt::AltModifier);
    ASSERT_TRUE(waitFor(State::Recording));
    QTest::keyRelease(window->composer(), Qt::Key_Alt, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([this] { return question()->state() != State::Recording; }, kWaitMs))
        << "letting go of Alt is letting go";
    // A tap of it says how to hold it, in its own words.
    ASSERT_TRUE(QTest::qWaitFor([this] { return question()->state() == State::Idle; }, kWaitMs));
    EXPECT_TRUE(window->voiceStrip()->messageLabel()->text().contains(alt9));
}

TEST_F(WindowVoiceTest, AFailedTranscriptionKeepsTheRecordingUntilDiscarded)
{
    openWindow();
    const QString wav = microphone.speech(QStringLiteral("why is this null"));
    server.setHandler([this](const RecordedRequest &request) {
        if (request.isTranscription())
            return FakeResponse::error(404, QStringLiteral("Not Found"));
        return *FakeResponse::modelsOrClassifier(request, classifierAnswer);
    });
    QTest::mousePress(window->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor(State::Recording));
    ASSERT_TRUE(VirtualMicrophone::play(wav));
    QTest::mouseRelease(window->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor(State::Kept));

    VoiceStrip *strip = window->voiceStrip();
    EXPECT_TRUE(strip->isVisible());
    EXPECT_TRUE(strip->messageLabel()->text().contains(QStringLiteral("no speech-to-text endpoint")))
        << strip->messageLabel()->text().toStdString();
    EXPECT_TRUE(strip->retryButton()->isVisible());
    EXPECT_TRUE(strip->discardButton()->isVisible());
    EXPECT_TRUE(window->composer()->toPlainText().isEmpty());

    // Fixed meanwhile: Retry sends the same recording.
    server.setHandler([this](const RecordedRequest &request) {
        if (request.isTranscription())
            return FakeResponse::transcription(QStringLiteral("why is this null"));
        return *FakeResponse::modelsOrClassifier(request, classifierAnswer);
    });
    QTest::mouseClick(strip->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return window->composer()->toPlainText() == QStringLiteral("why is this null"); }, kWaitMs));
    QList<QByteArray> uploads;
    for (const RecordedRequest &request : server.requests()) {
        if (request.isTranscription())
            uploads << request.part("file")->body;
    }
    ASSERT_EQ(uploads.size(), 2);
    EXPECT_EQ(uploads.at(0), uploads.at(1)) << "the kept recording, not a new one";
    EXPECT_FALSE(strip->isVisible());
}

TEST_F(WindowVoiceTest, AKeyUpRightBeforeAKeyDownIsTheKeyStillHeld)
{
    // An X server's autorepeat that Qt did not recognise looks like a let-go and a new press.
    openWindow();
    constexpr Qt::KeyboardModifiers kChord = Qt::ControlModifier | Qt::ShiftModifier;
    window->composer()->setFocus();
    QTest::keyPress(window->composer(), Qt::Key_Space, kChord);
    ASSERT_TRUE(waitFor(State::Recording));
    QTest::keyRelease(window->composer(), Qt::Key_Space, kChord);
    QTest::keyPress(window->composer(), Qt::Key_Space, kChord);
    QSignalSpy states(question(), &SpokenQuestion::stateChanged);
    // Still recording well after the let-go would have taken effect, only one recording made.
    ASSERT_FALSE(QTest::qWaitFor([this] { return question()->state() != State::Recording; }, 500));
    EXPECT_TRUE(states.isEmpty());
    QTest::keyRelease(window->composer(), Qt::Key_Space, kChord);
    ASSERT_TRUE(QTest::qWaitFor([this] { return question()->state() != State::Recording; }, kWaitMs));
    EXPECT_TRUE(window->composer()->toPlainText().isEmpty()) << "no spaces typed by the chord";
}

TEST_F(WindowVoiceTest, ATapSaysHowToHoldAndEscCancelsARecording)
{
    openWindow();
    QTest::mouseClick(window->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return window->voiceStrip()->isVisible() && question()->state() == State::Idle; }, kWaitMs));
    EXPECT_TRUE(window->voiceStrip()->messageLabel()->text().contains(QStringLiteral("Hold")));

    QTest::mousePress(window->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor(State::Recording));
    QTest::keyClick(window->composer(), Qt::Key_Escape);
    EXPECT_EQ(question()->state(), State::Idle);
    QTest::mouseRelease(window->pushToTalkButton(), Qt::LeftButton);
    EXPECT_EQ(question()->state(), State::Idle) << "letting go after Esc sends nothing";
    EXPECT_FALSE(transcription());
}

TEST_F(WindowVoiceTest, AnswersAreReadAloudAsTheyStreamAndEscSilencesThem)
{
    FakeSpeechEngine engine;
    speech = &engine;
    settings->setReadAnswersAloud(true);
    answerPieces = {
        QStringLiteral("The first sentence is here. "),  QStringLiteral("The second one follows. "),
        QStringLiteral("A third comes next. "),          QStringLiteral("And a fourth one. "),
        QStringLiteral("```python\nprint('hi')\n```\n"), QStringLiteral("The end.")};
    chunkSize = 40;
    chunkDelayMs = 100;
    openWindow();
    type(QStringLiteral("explain"));
    QTest::keyClick(window->composer(), Qt::Key_Return);

    ASSERT_TRUE(QTest::qWaitFor([&engine] { return !engine.spoken.isEmpty(); }, kWaitMs));
    EXPECT_EQ(engine.spoken.first(), QStringLiteral("The first sentence is here."));
    EXPECT_TRUE(window->currentSession()->isBusy()) << "speaking began before the answer was complete";
    engine.finishUtterance();
    ASSERT_TRUE(QTest::qWaitFor([&engine] { return engine.spoken.size() == 2; }, kWaitMs));
    EXPECT_EQ(engine.spoken.at(1), QStringLiteral("The second one follows."));
    EXPECT_TRUE(window->voice()->isReading());

    const int stopsBefore = engine.stops;
    QTest::keyClick(window->composer(), Qt::Key_Escape);
    EXPECT_GT(engine.stops, stopsBefore) << "silent at once";
    EXPECT_FALSE(window->voice()->isReading());
    engine.finishUtterance(); // a late report from the engine starts nothing
    ASSERT_TRUE(QTest::qWaitFor([this] { return !window->currentSession()->isBusy(); }, kWaitMs));
    EXPECT_EQ(engine.spoken.size(), 2) << engine.spoken.join(QLatin1Char('|')).toStdString();
}

TEST_F(WindowVoiceTest, ANewQuestionSilencesTheLastAnswer)
{
    FakeSpeechEngine engine;
    speech = &engine;
    settings->setReadAnswersAloud(true);
    answerPieces = {QStringLiteral("One answer sentence. "), QStringLiteral("Another sentence.")};
    openWindow();
    type(QStringLiteral("first"));
    sendAndWait();
    ASSERT_TRUE(QTest::qWaitFor([&engine] { return !engine.spoken.isEmpty(); }, kWaitMs));
    EXPECT_TRUE(window->voice()->isReading()) << "still reading the first answer";
    const int stopsBefore = engine.stops;
    type(QStringLiteral("second"));
    sendAndWait();
    EXPECT_GT(engine.stops, stopsBefore);
    ASSERT_TRUE(QTest::qWaitFor([&engine] { return engine.spoken.size() == 2; }, kWaitMs));
    EXPECT_EQ(engine.spoken.last(), QStringLiteral("One answer sentence."))
        << "the second answer from its beginning, the first one's rest dropped";
}

TEST_F(WindowVoiceTest, TheStopButtonSilencesAnAnswerStillBeingRead)
{
    FakeSpeechEngine engine;
    speech = &engine;
    settings->setReadAnswersAloud(true);
    answerPieces = {QStringLiteral("One answer sentence. "), QStringLiteral("Another sentence.")};
    openWindow();
    type(QStringLiteral("explain"));
    sendAndWait();
    ASSERT_TRUE(QTest::qWaitFor([&engine] { return !engine.spoken.isEmpty(); }, kWaitMs));
    // The answer is complete, the reading is not: the button offers to stop it.
    EXPECT_FALSE(window->currentSession()->isBusy());
    EXPECT_EQ(window->sendButton()->text(), QStringLiteral("Stop"));
    const int stopsBefore = engine.stops;
    QTest::mouseClick(window->sendButton(), Qt::LeftButton);
    EXPECT_GT(engine.stops, stopsBefore);
    EXPECT_FALSE(window->voice()->isReading());
    EXPECT_EQ(window->sendButton()->text(), QStringLiteral("Send"));
    EXPECT_EQ(window->currentSession()->turns().size(), 1) << "nothing was sent";
}

TEST_F(WindowVoiceTest, WithReadAloudOffNothingIsSpoken)
{
    FakeSpeechEngine engine;
    speech = &engine;
    openWindow();
    type(QStringLiteral("explain"));
    sendAndWait();
    EXPECT_TRUE(engine.spoken.isEmpty());
}

TEST_F(WindowVoiceTest, QuickAskHasPushToTalkToo)
{
    openWindow();
    window->showQuickAsk();
    QuickAskWindow *quick = window->quickAsk();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(quick));
    ASSERT_TRUE(quick->pushToTalkButton());
    const QString wav = microphone.speech(kSpoken);
    SpokenQuestion *spoken = window->voice()->quickQuestion();
    QTest::mousePress(quick->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([spoken] { return spoken->state() == State::Recording; }, kWaitMs));
    ASSERT_TRUE(VirtualMicrophone::play(wav));
    QTest::mouseRelease(quick->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([quick] { return quick->questionField()->text() == kSpoken; }, kWaitMs))
        << spoken->message().toStdString();
    expectSpeechUploaded();
}
