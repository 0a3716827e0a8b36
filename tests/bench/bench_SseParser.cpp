// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of SseParser over a ~1 MiB OpenAI-style stream, next to the cost of merely
// receiving the same bytes (copying them, in the same pieces, into a QByteArray). The ratio
// of the two, measured in the same run, says what the framing costs on top of the network.

#include "SseEvent.h"
#include "SseParser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

constexpr qsizetype kTargetStreamSize = 1024 * 1024;
constexpr qsizetype kPieceSizes[] = {1, 7, 4096};

struct Stream
{
    QByteArray bytes;
    qsizetype eventCount = 0;
    qsizetype dataBytes = 0; // sum of the dispatched events' data sizes, to check every run
};

QByteArray chunkEvent(QByteArrayView delta, QByteArrayView finishReason)
{
    QByteArray json = QByteArrayLiteral(
        R"({"id":"chatcmpl-9Q2b7xKfT3mVwYcLrN8sJdE4hA1uZ","object":"chat.completion.chunk",)"
        R"("created":1718035201,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_661538dc1f",)"
        R"("choices":[{"index":0,"delta":)");
    json += delta;
    json += R"(,"logprobs":null,"finish_reason":)";
    json += finishReason;
    json += "}]}";
    return json;
}

// Deterministic, so every run (and every machine) parses exactly the same bytes.
Stream buildStream()
{
    static const char *const words[] = {
        "the",    "parser", "returns", "a",       "QByteArray", "when",     "each",   "line",
        "ends",   "with",   "LF",      "so",      "we",         "can",      "stream", "tokens",
        "into",   "the",    "editor",  "without", "blocking",   "std::map", "int",    "const",
        "return", "value",  "of",      "this",    "function",   "is",       "never",  "null",
    };
    constexpr std::size_t wordCount = sizeof(words) / sizeof(words[0]);
    std::uint32_t seed = 0x2545F491u;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 16;
    };

    Stream stream;
    const auto addEvent = [&stream](const QByteArray &data) {
        stream.bytes += "data: ";
        stream.bytes += data;
        stream.bytes += "\n\n";
        ++stream.eventCount;
        stream.dataBytes += data.size();
    };

    addEvent(chunkEvent(R"({"role":"assistant","content":""})", "null"));
    while (stream.bytes.size() < kTargetStreamSize) {
        QByteArray content;
        const std::uint32_t n = 1 + next() % 4;
        for (std::uint32_t i = 0; i < n; ++i) {
            content += ' ';
            content += words[next() % wordCount];
        }
        if (next() % 16 == 0)
            content += "\\n"; // a JSON-escaped newline, as code answers are full of them
        addEvent(chunkEvent(QByteArray(R"({"content":")" + content + R"("})"), "null"));
        if (next() % 64 == 0)
            stream.bytes += ": ping\n\n"; // keep-alive comments, not events
    }
    addEvent(chunkEvent("{}", R"("stop")"));
    addEvent("[DONE]");
    return stream;
}

const Stream &sharedStream()
{
    static const Stream stream = buildStream();
    return stream;
}

// Feeds the whole stream and consumes every event the way ChatChunkDecoder would: one look at
// each payload per feed, then the list is reused.
qsizetype parseInPieces(CodeGuru::SseParser &parser, QList<CodeGuru::SseEvent> &events, QByteArrayView bytes,
                        qsizetype piece, qsizetype &eventCount)
{
    qsizetype dataBytes = 0;
    const auto consume = [&] {
        for (const CodeGuru::SseEvent &event : std::as_const(events)) {
            benchmark::DoNotOptimize(event.data.constData());
            dataBytes += event.data.size();
        }
        eventCount += events.size();
        events.clear();
    };
    for (qsizetype offset = 0; offset < bytes.size(); offset += piece) {
        parser.feed(bytes.sliced(offset, std::min(piece, bytes.size() - offset)), events);
        consume();
    }
    parser.finish(events);
    consume();
    return dataBytes;
}

