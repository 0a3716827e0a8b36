// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryStore.h"

#include "HistorySchema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace CodeGuru {

namespace {

constexpr int SqliteError = 1; // SQLITE_ERROR: a statement the schema does not allow

QAtomicInteger<quint64> s_connectionCounter;

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString contextText(const QJsonObject &context)
{
    return context.isEmpty() ? QString()
                             : QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
}

QJsonObject contextObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

bool processAlive(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // Signal 0 only checks existence; EPERM means it exists but belongs to someone else.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return false;
#endif
}

const QString kMessageColumns = QStringLiteral(
    "id, conversation_id, position, role, content, reasoning, model, provider, created, updated,"
    " prompt_tokens, completion_tokens, finish_reason, state, error, context");

MessageRecord readMessage(const QSqlQuery &query)
{
    MessageRecord message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toLongLong();
    message.position = query.value(2).toInt();
    message.role = MessageRecord::roleFromName(query.value(3).toString()).value_or(MessageRecord::Role::User);
    message.content = query.value(4).toString();
    message.reasoning = query.value(5).toString();
    message.model = query.value(6).toString();
    message.provider = query.value(7).toString();
    message.created = fromMs(query.value(8));
    message.updated = fromMs(query.value(9));
    message.promptTokens = toOptionalInt(query.value(10));
    message.completionTokens = toOptionalInt(query.value(11));
    message.finishReason = query.value(12).toString();
    message.state =
        MessageRecord::stateFromName(query.value(13).toString()).value_or(MessageRecord::State::Complete);
    message.error = query.value(14).toString();
    message.context = contextObject(query.value(15).toString());
    return message;
}

ConversationRecord readConversation(const QSqlQuery &query)
{
    ConversationRecord record;
    record.id = query.value(0).toLongLong();
    record.uuid = query.value(1).toString();
    record.title = query.value(2).toString();
    record.created = fromMs(query.value(3));
    record.updated = fromMs(query.value(4));
    record.messageCount = query.value(5).toInt();
    return record;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

HistoryStore::HistoryStore(const QString &folder)
    : HistoryStore(folder, Options())
{ }

HistoryStore::HistoryStore(const QString &folder, const Options &options)
    : m_folder(folder)
    , m_options(options)
    , m_connectionName(QStringLiteral("codeguru-history-%1").arg(++s_connectionCounter))
{ }

HistoryStore::~HistoryStore()
{
    closeConnection();
}

QString HistoryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString HistoryStore::filePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QSqlDatabase HistoryStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

HistoryError HistoryStore::open()
{
    closeConnection();
    m_report = HistoryOpenReport();
    m_thread = QThread::currentThread();
    if (!QDir().mkpath(m_folder))
        return HistoryError::make(HistoryError::Kind::ReadOnly, tr("cannot create the folder"), m_folder);
    if (const HistoryError error = checkWritable(); error.isError())
        return error;

    int fromVersion = 0;
    HistoryError error;
    if (QFileInfo(filePath()).size() > 0) {
        // Judge an existing file through a read-only connection: closing a read-write one
        // would checkpoint or delete a -wal that may hold the person's last answers.
        error = openConnection(true);
        if (!error.isError())
            error = inReadTransaction([&] { return checkSchema(fromVersion, true); });
        closeConnection();
    }
    if (!error.isError()) {
        error = openConnection(false);
        if (!error.isError())
            error = prepareSchema(fromVersion);
    }
    if (error.kind == HistoryError::Kind::Corrupt) {
        closeConnection();
        QString movedTo;
        if (const HistoryError moveError = moveAside(movedTo); moveError.isError())
            return moveError;
        m_report.movedAsidePath = movedTo;
        m_report.movedAsideReason = error;
        fromVersion = 0;
        error = openConnection(false);
        if (!error.isError())
            error = prepareSchema(fromVersion);
    }
    if (error.isError()) {
        closeConnection();
        return error;
    }
    m_open = true;
    m_report.migratedFromVersion =
        fromVersion > 0 && fromVersion < HistorySchema::CurrentVersion ? fromVersion : 0;
    // A lock held by another writer must not stop start-up: its crashed answers wait for next time.
    if (const HistoryResult<int> marked = markStreamingAsInterrupted(); marked.ok())
        m_report.interruptedMessages = marked.value;
    return {};
}

HistoryError HistoryStore::checkWritable() const
{
    // Real file operations rather than access(): they honour every way a write can be refused.
    QTemporaryFile probe(QDir(m_folder).filePath(QStringLiteral(".history-probe-XXXXXX")));
    if (!probe.open())
        return HistoryError::make(HistoryError::Kind::ReadOnly, probe.errorString(), m_folder);
    QFile file(filePath());
    if (file.exists() && !file.open(QIODevice::ReadWrite))
        return HistoryError::make(HistoryError::Kind::ReadOnly, file.errorString(), filePath());
    return {};
}

HistoryError HistoryStore::openConnection(bool readOnly)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!database.isValid()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        return HistoryError::make(HistoryError::Kind::Io,
                                  tr("the Qt SQLite driver (QSQLITE) is not installed"));
    }
    database.setDatabaseName(filePath());
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeout.count())
                               + (readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!database.open())
        return HistoryError::fromSql(database.lastError(), filePath());
    return {};
}

