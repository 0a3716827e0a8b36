// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppProcess.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"

#include <QGuiApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace CodeGuru::Testing {

/// A test of the real `codeguru` program: skipped without an X server or xdotool, with a
/// loopback provider that lists one model and a home of its own. `first`, and whatever else
/// is put in `stopAtEnd`, are stopped when the test ends.
class AppProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QGuiApplication::platformName() != QLatin1StringView("xcb"))
            GTEST_SKIP() << "needs an X server (./scripts/dev.sh test runs one)";
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            GTEST_SKIP() << "xdotool is not installed (./scripts/dev.sh installs it)";
        ASSERT_TRUE(server.listen());
        server.setHandler(
            [](const RecordedRequest &) { return FakeResponse::json(R"({"data":[{"id":"m"}]})"); });
        ASSERT_TRUE(home.isValid());
    }

    void TearDown() override
    {
        for (QProcess *process : stopAtEnd) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                process->waitForFinished(10000);
            }
        }
    }

    FakeProviderServer server;
    QTemporaryDir home;
    QProcess first;
    QList<QProcess *> stopAtEnd {&first};
};

} // namespace CodeGuru::Testing
