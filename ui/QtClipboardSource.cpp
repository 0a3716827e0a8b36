// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtClipboardSource.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace CodeGuru {

void QtClipboardSource::requestText(QObject *context, std::function<void(const QString &)> done)
{
    // Read now (the person means what is on the clipboard when they ask), deliver later like
    // every other source.
    const QString text = QGuiApplication::clipboard()->text(QClipboard::Clipboard);
    QTimer::singleShot(0, context, [done = std::move(done), text] { done(text); });
}

} // namespace CodeGuru
