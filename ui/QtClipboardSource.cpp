// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtClipboardSource.h"

#include "ClipboardSnapshot.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace CodeGuru {

void QtClipboardSource::requestText(QObject *context, std::function<void(const QString &)> done)
{
    // Read now (the person means what is on the clipboard when they ask), deliver later like
    // every other source.
    // Never the text of a concealed item (a password manager's): ClipboardSnapshot checks.
    const ClipboardSnapshot snapshot = ClipboardSnapshot::take(m_mode);
    const QString text = snapshot.kind == ClipboardSnapshot::Kind::Text ? snapshot.text : QString();
    QTimer::singleShot(0, context, [done = std::move(done), text] { done(text); });
}

} // namespace CodeGuru
