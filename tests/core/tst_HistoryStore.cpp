// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestSupport.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class HistoryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const HistoryError error = store.open();
        ASSERT_FALSE(error.isError()) << qPrintable(error.message) << qPrintable(error.detail);
    }

    qint64 conversationWith(const QString &title, const QStringList &contents)
    {
        const HistoryResult<qint64> id = store.createConversation(title);
        EXPECT_TRUE(id.ok());
        for (qsizetype i = 0; i < contents.size(); ++i)
            EXPECT_TRUE(
                store
                    .appendMessage(id.value,
                                   message(i % 2 ? MessageRecord::Role::Assistant : MessageRecord::Role::User,
                                           contents.at(i)))
                    .ok());
        return id.value;
    }

    QTemporaryDir dir;
    HistoryStore store {dir.path()};
};

TEST_F(HistoryStoreTest, OpensInWalModeAtTheCurrentSchema)
{
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("history.sqlite"))));
    RawDb raw(store.filePath());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    EXPECT_FALSE(store.openReport().movedAside());
    EXPECT_TRUE(store.openReport().notice().isEmpty());
}

TEST_F(HistoryStoreTest, DefaultFolderFollowsXdgDataHome)
{
    QTemporaryDir data;
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(false);
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const QString folder = HistoryStore::defaultFolder();
    QStandardPaths::setTestModeEnabled(true);
    if (previous.isEmpty())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previous);
    EXPECT_TRUE(folder.startsWith(data.path())) << qPrintable(folder);
}

TEST_F(HistoryStoreTest, CallsBeforeOpenReportNotOpen)
{
    HistoryStore closed(dir.filePath(QStringLiteral("other")));
    EXPECT_EQ(closed.listConversations().error.kind, HistoryError::Kind::NotOpen);
    EXPECT_EQ(closed.createConversation(QStringLiteral("x")).error.kind, HistoryError::Kind::NotOpen);
    EXPECT_FALSE(closed.search(QStringLiteral("x")).ok());
}

TEST_F(HistoryStoreTest, ListsConversationsMostRecentFirstWithCounts)
{
    const qint64 first =
        conversationWith(QStringLiteral("First"), {QStringLiteral("a"), QStringLiteral("b")});
    const qint64 second = conversationWith(QStringLiteral("Second"), {QStringLiteral("c")});
    HistoryResult<QList<ConversationRecord>> list = store.listConversations();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value.size(), 2);
    EXPECT_EQ(list.value.at(0).id, second);
    EXPECT_EQ(list.value.at(0).messageCount, 1);
    EXPECT_EQ(list.value.at(1).messageCount, 2);
    EXPECT_NE(list.value.at(0).uuid, list.value.at(1).uuid);
    EXPECT_EQ(list.value.at(0).uuid.size(), 36);

    MessageRecord later = message(MessageRecord::Role::User, QStringLiteral("again"));
    later.created = QDateTime::currentDateTimeUtc().addSecs(60);
    ASSERT_TRUE(store.appendMessage(first, later).ok());
    ASSERT_FALSE(store.renameConversation(first, QStringLiteral("Renamed")).isError());
    list = store.listConversations();
    EXPECT_EQ(list.value.at(0).id, first) << "a new message moves it to the top";
    EXPECT_EQ(list.value.at(0).title, QStringLiteral("Renamed"));
    EXPECT_EQ(list.value.at(0).messageCount, 3);
    EXPECT_EQ(store.renameConversation(9999, QStringLiteral("x")).kind, HistoryError::Kind::NotFound);
    EXPECT_EQ(store.appendMessage(9999, later).error.kind, HistoryError::Kind::NotFound);
    EXPECT_EQ(store.loadConversation(9999).error.kind, HistoryError::Kind::NotFound);
}

