// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedAnswer.h"
#include "markdown/CodeHighlighter.h"
#include "markdown/MarkdownRenderer.h"
#include "markdown/MarkdownTheme.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

struct Fragment
{
    QString text;
    QTextCharFormat format;
};

QList<Fragment> fragments(const QTextDocument &document)
{
    QList<Fragment> result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            result.append({it.fragment().text(), it.fragment().charFormat()});
    }
    return result;
}

/// The colour of the first fragment that contains `text` (or an invalid colour).
QColor colourOf(const QTextDocument &document, const QString &text)
{
    for (const Fragment &fragment : fragments(document)) {
        if (fragment.text.contains(text))
            return fragment.format.hasProperty(QTextFormat::ForegroundBrush)
                ? fragment.format.foreground().color()
                : QColor();
    }
    return QColor();
}

QList<QTextBlock> codeLines(const QTextDocument &document)
{
    QList<QTextBlock> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(MarkdownRenderer::CodeBlockOrdinal))
            lines.append(block);
    }
    return lines;
}

QList<QTextTable *> tables(const QTextDocument &document)
{
    QList<QTextTable *> result;
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            result.append(table);
    }
    return result;
}

TEST(MarkdownRenderer, RendersTheSeedAnswer)
{
    MarkdownRenderer renderer;
    const std::unique_ptr<QTextDocument> document = renderer.render(Testing::seedAnswer());

    QList<int> headingLevels;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            headingLevels.append(block.blockFormat().headingLevel());
    }
    EXPECT_TRUE(headingLevels.contains(1) && headingLevels.contains(2) && headingLevels.contains(3)
                && headingLevels.contains(4));

    const QList<QTextTable *> found = tables(*document);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first()->rows(), 6);
    EXPECT_EQ(found.first()->columns(), 3);
    EXPECT_EQ(found.first()->cellAt(2, 2).firstCursorPosition().block().text(),
              QStringLiteral("Code yields control"));
    EXPECT_GT(found.first()->format().border(), 0);

    QStringList languages;
    int lastOrdinal = -1;
    for (const QTextBlock &line : codeLines(*document)) {
        const int ordinal = line.blockFormat().intProperty(MarkdownRenderer::CodeBlockOrdinal);
        if (ordinal != lastOrdinal)
            languages.append(line.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage));
        lastOrdinal = ordinal;
        EXPECT_TRUE(line.charFormat().fontFixedPitch());
    }
    EXPECT_EQ(languages,
              (QStringList {QStringLiteral("bash"), QStringLiteral("python"), QStringLiteral("python")}));

    const MarkdownTheme &theme = renderer.theme();
    EXPECT_EQ(colourOf(*document, QStringLiteral("def")), theme.codeColor(CodeElement::Keyword));
    EXPECT_EQ(colourOf(*document, QStringLiteral("# Blocking I/O simulation")),
              theme.codeColor(CodeElement::Comment));
    EXPECT_EQ(colourOf(*document, QStringLiteral("\"A\"")), theme.codeColor(CodeElement::String));

    const QString text = document->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Explain async/await vs threading in Python with examples")));
    EXPECT_FALSE(text.contains(QStringLiteral("```"))) << "fences are markup, not text";
    EXPECT_FALSE(text.contains(QStringLiteral("**"))) << "bold is markup, not text";
    bool bold = false;
    for (const Fragment &fragment : fragments(*document))
        bold = bold
            || (fragment.text == QStringLiteral("Best for:") && fragment.format.fontWeight() >= QFont::Bold);
    EXPECT_TRUE(bold);
}

struct LanguageCase
{
    const char *fence;
    const char *code;
    const char *token;
    CodeElement element;
};

class MarkdownRendererLanguages : public ::testing::TestWithParam<LanguageCase>
{
};

TEST_P(MarkdownRendererLanguages, MarkdownRendererHighlightsCode)
{
    const LanguageCase &c = GetParam();
    MarkdownRenderer renderer;
    const QString markdown =
        QStringLiteral("Text\n\n```%1\n%2\n```\n").arg(QString::fromUtf8(c.fence), QString::fromUtf8(c.code));
    const std::unique_ptr<QTextDocument> document = renderer.render(markdown);
    ASSERT_FALSE(codeLines(*document).isEmpty());
    EXPECT_EQ(codeLines(*document).first().blockFormat().stringProperty(QTextFormat::BlockCodeLanguage),
              QString::fromUtf8(c.fence));
    EXPECT_EQ(colourOf(*document, QString::fromUtf8(c.token)), renderer.theme().codeColor(c.element))
        << c.fence << ": " << c.token;
}

