// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotkey/GlobalShortcut.h"

namespace CodeGuru {

/// The back end for desktops where no global shortcut can be registered: every shortcut is
/// Unsupported, so Settings points the person to `codeguru --quick-ask` instead.
class UnsupportedGlobalShortcut : public GlobalShortcut
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnsupportedGlobalShortcut)

public:
    explicit UnsupportedGlobalShortcut(QObject *parent = nullptr);

    State setShortcut(const QString &portableText) override;
};

} // namespace CodeGuru
