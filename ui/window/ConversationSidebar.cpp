// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationSidebar.h"

#include "history/SearchHit.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace CodeGuru {

namespace {
/// The snippet as rich text: escaped, with the matched words in bold.
QString snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(SearchHit::HighlightBegin), QStringLiteral("<b>"));
    html.replace(QChar(SearchHit::HighlightEnd), QStringLiteral("</b>"));
    return html;
}
} // namespace

ConversationSidebar::ConversationSidebar(QWidget *parent)
    : QWidget(parent)
    , m_newButton(new QPushButton(tr("New chat"), this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_results(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    // The shortcut goes in the tooltip: in longer languages it would push the hint out of the field.
    m_filter->setPlaceholderText(tr("Search conversations"));
    m_filter->setToolTip(
        tr("Search all conversations (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText)));
    m_filter->setAccessibleName(tr("Search conversations"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles end in “…”
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *rename = new QAction(tr("Rename…"), m_list);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetShortcut);
    auto *remove = new QAction(tr("Delete…"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addActions({rename, remove});
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Messages found"));
    m_results->setWordWrap(true);
    m_results->hide();
    // The results show above the list, though built after it.
    QWidget::setTabOrder(m_filter, m_results);
    QWidget::setTabOrder(m_results, m_list);
    m_newButton->setToolTip(tr("Start a new conversation (%1)")
                                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    layout->addWidget(m_newButton);
    layout->addWidget(m_filter);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_list, 2);

    connect(m_newButton, &QPushButton::clicked, this, &ConversationSidebar::newConversationRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &ConversationSidebar::filterChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConversationSidebar::currentRowChanged);
    connect(rename, &QAction::triggered, this, [this] {
        if (m_list->currentRow() >= 0)
            Q_EMIT renameRequested(m_list->currentRow());
    });
    connect(remove, &QAction::triggered, this, [this] {
        if (m_list->currentRow() >= 0)
            Q_EMIT deleteRequested(m_list->currentRow());
    });
    const auto activate = [this](QListWidgetItem *item) {
        const int index = m_results->row(item);
        if (index >= 0 && index < m_hits.size())
            Q_EMIT hitActivated(m_hits.at(index));
    };
    connect(m_results, &QListWidget::itemActivated, this, activate);
    connect(m_results, &QListWidget::itemClicked, this, activate);
}

void ConversationSidebar::insertConversation(int row, const QString &title, const QString &toolTip)
{
    auto *item = new QListWidgetItem(title);
    item->setToolTip(toolTip);
    m_list->insertItem(row, item);
}

void ConversationSidebar::setTitle(int row, const QString &title)
{
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(title);
}

QString ConversationSidebar::title(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

void ConversationSidebar::removeConversation(int row)
{
    delete m_list->takeItem(row);
}

int ConversationSidebar::count() const
{
    return m_list->count();
}

int ConversationSidebar::currentRow() const
{
    return m_list->currentRow();
}

void ConversationSidebar::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

void ConversationSidebar::setRowVisible(int row, bool visible)
{
    if (QListWidgetItem *item = m_list->item(row))
        item->setHidden(!visible);
}

bool ConversationSidebar::isRowVisible(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item && !item->isHidden();
}

void ConversationSidebar::setHits(const QList<Hit> &hits)
{
    m_hits = hits;
    m_results->clear();
    for (const Hit &hit : hits) {
        auto *item = new QListWidgetItem(m_results);
        // A label draws the bold words; the item keeps plain text for accessibility.
        QString plain = hit.snippet;
        plain.remove(QChar(SearchHit::HighlightBegin)).remove(QChar(SearchHit::HighlightEnd));
        item->setText(hit.title + QLatin1Char('\n') + plain);
        auto *label = new QLabel(
            QStringLiteral("<b>%1</b><br>%2").arg(hit.title.toHtmlEscaped(), snippetHtml(hit.snippet)));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(4, 2, 4, 2);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setForeground(Qt::transparent);
        item->setSizeHint(QSize(0, label->sizeHint().height() + 6));
        m_results->setItemWidget(item, label);
    }
    m_results->setVisible(!hits.isEmpty());
}

void ConversationSidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace CodeGuru
