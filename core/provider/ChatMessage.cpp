// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMessage.h"

namespace CodeGuru {

QString ChatMessage::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

} // namespace CodeGuru
