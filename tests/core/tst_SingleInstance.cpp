// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadedPrimary.h"
#include "instance/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>
#include <memory>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

// Unique per test, so tests never meet each other or a CodeGuru the developer is running.
QString uniqueKey()
{
    return QStringLiteral("tst_SingleInstance-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList quickAsk()
{
    return {QStringLiteral("codeguru"), QStringLiteral("--quick-ask")};
}

/// The next line the child writes to stdout, without the newline; empty if none comes.
QByteArray nextLine(QProcess &child, int timeoutMs = 10000)
{
    // A timeout shows as the empty line the caller compares against.
    (void)QTest::qWaitFor([&child] { return child.canReadLine() || child.state() == QProcess::NotRunning; },
                          timeoutMs);
    return child.canReadLine() ? child.readLine().chopped(1) : QByteArray();
}

void startChild(QProcess &child, const QStringList &arguments)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CODEGURU_SINGLE_INSTANCE_CHILD_PATH), arguments);
}

TEST(SingleInstanceTest, ServerNameIsStablePerKeyAndFitsASocketPath)
{
    const QString key = uniqueKey();
    EXPECT_EQ(SingleInstance::serverNameFor(key), SingleInstance::serverNameFor(key));
    EXPECT_NE(SingleInstance::serverNameFor(key), SingleInstance::serverNameFor(uniqueKey()));
    EXPECT_LT(QFile::encodeName(SingleInstance::serverNameFor(key)).size(), 104);
    EXPECT_EQ(SingleInstance(key).serverName(), SingleInstance::serverNameFor(key));
}

TEST(SingleInstanceTest, MessagesRoundTrip)
{
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("codeguru")},
        quickAsk(),
        {QStringLiteral("line\nbreak"), QStringLiteral("ünïcødé ✓"), QStringLiteral("{\"json\":1}"),
         QString()},
    };
    for (const QStringList &arguments : cases) {
        const QByteArray line = SingleInstance::encodeMessage(arguments);
        EXPECT_TRUE(line.endsWith('\n'));
        EXPECT_EQ(line.count('\n'), 1) << line.constData();
        EXPECT_EQ(SingleInstance::decodeMessage(line), std::optional<QStringList>(arguments))
            << line.constData();
    }
}

TEST(SingleInstanceTest, MalformedMessagesAreRejected)
{
    const QList<QByteArray> cases = {
        QByteArray(),
        QByteArray("\n"),
        QByteArray("hello\n"),
        QByteArray("\x00\xff\xfe garbage\n", 13),
        QByteArray("[\"codeguru\"]\n"),
        QByteArray("{\"codeguru-instance\":1,\"arguments\":[\"a\"]}"), // no newline: incomplete
        QByteArray("{\"codeguru-instance\":2,\"arguments\":[\"a\"]}\n"),
        QByteArray("{\"codeguru-instance\":1.5,\"arguments\":[]}\n"),
        QByteArray("{\"codeguru-instance\":\"1\",\"arguments\":[]}\n"),
        QByteArray("{\"arguments\":[\"a\"]}\n"),
        QByteArray("{\"codeguru-instance\":1}\n"),
        QByteArray("{\"codeguru-instance\":1,\"arguments\":\"a\"}\n"),
        QByteArray("{\"codeguru-instance\":1,\"arguments\":[\"a\",2]}\n"),
        QByteArray("{\"codeguru-instance\":1,\"arguments\":[\"\xc3\x28\"]}\n"), // invalid UTF-8
        "{\"codeguru-instance\":1,\"arguments\":[\"" + QByteArray(SingleInstance::kMaxMessageBytes, 'x')
            + "\"]}\n",
    };
    for (const QByteArray &line : cases)
        EXPECT_EQ(SingleInstance::decodeMessage(line), std::nullopt) << line.left(80).toHex().constData();
    // Fields a later version adds are ignored.
    EXPECT_EQ(
        SingleInstance::decodeMessage("{\"codeguru-instance\":1,\"arguments\":[\"a\"],\"cwd\":\"/\"}\n"),
        std::optional<QStringList>(QStringList {QStringLiteral("a")}));
}

TEST(SingleInstanceTest, AcknowledgementIsRecognised)
{
    EXPECT_TRUE(SingleInstance::isAcknowledgement(SingleInstance::encodeAcknowledgement()));
    EXPECT_FALSE(SingleInstance::isAcknowledgement("{\"codeguru-instance\":1,\"accepted\":false}\n"));
    EXPECT_FALSE(SingleInstance::isAcknowledgement("{\"codeguru-instance\":2,\"accepted\":true}\n"));
    EXPECT_FALSE(SingleInstance::isAcknowledgement(SingleInstance::encodeMessage(quickAsk())));
}

