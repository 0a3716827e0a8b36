// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace CodeGuru {

/// Finds the file in a workspace that a person named by voice or by a hurried typing:
/// "query underscore analysis dot py", "main dot c p p", "query_analisys.py".
///
/// Every function here walks the file system: call them from a worker thread (resolveAsync(),
/// or QtConcurrent::run around candidates()), never from the GUI thread.
class WorkspaceFileResolver
{
public:
    struct Match
    {
        QString path; ///< absolute
        QString relativePath; ///< to the workspace, with '/' separators
        double score = 0.0; ///< 0..1, see candidates()
    };

    /// Why a folder is left out of workspace searches and folder attachments.
    enum class IgnoreReason {
        None,
        Hidden, ///< any other folder whose name starts with '.'
        VersionControl, ///< .git, .svn, .hg
        Dependencies, ///< node_modules
        BuildOutput, ///< build, build-*, cmake-build-*, dist, target
        VirtualEnvironment, ///< .venv, venv
        Cache, ///< __pycache__, .cache
        EditorSettings, ///< .idea, .vscode
    };

    static constexpr int kDefaultMaxResults = 5;
    static constexpr int kDefaultMaxFilesScanned = 20000;

    /// Scores of the exact tiers; anything below kExactTiers came from fuzzy matching.
    static constexpr double kExactScore = 1.0; ///< name as typed, same case
    static constexpr double kExactIgnoringCaseScore = 0.99;
    static constexpr double kNormalizedScore = 0.97; ///< equal to SpokenFileName::normalize()
    static constexpr double kSquashedScore = 0.93; ///< equal ignoring case, '_', '-', '.', spaces
    static constexpr double kStemScore = 0.90; ///< squashed, no extension said ("query analysis")
    static constexpr double kExactTiers = kStemScore;
    /// Fuzzy scores are kFuzzyWeight × similarity, so they always rank below the exact tiers.
    static constexpr double kFuzzyWeight = 0.85;
    /// resolve() accepts a fuzzy best match from this score on…
    static constexpr double kFuzzyThreshold = 0.70;
    /// …and only this far ahead of the runner-up.
    static constexpr double kFuzzyMargin = 0.05;
    /// candidates() leaves out anything scoring less.
    static constexpr double kMinCandidateScore = 0.40;

    /// The files that best match the name, best first; ties go to the shallower, then shorter,
    /// then alphabetically first relative path. A name containing '/' is compared with the same
    /// number of trailing path components ("src/main.rs" matches "crates/a/src/main.rs"),
    /// otherwise with the file name alone.
    ///
    /// Scoring: the first tier that holds wins (constants above); failing all of them,
    /// kFuzzyWeight × the best of (a) 1 − Levenshtein distance / longer length, on the squashed
    /// forms (lower-case, without '_', '-', '.', spaces), (b) the same against the file name
    /// without its extension when none was said, (c) ½ + ½ × length ratio when the squashed
    /// name is contained in the file's.
    ///
    /// The walk is breadth-first in sorted order, skips ignoredFolderReason() folders, hidden
    /// folders and symbolic links to folders, and stops after maxFilesScanned files.
    static QList<Match> candidates(const QString &workspaceDir, QStringView spokenOrTypedName,
                                   int maxResults = kDefaultMaxResults,
                                   int maxFilesScanned = kDefaultMaxFilesScanned);

    /// The best candidate, only if it is clearly the one meant: it scores in an exact tier and
    /// strictly above the runner-up, or it scores at least kFuzzyThreshold and kFuzzyMargin
    /// above the runner-up. Two files that match equally well (src/util.py and tests/util.py
    /// for "util dot py") resolve to nothing; show candidates() and let the person choose.
    static std::optional<Match> resolve(const QString &workspaceDir, QStringView spokenOrTypedName,
                                        int maxFilesScanned = kDefaultMaxFilesScanned);
    /// resolve() on QtConcurrent's pool. Takes the name by value: a view could dangle.
    static QFuture<std::optional<Match>> resolveAsync(const QString &workspaceDir,
                                                      const QString &spokenOrTypedName,
                                                      int maxFilesScanned = kDefaultMaxFilesScanned);

    /// Why a folder of this name is not searched or attached; None for ordinary folders.
    /// Only the name is looked at (a hidden attribute on Windows is the caller's to check).
    static IgnoreReason ignoredFolderReason(QStringView folderName);
};

} // namespace CodeGuru
