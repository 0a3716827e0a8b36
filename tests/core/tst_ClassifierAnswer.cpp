// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/ClassifierAnswer.h"
#include "routing/ClassifierSet.h"
#include "routing/RoutingHeuristics.h"

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

TEST(ClassifierAnswer, TolerantYesNo)
{
    for (const char *yes : {"<Yes>", "Yes", "Yes.", "yes", "**Yes**", " <Yes> ", "YES",
                            "Yes, it needs the clipboard.", "`<Yes>`", "<think>hmm</think>\n<Yes>"})
        EXPECT_EQ(ClassifierAnswer::parseYesNo(QString::fromUtf8(yes)), true) << yes;
    for (const char *no :
         {"<No>", "No", "No.", "no", "**No**", " <No> ", "No, because the query is general."})
        EXPECT_EQ(ClassifierAnswer::parseYesNo(QString::fromUtf8(no)), false) << no;
    for (const char *unparsed : {"", "Maybe", "I think so", "Yesterday", "Nothing", "The answer is yes"})
        EXPECT_EQ(ClassifierAnswer::parseYesNo(QString::fromUtf8(unparsed)), std::nullopt) << unparsed;
}

TEST(ClassifierAnswer, FileNames)
{
    EXPECT_EQ(ClassifierAnswer::parseFileName(QStringLiteral("<query_analysis.py>")),
              QStringLiteral("query_analysis.py"));
    EXPECT_EQ(ClassifierAnswer::parseFileName(QStringLiteral("query underscore analysis dot py")),
              QStringLiteral("query underscore analysis dot py"));
    EXPECT_EQ(ClassifierAnswer::parseFileName(QStringLiteral("<No>")), QString());
    EXPECT_EQ(ClassifierAnswer::parseFileName(QStringLiteral("No.")), QString());
    EXPECT_EQ(ClassifierAnswer::parseFileName(QStringLiteral("Yes")), std::nullopt);
    EXPECT_EQ(ClassifierAnswer::parseFileName(QString()), std::nullopt);
}

TEST(ClassifierSet, MinimalFormFromTheIssue)
{
    QString error;
    const auto set = ClassifierSet::fromJson(
        R"({"classifiers": [{"id": "clipboard", "question": "In answering the following query, will the Assistant need to access the user's clipboard?\nQuery: {query}", "context": "clipboard", "default": false}]})",
        &error);
    ASSERT_TRUE(set) << error.toStdString();
    ASSERT_EQ(set->classifiers.size(), 1);
    EXPECT_EQ(set->systemPrompt, ClassifierSet::seedSystemPrompt());
    EXPECT_EQ(set->classifiers.first().promptFor(QStringLiteral("fix this")),
              QStringLiteral("In answering the following query, will the Assistant need to access the user's "
                             "clipboard?\nQuery: fix this"));
    EXPECT_FALSE(set->classifiers.first().defaultDecision);
}

TEST(ClassifierSet, OptionalFields)
{
    QString error;
    const auto set = ClassifierSet::fromJson(
        R"({"systemPrompt": "S", "classifiers": [{"id": "a", "question": "Q {query}", "context": "files", "default": true,
            "model": "tiny", "enabled": false, "timeoutMs": 500, "maxTokens": 3}]})",
        &error);
    ASSERT_TRUE(set) << error.toStdString();
    const ClassifierSpec &spec = set->classifiers.first();
    EXPECT_EQ(set->systemPrompt, QStringLiteral("S"));
    EXPECT_TRUE(spec.defaultDecision);
    EXPECT_FALSE(spec.enabled);
    EXPECT_EQ(spec.model, QStringLiteral("tiny"));
    EXPECT_EQ(spec.timeout, std::chrono::milliseconds(500));
    EXPECT_EQ(spec.maxTokens, 3);
}

TEST(ClassifierSet, BadFilesSayWhy)
{
    QString error;
    EXPECT_FALSE(ClassifierSet::fromJson("{", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("JSON")));
    EXPECT_FALSE(ClassifierSet::fromJson(R"({"classifiers": {}})", &error));
    EXPECT_FALSE(ClassifierSet::fromJson(R"({"classifiers": [{"id": "a", "context": "x"}]})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("question")));
    EXPECT_FALSE(ClassifierSet::fromJson(
        R"({"classifiers": [{"id": "a", "question": "q", "context": "x"}, {"id": "a", "question": "q", "context": "x"}]})",
        &error));
    EXPECT_TRUE(error.contains(QStringLiteral("twice")));
    EXPECT_FALSE(ClassifierSet::fromFile(QStringLiteral("/nonexistent/classifiers.json"), &error));
}

TEST(ClassifierSet, DefaultsShipClipboardFilesAndLoadFile)
{
    const ClassifierSet set = ClassifierSet::defaults();
    QStringList contexts;
    for (const ClassifierSpec &spec : set.classifiers)
        contexts.append(spec.context);
    EXPECT_EQ(
        contexts,
        (QStringList {QStringLiteral("clipboard"), QStringLiteral("files"), QStringLiteral("load-file")}));
    EXPECT_EQ(set.systemPrompt, ClassifierSet::seedSystemPrompt());
    EXPECT_EQ(set.classifiers.at(2).answerKind, ClassifierSpec::AnswerKind::FileName);
}

TEST(RoutingHeuristics, ExplicitMentionsDecideLocally)
{
    const ClassifierSet set = ClassifierSet::defaults();
    const ClassifierSpec &clipboard = set.classifiers.at(0);
    const ClassifierSpec &files = set.classifiers.at(1);
    const ClassifierSpec &loadFile = set.classifiers.at(2);
    for (const char *q : {"explain what's in my clipboard", "why does the code I copied crash?",
                          "what I pasted is a stack trace", "look at the clipboard"})
        EXPECT_TRUE(RoutingHeuristics::decide(clipboard, QString::fromUtf8(q))) << q;
    EXPECT_FALSE(RoutingHeuristics::decide(clipboard, QStringLiteral("what is a mutex?")));
    EXPECT_TRUE(RoutingHeuristics::decide(files, QStringLiteral("refactor this file")));
    EXPECT_FALSE(RoutingHeuristics::decide(files, QStringLiteral("what is a file descriptor?")));
    const auto load = RoutingHeuristics::decide(loadFile, QStringLiteral("open query_analysis.py please"),
                                                {QStringLiteral("query_analysis.py")});
    ASSERT_TRUE(load);
    EXPECT_EQ(load->fileName, QStringLiteral("query_analysis.py"));
    EXPECT_EQ(load->source, RoutingDecision::Source::Heuristic);
    EXPECT_FALSE(RoutingHeuristics::decide(loadFile, QStringLiteral("open other.py"),
                                           {QStringLiteral("query_analysis.py")}));
    EXPECT_FALSE(
        RoutingHeuristics::decide(loadFile, QStringLiteral("load the file query underscore analysis dot py")))
        << "a spoken name goes to the model";
    const auto noFile = RoutingHeuristics::decide(loadFile, QStringLiteral("what is a mutex?"));
    ASSERT_TRUE(noFile) << "a question naming no file needs no classifier";
    EXPECT_FALSE(noFile->decision);
}

} // namespace
