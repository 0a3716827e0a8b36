// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextChip.h"

#include "prompt/TokenBudget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace CodeGuru {

ContextChip::ContextChip(const QString &label, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(label, this))
    , m_toggle(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("contextChip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->setSpacing(4);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolTip(tr("Include with the next question"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove"));
    layout->addWidget(m_toggle);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_toggle, &QToolButton::clicked, this, [this](bool checked) {
        m_forced = true;
        setIncluded(checked);
    });
    connect(m_remove, &QToolButton::clicked, this, &ContextChip::removeRequested);
    m_item.name = label;
    refresh();
}

QString ContextChip::label() const
{
    return m_label->text();
}

void ContextChip::setItem(const ContextItem &item)
{
    m_item = item;
    refresh();
}

void ContextChip::setState(State state, const QString &reason)
{
    m_state = state;
    m_reason = reason;
    refresh();
}

void ContextChip::setProgressText(const QString &progress)
{
    m_progress = progress;
    refresh();
}

void ContextChip::setIncluded(bool included)
{
    if (m_included == included)
        return;
    m_included = included;
    m_toggle->setChecked(included);
    refresh();
    Q_EMIT includedChanged(included);
}

void ContextChip::setSuggested(bool included)
{
    if (m_forced)
        return;
    m_included = included;
    m_toggle->setChecked(included);
    refresh();
}

void ContextChip::refresh()
{
    const QString name = m_item.name.isEmpty() ? ContextItem::sourceName(m_item.source)
                                               : m_item.name.section(QLatin1Char('/'), -1);
    QString text = name;
    switch (m_state) {
    case State::Loading:
        text = m_progress.isEmpty() ? tr("%1 (loading…)").arg(name)
                                    : tr("%1 (loading… %2)", "file name, progress").arg(name, m_progress);
        break;
    case State::Pending:
        text = tr("%1 (deciding…)").arg(name);
        break;
    case State::Error:
        text = tr("%1 — %2").arg(name, m_reason);
        break;
    case State::Ready:
        text = tr("%1 · ~%2 tokens").arg(name).arg(TokenBudget::estimateTokens(m_item.text));
        break;
    }
    m_label->setText(text);
    // The buttons show only a mark and a cross; a screen reader needs what they are about.
    m_toggle->setAccessibleName(tr("Include %1").arg(name));
    m_toggle->setAccessibleDescription(text);
    m_remove->setAccessibleName(tr("Remove %1").arg(name));
    m_toggle->setEnabled(m_state != State::Error);
    m_toggle->setText(m_included && m_state != State::Error ? QStringLiteral("✓") : QStringLiteral("○"));
    QFont font = m_label->font();
    font.setStrikeOut(!m_included || m_state == State::Error);
    m_label->setFont(font);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText,
                     m_state == State::Error ? QColor(0xc0, 0x39, 0x2b)
                                             : QPalette().color(QPalette::WindowText));
    m_label->setPalette(palette);
    const QString preview = m_item.text.left(600);
    setToolTip(m_state == State::Error
                   ? m_reason
                   : (preview.isEmpty() ? name : name + QStringLiteral("\n\n") + preview));
}

} // namespace CodeGuru
