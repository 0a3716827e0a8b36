// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatClient.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "net/NetworkGateway.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace CodeGuru::Testing {

/// A chat client wired to a fresh loopback provider, with fast retries so tests stay quick.
class ChatTestHarness : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ChatOptions options;
        options.retry.baseDelay = std::chrono::milliseconds(20);
        options.retry.maxDelay = std::chrono::milliseconds(80);
        options.idleTimeout = std::chrono::seconds(10);
        client.setOptions(options);
    }

    ProviderEndpoint endpoint() const
    {
        ProviderEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.model = QStringLiteral("fake-model");
        endpoint.apiKey = QStringLiteral("sk-test-0123456789abcdef");
        return endpoint;
    }

    static ChatRequest question(const QString &text = QStringLiteral("Why?"), bool stream = true)
    {
        ChatRequest request;
        request.messages = {ChatMessage::system(QStringLiteral("Be brief.")), ChatMessage::user(text)};
        request.stream = stream;
        return request;
    }

    struct Outcome
    {
        ChatResult result;
        QString streamed; ///< concatenation of contentReceived
        QString reasoning; ///< concatenation of reasoningReceived
        int retries = 0;
        bool finished = false;
    };

    /// Sends and waits (event loop running) until the reply finishes.
    Outcome ask(const ChatRequest &request, const ProviderEndpoint &target, int timeoutMs = 15000)
    {
        Outcome outcome;
        ChatReply *reply = client.send(target, request);
        QObject::connect(reply, &ChatReply::contentReceived, reply,
                         [&outcome](const QString &d) { outcome.streamed += d; });
        QObject::connect(reply, &ChatReply::reasoningReceived, reply,
                         [&outcome](const QString &d) { outcome.reasoning += d; });
        QObject::connect(reply, &ChatReply::retryScheduled, reply, [&outcome] { ++outcome.retries; });
        QObject::connect(reply, &ChatReply::finished, reply, [&outcome](const ChatResult &result) {
            outcome.result = result;
            outcome.finished = true;
        });
        QSignalSpy spy(reply, &ChatReply::finished);
        EXPECT_TRUE(spy.wait(timeoutMs)) << "the reply never finished";
        return outcome;
    }

    Outcome ask(const ChatRequest &request = question()) { return ask(request, endpoint()); }

    FakeProviderServer server;
    NetworkGateway gateway;
    ChatClient client {&gateway};
};

} // namespace CodeGuru::Testing
