// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderContextLoader.h"

#include "FileContextLoader.h"
#include "TextDecoder.h"
#include "WorkspaceFileResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace CodeGuru {

namespace {

// Enough to tell text from binary (TextDecoder looks at no more) without reading a whole image.
constexpr qint64 kSniffBytes = 8192;
// A folder of thousands of images would otherwise bury the few lines that matter.
constexpr qsizetype kMaxSkippedListed = 100;

QString folderReason(WorkspaceFileResolver::IgnoreReason reason)
{
    using Reason = WorkspaceFileResolver::IgnoreReason;
    switch (reason) {
    case Reason::Hidden:
        return FolderContextLoader::tr("hidden");
    case Reason::VersionControl:
        return FolderContextLoader::tr("version control");
    case Reason::Dependencies:
        return FolderContextLoader::tr("dependencies");
    case Reason::BuildOutput:
        return FolderContextLoader::tr("build folder");
    case Reason::VirtualEnvironment:
        return FolderContextLoader::tr("virtual environment");
    case Reason::Cache:
        return FolderContextLoader::tr("cache");
    case Reason::EditorSettings:
        return FolderContextLoader::tr("editor settings");
    case Reason::None:
        break;
    }
    return QString();
}

/// "256 KB" rather than "256.00 KB" for the round limits people set.
QString sizeText(qint64 bytes)
{
    qint64 unit = 1;
    while (unit * 1024 <= bytes)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

bool isHiddenEntry(const QFileInfo &info)
{
    return info.fileName().startsWith(QLatin1Char('.')) || info.isHidden();
}

class FolderWalk
{
public:
    FolderWalk(const FolderLimits &limits, QString namePrefix, FolderLoadResult &result,
               const LoadProgress &progress)
        : m_limits(limits)
        , m_namePrefix(std::move(namePrefix))
        , m_result(result)
        , m_progress(progress)
    { }

    /// False once a limit stopped the walk.
    bool walk(const QString &folderPath, const QString &relative)
    {
        QList<QFileInfo> entries;
        QDirIterator it(folderPath, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        while (it.hasNext()) {
            it.next();
            entries.append(it.fileInfo());
        }
        std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
            const int folded = a.fileName().compare(b.fileName(), Qt::CaseInsensitive);
            return folded != 0 ? folded < 0 : a.fileName() < b.fileName();
        });

        for (const QFileInfo &info : std::as_const(entries)) {
            if (info.isDir() && !info.isSymLink())
                continue;
            if (!addFile(info, relative + info.fileName()))
                return false;
        }
        for (const QFileInfo &info : std::as_const(entries)) {
            if (!info.isDir() || info.isSymLink())
                continue;
            const QString path = relative + info.fileName() + QLatin1Char('/');
            WorkspaceFileResolver::IgnoreReason reason =
                WorkspaceFileResolver::ignoredFolderReason(info.fileName());
            if (reason == WorkspaceFileResolver::IgnoreReason::None && isHiddenEntry(info))
                reason = WorkspaceFileResolver::IgnoreReason::Hidden;
            if (reason != WorkspaceFileResolver::IgnoreReason::None) {
                skip(path, folderReason(reason));
                continue;
            }
            if (!info.isReadable() || !info.isExecutable()) {
                skip(path, FolderContextLoader::tr("could not be read"));
                continue;
            }
            if (!walk(info.absoluteFilePath(), path))
                return false;
        }
        return true;
    }

    void finish()
    {
        if (m_unlisted > 0)
            m_result.skipped.append(FolderContextLoader::tr(
                "… and %n more", "skipped files beyond the listed ones", int(m_unlisted)));
    }

private:
    bool addFile(const QFileInfo &info, const QString &path)
    {
        if (info.isSymLink()) {
            skip(path, FolderContextLoader::tr("symbolic link"));
            return true;
        }
        if (isHiddenEntry(info)) {
            skip(path, FolderContextLoader::tr("hidden"));
            return true;
        }
        // Sockets and FIFOs: reading a FIFO would block the walk forever.
        if (!info.isFile()) {
            skip(path, FolderContextLoader::tr("not a regular file"));
            return true;
        }
        if (info.size() > m_limits.maxFileBytes) {
            skip(path, FolderContextLoader::tr("over %1").arg(sizeText(m_limits.maxFileBytes)));
            return true;
        }
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            skip(path, FolderContextLoader::tr("could not be read"));
            return true;
        }
        QByteArray bytes = file.read(std::min(kSniffBytes, m_limits.maxFileBytes + 1));
        // Same rule as TextDecoder::decode(): NUL bytes mean binary unless a UTF-16 BOM says otherwise.
        const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        if (!utf16 && TextDecoder::looksBinary(bytes)) {
            skip(path, FolderContextLoader::tr("binary"));
            return true;
        }
        if (bytes.size() <= m_limits.maxFileBytes)
            bytes += file.read(m_limits.maxFileBytes + 1 - bytes.size());
        // The file may have grown since it was listed.
        if (bytes.size() > m_limits.maxFileBytes) {
            skip(path, FolderContextLoader::tr("over %1").arg(sizeText(m_limits.maxFileBytes)));
            return true;
        }
        // Characters never outnumber bytes, so this never shortens: the limit is maxFileBytes.
        const qsizetype maxChars = std::max<qsizetype>(qsizetype(m_limits.maxFileBytes), 1);
        FileContextLoader::Result loaded =
            FileContextLoader::fromBytes(bytes, ContextItem::Source::File, m_namePrefix + path, maxChars);
        if (!loaded.item) {
            skip(path, FolderContextLoader::tr("binary"));
            return true;
        }
        if (m_result.items.size() >= m_limits.maxFiles
            || m_totalBytes + bytes.size() > m_limits.maxTotalBytes) {
            m_result.truncated = true;
            return false;
        }
        m_totalBytes += bytes.size();
        m_result.items.append(std::move(*loaded.item));
        if (m_progress && !m_progress(m_result.items.size(), 0)) {
            m_result.cancelled = true;
            return false;
        }
        return true;
    }

