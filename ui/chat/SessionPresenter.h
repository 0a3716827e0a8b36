// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace CodeGuru {

class ChatSession;
class ChatView;

/// Shows one ChatSession in a ChatView: the questions, the answers as they stream, what went
/// with each question ("Sent with: …", Inspect), and a notice with actions when an answer
/// failed, was cut off or was interrupted (Retry, Regenerate, Continue, Open settings, a
/// rate-limit countdown). The main window shares one view among conversations, so only the
/// shown presenter touches it; Quick Ask has a view of its own.
class SessionPresenter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPresenter)

public:
    /// Neither is owned; the presenter is usually a child of the session.
    SessionPresenter(ChatSession *session, ChatView *view, QObject *parent = nullptr);

    /// Shown: draws the whole conversation afresh and follows it. Hidden: leaves the view alone.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    /// Draws the whole conversation again (after edit-and-resend, for example).
    void render();

Q_SIGNALS:
    void settingsRequested();
    void inspectRequested(int turnIndex);
    /// Something for the status bar: a routing notice, a hint.
    void statusMessage(const QString &text);
    /// A notice was added to the view.
    void noticeShown(int id);
    /// The conversation was drawn again after the session restored its turns.
    void restoredShown();

private:
    void onTurnAdded(int index);
    void onContextPrepared(int index);
    void onTurnFinished(int index);
    void onNoticeAction(int id, int action);
    void showTurnNotice(int index);
    void startRetryCountdown(int noticeId, int seconds);

    ChatSession *m_session;
    QPointer<ChatView> m_view;
    bool m_shown = false;
    QHash<int, int> m_answerRows; ///< turn → ChatView message id
    QHash<int, int> m_noticeRows; ///< turn → ChatView notice id
    QHash<int, int> m_inspectRows; ///< ChatView notice id → turn, for "Sent with…" rows
};

} // namespace CodeGuru
