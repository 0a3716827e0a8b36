// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace CodeGuru::Testing {

/// One part of a multipart/form-data body, as FakeProviderServer received it.
struct MultipartPart
{
    QByteArray name; ///< the Content-Disposition `name`
    QByteArray fileName; ///< the Content-Disposition `filename`; empty for plain fields
    QByteArray contentType; ///< empty when the part has none
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// A strict multipart/form-data reader (RFC 7578), so tests see exactly what a client sent.
class MultipartForm
{
public:
    /// The boundary from a Content-Type value, quoted or not; empty if it is not multipart.
    static QByteArray boundary(QByteArrayView contentType);
    /// The parts of `body`; nullopt when it is not well-formed multipart with this boundary.
    static std::optional<QList<MultipartPart>> parse(QByteArrayView contentType, const QByteArray &body);
    /// A parameter of a header value such as `form-data; name="file"`, unquoted.
    static QByteArray parameter(QByteArrayView headerValue, QByteArrayView name);
};

} // namespace CodeGuru::Testing
