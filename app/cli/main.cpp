// SPDX-License-Identifier: GPL-3.0-or-later
// codeguru-cli: the terminal front end. This file is the composition root: it creates the
// long-lived core objects, picks the command and maps its outcome to an exit code.
#include "AskCommand.h"
#include "ChatClient.h"
#include "ChatCommand.h"
#include "HistoryCommand.h"
#include "InterruptWatcher.h"
#include "KeyCommand.h"
#include "ModelsCommand.h"
#include "ProfileCommand.h"
#include "ProviderResolver.h"
#include "Terminal.h"
#include "Version.h"
#include "config/Settings.h"
#include "history/HistoryStore.h"
#include "i18n/TranslationLoader.h"
#include "net/NetworkGateway.h"
#include "secrets/KeychainSecretStore.h"
#include "voice/TranscriptionClient.h"

#include <QCoreApplication>
#include <QTimer>

using namespace CodeGuru;
using namespace CodeGuru::Cli;

namespace {
QString usage()
{
    return QCoreApplication::translate(
        "codeguru-cli",
        "Usage: codeguru-cli [COMMAND] [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  ask QUESTION     ask one question; the answer streams to stdout\n"
        "                   (files with -f, piped stdin is attached as context)\n"
        "  chat             a conversation in the terminal (the default on a terminal)\n"
        "  history ...      list, show, search, export, import or delete saved conversations\n"
        "  models           list the provider's models\n"
        "  profile ...      list, add, remove or choose saved providers\n"
        "  key set|delete   store or delete a profile's API key in the system keyring\n"
        "\n"
        "Run “codeguru-cli COMMAND --help” for a command's options.\n"
        "Provider: --profile, --base-url, or OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /\n"
        "OPENROUTER_API_KEY, else a local Ollama (port 11434) or llama.cpp server (port 8080).\n");
}

// Qt's developer warnings are not for the person at the terminal; CODEGURU_DEBUG=1 shows them.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = qEnvironmentVariableIntValue("CODEGURU_DEBUG") != 0;
    if (debug || type == QtFatalMsg)
        qt_message_output(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeGuru"));
    // The window's names: the history lives in QStandardPaths::AppDataLocation, which is built
    // from them, and both front ends must see the same conversations.
    QCoreApplication::setApplicationName(QStringLiteral("CodeGuru"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEGURU_VERSION_STRING));
    // A terminal program speaks the language of its environment (LANG, LC_MESSAGES).
    TranslationLoader translations(&app);
    translations.install(QLocale::system());

    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        Terminal::out(QStringLiteral("codeguru-cli " CODEGURU_VERSION_STRING "\n"));
        return 0;
    }
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h")
        || first == QLatin1StringView("help")) {
        Terminal::out(usage());
        return 0;
    }
    if (arguments.size() == 1) {
        if (!Terminal::stdinIsTerminal()) {
            Terminal::err(usage());
            return Command::kExitUsage;
        }
        arguments.append(QStringLiteral("chat"));
    }

    Settings settings;
    NetworkGateway gateway;
    ChatClient client(&gateway);
    ChatOptions options;
    options.idleTimeout = settings.idleTimeout();
    client.setOptions(options);
    KeychainSecretStore secrets;
    ProviderResolver resolver(&settings, &secrets, &client);
    const QString historyFolder = HistoryStore::defaultFolder();
    TranscriptionClient transcriber(&gateway);
    const CliServices services {&gateway,  &client,       &settings,   &secrets,
                                &resolver, historyFolder, &transcriber};

    const QString name = arguments.at(1);
    Command *command = nullptr;
    InterruptWatcher interrupts;
    if (name == QLatin1StringView("ask")) {
        auto *ask = new AskCommand(services, &app);
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, ask, &AskCommand::interrupt);
        command = ask;
    } else if (name == QLatin1StringView("chat")) {
        auto *chat = new ChatCommand(services, &app);
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, chat, &ChatCommand::interrupt);
        command = chat;
    } else if (name == QLatin1StringView("history")) {
        command = new HistoryCommand(services, &app);
    } else if (name == QLatin1StringView("models")) {
        command = new ModelsCommand(services, &app);
    } else if (name == QLatin1StringView("profile")) {
        command = new ProfileCommand(services, &app);
    } else if (name == QLatin1StringView("key")) {
        command = new KeyCommand(services, &app);
    } else {
        Terminal::error(QCoreApplication::translate("codeguru-cli", "“%1” is not a command.").arg(name));
        Terminal::err(usage());
        return Command::kExitUsage;
    }

    bool exited = false;
    QObject::connect(command, &Command::finished, &app, [&exited](int code) {
        if (exited)
            return;
        exited = true;
        QCoreApplication::exit(code);
    });
    if (const std::optional<int> code = command->start(arguments))
        return *code;
    const int code = QCoreApplication::exec();
    delete command;
    return code;
}