INSTANTIATE_TEST_SUITE_P(
    MarkdownRenderer, MarkdownRendererLanguages,
    ::testing::Values(
        LanguageCase {"python", "def f(x):\n    return 'a'  # note", "def", CodeElement::Keyword},
        LanguageCase {"py", "import os", "import", CodeElement::Preprocessor},
        LanguageCase {"cpp", "#include <vector>\nint main() { return 0; }", "int", CodeElement::Type},
        LanguageCase {"c++", "/* one\n   two */ int x;", "two */", CodeElement::Comment},
        LanguageCase {"c", "static const char *s = \"x\";", "static", CodeElement::Keyword},
        LanguageCase {"json", "{\"name\": \"value\", \"n\": 3}", "name", CodeElement::Key},
        LanguageCase {"sql", "SELECT id FROM users WHERE age > 3;", "SELECT", CodeElement::Keyword},
        LanguageCase {"bash", "if [ -f x ]; then echo \"hi\"; fi", "then", CodeElement::Keyword},
        LanguageCase {"sh", "# comment\nls -la", "# comment", CodeElement::Comment},
        LanguageCase {"shell", "export PATH=$HOME/bin", "$HOME", CodeElement::Variable},
        LanguageCase {"yaml", "name: build  # ci\non: [push]", "name", CodeElement::Key},
        LanguageCase {"yml", "enabled: true", "true", CodeElement::Keyword},
        LanguageCase {"rust", "fn main() { let x: i32 = 5; }", "fn", CodeElement::Keyword},
        LanguageCase {"go", "func main() { fmt.Println(\"hi\") }", "func", CodeElement::Keyword},
        LanguageCase {"java", "public class A { }", "public", CodeElement::Keyword},
        LanguageCase {"javascript", "const x = 42;", "const", CodeElement::Keyword},
        LanguageCase {"ts", "interface A { s: string }", "interface", CodeElement::Keyword},
        LanguageCase {"tsx", "return <div/>; // x", "// x", CodeElement::Comment},
        LanguageCase {"diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new", "+new", CodeElement::Added}));

TEST(MarkdownRenderer, LeavesUnknownLanguagesPlainMonospace)
{
    MarkdownRenderer renderer;
    for (const QString &fence :
         {QStringLiteral("brainfuck"), QStringLiteral("../../etc/passwd"), QStringLiteral("")}) {
        const std::unique_ptr<QTextDocument> document =
            renderer.render(QStringLiteral("```%1\n+++[>+<-]\nsecond line\n```\n").arg(fence));
        const QList<QTextBlock> lines = codeLines(*document);
        ASSERT_EQ(lines.size(), 2) << qPrintable(fence);
        for (const Fragment &fragment : fragments(*document)) {
            EXPECT_FALSE(fragment.format.hasProperty(QTextFormat::ForegroundBrush))
                << qPrintable(fragment.text);
            EXPECT_TRUE(fragment.format.fontFixedPitch());
        }
    }
}

TEST(MarkdownRenderer, NeverInterpretsHtml)
{
    MarkdownRenderer renderer;
    const std::unique_ptr<QTextDocument> document = renderer.render(QStringLiteral(
        "Hello <b>bold</b> <img src=\"x.png\"> <script>alert(1)</script>\n\n<div>block</div>\n"));
    const QString text = document->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("<b>bold</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<div>block</div>")));
    for (const Fragment &fragment : fragments(*document))
        EXPECT_LT(fragment.format.fontWeight(), QFont::Bold) << qPrintable(fragment.text);
}

TEST(MarkdownRenderer, TakesUnderscoresForEmphasisAsOnGitHub)
{
    MarkdownRenderer renderer;
    const std::unique_ptr<QTextDocument> document = renderer.render(QStringLiteral("an _important_ word"));
    for (const Fragment &fragment : fragments(*document)) {
        if (fragment.text == QStringLiteral("important")) {
            EXPECT_TRUE(fragment.format.fontItalic());
            EXPECT_FALSE(fragment.format.fontUnderline());
            return;
        }
    }
    ADD_FAILURE() << "no fragment 'important'";
}

