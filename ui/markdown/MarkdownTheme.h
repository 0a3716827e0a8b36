// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/CodeElement.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

#include <array>

namespace CodeGuru {

/// Colours for rendered Markdown, all derived from a QPalette so that light and dark system
/// themes both read well: neutral tones are mixes of the palette's text and base colours,
/// syntax colours are fixed hues whose lightness is pushed until they reach a WCAG contrast
/// of 4.5:1 against the code background.
class MarkdownTheme
{
public:
    explicit MarkdownTheme(const QPalette &palette = QPalette());

    const QPalette &palette() const { return m_palette; }
    bool isDark() const { return m_dark; }

    QColor text() const;
    QColor mutedText() const;
    QColor link() const;
    QColor codeBackground() const { return m_codeBackground; }
    QColor codeHeaderBackground() const;
    QColor codeBorder() const;
    QColor inlineCodeBackground() const;
    QColor tableBorder() const;
    QColor tableHeaderBackground() const;
    QColor quoteBar() const;

    QColor codeColor(CodeElement element) const;
    /// Foreground plus weight or slant for one kind of code element.
    QTextCharFormat codeFormat(CodeElement element) const;

    /// `from` moved towards `to` by `amount` (0 to 1), alpha included.
    static QColor mix(const QColor &from, const QColor &to, qreal amount);
    /// WCAG 2 contrast ratio, 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);

private:
    static constexpr size_t kElementCount = size_t(CodeElement::Removed) + 1;

    QPalette m_palette;
    bool m_dark = false;
    QColor m_codeBackground;
    std::array<QColor, kElementCount> m_codeColors;
};

} // namespace CodeGuru
