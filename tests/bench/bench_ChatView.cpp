// SPDX-License-Identifier: GPL-3.0-or-later
// Streams a long Markdown answer (about 100 KB) into ChatView in 4,000 pieces, one piece per
// turn of the event loop as network replies arrive, with the view on screen and following.
// Prints (a) the UI thread's CPU time for the whole stream as a ratio to rendering the final
// text once (goal <= 3; at a steady pace, less what the event loop spends delivering the
// same pieces to a bare QString), beside the naive way (setMarkdown of the whole text after every
// piece), and (b) the longest stall of the event loop, measured by a 1 ms timer (goal <= 16)
// in a second run, so that the meter's own ticks do not count as work in the first.
// Two paces: as fast as the event loop takes pieces, and a steady rate (default 500 pieces a
// second, a fast provider). Offscreen unless QT_QPA_PLATFORM says otherwise.
#include "../ui/SeedAnswer.h"
#include "chat/ChatView.h"
#include "markdown/MarkdownRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace CodeGuru;

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// The seed answer again and again, each time with more code in other languages, so that
/// chunks differ and every highlighter gets work.
QString longAnswer(qsizetype minimumSize)
{
    QString text;
    for (int part = 0; text.size() < minimumSize; ++part) {
        text += Testing::seedAnswer().replace(QStringLiteral("# Async Patterns"),
                                              QStringLiteral("# Part %1: Async Patterns").arg(part));
        text += QStringLiteral(
                    "\n\n### Native version %1\n\n```cpp\n#include <vector>\n// Sum of part %1\nint "
                    "sum%1(const std::vector<int> &v)\n{\n"
                    "    int total = 0;\n    for (int x : v)\n        total += x * %1;\n    return "
                    "total;\n}\n```\n\n"
                    "A **Rust** take, with `iter()`:\n\n```rust\nfn sum_%1(v: &[i32]) -> i32 {\n    "
                    "v.iter().map(|x| x * %1).sum()\n}\n```\n\n"
                    "> Note %1: measure before you optimise.\n\n"
                    "```json\n{\"part\": %1, \"ok\": true, \"tags\": [\"async\", \"threads\"]}\n```\n\n"
                    "```sql\nSELECT id, name FROM jobs WHERE part = %1 ORDER BY id;\n```\n\n"
                    "```yaml\njobs:\n  part: %1\n  steps: [build, test]  # ci\n```\n\n"
                    "1. First step of part %1\n2. Second step, see [the "
                    "docs](https://docs.python.org/3/library/asyncio.html)\n\n")
                    .arg(part);
    }
    return text;
}

/// Rendering the final text once: parse, style and highlight, then lay out at the width
/// the view gives it. A fresh renderer, as cold as the view's.
double renderOnceMs(const QString &text, qreal width)
{
    const double start = threadCpuMs();
    MarkdownRenderer renderer;
    const std::unique_ptr<QTextDocument> document = renderer.render(text);
    document->setTextWidth(width);
    document->documentLayout()->documentSize();
    return threadCpuMs() - start;
}

/// The naive way at `samples` evenly spaced pieces: setMarkdown of everything so far and a
/// layout. Its cost grows with the text, so a straight line through the samples (cost per
/// character plus a constant) is summed over every piece instead of running all of them.
double naiveExtrapolatedMs(const QString &text, const QList<qsizetype> &ends, int samples, qreal width)
{
    QList<std::pair<double, double>> points; // (characters, ms)
    for (int s = 1; s <= samples; ++s) {
        const qsizetype end = ends.at(qsizetype(ends.size()) * s / samples - 1);
        QTextDocument document;
        document.setTextWidth(width);
        const double start = threadCpuMs();
        document.setMarkdown(text.first(end),
                             QTextDocument::MarkdownFeatures(QTextDocument::MarkdownNoHTML
                                                             | QTextDocument::MarkdownDialectGitHub));
        document.documentLayout()->documentSize();
        points.append({double(end), threadCpuMs() - start});
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[x, y] : points) {
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(points.size());
    const double slope =
        n > 1 ? (n * sxy - sx * sy) / std::max(1e-9, n * sxx - sx * sx) : sy / std::max(1.0, sx);
    const double intercept = n > 1 ? (sy - slope * sx) / n : 0;
    double total = 0;
    for (qsizetype end : ends)
        total += std::max(0.0, slope * double(end) + intercept);
    return total;
}

struct StreamResult
{
    double cpuMs = 0;
    double wallMs = 0;
    double longestStallMs = 0;
    bool matches = false;
    int liveDocuments = 0;
};

/// The floor: the same pieces through the same event loop into a QString, no view at all.
double deliveryOnlyMs(const QString &text, const QList<qsizetype> &ends, int piecesPerSecond)
{
    QString received;
    qsizetype piece = 0;
    QEventLoop loop;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(piecesPerSecond > 0 ? 1000 / piecesPerSecond : 0);
    QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
        const qsizetype start = piece == 0 ? 0 : ends.at(piece - 1);
        received.append(text.sliced(start, ends.at(piece) - start));
        if (++piece == ends.size()) {
            feeder.stop();
            loop.quit();
        }
    });
    const double start = threadCpuMs();
    feeder.start();
    loop.exec();
    return threadCpuMs() - start;
}

