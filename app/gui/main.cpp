// SPDX-License-Identifier: GPL-3.0-or-later
// codeguru: the window. This file is the composition root: it creates the long-lived core
// objects in order and hands them to the window.
#include "MainWindow.h"
#include "Version.h"
#include "config/Settings.h"
#include "desktop/AutostartEntry.h"
#include "history/AsyncHistory.h"
#include "hotkey/GlobalShortcut.h"
#include "hotkey/GlobalShortcutFactory.h"
#include "i18n/TranslationLoader.h"
#include "instance/SingleInstance.h"
#include "net/NetworkGateway.h"
#include "provider/ChatClient.h"
#include "provider/ProviderResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "window/AppIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <string_view>

using namespace CodeGuru;

namespace {
long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// The options of the window's command line, with descriptions in the language installed first.
struct LaunchOptions
{
    QCommandLineOption quickAsk {
        QStringLiteral("quick-ask"),
        QCoreApplication::translate("main",
                                    "Open Quick Ask with the clipboard, in the running CodeGuru if there "
                                    "is one. Bind this to a key in your desktop's keyboard settings.")};
    QCommandLineOption background {
        QStringLiteral("background"),
        QCoreApplication::translate("main",
                                    "Start without a window, in the system tray if there is one, so the "
                                    "Quick Ask shortcut works. Used when CodeGuru starts at login.")};
    QCommandLineOption startupProbe {QStringLiteral("startup-probe")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "CodeGuru, an assistant for programmers."));
        parser.addHelpOption();
        parser.addVersionOption();
        startupProbe.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({quickAsk, background, startupProbe});
    }
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CodeGuru"));
    QCoreApplication::setApplicationName(QStringLiteral("CodeGuru"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEGURU_VERSION_STRING));
}

// --help and --version print and leave; they must work where no display is, over SSH or in a
// package's check, so they are answered before QApplication looks for one.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        TranslationLoader translations(&app);
        translations.install(TranslationLoader::chooseLocale(Settings().language()));
        LaunchOptions options;
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    nameApplication();
    // The installed desktop entry's name: Wayland compositors and docks match windows by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.codeguru"));
    QApplication::setWindowIcon(appIcon()); // dialogs too, not only the main window
    // Before anything shows text; the language set in Settings wins over the system's.
    Settings settings;
    TranslationLoader translations(&app);
    translations.install(TranslationLoader::chooseLocale(settings.language()));

    LaunchOptions launch;
    QCommandLineParser parser;
    launch.addTo(parser);
    parser.process(app);
    const QCommandLineOption &quickAsk = launch.quickAsk;
    const QCommandLineOption &background = launch.background;
    const QCommandLineOption &startupProbe = launch.startupProbe;

    // One CodeGuru per person and data folder: a second launch hands its wish to the first.
    // The benchmark's probe runs alone on purpose.
    SingleInstance instance(QStringLiteral("codeguru:")
                            + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!parser.isSet(startupProbe) && !instance.tryBecomePrimary()) {
        if (instance.sendToPrimary(QCoreApplication::arguments()))
            return 0;
        // A running CodeGuru that does not answer is hung; rather than do nothing, start.
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "CodeGuru is running but does not answer; starting another window.")));
    }

    if (const int points = settings.fontPointSize(); points > 0) {
        QFont font = QApplication::font();
        font.setPointSize(points);
        QApplication::setFont(font);
    }
    NetworkGateway gateway;
    ChatClient client(&gateway);
    ChatOptions options;
    options.idleTimeout = settings.idleTimeout();
    client.setOptions(options);
    KeychainSecretStore secrets;
    ProviderResolver resolver(&settings, &secrets, &client);

    // Opened by the window, on the history's own thread: start-up never waits for the disk.
    AsyncHistory history(HistoryStore::defaultFolder());
    // The key grab, portal session or hot key of this desktop; the window registers it.
    const std::unique_ptr<GlobalShortcut> shortcut = createGlobalShortcut();
    const AutostartEntry autostart; // the XDG autostart file, switched in Settings
    MainWindow window(WindowServices {&settings, &secrets, &gateway, &client, &resolver, &history,
                                      shortcut.get(), &autostart});
    const auto follow = [&window, &quickAsk, &background](const QStringList &arguments) {
        QCommandLineParser wish;
        wish.addOptions({quickAsk, background});
        wish.parse(arguments); // unknown options from a newer CodeGuru are ignored
        if (wish.isSet(quickAsk)) {
            window.showQuickAsk();
        } else if (wish.isSet(background)) {
            // Started at login while CodeGuru already runs: it already does what was asked.
        } else {
            window.showNormal();
            window.raise();
            window.activateWindow();
        }
    };
    QObject::connect(&instance, &SingleInstance::messageReceived, &window, follow);
    if (parser.isSet(background))
        window.runInBackground(); // no window: the tray and the shortcut, until Quit
    if (parser.isSet(quickAsk))
        window.showQuickAsk(); // the shortcut started CodeGuru: only Quick Ask appears
    else if (!parser.isSet(background))
        window.show();
    if (parser.isSet(startupProbe)) {
        // For tests/bench/bench_Startup: report once the first frame is out, then leave.
        QTimer::singleShot(0, &window, [&startup] {
            std::printf("shown %lld ms-since-main rss %ld kB\n", static_cast<long long>(startup.elapsed()),
                        residentKilobytes());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