void HistoryStore::closeConnection()
{
    m_open = false;
    m_inTransaction = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = db();
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

HistoryError HistoryStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return {};
    return HistoryError::fromSql(query.lastError(), filePath());
}

HistoryError HistoryStore::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return {};
    return HistoryError::fromSql(query.lastError(), filePath());
}

bool HistoryStore::fileHasTable(QSqlQuery &query, const QString &table)
{
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

HistoryError HistoryStore::inReadTransaction(const std::function<HistoryError()> &work)
{
    // One read transaction: every check sees the same snapshot, even while another process
    // is creating or migrating the store at this very moment.
    if (const HistoryError error = exec(QStringLiteral("BEGIN")); error.isError())
        return error;
    const HistoryError error = work();
    exec(QStringLiteral("COMMIT"));
    return error;
}

HistoryError HistoryStore::checkSchema(int &fromVersion, bool quickCheck)
{
    const QString path = filePath();
    auto corrupt = [&path](const QString &why) {
        return HistoryError::make(HistoryError::Kind::Corrupt, why, path);
    };

    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (quickCheck && m_options.openCheck == OpenCheck::Light) {
        if (!query.exec(
                QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
            || !query.next())
            return HistoryError::fromSql(query.lastError(), path);
        // Pages may legitimately live in the -wal only; without one the file must hold them all.
        if (QFileInfo(path + QStringLiteral("-wal")).size() == 0
            && QFileInfo(path).size() < query.value(0).toLongLong())
            return corrupt(tr("the file is shorter than its header says (truncated)"));
    }
    if (quickCheck) {
        const bool light = m_options.openCheck == OpenCheck::Light;
        if (!query.exec(light && fileHasTable(query, QStringLiteral("conversations"))
                            ? QStringLiteral("PRAGMA quick_check(conversations)")
                            : QStringLiteral("PRAGMA quick_check")))
            return HistoryError::fromSql(query.lastError(), path);
        QStringList problems;
        while (query.next())
            problems.append(query.value(0).toString());
        if (problems != QStringList {QStringLiteral("ok")})
            return corrupt(problems.mid(0, 5).join(QLatin1Char('\n')));
    }

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return HistoryError::fromSql(query.lastError(), path);
    fromVersion = query.value(0).toInt();
    if (fromVersion > HistorySchema::CurrentVersion) {
        HistoryError error = corrupt(tr("schema version %1 is newer than this CodeGuru knows (%2)")
                                         .arg(fromVersion)
                                         .arg(HistorySchema::CurrentVersion));
        error.message = tr("The conversation history at %1 was written by a newer CodeGuru.")
                            .arg(QDir::toNativeSeparators(path));
        return error;
    }
    if (fromVersion == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
            || !query.next())
            return HistoryError::fromSql(query.lastError(), path);
        if (query.value(0).toInt() > 0)
            return corrupt(tr("the file holds tables that are not a CodeGuru history"));
    } else {
        for (const auto &[table, columns] : HistorySchema::requiredColumns(fromVersion)) {
            if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
                return HistoryError::fromSql(query.lastError(), path);
            QStringList present;
            while (query.next())
                present.append(query.value(1).toString());
            for (const QString &column : columns) {
                if (!present.contains(column))
                    return corrupt(tr("table %1 lacks column %2").arg(table, column));
            }
        }
    }
    return {};
}

HistoryError HistoryStore::prepareSchema(int &fromVersion)
{
    // The file was checked read-only before, unless it was empty; the cheap checks run again
    // in case another process created the store in between.
    const bool checkedBefore = fromVersion > 0;
    if (const HistoryError error =
            inReadTransaction([&] { return checkSchema(fromVersion, !checkedBefore); });
        error.isError())
        return error;

    if (const HistoryError error =
            exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeout.count()));
        error.isError())
        return error;
    // WAL lets the window and the command line read while the other writes.
    if (const HistoryError error = exec(QStringLiteral("PRAGMA journal_mode = WAL")); error.isError())
        return error;
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (const HistoryError error = exec(pragma); error.isError())
            return error;
    }
    if (m_options.maxPageCount > 0) {
        if (const HistoryError error =
                exec(QStringLiteral("PRAGMA max_page_count = %1").arg(m_options.maxPageCount));
            error.isError())
            return error;
    }
    return migrate(fromVersion);
}