TEST_F(HistoryStoreTest, MessagesKeepEveryFieldInOrder)
{
    const qint64 id = store.createConversation(QStringLiteral("Fields")).value;
    MessageRecord question = message(MessageRecord::Role::User, QStringLiteral("Why ünïcode? 🙂"));
    question.context = QJsonObject {{QStringLiteral("redactedSecrets"), 2}};
    MessageRecord answer = message(MessageRecord::Role::Assistant, QStringLiteral("Because."));
    answer.reasoning = QStringLiteral("thinking");
    answer.model = QStringLiteral("gpt-x");
    answer.provider = QStringLiteral("Local");
    answer.created = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    answer.updated = QDateTime::fromMSecsSinceEpoch(1700000005456, Qt::UTC);
    answer.promptTokens = 12;
    answer.completionTokens = 0;
    answer.finishReason = QStringLiteral("length");
    answer.state = MessageRecord::State::Failed;
    answer.error = QStringLiteral("The connection dropped.");
    const qint64 qid = store.appendMessage(id, question).value;
    const qint64 aid = store.appendMessage(id, answer).value;
    const HistoryResult<QList<MessageRecord>> loaded = store.loadConversation(id);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded.value.size(), 2);
    EXPECT_EQ(loaded.value.at(0).id, qid);
    EXPECT_EQ(loaded.value.at(0).position, 0);
    EXPECT_EQ(loaded.value.at(0).content, question.content);
    EXPECT_EQ(loaded.value.at(0).context, question.context);
    EXPECT_FALSE(loaded.value.at(0).promptTokens.has_value());
    MessageRecord expected = answer;
    expected.id = aid;
    expected.conversationId = id;
    expected.position = 1;
    EXPECT_EQ(loaded.value.at(1), expected);
}

TEST_F(HistoryStoreTest, StreamingWritesThenFinish)
{
    const qint64 id = store.createConversation(QStringLiteral("Stream")).value;
    const qint64 aid =
        store.appendMessage(id, message(MessageRecord::Role::Assistant, {}, MessageRecord::State::Streaming))
            .value;
    ASSERT_FALSE(store
                     .updateMessageContent(aid, QStringLiteral("Hel"), QStringLiteral("r"),
                                           MessageRecord::State::Streaming)
                     .isError());
    MessageRecord stored = store.loadConversation(id).value.at(0);
    EXPECT_EQ(stored.content, QStringLiteral("Hel"));
    EXPECT_EQ(stored.state, MessageRecord::State::Streaming);
    stored.content = QStringLiteral("Hello");
    stored.state = MessageRecord::State::Complete;
    stored.finishReason = QStringLiteral("stop");
    stored.completionTokens = 2;
    ASSERT_FALSE(store.updateMessage(stored).isError());
    const MessageRecord finished = store.loadConversation(id).value.at(0);
    EXPECT_EQ(finished.content, QStringLiteral("Hello"));
    EXPECT_EQ(finished.state, MessageRecord::State::Complete);
    EXPECT_EQ(finished.completionTokens, 2);
    EXPECT_EQ(store.search(QStringLiteral("hello")).value.size(), 1) << "the index follows content updates";
    EXPECT_TRUE(store.search(QStringLiteral("hel")).value.size() == 1);
    EXPECT_EQ(store.updateMessageContent(424242, {}, {}, MessageRecord::State::Complete).kind,
              HistoryError::Kind::NotFound);
}

TEST_F(HistoryStoreTest, DeleteRemovesRowsAndSearchIndex)
{
    const qint64 keep = conversationWith(QStringLiteral("Keep"), {QStringLiteral("ordinary words")});
    const qint64 gone =
        conversationWith(QStringLiteral("Gone"),
                         {QStringLiteral("the zanzibarquux secret"), QStringLiteral("more zanzibarquux")});
    ASSERT_EQ(store.search(QStringLiteral("zanzibarquux")).value.size(), 2);
    ASSERT_FALSE(store.deleteConversation(gone).isError());
    EXPECT_TRUE(store.search(QStringLiteral("zanzibarquux")).value.isEmpty());
    EXPECT_EQ(store.deleteConversation(gone).kind, HistoryError::Kind::NotFound);
    EXPECT_EQ(store.listConversations().value.size(), 1);
    EXPECT_EQ(store.listConversations().value.first().id, keep);

    RawDb raw(store.filePath());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = %1").arg(gone))
                  .toInt(),
              0);
    // Look in the index itself, not through the content table: the term must be gone.
    raw.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, messages_fts, 'row')"));
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT count(*) FROM temp.vocab WHERE term = 'zanzibarquux'")).toInt(), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM temp.vocab WHERE term = 'ordinary'")).toInt(),
              1);
    EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES('integrity-check')")));
}

