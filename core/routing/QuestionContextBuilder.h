// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContextRouter.h"
#include "context/ContextItem.h"
#include "context/SecretGuardPolicy.h"

#include <QObject>
#include <QPointer>

namespace CodeGuru {

class ClipboardSource;

/// Everything one question needs before it is sent.
struct QuestionContextRequest
{
    QString question;
    QList<ContextItem> explicitItems; ///< attached on purpose (-f, piped stdin): always sent
    QList<ContextItem> droppedFiles; ///< attached to the conversation: sent when the files classifier says so
    ClipboardSource *clipboard = nullptr;
    std::optional<bool> forceClipboard; ///< the person's choice; unset: routing decides
    QString workspaceDir; ///< where load-file looks
    RedactionMode redaction = RedactionMode::Remote;
    QUrl providerBaseUrl; ///< decides whether redaction applies
};

/// What goes with the question, and why.
struct QuestionContext
{
    QList<ContextItem> items;
    RoutingDecisions decisions;
    qint64 routingMs = 0;
    QStringList notices; ///< translated sentences for the person (redactions, files not found)
    int redactedSecrets = 0;
};

/// Reads the clipboard, routes the question through ContextRouter, loads a file named in it
/// from the workspace, and redacts secrets before anything leaves the machine.
class QuestionContextBuilder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionContextBuilder)

public:
    explicit QuestionContextBuilder(ContextRouter *router, QObject *parent = nullptr);

    /// Starts; `built` follows, never before this returns. A second build() abandons the first.
    void build(const QuestionContextRequest &request);
    void cancel();

    /// Redacts `items` in place when `mode` applies to the provider; returns notices.
    static QStringList redact(QList<ContextItem> &items, RedactionMode mode, const QUrl &providerBaseUrl,
                              int *redactedCount = nullptr);

Q_SIGNALS:
    void built(const CodeGuru::QuestionContext &context);

private:
    void onClipboard(const QString &text);
    void onRouted(const QString &query, const RoutingDecisions &decisions, qint64 totalMs);
    void finish();

    ContextRouter *m_router;
    QuestionContextRequest m_request;
    QuestionContext m_result;
    QString m_clipboardText;
    QPointer<QObject> m_run; ///< the current run; callbacks of an abandoned one find it gone
    int m_pendingFileLoads = 0;
};

} // namespace CodeGuru