HistoryError HistoryStore::migrate(int fromVersion)
{
    for (int version = fromVersion + 1; version <= HistorySchema::CurrentVersion; ++version) {
        const HistoryError error = transaction([this, version]() -> HistoryError {
            QSqlQuery query(db());
            // Another process may have migrated while we waited for the write lock.
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
                return HistoryError::fromSql(query.lastError(), filePath());
            if (query.value(0).toInt() >= version)
                return {};
            for (const QString &statement : HistorySchema::migration(version)) {
                if (!query.exec(statement)) {
                    HistoryError failed = HistoryError::fromSql(query.lastError(), filePath());
                    // A statement our own schema must accept was refused: the file only looked like ours.
                    if ((query.lastError().nativeErrorCode().toInt() & 0xff) == SqliteError)
                        failed = HistoryError::make(HistoryError::Kind::Corrupt, failed.detail, filePath());
                    return failed;
                }
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return HistoryError::fromSql(query.lastError(), filePath());
            return {};
        });
        if (error.isError())
            return error;
    }
    return {};
}

HistoryError HistoryStore::moveAside(QString &movedTo)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = filePath() + QStringLiteral(".corrupt-") + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = base + QStringLiteral("-%1").arg(n);
    if (QFileInfo::exists(filePath()) && !QFile::rename(filePath(), target))
        return HistoryError::make(HistoryError::Kind::Io, tr("could not move the damaged history aside"),
                                  filePath());
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(filePath() + suffix))
            QFile::rename(filePath() + suffix, target + suffix);
    }
    movedTo = target;
    return {};
}

HistoryError HistoryStore::ensureOpen() const
{
    if (!m_open)
        return HistoryError::make(HistoryError::Kind::NotOpen);
    return {};
}

HistoryError HistoryStore::setMaxPageCount(qint64 pages)
{
    m_options.maxPageCount = pages;
    if (!m_open)
        return {};
    // 0 would mean "as small as the file is now"; SQLite's own default cap is huge.
    return exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages > 0 ? pages : 4294967294LL));
}

HistoryError HistoryStore::transaction(const std::function<HistoryError()> &work)
{
    if (m_inTransaction)
        return work();
    // IMMEDIATE takes the write lock up front, so waiting for another writer honours the busy
    // timeout instead of failing on a read-to-write upgrade.
    if (const HistoryError error = exec(QStringLiteral("BEGIN IMMEDIATE")); error.isError())
        return error;
    m_inTransaction = true;
    HistoryError error = work();
    m_inTransaction = false;
    if (!error.isError())
        error = exec(QStringLiteral("COMMIT"));
    if (error.isError())
        exec(QStringLiteral("ROLLBACK"));
    return error;
}

