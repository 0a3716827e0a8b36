// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileContextLoader.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace CodeGuru {

FileContextLoader::Result FileContextLoader::fromBytes(const QByteArray &bytes, ContextItem::Source source,
                                                       const QString &name, qsizetype maxChars)
{
    Result result;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.text) {
        result.error = name.isEmpty()
            ? tr("The input is binary data, not text, so it was not attached.")
            : tr("“%1” is a binary file, not text, so it was not attached.").arg(name);
        return result;
    }
    QString text = TextDecoder::headAndTail(*decoded.text, maxChars);
    result.shortened = text.size() != decoded.text->size();
    result.item = ContextItem {source, name, std::move(text)};
    return result;
}

FileContextLoader::Result FileContextLoader::load(const QString &path, qsizetype maxChars,
                                                  const LoadProgress &progress)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("“%1” does not exist.").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = tr("“%1” is a folder; attach the files in it instead.").arg(path);
        return result;
    }
    if (info.size() > kMaxFileBytes) {
        result.error = tr("“%1” is too large to attach (%2; the limit is %3).")
                           .arg(path, QLocale().formattedDataSize(info.size()),
                                QLocale().formattedDataSize(kMaxFileBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("“%1” could not be read: %2.").arg(path, file.errorString());
        return result;
    }
    // In pieces, so that a slow disk or network folder shows progress and can be cancelled.
    constexpr qint64 kPieceBytes = 1024 * 1024;
    const qint64 expected = std::min(info.size(), kMaxFileBytes);
    QByteArray bytes;
    bytes.reserve(expected);
    while (bytes.size() < kMaxFileBytes) {
        const QByteArray piece = file.read(std::min(kPieceBytes, kMaxFileBytes - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (progress && !progress(bytes.size(), std::max(expected, qint64(bytes.size())))) {
            result.cancelled = true;
            result.error = tr("Loading “%1” was cancelled.").arg(path);
            return result;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("“%1” could not be read: %2.").arg(path, file.errorString());
        return result;
    }
    return fromBytes(bytes, ContextItem::Source::File, path, maxChars);
}

QFuture<FileContextLoader::Result> FileContextLoader::loadAsync(const QString &path, qsizetype maxChars)
{
    return QtConcurrent::run(
        [](QPromise<Result> &promise, const QString &file, qsizetype chars) {
            constexpr int kScale = 1000;
            promise.setProgressRange(0, kScale);
            promise.addResult(load(file, chars, [&promise](qint64 done, qint64 total) {
                promise.setProgressValue(total > 0 ? int(done * kScale / total) : kScale);
                return !promise.isCanceled();
            }));
        },
        path, maxChars);
}

} // namespace CodeGuru
