// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextOptions.h"

#include "Terminal.h"
#include "ToolClipboardSource.h"
#include "config/Settings.h"
#include "routing/RoutingReport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace CodeGuru::Cli {

ContextOptions::ContextOptions(const CliServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_classifiersOption(QStringLiteral("classifiers"),
                          tr("Decide which context to attach with the classifiers in this JSON file."),
                          QStringLiteral("FILE"))
    , m_clipboardTextOption(QStringLiteral("clipboard-text"),
                            tr("Use this text as the clipboard instead of the system clipboard."),
                            QStringLiteral("TEXT"))
    , m_workspaceOption(QStringLiteral("workspace"),
                        tr("Folder where a file named in the question is looked for (default: here)."),
                        QStringLiteral("DIR"))
    , m_reportOption(QStringLiteral("routing-report"),
                     tr("Write the routing decisions as JSON to this file."), QStringLiteral("FILE"))
    , m_redactOption(
          QStringLiteral("redact-secrets"),
          tr("Where attached text is scanned for secrets: always, remote (default: providers not on "
             "this machine) or never."),
          QStringLiteral("MODE"))
    , m_classifierModelOption(QStringLiteral("classifier-model"),
                              tr("Model for the routing questions (default: the answer model)."),
                              QStringLiteral("NAME"))
    , m_deadlineOption(QStringLiteral("routing-deadline"),
                       tr("Milliseconds to wait for routing answers (default 2000)."), QStringLiteral("MS"))
    , m_noRoutingOption(QStringLiteral("no-routing"),
                        tr("Attach only what was given explicitly; ask no routing questions."))
{ }

void ContextOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_classifiersOption, m_clipboardTextOption, m_workspaceOption, m_reportOption,
                       m_redactOption, m_classifierModelOption, m_deadlineOption, m_noRoutingOption});
}

bool ContextOptions::read(const QCommandLineParser &parser, QString *error)
{
    m_routing = !parser.isSet(m_noRoutingOption);
    // A classifiers.json beside the settings file replaces the shipped set; --classifiers wins.
    const QString userSet = m_services.settings->classifierSetFile();
    const QString classifierFile = parser.isSet(m_classifiersOption) ? parser.value(m_classifiersOption)
        : QFileInfo::exists(userSet)                                 ? userSet
                                                                     : QString();
    if (!classifierFile.isEmpty()) {
        m_classifiers = ClassifierSet::fromFile(classifierFile, error);
        if (!m_classifiers)
            return false;
    }
    m_redaction = m_services.settings->redactionMode();
    if (parser.isSet(m_redactOption)) {
        const auto mode = parseRedactionMode(parser.value(m_redactOption));
        if (!mode) {
            *error = tr("--redact-secrets takes always, remote or never.");
            return false;
        }
        m_redaction = *mode;
    }
    m_deadline = m_services.settings->routingDeadline();
    if (parser.isSet(m_deadlineOption)) {
        bool ok = false;
        const int ms = parser.value(m_deadlineOption).toInt(&ok);
        if (!ok || ms <= 0) {
            *error = tr("--routing-deadline needs a positive number of milliseconds.");
            return false;
        }
        m_deadline = std::chrono::milliseconds(ms);
    }
    m_workspace = parser.isSet(m_workspaceOption) ? parser.value(m_workspaceOption) : QDir::currentPath();
    if (!QFileInfo(m_workspace).isDir()) {
        *error = tr("The workspace “%1” is not a folder.").arg(m_workspace);
        return false;
    }
    m_reportPath = parser.value(m_reportOption);
    m_classifierModel = parser.isSet(m_classifierModelOption) ? parser.value(m_classifierModelOption)
                                                              : m_services.settings->classifierModel();
    if (parser.isSet(m_clipboardTextOption))
        m_clipboard = std::make_unique<FixedClipboardSource>(parser.value(m_clipboardTextOption));
    else
        m_clipboard = std::make_unique<ToolClipboardSource>();
    return true;
}

void ContextOptions::prepare(const QString &question, const QList<ContextItem> &explicitItems,
                             const ProviderEndpoint &endpoint)
{
    if (!m_routing) {
        QuestionContext context;
        context.items = explicitItems;
        context.notices = QuestionContextBuilder::redact(context.items, m_redaction, endpoint.baseUrl,
                                                         &context.redactedSecrets);
        QTimer::singleShot(0, this, [this, context] { Q_EMIT prepared(context); });
        return;
    }
    if (!m_router) {
        m_router = new ContextRouter(m_services.gateway, this);
        if (m_classifiers)
            m_router->setClassifierSet(*m_classifiers);
        m_router->setDeadline(m_deadline);
        m_builder = new QuestionContextBuilder(m_router, this);
        connect(m_builder, &QuestionContextBuilder::built, this, [this](const QuestionContext &context) {
            writeReport(context);
            Q_EMIT prepared(context);
        });
    }
    m_router->setEndpoint(endpoint, m_classifierModel);
    QuestionContextRequest request;
    request.question = question;
    request.explicitItems = explicitItems;
    request.clipboard = m_clipboard.get();
    request.workspaceDir = m_workspace;
    request.redaction = m_redaction;
    request.providerBaseUrl = endpoint.baseUrl;
    m_builder->build(request);
}

void ContextOptions::cancel()
{
    if (m_builder)
        m_builder->cancel();
}

void ContextOptions::writeReport(const QuestionContext &context)
{
    if (m_reportPath.isEmpty())
        return;
    QSaveFile report(m_reportPath);
    if (!report.open(QIODevice::WriteOnly)
        || report.write(RoutingReport::toJson(context.decisions, context.routingMs)) < 0 || !report.commit())
        Terminal::warning(tr("The routing report could not be written to “%1”.").arg(m_reportPath));
}

} // namespace CodeGuru::Cli
