// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace CodeGuru {

/// One dispatched Server-Sent Event. `data` has its fields joined by '\n', without the final one.
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message");
    QByteArray data;
    QByteArray id;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

} // namespace CodeGuru
