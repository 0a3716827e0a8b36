// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTestHarness.h"
#include "routing/ClassifierFanout.h"
#include "routing/ContextRouter.h"

#include <QTest>

using namespace CodeGuru;
using namespace CodeGuru::Testing;
using Source = RoutingDecision::Source;

namespace {

ClassifierSpec classifier(const QString &id, const QString &context = QStringLiteral("custom"),
                          bool defaultDecision = false)
{
    ClassifierSpec spec;
    spec.id = id;
    spec.question = QStringLiteral("[%1] Does this need it?\nQuery: {query}").arg(id);
    spec.context = context;
    spec.defaultDecision = defaultDecision;
    return spec;
}

/// The classifier id the request is about, from the "[id]" tag in its question.
QString classifierOf(const RecordedRequest &request)
{
    return request.lastMessageText().section(QLatin1Char(']'), 0, 0).mid(1);
}

class ClassifierFanoutTest : public ChatTestHarness
{
protected:
    FanoutRequest request(const QList<ClassifierSpec> &classifiers, int deadlineMs = 5000)
    {
        FanoutRequest fanout;
        fanout.query = QStringLiteral("why does this crash?");
        fanout.classifiers = classifiers;
        fanout.systemPrompt = ClassifierSet::seedSystemPrompt();
        fanout.endpoint = endpoint();
        fanout.classifierModel = QStringLiteral("tiny-model");
        fanout.deadline = std::chrono::milliseconds(deadlineMs);
        return fanout;
    }

    std::pair<RoutingDecisions, qint64> run(ClassifierFanout &fanout, const FanoutRequest &fanoutRequest)
    {
        std::optional<std::pair<RoutingDecisions, qint64>> outcome;
        QObject::connect(
            &fanout, &ClassifierFanout::finished, &fanout,
            [&outcome](const RoutingDecisions &d, qint64 ms) { outcome = std::make_pair(d, ms); });
        fanout.start(fanoutRequest);
        EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000));
        return outcome.value_or(std::make_pair(RoutingDecisions {}, qint64(-1)));
    }
};

TEST_F(ClassifierFanoutTest, SixteenClassifiersAreAllInFlightAtOnceOverHttp11)
{
    server.setHandler([](const RecordedRequest &) {
        FakeResponse answer = FakeResponse::completion(QStringLiteral("<Yes>"));
        answer.latencyMs = 300;
        return answer;
    });
    QList<ClassifierSpec> classifiers;
    for (int i = 0; i < 16; ++i)
        classifiers.append(classifier(QStringLiteral("c%1").arg(i)));
    ClassifierFanout fanout(&gateway);
    const auto [decisions, ms] = run(fanout, request(classifiers));
    ASSERT_EQ(decisions.size(), 16);
    for (const RoutingDecision &decision : decisions) {
        EXPECT_TRUE(decision.decision);
        EXPECT_EQ(decision.source, Source::Network);
    }
    // Structural, not timed: Qt 6.4 would queue everything past six on one manager.
    EXPECT_EQ(server.peakConcurrentRequests(), 16);
}

TEST_F(ClassifierFanoutTest, RequestsUseTheSeedPromptTemperatureZeroAndTheClassifierModel)
{
    server.setHandler([](const RecordedRequest &) { return FakeResponse::completion(QStringLiteral("No")); });
    ClassifierSpec own = classifier(QStringLiteral("own"));
    own.model = QStringLiteral("special-model");
    ClassifierFanout fanout(&gateway);
    run(fanout, request({classifier(QStringLiteral("a")), own}));
    ASSERT_EQ(server.requestCount(), 2);
    for (const RecordedRequest &sent : server.requests()) {
        const QJsonObject body = sent.json();
        EXPECT_EQ(body.value(QStringLiteral("temperature")).toDouble(-1), 0.0);
        EXPECT_FALSE(body.value(QStringLiteral("stream")).toBool(true));
        EXPECT_LE(body.value(QStringLiteral("max_tokens")).toInt(1000), 10);
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
                  ClassifierSet::seedSystemPrompt());
        EXPECT_TRUE(messages.at(1)
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString()
                        .endsWith(QStringLiteral("Query: why does this crash?")));
        EXPECT_EQ(body.value(QStringLiteral("model")).toString(),
                  classifierOf(sent) == QStringLiteral("own") ? QStringLiteral("special-model")
                                                              : QStringLiteral("tiny-model"));
    }
}

