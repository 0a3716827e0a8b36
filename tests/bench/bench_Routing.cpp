// SPDX-License-Identifier: GPL-3.0-or-later
// Routing wall time for N classifiers against the loopback provider answering each after a
// fixed latency, as a ratio to one classifier, measured side by side in one run with the
// naive way (one classifier after another). Goals: ≤ 1.10 for 16, ≤ 1.25 for 32.
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "net/NetworkGateway.h"
#include "routing/ClassifierFanout.h"
#include "routing/ClassifierSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

QList<ClassifierSpec> classifiers(int count)
{
    QList<ClassifierSpec> specs;
    for (int i = 0; i < count; ++i) {
        ClassifierSpec spec;
        spec.id = QStringLiteral("c%1").arg(i);
        spec.question = QStringLiteral("Question %1?\nQuery: {query}").arg(i);
        spec.context = QStringLiteral("bench");
        specs.append(spec);
    }
    return specs;
}

/// Runs one fan-out to completion and returns its wall time in ms.
double runFanout(ClassifierFanout &fanout, FanoutRequest request)
{
    QEventLoop loop; // a benchmark driver, not application code: nothing else runs here
    double elapsed = -1;
    QElapsedTimer clock;
    const auto connection = QObject::connect(&fanout, &ClassifierFanout::finished, &loop,
                                             [&](const RoutingDecisions &decisions, qint64) {
                                                 elapsed = double(clock.nsecsElapsed()) / 1e6;
                                                 for (const RoutingDecision &d : decisions) {
                                                     if (d.source != RoutingDecision::Source::Network) {
                                                         std::fprintf(stderr, "classifier %s: %s\n", qPrintable(d.id),
                                                                      qPrintable(RoutingDecision::sourceName(d.source)));
                                                         elapsed = -1;
                                                     }
                                                 }
                                                 loop.quit();
                                             });
    clock.start();
    fanout.start(request);
    loop.exec();
    QObject::disconnect(connection);
    return elapsed;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Routing fan-out wall time versus one classifier and versus sequential."));
    parser.addHelpOption();
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Server latency per answer."),
                                     QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Classifier counts."), QStringLiteral("LIST"),
                                   QStringLiteral("1,4,8,16,32"));
    const QCommandLineOption repeats(QStringLiteral("repeat"), QStringLiteral("Runs per size (median)."),
                                     QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption noSequential(QStringLiteral("no-sequential"), QStringLiteral("Skip the sequential baseline."));
    parser.addOptions({latency, sizes, repeats, noSequential});
    parser.process(app);
    const int latencyMs = parser.value(latency).toInt();
    const int runs = std::max(1, parser.value(repeats).toInt());

    FakeProviderServer server;
    if (!server.listen())
        return 1;
    server.setHandler([latencyMs](const RecordedRequest &) {
        FakeResponse answer = FakeResponse::completion(QStringLiteral("<Yes>"));
        answer.latencyMs = latencyMs;
        return answer;
    });
    NetworkGateway gateway;
    ClassifierFanout fanout(&gateway);
    FanoutRequest request;
    request.query = QStringLiteral("why does my build fail?");
    request.systemPrompt = ClassifierSet::seedSystemPrompt();
    request.endpoint.baseUrl = server.baseUrl();
    request.endpoint.model = QStringLiteral("bench");
    request.deadline = std::chrono::milliseconds(60000);

    // Warm-up: open the connections of every lane once, as a running app would have.
    request.classifiers = classifiers(48);
    runFanout(fanout, request);

    std::printf("latency per answer: %d ms, median of %d run(s)\n", latencyMs, runs);
    std::printf("%12s %14s %10s %16s %12s %8s\n", "classifiers", "parallel ms", "ratio", "sequential ms", "ratio", "goal");
    double single = 0;
    bool failed = false;
    for (const QString &sizeText : parser.value(sizes).split(QLatin1Char(','))) {
        const int count = sizeText.toInt();
        request.classifiers = classifiers(count);
        QList<double> parallel;
        for (int run = 0; run < runs; ++run)
            parallel.append(runFanout(fanout, request));
        const double parallelMs = median(parallel);
        if (parallelMs < 0)
            return 1;
        if (count == 1 || single == 0)
            single = parallelMs;
        double sequentialMs = -1;
        if (!parser.isSet(noSequential)) {
            sequentialMs = 0;
            FanoutRequest one = request;
            for (const ClassifierSpec &spec : classifiers(count)) {
                one.classifiers = {spec};
                sequentialMs += runFanout(fanout, one);
            }
        }
        const double ratio = parallelMs / single;
        const char *goal = "";
        if (count == 16)
            goal = ratio <= 1.10 ? "<=1.10 ok" : "MISSED";
        else if (count == 32)
            goal = ratio <= 1.25 ? "<=1.25 ok" : "MISSED";
        failed = failed || std::string(goal) == "MISSED";
        if (sequentialMs >= 0)
            std::printf("%12d %14.1f %10.3f %16.1f %12.2f %8s\n", count, parallelMs, ratio, sequentialMs, sequentialMs / single, goal);
        else
            std::printf("%12d %14.1f %10.3f %16s %12s %8s\n", count, parallelMs, ratio, "-", "-", goal);
    }
    std::printf("peak concurrent requests at the server: %d\n", server.peakConcurrentRequests());
    return failed && qEnvironmentVariableIsSet("CODEGURU_BENCH_ENFORCE") ? 2 : 0;
}
