// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context/ClipboardSource.h"

namespace CodeGuru {

/// The system clipboard through QClipboard, for the window.
class QtClipboardSource : public ClipboardSource
{
public:
    void requestText(QObject *context, std::function<void(const QString &)> done) override;
};

} // namespace CodeGuru
