// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileContextLoader.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace CodeGuru {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CodeGuru::FileContextLoader", text);
}
} // namespace

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

FileContextLoader::Result FileContextLoader::load(const QString &path, qsizetype maxChars)
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
    return fromBytes(file.read(kMaxFileBytes), ContextItem::Source::File, path, maxChars);
}

QFuture<FileContextLoader::Result> FileContextLoader::loadAsync(const QString &path, qsizetype maxChars)
{
    return QtConcurrent::run([path, maxChars] { return load(path, maxChars); });
}

} // namespace CodeGuru
