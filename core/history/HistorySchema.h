// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace CodeGuru {

/// The history database's schema as a list of migrations, versioned by `PRAGMA user_version`.
/// A new store runs every migration from 1, so the path an old store takes is the path every
/// store took. Never edit a released migration: append one.
///
/// Version 1: conversations and messages (role, content, model, provider, created, state).
/// Version 2: reasoning, updated, token usage, finish reason, error, context JSON, writer
///            pid; a maintained message count; the FTS5 index over message content.
class HistorySchema
{
public:
    static constexpr int CurrentVersion = 2;

    /// Statements that bring a database from `toVersion - 1` to `toVersion` (1..CurrentVersion).
    static QStringList migration(int toVersion);
    /// Tables, with the columns each must have, in a store at `version`: how a file that only
    /// looks like ours is told apart.
    static QList<QPair<QString, QStringList>> requiredColumns(int version);
};

} // namespace CodeGuru
