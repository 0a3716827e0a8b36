// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushToTalkButton.h"

#include "voice/SpokenQuestion.h"

#include <QEvent>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

namespace CodeGuru {

namespace {
/// A microphone drawn in `color`, for desktops whose icon theme has none (and Xvfb).
QIcon drawnMicrophone(const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(5.5 * s, 1 * s, 5 * s, 8.5 * s), 2.5 * s, 2.5 * s);
        QPen pen(color, 1.3 * s);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath cup;
        cup.moveTo(3.5 * s, 7 * s);
        cup.cubicTo(3.5 * s, 13 * s, 12.5 * s, 13 * s, 12.5 * s, 7 * s);
        painter.drawPath(cup);
        painter.drawLine(QPointF(8 * s, 12 * s), QPointF(8 * s, 14.5 * s));
        painter.drawLine(QPointF(5.5 * s, 14.5 * s), QPointF(10.5 * s, 14.5 * s));
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

PushToTalkButton::PushToTalkButton(SpokenQuestion *question, QWidget *parent)
    : QToolButton(parent)
    , m_question(question)
{
    setObjectName(QStringLiteral("pushToTalkButton"));
    setAccessibleName(tr("Speak a question"));
    setAutoRaise(false);
    setIconSize(QSize(20, 20));
    connect(this, &QToolButton::pressed, m_question, &SpokenQuestion::press);
    connect(this, &QToolButton::released, m_question, &SpokenQuestion::release);
    connect(m_question, &SpokenQuestion::stateChanged, this, &PushToTalkButton::showState);
    connect(m_question, &SpokenQuestion::shortcutTextChanged, this, &PushToTalkButton::showState);
    showState();
}

void PushToTalkButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showState(); // a dark theme needs a light microphone
}

void PushToTalkButton::showState()
{
    const bool recording = m_question->state() == SpokenQuestion::State::Recording
        || m_question->state() == SpokenQuestion::State::Starting;
    const QIcon themed = QIcon::fromTheme(QStringLiteral("audio-input-microphone"));
    if (recording)
        setIcon(drawnMicrophone(QColor(0xd0, 0x30, 0x30)));
    else
        // The active group's colour whatever the button's state: QIcon greys it when disabled.
        setIcon(themed.isNull() ? drawnMicrophone(palette().color(QPalette::Active, QPalette::ButtonText))
                                : themed);
    setToolTip(recording
                   ? tr("Listening… let go to stop")
                   : tr("Hold to speak a question, let go to stop (%1)").arg(m_question->shortcutText()));
    setEnabled(m_question->state() != SpokenQuestion::State::Transcribing);
}

} // namespace CodeGuru
