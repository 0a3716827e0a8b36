// SPDX-License-Identifier: GPL-3.0-or-later
// A desktop without a microphone: this binary runs with PULSE_SERVER pointing at a sound
// server that does not exist (tests/ui/CMakeLists.txt), so Qt Multimedia finds no input device.
#include "voice/QtAudioRecorder.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace CodeGuru;

TEST(NoMicrophone, PressingToTalkSaysThereIsNoMicrophone)
{
    ASSERT_TRUE(qEnvironmentVariable("PULSE_SERVER").contains(QStringLiteral("no-sound-server")))
        << "run by ctest, which points PULSE_SERVER at nothing";
    QtAudioRecorder recorder;
    QSignalSpy started(&recorder, &AudioRecorder::started);
    QSignalSpy failed(&recorder, &AudioRecorder::failed);
    recorder.start();
    EXPECT_TRUE(failed.isEmpty()) << "reported after start() returns, like every other answer";
    ASSERT_TRUE(failed.wait(10'000));
    EXPECT_TRUE(started.isEmpty());
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("No microphone")))
        << failed.first().first().toString().toStdString();
    EXPECT_FALSE(recorder.isRecording());
}
