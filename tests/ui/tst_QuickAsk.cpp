// SPDX-License-Identifier: GPL-3.0-or-later
// Quick Ask: the clipboard is previewed and always sent, the answer streams below, Esc hides,
// "Open in CodeGuru" moves the exchange into the main window, and it is saved.
#include "MainWindowFixture.h"
#include "chat/ChatView.h"
#include "history/HistoryStore.h"
#include "quickask/QuickAskWindow.h"
#include "window/ConversationSidebar.h"

#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class QuickAskTest : public MainWindowFixture
{
protected:
    void ask(const QString &question)
    {
        QuickAskWindow *quick = window->quickAsk();
        quick->questionField()->setFocus();
        QTest::keyClicks(quick->questionField(), question);
        QTest::keyClick(quick->questionField(), Qt::Key_Return);
    }
};

TEST_F(QuickAskTest, TheClipboardIsPreviewedAndAlwaysSent)
{
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Traceback (most recent call last):\nKeyError: 'user'"));
    if (QGuiApplication::clipboard()->text().isEmpty())
        GTEST_SKIP() << "this platform plugin has no clipboard";
    classifierAnswer = QStringLiteral("<No>"); // routing would leave the clipboard out; Quick Ask does not
    answerPieces = {QStringLiteral("The dict has no **user** key.")};
    openWindow();
    QuickAskWindow *quick = window->quickAsk();
    EXPECT_FALSE(quick->isVisible()) << "built at start-up, hidden";
    window->showQuickAsk();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(quick));
    EXPECT_TRUE(quick->windowTitle().contains(QStringLiteral("Quick Ask")));
    EXPECT_TRUE(quick->previewText().contains(QStringLiteral("KeyError: 'user'")));
    EXPECT_TRUE(quick->previewText().contains(QStringLiteral("2 line")));
    EXPECT_TRUE(quick->questionField()->hasFocus());

    ask(QStringLiteral("what does this mean?"));
    ASSERT_TRUE(QTest::qWaitFor([quick] { return quick->chatView()->messageCount() >= 2; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [quick] {
            return quick->chatView()->messageMarkdown(2) == QStringLiteral("The dict has no **user** key.")
                || quick->chatView()->messageMarkdown(3) == QStringLiteral("The dict has no **user** key.");
        },
        5000));
    const QString sent = lastMain().lastMessageText();
    EXPECT_TRUE(sent.contains(QStringLiteral("KeyError: 'user'"))) << sent.toStdString();
    EXPECT_TRUE(sent.endsWith(QStringLiteral("what does this mean?")));

    QTest::keyClick(quick->questionField(), Qt::Key_Escape);
    EXPECT_FALSE(quick->isVisible()) << "Esc hides";

    // Saved like any other conversation.
    HistoryStore reader(dir.filePath(QStringLiteral("history")));
    ASSERT_FALSE(reader.open().isError());
    ASSERT_TRUE(QTest::qWaitFor(
        [&reader] {
            const auto listed = reader.listConversations();
            return listed.value.size() == 1 && listed.value.first().messageCount == 2;
        },
        5000));
}

TEST_F(QuickAskTest, OpenInCodeGuruMovesTheExchangeToTheMainWindow)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("int *p = nullptr; *p = 1;"));
    openWindow();
    window->showQuickAsk();
    ask(QStringLiteral("why does this crash?"));
    QuickAskWindow *quick = window->quickAsk();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !lastMain().body.isEmpty(); }, 5000));
    QTest::mouseClick(quick->openInMainWindowButton(), Qt::LeftButton);
    EXPECT_FALSE(quick->isVisible());
    EXPECT_EQ(window->sidebar()->currentRow(), 0);
    EXPECT_EQ(window->sidebar()->title(0), QStringLiteral("why does this crash?"));
    ASSERT_NE(window->currentSession(), nullptr);
    EXPECT_EQ(window->currentSession()->turns().size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->chatView()->messageCount() >= 2; }, 5000))
        << "the exchange shows in the main window";

    // The next Quick Ask starts a new exchange.
    window->showQuickAsk();
    EXPECT_EQ(quick->chatView()->messageCount(), 0);
}

TEST_F(QuickAskTest, AShortcutPressWhileShownBringsTheNewClipboard)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("first"));
    openWindow();
    window->showQuickAsk();
    QuickAskWindow *quick = window->quickAsk();
    EXPECT_TRUE(quick->previewText().startsWith(QStringLiteral("first")));
    QGuiApplication::clipboard()->setText(QStringLiteral("second"));
    window->showQuickAsk();
    EXPECT_TRUE(quick->previewText().startsWith(QStringLiteral("second")));
    EXPECT_TRUE(quick->isVisible());

    auto *concealed = new QMimeData;
    concealed->setText(QStringLiteral("hunter2"));
    concealed->setData(QStringLiteral("x-kde-passwordManagerHint"), "secret");
    QGuiApplication::clipboard()->setMimeData(concealed);
    window->showQuickAsk();
    EXPECT_FALSE(quick->previewText().contains(QStringLiteral("hunter2")));
    EXPECT_TRUE(quick->previewText().contains(QStringLiteral("concealed")));
}

} // namespace

namespace {

TEST_F(QuickAskTest, ThePrimarySelectionCanStandInForTheClipboard)
{
    if (!QGuiApplication::clipboard()->supportsSelection())
        GTEST_SKIP() << "this platform has no primary selection";
    QGuiApplication::clipboard()->setText(QStringLiteral("from the clipboard"));
    QGuiApplication::clipboard()->setText(QStringLiteral("highlighted text"), QClipboard::Selection);
    settings->setUsePrimarySelection(true);
    openWindow();
    window->showQuickAsk();
    EXPECT_TRUE(window->quickAsk()->previewText().startsWith(QStringLiteral("highlighted text")))
        << window->quickAsk()->previewText().toStdString();
}

} // namespace