TEST_F(HistoryStoreTest, SearchHighlightsWordsAndPrefixes)
{
    const qint64 id = conversationWith(QStringLiteral("Iterators"),
                                       {QStringLiteral("Why does push_back invalidate my iterators?"),
                                        QStringLiteral("Because the vector may reallocate its storage.")});
    const HistoryResult<QList<SearchHit>> hits = store.search(QStringLiteral("reallocate"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits.value.size(), 1);
    EXPECT_EQ(hits.value.first().conversationId, id);
    EXPECT_EQ(hits.value.first().conversationTitle, QStringLiteral("Iterators"));
    EXPECT_EQ(hits.value.first().role, MessageRecord::Role::Assistant);
    const QString marked =
        QChar(SearchHit::HighlightBegin) + QStringLiteral("reallocate") + QChar(SearchHit::HighlightEnd);
    EXPECT_TRUE(hits.value.first().snippet.contains(marked)) << qPrintable(hits.value.first().snippet);

    EXPECT_EQ(store.search(QStringLiteral("iterat")).value.size(), 1) << "the last word is a prefix";
    EXPECT_EQ(store.search(QStringLiteral("vector stor")).value.size(), 1) << "all words, in any order";
    EXPECT_TRUE(store.search(QStringLiteral("vector iterators")).value.isEmpty()) << "not in one message";
    EXPECT_EQ(store.search(QStringLiteral("push_back")).value.size(), 1);
}

TEST_F(HistoryStoreTest, SearchTakesHostileInputAsPlainText)
{
    conversationWith(QStringLiteral("Odd"), {QStringLiteral("a foo\"bar token and AND NOT -x near(y)")});
    for (const QString &input : {QStringLiteral("foo\"bar"), QStringLiteral("AND"), QStringLiteral("-x"),
                                 QStringLiteral("NEAR(a b)"), QStringLiteral("*"), QStringLiteral("\""),
                                 QStringLiteral("a:b"), QStringLiteral(")"), QStringLiteral("OR OR"),
                                 QStringLiteral("^x"), QStringLiteral("'; DROP TABLE messages; --"),
                                 QStringLiteral("   "), QStringLiteral("col:foo"), QStringLiteral("{a b}")}) {
        const HistoryResult<QList<SearchHit>> hits = store.search(input);
        EXPECT_TRUE(hits.ok()) << qPrintable(input) << ": " << qPrintable(hits.error.detail);
    }
    EXPECT_EQ(store.search(QStringLiteral("foo\"bar")).value.size(), 1);
    EXPECT_EQ(store.search(QStringLiteral("AND NOT")).value.size(), 1) << "operators are words";
    EXPECT_EQ(store.search(QStringLiteral("-x")).value.size(), 1);
    EXPECT_EQ(store.listConversations().value.size(), 1);
    EXPECT_EQ(HistoryStore::matchExpression(QStringLiteral("a \"b")), QStringLiteral("\"a\" \"\"\"b\"*"));
    EXPECT_TRUE(HistoryStore::matchExpression(QStringLiteral(" - * ")).isEmpty());
}

TEST_F(HistoryStoreTest, OnlyAnswersOfDeadWritersBecomeInterrupted)
{
    const qint64 id = store.createConversation(QStringLiteral("Crash")).value;
    const qint64 live = store
                            .appendMessage(id,
                                           message(MessageRecord::Role::Assistant, QStringLiteral("mine"),
                                                   MessageRecord::State::Streaming))
                            .value;
    const qint64 orphan = store
                              .appendMessage(id,
                                             message(MessageRecord::Role::Assistant, QStringLiteral("theirs"),
                                                     MessageRecord::State::Streaming))
                              .value;
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    ASSERT_TRUE(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    ASSERT_TRUE(finished.waitForFinished());
    {
        RawDb raw(store.filePath());
        raw.exec(
            QStringLiteral("UPDATE messages SET writer_pid = %1 WHERE id = %2").arg(deadPid).arg(orphan));
    }

    HistoryStore other(dir.path()); // what codeguru-cli does while the window streams
    ASSERT_FALSE(other.open().isError());
    EXPECT_EQ(other.openReport().interruptedMessages, 1);
    const QList<MessageRecord> messages = other.loadConversation(id).value;
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).id, live);
    EXPECT_EQ(messages.at(0).state, MessageRecord::State::Streaming) << "its writer (this process) is alive";
    EXPECT_EQ(messages.at(1).state, MessageRecord::State::Interrupted);
    EXPECT_EQ(messages.at(1).content, QStringLiteral("theirs"));
}

} // namespace
