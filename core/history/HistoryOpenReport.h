// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryError.h"

namespace CodeGuru {

/// What happened while opening the store, for a one-time notice to the person.
struct HistoryOpenReport
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::HistoryOpenReport)

public:
    /// Where an unreadable database was moved (its -wal and -shm beside it); empty if none.
    QString movedAsidePath;
    /// Why it was moved aside (kind Corrupt, with the reason in `detail`).
    HistoryError movedAsideReason;
    int migratedFromVersion = 0; ///< 0: no migration ran (new or current store)
    int interruptedMessages = 0; ///< answers found cut short by a crash and marked Interrupted

    bool movedAside() const { return !movedAsidePath.isEmpty(); }
    /// "Your history could not be read; it was moved to … and a new one was started." or empty.
    QString notice() const;
};

} // namespace CodeGuru
