// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextItem.h"

namespace CodeGuru {

QString ContextItem::sourceName(Source source)
{
    switch (source) {
    case Source::File:
        return QStringLiteral("file");
    case Source::Stdin:
        return QStringLiteral("stdin");
    case Source::Clipboard:
        return QStringLiteral("clipboard");
    }
    return QStringLiteral("file");
}

} // namespace CodeGuru
