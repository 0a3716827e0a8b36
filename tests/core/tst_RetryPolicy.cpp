// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <gtest/gtest.h>

using namespace CodeGuru;
using namespace std::chrono_literals;
using Kind = ProviderError::Kind;

namespace {

RetryPolicy deterministic(double unit)
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 1000ms;
    policy.maxRetries = 3;
    policy.random = [unit] { return unit; };
    return policy;
}

TEST(RetryPolicy, TransientErrorsBackOffExponentiallyWithJitter)
{
    const ProviderError overloaded = ProviderError::make(Kind::ServerUnavailable);
    const RetryPolicy low = deterministic(0.0);
    const RetryPolicy high = deterministic(0.999);
    EXPECT_EQ(low.delayFor(overloaded, 1, false), 50ms);
    EXPECT_EQ(low.delayFor(overloaded, 2, false), 100ms);
    EXPECT_EQ(low.delayFor(overloaded, 3, false), 200ms);
    EXPECT_EQ(high.delayFor(overloaded, 1, false), 99ms);
    EXPECT_EQ(high.delayFor(overloaded, 3, false), 399ms);
}

TEST(RetryPolicy, DelayIsCapped)
{
    RetryPolicy policy = deterministic(0.999);
    policy.maxRetries = 20;
    EXPECT_LE(*policy.delayFor(ProviderError::make(Kind::ServerUnavailable), 15, false), 1000ms);
}

TEST(RetryPolicy, GivesUpAfterMaxRetries)
{
    const RetryPolicy policy = deterministic(0.5);
    EXPECT_TRUE(policy.delayFor(ProviderError::make(Kind::RateLimited), 3, false).has_value());
    EXPECT_FALSE(policy.delayFor(ProviderError::make(Kind::RateLimited), 4, false).has_value());
}

TEST(RetryPolicy, NeverAfterTheAnswerStarted)
{
    EXPECT_FALSE(
        deterministic(0.5).delayFor(ProviderError::make(Kind::ConnectionDropped), 1, true).has_value());
}

TEST(RetryPolicy, PermanentErrorsAreNotRetried)
{
    const RetryPolicy policy = deterministic(0.5);
    for (Kind kind : {Kind::BadKey, Kind::ContextTooLong, Kind::BadRequest, Kind::NotFound,
                      Kind::HostNotFound, Kind::ConnectionRefused, Kind::Timeout, Kind::Tls,
                      Kind::MalformedReply, Kind::StreamError, Kind::Cancelled})
        EXPECT_FALSE(policy.delayFor(ProviderError::make(kind), 1, false).has_value())
            << ProviderError::kindName(kind).toStdString();
}

TEST(RetryPolicy, HonoursRetryAfterUpToALimit)
{
    RetryPolicy policy = deterministic(0.5);
    policy.maxRetryAfter = 10s;
    ProviderError limited = ProviderError::make(Kind::RateLimited);
    limited.retryAfter = 4s;
    EXPECT_EQ(policy.delayFor(limited, 1, false), 4000ms);
    limited.retryAfter = 60s;
    EXPECT_FALSE(policy.delayFor(limited, 1, false).has_value())
        << "a long wait is reported, not slept through";
}

TEST(RetryPolicy, NonePolicyNeverRetries)
{
    EXPECT_FALSE(
        RetryPolicy::none().delayFor(ProviderError::make(Kind::ServerUnavailable), 1, false).has_value());
}

} // namespace
