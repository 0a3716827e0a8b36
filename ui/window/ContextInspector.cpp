// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextInspector.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace CodeGuru {

QString ContextInspector::describe(const ChatMessages &sent, const RoutingDecisions &decisions,
                                   const QStringList &notices)
{
    QString text;
    if (!decisions.isEmpty()) {
        text += tr("Routing") + QLatin1Char('\n');
        for (const RoutingDecision &decision : decisions)
            text += QStringLiteral("  %1: %2 (%3, %4 ms)\n")
                        .arg(decision.id, decision.decision ? tr("attach") : tr("leave out"),
                             RoutingDecision::sourceName(decision.source))
                        .arg(decision.ms);
        text += QLatin1Char('\n');
    }
    for (const QString &notice : notices)
        text += notice + QLatin1Char('\n');
    if (!notices.isEmpty())
        text += QLatin1Char('\n');
    for (const ChatMessage &message : sent) {
        text += QStringLiteral("── %1 ──\n").arg(ChatMessage::roleName(message.role));
        text += message.content + QStringLiteral("\n\n");
    }
    return text;
}

ContextInspector::ContextInspector(const ChatMessages &sent, const RoutingDecisions &decisions,
                                   const QStringList &notices, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("What was sent — CodeGuru"));
    auto *layout = new QVBoxLayout(this);
    auto *view = new QPlainTextEdit(this);
    view->setReadOnly(true);
    view->setAccessibleName(tr("What was sent"));
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(describe(sent, decisions, notices));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace CodeGuru
