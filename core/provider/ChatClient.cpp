// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatClient.h"

#include "ModelListReply.h"

namespace CodeGuru {

ChatClient::ChatClient(NetworkGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
{ }

ChatReply *ChatClient::send(const ProviderEndpoint &endpoint, ChatRequest request, int lane)
{
    if (request.model.isEmpty())
        request.model = endpoint.model;
    auto *reply = new ChatReply(m_gateway, endpoint, std::move(request), m_options, lane, this);
    reply->startAttempt();
    return reply;
}

ModelListReply *ChatClient::listModels(const ProviderEndpoint &endpoint, std::chrono::seconds timeout)
{
    auto *reply = new ModelListReply(m_gateway, endpoint, timeout, this);
    reply->start();
    return reply;
}

} // namespace CodeGuru
