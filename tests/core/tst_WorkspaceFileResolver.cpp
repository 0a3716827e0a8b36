// SPDX-License-Identifier: GPL-3.0-or-later
#include "context/WorkspaceFileResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

using namespace CodeGuru;
using Resolver = WorkspaceFileResolver;

namespace {

void touch(const QTemporaryDir &dir, const QString &relativePath)
{
    const QString path = dir.filePath(relativePath);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write("x\n");
}

void makeWorkspace(const QTemporaryDir &dir, std::initializer_list<const char *> files)
{
    ASSERT_TRUE(dir.isValid());
    for (const char *file : files)
        touch(dir, QString::fromUtf8(file));
}

/// The workspace from the brief, with copies of query_analysis.py in every folder that must be
/// skipped: if any were searched, the spoken names below would become ambiguous.
class WorkspaceFileResolverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        makeWorkspace(m_dir,
                      {"query_analysis.py", "src/main.cpp", "src/main.h", "docs/README.md",
                       "node_modules/x/query_analysis.py", "build/query_analysis.py",
                       "build-release/query_analysis.py", ".git/query_analysis.py",
                       ".venv/lib/query_analysis.py", "__pycache__/query_analysis.py",
                       ".hidden/query_analysis.py", ".env"});
    }

    std::optional<Resolver::Match> resolve(const char *said) const
    {
        return Resolver::resolve(m_dir.path(), QString::fromUtf8(said));
    }

    std::string relativeOf(const char *said) const
    {
        const auto match = resolve(said);
        return match ? match->relativePath.toStdString() : std::string("<none>");
    }

    QTemporaryDir m_dir;
};

TEST_F(WorkspaceFileResolverTest, SpokenNameOfTheSeedConversation)
{
    const auto match = resolve("query underscore analysis dot py");
    ASSERT_TRUE(match);
    EXPECT_EQ(match->relativePath.toStdString(), "query_analysis.py");
    EXPECT_EQ(match->path.toStdString(),
              QDir::cleanPath(m_dir.filePath(QStringLiteral("query_analysis.py"))).toStdString());
    EXPECT_TRUE(QFileInfo(match->path).isAbsolute());
    EXPECT_DOUBLE_EQ(match->score, Resolver::kNormalizedScore);

    EXPECT_EQ(relativeOf("query underscore analysis.py"), "query_analysis.py");
}

TEST_F(WorkspaceFileResolverTest, WordsWithoutSymbolsMatchSquashed)
{
    const auto match = resolve("query analysis py");
    ASSERT_TRUE(match);
    EXPECT_EQ(match->relativePath.toStdString(), "query_analysis.py");
    EXPECT_DOUBLE_EQ(match->score, Resolver::kSquashedScore);
}

TEST_F(WorkspaceFileResolverTest, ExtensionLeftUnsaid)
{
    const auto match = resolve("query analysis");
    ASSERT_TRUE(match);
    EXPECT_EQ(match->relativePath.toStdString(), "query_analysis.py");
    EXPECT_DOUBLE_EQ(match->score, Resolver::kStemScore);
}

TEST_F(WorkspaceFileResolverTest, FindsFilesInSubfolders)
{
    EXPECT_EQ(relativeOf("main dot c p p"), "src/main.cpp");
    EXPECT_EQ(relativeOf("main.h"), "src/main.h");
    EXPECT_EQ(relativeOf("src slash main dot h"), "src/main.h");
    EXPECT_EQ(relativeOf("read me dot m d"), "docs/README.md");
}

TEST_F(WorkspaceFileResolverTest, ExactTiers)
{
    EXPECT_DOUBLE_EQ(resolve("README.md").value().score, Resolver::kExactScore);
    EXPECT_DOUBLE_EQ(resolve("readme.md").value().score, Resolver::kExactIgnoringCaseScore);
    EXPECT_DOUBLE_EQ(resolve("read me dot m d").value().score, Resolver::kNormalizedScore);
    EXPECT_DOUBLE_EQ(resolve("docs/README.md").value().score, Resolver::kExactScore);
}

TEST_F(WorkspaceFileResolverTest, TypoResolvesByEditDistance)
{
    const auto match = resolve("query_analisys.py");
    ASSERT_TRUE(match);
    EXPECT_EQ(match->relativePath.toStdString(), "query_analysis.py");
    EXPECT_LT(match->score, Resolver::kExactTiers);
    EXPECT_GE(match->score, Resolver::kFuzzyThreshold);

    EXPECT_EQ(relativeOf("main dot cp"), "src/main.cpp");
}

TEST_F(WorkspaceFileResolverTest, NothingLikeItResolvesToNothing)
{
    EXPECT_FALSE(resolve("nonexistent thing"));
    EXPECT_TRUE(Resolver::candidates(m_dir.path(), u"nonexistent thing").isEmpty());
    EXPECT_FALSE(resolve(""));
    EXPECT_FALSE(resolve("dot"));
    // Too far from anything to be taken on trust, though close enough to offer.
    EXPECT_FALSE(resolve("analysis"));
    EXPECT_FALSE(Resolver::candidates(m_dir.path(), u"analysis").isEmpty());
}

TEST_F(WorkspaceFileResolverTest, IgnoredAndHiddenFoldersAreNeverSearched)
{
    const QList<Resolver::Match> all = Resolver::candidates(m_dir.path(), u"query_analysis.py", 100);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().relativePath.toStdString(), "query_analysis.py");
}

TEST_F(WorkspaceFileResolverTest, HiddenFilesAreFound)
{
    EXPECT_EQ(relativeOf("dot env"), ".env");
}

