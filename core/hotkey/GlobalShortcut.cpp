// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalShortcut.h"

namespace CodeGuru {

GlobalShortcut::GlobalShortcut(QObject *parent)
    : QObject(parent)
{ }

GlobalShortcut::~GlobalShortcut() = default;

QString GlobalShortcut::stateText() const
{
    switch (m_state) {
    case State::Off:
        return tr("Off");
    case State::Registered:
        return tr("Registered");
    case State::Taken:
        return tr("%1 is taken by another program").arg(m_shortcut);
    case State::Unsupported:
        return tr("Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in "
                  "your desktop's keyboard settings");
    case State::Invalid:
        return tr("“%1” is not a key combination that can be used as a global shortcut").arg(m_shortcut);
    }
    return {};
}

void GlobalShortcut::setState(State state)
{
    if (state == m_state && m_shortcut == m_reportedShortcut)
        return;
    m_state = state;
    m_reportedShortcut = m_shortcut;
    Q_EMIT stateChanged(state);
}

} // namespace CodeGuru
