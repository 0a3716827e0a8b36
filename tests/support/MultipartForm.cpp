// SPDX-License-Identifier: GPL-3.0-or-later
#include "MultipartForm.h"

namespace CodeGuru::Testing {

QByteArray MultipartForm::parameter(QByteArrayView headerValue, QByteArrayView name)
{
    const QList<QByteArray> pieces = headerValue.toByteArray().split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype equals = piece.indexOf('=');
        if (equals <= 0 || name.compare(piece.left(equals).trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = piece.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QByteArray MultipartForm::boundary(QByteArrayView contentType)
{
    if (!contentType.trimmed().toByteArray().toLower().startsWith("multipart/"))
        return {};
    return parameter(contentType, "boundary");
}

std::optional<QList<MultipartPart>> MultipartForm::parse(QByteArrayView contentType, const QByteArray &body)
{
    const QByteArray boundaryText = boundary(contentType);
    if (boundaryText.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundaryText;
    const QByteArray nextDelimiter = "\r\n" + delimiter;

    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    pos += delimiter.size();
    QList<MultipartPart> parts;
    for (;;) {
        if (body.mid(pos, 2) == "--")
            return parts;
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return std::nullopt;
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(pos, headEnd - pos).split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return std::nullopt;
            part.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        for (const auto &[name, value] : std::as_const(part.headers)) {
            if (QByteArrayView("Content-Disposition").compare(name, Qt::CaseInsensitive) == 0) {
                part.name = parameter(value, "name");
                part.fileName = parameter(value, "filename");
            } else if (QByteArrayView("Content-Type").compare(name, Qt::CaseInsensitive) == 0) {
                part.contentType = value;
            }
        }
        const qsizetype bodyStart = headEnd + 4;
        const qsizetype bodyEnd = body.indexOf(nextDelimiter, bodyStart);
        if (bodyEnd < 0)
            return std::nullopt;
        part.body = body.mid(bodyStart, bodyEnd - bodyStart);
        parts.append(part);
        pos = bodyEnd + nextDelimiter.size();
    }
}

} // namespace CodeGuru::Testing
