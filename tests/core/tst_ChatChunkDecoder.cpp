// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatChunkDecoder.h"

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

ChatChunk decode(const char *data, const char *type = "message")
{
    return ChatChunkDecoder::decode(SseEvent {QByteArray(type), QByteArray(data), QByteArray()});
}

TEST(ChatChunkDecoder, TextDelta)
{
    const ChatChunk chunk =
        decode(R"({"choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]})");
    EXPECT_EQ(chunk.content, QStringLiteral("Hello"));
    EXPECT_TRUE(chunk.finishReason.isEmpty());
    EXPECT_FALSE(chunk.error.isError());
    EXPECT_FALSE(chunk.done);
}

TEST(ChatChunkDecoder, RoleOnlyFirstChunkAddsNothing)
{
    const ChatChunk chunk =
        decode(R"({"choices":[{"index":0,"delta":{"role":"assistant","content":null}}]})");
    EXPECT_TRUE(chunk.content.isEmpty());
    EXPECT_FALSE(chunk.error.isError());
}

TEST(ChatChunkDecoder, Done)
{
    EXPECT_TRUE(decode("[DONE]").done);
    EXPECT_TRUE(decode(" [DONE] ").done);
}

TEST(ChatChunkDecoder, EmptyChoicesWithUsage)
{
    const ChatChunk chunk = decode(
        R"({"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12,
            "completion_tokens_details":{"reasoning_tokens":2}}})");
    ASSERT_TRUE(chunk.usage.has_value());
    EXPECT_EQ(chunk.usage->promptTokens, 9);
    EXPECT_EQ(chunk.usage->completionTokens, 3);
    EXPECT_EQ(chunk.usage->totalTokens, 12);
    EXPECT_EQ(chunk.usage->reasoningTokens, 2);
}

TEST(ChatChunkDecoder, NullUsageIsAbsent)
{
    EXPECT_FALSE(
        decode(R"({"choices":[{"index":0,"delta":{"content":"x"}}],"usage":null})").usage.has_value());
}

TEST(ChatChunkDecoder, FinishReasonLength)
{
    EXPECT_EQ(decode(R"({"choices":[{"index":0,"delta":{},"finish_reason":"length"}]})").finishReason,
              QStringLiteral("length"));
}

TEST(ChatChunkDecoder, ReasoningContentKeptApart)
{
    const ChatChunk deepseek =
        decode(R"({"choices":[{"index":0,"delta":{"content":null,"reasoning_content":"hmm"}}]})");
    EXPECT_EQ(deepseek.reasoning, QStringLiteral("hmm"));
    EXPECT_TRUE(deepseek.content.isEmpty());
    const ChatChunk groq =
        decode(R"({"choices":[{"index":0,"delta":{"reasoning":"We","channel":"analysis"}}]})");
    EXPECT_EQ(groq.reasoning, QStringLiteral("We"));
    EXPECT_TRUE(groq.content.isEmpty());
}

TEST(ChatChunkDecoder, MistralThinkingBlocksAreReasoning)
{
    const ChatChunk chunk = decode(
        R"({"choices":[{"index":0,"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"Okay"}]},
            {"type":"text","text":"Answer"}]}}]})");
    EXPECT_EQ(chunk.reasoning, QStringLiteral("Okay"));
    EXPECT_EQ(chunk.content, QStringLiteral("Answer"));
}

TEST(ChatChunkDecoder, RefusalKeptApart)
{
    const ChatChunk chunk =
        decode(R"({"choices":[{"index":0,"delta":{"content":null,"refusal":"I can't"}}]})");
    EXPECT_EQ(chunk.refusal, QStringLiteral("I can't"));
    EXPECT_TRUE(chunk.content.isEmpty());
}

TEST(ChatChunkDecoder, OnlyChoiceZeroCounts)
{
    const ChatChunk chunk = decode(R"({"choices":[{"index":1,"delta":{"content":"other"}}]})");
    EXPECT_TRUE(chunk.content.isEmpty());
}

TEST(ChatChunkDecoder, TopLevelErrorInDataChunk)
{
    const ChatChunk chunk =
        decode(R"({"error":{"code":400,"message":"Token limit reached"},"usage":{"total_tokens":5}})");
    EXPECT_EQ(chunk.error.kind, ProviderError::Kind::StreamError);
    EXPECT_EQ(chunk.error.providerMessage, QStringLiteral("Token limit reached"));
    EXPECT_TRUE(chunk.usage.has_value());
}

TEST(ChatChunkDecoder, ErrorEvent)
{
    const ChatChunk chunk =
        decode(R"({"error":{"message":"tool_use_failed","type":"invalid_request_error"}})", "error");
    EXPECT_EQ(chunk.error.kind, ProviderError::Kind::StreamError);
    EXPECT_EQ(chunk.error.providerMessage, QStringLiteral("tool_use_failed"));
}

TEST(ChatChunkDecoder, ErrorEventWithPlainText)
{
    const ChatChunk chunk = decode("overloaded", "error");
    EXPECT_EQ(chunk.error.kind, ProviderError::Kind::StreamError);
    EXPECT_EQ(chunk.error.providerMessage, QStringLiteral("overloaded"));
}

TEST(ChatChunkDecoder, StringError)
{
    EXPECT_EQ(decode(R"({"error":"model not found"})").error.providerMessage,
              QStringLiteral("model not found"));
}

TEST(ChatChunkDecoder, NotJsonIsMalformed)
{
    EXPECT_EQ(decode("{\"choices\":[").error.kind, ProviderError::Kind::MalformedReply);
    EXPECT_EQ(decode("<html>").error.kind, ProviderError::Kind::MalformedReply);
    EXPECT_EQ(decode("[1,2]").error.kind, ProviderError::Kind::MalformedReply);
}

TEST(ChatChunkDecoder, NullErrorIsNoError)
{
    EXPECT_FALSE(decode(R"({"choices":[{"index":0,"delta":{"content":"x"}}],"error":null})").error.isError());
}

} // namespace