HistoryResult<qint64> HistoryStore::createConversation(const QString &title)
{
    if (const HistoryError error = ensureOpen(); error.isError())
        return HistoryResult<qint64>::failure(error);
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("INSERT INTO conversations (uuid, title, created, updated) VALUES (?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(newUuid());
    query.addBindValue(text(title));
    query.addBindValue(now);
    query.addBindValue(now);
    if (const HistoryError error = exec(query); error.isError())
        return HistoryResult<qint64>::failure(error);
    return HistoryResult<qint64>::success(query.lastInsertId().toLongLong());
}

HistoryError HistoryStore::renameConversation(qint64 conversationId, const QString &title)
{
    if (const HistoryError error = ensureOpen(); error.isError())
        return error;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"));
    query.addBindValue(text(title));
    query.addBindValue(conversationId);
    if (const HistoryError error = exec(query); error.isError())
        return error;
    return query.numRowsAffected() > 0 ? HistoryError() : HistoryError::make(HistoryError::Kind::NotFound);
}

HistoryError HistoryStore::deleteConversation(qint64 conversationId)
{
    if (const HistoryError error = ensureOpen(); error.isError())
        return error;
    return transaction([this, conversationId]() -> HistoryError {
        QSqlQuery query(db());
        // Messages first, so their triggers remove them from the search index.
        query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
        query.addBindValue(conversationId);
        if (const HistoryError error = exec(query); error.isError())
            return error;
        query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
        query.addBindValue(conversationId);
        if (const HistoryError error = exec(query); error.isError())
            return error;
        return query.numRowsAffected() > 0 ? HistoryError()
                                           : HistoryError::make(HistoryError::Kind::NotFound);
    });
}

HistoryResult<QList<ConversationRecord>> HistoryStore::listConversations()
{
    using Result = HistoryResult<QList<ConversationRecord>>;
    if (const HistoryError error = ensureOpen(); error.isError())
        return Result::failure(error);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, uuid, title, created, updated, message_count FROM conversations"
                           " ORDER BY updated DESC, id DESC")))
        return Result::failure(HistoryError::fromSql(query.lastError(), filePath()));
    QList<ConversationRecord> records;
    while (query.next())
        records.append(readConversation(query));
    if (query.lastError().isValid())
        return Result::failure(HistoryError::fromSql(query.lastError(), filePath()));
    return Result::success(records);
}

HistoryResult<ConversationRecord> HistoryStore::conversation(qint64 conversationId)
{
    using Result = HistoryResult<ConversationRecord>;
    if (const HistoryError error = ensureOpen(); error.isError())
        return Result::failure(error);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, uuid, title, created, updated, message_count FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    if (const HistoryError error = exec(query); error.isError())
        return Result::failure(error);
    if (!query.next())
        return Result::failure(HistoryError::make(HistoryError::Kind::NotFound));
    return Result::success(readConversation(query));
}

HistoryResult<QList<MessageRecord>> HistoryStore::loadConversation(qint64 conversationId)
{
    using Result = HistoryResult<QList<MessageRecord>>;
    if (const HistoryResult<ConversationRecord> found = conversation(conversationId); !found.ok())
        return Result::failure(found.error);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY position")
                      .arg(kMessageColumns));
    query.addBindValue(conversationId);
    if (const HistoryError error = exec(query); error.isError())
        return Result::failure(error);
    QList<MessageRecord> messages;
    while (query.next())
        messages.append(readMessage(query));
    if (query.lastError().isValid())
        return Result::failure(HistoryError::fromSql(query.lastError(), filePath()));
    return Result::success(messages);
}

HistoryResult<ConversationData> HistoryStore::conversationData(qint64 conversationId)
{
    using Result = HistoryResult<ConversationData>;
    ConversationData data;
    const HistoryResult<ConversationRecord> record = conversation(conversationId);
    if (!record.ok())
        return Result::failure(record.error);
    const HistoryResult<QList<MessageRecord>> messages = loadConversation(conversationId);
    if (!messages.ok())
        return Result::failure(messages.error);
    return Result::success(ConversationData {record.value, messages.value});
}

HistoryResult<qint64> HistoryStore::insertMessage(qint64 conversationId, int position,
                                                  const MessageRecord &message)
{
    const QDateTime created = message.created.isValid() ? message.created : QDateTime::currentDateTimeUtc();
    const QDateTime updated = message.updated.isValid() ? message.updated : created;
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO messages (conversation_id, position, role, content, reasoning, model, provider, created,"
        " updated, prompt_tokens, completion_tokens, finish_reason, state, error, context, writer_pid)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(position);
    query.addBindValue(MessageRecord::roleName(message.role));
    query.addBindValue(text(message.content));
    query.addBindValue(text(message.reasoning));
    query.addBindValue(text(message.model));
    query.addBindValue(text(message.provider));
    query.addBindValue(toMs(created));
    query.addBindValue(toMs(updated));
    query.addBindValue(optionalInt(message.promptTokens));
    query.addBindValue(optionalInt(message.completionTokens));
    query.addBindValue(text(message.finishReason));
    query.addBindValue(MessageRecord::stateName(message.state));
    query.addBindValue(text(message.error));
    query.addBindValue(text(contextText(message.context)));
    query.addBindValue(message.state == MessageRecord::State::Streaming
                           ? QVariant(QCoreApplication::applicationPid())
                           : QVariant(QMetaType(QMetaType::LongLong)));
    if (const HistoryError error = exec(query); error.isError())
        return HistoryResult<qint64>::failure(error);
    return HistoryResult<qint64>::success(query.lastInsertId().toLongLong());
}

HistoryResult<qint64> HistoryStore::appendMessage(qint64 conversationId, const MessageRecord &message)
{
    using Result = HistoryResult<qint64>;
    if (const HistoryError error = ensureOpen(); error.isError())
        return Result::failure(error);
    Result result;
    result.error = transaction([&]() -> HistoryError {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT (SELECT 1 FROM conversations WHERE id = ?),"
            " (SELECT coalesce(max(position) + 1, 0) FROM messages WHERE conversation_id = ?)"));
        query.addBindValue(conversationId);
        query.addBindValue(conversationId);
        if (const HistoryError error = exec(query); error.isError())
            return error;
        if (!query.next() || query.value(0).isNull())
            return HistoryError::make(HistoryError::Kind::NotFound);
        const int position = query.value(1).toInt();
        query.finish();
        const Result inserted = insertMessage(conversationId, position, message);
        result.value = inserted.value;
        return inserted.error;
    });
    if (result.error.isError())
        result.value = 0;
    return result;
}

