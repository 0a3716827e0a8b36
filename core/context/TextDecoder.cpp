// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace CodeGuru {

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 8192));
    return head.contains('\0');
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool littleEndian = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        QString text = decoder(QByteArrayView(bytes).sliced(2));
        if (!decoder.hasError())
            return {text, littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
        return {};
    }
    if (looksBinary(bytes))
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return {text, QStringLiteral("UTF-8")};
    }
    return {QString::fromLatin1(bytes), QStringLiteral("Latin-1")};
}

QString TextDecoder::headAndTail(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    const qsizetype keep = maxChars / 2;
    qsizetype headEnd = text.lastIndexOf(QLatin1Char('\n'), keep);
    if (headEnd < 0)
        headEnd = keep;
    qsizetype tailStart = text.indexOf(QLatin1Char('\n'), text.size() - keep);
    if (tailStart < 0 || tailStart <= headEnd)
        tailStart = text.size() - keep;
    const QStringView omitted = QStringView(text).sliced(headEnd, tailStart - headEnd);
    const qsizetype omittedLines = omitted.count(QLatin1Char('\n'));
    return text.left(headEnd) + QLatin1Char('\n')
        + (omittedLines == 1 ? QCoreApplication::translate("CodeGuru::TextDecoder", "[… 1 line omitted …]")
                             : QCoreApplication::translate("CodeGuru::TextDecoder", "[… %1 lines omitted …]")
                                   .arg(omittedLines))
        + text.sliced(tailStart);
}

} // namespace CodeGuru
