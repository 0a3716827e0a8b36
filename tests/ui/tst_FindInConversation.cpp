// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl+F in the window, and finding in a long, virtualised conversation.
#include "MainWindowFixture.h"
#include "chat/ChatView.h"
#include "window/ConversationSidebar.h"
#include "window/FindBar.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

using FindInConversationTest = MainWindowFixture;

TEST_F(FindInConversationTest, CtrlFFindsInTheConversationAndEscReturnsToTheComposer)
{
    answerPieces = {QStringLiteral("Use a **Mutex** here.\n\n"),
                    QStringLiteral("A mutex guards the counter.\n")};
    openWindow();
    type(QStringLiteral("how do I share a counter?"));
    sendAndWait();
    type(QStringLiteral("and without a lock?"));
    sendAndWait();

    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get())) << "shortcuts need the active window";
    QTest::keyClick(window->composer(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = window->findBar();
    ASSERT_TRUE(bar->isVisible());
    ASSERT_TRUE(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("mutex"));
    // Two answers with two matches each; the latest is shown first.
    EXPECT_EQ(bar->status(), QStringLiteral("4 of 4"));
    EXPECT_EQ(window->chatView()->selectedText(), QStringLiteral("mutex"));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    EXPECT_EQ(bar->status(), QStringLiteral("1 of 4")) << "Enter wraps around to the first";
    EXPECT_EQ(window->chatView()->selectedText(), QStringLiteral("Mutex"))
        << "found ignoring case, shown as written";
#ifdef CODEGURU_SCREENSHOT_DIR
    QDir().mkpath(QStringLiteral(CODEGURU_SCREENSHOT_DIR));
    QTest::qWait(0); // the repaint after scrolling
    EXPECT_TRUE(window->grab().save(QStringLiteral(CODEGURU_SCREENSHOT_DIR "/find-in-conversation.png")));
#endif
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(bar->status(), QStringLiteral("4 of 4"));

    bar->field()->setText(QStringLiteral("semaphore"));
    EXPECT_EQ(bar->status(), QStringLiteral("No matches"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(window->composer()->hasFocus());
}

TEST_F(FindInConversationTest, SearchingConversationsFindsMessagesAndOpensThem)
{
    answerPieces = {QStringLiteral("Quicksort picks a pivot.\n")};
    openWindow();
    type(QStringLiteral("explain sorting"));
    sendAndWait();
    ConversationSidebar *sidebar = window->sidebar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return sidebar->title(0) == QStringLiteral("explain sorting"); }, 5000))
        << "a saved conversation is named after its first question";
    window->newConversation();
    ASSERT_EQ(sidebar->count(), 2);
    EXPECT_EQ(sidebar->currentRow(), 0) << "the new conversation goes on top";
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get())) << "shortcuts need the active window";
    QTest::keyClick(window->composer(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(QApplication::focusWidget(), sidebar->filterField()) << "Ctrl+Shift+F focuses the search";
    QTest::keyClicks(sidebar->filterField(), QStringLiteral("pivo"));
    // The history's full-text index finds the answer, by the start of a word too.
    ASSERT_TRUE(QTest::qWaitFor([&] { return sidebar->hits().size() == 1; }, 5000));
    EXPECT_TRUE(sidebar->hits().first().snippet.contains(QStringLiteral("\uE000pivot\uE001")))
        << sidebar->hits().first().snippet.toStdString();
    EXPECT_TRUE(sidebar->isRowVisible(1)) << "its answer mentions a pivot";
    EXPECT_FALSE(sidebar->isRowVisible(0));
#ifdef CODEGURU_SCREENSHOT_DIR
    QTest::qWait(0);
    EXPECT_TRUE(window->grab().save(QStringLiteral(CODEGURU_SCREENSHOT_DIR "/window-search.png")));
#endif

    QListWidget *results = sidebar->resultList();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->findBar()->isVisible(); }, 5000));
    EXPECT_EQ(sidebar->currentRow(), 1);
    EXPECT_EQ(window->chatView()->selectedText(), QStringLiteral("pivot")) << "the match is shown";
}

TEST(FindInLongConversation, RevealsAMatchFarFromTheViewport)
{
    ChatView view;
    view.resize(700, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    int target = -1;
    for (int i = 0; i < 2000; ++i) {
        const bool isTarget = i == 7;
        const int id = view.appendMessage(i % 2 ? ChatView::Role::Assistant : ChatView::Role::User,
                                          isTarget ? QStringLiteral("The *needle* is here.")
                                                   : QStringLiteral("Message %1 about nothing.").arg(i));
        view.finishMessage(id);
        if (isTarget)
            target = id;
    }
    QTest::qWait(0);
    const auto found = view.findInMessages(QStringLiteral("NEEDLE"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first(), std::make_pair(target, 1));
    ASSERT_TRUE(view.revealMatch(target, QStringLiteral("NEEDLE"), 0));
    EXPECT_EQ(view.selectedText(), QStringLiteral("needle"))
        << "the rendered word, without the Markdown stars";
    EXPECT_LT(view.liveDocumentCount(), 100) << "only rows near the match were rendered";
    EXPECT_FALSE(view.isFollowingStream()) << "finding scrolled away from the end";
    const QRect body = view.partRect(target, ChatView::Part::Body);
    EXPECT_TRUE(body.isValid() && view.listViewport()->rect().intersects(body)) << "the match is on screen";
}

} // namespace
