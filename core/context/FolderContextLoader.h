// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContextItem.h"
#include "LoadProgress.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace CodeGuru {

/// How much of a folder is attached at most.
struct FolderLimits
{
    int maxFiles = 200;
    qint64 maxTotalBytes = 2 * 1024 * 1024;
    qint64 maxFileBytes = 256 * 1024; ///< larger files are skipped, not shortened
};

struct FolderLoadResult
{
    /// Text files in walk order; each name is relative to the folder's parent
    /// ("myproject/src/main.cpp") so the model sees which project it came from.
    QList<ContextItem> items;
    /// Translated, relative to the folder itself: "build/ (build folder)", "logo.png (binary)",
    /// "big.log (over 256 KB)". Long lists end with one "… and N more" entry.
    QStringList skipped;
    QString error; ///< translated; set when the folder is missing, not a folder or unreadable
    bool truncated = false; ///< maxFiles or maxTotalBytes stopped the walk
    bool cancelled = false; ///< the progress callback asked to stop
};

/// Reads the text files of a folder the person attached into ContextItems.
///
/// The walk is depth-first in a stable order: in each folder its files first, then its
/// subfolders, each sorted by name ignoring case. Left out, and listed in `skipped`: the
/// folders WorkspaceFileResolver::ignoredFolderReason() names (.git, node_modules, build,
/// build-*, dist, target, .venv, venv, __pycache__, .cache, .idea, .vscode…), hidden files and
/// folders, symbolic links (they may point outside the folder), binary files, files over
/// maxFileBytes and files that cannot be read. The folder itself is read even if its own name
/// is on that list: the person chose it.
class FolderContextLoader
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::FolderContextLoader)

public:
    /// Does file I/O: call it from a worker thread, or use loadAsync().
    /// `progress` hears the number of files read so far (total 0: unknown) and can cancel.
    static FolderLoadResult load(const QString &folder, const FolderLimits &limits = {},
                                 const LoadProgress &progress = {});
    /// Same as load(), on QtConcurrent's pool. The future's progress value is the number of
    /// files read so far; cancelling it stops the walk.
    static QFuture<FolderLoadResult> loadAsync(const QString &folder, const FolderLimits &limits = {});
};

} // namespace CodeGuru
