// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptionRequest.h"

#include <QFileInfo>

namespace CodeGuru {

QByteArray TranscriptionRequest::mimeTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("mp3") || suffix == QLatin1StringView("mpga")
        || suffix == QLatin1StringView("mpeg"))
        return "audio/mpeg";
    if (suffix == QLatin1StringView("m4a") || suffix == QLatin1StringView("mp4"))
        return "audio/mp4";
    if (suffix == QLatin1StringView("ogg") || suffix == QLatin1StringView("oga")
        || suffix == QLatin1StringView("opus"))
        return "audio/ogg";
    if (suffix == QLatin1StringView("flac"))
        return "audio/flac";
    if (suffix == QLatin1StringView("webm"))
        return "audio/webm";
    return "audio/wav";
}

} // namespace CodeGuru
