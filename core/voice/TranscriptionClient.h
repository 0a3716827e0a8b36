// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderEndpoint.h"
#include "TranscriptionReply.h"
#include "TranscriptionRequest.h"

#include <QObject>

#include <chrono>

namespace CodeGuru {

class NetworkGateway;

/// Turns recordings into text through the OpenAI-compatible `POST {base}/audio/transcriptions`
/// (OpenAI, Groq, local Whisper servers), with the NetworkGateway's manager.
class TranscriptionClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptionClient)

public:
    explicit TranscriptionClient(NetworkGateway *gateway, QObject *parent = nullptr);

    /// Longest silence accepted in both directions, uploading included (default 120 s: a
    /// long recording can take a while to transcribe before the first byte comes back).
    void setIdleTimeout(std::chrono::seconds timeout) { m_idleTimeout = timeout; }
    std::chrono::seconds idleTimeout() const { return m_idleTimeout; }

    /// Starts the upload. The reply is a child of this client and deletes itself after
    /// `finished`, which is never emitted before this returns. An empty `request.model`
    /// takes defaultModel(endpoint).
    TranscriptionReply *transcribe(const ProviderEndpoint &endpoint, TranscriptionRequest request);

    /// The endpoint's preset's transcription model, else "whisper-1", the name most
    /// OpenAI-compatible servers accept.
    static QString defaultModel(const ProviderEndpoint &endpoint);

private:
    NetworkGateway *m_gateway;
    std::chrono::seconds m_idleTimeout {120};
};

} // namespace CodeGuru