TEST(MarkdownRenderer, StylesLinksAndInlineCode)
{
    MarkdownRenderer renderer;
    const std::unique_ptr<QTextDocument> document =
        renderer.render(QStringLiteral("See [the docs](https://doc.qt.io) and `QTextDocument`."));
    bool link = false;
    bool code = false;
    for (const Fragment &fragment : fragments(*document)) {
        if (fragment.text == QStringLiteral("the docs")) {
            link = true;
            EXPECT_EQ(fragment.format.anchorHref(), QStringLiteral("https://doc.qt.io"));
            EXPECT_EQ(fragment.format.foreground().color(), renderer.theme().link());
        }
        if (fragment.text == QStringLiteral("QTextDocument")) {
            code = true;
            EXPECT_EQ(fragment.format.fontFamilies().toStringList(), renderer.codeFont().families());
            EXPECT_TRUE(fragment.format.hasProperty(QTextFormat::BackgroundBrush));
        }
    }
    EXPECT_TRUE(link);
    EXPECT_TRUE(code);
}

TEST(MarkdownRenderer, CodeBlocksLeaveRoomForTheirHeader)
{
    MarkdownRenderer renderer;
    const std::unique_ptr<QTextDocument> document =
        renderer.render(QStringLiteral("```py\na = 1\nb = 2\n```\n"));
    const QList<QTextBlock> lines = codeLines(*document);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_GE(lines.first().blockFormat().topMargin(), renderer.codeHeaderHeight());
    EXPECT_GE(lines.last().blockFormat().bottomMargin(), renderer.codePadding());
    EXPECT_GE(lines.first().blockFormat().leftMargin(), renderer.codePadding());
}

TEST(MarkdownRenderer, CodeHighlighterCountsInUtf16)
{
    CodeHighlighter highlighter;
    const QList<QList<CodeSpan>> spans =
        highlighter.highlight(u"python", {QStringLiteral("s = 'é😀'  # ü comment")});
    ASSERT_EQ(spans.size(), 1);
    const QString line = QStringLiteral("s = 'é😀'  # ü comment");
    bool comment = false;
    for (const CodeSpan &span : spans.first()) {
        if (span.element == CodeElement::Comment && line.mid(span.start, span.length).startsWith(u'#'))
            comment = line.mid(span.start).startsWith(QStringLiteral("# ü"));
        if (span.element == CodeElement::String) {
            EXPECT_EQ(line.mid(span.start, span.length), QStringLiteral("'é😀'"));
        }
    }
    EXPECT_TRUE(comment);
}

TEST(MarkdownRenderer, CodeHighlighterMapsFenceTags)
{
    CodeHighlighter highlighter;
    EXPECT_EQ(highlighter.languageDefinitionFor(u"C++"), QStringLiteral("cpp.lang"));
    EXPECT_EQ(highlighter.languageDefinitionFor(u"python title=\"x.py\""), QStringLiteral("python.lang"));
    EXPECT_EQ(highlighter.languageDefinitionFor(u"{.rust}"), QStringLiteral("rust.lang"));
    EXPECT_EQ(highlighter.languageDefinitionFor(u"typescript"), QStringLiteral("javascript.lang"));
    EXPECT_EQ(highlighter.languageDefinitionFor(u"console"), QStringLiteral("sh.lang"));
    EXPECT_EQ(highlighter.languageDefinitionFor(u"lua"), QStringLiteral("lua.lang"))
        << "found in the data dir";
    EXPECT_TRUE(highlighter.languageDefinitionFor(u"no-such-language").isEmpty());
    EXPECT_TRUE(highlighter.languageDefinitionFor(u"../sh").isEmpty());
    EXPECT_TRUE(highlighter.highlight(u"no-such-language", {QStringLiteral("x")}).isEmpty());
}

TEST(MarkdownRenderer, CodeHighlighterSurvivesAMissingDataDirectory)
{
    CodeHighlighter highlighter(QStringLiteral("/nonexistent/source-highlight"));
    EXPECT_TRUE(highlighter.highlight(u"cpp", {QStringLiteral("int x;")}).isEmpty());
    EXPECT_FALSE(highlighter.highlight(u"yaml", {QStringLiteral("a: 1")}).isEmpty()) << "built in";
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    return palette;
}

TEST(MarkdownRenderer, ThemeColoursAreReadableInLightAndDark)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette &palette : {light, darkPalette()}) {
        const MarkdownTheme theme(palette);
        for (int e = 0; e <= int(CodeElement::Removed); ++e) {
            const auto element = CodeElement(e);
            const qreal minimum = element == CodeElement::Comment ? 3.0 : 4.5;
            EXPECT_GE(MarkdownTheme::contrast(theme.codeColor(element), theme.codeBackground()), minimum)
                << "element " << e << (theme.isDark() ? " dark" : " light");
        }
        EXPECT_GE(MarkdownTheme::contrast(theme.link(), palette.color(QPalette::Base)), 4.5);
    }
    EXPECT_TRUE(MarkdownTheme(darkPalette()).isDark());
    EXPECT_FALSE(MarkdownTheme(light).isDark());
}

} // namespace
