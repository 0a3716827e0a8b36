// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTestHarness.h"
#include "ProviderPreset.h"
#include "ProviderResolver.h"
#include "config/Settings.h"
#include "secrets/InMemorySecretStore.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class ProviderResolverTest : public ChatTestHarness
{
protected:
    void SetUp() override
    {
        ChatTestHarness::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("codeguru.conf")));
    }

    ResolvedProvider resolve(const ProviderChoice &choice, const QProcessEnvironment &environment = {},
                             QList<QUrl> localCandidates = {})
    {
        ProviderResolver resolver(settings.get(), &secrets, &client, environment);
        resolver.setLocalCandidates(localCandidates);
        std::optional<ResolvedProvider> outcome;
        QObject context;
        resolver.resolve(choice, &context,
                         [&outcome](const ResolvedProvider &resolved) { outcome = resolved; });
        EXPECT_FALSE(outcome.has_value()) << "the callback must never run inside resolve()";
        EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
        return outcome.value_or(ResolvedProvider {});
    }

    static QProcessEnvironment
    environment(std::initializer_list<std::pair<const char *, const char *>> variables)
    {
        QProcessEnvironment env;
        for (const auto &[name, value] : variables)
            env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        return env;
    }

    void storeKey(const QString &profile, const QString &key)
    {
        bool done = false;
        QObject context;
        secrets.writeSecret(SecretStore::accountForProfile(profile), key, &context,
                            [&done](const SecretResult &) { done = true; });
        ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 5000));
    }

    QUrl closedPortUrl()
    {
        QTcpServer borrowed;
        EXPECT_TRUE(borrowed.listen(QHostAddress::LocalHost));
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(borrowed.serverPort()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> settings;
    InMemorySecretStore secrets;
};

TEST_F(ProviderResolverTest, BaseUrlAndModelFromFlagsNeedNoNetwork)
{
    ProviderChoice choice;
    choice.baseUrl = server.baseUrl();
    choice.model = QStringLiteral("m1");
    const ResolvedProvider resolved = resolve(choice);
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage.toStdString();
    EXPECT_EQ(resolved.endpoint->baseUrl, server.baseUrl());
    EXPECT_EQ(resolved.endpoint->model, QStringLiteral("m1"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(ProviderResolverTest, MissingModelIsTakenFromTheServer)
{
    server.enqueue(FakeResponse::json(R"({"data":[{"id":"qwen2.5-coder:7b"},{"id":"llama3"}]})"));
    ProviderChoice choice;
    choice.baseUrl = server.baseUrl();
    const ResolvedProvider resolved = resolve(choice);
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage.toStdString();
    EXPECT_EQ(resolved.endpoint->model, QStringLiteral("qwen2.5-coder:7b"));
}

TEST_F(ProviderResolverTest, ServerWithoutModelsSaysSo)
{
    server.enqueue(FakeResponse::json(R"({"data":[]})"));
    ProviderChoice choice;
    choice.baseUrl = server.baseUrl();
    const ResolvedProvider resolved = resolve(choice);
    EXPECT_FALSE(resolved.ok());
    EXPECT_TRUE(resolved.errorMessage.contains(QStringLiteral("no models")));
}

TEST_F(ProviderResolverTest, ApiKeyEnvFlag)
{
    ProviderChoice choice;
    choice.baseUrl = server.baseUrl();
    choice.model = QStringLiteral("m");
    choice.apiKeyEnv = QStringLiteral("MY_KEY");
    EXPECT_EQ(resolve(choice, environment({{"MY_KEY", "sk-from-env"}})).endpoint->apiKey,
              QStringLiteral("sk-from-env"));
    const ResolvedProvider missing = resolve(choice, environment({}));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage.contains(QStringLiteral("MY_KEY")));
}

TEST_F(ProviderResolverTest, OpenAiKeyFromTheEnvironment)
{
    const ResolvedProvider resolved = resolve({}, environment({{"OPENAI_API_KEY", "sk-env"}}));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.endpoint->presetId, QStringLiteral("openai"));
    EXPECT_EQ(resolved.endpoint->baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    EXPECT_EQ(resolved.endpoint->apiKey, QStringLiteral("sk-env"));
    EXPECT_FALSE(resolved.endpoint->model.isEmpty());
}

TEST_F(ProviderResolverTest, OpenAiBaseUrlFromTheEnvironment)
{
    server.enqueue(FakeResponse::json(R"({"data":[{"id":"local-model"}]})"));
    const ResolvedProvider resolved =
        resolve({}, environment({{"OPENAI_BASE_URL", server.baseUrl().toString().toLatin1().constData()}}));
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage.toStdString();
    EXPECT_EQ(resolved.endpoint->baseUrl, server.baseUrl());
    EXPECT_EQ(resolved.endpoint->model, QStringLiteral("local-model"));
}

TEST_F(ProviderResolverTest, GroqKeyFromTheEnvironment)
{
    const ResolvedProvider resolved = resolve({}, environment({{"GROQ_API_KEY", "gsk_env"}}));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.endpoint->presetId, QStringLiteral("groq"));
    EXPECT_EQ(resolved.endpoint->apiKey, QStringLiteral("gsk_env"));
}

TEST_F(ProviderResolverTest, OpenRouterGetsItsAttributionHeader)
{
    const ResolvedProvider resolved = resolve({}, environment({{"OPENROUTER_API_KEY", "sk-or-env"}}));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.endpoint->presetId, QStringLiteral("openrouter"));
    const QList<QPair<QByteArray, QByteArray>> expected {
        {QByteArrayLiteral("X-Title"), QByteArrayLiteral("CodeGuru")}};
    EXPECT_EQ(resolved.endpoint->extraHeaders, expected);
    EXPECT_EQ(ProviderPreset::find(u"openrouter")->extraHeaders, expected)
        << "the preset carries it, for Settings too";
    EXPECT_TRUE(ProviderPreset::find(u"openai")->extraHeaders.isEmpty());
}

TEST_F(ProviderResolverTest, ProfileTakesItsKeyFromTheKeychain)
{
    settings->saveProfile(
        {QStringLiteral("work"), QStringLiteral("openai"), QUrl(), QStringLiteral("gpt-4o")});
    storeKey(QStringLiteral("work"), QStringLiteral("sk-keychain"));
    ProviderChoice choice;
    choice.profile = QStringLiteral("work");
    const ResolvedProvider resolved = resolve(choice);
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage.toStdString();
    EXPECT_EQ(resolved.endpoint->apiKey, QStringLiteral("sk-keychain"));
    EXPECT_EQ(resolved.endpoint->model, QStringLiteral("gpt-4o"));
}

TEST_F(ProviderResolverTest, ProfileWithoutItsKeySaysHowToStoreIt)
{
    settings->saveProfile({QStringLiteral("work"), QStringLiteral("openai"), QUrl(), QString()});
    ProviderChoice choice;
    choice.profile = QStringLiteral("work");
    const ResolvedProvider resolved = resolve(choice);
    EXPECT_FALSE(resolved.ok());
    EXPECT_TRUE(resolved.errorMessage.contains(QStringLiteral("key set work")));
}

TEST_F(ProviderResolverTest, LockedKeyringFallsBackToTheConventionalVariable)
{
    settings->saveProfile({QStringLiteral("work"), QStringLiteral("openai"), QUrl(), QString()});
    secrets.setForcedStatus(SecretResult::Status::Unavailable);
    ProviderChoice choice;
    choice.profile = QStringLiteral("work");
    EXPECT_FALSE(resolve(choice).ok());
    const ResolvedProvider resolved = resolve(choice, environment({{"OPENAI_API_KEY", "sk-env"}}));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.endpoint->apiKey, QStringLiteral("sk-env"));
}

