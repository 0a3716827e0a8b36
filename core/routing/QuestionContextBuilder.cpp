// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionContextBuilder.h"

#include "context/ClipboardSource.h"
#include "context/FileContextLoader.h"
#include "context/SecretScanner.h"
#include "context/WorkspaceFileResolver.h"

#include <QDir>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace CodeGuru {

namespace {
/// File names written out in the question that exist in the workspace, for the fast path.
QStringList existingNamesIn(const QString &question, const QString &workspaceDir)
{
    static const QRegularExpression fileLike(QStringLiteral(R"([\w./-]+\.[A-Za-z0-9]{1,8}\b)"));
    QStringList names;
    auto matches = fileLike.globalMatch(question);
    while (matches.hasNext()) {
        const QString candidate = matches.next().captured(0);
        const auto match = WorkspaceFileResolver::resolve(workspaceDir, candidate, 5000);
        if (match && match->score >= WorkspaceFileResolver::kExactIgnoringCaseScore)
            names.append(candidate.section(QLatin1Char('/'), -1));
    }
    return names;
}
} // namespace

QuestionContextBuilder::QuestionContextBuilder(ContextRouter *router, QObject *parent)
    : QObject(parent)
    , m_router(router)
{
    connect(m_router, &ContextRouter::routed, this, &QuestionContextBuilder::onRouted);
}

void QuestionContextBuilder::cancel()
{
    delete m_run;
    m_router->cancel();
    m_pendingFileLoads = 0;
}

void QuestionContextBuilder::build(const QuestionContextRequest &request)
{
    cancel();
    m_run = new QObject(this);
    m_request = request;
    m_result = QuestionContext();
    m_clipboardText.clear();
    if (m_request.clipboard)
        m_request.clipboard->requestText(m_run, [this](const QString &text) { onClipboard(text); });
    else
        QTimer::singleShot(0, m_run, [this] { onClipboard(QString()); });
}

void QuestionContextBuilder::onClipboard(const QString &text)
{
    m_clipboardText = text;
    auto *watcher = new QFutureWatcher<QStringList>(m_run);
    connect(watcher, &QFutureWatcherBase::finished, m_run, [this, watcher] {
        watcher->deleteLater();
        RoutingInputs inputs;
        inputs.clipboardAvailable = !m_clipboardText.trimmed().isEmpty();
        inputs.filesAttached = !m_request.droppedFiles.isEmpty();
        inputs.workspaceFileNames = watcher->result();
        m_router->route(m_request.question, inputs);
    });
    const QString question = m_request.question;
    const QString workspace = m_request.workspaceDir;
    watcher->setFuture(QtConcurrent::run([question, workspace] {
        return workspace.isEmpty() ? QStringList() : existingNamesIn(question, workspace);
    }));
}

void QuestionContextBuilder::onRouted(const QString &query, const RoutingDecisions &decisions, qint64 totalMs)
{
    if (!m_run || query != m_request.question)
        return;
    m_result.decisions = decisions;
    m_result.routingMs = totalMs;
    m_result.items = m_request.explicitItems;
    for (const RoutingDecision &decision : decisions) {
        if (!decision.decision)
            continue;
        if (decision.context == QLatin1StringView("clipboard")) {
            if (m_request.forceClipboard)
                continue; // decided by the person below
            m_result.items.append(ContextItem {ContextItem::Source::Clipboard, QString(), m_clipboardText});
        } else if (decision.context == QLatin1StringView("files")) {
            m_result.items.append(m_request.droppedFiles);
        } else if (decision.context == QLatin1StringView("load-file") && !decision.fileName.isEmpty()
                   && !m_request.workspaceDir.isEmpty()) {
            ++m_pendingFileLoads;
            auto *watcher = new QFutureWatcher<
                std::pair<std::optional<WorkspaceFileResolver::Match>, FileContextLoader::Result>>(m_run);
            connect(watcher, &QFutureWatcherBase::finished, m_run, [this, watcher, decision] {
                watcher->deleteLater();
                const auto [match, loaded] = watcher->result();
                if (!match) {
                    m_result.notices.append(
                        tr("No file in %1 clearly matches “%2”, so none was attached.")
                            .arg(QDir::toNativeSeparators(m_request.workspaceDir), decision.fileName));
                } else if (!loaded.item) {
                    m_result.notices.append(loaded.error);
                } else {
                    ContextItem item = *loaded.item;
                    item.name = match->relativePath;
                    m_result.items.append(item);
                    if (loaded.shortened)
                        m_result.notices.append(
                            tr("“%1” is long; only its beginning and end were attached.").arg(item.name));
                }
                if (--m_pendingFileLoads == 0)
                    finish();
            });
            const QString workspace = m_request.workspaceDir;
            const QString name = decision.fileName;
            watcher->setFuture(QtConcurrent::run([workspace, name] {
                auto match = WorkspaceFileResolver::resolve(workspace, name);
                FileContextLoader::Result loaded;
                if (match)
                    loaded = FileContextLoader::load(match->path);
                return std::make_pair(match, loaded);
            }));
        }
    }
    if (m_request.forceClipboard.value_or(false) && !m_clipboardText.isEmpty())
        m_result.items.append(ContextItem{ContextItem::Source::Clipboard, QString(), m_clipboardText});
    if (m_pendingFileLoads == 0)
        finish();
}

QStringList QuestionContextBuilder::redact(QList<ContextItem> &items, RedactionMode mode,
                                           const QUrl &providerBaseUrl, int *redactedCount)
{
    QStringList notices;
    if (!shouldRedact(mode, providerBaseUrl))
        return notices;
    int count = 0;
    for (ContextItem &item : items) {
        SecretScanner::Redaction redaction = SecretScanner::redact(item.text);
        if (redaction.findings.isEmpty())
            continue;
        count += int(redaction.findings.size());
        item.text = redaction.text;
        const QString where = item.name.isEmpty() ? ContextItem::sourceName(item.source) : item.name;
        notices.append(tr("In %1: %2").arg(where, SecretScanner::summary(redaction.findings)));
    }
    if (redactedCount)
        *redactedCount = count;
    return notices;
}

void QuestionContextBuilder::finish()
{
    m_result.notices +=
        redact(m_result.items, m_request.redaction, m_request.providerBaseUrl, &m_result.redactedSecrets);
    delete m_run;
    Q_EMIT built(m_result);
}

} // namespace CodeGuru
