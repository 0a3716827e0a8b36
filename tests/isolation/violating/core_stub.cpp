// SPDX-License-Identifier: GPL-3.0-or-later
// Only here so the libraries in this project have a source; the project is never built.
#include <QString>

QString coreStubGreeting()
{
    return QStringLiteral("hello");
}
