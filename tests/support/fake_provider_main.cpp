// SPDX-License-Identifier: GPL-3.0-or-later
// A standalone FakeProviderServer for trying the application against a scripted provider by hand.

#include "FakeProviderServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using CodeGuru::Testing::FakeProviderServer;
using CodeGuru::Testing::FakeResponse;
using CodeGuru::Testing::RecordedRequest;

namespace {

// Word by word, each piece keeping its trailing whitespace, the way real providers stream tokens.
QStringList splitIntoPieces(const QString &text)
{
    QStringList pieces;
    QString current;
    for (const QChar character : text) {
        current += character;
        if (character.isSpace()) {
            pieces.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

QByteArray modelList()
{
    const QJsonObject model {{QStringLiteral("id"), QStringLiteral("fake-model")},
                             {QStringLiteral("object"), QStringLiteral("model")},
                             {QStringLiteral("created"), 1700000000},
                             {QStringLiteral("owned_by"), QStringLiteral("codeguru")}};
    const QJsonObject list {{QStringLiteral("object"), QStringLiteral("list")},
                            {QStringLiteral("data"), QJsonArray {model}}};
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum,
                             int maximum)
{
    if (!parser.isSet(option))
        return minimum;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("codeguru-fake-provider"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves an OpenAI-compatible provider on 127.0.0.1 with scripted answers."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption replyOption(
        QStringLiteral("reply"), QStringLiteral("Assistant text for chat completions."),
        QStringLiteral("text"), QStringLiteral("Hello from the fake provider."));
    const QCommandLineOption chunkSizeOption(QStringLiteral("chunk-size"),
                                             QStringLiteral("Send bodies in writes of N bytes."),
                                             QStringLiteral("N"));
    const QCommandLineOption chunkDelayOption(
        QStringLiteral("chunk-delay-ms"), QStringLiteral("Pause between two writes."), QStringLiteral("N"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-ms"), QStringLiteral("Pause before the status line."), QStringLiteral("N"));
    const QCommandLineOption sseFileOption(QStringLiteral("sse-file"),
                                           QStringLiteral("Answer every request with this raw SSE stream."),
                                           QStringLiteral("path"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          QStringLiteral("Answer every request with this status."),
                                          QStringLiteral("N"));
    const QCommandLineOption bodyOption(
        QStringLiteral("body"), QStringLiteral("JSON body sent with --status."), QStringLiteral("JSON"));
    const QCommandLineOption heardOption(
        QStringLiteral("heard"), QStringLiteral("Text that /audio/transcriptions says it heard."),
        QStringLiteral("text"), QStringLiteral("Hello from the fake provider's ears."));
    parser.addOptions({portOption, replyOption, chunkSizeOption, chunkDelayOption, latencyOption,
                       sseFileOption, statusOption, bodyOption, heardOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::optional<int> port = intOption(parser, portOption, 0, 65535);
    const std::optional<int> chunkSize = intOption(parser, chunkSizeOption, 0, 1 << 30);
    const std::optional<int> chunkDelay = intOption(parser, chunkDelayOption, 0, 3600 * 1000);
    const std::optional<int> latency = intOption(parser, latencyOption, 0, 3600 * 1000);
    const std::optional<int> status = intOption(parser, statusOption, 100, 999);
    if (!port || !chunkSize || !chunkDelay || !latency || !status) {
        err << "codeguru-fake-provider: a numeric option is out of range\n";
        return 2;
    }

    std::optional<QByteArray> sseStream;
    if (parser.isSet(sseFileOption)) {
        QFile file(parser.value(sseFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "codeguru-fake-provider: cannot read " << file.fileName() << ": " << file.errorString()
                << '\n';
            return 2;
        }
        sseStream = file.readAll();
    }

    std::optional<FakeResponse> fixedResponse;
    if (parser.isSet(statusOption) || parser.isSet(bodyOption)) {
        const int fixedStatus = parser.isSet(statusOption) ? *status : 200;
        fixedResponse = parser.isSet(bodyOption)
            ? FakeResponse::json(parser.value(bodyOption).toUtf8(), fixedStatus)
            : FakeResponse::error(fixedStatus, QStringLiteral("Scripted error from the fake provider"));
    } else if (sseStream) {
        fixedResponse = FakeResponse::sse(*sseStream);
    }

    const QString reply = parser.value(replyOption);
    const QString heard = parser.value(heardOption);
    FakeProviderServer server;
    server.setHandler([=](const RecordedRequest &request) {
        FakeResponse response;
        const qsizetype queryStart = request.path.indexOf('?');
        const QByteArray path = queryStart < 0 ? request.path : request.path.first(queryStart);
        if (fixedResponse)
            response = *fixedResponse;
        else if (request.method == "GET" && path.endsWith("/models"))
            response = FakeResponse::json(modelList());
        else if (request.isTranscription())
            response = FakeResponse::transcription(heard);
        else if (request.json().value(QStringLiteral("stream")).toBool())
            response = FakeResponse::streamOf(splitIntoPieces(reply));
        else
            response = FakeResponse::completion(reply);
        response.chunkSize = *chunkSize;
        response.delayBetweenChunksMs = *chunkDelay;
        response.latencyMs = *latency;
        return response;
    });
    QObject::connect(
        &server, &FakeProviderServer::requestReceived, &app, [&err](const RecordedRequest &request) {
            err << request.method << ' ' << request.path << " (" << request.body.size() << " bytes)\n";
            err.flush();
        });

    if (!server.listen(quint16(*port))) {
        err << "codeguru-fake-provider: cannot listen on port " << *port << '\n';
        return 1;
    }
    out << "listening on " << server.baseUrl().toString() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
