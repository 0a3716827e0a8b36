// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "Terminal.h"
#include "history/HistoryExporter.h"
#include "history/HistoryImporter.h"
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace CodeGuru::Cli {

namespace {

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// One line per record, also in a pipe: titles and snippets may hold tabs and line breaks.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

QString titleOf(const QString &title)
{
    return title.isEmpty() ? QCoreApplication::translate("CodeGuru::Cli::HistoryCommand", "(untitled)")
                           : oneLine(title);
}

/// The snippet's match markers as SGR bold + reverse on a terminal (brackets when NO_COLOR
/// asks for no escapes), and dropped into a pipe, where scripts want the words only.
QString highlighted(const QString &snippet, bool terminal)
{
    QString begin;
    QString end;
    if (terminal && qEnvironmentVariableIsSet("NO_COLOR")) {
        begin = QStringLiteral("[");
        end = QStringLiteral("]");
    } else if (terminal) {
        begin = QStringLiteral("\x1b[1;7m");
        end = QStringLiteral("\x1b[22;27m");
    }
    QString text = oneLine(snippet);
    text.replace(QChar(SearchHit::HighlightBegin), begin);
    text.replace(QChar(SearchHit::HighlightEnd), end);
    return text;
}

QString roleText(MessageRecord::Role role)
{
    switch (role) {
    case MessageRecord::Role::User:
        return QCoreApplication::translate("CodeGuru::Cli::HistoryCommand", "you");
    case MessageRecord::Role::Assistant:
        return QCoreApplication::translate("CodeGuru::Cli::HistoryCommand", "assistant");
    case MessageRecord::Role::System:
        return QCoreApplication::translate("CodeGuru::Cli::HistoryCommand", "system");
    }
    return {};
}

/// --limit's value: a positive number, or nullopt when absent (0 returned for a bad value).
std::optional<int> limitValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace

HistoryCommand::HistoryCommand(const CliServices &services, QObject *parent)
    : Command(services, parent)
{ }

HistoryCommand::~HistoryCommand() = default;

std::optional<int> HistoryCommand::start(const QStringList &arguments)
{
    const int code = run(arguments);
    m_store.reset(); // closed while the application, and with it the SQL driver, is still there
    return code;
}

int HistoryCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == QLatin1StringView("list"))
        return list(arguments);
    if (action == QLatin1StringView("show"))
        return show(arguments);
    if (action == QLatin1StringView("search"))
        return search(arguments);
    if (action == QLatin1StringView("export"))
        return exportConversation(arguments);
    if (action == QLatin1StringView("import"))
        return importConversation(arguments);
    if (action == QLatin1StringView("delete"))
        return remove(arguments);
    if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")
        || action == QLatin1StringView("help")) {
        Terminal::out(
            tr("Usage: codeguru-cli history list [--limit N]\n"
               "       codeguru-cli history show ID\n"
               "       codeguru-cli history search TEXT [--limit N]\n"
               "       codeguru-cli history export ID [--format md|json] [-o FILE]\n"
               "       codeguru-cli history import FILE\n"
               "       codeguru-cli history delete ID [--yes]\n"
               "\n"
               "The conversations saved by “ask”, “chat” and the window, in\n"
               "%1.\n"
               "list    one line per conversation, most recently updated first: id, last update\n"
               "        (local time), number of messages, title. Aligned with a heading on a\n"
               "        terminal; tab-separated without heading into a pipe.\n"
               "show    the conversation as Markdown.\n"
               "search  every message containing all the words (the last one as a prefix):\n"
               "        conversation id, title and the words around the match, highlighted on a\n"
               "        terminal; tab-separated and without highlighting into a pipe.\n"
               "export  Markdown (the default) or JSON, which “import” reads back, to stdout or FILE.\n"
               "import  adds a conversation from a CodeGuru JSON export (“-”: stdin) and prints\n"
               "        its new id.\n"
               "delete  removes the conversation and its search entries. On a terminal it asks\n"
               "        first unless --yes is given; in a script it deletes without asking.\n"
               "Exit status: 0 done, 1 no such conversation or the history cannot be used,\n"
               "2 bad usage.\n")
                .arg(QDir::toNativeSeparators(
                    QDir(m_services.historyFolder).filePath(HistoryStore::fileName()))));
        return kExitOk;
    }
    if (action.isEmpty())
        return usageError(tr("history needs one of: list, show ID, search TEXT, export ID, import FILE, "
                             "delete ID."),
                          QStringLiteral("history"));
    return usageError(
        tr("“%1” is not a history command; use list, show, search, export, import or delete.").arg(action),
        QStringLiteral("history"));
}

