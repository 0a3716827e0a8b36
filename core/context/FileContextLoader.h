// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContextItem.h"

#include <QFuture>
#include <QString>

namespace CodeGuru {

/// Reads a file the person attached into a ContextItem, off the calling thread.
class FileContextLoader
{
public:
    struct Result
    {
        std::optional<ContextItem> item;
        QString error; ///< translated reason when there is no item
        bool shortened = false;
    };

    /// Files larger than this are refused outright; reading them would only be trimmed away.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    /// Text beyond this many characters keeps its head and tail only.
    static constexpr qsizetype kMaxChars = 200 * 1000;

    static Result load(const QString &path, qsizetype maxChars = kMaxChars);
    /// Same as load(), on QtConcurrent's pool.
    static QFuture<Result> loadAsync(const QString &path, qsizetype maxChars = kMaxChars);
    /// For piped input or clipboard bytes.
    static Result fromBytes(const QByteArray &bytes, ContextItem::Source source, const QString &name,
                            qsizetype maxChars = kMaxChars);
};

} // namespace CodeGuru
