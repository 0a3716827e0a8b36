// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestSupport.h"
#include "history/HistorySchema.h"
#include "history/HistoryStore.h"

#include <QDir>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

// Version 1 exactly as CodeGuru 0.1 wrote it. Kept here, not taken from HistorySchema, so a
// change to the shipped migration cannot silently change what this test calls "version 1".
void writeVersion1(const QString &path)
{
    RawDb raw(path);
    raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    raw.exec(QStringLiteral("CREATE TABLE conversations (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL)"));
    raw.exec(
        QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, role TEXT NOT NULL, content TEXT NOT NULL,"
                       " model TEXT NOT NULL DEFAULT '', provider TEXT NOT NULL DEFAULT '',"
                       " created INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'complete')"));
    raw.exec(QStringLiteral("CREATE INDEX messages_by_conversation ON messages(conversation_id, position)"));
    raw.exec(QStringLiteral(
        "INSERT INTO conversations VALUES"
        " (1, '11111111-1111-1111-1111-111111111111', 'Old iterators', 1600000000000, 1600000005000),"
        " (2, '22222222-2222-2222-2222-222222222222', 'Old lambdas', 1600001000000, 1600001000000)"));
    raw.exec(QStringLiteral(
        "INSERT INTO messages (conversation_id, position, role, content, model, provider, created, state) "
        "VALUES"
        " (1, 0, 'user', 'why do iterators dangle?', '', '', 1600000000000, 'complete'),"
        " (1, 1, 'assistant', 'Reallocation moves the elements.', 'gpt-4o', 'OpenAI', 1600000005000, "
        "'complete'),"
        " (2, 0, 'user', 'capture by reference?', '', '', 1600001000000, 'complete'),"
        " (2, 1, 'assistant', 'Only if it outlives', 'llama', 'Ollama', 1600001000000, 'streaming')"));
    raw.exec(QStringLiteral("PRAGMA user_version = 1"));
}

TEST(HistoryMigrationTest, Version1KeepsItsDataAndBecomesSearchable)
{
    QTemporaryDir dir;
    writeVersion1(dir.filePath(HistoryStore::fileName()));

    HistoryStore store(dir.path());
    const HistoryError error = store.open();
    ASSERT_FALSE(error.isError()) << qPrintable(error.detail);
    EXPECT_FALSE(store.openReport().movedAside());
    EXPECT_EQ(store.openReport().migratedFromVersion, 1);
    EXPECT_EQ(store.openReport().interruptedMessages, 1) << "v1 had no writer: a streaming row is orphaned";

    const QList<ConversationRecord> list = store.listConversations().value;
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).title, QStringLiteral("Old lambdas"));
    EXPECT_EQ(list.at(1).uuid, QStringLiteral("11111111-1111-1111-1111-111111111111"));
    EXPECT_EQ(list.at(1).messageCount, 2) << "the count is filled in by the migration";
    EXPECT_EQ(list.at(1).updated, QDateTime::fromMSecsSinceEpoch(1600000005000, Qt::UTC));

    const QList<MessageRecord> messages = store.loadConversation(1).value;
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(1).content, QStringLiteral("Reallocation moves the elements."));
    EXPECT_EQ(messages.at(1).model, QStringLiteral("gpt-4o"));
    EXPECT_EQ(messages.at(1).provider, QStringLiteral("OpenAI"));
    EXPECT_EQ(messages.at(1).role, MessageRecord::Role::Assistant);
    EXPECT_EQ(messages.at(1).updated, messages.at(1).created);
    EXPECT_TRUE(messages.at(1).reasoning.isEmpty());
    EXPECT_FALSE(messages.at(1).promptTokens.has_value());
    EXPECT_EQ(store.loadConversation(2).value.at(1).state, MessageRecord::State::Interrupted);

    const QList<SearchHit> hits = store.search(QStringLiteral("reallocation")).value;
    ASSERT_EQ(hits.size(), 1) << "old messages are in the new index";
    EXPECT_EQ(hits.first().conversationId, 1);

    ASSERT_TRUE(store.appendMessage(1, message(MessageRecord::Role::User, QStringLiteral("and now?"))).ok());
    EXPECT_EQ(store.conversation(1).value.messageCount, 3);
    EXPECT_EQ(store.loadConversation(1).value.last().position, 2);

    RawDb raw(store.filePath());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), HistorySchema::CurrentVersion);
}

TEST(HistoryMigrationTest, CurrentStoreOpensWithoutMigrating)
{
    QTemporaryDir dir;
    {
        HistoryStore first(dir.path());
        ASSERT_FALSE(first.open().isError());
        EXPECT_EQ(first.openReport().migratedFromVersion, 0) << "a new store is not a migration";
        ASSERT_TRUE(first.createConversation(QStringLiteral("kept")).ok());
    }
    HistoryStore again(dir.path());
    ASSERT_FALSE(again.open().isError());
    EXPECT_EQ(again.openReport().migratedFromVersion, 0);
    EXPECT_EQ(again.listConversations().value.size(), 1);
}

TEST(HistoryMigrationTest, EveryVersionHasAMigration)
{
    for (int version = 1; version <= HistorySchema::CurrentVersion; ++version)
        EXPECT_FALSE(HistorySchema::migration(version).isEmpty()) << version;
    EXPECT_TRUE(HistorySchema::migration(HistorySchema::CurrentVersion + 1).isEmpty());
}

} // namespace
