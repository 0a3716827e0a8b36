// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContextItem.h"
#include "LoadProgress.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace CodeGuru {

/// Reads a file the person attached into a ContextItem, off the calling thread.
class FileContextLoader
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::FileContextLoader)

public:
    struct Result
    {
        std::optional<ContextItem> item;
        QString error; ///< translated reason when there is no item
        bool shortened = false;
        bool cancelled = false; ///< the progress callback asked to stop
    };

    /// Files larger than this are refused outright; reading them would only be trimmed away.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    /// Text beyond this many characters keeps its head and tail only.
    static constexpr qsizetype kMaxChars = 200 * 1000;

    /// Reads in pieces, reporting bytes read to `progress`, which can cancel.
    static Result load(const QString &path, qsizetype maxChars = kMaxChars,
                       const LoadProgress &progress = {});
    /// Same as load(), on QtConcurrent's pool. The future reports progress in thousandths
    /// and stops reading when cancelled.
    static QFuture<Result> loadAsync(const QString &path, qsizetype maxChars = kMaxChars);
    /// For piped input or clipboard bytes.
    static Result fromBytes(const QByteArray &bytes, ContextItem::Source source, const QString &name,
                            qsizetype maxChars = kMaxChars);
};

} // namespace CodeGuru
