// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConversationData.h"
#include "ConversationRecord.h"
#include "HistoryError.h"
#include "HistoryOpenReport.h"
#include "HistoryResult.h"
#include "MessageRecord.h"
#include "SearchHit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>

class QSqlDatabase;
class QSqlQuery;
class QThread;

namespace CodeGuru {

/// The conversation history: one SQLite file (`history.sqlite`, WAL mode) in a folder, shared
/// by every CodeGuru process on the machine. Synchronous and bound to the thread that calls
/// open(): the command line uses it directly, the window through AsyncHistory.
///
/// Opening never fails for a damaged file: a file that is not a database, fails
/// `PRAGMA quick_check`, or has a schema this version does not know is moved aside
/// (`history.sqlite.corrupt-YYYYMMDD-HHMMSS`, with its -wal and -shm) and a new store is
/// started; openReport() says where it went. Nothing is ever deleted.
///
/// Every call returns its error as data. Kind::Locked comes after waiting the busy timeout
/// for another process's write. Kind::DiskFull leaves the store unchanged: callers keep the
/// data in memory and write it again later (SessionRecorder retries on its timer).
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    /// How thoroughly open() looks for damage before trusting a file.
    enum class OpenCheck {
        Quick, ///< PRAGMA quick_check over everything: ~0.3 s for 200,000 messages
        Light, ///< truncation, schema, and quick_check of the conversations table only: for
               ///< short-lived processes (the command line); damage elsewhere surfaces as
               ///< Corrupt errors from the calls that meet it
    };

    struct Options
    {
        /// How long a write waits for another process's write transaction.
        std::chrono::milliseconds busyTimeout {3000};
        /// A cap on the file size in pages (SQLite's max_page_count); 0: none. Reaching it is
        /// reported as DiskFull, which is how tests provoke a full disk honestly.
        qint64 maxPageCount = 0;
        OpenCheck openCheck = OpenCheck::Quick;
    };

    /// The store in `folder` (created if missing); nothing is opened until open().
    explicit HistoryStore(const QString &folder);
    HistoryStore(const QString &folder, const Options &options);
    ~HistoryStore();

    /// QStandardPaths::AppDataLocation, so XDG_DATA_HOME moves it.
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("history.sqlite"); }
    QString filePath() const;

    /// Opens or creates the store, migrating an older schema; see the class comment.
    /// Streaming answers whose writing process is gone are marked Interrupted.
    HistoryError open();
    /// Closes the connection (the destructor does too); must run on ownerThread().
    void close() { closeConnection(); }
    bool isOpen() const { return m_open; }
    const HistoryOpenReport &openReport() const { return m_report; }
    /// The thread that opened the connection: the only one allowed to use it.
    QThread *ownerThread() const { return m_thread; }
    /// Changes the file-size cap while open (see Options::maxPageCount).
    HistoryError setMaxPageCount(qint64 pages);

    HistoryResult<qint64> createConversation(const QString &title);
    HistoryError renameConversation(qint64 conversationId, const QString &title);
    /// Deletes the conversation, its messages and their search index entries.
    HistoryError deleteConversation(qint64 conversationId);
    /// Every conversation, most recently updated first.
    HistoryResult<QList<ConversationRecord>> listConversations();
    HistoryResult<ConversationRecord> conversation(qint64 conversationId);
    /// The conversation's messages in order.
    HistoryResult<QList<MessageRecord>> loadConversation(qint64 conversationId);
    /// The conversation and its messages, as export writes them.
    HistoryResult<ConversationData> conversationData(qint64 conversationId);

    /// Appends `message` (its id, conversationId and position are ignored) and returns its id.
    /// An unset `created` becomes now; an unset `updated` becomes `created`.
    HistoryResult<qint64> appendMessage(qint64 conversationId, const MessageRecord &message);
    /// The streaming write: new text so far and state, `updated` set to now.
    HistoryError updateMessageContent(qint64 messageId, const QString &content, const QString &reasoning,
                                      MessageRecord::State state);
    /// Rewrites every field of message `message.id` except its conversation and position:
    /// how an answer is finished (state, usage, finish reason, error) or replaced.
    HistoryError updateMessage(const MessageRecord &message);
    /// Writes a question and its answer as they are now, both stamped `updated` now: a row whose
    /// id is 0 is appended (and the id filled in), any other is rewritten. How the recorders
    /// save a turn, inside their transaction.
    HistoryError saveTurn(qint64 conversationId, MessageRecord question, MessageRecord answer,
                          qint64 &questionId, qint64 &answerId);
    /// Marks answers left Streaming by a process that no longer runs as Interrupted; returns
    /// how many. open() runs it; answers streamed by a live process are left alone.
    HistoryResult<int> markStreamingAsInterrupted();

    /// Full-text search over every message, best matches first. `text` is taken as plain
    /// words (no operators); every word must occur, the last one as a prefix.
    HistoryResult<QList<SearchHit>> search(const QString &text, int limit = 50);
    /// The FTS5 MATCH expression search() uses for `text`; empty when it has no words.
    static QString matchExpression(const QString &text);

    /// Adds an imported conversation with all its fields. When its uuid is already in the
    /// store it is added as a copy with a new uuid (importing twice never merges or replaces).
    HistoryResult<qint64> importConversation(const ConversationData &data);

    /// Runs `work` inside one write transaction (BEGIN IMMEDIATE): all of it is stored or none.
    /// Calls made inside join the transaction.
    HistoryError transaction(const std::function<HistoryError()> &work);

private:
    QSqlDatabase db() const;
    HistoryError openConnection(bool readOnly);
    void closeConnection();
    HistoryError checkWritable() const;
    static bool fileHasTable(QSqlQuery &query, const QString &table);
    HistoryError inReadTransaction(const std::function<HistoryError()> &work);
    HistoryError checkSchema(int &fromVersion, bool quickCheck);
    HistoryError prepareSchema(int &fromVersion);
    HistoryError migrate(int fromVersion);
    HistoryError moveAside(QString &movedTo);
    HistoryError exec(QSqlQuery &query) const;
    HistoryError exec(const QString &sql);
    HistoryError ensureOpen() const;
    HistoryResult<qint64> insertMessage(qint64 conversationId, int position, const MessageRecord &message);

    QString m_folder;
    Options m_options;
    QString m_connectionName;
    bool m_open = false;
    bool m_inTransaction = false;
    QThread *m_thread = nullptr;
    HistoryOpenReport m_report;
};

} // namespace CodeGuru