std::optional<int> HistoryCommand::parseSub(QCommandLineParser &parser, const QStringList &arguments)
{
    // "codeguru-cli history list …" → "codeguru-cli [history list] …": the help's usage line
    // and the "Try …" hint then name the sub-command.
    return parse(parser,
                 arguments.mid(0, 1) + QStringList {arguments.mid(1, 2).join(QLatin1Char(' '))}
                     + arguments.mid(3));
}

std::optional<int> HistoryCommand::openStore()
{
    HistoryStore::Options options;
    // A short-lived process: the full quick_check would cost ~0.3 s on a big store.
    options.openCheck = HistoryStore::OpenCheck::Light;
    m_store = std::make_unique<HistoryStore>(m_services.historyFolder, options);
    if (const HistoryError error = m_store->open(); error.isError()) {
        // The store's own sentence for this speaks of the window keeping conversations in memory.
        Terminal::error(error.kind == HistoryError::Kind::ReadOnly
                            ? tr("The history in %1 cannot be written or opened (%2).")
                                  .arg(QDir::toNativeSeparators(m_services.historyFolder), error.detail)
                            : error.message);
        return kExitFailure;
    }
    if (const QString notice = m_store->openReport().notice(); !notice.isEmpty())
        Terminal::warning(notice);
    return std::nullopt;
}

std::variant<qint64, int> HistoryCommand::conversationId(const QStringList &positional,
                                                         const QString &command) const
{
    if (positional.size() != 1)
        return usageError(
            tr("%1 needs exactly one conversation ID (see “codeguru-cli history list”).").arg(command),
            command);
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(
            tr("“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.")
                .arg(positional.first()),
            command);
    return id;
}

int HistoryCommand::notFound(qint64 conversationId) const
{
    Terminal::error(tr("There is no conversation %1 in the history (see “codeguru-cli history list”).")
                        .arg(conversationId));
    return kExitFailure;
}

int HistoryCommand::list(const QStringList &arguments)
{
    const QString command = QStringLiteral("history list");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the saved conversations, most recently updated first: id, last "
                                        "update (local time), number of messages, title. Aligned on a "
                                        "terminal, tab-separated into a pipe."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N conversations."),
                                   QStringLiteral("N"));
    parser.addOption(limit);
    if (const auto exit = parseSub(parser, arguments))
        return *exit;
    const std::optional<int> max = limitValue(parser, limit);
    if (max == 0)
        return usageError(tr("--limit needs a positive number."), command);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("history list takes no arguments."), command);
    if (const auto exit = openStore())
        return *exit;

    HistoryResult<QList<ConversationRecord>> listed = m_store->listConversations();
    if (!listed.ok()) {
        Terminal::error(listed.error.message);
        return kExitFailure;
    }
    QList<ConversationRecord> &conversations = listed.value;
    if (max && conversations.size() > *max)
        conversations.resize(*max);
    if (conversations.isEmpty()) {
        Terminal::err(tr("No conversations saved yet.") + QLatin1Char('\n'));
        return kExitOk;
    }

    if (!Terminal::stdoutIsTerminal()) {
        QString text;
        for (const ConversationRecord &record : std::as_const(conversations))
            text += QString::number(record.id) + QLatin1Char('\t') + localTime(record.updated)
                + QLatin1Char('\t') + QString::number(record.messageCount) + QLatin1Char('\t')
                + titleOf(record.title) + QLatin1Char('\n');
        Terminal::out(text);
        return kExitOk;
    }
    const QString idHeading = tr("ID");
    const QString updatedHeading = tr("UPDATED");
    const QString countHeading = tr("MESSAGES");
    qsizetype idWidth = Terminal::columns(idHeading);
    qsizetype countWidth = Terminal::columns(countHeading);
    for (const ConversationRecord &record : std::as_const(conversations)) {
        idWidth = std::max(idWidth, QString::number(record.id).size());
        countWidth = std::max(countWidth, QString::number(record.messageCount).size());
    }
    const qsizetype updatedWidth = std::max(Terminal::columns(updatedHeading),
                                            Terminal::columns(localTime(QDateTime::currentDateTime())));
    QString text = Terminal::dim(Terminal::padded(idHeading, idWidth, true) + QStringLiteral("  ")
                                     + Terminal::padded(updatedHeading, updatedWidth) + QStringLiteral("  ")
                                     + Terminal::padded(countHeading, countWidth, true) + QStringLiteral("  ")
                                     + tr("TITLE"),
                                 true)
        + QLatin1Char('\n');
    for (const ConversationRecord &record : std::as_const(conversations))
        text += Terminal::padded(QString::number(record.id), idWidth, true) + QStringLiteral("  ")
            + Terminal::padded(localTime(record.updated), updatedWidth) + QStringLiteral("  ")
            + Terminal::padded(QString::number(record.messageCount), countWidth, true) + QStringLiteral("  ")
            + titleOf(record.title) + QLatin1Char('\n');
    Terminal::out(text);
    return kExitOk;
}

