// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySchema.h"

namespace CodeGuru {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE conversations ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " updated INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " role TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " model TEXT NOT NULL DEFAULT '',"
                       " provider TEXT NOT NULL DEFAULT '',"
                       " created INTEGER NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'complete')"),
        QStringLiteral("CREATE INDEX messages_by_conversation ON messages(conversation_id, position)"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN reasoning TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN updated INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE messages SET updated = created"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN prompt_tokens INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN completion_tokens INTEGER"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN finish_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN error TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN context TEXT NOT NULL DEFAULT ''"),
        // Which process is streaming into the row: only a dead writer's answer is interrupted.
        QStringLiteral("ALTER TABLE messages ADD COLUMN writer_pid INTEGER"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE conversations SET message_count ="
                       " (SELECT count(*) FROM messages WHERE conversation_id = conversations.id)"),
        QStringLiteral("CREATE INDEX conversations_by_updated ON conversations(updated)"),
        // Tiny: only rows being streamed. Lets open() find crashed answers without a scan.
        QStringLiteral("CREATE INDEX messages_streaming ON messages(id) WHERE state = 'streaming'"),
        // External content: the text lives once, in messages; triggers keep the index in step.
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages',"
                       " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES('rebuild')"),
        QStringLiteral("CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);"
                       " UPDATE conversations SET message_count = message_count + 1,"
                       "  updated = max(updated, new.updated) WHERE id = new.conversation_id;"
                       " END"),
        QStringLiteral(
            "CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
            " UPDATE conversations SET message_count = message_count - 1 WHERE id = old.conversation_id;"
            " END"),
        QStringLiteral(
            "CREATE TRIGGER messages_au_content AFTER UPDATE OF content ON messages BEGIN"
            " INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
            " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);"
            " END"),
        QStringLiteral(
            "CREATE TRIGGER messages_au_updated AFTER UPDATE OF updated ON messages BEGIN"
            " UPDATE conversations SET updated = max(updated, new.updated) WHERE id = new.conversation_id;"
            " END"),
    };
}

} // namespace

QStringList HistorySchema::migration(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    default:
        return {};
    }
}

QList<QPair<QString, QStringList>> HistorySchema::requiredColumns(int version)
{
    QList<QPair<QString, QStringList>> tables {
        {QStringLiteral("conversations"),
         {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("created"),
          QStringLiteral("updated")}},
        {QStringLiteral("messages"),
         {QStringLiteral("id"), QStringLiteral("conversation_id"), QStringLiteral("position"),
          QStringLiteral("role"), QStringLiteral("content"), QStringLiteral("model"),
          QStringLiteral("provider"), QStringLiteral("created"), QStringLiteral("state")}},
    };
    if (version >= 2) {
        tables[0].second << QStringLiteral("message_count");
        tables[1].second << QStringLiteral("reasoning") << QStringLiteral("updated")
                         << QStringLiteral("prompt_tokens") << QStringLiteral("completion_tokens")
                         << QStringLiteral("finish_reason") << QStringLiteral("error")
                         << QStringLiteral("context") << QStringLiteral("writer_pid");
        tables.append({QStringLiteral("messages_fts"), {QStringLiteral("content")}});
    }
    return tables;
}

} // namespace CodeGuru
