// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the history: conversations come back after a restart, an interrupted answer
// offers Continue, delete really deletes, a damaged history never stops the window.
#include "MainWindowFixture.h"
#include "chat/ChatView.h"
#include "history/HistoryStore.h"
#include "window/Confirmation.h"
#include "window/ConversationSidebar.h"

#include <QFile>
#include <QSignalSpy>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class WindowHistoryTest : public MainWindowFixture
{
protected:
    QString historyFolder() const { return dir.filePath(QStringLiteral("history")); }

    /// A second connection, as another CodeGuru process would have.
    std::unique_ptr<HistoryStore> reader() const
    {
        auto store = std::make_unique<HistoryStore>(historyFolder());
        EXPECT_EQ(store->open().kind, HistoryError::Kind::None);
        return store;
    }

    void reopenWindow()
    {
        window.reset();
        history.reset(); // finishes its writes, like quitting
        openWindow();
    }

    int rowTitled(const QString &title) const
    {
        for (int row = 0; row < window->sidebar()->count(); ++row) {
            if (window->sidebar()->title(row) == title)
                return row;
        }
        return -1;
    }
};

TEST_F(WindowHistoryTest, ConversationsComeBackAfterARestart)
{
    openWindow();
    type(QStringLiteral("how do I print?"));
    sendAndWait();
    reopenWindow();
    ASSERT_TRUE(QTest::qWaitFor([this] { return rowTitled(QStringLiteral("how do I print?")) >= 0; }, 5000));
    EXPECT_EQ(window->sidebar()->currentRow(), 0) << "a new, empty conversation is ready on top";
    EXPECT_EQ(window->chatView()->messageCount(), 0);

    window->sidebar()->setCurrentRow(rowTitled(QStringLiteral("how do I print?")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->chatView()->messageCount() == 2; }, 5000));
    ASSERT_NE(window->currentSession(), nullptr);
    EXPECT_EQ(window->currentSession()->turns().first().answer,
              QStringLiteral("## Answer\n\n```python\nprint('hi')\n```\n"));

    // Asking on in a restored conversation adds to the same stored conversation.
    type(QStringLiteral("and in C?"));
    sendAndWait();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const auto listed = reader()->listConversations();
            return listed.value.size() == 1 && listed.value.first().messageCount == 4;
        },
        5000));
    const QString sentHistory = QString::fromUtf8(lastMain().body);
    EXPECT_TRUE(sentHistory.contains(QStringLiteral("how do I print?"))) << "earlier turns go as history";
}

TEST_F(WindowHistoryTest, AnInterruptedAnswerOffersContinue)
{
    {
        HistoryStore store(historyFolder());
        ASSERT_EQ(store.open().kind, HistoryError::Kind::None);
        const qint64 id = store.createConversation(QStringLiteral("threads")).value;
        MessageRecord question;
        question.role = MessageRecord::Role::User;
        question.content = QStringLiteral("explain threads");
        ASSERT_TRUE(store.appendMessage(id, question).ok());
        MessageRecord answer;
        answer.role = MessageRecord::Role::Assistant;
        answer.content = QStringLiteral("Threads share memory, so");
        answer.state = MessageRecord::State::Interrupted;
        ASSERT_TRUE(store.appendMessage(id, answer).ok());
    }
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([this] { return rowTitled(QStringLiteral("threads")) >= 0; }, 5000));
    window->sidebar()->setCurrentRow(rowTitled(QStringLiteral("threads")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->chatView()->messageCount() == 3; }, 5000))
        << "question, the partial answer and a notice";
    const int notice = window->lastNoticeId();
    EXPECT_TRUE(window->chatView()->noticeText(notice).contains(QStringLiteral("interrupted")))
        << window->chatView()->noticeText(notice).toStdString();

    answerPieces = {QStringLiteral("they need locks.")};
    Q_EMIT window->chatView()->noticeActionTriggered(notice, 0); // Continue
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->currentSession()->turns().size() == 2; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !window->currentSession()->isBusy(); }, 5000));
    EXPECT_TRUE(lastMain().lastMessageText().contains(QStringLiteral("continue")));
    EXPECT_TRUE(QString::fromUtf8(lastMain().body).contains(QStringLiteral("Threads share memory, so")))
        << "the partial answer goes as history, so the model can carry on from it";
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const auto listed = reader()->listConversations();
            return !listed.value.isEmpty() && listed.value.first().messageCount == 4;
        },
        5000));
}

