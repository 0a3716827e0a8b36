// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderErrorMapper.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace CodeGuru;
using Kind = ProviderError::Kind;

namespace {

ReplyFacts httpFailure(int status, const QByteArray &body)
{
    ReplyFacts facts;
    facts.networkError = QNetworkReply::UnknownContentError;
    facts.httpStatus = status;
    facts.body = body;
    facts.host = QStringLiteral("api.example.com:443");
    return facts;
}

struct StatusCase
{
    int status;
    QByteArray body;
    Kind expected;
};

void PrintTo(const StatusCase &c, std::ostream *os)
{
    *os << "HTTP " << c.status;
}

class StatusMapping : public ::testing::TestWithParam<StatusCase>
{
};

TEST_P(StatusMapping, MapsToKind)
{
    const ProviderError error = ProviderErrorMapper::map(httpFailure(GetParam().status, GetParam().body));
    EXPECT_EQ(error.kind, GetParam().expected) << ProviderError::kindName(error.kind).toStdString();
    EXPECT_EQ(error.httpStatus, GetParam().status);
    EXPECT_FALSE(error.userMessage().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, StatusMapping,
    ::testing::Values(
        StatusCase {401, R"({"error":{"message":"Incorrect API key provided"}})", Kind::BadKey},
        StatusCase {403, R"({"error":{"message":"forbidden"}})", Kind::BadKey},
        StatusCase {404, R"({"error":{"message":"The model `x` does not exist"}})", Kind::NotFound},
        StatusCase {408, "", Kind::Timeout},
        StatusCase {429, R"({"error":{"message":"Rate limit reached"}})", Kind::RateLimited},
        StatusCase {429,
                    R"({"error":{"message":"You exceeded your current quota","code":"insufficient_quota"}})",
                    Kind::BadRequest},
        StatusCase {
            400,
            R"({"error":{"message":"This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.","code":"context_length_exceeded"}})",
            Kind::ContextTooLong},
        StatusCase {400, R"({"error":{"message":"Please reduce the length of the messages."}})",
                    Kind::ContextTooLong},
        StatusCase {413, R"({"error":{"message":"Request too large: prompt is too long"}})",
                    Kind::ContextTooLong},
        StatusCase {400, R"({"error":{"message":"Unsupported parameter: 'max_tokens'"}})", Kind::BadRequest},
        StatusCase {422, R"({"detail":"invalid"})", Kind::BadRequest},
        StatusCase {500, "Internal Server Error", Kind::ServerUnavailable},
        StatusCase {502, "<html>Bad gateway</html>", Kind::ServerUnavailable},
        StatusCase {503, R"({"error":{"message":"overloaded"}})", Kind::ServerUnavailable},
        StatusCase {529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})",
                    Kind::ServerUnavailable}));

TEST(ProviderErrorMapper, ProviderMessageIsKeptForContextTooLong)
{
    const ProviderError error = ProviderErrorMapper::map(
        httpFailure(400, R"({"error":{"message":"maximum context length is 8192 tokens"}})"));
    EXPECT_EQ(error.providerMessage, QStringLiteral("maximum context length is 8192 tokens"));
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("maximum context length is 8192 tokens")));
}

TEST(ProviderErrorMapper, RetryAfterSecondsDateAndMilliseconds)
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    EXPECT_EQ(ProviderErrorMapper::parseRetryAfter("7", {}, now), std::chrono::seconds(7));
    EXPECT_EQ(ProviderErrorMapper::parseRetryAfter("1.2", {}, now), std::chrono::seconds(2));
    EXPECT_EQ(ProviderErrorMapper::parseRetryAfter("Mon, 23 Nov 2026 12:00:30 GMT", {}, now),
              std::chrono::seconds(30));
    EXPECT_EQ(ProviderErrorMapper::parseRetryAfter({}, "1500", now), std::chrono::seconds(2));
    EXPECT_EQ(ProviderErrorMapper::parseRetryAfter("soon", {}, now), std::nullopt);
    EXPECT_EQ(ProviderErrorMapper::parseRetryAfter({}, {}, now), std::nullopt);
}

TEST(ProviderErrorMapper, RateLimitCarriesRetryAfter)
{
    ReplyFacts facts = httpFailure(429, "{}");
    facts.retryAfter = "3";
    const ProviderError error = ProviderErrorMapper::map(facts);
    EXPECT_EQ(error.retryAfter, std::chrono::seconds(3));
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("try again in 3 s.")));
}

TEST(ProviderErrorMapper, ApiKeyNeverInMessages)
{
    const QString key = QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789");
    ReplyFacts facts = httpFailure(
        401,
        R"({"error":{"message":"Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyz0123456789. Find yours."}})");
    facts.apiKey = key;
    facts.qtErrorString = QStringLiteral("Error transferring with key ") + key;
    const ProviderError error = ProviderErrorMapper::map(facts);
    EXPECT_FALSE(error.userMessage().contains(key));
    EXPECT_FALSE(error.detail.contains(key));
    EXPECT_FALSE(error.providerMessage.contains(QStringLiteral("abcdefghij")));
    EXPECT_TRUE(error.providerMessage.contains(QStringLiteral("[redacted]")));
}

