// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real window against the loopback provider.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "chat/ChatView.h"
#include "config/Settings.h"
#include "conversation/ChatSession.h"
#include "net/NetworkGateway.h"
#include "provider/ChatClient.h"
#include "provider/ProviderResolver.h"
#include "secrets/InMemorySecretStore.h"
#include "window/ComposerEdit.h"
#include "window/ContextChip.h"
#include "window/ContextInspector.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

using MainWindowTest = MainWindowFixture;

TEST_F(MainWindowTest, SendsAndStreamsTheAnswer)
{
    openWindow();
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("CodeGuru")));
    type(QStringLiteral("how do I print?"));
    sendAndWait();
    EXPECT_TRUE(window->composer()->toPlainText().isEmpty());
    EXPECT_EQ(window->currentSession()->turns().first().answer,
              QStringLiteral("## Answer\n\n```python\nprint('hi')\n```\n"));
    EXPECT_EQ(window->chatView()->messageCount(), 2);
    QStringList shown;
    for (int id = 0; id < 8; ++id)
        shown.append(window->chatView()->messageMarkdown(id));
    EXPECT_TRUE(shown.contains(QStringLiteral("## Answer\n\n```python\nprint('hi')\n```\n")));
    EXPECT_TRUE(shown.contains(QStringLiteral("how do I print?")));
    EXPECT_EQ(lastMain().lastMessageText(), QStringLiteral("how do I print?"));
}

TEST_F(MainWindowTest, ShiftEnterInsertsANewLine)
{
    openWindow();
    type(QStringLiteral("line one"));
    QTest::keyClick(window->composer(), Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("line two"));
    EXPECT_EQ(window->composer()->toPlainText(), QStringLiteral("line one\nline two"));
    EXPECT_TRUE(window->currentSession()->turns().isEmpty());
}

TEST_F(MainWindowTest, EscapeStopsAndKeepsThePartialAnswer)
{
    answerPieces = {QStringLiteral("First part. "), QStringLiteral("Second part. "),
                    QStringLiteral("Third part.")};
    chunkSize = 48;
    chunkDelayMs = 150;
    openWindow();
    type(QStringLiteral("explain"));
    QTest::keyClick(window->composer(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return !window->currentSession()->turns().isEmpty()
                && !window->currentSession()->turns().first().answer.isEmpty();
        },
        10000));
    EXPECT_EQ(window->sendButton()->text(), QStringLiteral("Stop"));
    QTest::keyClick(window->composer(), Qt::Key_Escape);
    EXPECT_FALSE(window->currentSession()->isBusy());
    EXPECT_EQ(window->currentSession()->turns().first().state, ChatTurn::State::Stopped);
    EXPECT_FALSE(window->currentSession()->turns().first().answer.isEmpty());
    EXPECT_EQ(window->sendButton()->text(), QStringLiteral("Send"));
}

TEST_F(MainWindowTest, DroppedFilesAndFoldersBecomeChips)
{
    openWindow();
    QDir root(dir.path());
    ASSERT_TRUE(root.mkpath(QStringLiteral("project/src")));
    const auto write = [&root](const char *path, const QByteArray &bytes) {
        QFile file(root.filePath(QString::fromLatin1(path)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("main.py", "print('dropped')\n");
    write("image.png", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    write("project/src/lib.rs", "fn main() {}\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(root.filePath(QStringLiteral("main.py"))),
                  QUrl::fromLocalFile(root.filePath(QStringLiteral("image.png"))),
                  QUrl::fromLocalFile(root.filePath(QStringLiteral("project"))),
                  QUrl::fromLocalFile(root.filePath(QStringLiteral("missing.txt")))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const auto chips = window->chips();
            return chips.size() == 4 && std::none_of(chips.cbegin(), chips.cend(), [](ContextChip *c) {
                       return c->state() == ContextChip::State::Loading;
                   });
        },
        5000));
    int errors = 0;
    for (ContextChip *chip : window->chips())
        errors += chip->state() == ContextChip::State::Error;
    EXPECT_EQ(errors, 2) << "the binary and the missing file, each with its reason";

    type(QStringLiteral("what does this file print?"));
    sendAndWait();
    const QString sent = lastMain().lastMessageText();
    EXPECT_TRUE(sent.contains(QStringLiteral("print('dropped')"))) << sent.toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("fn main() {}")));
    EXPECT_FALSE(sent.contains(QStringLiteral("PNG")));

    // The inspector shows exactly what was sent, and a screenshot of it is kept.
    const ChatTurn &turn = window->currentSession()->turns().first();
    const QString described =
        ContextInspector::describe(turn.sentMessages, turn.context.decisions, turn.context.notices);
    EXPECT_TRUE(described.contains(QStringLiteral("print('dropped')")));
    EXPECT_TRUE(described.contains(QStringLiteral("── system ──")));
    window->inspect(0);
    auto *inspector = window->findChild<ContextInspector *>();
    ASSERT_NE(inspector, nullptr);
    QDir().mkpath(QStringLiteral(CODEGURU_SCREENSHOT_DIR));
    EXPECT_TRUE(
        inspector->grab().save(QStringLiteral(CODEGURU_SCREENSHOT_DIR "/window-context-inspector.png")));
    inspector->close();
}

