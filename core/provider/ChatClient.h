// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatReply.h"

#include <QObject>

namespace CodeGuru {

class ModelListReply;
class NetworkGateway;

/// Talks the OpenAI chat protocol to any compatible provider through the NetworkGateway.
class ChatClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    explicit ChatClient(NetworkGateway *gateway, QObject *parent = nullptr);

    void setOptions(const ChatOptions &options) { m_options = options; }
    const ChatOptions &options() const { return m_options; }

    /// Starts `POST {base}/chat/completions`. The reply is a child of this client and
    /// deletes itself after `finished`; `finished` is never emitted before this returns.
    /// An empty `request.model` takes the endpoint's model.
    /// `lane` picks the network lane (see NetworkGateway): fan-outs spread over lanes.
    ChatReply *send(const ProviderEndpoint &endpoint, ChatRequest request, int lane = 0);

    /// Starts `GET {base}/models`; same lifetime rules as send().
    ModelListReply *listModels(const ProviderEndpoint &endpoint,
                               std::chrono::seconds timeout = std::chrono::seconds(15));

private:
    NetworkGateway *m_gateway;
    ChatOptions m_options;
};

} // namespace CodeGuru
