// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace CodeGuru {

namespace {
bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

InlineStatus::InlineStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // An indeterminate bar is the only busy indicator Widgets has; keep it small beside the text.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(48, 10);
    m_icon->setFixedWidth(16);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fresh policy would drop the height-for-width that word wrap set, and a second line
    // would be cut off.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_text->setSizePolicy(policy);
    // Everything hangs from the top: a wrapped label is often given more height than its
    // lines need, and centring would float the sentence away from its control.
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

QString InlineStatus::text() const
{
    return m_text->text();
}

void InlineStatus::setMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    m_busy->setVisible(kind == Kind::Busy);

    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    QString color;
    const bool dark = darkPalette(palette());
    switch (kind) {
    case Kind::None:
    case Kind::Busy:
    case Kind::Info:
        break;
    case Kind::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        color = dark ? QStringLiteral("#57e389") : QStringLiteral("#1a7f37");
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxWarning;
        color = dark ? QStringLiteral("#ff7b72") : QStringLiteral("#b3261e");
        break;
    }
    const QIcon icon =
        pixmap == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(pixmap, nullptr, this);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(16, 16));
    m_icon->setVisible(!icon.isNull());
    m_text->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    if (kind == Kind::Info)
        m_text->setForegroundRole(QPalette::PlaceholderText);
    else
        m_text->setForegroundRole(QPalette::WindowText);
    setVisible(kind != Kind::None);
    // The layouts above keep this widget's height for a width; a sentence of another length
    // needs a fresh one, or its second line is cut off.
    updateGeometry();
}

} // namespace CodeGuru
