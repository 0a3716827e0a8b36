// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/MarkdownTheme.h"

#include <QFont>

#include <cmath>

namespace CodeGuru {

namespace {

qreal relativeLuminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

/// A hue at a lightness that suits the background, then darkened (or lightened on dark
/// backgrounds) until it is readable.
QColor readableHue(int hue, qreal saturation, const QColor &background, bool dark)
{
    qreal lightness = dark ? 0.72 : 0.38;
    QColor color = QColor::fromHslF(hue / 360.0, saturation, lightness);
    for (int step = 0; step < 20 && MarkdownTheme::contrast(color, background) < 4.5; ++step) {
        lightness = dark ? std::min(0.95, lightness + 0.03) : std::max(0.05, lightness - 0.03);
        color = QColor::fromHslF(hue / 360.0, saturation, lightness);
    }
    return color;
}

} // namespace

MarkdownTheme::MarkdownTheme(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF())
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    m_codeBackground = mix(base, text, m_dark ? 0.08 : 0.045);

    const auto hue = [this](int h, qreal s) { return readableHue(h, s, m_codeBackground, m_dark); };
    const auto at = [this](CodeElement e) -> QColor & { return m_codeColors[size_t(e)]; };
    at(CodeElement::Normal) = text;
    at(CodeElement::Keyword) = hue(280, 0.55);
    at(CodeElement::Type) = hue(185, 0.65);
    at(CodeElement::String) = hue(125, 0.50);
    at(CodeElement::Comment) = mix(text, m_codeBackground, 0.42);
    at(CodeElement::Number) = hue(28, 0.80);
    at(CodeElement::Preprocessor) = hue(320, 0.55);
    at(CodeElement::Function) = hue(215, 0.70);
    at(CodeElement::Symbol) = mix(text, m_codeBackground, 0.2);
    at(CodeElement::Bracket) = text;
    at(CodeElement::Variable) = hue(5, 0.60);
    at(CodeElement::Key) = hue(205, 0.60);
    at(CodeElement::SpecialChar) = hue(28, 0.80);
    at(CodeElement::Added) = hue(125, 0.50);
    at(CodeElement::Removed) = hue(355, 0.65);
    // The mixed greys above may fall short of 4.5:1 on unusual palettes; comments may be
    // quieter than the rest, but never unreadable (3:1 is WCAG's large-text floor).
    if (contrast(at(CodeElement::Comment), m_codeBackground) < 3.0)
        at(CodeElement::Comment) = mix(text, m_codeBackground, 0.25);
}

QColor MarkdownTheme::text() const
{
    return m_palette.color(QPalette::Text);
}

QColor MarkdownTheme::mutedText() const
{
    return mix(text(), m_palette.color(QPalette::Base), 0.4);
}

QColor MarkdownTheme::link() const
{
    // Some styles keep Qt's default blue link colour even in dark palettes.
    const QColor link = m_palette.color(QPalette::Link);
    if (contrast(link, m_palette.color(QPalette::Base)) >= 4.5)
        return link;
    return readableHue(link.hslHue() < 0 ? 215 : link.hslHue(), 0.75, m_palette.color(QPalette::Base),
                       m_dark);
}

QColor MarkdownTheme::codeHeaderBackground() const
{
    return mix(m_codeBackground, text(), m_dark ? 0.05 : 0.035);
}

QColor MarkdownTheme::codeBorder() const
{
    return mix(m_palette.color(QPalette::Base), text(), m_dark ? 0.2 : 0.14);
}

QColor MarkdownTheme::inlineCodeBackground() const
{
    return mix(m_palette.color(QPalette::Base), text(), m_dark ? 0.13 : 0.07);
}

QColor MarkdownTheme::tableBorder() const
{
    return codeBorder();
}

QColor MarkdownTheme::tableHeaderBackground() const
{
    return m_codeBackground;
}

QColor MarkdownTheme::quoteBar() const
{
    return mix(m_palette.color(QPalette::Base), text(), 0.3);
}

QColor MarkdownTheme::codeColor(CodeElement element) const
{
    return m_codeColors[size_t(element)];
}

QTextCharFormat MarkdownTheme::codeFormat(CodeElement element) const
{
    QTextCharFormat format;
    format.setForeground(codeColor(element));
    if (element == CodeElement::Keyword || element == CodeElement::Preprocessor)
        format.setFontWeight(QFont::DemiBold);
    if (element == CodeElement::Comment)
        format.setFontItalic(true);
    return format;
}

QColor MarkdownTheme::mix(const QColor &from, const QColor &to, qreal amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto lerp = [amount](qreal x, qreal y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(lerp(a.redF(), b.redF())), float(lerp(a.greenF(), b.greenF())),
                            float(lerp(a.blueF(), b.blueF())), float(lerp(a.alphaF(), b.alphaF())));
}

qreal MarkdownTheme::contrast(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace CodeGuru
