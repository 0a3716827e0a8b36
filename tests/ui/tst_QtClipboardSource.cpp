// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtClipboardSource.h"
#include "XClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace CodeGuru;

using namespace CodeGuru::Testing;

namespace {

QString readThroughSource()
{
    QtClipboardSource source;
    std::optional<QString> text;
    QObject context;
    source.requestText(&context, [&text](const QString &t) { text = t; });
    EXPECT_FALSE(text.has_value()) << "delivered later, like every source";
    EXPECT_TRUE(QTest::qWaitFor([&text] { return text.has_value(); }, 5000));
    return text.value_or(QString());
}

TEST(QtClipboardSource, ReadsWhatAnotherProgramCopied)
{
    if (!canUseXclip())
        GTEST_SKIP() << "needs an X server and xclip (./scripts/dev.sh test provides both)";
    // Another process owns the selection, as a terminal or editor would.
    ASSERT_TRUE(copyWithXclip("KeyError: 'user' in app.py line 3"));
    EXPECT_TRUE(QTest::qWaitFor(
        [] { return readThroughSource() == QStringLiteral("KeyError: 'user' in app.py line 3"); }, 5000));
}

TEST(QtClipboardSource, ReadsTextCopiedInThisProcess)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("copied here"));
    if (QGuiApplication::clipboard()->text() != QStringLiteral("copied here"))
        GTEST_SKIP() << "this platform plugin has no clipboard";
    EXPECT_EQ(readThroughSource(), QStringLiteral("copied here"));
}

} // namespace
