// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatSession.h"

#include "prompt/PromptAssembler.h"
#include "prompt/TokenBudget.h"

namespace CodeGuru {

ChatSession::ChatSession(ChatClient *client, QuestionContextBuilder *contextBuilder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_contextBuilder(contextBuilder)
{
    connect(m_contextBuilder, &QuestionContextBuilder::built, this, &ChatSession::onContextBuilt);
}

bool ChatSession::isBusy() const
{
    return m_active >= 0;
}

int ChatSession::send(const QString &question, const QList<ContextItem> &attachments, const QList<ContextItem> &forced,
                      std::optional<bool> forceClipboard)
{
    stop();
    ChatTurn turn;
    turn.question = question;
    turn.attachments = attachments;
    turn.forcedAttachments = forced;
    turn.forceClipboard = forceClipboard;
    m_turns.append(turn);
    const int index = int(m_turns.size()) - 1;
    Q_EMIT turnAdded(index);
    prepare(index);
    return index;
}

void ChatSession::prepare(int index)
{
    m_active = index;
    Q_EMIT busyChanged(true);
    ChatTurn &turn = m_turns[index];
    turn.state = ChatTurn::State::Preparing;
    QuestionContextRequest request;
    request.question = turn.question;
    request.droppedFiles = turn.attachments;
    request.explicitItems = turn.forcedAttachments;
    request.forceClipboard = turn.forceClipboard;
    request.clipboard = m_clipboard;
    request.workspaceDir = m_workspace;
    request.redaction = m_redaction;
    request.providerBaseUrl = m_endpoint.baseUrl;
    m_contextBuilder->build(request);
}

void ChatSession::onContextBuilt(const QuestionContext &context)
{
    if (m_active < 0 || m_turns.at(m_active).state != ChatTurn::State::Preparing)
        return;
    m_turns[m_active].context = context;
    Q_EMIT contextPrepared(m_active);
    stream(m_active);
}

ChatMessages ChatSession::history(int beforeIndex) const
{
    ChatMessages messages;
    for (int i = 0; i < beforeIndex; ++i) {
        const ChatTurn &turn = m_turns.at(i);
        if (turn.answer.isEmpty())
            continue;
        // Earlier turns are replayed as they were sent, attachments included.
        messages.append(turn.sentMessages.isEmpty() ? ChatMessage::user(turn.question)
                                                    : turn.sentMessages.last());
        messages.append(ChatMessage::assistant(turn.answer));
    }
    return messages;
}

void ChatSession::stream(int index)
{
    ChatTurn &turn = m_turns[index];
    turn.state = ChatTurn::State::Streaming;
    ChatRequest request;
    request.messages = PromptAssembler::assemble(m_systemPrompt, history(index), turn.context.items,
                                                 turn.question, TokenBudget::promptBudget(m_endpoint.model));
    turn.sentMessages = request.messages;
    m_reply = m_client->send(m_endpoint, request);
    connect(m_reply, &ChatReply::contentReceived, this, [this, index](const QString &delta) {
        m_turns[index].answer += delta;
        Q_EMIT answerReceived(index, delta);
    });
    connect(m_reply, &ChatReply::refusalReceived, this, [this, index](const QString &delta) {
        m_turns[index].answer += delta;
        Q_EMIT answerReceived(index, delta);
    });
    connect(m_reply, &ChatReply::reasoningReceived, this, [this, index](const QString &delta) {
        m_turns[index].reasoning += delta;
        Q_EMIT reasoningReceived(index, delta);
    });
    connect(m_reply, &ChatReply::finished, this, [this, index](const ChatResult &result) {
        ChatTurn &finished = m_turns[index];
        finished.result = result;
        if (result.error.kind == ProviderError::Kind::Cancelled)
            finished.state = ChatTurn::State::Stopped;
        else
            finished.state = result.ok() ? ChatTurn::State::Done : ChatTurn::State::Failed;
        m_active = -1;
        Q_EMIT turnFinished(index);
        Q_EMIT busyChanged(false);
    });
}

void ChatSession::stop()
{
    if (m_active < 0)
        return;
    if (m_reply) {
        m_reply->cancel(); // finished(Cancelled) arrives synchronously and ends the turn
        return;
    }
    // Still preparing context: abandon it and end the turn as stopped.
    m_contextBuilder->cancel();
    const int index = m_active;
    m_turns[index].state = ChatTurn::State::Stopped;
    m_turns[index].result.error = ProviderError::make(ProviderError::Kind::Cancelled);
    m_active = -1;
    Q_EMIT turnFinished(index);
    Q_EMIT busyChanged(false);
}

void ChatSession::regenerate()
{
    if (m_turns.isEmpty())
        return;
    stop();
    const int index = int(m_turns.size()) - 1;
    ChatTurn &turn = m_turns[index];
    turn.answer.clear();
    turn.reasoning.clear();
    turn.result = ChatResult();
    turn.interrupted = false;
    prepare(index);
}

void ChatSession::editLast(const QString &question)
{
    if (m_turns.isEmpty())
        return;
    stop();
    m_turns.last().question = question;
    regenerate();
}

void ChatSession::clear()
{
    stop();
    while (!m_turns.isEmpty()) {
        m_turns.removeLast();
        Q_EMIT turnRemoved(int(m_turns.size()));
    }
}

void ChatSession::restore(const QList<ChatTurn> &turns)
{
    clear();
    m_turns = turns;
    Q_EMIT restored();
}

} // namespace CodeGuru