TEST_F(MainWindowTest, PastedFilesBecomeChipsNotText)
{
    openWindow();
    QFile file(dir.filePath(QStringLiteral("notes.md")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# Notes\n");
    file.close();
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(file.fileName())});
    QGuiApplication::clipboard()->setMimeData(mime);
    if (!QGuiApplication::clipboard()->mimeData()->hasUrls())
        GTEST_SKIP() << "no clipboard on this platform";
    window->composer()->setFocus();
    window->composer()->paste();
    EXPECT_TRUE(window->composer()->toPlainText().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const auto chips = window->chips();
            return std::any_of(chips.cbegin(), chips.cend(), [](ContextChip *c) {
                return c->state() == ContextChip::State::Ready
                    && c->item().text == QStringLiteral("# Notes\n");
            });
        },
        5000));
}

TEST_F(MainWindowTest, ErrorsShowInlineAndRetryWorks)
{
    openWindow();
    server.setHandler([this](const RecordedRequest &request) {
        if (!request.isStreamed())
            return FakeResponse::completion(QStringLiteral("<No>"));
        if (server.requestCount() < 100 && !retried)
            return FakeResponse::error(429, QStringLiteral("Rate limit reached"))
                .withHeader("Retry-After", "60");
        return FakeResponse::streamOf({QStringLiteral("Recovered.")});
    });
    type(QStringLiteral("hello"));
    sendAndWait();
    EXPECT_EQ(window->currentSession()->turns().first().state, ChatTurn::State::Failed);
    const int notice = window->lastNoticeId();
    ASSERT_GE(notice, 0);
    EXPECT_EQ(window->currentSession()->turns().first().result.error.kind, ProviderError::Kind::RateLimited);
    retried = true;
    QSignalSpy busy(window->currentSession(), &ChatSession::busyChanged);
    Q_EMIT window->chatView()->noticeActionTriggered(notice, 0); // "Retry"
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return window->currentSession()->turns().first().state == ChatTurn::State::Done; }, 10000));
    EXPECT_EQ(window->currentSession()->turns().first().answer, QStringLiteral("Recovered."));
}

TEST_F(MainWindowTest, WithoutAProviderTheQuestionIsKept)
{
    openWindow(false);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->chatView()->messageCount() == 1; }, 5000))
        << "the setup notice";
    type(QStringLiteral("my carefully written question"));
    QTest::keyClick(window->composer(), Qt::Key_Return);
    EXPECT_EQ(window->composer()->toPlainText(), QStringLiteral("my carefully written question"));
    EXPECT_TRUE(window->currentSession()->turns().isEmpty());
}