HistoryError HistoryStore::updateMessageContent(qint64 messageId, const QString &content,
                                                const QString &reasoning, MessageRecord::State state)
{
    if (const HistoryError error = ensureOpen(); error.isError())
        return error;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, state = ?, updated = ?,"
                                 " writer_pid = ? WHERE id = ?"));
    query.addBindValue(text(content));
    query.addBindValue(text(reasoning));
    query.addBindValue(MessageRecord::stateName(state));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(state == MessageRecord::State::Streaming ? QVariant(QCoreApplication::applicationPid())
                                                                : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(messageId);
    if (const HistoryError error = exec(query); error.isError())
        return error;
    return query.numRowsAffected() > 0 ? HistoryError() : HistoryError::make(HistoryError::Kind::NotFound);
}

HistoryError HistoryStore::updateMessage(const MessageRecord &message)
{
    if (const HistoryError error = ensureOpen(); error.isError())
        return error;
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE messages SET role = ?, content = ?, reasoning = ?, model = ?, provider = ?, created = ?,"
        " updated = ?, prompt_tokens = ?, completion_tokens = ?, finish_reason = ?, state = ?, error = ?,"
        " context = ?, writer_pid = ? WHERE id = ?"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.addBindValue(MessageRecord::roleName(message.role));
    query.addBindValue(text(message.content));
    query.addBindValue(text(message.reasoning));
    query.addBindValue(text(message.model));
    query.addBindValue(text(message.provider));
    query.addBindValue(toMs(message.created.isValid() ? message.created : now));
    query.addBindValue(toMs(message.updated.isValid() ? message.updated : now));
    query.addBindValue(optionalInt(message.promptTokens));
    query.addBindValue(optionalInt(message.completionTokens));
    query.addBindValue(text(message.finishReason));
    query.addBindValue(MessageRecord::stateName(message.state));
    query.addBindValue(text(message.error));
    query.addBindValue(text(contextText(message.context)));
    query.addBindValue(message.state == MessageRecord::State::Streaming
                           ? QVariant(QCoreApplication::applicationPid())
                           : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(message.id);
    if (const HistoryError error = exec(query); error.isError())
        return error;
    return query.numRowsAffected() > 0 ? HistoryError() : HistoryError::make(HistoryError::Kind::NotFound);
}

HistoryError HistoryStore::saveTurn(qint64 conversationId, MessageRecord question, MessageRecord answer,
                                    qint64 &questionId, qint64 &answerId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    question.updated = now;
    answer.updated = now;
    for (auto [record, id] : {std::pair {&question, &questionId}, std::pair {&answer, &answerId}}) {
        if (*id == 0) {
            const HistoryResult<qint64> appended = appendMessage(conversationId, *record);
            if (!appended.ok())
                return appended.error;
            *id = appended.value;
        } else {
            record->id = *id;
            if (const HistoryError error = updateMessage(*record); error.isError())
                return error;
        }
    }
    return {};
}

HistoryResult<int> HistoryStore::markStreamingAsInterrupted()
{
    using Result = HistoryResult<int>;
    if (const HistoryError error = ensureOpen(); error.isError())
        return Result::failure(error);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, writer_pid FROM messages WHERE state = 'streaming'")))
        return Result::failure(HistoryError::fromSql(query.lastError(), filePath()));
    QList<qint64> orphans;
    while (query.next()) {
        if (query.value(1).isNull() || !processAlive(query.value(1).toLongLong()))
            orphans.append(query.value(0).toLongLong());
    }
    query.finish();
    if (orphans.isEmpty())
        return Result::success(0); // no write, so opening never waits for another writer's lock
    const HistoryError error = transaction([&]() -> HistoryError {
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE messages SET state = 'interrupted', writer_pid = NULL"
                                      " WHERE id = ? AND state = 'streaming'"));
        for (const qint64 id : orphans) {
            update.addBindValue(id);
            if (const HistoryError failed = exec(update); failed.isError())
                return failed;
        }
        return {};
    });
    if (error.isError())
        return Result::failure(error);
    return Result::success(int(orphans.size()));
}

