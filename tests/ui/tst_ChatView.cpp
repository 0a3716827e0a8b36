// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedAnswer.h"
#include "chat/ChatView.h"
#include "markdown/MarkdownRenderer.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

QString oneShotText(const QString &markdown)
{
    MarkdownRenderer renderer;
    return renderer.render(markdown)->toPlainText();
}

QScrollBar *scrollBar(const ChatView &view)
{
    return view.findChild<QAbstractScrollArea *>()->verticalScrollBar();
}

QToolButton *jumpButton(const ChatView &view)
{
    return view.findChild<QToolButton *>();
}

/// Feeds `text` in pieces of `pieceSize` from the event loop, one piece per turn, the way
/// network replies arrive, and returns once all are in.
void stream(ChatView &view, int id, const QString &text, int pieceSize,
            const std::function<void(qsizetype)> &afterPiece = {})
{
    qsizetype at = 0;
    QTimer feeder;
    feeder.setInterval(0);
    QObject::connect(&feeder, &QTimer::timeout, &view, [&] {
        if (at >= text.size()) {
            feeder.stop();
            return;
        }
        const qsizetype piece = std::min<qsizetype>(pieceSize, text.size() - at);
        view.appendToMessage(id, text.mid(at, piece));
        at += piece;
        if (afterPiece)
            afterPiece(at);
    });
    feeder.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return at >= text.size(); }, 30000));
}

void showView(ChatView &view, QSize size = QSize(700, 500))
{
    view.resize(size);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
}

void click(QWidget *widget, const QRect &rect)
{
    ASSERT_FALSE(rect.isEmpty());
    QTest::mouseMove(widget, rect.center());
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, rect.center());
}

