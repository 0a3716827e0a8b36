// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/CodeHighlighter.h"
#include "markdown/MarkdownTheme.h"

#include <QFont>
#include <QTextDocument>
#include <QTextFormat>

#include <memory>

namespace CodeGuru {

/// Markdown to a detached QTextDocument, styled for the chat pane.
///
/// Qt's own importer (md4c) does the parsing: it is fast on a document that no widget shows
/// and very slow through a visible QTextEdit, so documents are built here and only drawn by
/// the view. Raw HTML is never interpreted. Afterwards the document is styled: code blocks
/// get the system fixed font, syntax colours and room for a header (the view paints the
/// background, the language and the Copy button there), inline code and links get theme
/// colours, tables get borders and padding.
class MarkdownRenderer
{
    Q_DISABLE_COPY_MOVE(MarkdownRenderer)

public:
    /// Block properties set on code-block lines, so a document describes its own code blocks.
    enum Property {
        /// int: which code block of the document the line belongs to (0, 1, ...).
        CodeBlockOrdinal = QTextFormat::UserProperty + 1,
        /// bool: an empty first block that only exists because a document cannot start
        /// with a table or a horizontal rule; it is squeezed to no height and holds no text.
        LeadingSpacer,
    };

    MarkdownRenderer();
    ~MarkdownRenderer();

    /// The body font; code uses the system fixed-width font at the same size.
    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    QFont codeFont() const { return m_codeFont; }

    void setPalette(const QPalette &palette);
    const MarkdownTheme &theme() const { return m_theme; }

    /// The space reserved above each code block for its header, the padding around code and
    /// the smaller one between the header and the first line.
    qreal codeHeaderHeight() const;
    qreal codePadding() const;
    qreal codeTopPadding() const;
    /// The indent per block-quote level.
    qreal quoteIndent() const;

    /// md4c's GitHub dialect without raw HTML, and with `_x_` as emphasis: the dialect's
    /// underline extension (MD_FLAG_UNDERLINE) turns it into underline, which no model means.
    static QTextDocument::MarkdownFeatures features();

    std::unique_ptr<QTextDocument> render(const QString &markdown);
    /// Plain text (reasoning, notices) in the body font; the view chooses its colour.
    std::unique_ptr<QTextDocument> renderPlainText(const QString &text) const;

    CodeHighlighter &highlighter() { return m_highlighter; }

private:
    std::unique_ptr<QTextDocument> newDocument() const;
    void styleCode(QTextDocument *document);
    void styleInline(QTextDocument *document) const;
    void styleTables(QTextDocument *document) const;
    void styleBlocks(QTextDocument *document) const;
    static void squeezeLeadingSpacer(QTextDocument *document);
    static void keepShapedText(QTextDocument *document);

    QFont m_font;
    QFont m_codeFont;
    MarkdownTheme m_theme;
    CodeHighlighter m_highlighter;
};

} // namespace CodeGuru
