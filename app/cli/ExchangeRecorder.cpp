// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeRecorder.h"

#include "ChatReply.h"
#include "Terminal.h"
#include "history/AsyncHistory.h"
#include "history/HistoryTurns.h"

#include <QDir>
#include <QFutureWatcher>

namespace CodeGuru::Cli {

/// What the history's thread knows across exchanges.
struct ExchangeRecorder::Shared
{
    HistoryError openError; ///< why the store did not open, for every write after it
    qint64 conversationId = 0;
};

/// The rows of one exchange, 0 until its first write committed.
struct ExchangeRecorder::Rows
{
    qint64 question = 0;
    qint64 answer = 0;
};

struct ExchangeRecorder::WriteOutcome
{
    HistoryError error;
    qint64 conversationId = 0;
};

namespace {

constexpr std::chrono::milliseconds kSaveInterval {500};

QString providerName(const ProviderEndpoint &endpoint)
{
    if (!endpoint.displayName.isEmpty())
        return endpoint.displayName;
    if (!endpoint.presetId.isEmpty())
        return endpoint.presetId;
    return endpoint.hostAndPort();
}

HistoryStore::Options storeOptions()
{
    HistoryStore::Options options;
    options.openCheck = HistoryStore::OpenCheck::Light;
    return options;
}

} // namespace

ExchangeRecorder::ExchangeRecorder(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_history(std::make_unique<AsyncHistory>(folder, storeOptions()))
    , m_shared(std::make_shared<Shared>())
    , m_rows(std::make_shared<Rows>())
{
    m_timer.setInterval(kSaveInterval);
    connect(&m_timer, &QTimer::timeout, this, &ExchangeRecorder::onTick);

    auto *watcher = new QFutureWatcher<HistoryOpenReport>(this);
    connect(watcher, &QFutureWatcher<HistoryOpenReport>::finished, this, [watcher] {
        watcher->deleteLater();
        if (const QString notice = watcher->result().notice(); !notice.isEmpty())
            Terminal::warning(notice);
    });
    // A failed open is only remembered here: it is reported once, by the exchange it costs.
    watcher->setFuture(m_history->run([shared = m_shared](HistoryStore &store) {
        shared->openError = store.open();
        return store.openReport();
    }));
}

ExchangeRecorder::~ExchangeRecorder()
{
    // Leaving mid-answer (a second Ctrl+C): keep what arrived, as stopped.
    if (m_recording) {
        m_turn.state = ChatTurn::State::Stopped;
        queueWrite();
    }
}

void ExchangeRecorder::load(qint64 conversationId)
{
    using Result = HistoryResult<ConversationData>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, conversationId] {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error.kind == HistoryError::Kind::NotFound
                                  ? tr("There is no conversation %1 in the history (see “codeguru-cli "
                                       "history list”).")
                                        .arg(conversationId)
                                  : result.error.message);
            return;
        }
        m_conversationId = conversationId;
        // The same turns the window would restore, replayed as ChatSession replays them.
        ChatMessages history;
        for (const ChatTurn &turn : HistoryTurns::toTurns(result.value.messages)) {
            if (turn.answer.isEmpty())
                continue;
            history.append(ChatMessage::user(turn.question));
            history.append(ChatMessage::assistant(turn.answer));
        }
        Q_EMIT loaded(history);
    });
    watcher->setFuture(m_history->run([shared = m_shared, conversationId](HistoryStore &store) {
        if (!store.isOpen())
            return Result::failure(shared->openError);
        Result data = store.conversationData(conversationId);
        if (data.ok())
            shared->conversationId = conversationId;
        return data;
    }));
}

void ExchangeRecorder::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_history->run([shared = m_shared, conversationId](HistoryStore &) {
        shared->conversationId = conversationId;
        return true;
    });
}

