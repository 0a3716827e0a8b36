// SPDX-License-Identifier: GPL-3.0-or-later
// What of a Markdown answer is read aloud: real answers (the seed conversation, CodeGuru's own
// explanations) against the sentences a listener should hear, whole and streamed in pieces.
#include "i18n/TranslationLoader.h"
#include "voice/SpeakableStream.h"
#include "voice/SpeakableText.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <ostream>
#include <random>
#include <string>
#include <vector>

using namespace CodeGuru;

namespace {

struct SpeakCase
{
    const char *name;
    const char *markdown; ///< UTF-8
    std::vector<const char *> sentences;
};

void PrintTo(const SpeakCase &c, std::ostream *os)
{
    *os << c.name;
}

// Compared as UTF-8 so that a failure prints the sentences.
using Sentences = std::vector<std::string>;

Sentences utf8(const QStringList &sentences)
{
    Sentences list;
    for (const QString &sentence : sentences)
        list.push_back(sentence.toStdString());
    return list;
}

Sentences expectedOf(const SpeakCase &c)
{
    return Sentences(c.sentences.begin(), c.sentences.end());
}

Sentences streamed(const QString &markdown, const std::vector<qsizetype> &cuts)
{
    SpeakableStream stream;
    QStringList out;
    qsizetype at = 0;
    for (const qsizetype cut : cuts) {
        out += stream.append(QStringView(markdown).mid(at, cut - at));
        at = cut;
    }
    out += stream.append(QStringView(markdown).mid(at));
    out += stream.finish();
    return utf8(out);
}

std::vector<qsizetype> everyN(qsizetype size, qsizetype n)
{
    std::vector<qsizetype> cuts;
    for (qsizetype at = n; at < size; at += n)
        cuts.push_back(at);
    return cuts;
}

// English plurals ("1 line", "12 lines") come from codeguru_en.qm, as in the application.
class EnglishTest : public ::testing::Test
{
protected:
    void SetUp() override { m_loader.install(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    TranslationLoader m_loader;
};

class SpeakableTextTable : public ::testing::TestWithParam<SpeakCase>
{
protected:
    void SetUp() override { m_loader.install(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    TranslationLoader m_loader;
};

TEST_P(SpeakableTextTable, ReadsTheWholeAnswer)
{
    EXPECT_EQ(utf8(SpeakableText::sentences(QString::fromUtf8(GetParam().markdown))), expectedOf(GetParam()));
}

TEST_P(SpeakableTextTable, ReadsTheSameWhenStreamedInAnyPieces)
{
    const QString markdown = QString::fromUtf8(GetParam().markdown);
    const Sentences expected = expectedOf(GetParam());
    EXPECT_EQ(streamed(markdown, everyN(markdown.size(), 1)), expected) << "1-character chunks";
    EXPECT_EQ(streamed(markdown, everyN(markdown.size(), 7)), expected) << "7-character chunks";
    std::mt19937 random(20261123);
    for (int round = 0; round < 20; ++round) {
        std::vector<qsizetype> cuts;
        for (qsizetype at = 0;;) {
            at += std::uniform_int_distribution<qsizetype>(1, 24)(random);
            if (at >= markdown.size())
                break;
            cuts.push_back(at);
        }
        EXPECT_EQ(streamed(markdown, cuts), expected) << "random chunks, round " << round;
    }
}

const SpeakCase kCases[] = {
    SpeakCase {"SeedConcurrencyAnswer",
               "There are multiple ways to run the chains concurrently in Python. Some popular options "
               "include using threads, multiprocessing, or asynchronous programming with asyncio. Here's a "
               "brief overview of each approach:\n"
               "\n"
               "1. **Threading**: Threading is suitable when you have I/O-bound tasks, like making API "
               "calls. Python's `threading` module allows you to create multiple threads that can run "
               "concurrently.\n"
               "\n"
               "Example using `threading`:\n"
               "\n"
               "```python\n"
               "import threading\n"
               "\n"
               "def run_chain(chain):\n"
               "    # Your chain execution code here\n"
               "    pass\n"
               "```\n"
               "\n"
               "Choose the approach that best fits your use case.\n",
               {"There are multiple ways to run the chains concurrently in Python.",
                "Some popular options include using threads, multiprocessing, or asynchronous programming "
                "with asyncio.",
                "Here's a brief overview of each approach:",
                "Threading: Threading is suitable when you have I/O-bound tasks, like making API calls.",
                "Python's threading module allows you to create multiple threads that can run concurrently.",
                "Example using threading:", "A Python code block of 5 lines.",
                "Choose the approach that best fits your use case."}},
    SpeakCase {
        "SeedExplanationWithHeadingsTableAndEmoji",
        "## 🤖 CodeGuru Explanation\n"
        "\n"
        "Here's the breakdown of Asynchronous Programming vs Threading in Python:\n"
        "\n"
        "### 1. The Core Concept\n"
        "\n"
        "#### Threading (Parallel-ish)\n"
        "- **Best for:** I/O bound tasks (network, disk) where tasks block.\n"
        "- **Python constraint:** The GIL (Global Interpreter Lock) prevents true parallel CPU "
        "execution.\n"
        "\n"
        "---\n"
        "\n"
        "### 3. Key Differences\n"
        "\n"
        "| Feature | Threading | Asyncio |\n"
        "|---------|-----------|---------|\n"
        "| **Model** | Preemptive | Cooperative (await) |\n"
        "| **Switching** | OS handles it | Code yields control |\n"
        "| **Overhead** | High (memory per thread) | Low (objects) |\n"
        "\n"
        "✅ **Use Asyncio when:**\n"
        "- Building web servers (FastAPI, Sanic)\n"
        "- Making many network requests (httpx, aiohttp)",
        {"CodeGuru Explanation",
         "Here's the breakdown of Asynchronous Programming vs Threading in Python:", "1. The Core Concept",
         "Threading (Parallel-ish)", "Best for: I/O bound tasks (network, disk) where tasks block.",
         "Python constraint: The GIL (Global Interpreter Lock) prevents true parallel CPU execution.",
         "3. Key Differences", "A table with 3 rows.", "Use Asyncio when:",
         "Building web servers (FastAPI, Sanic)", "Making many network requests (httpx, aiohttp)"}},
    SpeakCase {
        "SeedComparisonWithBulletsAndLinks",
        "Both asyncio and threading are used to achieve concurrency in Python, but they have different "
        "mechanisms and use cases.\n"
        "\n"
        "**Threading**:\n"
        "- Threading uses multiple threads within a single process.\n"
        "- Threading can lead to race conditions and deadlocks if not managed carefully, so proper "
        "synchronization (e.g., using locks) is required.\n"
        "\n"
        "**Further reading:**\n"
        "1. [asyncio — Asynchronous I/O](https://docs.python.org/3/library/asyncio.html)\n"
        "2. <https://realpython.com/async-io-python/>\n",
        {"Both asyncio and threading are used to achieve concurrency in Python, but they have different "
         "mechanisms and use cases.",
         "Threading:", "Threading uses multiple threads within a single process.",
         "Threading can lead to race conditions and deadlocks if not managed carefully, so proper "
         "synchronization (e.g., using locks) is required.",
         "Further reading:", "asyncio — Asynchronous I/O", "realpython.com"}},
    SpeakCase {"AbbreviationsNumbersAndFileNames",
               "I have loaded the contents of the file \"query_analysis.py\". If you have questions, e.g. "
               "about `prep_input`, just ask! Python 3.11 is about 1.25 times faster, i.e. noticeably. "
               "See langchain 0.0.154 and setup.cfg, etc. Done? Wait... really?!",
               {"I have loaded the contents of the file \"query_analysis.py\".",
                "If you have questions, e.g. about prep_input, just ask!",
                "Python 3.11 is about 1.25 times faster, i.e. noticeably.",
                "See langchain 0.0.154 and setup.cfg, etc.", "Done?", "Wait...", "really?!"}},
    SpeakCase {"LinksImagesUrlsAndHtml",
               "See the [asyncio docs](https://docs.python.org/3/library/asyncio.html) or "
               "https://www.example.com/path?q=1. Also <https://peps.python.org/pep-0492/>.\n"
               "\n"
               "![Event loop diagram](images/loop.png)\n"
               "\n"
               "It's <b>fast</b> &amp; simple, and \\*not\\* magic.",
               {"See the asyncio docs or example.com.", "Also peps.python.org.", "Event loop diagram",
                "It's fast & simple, and *not* magic."}},
    SpeakCase {
        "ChineseAndJapaneseSentenceEnds",
        "异步编程很有用。它使用事件循环！你明白吗？\n\nこれはテストです。「引用」です。",
        {"异步编程很有用。", "它使用事件循环！", "你明白吗？", "これはテストです。", "「引用」です。"}},
    SpeakCase {"CodeBlocksOfManyLanguages",
               "```cpp\nint main() {}\n```\n"
               "~~~\nplain\ntext\n~~~\n"
               "```bash\nls -la\n```\n"
               "```html\n<p>Hi</p>\n```\n"
               "````markdown\n```python\nx = 1\n```\n````\n"
               "```elixir\nIO.puts 1\n```\n"
               "```js\nconsole.log(1);\nconsole.log(2);\n",
               {"A C++ code block of 1 line.", "A code block of 2 lines.", "A shell code block of 1 line.",
                "An HTML code block of 1 line.", "A Markdown code block of 3 lines.",
                "An elixir code block of 1 line.", "A JavaScript code block of 2 lines."}},
    SpeakCase {"QuotesListsAndAFootnote",
               "> **Note:** Threads share memory.\n"
               "> Use locks.\n"
               "\n"
               "- Item one\n"
               "  continues here.\n"
               "  - Nested item\n"
               "1) Numbered\n"
               "   ```python\n"
               "   print('inside a list')\n"
               "   ```\n"
               "\n"
               "*This explanation was generated by CodeGuru using Groq Llama 3 70B.*\n",
               {"Note: Threads share memory.", "Use locks.", "Item one continues here.", "Nested item",
                "Numbered", "A Python code block of 1 line.",
                "This explanation was generated by CodeGuru using Groq Llama 3 70B."}},
    SpeakCase {"SentencesAcrossWrappedLines",
               "Asyncio is single-threaded. It uses\ncooperative multitasking, which is\nefficient.\r\n",
               {"Asyncio is single-threaded.", "It uses cooperative multitasking, which is efficient."}},
    SpeakCase {"InlineCodeWithDots",
               "Don't use `time.sleep()` in async code! It blocks the *entire* event loop. \n"
               "Always use `await asyncio.sleep()`. Call ``a. `b` c`` now.",
               {"Don't use time.sleep() in async code!", "It blocks the entire event loop.",
                "Always use await asyncio.sleep().", "Call a. `b` c now."}},
    SpeakCase {"SetextHeadingsAndRules",
               "Async Patterns\n==============\nA short intro\n\n***\n\nSummary\n-------\nThat's all.",
               {"Async Patterns", "A short intro", "Summary", "That's all."}},
    SpeakCase {"TableAtTheEndAndHeaderOnly",
               "Compare:\n\n| A | B |\n| :- | -: |\n| 1 | 2 |\n\n| Only | Header |\n|---|---|\nAfter.\n"
               "| x | y |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |",
               {"Compare:", "A table with 1 row.", "A table with 0 rows.", "After.", "A table with 2 rows."}},
    SpeakCase {"NothingToSay", "---\n\n```\n```\n\n<!-- comment -->\n", {"A code block of 0 lines."}},
};

INSTANTIATE_TEST_SUITE_P(Answers, SpeakableTextTable, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<SpeakCase> &param) { return param.param.name; });

TEST_F(EnglishTest, SpeaksTheFirstSentenceBeforeTheAnswerEnds)
{
    const QString answer = QStringLiteral("There are multiple ways to run the chains concurrently in Python. "
                                          "Some popular options include threads.");
    SpeakableStream stream;
    qsizetype firstAt = -1;
    for (qsizetype i = 0; i < answer.size() && firstAt < 0; ++i) {
        const QStringList sentences = stream.append(answer.mid(i, 1));
        if (!sentences.isEmpty()) {
            EXPECT_EQ(sentences,
                      QStringList {QStringLiteral(
                          "There are multiple ways to run the chains concurrently in Python.")});
            firstAt = i;
        }
    }
    // As soon as the space after "Python." shows that the sentence is over.
    EXPECT_EQ(firstAt, answer.indexOf(QLatin1StringView(". Some")) + 1);
}

TEST_F(EnglishTest, AnnouncesACodeBlockWhenItsFenceCloses)
{
    SpeakableStream stream;
    EXPECT_EQ(stream.append(QStringLiteral("Example:\n```python\nimport asyncio\n")),
              QStringList {QStringLiteral("Example:")});
    EXPECT_TRUE(stream.append(QStringLiteral("asyncio.run(main())\n``")).isEmpty());
    EXPECT_EQ(stream.append(QStringLiteral("`\n")),
              QStringList {QStringLiteral("A Python code block of 2 lines.")});
    EXPECT_TRUE(stream.finish().isEmpty());
}

TEST_F(EnglishTest, AnnouncesAnUnclosedCodeBlockAtTheEnd)
{
    SpeakableStream stream;
    EXPECT_TRUE(stream.append(QStringLiteral("```py\nx = 1\ny = 2")).isEmpty());
    EXPECT_EQ(stream.finish(), QStringList {QStringLiteral("A Python code block of 2 lines.")});
    // finish() starts over.
    EXPECT_EQ(stream.append(QStringLiteral("Next answer. ")), QStringList {QStringLiteral("Next answer.")});
}

TEST_F(EnglishTest, NamesTheLanguages)
{
    EXPECT_EQ(SpeakableText::languageName(u"py"), QStringLiteral("Python"));
    EXPECT_EQ(SpeakableText::languageName(u"Python3"), QStringLiteral("Python"));
    EXPECT_EQ(SpeakableText::languageName(u"c++"), QStringLiteral("C++"));
    EXPECT_EQ(SpeakableText::languageName(u"ts"), QStringLiteral("TypeScript"));
    EXPECT_EQ(SpeakableText::languageName(u"sh"), QStringLiteral("shell"));
    EXPECT_EQ(SpeakableText::languageName(u"{.python}"), QStringLiteral("Python"));
    EXPECT_EQ(SpeakableText::languageName(u"python title=\"main.py\""), QStringLiteral("Python"));
    EXPECT_EQ(SpeakableText::languageName(u"text"), QString());
    EXPECT_EQ(SpeakableText::languageName(u""), QString());
    EXPECT_EQ(SpeakableText::languageName(u"$$$ !"), QString());
    EXPECT_EQ(SpeakableText::tableAnnouncement(1), QStringLiteral("A table with 1 row."));
}

TEST(SpeakableTextTranslation, AnnouncesInThePersonsLanguage)
{
    TranslationLoader loader;
    ASSERT_TRUE(loader.install(QLocale(QLocale::German, QLocale::Germany)));
    EXPECT_EQ(SpeakableText::sentences(u"Beispiel:\n```python\nx = 1\ny = 2\n```\n| a |\n|---|\n| 1 |\n"),
              (QStringList {QStringLiteral("Beispiel:"), QStringLiteral("Ein Python-Codeblock mit 2 Zeilen."),
                            QStringLiteral("Eine Tabelle mit 1 Zeile.")}));
    QLocale::setDefault(QLocale::c());
}

} // namespace
