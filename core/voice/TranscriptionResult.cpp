// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptionResult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace CodeGuru {

using Kind = ProviderError::Kind;

bool TranscriptionResult::endpointMissing() const
{
    if (!error.httpStatus || (*error.httpStatus != 404 && *error.httpStatus != 405))
        return false;
    // Groq and OpenAI answer 404 for an unknown model too, and say so.
    return !error.providerMessage.contains(QLatin1StringView("model"), Qt::CaseInsensitive);
}

QString TranscriptionResult::userMessage() const
{
    if (ok())
        return QString();
    if (noSpeech())
        return tr("No speech was recognised in the recording.");
    const QString where = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (endpointMissing())
        return tr("%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription "
                  "provider that offers one, such as OpenAI, Groq or a local Whisper server.")
            .arg(provider.isEmpty() ? error.host : provider, where)
            .arg(*error.httpStatus);
    switch (error.kind) {
    case Kind::NotFound:
        return tr("The provider does not know the transcription model “%1”; choose another one.").arg(model)
            + (error.providerMessage.isEmpty() ? QString()
                                               : tr(" The provider said: “%1”").arg(error.providerMessage));
    case Kind::MalformedReply:
        return tr("The provider’s reply from %1 is not a transcription.").arg(where);
    case Kind::ConnectionDropped:
        return tr("The connection to %1 dropped before the transcription arrived.").arg(error.host);
    default:
        return error.userMessage();
    }
}

std::optional<QString> TranscriptionResult::parseBody(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = body.trimmed();
    const bool declaredText = type.startsWith("text/plain");
    if (type.contains("json") || (!declaredText && trimmed.startsWith('{'))) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed);
        const QJsonValue text = document.object().value(QLatin1StringView("text"));
        if (!document.isObject() || !text.isString())
            return std::nullopt;
        return text.toString().trimmed();
    }
    if (declaredText)
        return QString::fromUtf8(trimmed);
    return std::nullopt;
}

} // namespace CodeGuru
