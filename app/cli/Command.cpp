// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "Terminal.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace CodeGuru::Cli {

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    // arguments are "codeguru-cli COMMAND …"; the parser must not see COMMAND as a positional.
    const QStringList withoutCommand = arguments.mid(0, 1) + arguments.mid(2);
    if (!parser.parse(withoutCommand))
        return usageError(parser.errorText(), arguments.value(1));
    if (parser.isSet(help)) {
        static const QRegularExpression usageLine(QStringLiteral(R"(^Usage: \S+)"));
        Terminal::out(parser.helpText().replace(usageLine,
                                                QStringLiteral("Usage: codeguru-cli ") + arguments.value(1)));
        return kExitOk;
    }
    return std::nullopt;
}

int Command::usageError(const QString &message, const QString &command)
{
    Terminal::error(message);
    Terminal::err(
        tr("Try “codeguru-cli %1 --help”.").arg(command).replace(QStringLiteral("  "), QStringLiteral(" "))
        + QLatin1Char('\n'));
    return kExitUsage;
}

} // namespace CodeGuru::Cli
