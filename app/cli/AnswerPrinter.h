// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatResult.h"

#include <QObject>
#include <QPointer>

namespace CodeGuru {
class ChatReply;
}

namespace CodeGuru::Cli {

/// Streams one answer to the terminal. On a terminal it shows a status line and dimmed
/// reasoning; into a pipe it writes exactly the answer text and nothing else.
class AnswerPrinter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPrinter)

public:
    explicit AnswerPrinter(QObject *parent = nullptr);

    /// Follows `reply` until it finishes; `status` is shown on stderr meanwhile (terminal only).
    void follow(ChatReply *reply, const QString &status);
    void cancel();
    bool isBusy() const { return !m_reply.isNull(); }

    /// Prints the closing messages for `result` and returns the process exit code for it.
    int report(const ChatResult &result);

Q_SIGNALS:
    void answerFinished(const CodeGuru::ChatResult &result);

private:
    void endStatus();

    QPointer<ChatReply> m_reply;
    bool m_decorate;
    bool m_statusShown = false;
    bool m_inReasoning = false;
    bool m_wroteContent = false;
    bool m_endsWithNewline = true;
};

} // namespace CodeGuru::Cli
