// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace CodeGuru::Cli {

namespace {
void writeUtf8(FILE *stream, QStringView text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

bool Terminal::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool Terminal::stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

bool Terminal::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

void Terminal::out(QStringView text)
{
    writeUtf8(stdout, text);
}

void Terminal::err(QStringView text)
{
    writeUtf8(stderr, text);
}

void Terminal::error(const QString &message)
{
    clearStatusLine();
    err(QStringLiteral("codeguru-cli: ") + message + QLatin1Char('\n'));
}

void Terminal::warning(const QString &message)
{
    clearStatusLine();
    err(QStringLiteral("codeguru-cli: ") + message + QLatin1Char('\n'));
}

QString Terminal::dim(const QString &text, bool enabled)
{
    if (!enabled || qEnvironmentVariableIsSet("NO_COLOR"))
        return text;
    return QStringLiteral("\x1b[2m") + text + QStringLiteral("\x1b[0m");
}

qsizetype Terminal::columns(QStringView text)
{
    // The East Asian Wide and Fullwidth blocks (Unicode UAX #11), which terminals draw two
    // columns wide.
    const auto wide = [](char32_t c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    };
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4())
        width += wide(c) ? 2 : 1;
    return width;
}

QString Terminal::padded(const QString &text, qsizetype width, bool alignRight)
{
    const QString fill(std::max<qsizetype>(0, width - columns(text)), QLatin1Char(' '));
    return alignRight ? fill + text : text + fill;
}

void Terminal::clearStatusLine()
{
    if (stderrIsTerminal())
        err(u"\r\x1b[K");
}

QString Terminal::readLine(const QString &prompt)
{
    err(prompt);
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    return QString::fromUtf8(input.readLine(64 * 1024));
}

QString Terminal::readSecretLine(const QString &prompt)
{
    const bool interactive = stdinIsTerminal();
    termios saved {};
    if (interactive) {
        err(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    const QByteArray line = input.readLine(64 * 1024);
    if (interactive) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err(u"\n");
    }
    return QString::fromUtf8(line).trimmed();
}

QByteArray Terminal::readAllStdin(qint64 maxBytes)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return {};
    // One read() of a pipe returns what the writer has sent so far, not everything: read to EOF.
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = input.read(maxBytes + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

} // namespace CodeGuru::Cli
