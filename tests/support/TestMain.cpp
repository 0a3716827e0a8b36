// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest entry point for the headless test executables: a QCoreApplication for the
// event loop, QStandardPaths in test mode so nothing touches the user's files, and a final
// drain of deferred deletes so leak checkers see a clean exit.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CodeGuruTests"));
    QCoreApplication::setApplicationName(QStringLiteral("codeguru-tests"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return result;
}