void benchParse(benchmark::State &state, qsizetype piece)
{
    const Stream &stream = sharedStream();
    const QByteArrayView bytes(stream.bytes);
    CodeGuru::SseParser parser;
    QList<CodeGuru::SseEvent> events;
    events.reserve(64);
    for (auto _ : state) {
        parser.reset();
        qsizetype eventCount = 0;
        const qsizetype dataBytes = parseInPieces(parser, events, bytes, piece, eventCount);
        benchmark::DoNotOptimize(dataBytes);
        if (eventCount != stream.eventCount || dataBytes != stream.dataBytes) {
            state.SkipWithError("SseParser lost or split events");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * stream.bytes.size());
}

void benchCopy(benchmark::State &state, qsizetype piece)
{
    const Stream &stream = sharedStream();
    const QByteArrayView bytes(stream.bytes);
    QByteArray buffer;
    // A warm buffer that never reallocates: the cheapest way there is to receive the bytes.
    buffer.reserve(bytes.size());
    for (auto _ : state) {
        buffer.resize(0);
        for (qsizetype offset = 0; offset < bytes.size(); offset += piece)
            buffer.append(bytes.sliced(offset, std::min(piece, bytes.size() - offset)));
        benchmark::DoNotOptimize(buffer.constData());
        benchmark::ClobberMemory();
        if (buffer.size() != bytes.size()) {
            state.SkipWithError("the copy lost bytes");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * stream.bytes.size());
}

std::string benchmarkName(const char *kind, qsizetype piece)
{
    return std::string(kind) + "/piece:" + std::to_string(piece);
}

/// Prints what the console reporter prints, and keeps the throughput of every successful run
/// so the summary compares measurements from this very process.
class SummaryReporter : public benchmark::ConsoleReporter
{
public:
    using ConsoleReporter::ConsoleReporter;

    void ReportRuns(const std::vector<Run> &reports) override
    {
        ConsoleReporter::ReportRuns(reports);
        for (const Run &run : reports) {
            const auto counter = run.counters.find("bytes_per_second");
            if (run.error_occurred || counter == run.counters.end())
                continue;
            // By now the library has turned the counter into bytes per CPU second.
            const std::string &name = run.run_name.function_name;
            if (run.run_type == Run::RT_Iteration)
                m_samples[name].push_back(counter->second.value);
            else if (run.aggregate_name == "median")
                m_medians[name] = counter->second.value;
        }
    }

    /// The median over repetitions; --benchmark_report_aggregates_only leaves only that one.
    double bytesPerSecond(const std::string &name) const
    {
        if (const auto median = m_medians.find(name); median != m_medians.end())
            return median->second;
        const auto it = m_samples.find(name);
        if (it == m_samples.end() || it->second.empty())
            return 0.0;
        std::vector<double> samples = it->second;
        std::sort(samples.begin(), samples.end());
        return samples[samples.size() / 2];
    }

private:
    std::map<std::string, std::vector<double>> m_samples;
    std::map<std::string, double> m_medians;
};

// Refuse to time a parser that gets the stream wrong: the numbers would mean nothing.
bool parserHandlesStream(const Stream &stream)
{
    for (const qsizetype piece : kPieceSizes) {
        CodeGuru::SseParser parser;
        QList<CodeGuru::SseEvent> events;
        qsizetype eventCount = 0;
        const qsizetype dataBytes = parseInPieces(parser, events, stream.bytes, piece, eventCount);
        if (eventCount != stream.eventCount || dataBytes != stream.dataBytes || parser.commentCount() == 0) {
            std::fprintf(
                stderr, "SseParser fed %lld-byte pieces: %lld events, %lld data bytes; expected %lld, %lld\n",
                static_cast<long long>(piece), static_cast<long long>(eventCount),
                static_cast<long long>(dataBytes), static_cast<long long>(stream.eventCount),
                static_cast<long long>(stream.dataBytes));
            return false;
        }
    }
    return true;
}

void printSummary(const SummaryReporter &reporter, const Stream &stream)
{
    constexpr double mebibyte = 1024.0 * 1024.0;
    std::printf("\nSseParser vs. bare copy, %lld-byte stream, %lld events, CPU time, same run:\n",
                static_cast<long long>(stream.bytes.size()), static_cast<long long>(stream.eventCount));
    std::printf("%8s %14s %14s %22s\n", "piece", "parser MiB/s", "copy MiB/s", "parse time / copy time");
    for (const qsizetype piece : kPieceSizes) {
        const double parser = reporter.bytesPerSecond(benchmarkName("SseParser", piece));
        const double copy = reporter.bytesPerSecond(benchmarkName("QByteArrayCopy", piece));
        if (parser <= 0.0 || copy <= 0.0) {
            std::printf("%8lld %14s %14s %22s\n", static_cast<long long>(piece), "-", "-", "(not run)");
            continue;
        }
        // Both passes move the same bytes, so the time ratio is the inverse throughput ratio.
        std::printf("%8lld %14.1f %14.1f %21.2fx\n", static_cast<long long>(piece), parser / mebibyte,
                    copy / mebibyte, copy / parser);
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const Stream &stream = sharedStream();
    if (!parserHandlesStream(stream))
        return 1;

    // Parser and copy side by side for each piece size, so the table reads top to bottom.
    for (const qsizetype piece : kPieceSizes) {
        benchmark::RegisterBenchmark(benchmarkName("SseParser", piece).c_str(),
                                     [piece](benchmark::State &state) { benchParse(state, piece); });
        benchmark::RegisterBenchmark(benchmarkName("QByteArrayCopy", piece).c_str(),
                                     [piece](benchmark::State &state) { benchCopy(state, piece); });
    }

    SummaryReporter reporter(isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_Color
                                                   : benchmark::ConsoleReporter::OO_None);
    const std::size_t ran = benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    if (ran == 0)
        return 1;
    printSummary(reporter, stream);
    return 0;
}
