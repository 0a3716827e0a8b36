// SPDX-License-Identifier: GPL-3.0-or-later
#include "context/SpokenFileName.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

using namespace CodeGuru;

namespace {

struct NameCase
{
    const char *said; ///< UTF-8
    const char *expected;
};

void PrintTo(const NameCase &c, std::ostream *os)
{
    *os << '"' << c.said << '"';
}

class SpokenFileNameTable : public ::testing::TestWithParam<NameCase>
{
};

TEST_P(SpokenFileNameTable, Normalizes)
{
    const QString said = QString::fromUtf8(GetParam().said);
    const std::string expected = GetParam().expected;
    EXPECT_EQ(SpokenFileName::normalize(said).toStdString(), expected);
    // A normalized name is a fixed point, so callers may normalize twice without harm.
    EXPECT_EQ(SpokenFileName::normalize(QString::fromStdString(expected)).toStdString(), expected);
}

const NameCase kNameCases[] = {
    // The seed conversation: said half aloud, half typed.
    NameCase {"query underscore analysis.py", "query_analysis.py"},
    NameCase {"query underscore analysis dot py", "query_analysis.py"},
    NameCase {"main dot c p p", "main.cpp"},
    NameCase {"src slash main dot rs", "src/main.rs"},
    NameCase {"my dash file dot txt", "my-file.txt"},
    NameCase {"my hyphen file dot txt", "my-file.txt"},
    NameCase {"read me dot m d", "readme.md"},
    NameCase {"C make lists dot t x t", "cmakelists.txt"},
    NameCase {"notes period txt", "notes.txt"},
    NameCase {"notes full stop txt", "notes.txt"},
    // Already typed: only case and surroundings change.
    NameCase {"query_analysis.py", "query_analysis.py"},
    NameCase {"README.md", "readme.md"},
    NameCase {"  main.cpp  ", "main.cpp"},
    // Quotes, backticks and trailing punctuation.
    NameCase {"\"query_analysis.py\"", "query_analysis.py"},
    NameCase {"`main.cpp`", "main.cpp"},
    NameCase {"“notes.txt”.", "notes.txt"},
    NameCase {"'query_analysis.py'.", "query_analysis.py"},
    NameCase {"query_analysis.py?", "query_analysis.py"},
    NameCase {"main dot py!", "main.py"},
    NameCase {"Main, dot, py.", "main.py"},
    NameCase {"bob's notes dot txt", "bob'snotes.txt"},
    // Leading phrases go, unless what follows shows they are part of the name.
    NameCase {"the file query underscore analysis dot py", "query_analysis.py"},
    NameCase {"the file called main dot c p p", "main.cpp"},
    NameCase {"a file named utils dot py", "utils.py"},
    NameCase {"file called: setup.cfg", "setup.cfg"},
    NameCase {"named config dot yaml", "config.yaml"},
    NameCase {"called `build.gradle`", "build.gradle"},
    NameCase {"the main dot c p p", "main.cpp"},
    NameCase {"file dot txt", "file.txt"},
    NameCase {"the file dot txt", "file.txt"},
    NameCase {"the file called dot git ignore", ".gitignore"},
    NameCase {"named dot env", ".env"},
    NameCase {"a dot out", "a.out"},
    NameCase {"the", "the"},
    // Hidden files, dunders, paths.
    NameCase {"dot env", ".env"},
    NameCase {"dot git ignore", ".gitignore"},
    NameCase {"double underscore init double underscore dot py", "__init__.py"},
    NameCase {"underscore underscore init underscore underscore dot py", "__init__.py"},
    NameCase {"tests forward slash test under score api dot py", "tests/test_api.py"},
    NameCase {"src back slash main dot c", "src/main.c"},
    NameCase {"src backslash main dot c", "src/main.c"},
    NameCase {"src\\main.c", "src/main.c"},
    NameCase {"./scripts/run.sh", "scripts/run.sh"},
    // Extensions a recogniser spells as words.
    NameCase {"query underscore analysis dot pie", "query_analysis.py"},
    NameCase {"package dot jason", "package.json"},
    NameCase {"main dot see", "main.c"},
    NameCase {"pie dot txt", "pie.txt"},
    // Nothing name-like.
    NameCase {"", ""},
    NameCase {"   ", ""},
    NameCase {"\"\"", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, SpokenFileNameTable, ::testing::ValuesIn(kNameCases));

} // namespace