TEST_F(ClassifierFanoutTest, DeadlineGivesDefaultsAndLateAnswersChangeNothing)
{
    server.setHandler([](const RecordedRequest &sent) {
        FakeResponse answer = FakeResponse::completion(QStringLiteral("<No>"));
        if (classifierOf(sent) == QStringLiteral("slow"))
            answer.latencyMs = 1500;
        return answer;
    });
    ClassifierFanout fanout(&gateway);
    int decidedSignals = 0;
    QObject::connect(&fanout, &ClassifierFanout::decided, &fanout, [&decidedSignals] { ++decidedSignals; });
    const auto [decisions, ms] = run(fanout,
                                     request({classifier(QStringLiteral("fast")),
                                              classifier(QStringLiteral("slow"), QStringLiteral("x"), true)},
                                             400));
    ASSERT_EQ(decisions.size(), 2);
    EXPECT_EQ(decisions.at(0).source, Source::Network);
    EXPECT_FALSE(decisions.at(0).decision);
    EXPECT_EQ(decisions.at(1).source, Source::Timeout);
    EXPECT_TRUE(decisions.at(1).decision) << "the default";
    // Let the slow answer's time pass: nothing more may be decided.
    QTest::qWait(1300);
    EXPECT_EQ(decidedSignals, 2);
}

TEST_F(ClassifierFanoutTest, UnparsedAndErrorsTakeTheDefault)
{
    server.setHandler([](const RecordedRequest &sent) {
        if (classifierOf(sent) == QStringLiteral("broken"))
            return FakeResponse::error(500, QStringLiteral("boom"));
        return FakeResponse::completion(QStringLiteral("Maybe, it depends."));
    });
    ClassifierFanout fanout(&gateway);
    const auto [decisions, ms] = run(fanout,
                                     request({classifier(QStringLiteral("vague"), QStringLiteral("x"), true),
                                              classifier(QStringLiteral("broken"))}));
    ASSERT_EQ(decisions.size(), 2);
    EXPECT_EQ(decisions.at(0).source, Source::Unparsed);
    EXPECT_TRUE(decisions.at(0).decision);
    EXPECT_EQ(decisions.at(0).answer, QStringLiteral("Maybe, it depends."));
    EXPECT_EQ(decisions.at(1).source, Source::Error);
    EXPECT_FALSE(decisions.at(1).decision);
    EXPECT_EQ(server.requestCount(), 2) << "classifiers are never retried";
}

TEST_F(ClassifierFanoutTest, PerClassifierTimeout)
{
    server.setHandler([](const RecordedRequest &sent) {
        FakeResponse answer = FakeResponse::completion(QStringLiteral("<Yes>"));
        if (classifierOf(sent) == QStringLiteral("impatient"))
            answer.latencyMs = 2000;
        return answer;
    });
    ClassifierSpec impatient = classifier(QStringLiteral("impatient"));
    impatient.timeout = std::chrono::milliseconds(200);
    ClassifierFanout fanout(&gateway);
    const auto [decisions, ms] = run(fanout, request({impatient, classifier(QStringLiteral("ok"))}, 10000));
    EXPECT_EQ(decisions.at(0).source, Source::Timeout);
    EXPECT_EQ(decisions.at(1).source, Source::Network);
    EXPECT_LT(ms, 10000);
}

TEST_F(ClassifierFanoutTest, CancelAbortsEverythingInFlight)
{
    FakeResponse silent;
    silent.neverAnswer = true;
    server.setDefaultResponse(silent);
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    ClassifierFanout fanout(&gateway);
    QSignalSpy finished(&fanout, &ClassifierFanout::finished);
    fanout.start(request(
        {classifier(QStringLiteral("a")), classifier(QStringLiteral("b")), classifier(QStringLiteral("c"))}));
    ASSERT_TRUE(QTest::qWaitFor([&received] { return received.count() == 3; }, 5000));
    fanout.cancel();
    EXPECT_FALSE(fanout.isRunning());
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 0; }, 5000));
    EXPECT_EQ(finished.count(), 0);
}

class ContextRouterTest : public ClassifierFanoutTest
{
protected:
    std::pair<RoutingDecisions, qint64> route(ContextRouter &router, const QString &query,
                                              const RoutingInputs &inputs)
    {
        std::optional<std::pair<RoutingDecisions, qint64>> outcome;
        const auto connection = QObject::connect(&router, &ContextRouter::routed, &router,
                                                 [&outcome](const QString &, const RoutingDecisions &d,
                                                            qint64 ms) { outcome = std::make_pair(d, ms); });
        router.route(query, inputs);
        EXPECT_FALSE(outcome.has_value()) << "routed must not be emitted inside route()";
        EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
        QObject::disconnect(connection);
        return outcome.value_or(std::make_pair(RoutingDecisions {}, qint64(-1)));
    }
};

