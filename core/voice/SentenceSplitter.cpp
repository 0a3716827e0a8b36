// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentenceSplitter.h"

#include <QString>
#include <QStringList>

namespace CodeGuru {

namespace {

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026);
}

// CJK text has no space after a sentence, so these end one wherever they stand.
bool isWideTerminator(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F);
}

bool isCloser(QChar c)
{
    static const QString closers = QStringLiteral(")]\"'*_\u201D\u2019\u00BB\u300D\u300F\uFF09\u3011");
    return closers.contains(c);
}

// Abbreviations that are followed by a space mid-sentence; "etc." only ends a sentence when a
// capital follows.
bool isAbbreviation(QStringView word)
{
    static const QStringList words = {
        QStringLiteral("e.g"),    QStringLiteral("i.e"),  QStringLiteral("vs"),   QStringLiteral("cf"),
        QStringLiteral("approx"), QStringLiteral("incl"), QStringLiteral("esp"),  QStringLiteral("fig"),
        QStringLiteral("mr"),     QStringLiteral("mrs"),  QStringLiteral("ms"),   QStringLiteral("dr"),
        QStringLiteral("prof"),   QStringLiteral("al"),   QStringLiteral("resp"), QStringLiteral("ca"),
        QStringLiteral("eq"),     QStringLiteral("ref"),  QStringLiteral("viz"),
    };
    return words.contains(word.toString().toLower());
}

/// The word before the '.' at `dot`, without leading brackets and quotes, and where it starts.
QStringView wordBefore(QStringView text, qsizetype dot, qsizetype &start)
{
    start = dot;
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    while (start < dot && QStringLiteral("([\"'*_`").contains(text.at(start)))
        ++start;
    return text.mid(start, dot - start);
}

bool isAllDigits(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

enum class Verdict { End, NotEnd, Unknown };

/// Whether the single '.' at `dot`, followed by white space at `next`, ends a sentence.
Verdict judgeDot(QStringView text, qsizetype dot, qsizetype next, bool final)
{
    qsizetype start = 0;
    const QStringView word = wordBefore(text, dot, start);
    if (isAbbreviation(word))
        return Verdict::NotEnd;
    if (word.compare(QLatin1StringView("etc"), Qt::CaseInsensitive) == 0) {
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        if (next == text.size())
            return final ? Verdict::End : Verdict::Unknown;
        return text.at(next).isUpper() ? Verdict::End : Verdict::NotEnd;
    }
    // "1. The Core Concept": a numbered heading, or a list marker that survived.
    bool onlySpaceBefore = true;
    for (qsizetype i = 0; i < start; ++i)
        onlySpaceBefore = onlySpaceBefore && text.at(i).isSpace();
    return onlySpaceBefore && word.size() <= 3 && isAllDigits(word) ? Verdict::NotEnd : Verdict::End;
}

} // namespace

qsizetype SentenceSplitter::sentenceEnd(QStringView text, qsizetype from, bool final)
{
    const qsizetype n = text.size();
    qsizetype i = from;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype run = 1;
            while (i + run < n && text.at(i + run) == QLatin1Char('`'))
                ++run;
            // Skip to the matching run of the same length; "." inside `code` ends nothing.
            qsizetype close = i + run;
            for (;;) {
                close = text.indexOf(QString(run, QLatin1Char('`')), close);
                if (close < 0 || close + run >= n || text.at(close + run) != QLatin1Char('`'))
                    break;
                while (close < n && text.at(close) == QLatin1Char('`'))
                    ++close;
            }
            if (close >= 0) {
                i = close + run;
                continue;
            }
            // Unmatched so far: literal if the block is complete, else the closer may still come.
            if (!final)
                return -1;
            i += run;
            continue;
        }
        const bool wide = isWideTerminator(c);
        if (!wide && !isTerminator(c)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && (isTerminator(text.at(end)) || isWideTerminator(text.at(end))))
            ++end;
        const bool singleDot = c == QLatin1Char('.') && end == i + 1;
        while (end < n && isCloser(text.at(end)))
            ++end;
        if (end == n)
            return final ? n : -1;
        if (wide)
            return end;
        if (text.at(end).isSpace()) {
            const Verdict verdict = singleDot ? judgeDot(text, i, end, final) : Verdict::End;
            if (verdict == Verdict::Unknown)
                return -1;
            if (verdict == Verdict::End)
                return end;
        }
        i = end;
    }
    return final && from < n ? n : -1;
}

} // namespace CodeGuru
