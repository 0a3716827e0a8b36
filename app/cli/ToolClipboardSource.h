// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context/ClipboardSource.h"

namespace CodeGuru::Cli {

/// Reads the desktop clipboard without linking Qt Gui: through `wl-paste` on Wayland or
/// `xclip`/`xsel` on X11, whichever is installed. No display or no tool: empty text.
class ToolClipboardSource : public ClipboardSource
{
public:
    void requestText(QObject *context, std::function<void(const QString &)> done) override;
    /// The command that would be run here, or empty when none applies.
    static QStringList command();
};

} // namespace CodeGuru::Cli
