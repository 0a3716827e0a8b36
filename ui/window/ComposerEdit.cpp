// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerEdit.h"

#include <QKeyEvent>
#include <QMimeData>

namespace CodeGuru {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setPlaceholderText(
        tr("Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)"));
    setTabChangesFocus(true);
    setAccessibleName(tr("Question"));
    setAccessibleDescription(tr("Enter sends, Shift+Enter starts a new line, Esc stops the answer."));
}

QSize ComposerEdit::sizeHint() const
{
    const int lines = 4;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 8};
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
        Q_EMIT sendRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT stopRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace CodeGuru

namespace CodeGuru {

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    QStringList paths;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        Q_EMIT filesPasted(paths);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace CodeGuru
