// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliServices.h"
#include "context/ClipboardSource.h"
#include "routing/QuestionContextBuilder.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>

#include <memory>

namespace CodeGuru::Cli {

/// The options that decide which context goes with a question, shared by `ask` and `chat`,
/// and the object that applies them: routing, clipboard, workspace files, redaction.
class ContextOptions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextOptions)

public:
    ContextOptions(const CliServices &services, QObject *parent);
    void addTo(QCommandLineParser &parser) const;
    /// Reads the parsed values (settings fill the gaps); returns false with a reason in `error`.
    bool read(const QCommandLineParser &parser, QString *error);

    /// Routes `question`; `prepared` follows with everything to attach (explicit items first).
    void prepare(const QString &question, const QList<ContextItem> &explicitItems,
                 const ProviderEndpoint &endpoint);
    void cancel();

Q_SIGNALS:
    void prepared(const CodeGuru::QuestionContext &context);

private:
    void writeReport(const QuestionContext &context);

    CliServices m_services;
    QCommandLineOption m_classifiersOption;
    QCommandLineOption m_clipboardTextOption;
    QCommandLineOption m_workspaceOption;
    QCommandLineOption m_reportOption;
    QCommandLineOption m_redactOption;
    QCommandLineOption m_classifierModelOption;
    QCommandLineOption m_deadlineOption;
    QCommandLineOption m_noRoutingOption;

    bool m_routing = true;
    std::optional<ClassifierSet> m_classifiers;
    QString m_classifierModel;
    std::chrono::milliseconds m_deadline {2000};
    QString m_workspace;
    QString m_reportPath;
    RedactionMode m_redaction = RedactionMode::Remote;
    std::unique_ptr<ClipboardSource> m_clipboard;
    ContextRouter *m_router = nullptr;
    QuestionContextBuilder *m_builder = nullptr;
};

} // namespace CodeGuru::Cli
