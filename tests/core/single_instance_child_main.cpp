// SPDX-License-Identifier: GPL-3.0-or-later
// A helper for tst_SingleInstance: a process on either side of the single-instance socket.
//   --key K           become primary; print "ready <server name>", then "message <JSON array>"
//                     for every command line received, and quit on the arguments ["--quit"].
//                     A launch that is not primary prints "secondary" and exits 0.
//   --key K --send A… hand the arguments A… to the primary; exit 0 if acknowledged, 1 if not.
#include "instance/SingleInstance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace CodeGuru;

namespace {

void printLine(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the test reads the pipe while this process keeps running
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Single-instance key."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption send(QStringLiteral("send"), QStringLiteral("Send the positional arguments."));
    parser.addOptions({key, send});
    parser.addPositionalArgument(QStringLiteral("arguments"), QStringLiteral("What --send sends."));
    parser.process(app);
    if (!parser.isSet(key)) {
        std::fputs("usage: codeguru_single_instance_child --key KEY [--send ARGUMENTS…]\n", stderr);
        return 2;
    }

    SingleInstance instance(parser.value(key));
    if (parser.isSet(send))
        return instance.sendToPrimary(parser.positionalArguments(), 5000) ? 0 : 1;
    if (!instance.tryBecomePrimary()) {
        printLine("secondary");
        return 0;
    }
    QObject::connect(&instance, &SingleInstance::messageReceived, &app, [&app](const QStringList &arguments) {
        printLine("message "
                  + QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact));
        if (arguments == QStringList {QStringLiteral("--quit")})
            app.quit();
    });
    printLine("ready " + instance.serverName().toUtf8());
    return app.exec();
}
