// SPDX-License-Identifier: GPL-3.0-or-later
// codeguru-cli reads the desktop clipboard without linking Qt Gui (through xclip/wl-paste).
#include "../cli/CliRunner.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "XClipboard.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QStandardPaths>

using namespace CodeGuru::Testing;

namespace {

TEST(CliSystemClipboard, WhatWasCopiedIsAttachedWhenTheClassifierAsksForIt)
{
    if (!canUseXclip())
        GTEST_SKIP() << "needs an X server and xclip (./scripts/dev.sh test provides both)";
    ASSERT_TRUE(copyWithXclip("segfault at 0x0 in parse_header()"));

    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RecordedRequest &request) {
        if (request.json().value(QStringLiteral("stream")).toBool())
            return FakeResponse::streamOf({QStringLiteral("A null pointer.")});
        return FakeResponse::completion(QStringLiteral("<Yes>"));
    });
    CliRunner cli;
    cli.environment().insert(QStringLiteral("DISPLAY"), qEnvironmentVariable("DISPLAY"));
    const auto result =
        cli.run({QStringLiteral("ask"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                 QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("why does this crash?")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray("A null pointer."));
    const QString sent = server.requests().last().lastMessageText();
    EXPECT_TRUE(sent.contains(
        QStringLiteral("<context source=\"clipboard\">\nsegfault at 0x0 in parse_header()\n</context>")))
        << sent.toStdString();
}

} // namespace
