// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRecorder.h"

#include "AsyncHistory.h"
#include "HistoryTurns.h"
#include "conversation/ChatSession.h"

#include <QFutureWatcher>

namespace CodeGuru {

/// Row ids of the conversation and of each turn's question and answer. Lives on the
/// history's thread: every task reads and writes it there, one after another.
struct SessionRecorder::Rows
{
    qint64 conversationId = 0;
    QHash<int, QPair<qint64, qint64>> turns;
};

namespace {

struct SaveOutcome
{
    HistoryError error;
    qint64 conversationId = 0;
    bool createdConversation = false;
};

QString providerName(const ProviderEndpoint &endpoint)
{
    if (!endpoint.displayName.isEmpty())
        return endpoint.displayName;
    if (!endpoint.presetId.isEmpty())
        return endpoint.presetId;
    return endpoint.hostAndPort();
}

} // namespace

SessionRecorder::SessionRecorder(ChatSession *session, AsyncHistory *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_rows(std::make_shared<Rows>())
{
    m_timer.setInterval(std::chrono::milliseconds(500));
    connect(&m_timer, &QTimer::timeout, this, &SessionRecorder::onTick);
    connect(m_session, &ChatSession::turnAdded, this, &SessionRecorder::onTurnAdded);
    connect(m_session, &ChatSession::contextPrepared, this, [this](int index) { save(index); });
    connect(m_session, &ChatSession::answerReceived, this, [this](int index) { markDirty(index); });
    connect(m_session, &ChatSession::reasoningReceived, this, [this](int index) { markDirty(index); });
    connect(m_session, &ChatSession::turnFinished, this, [this](int index) { save(index); });
    connect(m_session, &ChatSession::turnRemoved, this, &SessionRecorder::onTurnRemoved);
    connect(m_session, &ChatSession::restored, this, &SessionRecorder::onRestored);
}

SessionRecorder::~SessionRecorder()
{
    // Queue what has not been written yet; AsyncHistory finishes it before it closes.
    for (auto it = m_turns.begin(); it != m_turns.end(); ++it) {
        if (it->dirty || it->inFlight) {
            it->inFlight = false;
            save(it.key());
        }
    }
}

void SessionRecorder::resetRows(qint64 conversationId)
{
    ++m_generation;
    m_rows = std::make_shared<Rows>();
    m_rows->conversationId = conversationId;
    m_conversationId = conversationId;
    m_turns.clear();
}

void SessionRecorder::setConversation(qint64 conversationId)
{
    resetRows(conversationId);
}

void SessionRecorder::restore(qint64 conversationId, const QList<MessageRecord> &messages)
{
    m_restoring = true;
    m_session->restore(HistoryTurns::toTurns(messages));
    m_restoring = false;
    resetRows(conversationId);
    // The same pairing as toTurns(), so turn i maps to the rows it was built from.
    int index = -1;
    bool awaitingAnswer = false;
    for (const MessageRecord &message : messages) {
        if (message.role == MessageRecord::Role::System)
            continue;
        if (message.role == MessageRecord::Role::User) {
            ++index;
            m_rows->turns[index].first = message.id;
            m_turns[index].questionCreated = message.created;
            awaitingAnswer = true;
            continue;
        }
        if (!awaitingAnswer)
            ++index;
        awaitingAnswer = false;
        m_rows->turns[index].second = message.id;
        m_turns[index].answerCreated = message.created;
    }
}

void SessionRecorder::onRestored()
{
    if (!m_restoring)
        resetRows(0); // someone else restored: those turns have no rows here
}

void SessionRecorder::onTurnAdded(int index)
{
    TurnState &state = m_turns[index];
    state.questionCreated = QDateTime::currentDateTimeUtc();
    state.answerCreated = state.questionCreated;
    save(index);
}

void SessionRecorder::onTurnRemoved(int index)
{
    m_turns.remove(index);
    if (!m_session || m_session->turns().isEmpty())
        resetRows(0); // a cleared session starts a new conversation; the old one stays stored
}

void SessionRecorder::markDirty(int index)
{
    if (!m_turns.contains(index))
        return;
    m_turns[index].dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void SessionRecorder::onTick()
{
    bool pending = false;
    for (auto it = m_turns.cbegin(); it != m_turns.cend(); ++it) {
        if (it->dirty && !it->inFlight)
            save(it.key());
    }
    for (const TurnState &state : std::as_const(m_turns))
        pending = pending || state.dirty || state.inFlight;
    if (!pending)
        m_timer.stop();
}

void SessionRecorder::save(int index)
{
    if (!m_session || index < 0 || index >= m_session->turns().size())
        return;
    TurnState &state = m_turns[index];
    if (!state.questionCreated.isValid()) {
        // A restored turn asked again, or one this recorder never saw: it gets rows now.
        state.questionCreated = QDateTime::currentDateTimeUtc();
        state.answerCreated = state.questionCreated;
    }
    if (state.inFlight) {
        markDirty(index); // written again once the write in progress is done
        return;
    }
    state.dirty = false;
    state.inFlight = true;

    const ChatTurn &turn = m_session->turns().at(index);
    MessageRecord question = HistoryTurns::question(turn, m_keepClipboardText);
    question.created = state.questionCreated;
    MessageRecord answer =
        HistoryTurns::answer(turn, m_session->endpoint().model, providerName(m_session->endpoint()));
    answer.created = state.answerCreated;
    const QString title = HistoryTurns::titleFor(turn.question);

    auto future =
        m_history->run([rows = m_rows, index, question, answer, title](HistoryStore &store) mutable {
            SaveOutcome outcome;
            qint64 conversationId = rows->conversationId;
            QPair<qint64, qint64> ids = rows->turns.value(index);
            outcome.error = store.transaction([&]() -> HistoryError {
                if (conversationId == 0) {
                    const HistoryResult<qint64> created = store.createConversation(title);
                    if (!created.ok())
                        return created.error;
                    conversationId = created.value;
                    outcome.createdConversation = true;
                }
                return store.saveTurn(conversationId, question, answer, ids.first, ids.second);
            });
            // Only a committed transaction may hand out ids: a rolled back one created nothing.
            if (!outcome.error.isError()) {
                rows->conversationId = conversationId;
                rows->turns.insert(index, ids);
            }
            outcome.conversationId = conversationId;
            return outcome;
        });

    auto *watcher = new QFutureWatcher<SaveOutcome>(this);
    connect(watcher, &QFutureWatcher<SaveOutcome>::finished, this,
            [this, watcher, index, generation = m_generation] {
                watcher->deleteLater();
                if (generation != m_generation || !m_turns.contains(index))
                    return;
                const SaveOutcome outcome = watcher->result();
                TurnState &done = m_turns[index];
                done.inFlight = false;
                if (outcome.error.isError()) {
                    done.dirty = true;
                    if (!m_timer.isActive())
                        m_timer.start();
                    Q_EMIT saveFailed(index, outcome.error);
                    return;
                }
                if (outcome.createdConversation) {
                    m_conversationId = outcome.conversationId;
                    Q_EMIT conversationCreated(outcome.conversationId);
                }
                if (done.dirty && !m_timer.isActive())
                    m_timer.start();
                Q_EMIT turnSaved(index);
            });
    watcher->setFuture(future);
}

} // namespace CodeGuru
