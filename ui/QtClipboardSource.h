// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context/ClipboardSource.h"

#include <QClipboard>

namespace CodeGuru {

/// The system clipboard through QClipboard, for the window.
class QtClipboardSource : public ClipboardSource
{
public:
    void requestText(QObject *context, std::function<void(const QString &)> done) override;
    /// Reads the X11 primary selection (the last highlighted text) instead, where there is one.
    void setUsePrimarySelection(bool use) { m_mode = use ? QClipboard::Selection : QClipboard::Clipboard; }

private:
    QClipboard::Mode m_mode = QClipboard::Clipboard;
};

} // namespace CodeGuru
