// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace CodeGuru {

class ChatView;

/// Find in the open conversation (Ctrl+F): a field, "2 of 7", previous and next. Enter and
/// F3 go to the next match, Shift+Enter and Shift+F3 to the previous one, Esc closes.
class FindBar : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(ChatView *view, QWidget *parent = nullptr);

    /// Shows the bar with the field focused and its text selected, and searches again.
    void activate();
    void findNext();
    void findPrevious();
    QLineEdit *field() const { return m_field; }
    /// "2 of 7", "No matches" or empty, as shown.
    QString status() const;

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showMatch(int index);

    ChatView *m_view;
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QList<std::pair<int, int>> m_matches; ///< (message id, occurrence in it), in order
    int m_current = -1;
};

} // namespace CodeGuru