std::variant<ConversationData, int> HistoryCommand::readConversation(qint64 conversationId)
{
    if (const auto exit = openStore())
        return *exit;
    const HistoryResult<ConversationData> data = m_store->conversationData(conversationId);
    if (data.error.kind == HistoryError::Kind::NotFound)
        return notFound(conversationId);
    if (!data.ok()) {
        Terminal::error(data.error.message);
        return kExitFailure;
    }
    return data.value;
}

int HistoryCommand::show(const QStringList &arguments)
{
    const QString command = QStringLiteral("history show");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a saved conversation as Markdown."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The conversation's ID (see “history list”)."),
                                 QStringLiteral("ID"));
    if (const auto exit = parseSub(parser, arguments))
        return *exit;
    const auto id = conversationId(parser.positionalArguments(), command);
    if (const int *exit = std::get_if<int>(&id))
        return *exit;
    const std::variant<ConversationData, int> data = readConversation(std::get<qint64>(id));
    if (const int *exit = std::get_if<int>(&data))
        return *exit;
    Terminal::out(HistoryExporter::toMarkdown(std::get<ConversationData>(data)));
    return kExitOk;
}

int HistoryCommand::search(const QStringList &arguments)
{
    const QString command = QStringLiteral("history search");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find saved messages containing all the words (the last one as a prefix), best matches first. "
           "On a terminal the matches are highlighted; into a pipe each line is “ID<tab>title<tab>text”."));
    parser.addPositionalArgument(QStringLiteral("text"), tr("The words to find."), QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N messages (default 50)."),
                                   QStringLiteral("N"));
    parser.addOption(limit);
    if (const auto exit = parseSub(parser, arguments))
        return *exit;
    const std::optional<int> max = limitValue(parser, limit);
    if (max == 0)
        return usageError(tr("--limit needs a positive number."), command);
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (HistoryStore::matchExpression(text).isEmpty())
        return usageError(tr("history search needs words to look for, e.g. codeguru-cli history search "
                             "iterator invalidation"),
                          command);
    if (const auto exit = openStore())
        return *exit;

    const HistoryResult<QList<SearchHit>> found = m_store->search(text, max.value_or(50));
    if (!found.ok()) {
        Terminal::error(found.error.message);
        return kExitFailure;
    }
    if (found.value.isEmpty()) {
        Terminal::err(tr("Nothing in the history matches “%1”.").arg(text) + QLatin1Char('\n'));
        return kExitOk;
    }
    const bool terminal = Terminal::stdoutIsTerminal();
    QString output;
    for (const SearchHit &hit : found.value) {
        if (!terminal) {
            output += QString::number(hit.conversationId) + QLatin1Char('\t') + titleOf(hit.conversationTitle)
                + QLatin1Char('\t') + highlighted(hit.snippet, false) + QLatin1Char('\n');
            continue;
        }
        output += QString::number(hit.conversationId) + QStringLiteral("  ") + titleOf(hit.conversationTitle)
            + QStringLiteral("  ")
            + Terminal::dim(QStringLiteral("(%1, %2)").arg(roleText(hit.role), localTime(hit.created)), true)
            + QStringLiteral("\n    ") + highlighted(hit.snippet, true) + QLatin1Char('\n');
    }
    Terminal::out(output);
    return kExitOk;
}