TEST(SingleInstanceTest, SecondInstanceIsNotPrimaryAndDeliversItsCommandLine)
{
    const QString key = uniqueKey();
    ThreadedPrimary first(key);
    ASSERT_TRUE(first.tryBecomePrimary());
    QSignalSpy received(&first, &ThreadedPrimary::messageReceived);

    SingleInstance second(key);
    EXPECT_FALSE(second.tryBecomePrimary());
    EXPECT_FALSE(second.isPrimary());
    // true means acknowledged: the primary had the arguments before sendToPrimary() returned.
    ASSERT_TRUE(second.sendToPrimary(quickAsk(), 5000));
    ASSERT_TRUE(received.size() == 1 || received.wait(5000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), quickAsk());

    // A bare `codeguru` sends just the program: "raise the window".
    ASSERT_TRUE(second.sendToPrimary({QStringLiteral("codeguru")}, 5000));
    ASSERT_TRUE(received.size() == 2 || received.wait(5000));
    EXPECT_EQ(received.at(1).at(0).toStringList(), QStringList {QStringLiteral("codeguru")});
}

TEST(SingleInstanceTest, DifferentKeysDoNotInterfere)
{
    const QString keyA = uniqueKey();
    const QString keyB = uniqueKey();
    ThreadedPrimary a(keyA);
    ThreadedPrimary b(keyB);
    ASSERT_TRUE(a.tryBecomePrimary());
    ASSERT_TRUE(b.tryBecomePrimary()) << "another key's primary must not block this one";
    QSignalSpy receivedA(&a, &ThreadedPrimary::messageReceived);
    QSignalSpy receivedB(&b, &ThreadedPrimary::messageReceived);

    SingleInstance toB(keyB);
    ASSERT_TRUE(toB.sendToPrimary({QStringLiteral("for-b")}, 5000));
    ASSERT_TRUE(receivedB.size() == 1 || receivedB.wait(5000));
    SingleInstance toA(keyA);
    ASSERT_TRUE(toA.sendToPrimary({QStringLiteral("for-a")}, 5000));
    ASSERT_TRUE(receivedA.size() == 1 || receivedA.wait(5000));

    EXPECT_EQ(receivedA.at(0).at(0).toStringList(), QStringList {QStringLiteral("for-a")});
    EXPECT_EQ(receivedB.at(0).at(0).toStringList(), QStringList {QStringLiteral("for-b")});
    EXPECT_EQ(receivedA.size(), 1);
    EXPECT_EQ(receivedB.size(), 1);
}

TEST(SingleInstanceTest, StaleFileAtTheSocketPathIsReplaced)
{
    const QString key = uniqueKey();
    const QString path = SingleInstance::serverNameFor(key);
    ASSERT_TRUE(QDir::isAbsolutePath(path)) << "this platform's runtime directory gives plain names";
    QFile stale(path);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("left behind by a crash");
    stale.close();

    SingleInstance instance(key);
    EXPECT_TRUE(instance.tryBecomePrimary());
    EXPECT_TRUE(instance.isPrimary());
    EXPECT_TRUE(instance.tryBecomePrimary()) << "asking again keeps the role";
}

TEST(SingleInstanceTest, NextLaunchBecomesPrimaryWhenThePrimaryGoesAway)
{
    const QString key = uniqueKey();
    auto first = std::make_unique<SingleInstance>(key);
    ASSERT_TRUE(first->tryBecomePrimary());
    SingleInstance second(key);
    EXPECT_FALSE(second.tryBecomePrimary());

    first.reset();
    EXPECT_FALSE(QFile::exists(second.serverName())) << "a clean exit removes the socket";
    EXPECT_TRUE(second.tryBecomePrimary());
    SingleInstance third(key);
    EXPECT_FALSE(third.tryBecomePrimary());
}