    void skip(const QString &path, const QString &reason)
    {
        if (m_result.skipped.size() >= kMaxSkippedListed) {
            ++m_unlisted;
            return;
        }
        m_result.skipped.append(
            FolderContextLoader::tr("%1 (%2)", "file or folder (why it was skipped)").arg(path, reason));
    }

    const FolderLimits &m_limits;
    const QString m_namePrefix;
    FolderLoadResult &m_result;
    const LoadProgress &m_progress;
    qint64 m_totalBytes = 0;
    qsizetype m_unlisted = 0;
};

} // namespace

FolderLoadResult FolderContextLoader::load(const QString &folder, const FolderLimits &limits,
                                           const LoadProgress &progress)
{
    FolderLoadResult result;
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.exists()) {
        result.error = tr("“%1” does not exist.").arg(folder);
        return result;
    }
    if (!info.isDir()) {
        result.error = tr("“%1” is not a folder.").arg(folder);
        return result;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        result.error = tr("“%1” could not be read: permission denied.").arg(folder);
        return result;
    }
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    QString prefix = QDir(root).dirName();
    if (!prefix.isEmpty())
        prefix += QLatin1Char('/');
    FolderWalk walk(limits, prefix, result, progress);
    walk.walk(root, QString());
    walk.finish();
    if (result.cancelled) {
        result.items.clear();
        result.error = tr("Loading “%1” was cancelled.").arg(folder);
    }
    return result;
}

QFuture<FolderLoadResult> FolderContextLoader::loadAsync(const QString &folder, const FolderLimits &limits)
{
    return QtConcurrent::run(
        [](QPromise<FolderLoadResult> &promise, const QString &path, const FolderLimits &walkLimits) {
            promise.setProgressRange(0, walkLimits.maxFiles);
            promise.addResult(load(path, walkLimits, [&promise](qint64 done, qint64) {
                promise.setProgressValue(int(done));
                return !promise.isCanceled();
            }));
        },
        folder, limits);
}

} // namespace CodeGuru
