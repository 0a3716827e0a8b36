// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptionClient.h"

#include "ProviderPreset.h"

namespace CodeGuru {

TranscriptionClient::TranscriptionClient(NetworkGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
{ }

QString TranscriptionClient::defaultModel(const ProviderEndpoint &endpoint)
{
    std::optional<ProviderPreset> preset = ProviderPreset::find(endpoint.presetId);
    if (!preset || preset->defaultTranscriptionModel.isEmpty())
        preset = ProviderPreset::forUrl(endpoint.baseUrl);
    if (preset && !preset->defaultTranscriptionModel.isEmpty())
        return preset->defaultTranscriptionModel;
    return QStringLiteral("whisper-1");
}

TranscriptionReply *TranscriptionClient::transcribe(const ProviderEndpoint &endpoint,
                                                    TranscriptionRequest request)
{
    if (request.model.isEmpty())
        request.model = defaultModel(endpoint);
    auto *reply = new TranscriptionReply(m_gateway, endpoint, std::move(request), m_idleTimeout, this);
    reply->start();
    return reply;
}

} // namespace CodeGuru
