// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace CodeGuru {

/// Turns bytes a person attached into text, or says why it is not text.
class TextDecoder
{
public:
    struct Result
    {
        std::optional<QString> text;
        QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "Latin-1"
    };

    /// UTF-8 (BOM optional), UTF-16 with a BOM, else Latin-1. Bytes with NULs and no UTF-16
    /// BOM are binary: nullopt.
    static Result decode(const QByteArray &bytes);
    static bool looksBinary(const QByteArray &bytes);
    /// Keeps the first and last lines of a long text with an explicit marker between, so
    /// that both the imports and the crash at the bottom of a log survive.
    static QString headAndTail(const QString &text, qsizetype maxChars);
};

} // namespace CodeGuru
