// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelMeter.h"

#include <QPainter>
#include <QPainterPath>

namespace CodeGuru {

namespace {
// Each new reading may lower the bar by this much at most: it falls over a few tenths of a
// second instead of flickering between syllables.
constexpr double kFallPerReading = 0.08;
} // namespace

LevelMeter::LevelMeter(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Microphone level"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void LevelMeter::setLevel(double position)
{
    position = qBound(0.0, position, 1.0);
    const double shown = position >= m_level ? position : qMax(position, m_level - kFallPerReading);
    if (qFuzzyCompare(1.0 + shown, 1.0 + m_level))
        return;
    m_level = shown;
    update();
}

void LevelMeter::reset()
{
    m_level = 0.0;
    update();
}

QSize LevelMeter::sizeHint() const
{
    const int height = fontMetrics().height() / 2;
    return {fontMetrics().averageCharWidth() * 12, qMax(6, height)};
}

void LevelMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bounds = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = bounds.height() / 2;
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(bounds, radius, radius);
    if (m_level <= 0.0)
        return;
    QRectF filled = bounds;
    filled.setWidth(bounds.width() * m_level);
    QPainterPath clip;
    clip.addRoundedRect(bounds, radius, radius);
    painter.setClipPath(clip);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRect(filled);
}

} // namespace CodeGuru
