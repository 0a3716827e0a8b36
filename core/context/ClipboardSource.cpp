// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardSource.h"

#include <QTimer>

namespace CodeGuru {

void FixedClipboardSource::requestText(QObject *context, std::function<void(const QString &)> done)
{
    QTimer::singleShot(0, context, [done = std::move(done), text = m_text] { done(text); });
}

} // namespace CodeGuru