TEST(ProviderErrorMapper, KeyShapedTextIsRedactedEvenWithoutTheKey)
{
    EXPECT_EQ(ProviderErrorMapper::scrub(QStringLiteral("bad key gsk_1234567890abcdef here"), QString()),
              QStringLiteral("bad key [redacted] here"));
}

TEST(ProviderErrorMapper, LongMessagesAreShortenedToOneLine)
{
    const QString message =
        ProviderErrorMapper::scrub(QString(1000, QLatin1Char('x')) + QStringLiteral("\n\nmore"), {});
    EXPECT_LE(message.size(), 300);
    EXPECT_FALSE(message.contains(QLatin1Char('\n')));
}

struct NetworkCase
{
    QNetworkReply::NetworkError error;
    bool timedOut;
    Kind expected;
};

void PrintTo(const NetworkCase &c, std::ostream *os)
{
    *os << "QNetworkReply error " << int(c.error) << (c.timedOut ? " after our timeout" : "");
}

class NetworkMapping : public ::testing::TestWithParam<NetworkCase>
{
};

TEST_P(NetworkMapping, MapsToKind)
{
    ReplyFacts facts;
    facts.networkError = GetParam().error;
    facts.timedOut = GetParam().timedOut;
    facts.host = QStringLiteral("localhost:11434");
    facts.timeout = std::chrono::seconds(30);
    const ProviderError error = ProviderErrorMapper::map(facts);
    EXPECT_EQ(error.kind, GetParam().expected) << ProviderError::kindName(error.kind).toStdString();
    EXPECT_FALSE(error.userMessage().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, NetworkMapping,
    ::testing::Values(NetworkCase {QNetworkReply::ConnectionRefusedError, false, Kind::ConnectionRefused},
                      NetworkCase {QNetworkReply::HostNotFoundError, false, Kind::HostNotFound},
                      NetworkCase {QNetworkReply::TimeoutError, false, Kind::Timeout},
                      // Qt reports its transfer timeout as a cancel; only our flag tells them apart.
                      NetworkCase {QNetworkReply::OperationCanceledError, true, Kind::Timeout},
                      NetworkCase {QNetworkReply::OperationCanceledError, false, Kind::Cancelled},
                      NetworkCase {QNetworkReply::SslHandshakeFailedError, false, Kind::Tls},
                      NetworkCase {QNetworkReply::RemoteHostClosedError, false, Kind::ConnectionDropped},
                      NetworkCase {QNetworkReply::ProtocolUnknownError, false, Kind::InvalidUrl},
                      NetworkCase {QNetworkReply::TemporaryNetworkFailureError, false, Kind::NetworkDown},
                      NetworkCase {QNetworkReply::UnknownNetworkError, false, Kind::NetworkDown}));

TEST(ProviderErrorMapper, SslErrorsWinOverEverythingElse)
{
    ReplyFacts facts;
    facts.networkError = QNetworkReply::RemoteHostClosedError;
    facts.sslErrors = QStringLiteral("The certificate is self-signed, and untrusted");
    facts.host = QStringLiteral("evil.example:443");
    const ProviderError error = ProviderErrorMapper::map(facts);
    EXPECT_EQ(error.kind, Kind::Tls);
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("self-signed")));
}

TEST(ProviderErrorMapper, SuccessIsNoError)
{
    ReplyFacts facts;
    facts.httpStatus = 200;
    EXPECT_FALSE(ProviderErrorMapper::map(facts).isError());
}

TEST(ProviderErrorMapper, RealOpenRouter429Body)
{
    QFile file(
        QStringLiteral(CODEGURU_SHARED_FIXTURES_DIR "/openrouter-error-429-provider-rate-limited.json"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "shared fixtures are not beside this checkout";
    const ProviderError error = ProviderErrorMapper::map(httpFailure(429, file.readAll()));
    EXPECT_EQ(error.kind, Kind::RateLimited);
    EXPECT_FALSE(error.providerMessage.isEmpty());
}

TEST(ProviderErrorMapper, RealOpenAi400Body)
{
    QFile file(QStringLiteral(CODEGURU_SHARED_FIXTURES_DIR "/openai-error-400-unsupported-parameter.json"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "shared fixtures are not beside this checkout";
    const ProviderError error = ProviderErrorMapper::map(httpFailure(400, file.readAll()));
    EXPECT_EQ(error.kind, Kind::BadRequest);
    EXPECT_TRUE(error.providerMessage.contains(QStringLiteral("max_tokens")));
}

} // namespace
