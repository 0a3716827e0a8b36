// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordedRequest.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace CodeGuru::Testing {

/// What FakeProviderServer sends back for one request, and how.
struct FakeResponse
{
    /// Any status code; 204, 304 and answers to HEAD are sent without a body.
    int status = 200;
    /// Extra header fields, e.g. Retry-After (see withHeader()). A field named like one the server would add
    /// itself (Content-Type, Content-Length, Transfer-Encoding, Connection) replaces it.
    /// "Connection: close" here makes the server close the connection after this response.
    QList<QPair<QByteArray, QByteArray>> headers;
    /// The whole body, sent as-is.
    QByteArray body;
    /// Transfer-Encoding: chunked (each write is one chunk) when true, Content-Length when false.
    bool chunked = true;
    /// 0 sends the body in one write; N splits it into writes of N bytes (down to 1).
    int chunkSize = 0;
    /// Pause between two body writes.
    int delayBetweenChunksMs = 0;
    /// Pause between receiving the request and sending the status line.
    int latencyMs = 0;
    /// When >= 0: after this many body bytes, abort the TCP connection (no terminating chunk).
    /// Qt 6.4's QNetworkAccessManager reports that as RemoteHostClosedError reliably only with
    /// Content-Length; a cut chunked body mostly finishes with NoError and just the partial data.
    qint64 cutAfterBytes = -1;
    /// Read the request, then send nothing, ever, and keep the socket open.
    bool neverAnswer = false;
    /// Read the request, then close the socket without sending anything.
    /// QNetworkAccessManager 6.4 resends the request once when this happens, so it takes two responses.
    bool closeWithoutResponse = false;
    /// Sent as Content-Type unless empty.
    QByteArray contentType = "application/json";

    /// Appends a header field and returns this response, e.g. error(429, ..).withHeader("Retry-After", "2").
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }

    /// What a provider answers besides the streamed answer: the model list (one model,
    /// "fake-model") and the non-streamed classifier questions (`classifierAnswer`). Nothing
    /// for a streamed request or a transcription upload, which the caller answers.
    static std::optional<FakeResponse> modelsOrClassifier(const RecordedRequest &request,
                                                          const QString &classifierAnswer);

    /// What `/audio/transcriptions` answers: `{"text": heard}` as JSON, or with \a asPlainText
    /// the bare text as text/plain (`response_format=text`).
    static FakeResponse transcription(const QString &heard, bool asPlainText = false)
    {
        if (!asPlainText)
            return json(
                QJsonDocument(QJsonObject {{QStringLiteral("text"), heard}}).toJson(QJsonDocument::Compact));
        FakeResponse response = json(heard.toUtf8() + '\n');
        response.contentType = "text/plain; charset=utf-8";
        return response;
    }

    /// \a jsonBody with Content-Type application/json and a Content-Length.

    static FakeResponse json(const QByteArray &jsonBody, int httpStatus = 200)
    {
        FakeResponse response;
        response.status = httpStatus;
        response.body = jsonBody;
        response.chunked = false;
        return response;
    }

    /// \a rawSseBytes as a chunked text/event-stream.
    static FakeResponse sse(const QByteArray &rawSseBytes)
    {
        FakeResponse response;
        response.body = rawSseBytes;
        response.contentType = "text/event-stream";
        return response.withHeader("Cache-Control", "no-cache");
    }

    /// Builds an OpenAI-style stream: role chunk, one content delta per piece, finish chunk with
    /// finish_reason, usage chunk, "data: [DONE]". Model "fake-model"; usage counts 10 prompt tokens
    /// and one completion token per piece.
    static FakeResponse streamOf(const QStringList &contentPieces,
                                 const QString &finishReason = QStringLiteral("stop"))
    {
        QByteArray stream;
        stream += chunkEvent(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                          {QStringLiteral("content"), QString()}},
                             QJsonValue::Null);
        for (const QString &piece : contentPieces)
            stream += chunkEvent(QJsonObject {{QStringLiteral("content"), piece}}, QJsonValue::Null);
        stream += chunkEvent(QJsonObject {}, finishReason);

        QJsonObject usageChunk = chunkBase();
        usageChunk.insert(QStringLiteral("choices"), QJsonArray {});
        usageChunk.insert(QStringLiteral("usage"), usage(contentPieces.size()));
        stream += sseData(usageChunk);
        stream += "data: [DONE]\n\n";
        return sse(stream);
    }

    /// Non-streamed chat.completion JSON with the given content; usage counts 10 prompt tokens and
    /// one completion token per space-separated word.
    static FakeResponse completion(const QString &content,
                                   const QString &finishReason = QStringLiteral("stop"))
    {
        const QJsonObject message {{QStringLiteral("role"), QStringLiteral("assistant")},
                                   {QStringLiteral("content"), content}};
        const QJsonObject choice {{QStringLiteral("index"), 0},
                                  {QStringLiteral("message"), message},
                                  {QStringLiteral("logprobs"), QJsonValue::Null},
                                  {QStringLiteral("finish_reason"), finishReason}};
        QJsonObject object = chunkBase();
        object.insert(QStringLiteral("object"), QStringLiteral("chat.completion"));
        object.insert(QStringLiteral("choices"), QJsonArray {choice});
        object.insert(QStringLiteral("usage"),
                      usage(content.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()));
        return json(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    /// {"error":{"message":..,"type":..}} with the given status; "type" is left out when \a type is empty.
    static FakeResponse error(int httpStatus, const QString &message, const QString &type = QString())
    {
        QJsonObject inner {{QStringLiteral("message"), message}};
        if (!type.isEmpty())
            inner.insert(QStringLiteral("type"), type);
        const QJsonObject object {{QStringLiteral("error"), inner}};
        return json(QJsonDocument(object).toJson(QJsonDocument::Compact), httpStatus);
    }

private:
    static QJsonObject chunkBase()
    {
        return QJsonObject {{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                            {QStringLiteral("created"), 1700000000},
                            {QStringLiteral("model"), QStringLiteral("fake-model")}};
    }

    static QJsonObject usage(qint64 completionTokens)
    {
        constexpr qint64 promptTokens = 10;
        return QJsonObject {{QStringLiteral("prompt_tokens"), promptTokens},
                            {QStringLiteral("completion_tokens"), completionTokens},
                            {QStringLiteral("total_tokens"), promptTokens + completionTokens}};
    }

    static QByteArray sseData(const QJsonObject &object)
    {
        return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
    }

    static QByteArray chunkEvent(const QJsonObject &delta, const QJsonValue &finishReason)
    {
        const QJsonObject choice {{QStringLiteral("index"), 0},
                                  {QStringLiteral("delta"), delta},
                                  {QStringLiteral("logprobs"), QJsonValue::Null},
                                  {QStringLiteral("finish_reason"), finishReason}};
        QJsonObject object = chunkBase();
        object.insert(QStringLiteral("choices"), QJsonArray {choice});
        return sseData(object);
    }
};

inline std::optional<FakeResponse> FakeResponse::modelsOrClassifier(const RecordedRequest &request,
                                                                    const QString &classifierAnswer)
{
    if (request.isStreamed() || request.isTranscription())
        return std::nullopt;
    if (request.path.endsWith("/models"))
        return json(R"({"data":[{"id":"fake-model"}]})");
    return completion(classifierAnswer);
}

} // namespace CodeGuru::Testing