TEST_F(WorkspaceFileResolverTest, EqualMatchesAreAmbiguous)
{
    // "main" names main.cpp and main.h equally well.
    EXPECT_FALSE(resolve("main"));
    const QList<Resolver::Match> both = Resolver::candidates(m_dir.path(), u"main");
    ASSERT_GE(both.size(), 2);
    EXPECT_EQ(both.at(0).relativePath.toStdString(), "src/main.h"); // the shorter path first
    EXPECT_EQ(both.at(1).relativePath.toStdString(), "src/main.cpp");
    EXPECT_DOUBLE_EQ(both.at(0).score, both.at(1).score);
}

TEST_F(WorkspaceFileResolverTest, MaxResults)
{
    EXPECT_EQ(Resolver::candidates(m_dir.path(), u"main", 1).size(), 1);
    EXPECT_TRUE(Resolver::candidates(m_dir.path(), u"main", 0).isEmpty());
}

TEST_F(WorkspaceFileResolverTest, MaxFilesScannedStopsTheWalk)
{
    // Breadth-first and sorted: the one file at the top is scanned first, docs/ never.
    EXPECT_FALSE(Resolver::resolve(m_dir.path(), u"read me dot m d", 2));
    EXPECT_TRUE(Resolver::resolve(m_dir.path(), u"query underscore analysis dot py", 2));
    EXPECT_TRUE(Resolver::resolve(m_dir.path(), u"read me dot m d", 5));
    EXPECT_FALSE(Resolver::resolve(m_dir.path(), u"query underscore analysis dot py", 0));
}

TEST_F(WorkspaceFileResolverTest, ResolvesOffTheCallingThread)
{
    auto future = Resolver::resolveAsync(m_dir.path(), QStringLiteral("main dot c p p"));
    future.waitForFinished();
    ASSERT_TRUE(future.result());
    EXPECT_EQ(future.result()->relativePath.toStdString(), "src/main.cpp");
}

TEST(WorkspaceFileResolver, SameNameInTwoFolders)
{
    QTemporaryDir dir;
    makeWorkspace(dir, {"a/util.py", "b/util.py", "lib/deep/config.py", "config.py"});
    const QString root = dir.path();

    EXPECT_FALSE(Resolver::resolve(root, u"util dot py"));
    const QList<Resolver::Match> utils = Resolver::candidates(root, u"util dot py");
    ASSERT_EQ(utils.size(), 2);
    EXPECT_EQ(utils.at(0).relativePath.toStdString(), "a/util.py");
    EXPECT_EQ(utils.at(1).relativePath.toStdString(), "b/util.py");

    // A folder in the name settles it.
    const auto inB = Resolver::resolve(root, u"b slash util dot py");
    ASSERT_TRUE(inB);
    EXPECT_EQ(inB->relativePath.toStdString(), "b/util.py");

    // Ties rank the shallower file first, but resolve() still refuses to guess.
    const QList<Resolver::Match> configs = Resolver::candidates(root, u"config.py");
    ASSERT_EQ(configs.size(), 2);
    EXPECT_EQ(configs.at(0).relativePath.toStdString(), "config.py");
    EXPECT_FALSE(Resolver::resolve(root, u"config.py"));
    EXPECT_EQ(Resolver::resolve(root, u"deep/config.py").value().relativePath.toStdString(),
              "lib/deep/config.py");
}

TEST(WorkspaceFileResolver, TypoBetweenTwoNearNamesIsAmbiguous)
{
    QTemporaryDir dir;
    makeWorkspace(dir, {"query_analysis.py", "query_analyses.py"});
    // Two edits from either file: no clear winner.
    EXPECT_FALSE(Resolver::resolve(dir.path(), u"query_analisys.py"));
    EXPECT_EQ(Resolver::candidates(dir.path(), u"query_analisys.py").size(), 2);
    EXPECT_FALSE(Resolver::resolve(dir.path(), u"query_analysys.py")); // one edit from each
    EXPECT_EQ(Resolver::resolve(dir.path(), u"query_analysis.py").value().relativePath.toStdString(),
              "query_analysis.py");
}

TEST(WorkspaceFileResolver, MissingWorkspace)
{
    QTemporaryDir dir;
    EXPECT_TRUE(Resolver::candidates(dir.filePath(QStringLiteral("nope")), u"main.cpp").isEmpty());
    EXPECT_FALSE(Resolver::resolve(dir.filePath(QStringLiteral("nope")), u"main.cpp"));
}

TEST(WorkspaceFileResolver, IgnoredFolderReasons)
{
    using Reason = Resolver::IgnoreReason;
    EXPECT_EQ(Resolver::ignoredFolderReason(u".git"), Reason::VersionControl);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"node_modules"), Reason::Dependencies);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"build"), Reason::BuildOutput);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"build-asan"), Reason::BuildOutput);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"dist"), Reason::BuildOutput);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"target"), Reason::BuildOutput);
    EXPECT_EQ(Resolver::ignoredFolderReason(u".venv"), Reason::VirtualEnvironment);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"venv"), Reason::VirtualEnvironment);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"__pycache__"), Reason::Cache);
    EXPECT_EQ(Resolver::ignoredFolderReason(u".cache"), Reason::Cache);
    EXPECT_EQ(Resolver::ignoredFolderReason(u".idea"), Reason::EditorSettings);
    EXPECT_EQ(Resolver::ignoredFolderReason(u".vscode"), Reason::EditorSettings);
    EXPECT_EQ(Resolver::ignoredFolderReason(u".github"), Reason::Hidden);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"src"), Reason::None);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"builder"), Reason::None);
    EXPECT_EQ(Resolver::ignoredFolderReason(u"distance"), Reason::None);
}

} // namespace
