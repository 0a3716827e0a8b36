// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace CodeGuru::Testing {

/// The microphone of scripts/with-audio.sh's private sound server: what is played to its feed
/// sink is what every recording program hears. Speech comes from espeak-ng.
class VirtualMicrophone
{
public:
    /// The sink that feeds the default microphone; empty (and a test failure) outside with-audio.sh.
    static QString feed()
    {
        const QString sink = qEnvironmentVariable("CODEGURU_TEST_MIC_FEED");
        EXPECT_FALSE(sink.isEmpty()) << "no virtual microphone: run the tests with ./scripts/dev.sh test "
                                        "(or under scripts/with-audio.sh)";
        return sink;
    }

    /// A WAV file of `text` spoken by espeak-ng, in a folder that lives as long as this object.
    QString speech(const QString &text)
    {
        const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
        EXPECT_FALSE(espeak.isEmpty()) << "espeak-ng is installed by scripts/dev.sh";
        const QString path = m_dir.filePath(QStringLiteral("speech-%1.wav").arg(++m_files));
        EXPECT_EQ(QProcess::execute(espeak, {QStringLiteral("-w"), path, text}), 0);
        return path;
    }

    /// Plays `wavPath` into the microphone and returns once all of it was played, with the
    /// event loop running all the while (the recorder reads as it comes).
    static bool play(const QString &wavPath)
    {
        QProcess player;
        player.start(QStringLiteral("paplay"), {QStringLiteral("--device=") + feed(), wavPath});
        if (!player.waitForStarted(5000))
            return false;
        const bool done =
            QTest::qWaitFor([&player] { return player.state() == QProcess::NotRunning; }, 30'000);
        EXPECT_TRUE(done) << "paplay did not finish";
        EXPECT_EQ(player.exitCode(), 0) << player.readAllStandardError().toStdString();
        return done && player.exitStatus() == QProcess::NormalExit && player.exitCode() == 0;
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace CodeGuru::Testing
