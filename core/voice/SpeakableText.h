// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace CodeGuru {

/// What of a Markdown answer is read aloud, and how: the pieces SpeakableStream puts together.
class SpeakableText
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::SpeakableText)

public:
    /// The sentences a whole answer is read as; the same as feeding it to a SpeakableStream.
    static QStringList sentences(QStringView markdown);

    /// One line or sentence of Markdown prose as plain text: emphasis markers, HTML tags and
    /// emoji go, `code` keeps its text, [text](url) and ![alt](src) are read by their text,
    /// backslash escapes and the common entities are resolved. A bare URL is read as its host
    /// ("docs.python.org"): where a link points is worth hearing, its path and query are not.
    static QString inlineText(QStringView markdown);

    /// "A Python code block of 12 lines." for the info string "python"; without a known or
    /// plausible language "A code block of 12 lines.".
    static QString codeBlockAnnouncement(QStringView infoString, int lines);

    /// "A table with 5 rows." (the rows below the header).
    static QString tableAnnouncement(int rows);

    /// The spoken name of a fence's language: "py" → "Python", "c++" → "C++", "sh" → "shell";
    /// an unknown but name-like info string as written ("elixir"), else empty ("text", "").
    static QString languageName(QStringView infoString);
};

} // namespace CodeGuru