TEST_F(ProviderResolverTest, UnknownProfile)
{
    ProviderChoice choice;
    choice.profile = QStringLiteral("nope");
    const ResolvedProvider resolved = resolve(choice);
    EXPECT_FALSE(resolved.ok());
    EXPECT_TRUE(resolved.errorMessage.contains(QStringLiteral("nope")));
}

TEST_F(ProviderResolverTest, DefaultProfileWinsOverTheEnvironment)
{
    settings->saveProfile(
        {QStringLiteral("local"), QStringLiteral("custom"), server.baseUrl(), QStringLiteral("m")});
    settings->setDefaultProfile(QStringLiteral("local"));
    const ResolvedProvider resolved = resolve({}, environment({{"OPENAI_API_KEY", "sk-env"}}));
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage.toStdString();
    EXPECT_EQ(resolved.endpoint->baseUrl, server.baseUrl());
}

TEST_F(ProviderResolverTest, FindsALocalServerWhenNothingIsConfigured)
{
    server.setDefaultResponse(FakeResponse::json(R"({"data":[{"id":"llama3.2"}]})"));
    const ResolvedProvider resolved = resolve({}, environment({}), {closedPortUrl(), server.baseUrl()});
    ASSERT_TRUE(resolved.ok()) << resolved.errorMessage.toStdString();
    EXPECT_EQ(resolved.endpoint->baseUrl, server.baseUrl());
    EXPECT_EQ(resolved.endpoint->model, QStringLiteral("llama3.2"));
}

TEST_F(ProviderResolverTest, PrefersTheFirstLocalCandidate)
{
    FakeProviderServer slowerButPreferred;
    ASSERT_TRUE(slowerButPreferred.listen());
    FakeResponse preferredAnswer = FakeResponse::json(R"({"data":[{"id":"preferred"}]})");
    preferredAnswer.latencyMs = 300;
    slowerButPreferred.enqueue(preferredAnswer);
    server.setDefaultResponse(FakeResponse::json(R"({"data":[{"id":"second"}]})"));
    const ResolvedProvider resolved =
        resolve({}, environment({}), {slowerButPreferred.baseUrl(), server.baseUrl()});
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.endpoint->model, QStringLiteral("preferred"));
}

TEST_F(ProviderResolverTest, NothingAnywhereExplainsHowToConfigure)
{
    const ResolvedProvider resolved = resolve({}, environment({}), {closedPortUrl(), closedPortUrl()});
    EXPECT_FALSE(resolved.ok());
    EXPECT_EQ(resolved.errorMessage, ProviderResolver::setupHelp());
    EXPECT_TRUE(resolved.errorMessage.contains(QStringLiteral("OPENAI_API_KEY")));
}

} // namespace