TEST_F(WindowHistoryTest, DeleteRemovesTheConversationFromTheStoreAndTheSearch)
{
    answerPieces = {QStringLiteral("Use a flamegraph.")};
    openWindow();
    type(QStringLiteral("how do I profile?"));
    sendAndWait();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return reader()->search(QStringLiteral("flamegraph")).value.size() == 1; }, 5000));
    const int row = window->sidebar()->currentRow();
    Confirmation::setNextAnswer(false);
    Q_EMIT window->sidebar()->deleteRequested(row);
    EXPECT_EQ(reader()->listConversations().value.size(), 1) << "Cancel keeps it";
    Confirmation::setNextAnswer(true);
    Q_EMIT window->sidebar()->deleteRequested(row);
    ASSERT_TRUE(QTest::qWaitFor([this] { return reader()->listConversations().value.isEmpty(); }, 5000));
    EXPECT_TRUE(reader()->search(QStringLiteral("flamegraph")).value.isEmpty()) << "gone from the index too";
    EXPECT_EQ(window->sidebar()->count(), 1) << "an empty conversation takes its place";
}

TEST_F(WindowHistoryTest, ADamagedHistoryIsMovedAsideAndTheWindowWorks)
{
    ASSERT_TRUE(QDir().mkpath(historyFolder()));
    QFile garbage(QDir(historyFolder()).filePath(HistoryStore::fileName()));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, '\x5a'));
    garbage.close();
    openWindow();
    const QString notice = window->chatView()->noticeText(window->lastNoticeId());
    EXPECT_TRUE(notice.contains(QStringLiteral(".corrupt-")))
        << "the notice says where it went: " << notice.toStdString();
    const QStringList moved = QDir(historyFolder()).entryList({QStringLiteral("history.sqlite.corrupt-*")});
    ASSERT_EQ(moved.size(), 1);
    QFile kept(QDir(historyFolder()).filePath(moved.first()));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray(8192, '\x5a')) << "never deleted, byte for byte";
    type(QStringLiteral("still there?"));
    sendAndWait();
    ASSERT_TRUE(QTest::qWaitFor([this] { return reader()->listConversations().value.size() == 1; }, 5000));
}

TEST_F(WindowHistoryTest, ExportAndImportRoundTrip)
{
    openWindow();
    type(QStringLiteral("how do I print?"));
    sendAndWait();
    ASSERT_TRUE(QTest::qWaitFor([this] { return reader()->listConversations().value.size() == 1; }, 5000));
    QSignalSpy exported(window.get(), &MainWindow::exportFinished);
    const QString markdown = dir.filePath(QStringLiteral("print.md"));
    const QString json = dir.filePath(QStringLiteral("print.json"));
    window->exportConversation(markdown);
    ASSERT_TRUE(exported.wait(5000));
    EXPECT_TRUE(exported.last().first().toString().isEmpty())
        << exported.last().first().toString().toStdString();
    window->exportConversation(json);
    ASSERT_TRUE(exported.wait(5000));
    QFile md(markdown);
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("how do I print?")));
    EXPECT_TRUE(text.contains(QStringLiteral("print('hi')")));

    QSignalSpy imported(window.get(), &MainWindow::importFinished);
    window->importConversation(json);
    ASSERT_TRUE(imported.wait(5000));
    EXPECT_TRUE(imported.last().first().toString().isEmpty())
        << imported.last().first().toString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->chatView()->messageCount() == 2; }, 5000))
        << "the imported copy is opened";
    EXPECT_EQ(reader()->listConversations().value.size(), 2) << "a copy, never a merge";

    const QString garbage = dir.filePath(QStringLiteral("notes.json"));
    QFile notes(garbage);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("{\"hello\": 1}");
    notes.close();
    window->importConversation(garbage);
    ASSERT_TRUE(imported.wait(5000));
    EXPECT_FALSE(imported.last().first().toString().isEmpty())
        << "another JSON file is refused with a reason";
    EXPECT_EQ(reader()->listConversations().value.size(), 2);
}

} // namespace
