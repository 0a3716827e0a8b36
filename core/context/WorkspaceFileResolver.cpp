// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFileResolver.h"

#include "SpokenFileName.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace CodeGuru {

namespace {

struct FileEntry
{
    QString path;
    QString relativePath;
    QString fileName;
};

QList<FileEntry> listFiles(const QString &workspaceDir, int maxFiles)
{
    QList<FileEntry> files;
    const QFileInfo root(workspaceDir);
    if (maxFiles <= 0 || !root.isDir())
        return files;

    struct Folder
    {
        QString path;
        QString relative; ///< empty or ending in '/'
    };
    // Breadth-first, so that when maxFiles cuts the walk short, the files near the top of the
    // workspace, the ones people mean most often, have been seen.
    QList<Folder> queue {{QDir::cleanPath(root.absoluteFilePath()), QString()}};
    for (qsizetype next = 0; next < queue.size() && files.size() < maxFiles; ++next) {
        const Folder folder = queue.at(next);
        QList<QFileInfo> entries;
        QDirIterator it(folder.path, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
        while (it.hasNext()) {
            it.next();
            entries.append(it.fileInfo());
        }
        // QDirIterator's order is the file system's; sorting keeps results repeatable.
        std::sort(entries.begin(), entries.end(),
                  [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
        for (const QFileInfo &info : std::as_const(entries)) {
            const QString name = info.fileName();
            if (info.isDir()) {
                if (!info.isSymLink() && !info.isHidden()
                    && WorkspaceFileResolver::ignoredFolderReason(name)
                        == WorkspaceFileResolver::IgnoreReason::None)
                    queue.append({info.absoluteFilePath(), folder.relative + name + QLatin1Char('/')});
                continue;
            }
            files.append({info.absoluteFilePath(), folder.relative + name, name});
            if (files.size() >= maxFiles)
                break;
        }
    }
    return files;
}

QString squash(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') || c.isSpace())
            continue;
        out.append(c.toLower());
    }
    return out;
}

qsizetype levenshtein(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

double editSimilarity(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 0.0;
    // Below one half the pair cannot pass any threshold; skip the quadratic part.
    if (std::abs(a.size() - b.size()) * 2 > longer)
        return 0.0;
    return 1.0 - double(levenshtein(a, b)) / double(longer);
}

double containment(QStringView query, QStringView target)
{
    if (query.size() < 3 || query.size() >= target.size() || !target.contains(query))
        return 0.0;
    return 0.5 + 0.5 * double(query.size()) / double(target.size());
}

/// The file's name without its last extension; empty for ".env"-style names and names without one.
QStringView stemOf(QStringView target)
{
    const qsizetype lastSlash = target.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = target.lastIndexOf(QLatin1Char('.'));
    if (dot <= lastSlash + 1)
        return {};
    return target.first(dot);
}

/// The last `count` components of a relative path, or all of it when it has fewer.
QStringView lastComponents(QStringView path, qsizetype count)
{
    qsizetype from = path.size();
    for (qsizetype seen = 0; seen < count; ++seen) {
        // lastIndexOf() reads a negative start as "from the end", so stop before that.
        if (from <= 0)
            return path;
        from = path.lastIndexOf(QLatin1Char('/'), from - 1);
        if (from < 0)
            return path;
    }
    return path.sliced(from + 1);
}

struct Query
{
    QString typed;
    QString normalized;
    QString squashed;
    qsizetype components = 1;
    bool saidExtension = false;
};

Query makeQuery(QStringView spoken)
{
    Query query;
    query.typed = spoken.trimmed().toString();
    query.typed.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (query.typed.startsWith(QLatin1StringView("./")))
        query.typed.remove(0, 2);
    query.normalized = SpokenFileName::normalize(spoken);
    query.squashed = squash(query.normalized);
    query.components = query.normalized.count(QLatin1Char('/')) + 1;
    query.saidExtension = !stemOf(query.normalized).isEmpty();
    return query;
}

double scoreOf(const Query &query, const FileEntry &file)
{
    const QStringView target = query.components > 1 ? lastComponents(file.relativePath, query.components)
                                                    : QStringView(file.fileName);
    if (target == query.typed)
        return WorkspaceFileResolver::kExactScore;
    if (target.compare(query.typed, Qt::CaseInsensitive) == 0)
        return WorkspaceFileResolver::kExactIgnoringCaseScore;
    if (target.compare(query.normalized, Qt::CaseInsensitive) == 0)
        return WorkspaceFileResolver::kNormalizedScore;
    const QString squashedTarget = squash(target);
    if (squashedTarget == query.squashed)
        return WorkspaceFileResolver::kSquashedScore;

    double similarity =
        std::max(editSimilarity(query.squashed, squashedTarget), containment(query.squashed, squashedTarget));
    if (!query.saidExtension) {
        const QString squashedStem = squash(stemOf(target));
        if (!squashedStem.isEmpty() && squashedStem == query.squashed)
            return WorkspaceFileResolver::kStemScore;
        similarity = std::max(similarity, editSimilarity(query.squashed, squashedStem));
    }
    return WorkspaceFileResolver::kFuzzyWeight * similarity;
}

bool ranksBefore(const WorkspaceFileResolver::Match &a, const WorkspaceFileResolver::Match &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    const qsizetype depthA = a.relativePath.count(QLatin1Char('/'));
    const qsizetype depthB = b.relativePath.count(QLatin1Char('/'));
    if (depthA != depthB)
        return depthA < depthB;
    if (a.relativePath.size() != b.relativePath.size())
        return a.relativePath.size() < b.relativePath.size();
    return a.relativePath < b.relativePath;
}

struct IgnoredName
{
    QLatin1StringView name;
    WorkspaceFileResolver::IgnoreReason reason;
    bool prefix = false; ///< "build-" matches build-debug, build-release…
};

const std::array<IgnoredName, 17> kIgnoredFolders = {{
    {QLatin1StringView(".git"), WorkspaceFileResolver::IgnoreReason::VersionControl},
    {QLatin1StringView(".svn"), WorkspaceFileResolver::IgnoreReason::VersionControl},
    {QLatin1StringView(".hg"), WorkspaceFileResolver::IgnoreReason::VersionControl},
    {QLatin1StringView("node_modules"), WorkspaceFileResolver::IgnoreReason::Dependencies},
    {QLatin1StringView("build"), WorkspaceFileResolver::IgnoreReason::BuildOutput},
    {QLatin1StringView("build-"), WorkspaceFileResolver::IgnoreReason::BuildOutput, true},
    {QLatin1StringView("cmake-build-"), WorkspaceFileResolver::IgnoreReason::BuildOutput, true},
    {QLatin1StringView("dist"), WorkspaceFileResolver::IgnoreReason::BuildOutput},
    {QLatin1StringView("target"), WorkspaceFileResolver::IgnoreReason::BuildOutput},
    {QLatin1StringView(".venv"), WorkspaceFileResolver::IgnoreReason::VirtualEnvironment},
    {QLatin1StringView("venv"), WorkspaceFileResolver::IgnoreReason::VirtualEnvironment},
    {QLatin1StringView("__pycache__"), WorkspaceFileResolver::IgnoreReason::Cache},
    {QLatin1StringView(".cache"), WorkspaceFileResolver::IgnoreReason::Cache},
    {QLatin1StringView(".mypy_cache"), WorkspaceFileResolver::IgnoreReason::Cache},
    {QLatin1StringView(".pytest_cache"), WorkspaceFileResolver::IgnoreReason::Cache},
    {QLatin1StringView(".idea"), WorkspaceFileResolver::IgnoreReason::EditorSettings},
    {QLatin1StringView(".vscode"), WorkspaceFileResolver::IgnoreReason::EditorSettings},
}};

} // namespace

WorkspaceFileResolver::IgnoreReason WorkspaceFileResolver::ignoredFolderReason(QStringView folderName)
{
    for (const IgnoredName &ignored : kIgnoredFolders) {
        if (ignored.prefix ? folderName.startsWith(ignored.name) : folderName == ignored.name)
            return ignored.reason;
    }
    if (folderName.startsWith(QLatin1Char('.')))
        return IgnoreReason::Hidden;
    return IgnoreReason::None;
}

QList<WorkspaceFileResolver::Match> WorkspaceFileResolver::candidates(const QString &workspaceDir,
                                                                      QStringView spokenOrTypedName,
                                                                      int maxResults, int maxFilesScanned)
{
    QList<Match> matches;
    const Query query = makeQuery(spokenOrTypedName);
    if (query.squashed.isEmpty() || maxResults <= 0)
        return matches;
    const QList<FileEntry> files = listFiles(workspaceDir, maxFilesScanned);
    for (const FileEntry &file : files) {
        const double score = scoreOf(query, file);
        if (score >= kMinCandidateScore)
            matches.append({file.path, file.relativePath, score});
    }
    std::sort(matches.begin(), matches.end(), ranksBefore);
    if (matches.size() > maxResults)
        matches.resize(maxResults);
    return matches;
}

std::optional<WorkspaceFileResolver::Match> WorkspaceFileResolver::resolve(const QString &workspaceDir,
                                                                           QStringView spokenOrTypedName,
                                                                           int maxFilesScanned)
{
    const QList<Match> top = candidates(workspaceDir, spokenOrTypedName, 2, maxFilesScanned);
    if (top.isEmpty())
        return std::nullopt;
    const Match &best = top.first();
    const double runnerUp = top.size() > 1 ? top.at(1).score : 0.0;
    if (best.score >= kExactTiers)
        return best.score > runnerUp ? std::optional<Match>(best) : std::nullopt;
    if (best.score >= kFuzzyThreshold && best.score - runnerUp >= kFuzzyMargin)
        return best;
    return std::nullopt;
}

QFuture<std::optional<WorkspaceFileResolver::Match>>
WorkspaceFileResolver::resolveAsync(const QString &workspaceDir, const QString &spokenOrTypedName,
                                    int maxFilesScanned)
{
    return QtConcurrent::run([workspaceDir, spokenOrTypedName, maxFilesScanned] {
        return resolve(workspaceDir, spokenOrTypedName, maxFilesScanned);
    });
}

} // namespace CodeGuru