QString HistoryStore::matchExpression(const QString &text)
{
    // Every word becomes a quoted FTS5 string ("" escapes a quote), so AND, NEAR, -, *, ^, :
    // and parentheses are plain text. Words without a letter or digit would be empty phrases.
    QStringList phrases;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    if (phrases.isEmpty())
        return {};
    phrases.last() += QLatin1Char('*'); // the person may still be typing the last word
    return phrases.join(QLatin1Char(' '));
}

HistoryResult<QList<SearchHit>> HistoryStore::search(const QString &text, int limit)
{
    using Result = HistoryResult<QList<SearchHit>>;
    if (const HistoryError error = ensureOpen(); error.isError())
        return Result::failure(error);
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return Result::success({});
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.id, m.conversation_id, c.title, m.role, m.created,"
                                 " snippet(messages_fts, 0, ?, ?, ?, 16)"
                                 " FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                                 " JOIN conversations c ON c.id = m.conversation_id"
                                 " WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?"));
    query.addBindValue(QString(QChar(SearchHit::HighlightBegin)));
    query.addBindValue(QString(QChar(SearchHit::HighlightEnd)));
    query.addBindValue(QStringLiteral("…"));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (const HistoryError error = exec(query); error.isError())
        return Result::failure(error);
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toLongLong();
        hit.conversationTitle = query.value(2).toString();
        hit.role = MessageRecord::roleFromName(query.value(3).toString()).value_or(MessageRecord::Role::User);
        hit.created = fromMs(query.value(4));
        hit.snippet = query.value(5).toString();
        hits.append(hit);
    }
    if (query.lastError().isValid())
        return Result::failure(HistoryError::fromSql(query.lastError(), filePath()));
    return Result::success(hits);
}

HistoryResult<qint64> HistoryStore::importConversation(const ConversationData &data)
{
    using Result = HistoryResult<qint64>;
    if (const HistoryError error = ensureOpen(); error.isError())
        return Result::failure(error);
    Result result;
    result.error = transaction([&]() -> HistoryError {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        QString uuid = data.conversation.uuid;
        if (!uuid.isEmpty()) {
            query.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE uuid = ?"));
            query.addBindValue(uuid);
            if (const HistoryError error = exec(query); error.isError())
                return error;
            if (query.next())
                uuid.clear();
            query.finish();
        }
        if (uuid.isEmpty())
            uuid = newUuid();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime created = data.conversation.created.isValid() ? data.conversation.created : now;
        query.prepare(
            QStringLiteral("INSERT INTO conversations (uuid, title, created, updated) VALUES (?, ?, ?, ?)"));
        query.addBindValue(uuid);
        query.addBindValue(text(data.conversation.title));
        query.addBindValue(toMs(created));
        query.addBindValue(toMs(created));
        if (const HistoryError error = exec(query); error.isError())
            return error;
        const qint64 id = query.lastInsertId().toLongLong();
        for (int i = 0; i < data.messages.size(); ++i) {
            MessageRecord message = data.messages.at(i);
            // Nobody is writing an imported answer any more.
            if (message.state == MessageRecord::State::Streaming)
                message.state = MessageRecord::State::Interrupted;
            if (const Result inserted = insertMessage(id, i, message); !inserted.ok())
                return inserted.error;
        }
        // The message triggers moved `updated` forward; keep the exported value when there is one.
        if (data.conversation.updated.isValid()) {
            query.prepare(QStringLiteral("UPDATE conversations SET updated = ? WHERE id = ?"));
            query.addBindValue(toMs(data.conversation.updated));
            query.addBindValue(id);
            if (const HistoryError error = exec(query); error.isError())
                return error;
        }
        result.value = id;
        return {};
    });
    if (result.error.isError())
        result.value = 0;
    return result;
}

} // namespace CodeGuru