void wheelUp(QWidget *viewport, int notches)
{
    const QPointF position(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(position, viewport->mapToGlobal(position), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
}

TEST(ChatView, ChatViewStreamedAnswerEqualsOneShotRender)
{
    ChatView view;
    showView(view);
    view.appendMessage(ChatView::Role::User, QStringLiteral("Explain async/await vs threading in Python"));
    const int id = view.appendMessage(ChatView::Role::Assistant, QString());
    const QString seed = Testing::seedAnswer();

    int checkedMidway = 0;
    stream(view, id, seed, 7, [&](qsizetype at) {
        // Now and then compare the incremental rendering (chunks + tail) with rendering the
        // text so far in one go.
        if (at % 700 < 7) {
            EXPECT_EQ(view.renderedText(id).toStdString(), oneShotText(seed.first(at)).toStdString())
                << "after " << at << " characters";
            ++checkedMidway;
        }
    });
    EXPECT_GE(checkedMidway, 3);
    EXPECT_EQ(view.messageMarkdown(id), seed);
    view.finishMessage(id);
    QTest::qWait(20);
    EXPECT_EQ(view.renderedText(id).toStdString(), oneShotText(seed).toStdString());
    EXPECT_TRUE(view.isFollowingStream());
}

TEST(ChatView, ChatViewFollowsTheStreamUntilScrolledUp)
{
    ChatView view;
    showView(view);
    for (int i = 0; i < 20; ++i)
        view.appendMessage(ChatView::Role::User,
                           QStringLiteral("Question %1\n\nwith a second paragraph").arg(i));
    const int id = view.appendMessage(ChatView::Role::Assistant, QString());
    QScrollBar *bar = scrollBar(view);
    stream(view, id, QStringLiteral("Line of the answer.\n\n").repeated(20), 5);
    QTest::qWait(150);
    ASSERT_GT(bar->maximum(), 0);
    EXPECT_TRUE(view.isFollowingStream());
    EXPECT_EQ(bar->value(), bar->maximum());
    EXPECT_FALSE(jumpButton(view)->isVisible());

    QSignalSpy following(&view, &ChatView::followingStreamChanged);
    wheelUp(view.listViewport(), 3);
    EXPECT_FALSE(view.isFollowingStream());
    ASSERT_EQ(following.count(), 1);
    EXPECT_FALSE(following.first().first().toBool());
    EXPECT_TRUE(jumpButton(view)->isVisible());

    stream(view, id, QStringLiteral("More text while the person reads above.\n\n").repeated(10), 9);
    QTest::qWait(150);
    EXPECT_FALSE(view.isFollowingStream());
    EXPECT_LT(bar->value(), bar->maximum()) << "the view stays where the person scrolled";

    QTest::mouseClick(jumpButton(view), Qt::LeftButton);
    EXPECT_TRUE(view.isFollowingStream());
    EXPECT_FALSE(jumpButton(view)->isVisible());
    stream(view, id, QStringLiteral("And the end.\n"), 3);
    view.finishMessage(id);
    QTest::qWait(150);
    EXPECT_EQ(bar->value(), bar->maximum());

    // Scrolling back to the end by hand resumes following too.
    wheelUp(view.listViewport(), 2);
    EXPECT_FALSE(view.isFollowingStream());
    bar->setValue(bar->maximum());
    EXPECT_TRUE(view.isFollowingStream());
}

TEST(ChatView, ChatViewPartialRepaintsMatchAFullPaint)
{
    // While following, a flush blits what stays and paints only the changed strip; what is
    // on screen must still be exactly what painting everything gives.
    ChatView view;
    showView(view, QSize(640, 420));
    view.appendMessage(ChatView::Role::User, QStringLiteral("Show me some code"));
    const int id = view.appendMessage(ChatView::Role::Assistant, QString());
    const QString seed = Testing::seedAnswer();
    qsizetype at = 0;
    while (at < seed.size()) {
        const qsizetype piece = std::min<qsizetype>(60, seed.size() - at);
        view.appendToMessage(id, seed.mid(at, piece));
        at += piece;
        QTest::qWait(40); // slower than the render throttle, so most flushes change a little
    }
    view.finishMessage(id);
    QTest::qWait(150);
    ASSERT_TRUE(view.isFollowingStream());
    QScreen *screen = view.screen();
    const QImage onScreen = screen->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage painted = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (onScreen.size() != painted.size())
        GTEST_SKIP() << "this platform cannot grab the window's pixels";
    EXPECT_TRUE(onScreen == painted);
}

TEST(ChatView, ChatViewRendersOnlyRowsNearTheViewport)
{
    ChatView view;
    showView(view);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 2000; ++i) {
        const bool user = i % 2 == 0;
        const QString markdown = user
            ? QStringLiteral("Question %1: how do I *sort* a list?").arg(i)
            : QStringLiteral("Answer %1.\n\n- one\n- two\n\n```python\nsorted(xs)  # %1\n```\n\n"
                             "| a | b |\n|---|---|\n| 1 | 2 |\n")
                  .arg(i);
        view.appendMessage(user ? ChatView::Role::User : ChatView::Role::Assistant, markdown);
    }
    const qint64 appendMs = clock.elapsed();
    QTest::qWait(50);
    view.listViewport()->repaint();
    const qint64 openMs = clock.elapsed();
    std::printf("2,000 messages: appended in %lld ms, shown in %lld ms, %d rendered\n", (long long)appendMs,
                (long long)openMs, view.liveDocumentCount());
    EXPECT_EQ(view.messageCount(), 2000);
    EXPECT_GT(view.liveDocumentCount(), 0);
    EXPECT_LE(view.liveDocumentCount(), 40);

    // Scroll through from the top in pages, painting each one, as a person paging would.
    QScrollBar *bar = scrollBar(view);
    bar->setValue(0);
    view.listViewport()->repaint();
    EXPECT_LE(view.liveDocumentCount(), 40);
    qint64 slowest = 0;
    int pages = 0;
    while (bar->value() < bar->maximum() && pages < 5000) {
        bar->setValue(bar->value() + bar->pageStep());
        QElapsedTimer frame;
        frame.start();
        view.listViewport()->repaint();
        slowest = std::max(slowest, frame.elapsed());
        ++pages;
        ASSERT_LE(view.liveDocumentCount(), 40) << "page " << pages;
    }
    std::printf("paged through %d pages, slowest page %lld ms\n", pages, (long long)slowest);
    EXPECT_GT(pages, 100);
    EXPECT_LT(slowest, 250);

    view.jumpToLatest();
    view.listViewport()->repaint();
    EXPECT_LE(view.liveDocumentCount(), 40);
    EXPECT_EQ(bar->value(), bar->maximum());
}

TEST(ChatView, ChatViewCopiesACodeBlockAndTheMessage)
{
    ChatView view;
    showView(view);
    const QString markdown =
        QStringLiteral("Try this:\n\n```python\nprint('hi')\n\nx = 1\n```\n\nand `inline` too.\n");
    const int id = view.appendMessage(ChatView::Role::Assistant, markdown);
    view.finishMessage(id);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !view.partRect(id, ChatView::Part::CopyCode).isEmpty(); }, 5000));
    EXPECT_TRUE(view.partRect(id, ChatView::Part::CopyCode, 1).isEmpty()) << "one code block";

    QSignalSpy copied(&view, &ChatView::copyRequested);
    click(view.listViewport(), view.partRect(id, ChatView::Part::CopyCode));
    ASSERT_EQ(copied.count(), 1);
    EXPECT_EQ(copied.first().first().toString(), QStringLiteral("print('hi')\n\nx = 1"));
    // Offscreen the clipboard lives in this process; under Xvfb it is the X clipboard.
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("print('hi')\n\nx = 1"));

    click(view.listViewport(), view.partRect(id, ChatView::Part::CopyMessage));
    ASSERT_EQ(copied.count(), 2);
    EXPECT_EQ(copied.last().first().toString(), markdown);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), markdown);
}

