// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provider/ChatMessage.h"
#include "routing/RoutingDecision.h"

#include <QDialog>

namespace CodeGuru {

/// Shows exactly what one question sent: every message, in order, as the provider received
/// it (attachments and redaction markers included), and why each context was attached.
/// Keys never appear here: they travel in a header, not in the messages.
class ContextInspector : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextInspector)

public:
    ContextInspector(const ChatMessages &sent, const RoutingDecisions &decisions, const QStringList &notices,
                     QWidget *parent = nullptr);

    /// The text shown, for tests.
    static QString describe(const ChatMessages &sent, const RoutingDecisions &decisions,
                            const QStringList &notices);
};

} // namespace CodeGuru
