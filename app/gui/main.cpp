// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeGuru"));
    QCoreApplication::setApplicationName(QStringLiteral("CodeGuru"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEGURU_VERSION_STRING));

    CodeGuru::MainWindow window;
    window.show();
    return app.exec();
}