TEST(ChatView, ChatViewSelectsAndCopiesText)
{
    ChatView view;
    showView(view);
    const int id = view.appendMessage(ChatView::Role::User, QStringLiteral("Alpha beta gamma delta"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.partRect(id, ChatView::Part::Body).isEmpty(); }, 5000));
    const QRect body = view.partRect(id, ChatView::Part::Body);
    QWidget *viewport = view.listViewport();
    const int y = body.top() + view.fontMetrics().height() / 2;
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, QPoint(body.left() + 1, y));
    QTest::mouseMove(viewport, QPoint(body.left() + 40, y));
    QTest::mouseMove(viewport, QPoint(body.right() - 2, y));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, QPoint(body.right() - 2, y));

    QSignalSpy copied(&view, &ChatView::copyRequested);
    QTest::keyClick(view.findChild<QAbstractScrollArea *>(), Qt::Key_C, Qt::ControlModifier);
    ASSERT_EQ(copied.count(), 1);
    EXPECT_EQ(copied.first().first().toString(), QStringLiteral("Alpha beta gamma delta"));
}

TEST(ChatView, ChatViewActivatesLinks)
{
    ChatView view;
    view.setOpenLinksExternally(false);
    showView(view);
    const int id = view.appendMessage(ChatView::Role::User,
                                      QStringLiteral("[CodeGuru site](https://codeguru.example.org/docs)"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.partRect(id, ChatView::Part::Body).isEmpty(); }, 5000));
    const QRect body = view.partRect(id, ChatView::Part::Body);
    QSignalSpy links(&view, &ChatView::linkActivated);
    click(view.listViewport(), QRect(body.left() + 2, body.top() + 2, 6, view.fontMetrics().height() - 4));
    ASSERT_EQ(links.count(), 1);
    EXPECT_EQ(links.first().first().toUrl(), QUrl(QStringLiteral("https://codeguru.example.org/docs")));
}

