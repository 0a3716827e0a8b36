// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedAnswer.h"
#include "markdown/StreamingMarkdown.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

QStringList chunks(const StreamingMarkdown &markdown)
{
    QStringList result;
    for (qsizetype i = 0; i < markdown.chunkCount(); ++i)
        result.append(markdown.chunk(i).toString());
    return result;
}

QStringList committedChunks(const QString &text)
{
    return chunks(StreamingMarkdown(text));
}

QStringList allChunks(const QString &text)
{
    return chunks(StreamingMarkdown(text, true));
}

TEST(StreamingMarkdown, CommitsABlockOnceTheNextOneStarts)
{
    EXPECT_EQ(committedChunks(QStringLiteral("First paragraph.\n\nSecond")), QStringList {})
        << "the next block's first line is not complete yet";
    EXPECT_EQ(committedChunks(QStringLiteral("First paragraph.\n\nSecond\n")),
              QStringList {QStringLiteral("First paragraph.\n\n")});
    StreamingMarkdown markdown(QStringLiteral("# Title\n\nText\nmore text\n\n## Next\n\ntail"));
    EXPECT_EQ(chunks(markdown),
              (QStringList {QStringLiteral("# Title\n\n"), QStringLiteral("Text\nmore text\n\n")}));
    EXPECT_EQ(markdown.tail(), QStringLiteral("## Next\n\ntail"));
    EXPECT_EQ(markdown.committed().toString() + markdown.tail().toString(), markdown.text());
}

TEST(StreamingMarkdown, NeverSplitsInsideAFence)
{
    const QString text = QStringLiteral("```python\nx = 1\n\n\ny = 2\n```\n\nAfter\n");
    EXPECT_EQ(committedChunks(text), QStringList {QStringLiteral("```python\nx = 1\n\n\ny = 2\n```\n\n")});
    // A longer fence is only closed by one at least as long; the other fence character
    // does not close it at all.
    const QString nested = QStringLiteral("````md\n```\n\nstill code\n```\n~~~\n\nstill\n````\n\nAfter\n");
    EXPECT_EQ(committedChunks(nested), QStringList {nested.first(nested.indexOf(u'A'))});
    const QString tildes = QStringLiteral("~~~\ncode\n\n```\nstill\n~~~\n\nAfter\n");
    EXPECT_EQ(committedChunks(tildes), QStringList {tildes.first(tildes.indexOf(u'A'))});
}

TEST(StreamingMarkdown, KeepsAnUnterminatedFenceInTheTailUntilTheEnd)
{
    StreamingMarkdown markdown(QStringLiteral("Intro\n\n```cpp\nint main()\n\n{\n\nreturn 0;\n"));
    EXPECT_EQ(chunks(markdown), QStringList {QStringLiteral("Intro\n\n")});
    EXPECT_EQ(markdown.tail(), QStringLiteral("```cpp\nint main()\n\n{\n\nreturn 0;\n"));
    markdown.finish();
    EXPECT_EQ(chunks(markdown),
              (QStringList {QStringLiteral("Intro\n\n"),
                            QStringLiteral("```cpp\nint main()\n\n{\n\nreturn 0;\n")}));
    EXPECT_TRUE(markdown.tail().isEmpty());
}

TEST(StreamingMarkdown, HandlesCrLfLineEnds)
{
    EXPECT_EQ(committedChunks(QStringLiteral("a\r\n\r\nb\r\n")), QStringList {QStringLiteral("a\r\n\r\n")});
    const QString fenced = QStringLiteral("```\r\ncode\r\n\r\nmore\r\n```\r\n\r\nafter\r\n");
    EXPECT_EQ(committedChunks(fenced), QStringList {fenced.first(fenced.indexOf(u'a'))});
}

