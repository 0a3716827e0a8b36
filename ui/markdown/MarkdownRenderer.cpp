// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/MarkdownRenderer.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <array>
#include <cmath>

namespace CodeGuru {

namespace {

// md4c.h: #define MD_FLAG_UNDERLINE 0x4000, part of QTextDocument::MarkdownDialectGitHub.
constexpr int kMd4cUnderline = 0x4000;

// The family Qt's Markdown importer gives code, replaced here by the system fixed font.
const QString kImporterMonospace = QStringLiteral("monospace");

// qtextmarkdownimporter.cpp: qtmi_BlockQuoteIndent, pixels per block-quote level.
constexpr qreal kImporterQuoteIndent = 40;

bool isCodeLine(const QTextBlock &block)
{
    if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
        return true;
    // Indented code blocks have no fence property: every fragment is in the importer's
    // monospace family without fixed pitch (which is how inline code is marked).
    bool any = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (format.fontFixedPitch() || !format.fontFamilies().toStringList().contains(kImporterMonospace))
            return false;
        any = true;
    }
    return any;
}

bool sameCodeBlock(const QTextBlock &a, const QTextBlock &b)
{
    const QTextBlockFormat fa = a.blockFormat();
    const QTextBlockFormat fb = b.blockFormat();
    // Two fences in a row with the same language stay indistinguishable: the importer
    // records nothing else per code block. Rare enough in answers to accept.
    return fa.property(QTextFormat::BlockCodeFence) == fb.property(QTextFormat::BlockCodeFence)
        && fa.property(QTextFormat::BlockCodeLanguage) == fb.property(QTextFormat::BlockCodeLanguage)
        && fa.indent() == fb.indent() && qFuzzyCompare(fa.leftMargin() + 1, fb.leftMargin() + 1)
        && a.textList() == b.textList()
        && a.document()->frameAt(a.position()) == b.document()->frameAt(b.position());
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

} // namespace

MarkdownRenderer::MarkdownRenderer()
{
    setFont(QGuiApplication::font());
    setPalette(QGuiApplication::palette());
}

MarkdownRenderer::~MarkdownRenderer() = default;

void MarkdownRenderer::setFont(const QFont &font)
{
    m_font = font;
    m_codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Same size as the text around it, so both follow the system font and the screen scale.
    if (font.pointSizeF() > 0)
        m_codeFont.setPointSizeF(font.pointSizeF());
    else if (font.pixelSize() > 0)
        m_codeFont.setPixelSize(font.pixelSize());
}

void MarkdownRenderer::setPalette(const QPalette &palette)
{
    m_theme = MarkdownTheme(palette);
}

qreal MarkdownRenderer::codeHeaderHeight() const
{
    return std::round(QFontMetricsF(m_font).height() * 1.7);
}

qreal MarkdownRenderer::codePadding() const
{
    return std::round(QFontMetricsF(m_font).height() * 0.6);
}

qreal MarkdownRenderer::codeTopPadding() const
{
    return std::round(codePadding() * 0.5);
}

qreal MarkdownRenderer::quoteIndent() const
{
    return std::round(QFontMetricsF(m_font).height() * 1.1);
}

QTextDocument::MarkdownFeatures MarkdownRenderer::features()
{
    return QTextDocument::MarkdownFeatures((int(QTextDocument::MarkdownDialectGitHub) & ~kMd4cUnderline)
                                           | int(QTextDocument::MarkdownNoHTML));
}

std::unique_ptr<QTextDocument> MarkdownRenderer::newDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(0);
    document->setDefaultFont(m_font);
    QTextOption option = document->defaultTextOption();
    // Long URLs and hashes wrap too, rather than widen the pane.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    return document;
}

std::unique_ptr<QTextDocument> MarkdownRenderer::render(const QString &markdown)
{
    std::unique_ptr<QTextDocument> document = newDocument();
    document->setMarkdown(markdown, features());
    styleCode(document.get());
    styleInline(document.get());
    styleTables(document.get());
    styleBlocks(document.get());
    squeezeLeadingSpacer(document.get());
    keepShapedText(document.get());
    return document;
}

std::unique_ptr<QTextDocument> MarkdownRenderer::renderPlainText(const QString &text) const
{
    std::unique_ptr<QTextDocument> document = newDocument();
    document->setPlainText(text);
    return document;
}

