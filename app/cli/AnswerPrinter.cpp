// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerPrinter.h"

#include "ChatReply.h"
#include "Terminal.h"

namespace CodeGuru::Cli {

AnswerPrinter::AnswerPrinter(QObject *parent)
    : QObject(parent)
    , m_decorate(Terminal::stdoutIsTerminal())
{ }

void AnswerPrinter::endStatus()
{
    if (m_statusShown) {
        Terminal::clearStatusLine();
        m_statusShown = false;
    }
}

void AnswerPrinter::follow(ChatReply *reply, const QString &status)
{
    m_reply = reply;
    m_inReasoning = false;
    m_wroteContent = false;
    m_endsWithNewline = true;
    if (Terminal::stderrIsTerminal() && !status.isEmpty()) {
        Terminal::err(Terminal::dim(status, true));
        m_statusShown = true;
    }
    connect(reply, &ChatReply::reasoningReceived, this, [this](const QString &delta) {
        if (!m_decorate)
            return; // a pipe gets the answer only
        endStatus();
        if (!m_inReasoning) {
            Terminal::out(Terminal::dim(tr("Thinking…") + QLatin1Char('\n'), true));
            m_inReasoning = true;
        }
        Terminal::out(Terminal::dim(delta, true));
    });
    auto printText = [this](const QString &delta) {
        endStatus();
        if (m_inReasoning) {
            Terminal::out(u"\n\n");
            m_inReasoning = false;
        }
        Terminal::out(delta);
        m_wroteContent = true;
        m_endsWithNewline = delta.endsWith(QLatin1Char('\n'));
    };
    connect(reply, &ChatReply::contentReceived, this, printText);
    connect(reply, &ChatReply::refusalReceived, this, printText);
    connect(reply, &ChatReply::retryScheduled, this,
            [this](int retry, qint64 delayMs, const ProviderError &error) {
                // Progress, not an outcome: shown on a terminal only, so scripts see one final sentence.
                if (!Terminal::stderrIsTerminal())
                    return;
                const QString reason = error.httpStatus ? tr("HTTP %1").arg(*error.httpStatus)
                                                        : ProviderError::kindName(error.kind);
                Terminal::clearStatusLine();
                Terminal::err(Terminal::dim(tr("The provider is busy (%1); retrying in %2 s (attempt %3)…")
                                                .arg(reason)
                                                .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                                .arg(retry + 1),
                                            true));
                m_statusShown = true;
            });
    connect(reply, &ChatReply::finished, this, [this](const ChatResult &result) {
        endStatus();
        if (m_decorate && (m_wroteContent || m_inReasoning) && !m_endsWithNewline)
            Terminal::out(u"\n");
        Q_EMIT answerFinished(result);
    });
}

void AnswerPrinter::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

int AnswerPrinter::report(const ChatResult &result)
{
    if (result.ok()) {
        if (result.truncated())
            Terminal::warning(tr("The answer was cut off because the model reached its output limit "
                                 "(finish_reason “length”)."));
        else if (result.content.isEmpty() && result.refusal.isEmpty())
            Terminal::warning(tr("The model returned an empty answer."));
        return 0;
    }
    if (result.error.kind == ProviderError::Kind::Cancelled) {
        Terminal::error(tr("Cancelled."));
        return 130;
    }
    if (result.partial())
        Terminal::error(tr("The answer above is incomplete. %1").arg(result.error.userMessage()));
    else
        Terminal::error(result.error.userMessage());
    return 1;
}

} // namespace CodeGuru::Cli