TEST(StreamingMarkdown, KeepsLooseListsTogether)
{
    // Splitting "- a\n\n- b" would render two lists instead of one loose list.
    EXPECT_EQ(committedChunks(QStringLiteral("- a\n\n- b\n\n1. c\n")), QStringList {});
    EXPECT_EQ(committedChunks(QStringLiteral("1. a\n\n2. b\n\nText\n")),
              QStringList {QStringLiteral("1. a\n\n2. b\n\n")});
    // Indented continuation paragraphs and code belong to the item.
    EXPECT_EQ(committedChunks(QStringLiteral("- a\n\n  more\n\n      code\n\nText\n")),
              QStringList {QStringLiteral("- a\n\n  more\n\n      code\n\n")});
    // A list after something else starts afresh.
    EXPECT_EQ(committedChunks(QStringLiteral("Intro\n\n- a\n- b\n")),
              QStringList {QStringLiteral("Intro\n\n")});
}

TEST(StreamingMarkdown, FindsFencesInsideListsAndQuotes)
{
    const QString list = QStringLiteral("- item\n\n  ```js\n  let a;\n\n  let b;\n  ```\n\nAfter\n");
    EXPECT_EQ(committedChunks(list), QStringList {list.first(list.indexOf(u'A'))});
    const QString quote = QStringLiteral("> ```\n> a\n\nb\n> ```\n\nAfter\n");
    EXPECT_EQ(committedChunks(quote), QStringList {quote.first(quote.indexOf(u'A'))});
}

TEST(StreamingMarkdown, SplitsTheSameWhateverThePieces)
{
    const QString text = Testing::seedAnswer();
    const QList<qsizetype> whole = StreamingMarkdown::split(text);
    ASSERT_GT(whole.size(), 10);
    EXPECT_EQ(whole.constLast(), text.size());

    StreamingMarkdown byCharacter;
    for (QChar c : text)
        byCharacter.append(QStringView(&c, 1));
    byCharacter.finish();
    EXPECT_EQ(byCharacter.chunkEnds(), whole);

    QRandomGenerator random(4);
    for (int round = 0; round < 20; ++round) {
        StreamingMarkdown streamed;
        QList<qsizetype> seen;
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype piece = std::min<qsizetype>(random.bounded(1, 40), text.size() - at);
            streamed.append(QStringView(text).sliced(at, piece));
            at += piece;
            // Committed chunks never change once reported.
            ASSERT_TRUE(streamed.chunkEnds().mid(0, seen.size()) == seen);
            seen = streamed.chunkEnds();
        }
        streamed.finish();
        EXPECT_EQ(streamed.chunkEnds(), whole);
    }
}

TEST(StreamingMarkdown, FinishCommitsTheTailButNotBlankSpace)
{
    StreamingMarkdown markdown(QStringLiteral("Para\n\nLast\n\nline"));
    markdown.finish();
    // The unfinished last line was never scanned, so it joins the block before it.
    EXPECT_EQ(chunks(markdown), (QStringList {QStringLiteral("Para\n\n"), QStringLiteral("Last\n\nline")}));
    EXPECT_TRUE(markdown.isFinished());

    StreamingMarkdown blank(QStringLiteral("Para\n\nNext\n\n  \n"));
    blank.finish();
    EXPECT_EQ(chunks(blank), (QStringList {QStringLiteral("Para\n\n"), QStringLiteral("Next\n\n  \n")}));

    EXPECT_EQ(allChunks(QStringLiteral("\n\n")), QStringList {});
}

TEST(StreamingMarkdown, AppendingAfterFinishReopensTheLastChunk)
{
    StreamingMarkdown markdown(QStringLiteral("Para\n\nLast"), true);
    markdown.append(QStringLiteral(" words\n\nMore\n"));
    EXPECT_FALSE(markdown.isFinished());
    EXPECT_EQ(chunks(markdown), (QStringList {QStringLiteral("Para\n\n"), QStringLiteral("Last words\n\n")}));
    EXPECT_EQ(markdown.tail(), QStringLiteral("More\n"));
}

TEST(StreamingMarkdown, ClearStartsOver)
{
    StreamingMarkdown markdown(QStringLiteral("```\nopen fence\n"));
    markdown.clear();
    markdown.append(QStringLiteral("a\n\nb\n"));
    EXPECT_EQ(chunks(markdown), QStringList {QStringLiteral("a\n\n")});
}

} // namespace
