// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CodeGuru::Cli {

/// The process's standard streams, written unbuffered so streamed text shows as it comes.
class Terminal
{
public:
    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();

    static void out(QStringView text);
    static void out(const QString &text) { out(QStringView(text)); }
    static void err(QStringView text);
    static void err(const QString &text) { err(QStringView(text)); }
    /// One line on stderr prefixed with the program name, as Unix tools do.
    static void error(const QString &message);
    static void warning(const QString &message);

    /// Wraps `text` in a dim SGR sequence when `enabled` (and NO_COLOR is not set).
    static QString dim(const QString &text, bool enabled);
    /// How many terminal columns `text` takes: two for the wide characters of Chinese,
    /// Japanese and Korean, so that translated column headings line up.
    static qsizetype columns(QStringView text);
    /// `text` padded with spaces to `width` columns, on the right (or on the left when
    /// `alignRight`, for numbers).
    static QString padded(const QString &text, qsizetype width, bool alignRight = false);

    /// Erases the current stderr line (a status message) when stderr is a terminal.
    static void clearStatusLine();

    /// Shows `prompt` on stderr and reads one line from stdin (for confirmations).
    static QString readLine(const QString &prompt);
    /// Reads one line from stdin with echo off if it is a terminal (for API keys).
    static QString readSecretLine(const QString &prompt);
    /// Everything piped on stdin, at most `maxBytes` + 1 bytes.
    static QByteArray readAllStdin(qint64 maxBytes);
};

} // namespace CodeGuru::Cli
