// SPDX-License-Identifier: GPL-3.0-or-later
// Startup to the first shown window and resident memory after start, for codeguru and, side
// by side in the same run, for an empty QMainWindow (the floor any Qt Widgets app pays).
// Goals: ≤ 300 ms and ≤ 70 MB on the 2-core CI machine under Xvfb, with an empty history.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double wallMs = -1; ///< from process start to the "shown" line, as a person would wait
    long rssKb = -1;
};

Sample measure(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    Sample sample;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return sample;
    // A benchmark driver may block: it measures another process, not its own UI.
    while (process.waitForReadyRead(20000)) {
        const QByteArray line = process.readLine();
        if (line.startsWith("shown")) {
            sample.wallMs = double(clock.nsecsElapsed()) / 1e6;
            static const QRegularExpression rss(QStringLiteral(R"(rss (\d+) kB)"));
            sample.rssKb = rss.match(QString::fromLatin1(line)).captured(1).toLong();
            break;
        }
    }
    process.waitForFinished(10000);
    return sample;
}

Sample median(QList<Sample> samples)
{
    std::sort(samples.begin(), samples.end(),
              [](const Sample &a, const Sample &b) { return a.wallMs < b.wallMs; });
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 7;
    QTemporaryDir home; // an empty history and default settings
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("CODEGURU_LOCAL_PROVIDERS"), QStringLiteral("http://127.0.0.1:9/v1"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           environment.contains(QStringLiteral("DISPLAY")) ? QStringLiteral("xcb")
                                                                           : QStringLiteral("offscreen"));

    QList<Sample> app_, floor;
    for (int run = 0; run < runs; ++run) { // interleaved, so both see the same machine noise
        app_.append(
            measure(QStringLiteral(CODEGURU_APP_PATH), {QStringLiteral("--startup-probe")}, environment));
        floor.append(measure(QStringLiteral(CODEGURU_FLOOR_PATH), {}, environment));
    }
    const Sample ours = median(app_);
    const Sample base = median(floor);
    if (ours.wallMs < 0 || base.wallMs < 0) {
        std::fprintf(stderr, "a process did not report its first window\n");
        return 1;
    }
    std::printf("platform %s, median of %d runs\n",
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"))), runs);
    std::printf("%-22s %12s %12s\n", "", "startup ms", "RSS MB");
    std::printf("%-22s %12.1f %12.1f\n", "codeguru", ours.wallMs, double(ours.rssKb) / 1024.0);
    std::printf("%-22s %12.1f %12.1f\n", "empty QMainWindow", base.wallMs, double(base.rssKb) / 1024.0);
    std::printf("%-22s %12.2f %12.2f\n", "ratio", ours.wallMs / base.wallMs,
                double(ours.rssKb) / double(base.rssKb));
    std::printf("goals: startup <= 300 ms %s, RSS <= 70 MB %s\n", ours.wallMs <= 300 ? "met" : "MISSED",
                ours.rssKb <= 70 * 1024 ? "met" : "MISSED");
    return 0;
}
