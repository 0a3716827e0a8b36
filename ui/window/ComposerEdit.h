// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace CodeGuru {

/// The question box: Enter sends, Shift+Enter starts a new line, Esc stops the answer.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested();
    void stopRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace CodeGuru
