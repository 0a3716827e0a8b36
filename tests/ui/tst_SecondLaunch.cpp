// SPDX-License-Identifier: GPL-3.0-or-later
// One CodeGuru at a time: a second launch raises the first, `codeguru --quick-ask` opens
// Quick Ask in the running one, and starts CodeGuru with only Quick Ask when none runs.
#include "AppProcessTest.h"

using namespace CodeGuru::Testing;

namespace {

using SecondLaunchTest = AppProcessTest;

TEST_F(SecondLaunchTest, QuickAskOpensInTheRunningCodeGuru)
{
    const AppProcess codeguru(home, server.baseUrl());
    codeguru.start(first);
    ASSERT_TRUE(first.waitForStarted());
    ASSERT_FALSE(AppProcess::waitForWindow(first, QStringLiteral("CodeGuru")).isEmpty());

    QProcess second;
    codeguru.start(second, {QStringLiteral("--quick-ask")});
    ASSERT_TRUE(second.waitForFinished(15000));
    EXPECT_EQ(second.exitCode(), 0) << "it handed over and left";
    EXPECT_FALSE(AppProcess::waitForWindow(first, QStringLiteral("Quick Ask")).isEmpty())
        << "the first CodeGuru shows Quick Ask";

    QProcess third;
    codeguru.start(third);
    ASSERT_TRUE(third.waitForFinished(15000));
    EXPECT_EQ(third.exitCode(), 0) << "a plain second launch raises the first and leaves";
    EXPECT_EQ(first.state(), QProcess::Running);
}

TEST_F(SecondLaunchTest, QuickAskStartsCodeGuruWhenNoneRuns)
{
    const AppProcess codeguru(home, server.baseUrl());
    codeguru.start(first, {QStringLiteral("--quick-ask")});
    ASSERT_TRUE(first.waitForStarted());
    EXPECT_FALSE(AppProcess::waitForWindow(first, QStringLiteral("Quick Ask")).isEmpty());
    EXPECT_EQ(AppProcess::visibleWindows(first).size(), 1) << "only Quick Ask appears, not the main window";
}

} // namespace