int HistoryCommand::exportConversation(const QStringList &arguments)
{
    const QString command = QStringLiteral("history export");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a saved conversation as Markdown or as JSON (which “history "
                                        "import” reads back)."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The conversation's ID (see “history list”)."),
                                 QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("md (the default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of stdout."), QStringLiteral("FILE"));
    parser.addOptions({format, output});
    if (const auto exit = parseSub(parser, arguments))
        return *exit;
    const QString formatName = parser.value(format).toLower();
    const bool json = formatName == QLatin1StringView("json");
    if (!json && formatName != QLatin1StringView("md") && formatName != QLatin1StringView("markdown"))
        return usageError(tr("--format must be md or json, not “%1”.").arg(parser.value(format)), command);
    const auto id = conversationId(parser.positionalArguments(), command);
    if (const int *exit = std::get_if<int>(&id))
        return *exit;
    const std::variant<ConversationData, int> data = readConversation(std::get<qint64>(id));
    if (const int *exit = std::get_if<int>(&data))
        return *exit;
    const QByteArray bytes = json ? HistoryExporter::toJson(std::get<ConversationData>(data))
                                  : HistoryExporter::toMarkdown(std::get<ConversationData>(data)).toUtf8();
    if (!parser.isSet(output)) {
        Terminal::out(QString::fromUtf8(bytes));
        return kExitOk;
    }
    // QSaveFile: an export that fails half-way never leaves a truncated file behind.
    const QString path = parser.value(output);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Terminal::error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return kExitFailure;
    }
    return kExitOk;
}

int HistoryCommand::importConversation(const QStringList &arguments)
{
    const QString command = QStringLiteral("history import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a conversation from a JSON file written by “codeguru-cli history "
           "export --format json” or the window, and print its new ID. "
           "Importing the same file twice adds two copies."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON file; “-” reads stdin."),
                                 QStringLiteral("FILE"));
    if (const auto exit = parseSub(parser, arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("history import needs exactly one FILE."), command);
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1StringView("-")
        ? file.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        Terminal::error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return kExitUsage;
    }
    const HistoryResult<ConversationData> read = HistoryImporter::fromJson(file.readAll());
    if (!read.ok()) {
        Terminal::error(
            tr("%1 is not a conversation exported by CodeGuru: %2")
                .arg(path == QLatin1StringView("-") ? tr("The input") : QDir::toNativeSeparators(path),
                     read.error.message));
        return kExitFailure;
    }
    if (const auto exit = openStore())
        return *exit;
    const HistoryResult<qint64> imported = m_store->importConversation(read.value);
    if (!imported.ok()) {
        Terminal::error(imported.error.message);
        return kExitFailure;
    }
    Terminal::out(QString::number(imported.value) + QLatin1Char('\n'));
    return kExitOk;
}

int HistoryCommand::remove(const QStringList &arguments)
{
    const QString command = QStringLiteral("history delete");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete a saved conversation, its messages and their search entries. "
                                        "On a terminal it asks first; in a script it does not."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The conversation's ID (see “history list”)."),
                                 QStringLiteral("ID"));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, tr("Do not ask."));
    parser.addOption(yes);
    if (const auto exit = parseSub(parser, arguments))
        return *exit;
    const auto id = conversationId(parser.positionalArguments(), command);
    if (const int *exit = std::get_if<int>(&id))
        return *exit;
    const qint64 conversationId = std::get<qint64>(id);
    if (const auto exit = openStore())
        return *exit;
    const HistoryResult<ConversationRecord> found = m_store->conversation(conversationId);
    if (found.error.kind == HistoryError::Kind::NotFound)
        return notFound(conversationId);
    if (!found.ok()) {
        Terminal::error(found.error.message);
        return kExitFailure;
    }
    // Scripts have no one to answer: only a person at a terminal is asked.
    if (!parser.isSet(yes) && Terminal::stdinIsTerminal()) {
        const QString answer = Terminal::readLine(tr("Delete conversation %1 “%2” (%n message(s))? [y/N] ",
                                                     nullptr, found.value.messageCount)
                                                      .arg(conversationId)
                                                      .arg(titleOf(found.value.title)))
                                   .trimmed()
                                   .toLower();
        if (answer != QLatin1StringView("y") && answer != QLatin1StringView("yes")) {
            Terminal::err(tr("Nothing was deleted.") + QLatin1Char('\n'));
            return kExitOk;
        }
    }
    if (const HistoryError error = m_store->deleteConversation(conversationId); error.isError()) {
        if (error.kind == HistoryError::Kind::NotFound)
            return notFound(conversationId);
        Terminal::error(error.message);
        return kExitFailure;
    }
    Terminal::err(tr("Deleted conversation %1.").arg(conversationId) + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace CodeGuru::Cli
