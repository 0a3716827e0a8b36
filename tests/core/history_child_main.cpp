// SPDX-License-Identifier: GPL-3.0-or-later
// A helper for tst_HistoryCrash: asks one question through ChatSession + SessionRecorder,
// writing to the store in --store, and exits when the answer ends. The test kills it with
// SIGKILL while the answer streams.
#include "conversation/ChatSession.h"
#include "history/AsyncHistory.h"
#include "history/SessionRecorder.h"
#include "net/NetworkGateway.h"
#include "routing/ContextRouter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>

#include <cstdio>

using namespace CodeGuru;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Provider base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("History folder."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption question(QStringLiteral("question"), QStringLiteral("The question."),
                                      QStringLiteral("TEXT"));
    parser.addOptions({baseUrl, store, question});
    parser.process(app);
    if (!parser.isSet(baseUrl) || !parser.isSet(store) || !parser.isSet(question)) {
        std::fputs("usage: codeguru_history_child --base-url URL --store DIR --question TEXT\n", stderr);
        return 2;
    }

    ProviderEndpoint endpoint;
    endpoint.baseUrl = QUrl(parser.value(baseUrl));
    endpoint.model = QStringLiteral("fake-model");
    endpoint.apiKey = QStringLiteral("sk-test-0123456789abcdef");

    NetworkGateway gateway;
    ChatClient client(&gateway);
    ContextRouter router(&gateway);
    router.setClassifierSet(ClassifierSet());
    router.setEndpoint(endpoint);
    QuestionContextBuilder builder(&router);
    ChatSession session(&client, &builder);
    session.setEndpoint(endpoint);
    AsyncHistory history(parser.value(store));
    SessionRecorder recorder(&session, &history);

    int status = 0;
    QObject::connect(&session, &ChatSession::turnFinished, &app, [&app, &session, &status](int index) {
        status = session.turns().at(index).state == ChatTurn::State::Done ? 0 : 1;
        app.quit();
    });
    QFutureWatcher<HistoryResult<HistoryOpenReport>> opened;
    QObject::connect(&opened, &QFutureWatcher<HistoryResult<HistoryOpenReport>>::finished, &app, [&] {
        if (!opened.result().ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.result().error.message));
            app.exit(3);
            return;
        }
        session.send(parser.value(question));
    });
    opened.setFuture(history.open());
    const int code = app.exec();
    return code != 0 ? code : status;
}
