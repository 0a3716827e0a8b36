// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real Secret Service: ./scripts/dev.sh test runs this inside dbus-run-session
// with a throwaway, unlocked gnome-keyring (scripts/with-keyring.sh).
#include "../cli/CliRunner.h"
#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QTest>
#include <QUuid>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class KeychainSecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            GTEST_SKIP()
                << "no D-Bus session: run through ./scripts/dev.sh test, which starts a private keyring";
    }

    SecretResult call(const std::function<void(QObject *, SecretStore::Callback)> &operation)
    {
        std::optional<SecretResult> outcome;
        QObject context;
        operation(&context, [&outcome](const SecretResult &result) { outcome = result; });
        EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
            << "keychain never answered";
        return outcome.value_or(SecretResult {SecretResult::Status::Failed, {}, {}});
    }

    // A service name of its own, so parallel runs and earlier runs cannot interfere.
    KeychainSecretStore store {QStringLiteral("CodeGuruTest-")
                               + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    const QString account = SecretStore::accountForProfile(QStringLiteral("work"));
};

TEST_F(KeychainSecretStoreTest, RoundTrip)
{
    const SecretResult written = call([&](QObject *c, SecretStore::Callback done) {
        store.writeSecret(account, QStringLiteral("sk-round-trip-123"), c, std::move(done));
    });
    ASSERT_TRUE(written.ok()) << written.message.toStdString();
    const SecretResult read =
        call([&](QObject *c, SecretStore::Callback done) { store.readSecret(account, c, std::move(done)); });
    ASSERT_TRUE(read.ok()) << read.message.toStdString();
    EXPECT_EQ(read.secret, QStringLiteral("sk-round-trip-123"));

    ASSERT_TRUE(call([&](QObject *c, SecretStore::Callback done) {
                    store.writeSecret(account, QStringLiteral("sk-replaced"), c, std::move(done));
                }).ok());
    EXPECT_EQ(call([&](QObject *c, SecretStore::Callback done) {
                  store.readSecret(account, c, std::move(done));
              }).secret,
              QStringLiteral("sk-replaced"));

    ASSERT_TRUE(call([&](QObject *c, SecretStore::Callback done) {
                    store.deleteSecret(account, c, std::move(done));
                }).ok());
    EXPECT_EQ(call([&](QObject *c, SecretStore::Callback done) {
                  store.readSecret(account, c, std::move(done));
              }).status,
              SecretResult::Status::NotFound);
}

TEST_F(KeychainSecretStoreTest, MissingEntryIsNotFound)
{
    const SecretResult read = call([&](QObject *c, SecretStore::Callback done) {
        store.readSecret(QStringLiteral("profile:never-stored"), c, std::move(done));
    });
    EXPECT_EQ(read.status, SecretResult::Status::NotFound);
}

TEST_F(KeychainSecretStoreTest, CallbackIsDroppedWhenItsContextIsGone)
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    store.readSecret(account, context.get(), [&called](const SecretResult &) { called = true; });
    context.reset();
    // Prove the job itself completed by waiting for a later one on the same store.
    const SecretResult later =
        call([&](QObject *c, SecretStore::Callback done) { store.readSecret(account, c, std::move(done)); });
    EXPECT_NE(later.status, SecretResult::Status::Failed);
    EXPECT_FALSE(called);
}

TEST_F(KeychainSecretStoreTest, CliStoresTheKeyInTheKeyringAndUsesIt)
{
    FakeProviderServer server;
    ASSERT_TRUE(server.listen());
    CliRunner cli;
    const QString profile = QStringLiteral("kc") + QString::number(QCoreApplication::applicationPid());
    ASSERT_EQ(cli.run({QStringLiteral("profile"), QStringLiteral("add"), profile, QStringLiteral("--preset"),
                       QStringLiteral("openai"), QStringLiteral("--base-url"), server.baseUrl().toString(),
                       QStringLiteral("--model"), QStringLiteral("m")})
                  .exitCode,
              0);
    const auto stored =
        cli.run({QStringLiteral("key"), QStringLiteral("set"), profile}, "sk-cli-keyring-987654321\n");
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();

    server.enqueue(FakeResponse::streamOf({QStringLiteral("authorised")}));
    const auto answer =
        cli.run({QStringLiteral("ask"), QStringLiteral("--profile"), profile, QStringLiteral("hi")});
    EXPECT_EQ(answer.exitCode, 0) << answer.err.toStdString();
    EXPECT_EQ(answer.out, QByteArray("authorised"));
    EXPECT_EQ(server.requests().last().header("authorization"),
              QByteArray("Bearer sk-cli-keyring-987654321"));

    // The key is in the keyring only: no file under the CLI's HOME holds it.
    QDirIterator files(cli.homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains("987654321")) << file.fileName().toStdString();
    }

    EXPECT_EQ(cli.run({QStringLiteral("profile"), QStringLiteral("remove"), profile}).exitCode, 0);
    EXPECT_EQ(cli.run({QStringLiteral("key"), QStringLiteral("delete"), profile}).exitCode, 2)
        << "the profile is gone";
}

TEST(KeychainUnavailable, CliSaysSoAndStoresNothing)
{
    CliRunner cli;
    cli.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=/nonexistent/bus"));
    ASSERT_EQ(cli.run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"),
                       QStringLiteral("--preset"), QStringLiteral("groq")})
                  .exitCode,
              0);
    const auto result = cli.run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("p")},
                                "gsk_never_written_123\n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("keyring")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("--api-key-env"));
    QDirIterator files(cli.homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains("never_written")) << "no plaintext fallback";
    }
}

} // namespace
