// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace CodeGuru {

/// The left side of the window: New chat, a filter that also searches inside conversations,
/// the conversations (most recent first) and, while filtering, the messages that matched
/// with their words highlighted. Rows are positions; MainWindow keeps what they stand for.
class ConversationSidebar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSidebar)

public:
    /// A message found by the search, as the results list shows it.
    struct Hit
    {
        int row = -1; ///< the conversation's row
        QString title;
        QString snippet; ///< with SearchHit's highlight marks around matched words
    };

    explicit ConversationSidebar(QWidget *parent = nullptr);

    void insertConversation(int row, const QString &title, const QString &toolTip = QString());
    void setTitle(int row, const QString &title);
    QString title(int row) const;
    void removeConversation(int row);
    int count() const;
    int currentRow() const;
    void setCurrentRow(int row);
    void setRowVisible(int row, bool visible);
    bool isRowVisible(int row) const;
    /// Shows what the search found; an empty list hides the results.
    void setHits(const QList<Hit> &hits);
    QList<Hit> hits() const { return m_hits; }

    QLineEdit *filterField() const { return m_filter; }
    QListWidget *conversationList() const { return m_list; }
    QListWidget *resultList() const { return m_results; }
    /// Focuses the filter with its text selected (Ctrl+Shift+F).
    void focusFilter();

Q_SIGNALS:
    void newConversationRequested();
    void currentRowChanged(int row);
    void renameRequested(int row);
    void deleteRequested(int row);
    void filterChanged(const QString &text);
    void hitActivated(const CodeGuru::ConversationSidebar::Hit &hit);

private:
    QPushButton *m_newButton;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QListWidget *m_results;
    QList<Hit> m_hits;
};

} // namespace CodeGuru