StreamResult streamInto(const QString &text, const QList<qsizetype> &ends, int piecesPerSecond,
                        bool meterStalls)
{
    ChatView view;
    view.resize(900, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the view was not exposed; painting is not measured\n");
    view.appendMessage(ChatView::Role::User, QStringLiteral("Explain async/await vs threading, at length."));
    const int id = view.appendMessage(ChatView::Role::Assistant, QString());
    QTest::qWait(50);

    StreamResult result;
    // The stall meter: a 1 ms timer, whose late ticks show how long the loop was busy.
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &view, [&] {
        result.longestStallMs = std::max(result.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6 - 1.0);
        sinceTick.start();
    });

    qsizetype piece = 0;
    QEventLoop loop; // a benchmark driver, not application code: QTest::qWaitFor would sleep
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(piecesPerSecond > 0 ? 1000 / piecesPerSecond : 0);
    QObject::connect(&feeder, &QTimer::timeout, &view, [&] {
        const qsizetype start = piece == 0 ? 0 : ends.at(piece - 1);
        view.appendToMessage(id, text.sliced(start, ends.at(piece) - start));
        if (++piece == ends.size()) {
            feeder.stop();
            view.finishMessage(id);
            // The final render and paint, then idle.
            QTimer::singleShot(300, &loop, &QEventLoop::quit);
        }
    });

    const double cpuStart = threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    if (meterStalls)
        ticker.start();
    feeder.start();
    loop.exec();
    ticker.stop();
    result.cpuMs = threadCpuMs() - cpuStart;
    result.wallMs = double(wall.nsecsElapsed()) / 1e6;
    result.liveDocuments = view.liveDocumentCount();

    MarkdownRenderer renderer;
    result.matches = view.renderedText(id) == renderer.render(text)->toPlainText();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Streaming a long answer into the chat view."));
    parser.addHelpOption();
    const QCommandLineOption sizeKb(QStringLiteral("size-kb"), QStringLiteral("Answer size in KB."),
                                    QStringLiteral("KB"), QStringLiteral("100"));
    const QCommandLineOption pieces(QStringLiteral("pieces"), QStringLiteral("Pieces to stream it in."),
                                    QStringLiteral("N"), QStringLiteral("4000"));
    const QCommandLineOption rate(QStringLiteral("paced-rate"),
                                  QStringLiteral("Pieces per second for the paced run (0: skip it)."),
                                  QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption naiveSamples(QStringLiteral("naive-samples"),
                                          QStringLiteral("Pieces at which the naive way is measured."),
                                          QStringLiteral("N"), QStringLiteral("40"));
    parser.addOptions({sizeKb, pieces, rate, naiveSamples});
    parser.process(app);

    const QString text = longAnswer(parser.value(sizeKb).toLongLong() * 1024);
    const int pieceCount = std::max(1, parser.value(pieces).toInt());
    QList<qsizetype> ends;
    for (int i = 1; i <= pieceCount; ++i)
        ends.append(text.size() * i / pieceCount);
    // The view's answer width at 900 px, near enough for the comparisons below.
    const qreal width = 900 - 2 * QFontMetricsF(app.font()).height();

    QList<double> onceRuns;
    for (int run = 0; run < 5; ++run)
        onceRuns.append(renderOnceMs(text, width));
    std::sort(onceRuns.begin(), onceRuns.end());
    const double once = onceRuns.at(onceRuns.size() / 2);
    std::printf("answer: %lld characters in %d pieces (%.1f per piece)\n", (long long)text.size(), pieceCount,
                double(text.size()) / pieceCount);
    std::printf("render the final text once (parse, style, highlight, lay out; median of 5): %.1f ms\n\n",
                once);

    bool missed = false;
    bool mismatch = false;
    const auto run = [&](const char *name, int piecesPerSecond) {
        const StreamResult work = streamInto(text, ends, piecesPerSecond, false);
        const StreamResult stalls = streamInto(text, ends, piecesPerSecond, true);
        const double delivery = deliveryOnlyMs(text, ends, piecesPerSecond);
        // At a steady pace the event loop waking up for every piece costs CPU whatever
        // receives the pieces; the goal is about what the view adds on top of that.
        const double ratio = work.cpuMs / once;
        const double viewRatio = std::max(0.0, work.cpuMs - delivery) / once;
        const bool ok = viewRatio <= 3.0 && stalls.longestStallMs <= 16.0;
        missed = missed || !ok;
        mismatch = mismatch || !work.matches || !stalls.matches;
        std::printf(
            "%-16s UI-thread CPU %7.1f ms (wall %7.1f ms), ratio %5.2f; the event loop delivering the "
            "pieces to a bare QString costs %.1f ms\n%-16s   the view's work %7.1f ms: ratio %5.2f (goal <= "
            "3)  longest stall %5.1f ms (goal <= 16)  %s; rendered text %s; %d messages rendered\n",
            name, work.cpuMs, work.wallMs, ratio, delivery, "", work.cpuMs - delivery, viewRatio,
            stalls.longestStallMs, ok ? "ok" : "MISSED",
            work.matches && stalls.matches ? "equals one-shot" : "DIFFERS", work.liveDocuments);
    };
    run("as fast as fed", 0);
    const int paced = parser.value(rate).toInt();
    if (paced > 0) {
        const QByteArray name = QStringLiteral("%1 pieces/s").arg(paced).toUtf8();
        run(name.constData(), paced);
    }

    const int samples = std::max(2, parser.value(naiveSamples).toInt());
    const double naive = naiveExtrapolatedMs(text, ends, samples, width);
    std::printf(
        "\nnaive (setMarkdown + layout of the whole text per piece, no highlighting): about %.0f ms, "
        "ratio %.1f\n  (measured at %d evenly spaced pieces, fitted per character and summed over all %d)\n",
        naive, naive / once, samples, pieceCount);
    if (mismatch)
        return 1;
    return missed && qEnvironmentVariableIsSet("CODEGURU_BENCH_ENFORCE") ? 2 : 0;
}
