// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace CodeGuru {

std::optional<bool> Confirmation::s_nextAnswer;

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Confirmation::setNextAnswer(bool accept)
{
    s_nextAnswer = accept;
}

} // namespace CodeGuru
