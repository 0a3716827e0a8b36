// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>

namespace CodeGuru::Testing {

/// Whether another program can own the X clipboard here: an X server and xclip.
inline bool canUseXclip()
{
    return QGuiApplication::platformName() == QLatin1StringView("xcb")
        && !QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty();
}

/// Copies `text` from another process (xclip), as a terminal or an editor would. xclip stays
/// in the background to serve the selection; it returns once it has taken ownership.
inline bool copyWithXclip(const QByteArray &text)
{
    QProcess xclip;
    xclip.start(QStringLiteral("xclip"),
                {QStringLiteral("-selection"), QStringLiteral("clipboard"), QStringLiteral("-i")});
    if (!xclip.waitForStarted())
        return false;
    xclip.write(text);
    xclip.closeWriteChannel();
    return xclip.waitForFinished(5000) && xclip.exitCode() == 0;
}

} // namespace CodeGuru::Testing
