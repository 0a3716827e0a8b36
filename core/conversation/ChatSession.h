// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatTurn.h"
#include "provider/ChatClient.h"

#include <QObject>
#include <QPointer>

namespace CodeGuru {

class ClipboardSource;

/// One conversation as the window drives it: prepares each question's context, streams the
/// answer, and supports stop, regenerate and edit-and-resend. GUI-free, so it is tested
/// headless and could serve any front end.
class ChatSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    ChatSession(ChatClient *client, QuestionContextBuilder *contextBuilder, QObject *parent = nullptr);

    void setEndpoint(const ProviderEndpoint &endpoint) { m_endpoint = endpoint; }
    const ProviderEndpoint &endpoint() const { return m_endpoint; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    void setClipboard(ClipboardSource *clipboard) { m_clipboard = clipboard; }
    void setWorkspace(const QString &dir) { m_workspace = dir; }
    void setRedaction(RedactionMode mode) { m_redaction = mode; }

    const QList<ChatTurn> &turns() const { return m_turns; }
    bool isBusy() const;

    /// Asks `question`. `attachments` (dropped files, pasted text) go when routing says so,
    /// `forced` always; `forceClipboard` overrides routing for the clipboard. Returns the index.
    int send(const QString &question, const QList<ContextItem> &attachments = {},
             const QList<ContextItem> &forced = {}, std::optional<bool> forceClipboard = std::nullopt);
    /// Stops the answer in flight; the part already received stays.
    void stop();
    /// Asks the last question again, replacing its answer.
    void regenerate();
    /// Replaces the last question with `question` and asks again.
    void editLast(const QString &question);
    void clear();
    /// Replaces every turn with `turns` (finished turns, e.g. read back from history): clears
    /// as clear() does, then emits restored() once instead of a turnAdded() per turn.
    void restore(const QList<ChatTurn> &turns);

Q_SIGNALS:
    void turnAdded(int index);
    void turnRemoved(int index);
    void contextPrepared(int index);
    void answerReceived(int index, const QString &delta);
    void reasoningReceived(int index, const QString &delta);
    void turnFinished(int index);
    void busyChanged(bool busy);
    /// restore() replaced the turns; read them from turns().
    void restored();

private:
    void prepare(int index);
    void onContextBuilt(const QuestionContext &context);
    void stream(int index);
    ChatMessages history(int beforeIndex) const;

    ChatClient *m_client;
    QuestionContextBuilder *m_contextBuilder;
    ProviderEndpoint m_endpoint;
    QString m_systemPrompt;
    ClipboardSource *m_clipboard = nullptr;
    QString m_workspace;
    RedactionMode m_redaction = RedactionMode::Remote;
    QList<ChatTurn> m_turns;
    QPointer<ChatReply> m_reply;
    int m_active = -1; ///< the turn being prepared or streamed
};

} // namespace CodeGuru