void MarkdownRenderer::styleCode(QTextDocument *document)
{
    const qreal padding = codePadding();
    const qreal spacing = padding;
    QTextCharFormat code;
    code.setFontFamilies(m_codeFont.families());
    code.setFontFixedPitch(true);
    if (m_codeFont.pointSizeF() > 0)
        code.setFontPointSize(m_codeFont.pointSizeF());
    std::array<QTextCharFormat, size_t(CodeElement::Removed) + 1> colours;
    for (size_t i = 0; i < colours.size(); ++i)
        colours[i] = m_theme.codeFormat(CodeElement(i));

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    int ordinal = 0;
    for (QTextBlock block = document->begin(); block.isValid();) {
        if (!isCodeLine(block)) {
            block = block.next();
            continue;
        }
        QList<QTextBlock> lines {block};
        QTextBlock next = block.next();
        while (next.isValid() && isCodeLine(next) && sameCodeBlock(block, next)) {
            lines.append(next);
            next = next.next();
        }
        QStringList texts;
        texts.reserve(lines.size());
        for (const QTextBlock &line : std::as_const(lines))
            texts.append(line.text());
        const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        const QList<QList<CodeSpan>> spans = m_highlighter.highlight(language, texts);

        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QTextBlock &line = lines.at(i);
            QTextBlockFormat format = line.blockFormat();
            format.setProperty(CodeBlockOrdinal, ordinal);
            // Code wraps: a painted list has no horizontal scrolling per code block.
            format.setNonBreakableLines(false);
            format.setLeftMargin(format.leftMargin() + padding);
            format.setRightMargin(format.rightMargin() + padding);
            if (i == 0)
                format.setTopMargin(spacing + codeHeaderHeight() + codeTopPadding());
            if (i == lines.size() - 1)
                format.setBottomMargin(padding + spacing);
            cursor.setPosition(line.position());
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(code);
            cursor.setPosition(line.position() + line.length() - 1, QTextCursor::KeepAnchor);
            cursor.setCharFormat(code);
            if (i < spans.size()) {
                for (const CodeSpan &span : spans.at(i)) {
                    cursor.setPosition(line.position() + int(span.start));
                    cursor.setPosition(line.position() + int(span.start + span.length),
                                       QTextCursor::KeepAnchor);
                    cursor.mergeCharFormat(colours[size_t(span.element)]);
                }
            }
        }
        ++ordinal;
        block = next;
    }
    cursor.endEditBlock();
}

void MarkdownRenderer::styleInline(QTextDocument *document) const
{
    struct Change
    {
        int start;
        int length;
        QTextCharFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(CodeBlockOrdinal))
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            bool changed = false;
            if (format.fontFixedPitch()) {
                format.setFontFamilies(m_codeFont.families());
                // The importer gives inline code the fixed font's own size; inherit the
                // paragraph's (or heading's) instead.
                format.clearProperty(QTextFormat::FontPointSize);
                format.setBackground(m_theme.inlineCodeBackground());
                changed = true;
            }
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                format.setForeground(m_theme.link());
                format.setFontUnderline(true);
                format.setToolTip(format.anchorHref());
                changed = true;
            }
            if (changed)
                changes.append({fragment.position(), fragment.length(), format});
        }
    }
    if (changes.isEmpty())
        return;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.start);
        cursor.setPosition(change.start + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    cursor.endEditBlock();
}

void MarkdownRenderer::styleTables(QTextDocument *document) const
{
    QList<QTextTable *> tables;
    collectTables(document->rootFrame(), tables);
    const qreal padding = std::round(QFontMetricsF(m_font).height() * 0.3);
    for (QTextTable *table : std::as_const(tables)) {
        QTextTableFormat format = table->format();
        format.setBorder(1);
        format.setBorderBrush(m_theme.tableBorder());
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(padding);
        format.setTopMargin(padding * 2);
        format.setBottomMargin(padding * 2);
        table->setFormat(format);
        // GitHub tables always have a header row.
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(m_theme.tableHeaderBackground());
            cell.setFormat(cellFormat);
        }
    }
}

void MarkdownRenderer::squeezeLeadingSpacer(QTextDocument *document)
{
    // Rendered on its own, a chunk that starts with a table or a rule gets an empty block
    // first (a frame needs a block before it); rendered as part of a whole answer it would
    // follow the previous paragraph. Squeezing that block keeps both renderings alike.
    const QTextBlock first = document->begin();
    const QTextBlock second = first.next();
    if (first.length() > 1 || !second.isValid())
        return;
    const bool rule = second.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
    const bool table = qobject_cast<QTextTable *>(document->frameAt(second.position())) != nullptr;
    if (!rule && !table)
        return;
    QTextBlockFormat format;
    format.setProperty(LeadingSpacer, true);
    format.setLineHeight(0, QTextBlockFormat::FixedHeight);
    QTextCharFormat tiny;
    tiny.setFontPointSize(1);
    QTextCursor cursor(document);
    cursor.setBlockFormat(format);
    cursor.setBlockCharFormat(tiny);
}

void MarkdownRenderer::keepShapedText(QTextDocument *document)
{
    // QTextLayout drops its shaped glyphs after laying out, so every paint shapes the text
    // again (HarfBuzz, most of a repaint). Only documents near the viewport exist, so keeping
    // the glyphs costs little memory and makes scrolling and streaming repaints cheaper.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

void MarkdownRenderer::styleBlocks(QTextDocument *document) const
{
    const qreal lineHeight = QFontMetricsF(m_font).height();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (format.headingLevel() > 0) {
            // The importer leaves headings without margins; give them air above, less below.
            format.setTopMargin(std::round(lineHeight * (format.headingLevel() <= 2 ? 0.9 : 0.7)));
            format.setBottomMargin(std::round(lineHeight * 0.3));
        } else if (quoteLevel > 0) {
            // The importer indents 40 px per level, as HTML does; the view paints a bar in a
            // narrower indent that follows the font. Code inside keeps its own padding.
            format.setLeftMargin(
                std::max(0.0, format.leftMargin() + (quoteIndent() - kImporterQuoteIndent) * quoteLevel));
        } else {
            continue;
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace CodeGuru
