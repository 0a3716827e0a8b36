// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardSnapshot.h"

#include <QGuiApplication>
#include <QMimeData>

namespace CodeGuru {

bool ClipboardSnapshot::isConcealed(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->data(QStringLiteral("x-kde-passwordManagerHint")).trimmed() == "secret")
        return true;
    const QStringList formats = mime->formats();
    // Windows: "ExcludeClipboardContentFromMonitorProcessing" is present on concealed items;
    // "CanIncludeInClipboardHistory" holds a zero DWORD when the item must not be kept.
    if (formats.contains(QStringLiteral("org.nspasteboard.ConcealedType"))
        || formats.contains(QStringLiteral(
            "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"")))
        return true;
    const QByteArray history =
        mime->data(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""));
    return history.size() >= 4 && history.count('\0') == history.size();
}

ClipboardSnapshot ClipboardSnapshot::fromMimeData(const QMimeData *mime)
{
    ClipboardSnapshot snapshot;
    if (!mime)
        return snapshot;
    if (isConcealed(mime)) {
        snapshot.kind = Kind::Concealed;
        return snapshot;
    }
    if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        snapshot.kind = Kind::Text;
        snapshot.text = mime->text();
    } else if (mime->hasImage()) {
        snapshot.image = qvariant_cast<QImage>(mime->imageData());
        if (!snapshot.image.isNull())
            snapshot.kind = Kind::Image;
    }
    return snapshot;
}

ClipboardSnapshot ClipboardSnapshot::take(QClipboard::Mode mode)
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (mode == QClipboard::Selection && !clipboard->supportsSelection())
        mode = QClipboard::Clipboard;
    return fromMimeData(clipboard->mimeData(mode));
}

} // namespace CodeGuru