TEST(SingleInstanceTest, SendFailsAtOnceWithoutPrimary)
{
    SingleInstance lonely(uniqueKey());
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE(lonely.sendToPrimary(quickAsk(), 5000));
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST(SingleInstanceTest, SendGivesUpInTimeWhenThePrimaryHangs)
{
    const QString key = uniqueKey();
    // A listener whose thread never gets back to its event loop: connections wait in the
    // kernel's backlog and nobody answers, as with a hung primary.
    QLocalServer hung;
    ASSERT_TRUE(hung.listen(SingleInstance::serverNameFor(key)));

    SingleInstance second(key);
    EXPECT_FALSE(second.tryBecomePrimary()) << "a hung primary is still alive: do not remove its socket";
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE(second.sendToPrimary(quickAsk(), 300));
    EXPECT_GE(clock.elapsed(), 250);
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_TRUE(QFile::exists(hung.fullServerName()));
}

TEST(SingleInstanceTest, GarbageOnTheSocketIsDroppedWithoutAMessage)
{
    const QString key = uniqueKey();
    ThreadedPrimary primary(key, 300);
    ASSERT_TRUE(primary.tryBecomePrimary());
    QSignalSpy received(&primary, &ThreadedPrimary::messageReceived);

    const QList<QByteArray> payloads = {
        QByteArray("hello\n"),
        QByteArray("\x00\xff\xfe\x01\n", 5),
        QByteArray("{\"codeguru-instance\":2,\"arguments\":[\"--quick-ask\"]}\n"),
        QByteArray("{\"codeguru-instance\":1,\"arguments\":[1,2]}\n"),
        QByteArray(200 * 1024, 'x'), // over the limit and never a newline
        QByteArray(), // connects and says nothing until the receive timeout
        QByteArray("{\"codeguru-instance\":1,\"argu"), // stops half-way
    };
    for (const QByteArray &payload : payloads) {
        QLocalSocket client;
        QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
        client.connectToServer(primary.serverName());
        ASSERT_TRUE(client.waitForConnected(5000));
        client.write(payload);
        ASSERT_TRUE(disconnected.size() == 1 || disconnected.wait(5000))
            << "the primary should have closed the connection after " << payload.left(40).toHex().constData();
        EXPECT_FALSE(client.canReadLine()) << "no acknowledgement for garbage";
    }

    // Still serving, and the only message is the well-formed one.
    SingleInstance second(key);
    ASSERT_TRUE(second.sendToPrimary(quickAsk(), 5000));
    ASSERT_TRUE(received.size() == 1 || received.wait(5000));
    EXPECT_EQ(received.size(), 1);
    EXPECT_EQ(received.at(0).at(0).toStringList(), quickAsk());
}

TEST(SingleInstanceProcessTest, QuickAskReachesAPrimaryInAnotherProcess)
{
    const QString key = uniqueKey();
    QProcess child;
    startChild(child, {QStringLiteral("--key"), key});
    ASSERT_TRUE(child.waitForStarted(10000));
    ASSERT_EQ(nextLine(child), "ready " + SingleInstance::serverNameFor(key).toUtf8());

    SingleInstance second(key);
    EXPECT_FALSE(second.tryBecomePrimary());
    ASSERT_TRUE(second.sendToPrimary(quickAsk(), 5000));
    EXPECT_EQ(nextLine(child), QByteArray("message [\"codeguru\",\"--quick-ask\"]"));

    ASSERT_TRUE(second.sendToPrimary({QStringLiteral("--quit")}, 5000));
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 0);
    EXPECT_TRUE(second.tryBecomePrimary()) << "the primary quit: the next launch takes over";
}

TEST(SingleInstanceProcessTest, SecondLaunchInAnotherProcessReachesThisPrimary)
{
    const QString key = uniqueKey();
    SingleInstance primary(key);
    ASSERT_TRUE(primary.tryBecomePrimary());
    QSignalSpy received(&primary, &SingleInstance::messageReceived);

    QProcess child;
    startChild(child,
               {QStringLiteral("--key"), key, QStringLiteral("--send"), QStringLiteral("--"),
                QStringLiteral("codeguru"), QStringLiteral("--quick-ask")});
    ASSERT_TRUE(received.wait(10000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), quickAsk());
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitCode(), 0) << "the child saw the acknowledgement";
}

TEST(SingleInstanceProcessTest, KilledPrimaryLeavesASocketTheNextLaunchReplaces)
{
    const QString key = uniqueKey();
    QProcess child;
    startChild(child, {QStringLiteral("--key"), key});
    ASSERT_TRUE(child.waitForStarted(10000));
    ASSERT_TRUE(nextLine(child).startsWith("ready "));

    ::kill(pid_t(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(10000));
    const QString path = SingleInstance::serverNameFor(key);
    ASSERT_TRUE(QFile::exists(path)) << "SIGKILL leaves the socket file behind";

    SingleInstance next(key);
    EXPECT_FALSE(next.sendToPrimary(quickAsk(), 2000)) << "nobody answers on a stale socket";
    EXPECT_TRUE(next.tryBecomePrimary());

    // And it really serves: a launch from another process reaches it.
    QSignalSpy received(&next, &SingleInstance::messageReceived);
    QProcess sender;
    startChild(sender, {QStringLiteral("--key"), key, QStringLiteral("--send"), QStringLiteral("codeguru")});
    ASSERT_TRUE(received.wait(10000));
    ASSERT_TRUE(sender.waitForFinished(10000));
    EXPECT_EQ(sender.exitCode(), 0);
}

TEST(SingleInstanceProcessTest, SimultaneousLaunchesElectExactlyOnePrimary)
{
    const QString key = uniqueKey();
    constexpr int kLaunches = 4;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < kLaunches; ++i) {
        children.push_back(std::make_unique<QProcess>());
        startChild(*children.back(), {QStringLiteral("--key"), key});
    }
    int primaries = 0;
    int secondaries = 0;
    for (const auto &child : children) {
        const QByteArray line = nextLine(*child);
        if (line.startsWith("ready "))
            ++primaries;
        else if (line == "secondary")
            ++secondaries;
        else
            ADD_FAILURE() << "unexpected line: " << line.constData();
    }
    EXPECT_EQ(primaries, 1);
    EXPECT_EQ(secondaries, kLaunches - 1);

    SingleInstance stopper(key);
    EXPECT_TRUE(stopper.sendToPrimary({QStringLiteral("--quit")}, 5000));
    for (const auto &child : children) {
        // The secondaries may be gone already, and waitForFinished() is false for those.
        EXPECT_TRUE(child->state() == QProcess::NotRunning || child->waitForFinished(10000));
        EXPECT_EQ(child->exitCode(), 0);
    }
}

} // namespace
