// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QClipboard>
#include <QImage>
#include <QString>

class QMimeData;

namespace CodeGuru {

/// What the clipboard (or the X11 primary selection) holds at one moment, read once so that
/// what the person sees in a preview is exactly what goes with the question.
///
/// Content a password manager marks as concealed is never read: KDE's
/// `x-kde-passwordManagerHint: secret` (KeePassXC, KWallet and others set it on Linux),
/// `org.nspasteboard.ConcealedType` on macOS, and on Windows the formats that keep an item out
/// of the clipboard history and monitors.
struct ClipboardSnapshot
{
    enum class Kind { Empty, Text, Image, Concealed };

    Kind kind = Kind::Empty;
    QString text;
    QImage image;

    static ClipboardSnapshot take(QClipboard::Mode mode = QClipboard::Clipboard);
    static ClipboardSnapshot fromMimeData(const QMimeData *mime);
    static bool isConcealed(const QMimeData *mime);
};

} // namespace CodeGuru