TEST_F(ContextRouterTest, OnlyClassifiersForAvailableContextAreAsked)
{
    server.setHandler(
        [](const RecordedRequest &) { return FakeResponse::completion(QStringLiteral("<No>")); });
    ContextRouter router(&gateway);
    router.setEndpoint(endpoint());
    const auto [none, ms1] = route(router, QStringLiteral("what is RAII?"), RoutingInputs {});
    ASSERT_EQ(none.size(), 1) << "only load-file applies with no clipboard and no files";
    EXPECT_EQ(none.first().id, QStringLiteral("load-file"));
    const auto [all, ms2] =
        route(router, QStringLiteral("what is RAII, really?"), RoutingInputs {true, true, {}});
    EXPECT_EQ(all.size(), 3);
}

TEST_F(ContextRouterTest, SecondAskIsServedFromTheCache)
{
    server.setHandler(
        [](const RecordedRequest &) { return FakeResponse::completion(QStringLiteral("<Yes>")); });
    ContextRouter router(&gateway);
    router.setEndpoint(endpoint());
    ClassifierSet set = ClassifierSet::defaults();
    set.classifiers.removeLast(); // load-file wants a name, not <Yes>
    router.setClassifierSet(set);
    const RoutingInputs inputs {true, true, {}};
    route(router, QStringLiteral("explain this"), inputs);
    const int asked = server.requestCount();
    const auto [again, ms] = route(router, QStringLiteral("explain  this"), inputs);
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(server.requestCount(), asked);
    ASSERT_EQ(again.size(), 2);
    for (const RoutingDecision &decision : again)
        EXPECT_EQ(decision.source, Source::Cache);
}

TEST_F(ContextRouterTest, ExplicitMentionNeedsNoNetwork)
{
    ContextRouter router(&gateway);
    router.setEndpoint(endpoint());
    ClassifierSet set;
    set.systemPrompt = ClassifierSet::seedSystemPrompt();
    set.classifiers = {ClassifierSet::defaults().classifiers.first()};
    router.setClassifierSet(set);
    const auto [decisions, ms] =
        route(router, QStringLiteral("what does the code I copied do?"), RoutingInputs {true, false, {}});
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.first().source, Source::Heuristic);
    EXPECT_TRUE(decisions.first().decision);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(ContextRouterTest, SendDuringPrefetchOfTheSameTextReusesIt)
{
    server.setHandler([](const RecordedRequest &) {
        FakeResponse answer = FakeResponse::completion(QStringLiteral("<No>"));
        answer.latencyMs = 400;
        return answer;
    });
    ContextRouter router(&gateway);
    router.setEndpoint(endpoint());
    router.setPrefetchDelay(std::chrono::milliseconds(10));
    const RoutingInputs inputs {true, true, {}};
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    router.prefetch(QStringLiteral("why is my script slow"), inputs);
    ASSERT_TRUE(QTest::qWaitFor([&received] { return received.count() == 3; }, 5000));
    const auto [decisions, ms] = route(router, QStringLiteral("why is my script slow"), inputs);
    EXPECT_EQ(decisions.size(), 3);
    EXPECT_EQ(server.requestCount(), 3) << "the send waited for the prefetch instead of asking again";
}

TEST_F(ContextRouterTest, NewTextCancelsTheOlderRun)
{
    FakeResponse silent;
    silent.neverAnswer = true;
    server.enqueue(silent);
    server.setHandler(
        [](const RecordedRequest &) { return FakeResponse::completion(QStringLiteral("<No>")); });
    ContextRouter router(&gateway);
    router.setEndpoint(endpoint());
    router.setPrefetchDelay(std::chrono::milliseconds(10));
    QSignalSpy received(&server, &FakeProviderServer::requestReceived);
    router.prefetch(QStringLiteral("read it"), RoutingInputs {});
    ASSERT_TRUE(received.wait(5000));
    const auto [decisions, ms] = route(router, QStringLiteral("read my build log"), RoutingInputs {});
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.first().source, Source::Network);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.openConnections() <= 1; }, 5000))
        << "the stale request was aborted";
}

} // namespace