TEST(ChatView, ChatViewNoticeActionsEmitTheirIndex)
{
    ChatView view;
    showView(view);
    const int notice =
        view.appendMessage(ChatView::Role::Notice, QStringLiteral("The provider rejected the API key."));
    view.setNotice(notice, QStringLiteral("Check the key for the profile “Groq”."),
                   {QStringLiteral("Open settings"), QStringLiteral("Retry")});
    const int answer = view.appendMessage(ChatView::Role::Assistant, QString());
    view.appendToMessage(answer, QStringLiteral("Partial answer"));
    view.setNotice(answer, QStringLiteral("The connection dropped."), {QStringLiteral("Retry")});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !view.partRect(answer, ChatView::Part::NoticeAction).isEmpty(); }, 5000));

    QSignalSpy actions(&view, &ChatView::noticeActionTriggered);
    click(view.listViewport(), view.partRect(notice, ChatView::Part::NoticeAction, 1));
    click(view.listViewport(), view.partRect(answer, ChatView::Part::NoticeAction, 0));
    ASSERT_EQ(actions.count(), 2);
    EXPECT_EQ(actions.at(0), (QList<QVariant> {notice, 1}));
    EXPECT_EQ(actions.at(1), (QList<QVariant> {answer, 0}));

    view.setNotice(answer, QString(), {});
    QTest::qWait(20);
    EXPECT_TRUE(view.partRect(answer, ChatView::Part::NoticeAction).isEmpty());
}

TEST(ChatView, ChatViewShowsReasoningCollapsed)
{
    ChatView view;
    showView(view);
    const int id = view.appendMessage(ChatView::Role::Assistant, QString());
    view.appendReasoning(id, QStringLiteral("The person asks about threads. "));
    view.appendReasoning(id, QStringLiteral("Compare with asyncio."));
    view.appendToMessage(id, QStringLiteral("Use **asyncio** for many sockets."));
    view.finishMessage(id);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !view.partRect(id, ChatView::Part::ToggleReasoning).isEmpty(); }, 5000));
    EXPECT_EQ(view.renderedText(id), QStringLiteral("Use asyncio for many sockets."));
    EXPECT_EQ(view.messageMarkdown(id), QStringLiteral("Use **asyncio** for many sockets."));

    const int collapsedTop = view.partRect(id, ChatView::Part::Body).top();
    click(view.listViewport(), view.partRect(id, ChatView::Part::ToggleReasoning));
    QTest::qWait(20);
    view.listViewport()->repaint();
    EXPECT_GT(view.partRect(id, ChatView::Part::Body).top(), collapsedTop + view.fontMetrics().height() / 2)
        << "the reasoning opens above the answer";
    click(view.listViewport(), view.partRect(id, ChatView::Part::ToggleReasoning));
    QTest::qWait(20);
    view.listViewport()->repaint();
    EXPECT_EQ(view.partRect(id, ChatView::Part::Body).top(), collapsedTop);
}

TEST(ChatView, ChatViewRemovesAndClears)
{
    ChatView view;
    showView(view);
    const int a = view.appendMessage(ChatView::Role::User, QStringLiteral("a"));
    const int b = view.appendMessage(ChatView::Role::Assistant, QStringLiteral("b"));
    const int c = view.appendMessage(ChatView::Role::User, QStringLiteral("c"));
    view.removeMessage(b);
    EXPECT_EQ(view.messageCount(), 2);
    EXPECT_TRUE(view.messageMarkdown(b).isEmpty());
    EXPECT_EQ(view.messageMarkdown(c), QStringLiteral("c"));
    view.appendToMessage(b, QStringLiteral("ignored"));
    view.listViewport()->repaint();
    EXPECT_EQ(view.renderedText(a), QStringLiteral("a"));
    view.clear();
    EXPECT_EQ(view.messageCount(), 0);
    EXPECT_EQ(view.liveDocumentCount(), 0);
    EXPECT_TRUE(view.isFollowingStream());
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x38));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    return palette;
}