TEST_F(MainWindowTest, ClipboardChipCanBeForcedOn)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("KeyError: 'user'"));
    if (QGuiApplication::clipboard()->text() != QStringLiteral("KeyError: 'user'"))
        GTEST_SKIP() << "no clipboard on this platform";
    openWindow();
    ContextChip *clipboardChip = nullptr;
    for (ContextChip *chip : window->chips()) {
        if (chip->item().source == ContextItem::Source::Clipboard)
            clipboardChip = chip;
    }
    ASSERT_NE(clipboardChip, nullptr);
    classifierAnswer = QStringLiteral("<No>");
    type(QStringLiteral("what is a KeyError?"));
    sendAndWait();
    EXPECT_FALSE(lastMain().lastMessageText().contains(QStringLiteral("KeyError: 'user'")))
        << "routing said No";
    clipboardChip->setIncluded(true);
    // A click forces it; setIncluded alone is routing's suggestion, so click the toggle.
    QTest::mouseClick(clipboardChip->findChild<QToolButton *>(), Qt::LeftButton);
    if (!clipboardChip->isIncluded())
        QTest::mouseClick(clipboardChip->findChild<QToolButton *>(), Qt::LeftButton);
    EXPECT_TRUE(clipboardChip->isForced());
    type(QStringLiteral("and now?"));
    sendAndWait();
    EXPECT_TRUE(lastMain().lastMessageText().contains(QStringLiteral("KeyError: 'user'")));
}

} // namespace

namespace {

void save(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(CODEGURU_SCREENSHOT_DIR));
    const QString path = QStringLiteral(CODEGURU_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
    EXPECT_TRUE(widget->grab().save(path)) << path.toStdString();
}

TEST_F(MainWindowTest, Screenshots)
{
    answerPieces = {QStringLiteral("### 1. The Core Concept\n\n- **Threading**: the OS switches threads.\n- "
                                   "**Asyncio**: tasks yield at `await`.\n\n"),
                    QStringLiteral("| Feature | Threading | Asyncio |\n|---|---|---|\n| **Model** | "
                                   "Preemptive | Cooperative |\n| **Overhead** | High | Low |\n\n"),
                    QStringLiteral("```python\nimport asyncio\n\nasync def worker(name):\n    await "
                                   "asyncio.sleep(2)  # non-blocking\n    print(f\"done {name}\")\n```\n")};
    openWindow();
    window->resize(1000, 720);
    save(window.get(), QStringLiteral("window-empty"));
    type(QStringLiteral("Explain async/await vs threading in Python with examples"));
    sendAndWait();
    QTest::qWait(50); // let the final render reach the screen before grabbing
    save(window.get(), QStringLiteral("window-streamed-answer"));
    server.setHandler([](const RecordedRequest &) {
        return FakeResponse::error(401, QStringLiteral("Incorrect API key provided"));
    });
    type(QStringLiteral("and with a bad key?"));
    sendAndWait();
    QTest::qWait(50);
    save(window.get(), QStringLiteral("window-error"));
}

} // namespace

namespace {

TEST(ContextChip, ShowsLoadingProgressUntilReady)
{
    ContextChip chip(QStringLiteral("big.log"));
    EXPECT_EQ(chip.state(), ContextChip::State::Loading);
    chip.setProgressText(QStringLiteral("45 %"));
    EXPECT_TRUE(chip.label().contains(QStringLiteral("45 %"))) << chip.label().toStdString();
    chip.setItem(
        ContextItem {ContextItem::Source::File, QStringLiteral("/tmp/big.log"), QStringLiteral("x")});
    chip.setState(ContextChip::State::Ready);
    EXPECT_FALSE(chip.label().contains(QStringLiteral("45 %"))) << "progress is for loading only";
    EXPECT_TRUE(chip.label().contains(QStringLiteral("tokens")));
}

} // namespace

namespace {

TEST_F(MainWindowTest, CtrlShiftCCopiesTheLastAnswerAsMarkdown)
{
    openWindow();
    type(QStringLiteral("how do I print?"));
    sendAndWait();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get())) << "shortcuts need the active window";
    QTest::keyClick(window->composer(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(QTest::qWaitFor(
        [] {
            return QGuiApplication::clipboard()->text()
                == QStringLiteral("## Answer\n\n```python\nprint('hi')\n```\n");
        },
        3000))
        << QGuiApplication::clipboard()->text().toStdString();
}

} // namespace
