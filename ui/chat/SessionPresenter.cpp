// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPresenter.h"

#include "chat/ChatView.h"
#include "conversation/ChatSession.h"

#include <QTimer>

#include <memory>

namespace CodeGuru {

SessionPresenter::SessionPresenter(ChatSession *session, ChatView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
{
    connect(session, &ChatSession::turnAdded, this, &SessionPresenter::onTurnAdded);
    connect(session, &ChatSession::answerReceived, this, [this](int index, const QString &delta) {
        if (m_shown && m_answerRows.contains(index))
            m_view->appendToMessage(m_answerRows.value(index), delta);
    });
    connect(session, &ChatSession::reasoningReceived, this, [this](int index, const QString &delta) {
        if (m_shown && m_answerRows.contains(index))
            m_view->appendReasoning(m_answerRows.value(index), delta);
    });
    connect(session, &ChatSession::turnFinished, this, &SessionPresenter::onTurnFinished);
    connect(session, &ChatSession::contextPrepared, this, &SessionPresenter::onContextPrepared);
    connect(session, &ChatSession::restored, this, [this] {
        if (!m_shown)
            return;
        render();
        Q_EMIT restoredShown();
    });
    connect(view, &ChatView::noticeActionTriggered, this, &SessionPresenter::onNoticeAction);
}

void SessionPresenter::setShown(bool shown)
{
    m_shown = shown && m_view;
    if (m_shown)
        render();
}

void SessionPresenter::render()
{
    if (!m_shown)
        return;
    m_view->clear();
    m_answerRows.clear();
    m_noticeRows.clear();
    m_inspectRows.clear();
    const QList<ChatTurn> &turns = m_session->turns();
    for (int index = 0; index < turns.size(); ++index) {
        const ChatTurn &turn = turns.at(index);
        if (!turn.question.isEmpty())
            m_view->appendMessage(ChatView::Role::User, turn.question);
        const bool streaming =
            turn.state == ChatTurn::State::Preparing || turn.state == ChatTurn::State::Streaming;
        if (!turn.answer.isEmpty() || turn.state == ChatTurn::State::Done || streaming) {
            const int answer = m_view->appendMessage(ChatView::Role::Assistant, turn.answer);
            m_view->appendReasoning(answer, turn.reasoning);
            if (!streaming)
                m_view->finishMessage(answer); // a streaming answer goes on growing
            m_answerRows.insert(index, answer);
        }
        showTurnNotice(index);
    }
}

void SessionPresenter::onTurnAdded(int index)
{
    if (!m_shown)
        return;
    m_view->appendMessage(ChatView::Role::User, m_session->turns().at(index).question);
    m_answerRows.insert(index, m_view->appendMessage(ChatView::Role::Assistant, QString()));
}

void SessionPresenter::onContextPrepared(int index)
{
    if (!m_shown)
        return;
    const QuestionContext &context = m_session->turns().at(index).context;
    for (const QString &notice : context.notices)
        Q_EMIT statusMessage(notice);
    QStringList attached;
    for (const ContextItem &item : context.items)
        attached.append(item.name.isEmpty() ? ContextItem::sourceName(item.source)
                                            : item.name.section(QLatin1Char('/'), -1));
    if (attached.isEmpty() && context.redactedSecrets == 0)
        return;
    QString text = tr("Sent with: %1").arg(attached.join(QStringLiteral(", ")));
    if (context.redactedSecrets > 0)
        text += QLatin1Char(' ') + tr("(%n secret(s) redacted)", nullptr, context.redactedSecrets);
    const int row = m_view->appendMessage(ChatView::Role::Notice, QString());
    m_view->setNotice(row, text, {tr("Inspect")});
    m_inspectRows.insert(row, index);
}

void SessionPresenter::onTurnFinished(int index)
{
    if (!m_shown)
        return;
    const ChatTurn &turn = m_session->turns().at(index);
    if (const int row = m_answerRows.value(index, -1); row >= 0) {
        if (turn.answer.isEmpty() && turn.state != ChatTurn::State::Done) {
            m_view->removeMessage(row);
            m_answerRows.remove(index);
        } else {
            m_view->finishMessage(row);
        }
    }
    showTurnNotice(index);
}

void SessionPresenter::showTurnNotice(int index)
{
    const ChatTurn &turn = m_session->turns().at(index);
    QStringList actions;
    QString text;
    if (turn.interrupted) {
        text = tr("This answer was interrupted: CodeGuru ended before it was complete.");
        actions = {tr("Continue"), tr("Regenerate")};
    } else if (turn.state == ChatTurn::State::Done && turn.result.truncated()) {
        text = tr("The answer was cut off because the model reached its output limit.");
        actions = {tr("Regenerate")};
    } else if (turn.state == ChatTurn::State::Failed) {
        const ProviderError &error = turn.result.error;
        text = turn.result.partial() ? tr("The answer above is incomplete. %1").arg(error.userMessage())
                                     : error.userMessage();
        if (error.kind == ProviderError::Kind::BadKey || error.kind == ProviderError::Kind::NotFound)
            actions = {tr("Open settings"), tr("Retry")};
        else
            actions = {tr("Retry")};
    } else {
        return;
    }
    const int notice = m_view->appendMessage(ChatView::Role::Notice, QString());
    m_view->setNotice(notice, text, actions);
    m_noticeRows.insert(index, notice);
    Q_EMIT noticeShown(notice);
    if (turn.result.error.kind == ProviderError::Kind::RateLimited && turn.result.error.retryAfter)
        startRetryCountdown(notice, int(turn.result.error.retryAfter->count()));
}

void SessionPresenter::onNoticeAction(int id, int action)
{
    if (!m_shown)
        return;
    if (m_inspectRows.contains(id)) {
        Q_EMIT inspectRequested(m_inspectRows.value(id));
        return;
    }
    const int index = m_noticeRows.key(id, -1);
    if (index < 0)
        return;
    const ChatTurn &turn = m_session->turns().value(index);
    const bool last = index == m_session->turns().size() - 1;
    if (turn.result.error.kind == ProviderError::Kind::BadKey && action == 0)
        Q_EMIT settingsRequested();
    else if (turn.interrupted && action == 0)
        m_session->send(tr("Please continue your previous answer from where it stopped."));
    else if (last)
        m_session->regenerate();
    else
        Q_EMIT statusMessage(tr("Only the last answer can be asked again."));
}

void SessionPresenter::startRetryCountdown(int noticeId, int seconds)
{
    // A live countdown beats a number the person has to keep in their head.
    auto *timer = new QTimer(this);
    auto remaining = std::make_shared<int>(seconds);
    const auto update = [this, noticeId, remaining, timer] {
        if (!m_shown || !m_noticeRows.values().contains(noticeId)) {
            timer->deleteLater(); // the view shows something else now
            return;
        }
        if (*remaining <= 0) {
            m_view->setNotice(noticeId, tr("The provider should accept requests again now."), {tr("Retry")});
            timer->deleteLater();
            return;
        }
        m_view->setNotice(
            noticeId, tr("The provider is rate-limiting requests; you can retry in %1 s.").arg(*remaining),
            {tr("Retry")});
        --*remaining;
    };
    connect(timer, &QTimer::timeout, this, update);
    connect(m_view, &ChatView::noticeActionTriggered, timer, [timer, noticeId](int id) {
        if (id == noticeId)
            timer->deleteLater();
    });
    update();
    timer->start(1000);
}

} // namespace CodeGuru
