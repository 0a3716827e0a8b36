// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsupportedGlobalShortcut.h"

namespace CodeGuru {

UnsupportedGlobalShortcut::UnsupportedGlobalShortcut(QObject *parent)
    : GlobalShortcut(parent)
{ }

GlobalShortcut::State UnsupportedGlobalShortcut::setShortcut(const QString &portableText)
{
    setShortcutText(portableText);
    setState(portableText.isEmpty() ? State::Off : State::Unsupported);
    return state();
}

} // namespace CodeGuru