TEST(ChatView, ChatViewScreenshots)
{
    const QString directory = QStringLiteral(CODEGURU_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(directory));
    const QList<std::pair<QString, QPalette>> themes {
        {QStringLiteral("light"), QApplication::style()->standardPalette()},
        {QStringLiteral("dark"), darkPalette()}};
    for (const auto &[name, palette] : themes) {
        ChatView view;
        view.setPalette(palette);
        showView(view, QSize(860, 1900));
        view.appendMessage(ChatView::Role::User,
                           QStringLiteral("Explain async/await vs threading in Python with examples"));
        const int answer = view.appendMessage(ChatView::Role::Assistant, QString());
        view.appendReasoning(answer,
                             QStringLiteral("Compare the GIL, cooperative scheduling and typical uses."));
        stream(view, answer, Testing::seedAnswer(), 40);
        view.finishMessage(answer);
        const int notice =
            view.appendMessage(ChatView::Role::Notice, QStringLiteral("The rate limit was reached."));
        view.setNotice(notice, QStringLiteral("Groq asks to wait 20 seconds."),
                       {QStringLiteral("Retry"), QStringLiteral("Open settings")});
        QTest::qWait(150);
        scrollBar(view)->setValue(0);
        const QImage image = view.grab().toImage();
        const QString path = directory + QStringLiteral("/chatview_%1.png").arg(name);
        ASSERT_TRUE(image.save(path)) << qPrintable(path);
        std::printf("screenshot: %s\n", qPrintable(path));
        // The background follows the palette.
        EXPECT_EQ(image.pixelColor(2, image.height() / 2), palette.color(QPalette::Base));
    }
}

TEST(ChatView, ChatViewScreenshotWhileStreaming)
{
    // Mid-answer, scrolled up: the reasoning opened, a code block still growing, and the
    // "Jump to latest" button over the list.
    const QString directory = QStringLiteral(CODEGURU_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(directory));
    ChatView view;
    showView(view, QSize(700, 520));
    view.appendMessage(ChatView::Role::User, QStringLiteral("Explain async/await vs threading in Python"));
    const int answer = view.appendMessage(ChatView::Role::Assistant, QString());
    view.appendReasoning(answer,
                         QStringLiteral("They want a comparison. Start with the GIL, then show both styles "
                                        "with runnable code, then a table."));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !view.partRect(answer, ChatView::Part::ToggleReasoning).isEmpty(); }, 5000));
    click(view.listViewport(), view.partRect(answer, ChatView::Part::ToggleReasoning));
    const QString seed = Testing::seedAnswer();
    stream(view, answer, seed.first(seed.indexOf(QStringLiteral("t1.start()"))), 25);
    QTest::qWait(150);
    wheelUp(view.listViewport(), 2);
    QTest::qWait(50);
    ASSERT_TRUE(jumpButton(view)->isVisible());
    const QString path = directory + QStringLiteral("/chatview_streaming.png");
    ASSERT_TRUE(view.grab().save(path)) << qPrintable(path);
    std::printf("screenshot: %s\n", qPrintable(path));
}

TEST(ChatView, ChatViewFollowsPaletteChanges)
{
    ChatView view;
    showView(view, QSize(600, 400));
    const int id =
        view.appendMessage(ChatView::Role::Assistant, QStringLiteral("```python\ndef f():\n    pass\n```\n"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !view.partRect(id, ChatView::Part::CopyCode).isEmpty(); }, 5000));
    const QImage light = view.grab().toImage();
    view.setPalette(darkPalette());
    QTest::qWait(50);
    const QImage dark = view.grab().toImage();
    EXPECT_EQ(dark.pixelColor(2, dark.height() - 2), darkPalette().color(QPalette::Base));
    EXPECT_NE(light.pixelColor(2, light.height() - 2), dark.pixelColor(2, dark.height() - 2));
    EXPECT_FALSE(view.partRect(id, ChatView::Part::CopyCode).isEmpty())
        << "rendered again for the new colours";
    EXPECT_EQ(view.renderedText(id), QStringLiteral("def f():\n    pass"));
}

} // namespace
