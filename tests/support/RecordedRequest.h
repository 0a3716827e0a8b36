// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MultipartForm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <optional>

namespace CodeGuru::Testing {

/// One HTTP request as FakeProviderServer received it.
struct RecordedRequest
{
    /// The method as sent, e.g. "POST".
    QByteArray method;
    /// The request target as sent: path plus query, e.g. "/v1/chat/completions".
    QByteArray path;
    /// The HTTP version from the request line, e.g. "HTTP/1.1".
    QByteArray version;
    /// Header fields in the order and letter case the client used.
    QList<QPair<QByteArray, QByteArray>> headers;
    /// The body, already de-chunked if the client used chunked transfer encoding.
    QByteArray body;

    /// The value of the first header called \a name (compared case-insensitively), or empty if absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &field : headers) {
            if (name.compare(field.first, Qt::CaseInsensitive) == 0)
                return field.second;
        }
        return {};
    }

    /// The body parsed as a JSON object; empty if the body is not a JSON object.
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }

    /// Whether this is a streamed chat request (the answer) rather than a classifier
    /// question, which CodeGuru always sends without streaming.
    bool isStreamed() const { return json().value(QStringLiteral("stream")).toBool(); }

    /// Whether this is a speech-to-text upload (`POST …/audio/transcriptions`).
    bool isTranscription() const { return path.endsWith("/audio/transcriptions"); }

    /// The parts of a multipart/form-data body; empty if the body is not well-formed multipart.
    QList<MultipartPart> multipartParts() const
    {
        return MultipartForm::parse(header("Content-Type"), body).value_or(QList<MultipartPart>());
    }

    /// The first multipart part called \a name, if any.
    std::optional<MultipartPart> part(QByteArrayView name) const
    {
        for (const MultipartPart &candidate : multipartParts()) {
            if (candidate.name == name)
                return candidate;
        }
        return std::nullopt;
    }

    /// The text of the last chat message: the question as the model saw it.
    QString lastMessageText() const
    {
        return json()
            .value(QStringLiteral("messages"))
            .toArray()
            .last()
            .toObject()
            .value(QStringLiteral("content"))
            .toString();
    }
};

} // namespace CodeGuru::Testing

Q_DECLARE_METATYPE(CodeGuru::Testing::RecordedRequest)