void ExchangeRecorder::record(const QString &question, const QuestionContext &context,
                              const ProviderEndpoint &endpoint, ChatReply *reply)
{
    m_turn = ChatTurn();
    m_turn.question = question;
    m_turn.context = context;
    m_turn.state = ChatTurn::State::Streaming;
    m_model = endpoint.model;
    m_provider = providerName(endpoint);
    m_questionCreated = QDateTime::currentDateTimeUtc();
    m_rows = std::make_shared<Rows>();
    m_reply = reply;
    m_recording = true;

    auto grow = [this](const QString &delta) {
        m_turn.answer += delta;
        m_dirty = true;
    };
    connect(reply, &ChatReply::contentReceived, this, grow);
    connect(reply, &ChatReply::refusalReceived, this, grow);
    connect(reply, &ChatReply::reasoningReceived, this, [this](const QString &delta) {
        m_turn.reasoning += delta;
        m_dirty = true;
    });
    connect(reply, &ChatReply::finished, this, [this](const ChatResult &result) {
        m_turn.result = result;
        if (result.error.kind == ProviderError::Kind::Cancelled)
            m_turn.state = ChatTurn::State::Stopped;
        else
            m_turn.state = result.ok() ? ChatTurn::State::Done : ChatTurn::State::Failed;
        m_timer.stop();
        m_recording = false;
        write(); // the last word, queued behind any write in flight
    });
    write(); // the question at once, with an empty answer that is streaming
    m_timer.start();
}

void ExchangeRecorder::onTick()
{
    // One timed write at a time: a slow disk must not pile them up.
    if (m_dirty && m_pendingWrites == 0)
        write();
}

QFuture<ExchangeRecorder::WriteOutcome> ExchangeRecorder::queueWrite()
{
    m_dirty = false;
    MessageRecord question = HistoryTurns::question(m_turn, false);
    question.created = m_questionCreated;
    MessageRecord answer = HistoryTurns::answer(m_turn, m_model, m_provider);
    answer.created = m_questionCreated;
    const QString title = HistoryTurns::titleFor(m_turn.question);

    return m_history->run(
        [shared = m_shared, rows = m_rows, question, answer, title](HistoryStore &store) mutable {
            WriteOutcome outcome;
            if (!store.isOpen()) {
                outcome.error = shared->openError.isError() ? shared->openError
                                                            : HistoryError::make(HistoryError::Kind::NotOpen);
                return outcome;
            }
            qint64 conversationId = shared->conversationId;
            Rows ids = *rows;
            outcome.error = store.transaction([&]() -> HistoryError {
                if (conversationId == 0) {
                    const HistoryResult<qint64> created = store.createConversation(title);
                    if (!created.ok())
                        return created.error;
                    conversationId = created.value;
                }
                return store.saveTurn(conversationId, question, answer, ids.question, ids.answer);
            });
            // Only a committed transaction hands out ids: a rolled back one created nothing, and the
            // next write (the timer's or the final one) tries again from scratch.
            if (!outcome.error.isError()) {
                shared->conversationId = conversationId;
                *rows = ids;
            }
            outcome.conversationId = shared->conversationId;
            return outcome;
        });
}

void ExchangeRecorder::write()
{
    ++m_pendingWrites;
    auto *watcher = new QFutureWatcher<WriteOutcome>(this);
    connect(watcher, &QFutureWatcher<WriteOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_pendingWrites;
        const WriteOutcome outcome = watcher->result();
        m_lastError = outcome.error;
        if (!outcome.error.isError())
            m_conversationId = outcome.conversationId;
        checkSettled();
    });
    watcher->setFuture(queueWrite());
}

void ExchangeRecorder::whenSettled(QObject *context, std::function<void()> done)
{
    m_settledCallbacks.append({context, std::move(done)});
    checkSettled();
}

void ExchangeRecorder::checkSettled()
{
    if (m_recording || m_pendingWrites > 0)
        return;
    // Judged by the last write only: an earlier failed one (a moment of lock) was written again.
    if (m_lastError.isError())
        warnNotSaved(m_lastError);
    const auto callbacks = std::exchange(m_settledCallbacks, {});
    for (const auto &[context, done] : callbacks) {
        if (context)
            done();
    }
}

void ExchangeRecorder::warnNotSaved(const HistoryError &error)
{
    if (m_warned)
        return;
    m_warned = true;
    switch (error.kind) {
    case HistoryError::Kind::ReadOnly:
        Terminal::warning(tr("The history in %1 cannot be written (%2); this exchange was not saved.")
                              .arg(QDir::toNativeSeparators(m_folder), error.detail));
        break;
    case HistoryError::Kind::DiskFull:
        Terminal::warning(tr("The disk is full; this exchange was not saved in the history."));
        break;
    case HistoryError::Kind::Locked:
        Terminal::warning(tr("The history is busy (another CodeGuru is writing to it); this exchange was not "
                             "saved."));
        break;
    default:
        Terminal::warning(tr("This exchange was not saved in the history: %1").arg(error.message));
        break;
    }
}

} // namespace CodeGuru::Cli
