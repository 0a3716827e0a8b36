// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest entry point for widget tests: a QApplication, offscreen unless the run asks for
// a real X server (QT_QPA_PLATFORM=xcb under Xvfb, as ./scripts/dev.sh test provides).
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeGuruTests"));
    QCoreApplication::setApplicationName(QStringLiteral("codeguru-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return result;
}
