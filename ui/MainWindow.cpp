// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QLabel>

namespace CodeGuru {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CodeGuru"));
    auto *placeholder =
        new QLabel(tr("Ask from a terminal with codeguru-cli while the chat window is being built."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(900, 640);
}

} // namespace CodeGuru
