// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include "chat/ChatView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace CodeGuru {

FindBar::FindBar(ChatView *view, QWidget *parent)
    : QFrame(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in this conversation"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in this conversation"));
    m_field->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    search();
}

void FindBar::activate()
{
    QFrame::show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::search()
{
    m_matches.clear();
    for (const auto &[id, count] : m_view->findInMessages(m_field->text())) {
        for (int occurrence = 0; occurrence < count; ++occurrence)
            m_matches.append({id, occurrence});
    }
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
    if (m_matches.isEmpty()) {
        m_current = -1;
        m_status->setText(m_field->text().isEmpty() ? QString() : tr("No matches"));
        return;
    }
    // The latest match first: people usually look for something said recently.
    showMatch(int(m_matches.size()) - 1);
}

void FindBar::findNext()
{
    if (!m_matches.isEmpty())
        showMatch((m_current + 1) % int(m_matches.size()));
}

void FindBar::findPrevious()
{
    if (!m_matches.isEmpty())
        showMatch((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void FindBar::showMatch(int index)
{
    m_current = index;
    const auto &[id, occurrence] = m_matches.at(index);
    m_view->revealMatch(id, m_field->text(), occurrence);
    m_status->setText(tr("%1 of %2", "match number, number of matches").arg(index + 1).arg(m_matches.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            shift ? findPrevious() : findNext();
            return true;
        case Qt::Key_Escape:
            hide();
            Q_EMIT closed();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace CodeGuru
