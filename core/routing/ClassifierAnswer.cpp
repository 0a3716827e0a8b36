// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierAnswer.h"

#include <QRegularExpression>

namespace CodeGuru {

namespace {
/// Drops the decoration models add around a one-word answer: markup, brackets, quotes.
QString stripped(const QString &answer)
{
    static const QRegularExpression decoration(QStringLiteral(R"(^[\s*_`"'<\[(]+|[\s*_`"'>\])]+$)"));
    QString text = answer.trimmed();
    // Reasoning models may think aloud first; the verdict follows the closing tag.
    if (const qsizetype end = text.lastIndexOf(QLatin1StringView("</think>")); end >= 0)
        text = text.sliced(end + 8).trimmed();
    return text.replace(decoration, QString());
}
} // namespace

std::optional<bool> ClassifierAnswer::parseYesNo(const QString &answer)
{
    static const QRegularExpression verdict(QStringLiteral(R"(^(yes|no)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = verdict.match(stripped(answer));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).compare(QLatin1StringView("yes"), Qt::CaseInsensitive) == 0;
}

std::optional<QString> ClassifierAnswer::parseFileName(const QString &answer)
{
    const QString text = stripped(answer);
    if (text.isEmpty())
        return std::nullopt;
    if (const auto yesNo = parseYesNo(text); yesNo && !*yesNo)
        return QString();
    // A bare "Yes" names no file: not usable.
    if (text.compare(QLatin1StringView("yes"), Qt::CaseInsensitive) == 0 || text.size() > 200
        || text.contains(QLatin1Char('\n')))
        return std::nullopt;
    return text;
}

} // namespace CodeGuru
