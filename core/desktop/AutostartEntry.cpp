// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace CodeGuru {

namespace {

QString autostartPath(const QString &configFolder)
{
    if (configFolder.isEmpty())
        return {};
    return QDir(configFolder).filePath(QStringLiteral("autostart/") + AutostartEntry::fileName());
}

QString runningProgram()
{
    // An AppImage runs from a mount that is gone after logout; the entry must start the image.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

} // namespace

AutostartEntry::AutostartEntry()
    : AutostartEntry(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                     runningProgram())
{ }

AutostartEntry::AutostartEntry(const QString &configFolder, const QString &program)
    : m_filePath(autostartPath(configFolder))
    , m_program(program)
{ }

bool AutostartEntry::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return true;
#else
    return false;
#endif
}

bool AutostartEntry::isEnabled() const
{
    if (!isSupported() || !QFileInfo(m_filePath).isFile())
        return false;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (!inMainGroup || equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        // How desktops switch an entry off without deleting it.
        if ((key == "Hidden" && value == "true") || (key == "X-GNOME-Autostart-enabled" && value == "false"))
            return false;
    }
    return true;
}

bool AutostartEntry::setEnabled(bool enabled, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isSupported())
        return fail(tr("Starting CodeGuru when you log in is only possible on desktops with XDG "
                       "autostart (Linux and BSD)."));
    if (m_filePath.isEmpty())
        return fail(tr("CodeGuru cannot start when you log in: there is no configuration folder."));

    const QFileInfo entry(m_filePath);
    const QString shownFile = QDir::toNativeSeparators(m_filePath);
    if (!enabled) {
        if (!entry.exists() && !entry.isSymLink())
            return true;
        QFile file(m_filePath);
        if (!file.remove())
            return fail(tr("CodeGuru will still start when you log in: %1 could not be deleted (%2).")
                            .arg(shownFile, file.errorString()));
        return true;
    }

    const QString folder = entry.absolutePath();
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (const QFileInfo info(folder); info.exists() && !info.isDir())
        return fail(tr("CodeGuru cannot start when you log in: %1 should be the autostart folder, but it "
                       "is a file.")
                        .arg(shownFolder));
    if (!QDir().mkpath(folder))
        return fail(tr("CodeGuru cannot start when you log in: the autostart folder %1 could not be "
                       "created.")
                        .arg(shownFolder));
    if (entry.isDir())
        return fail(tr("CodeGuru cannot start when you log in: %1 is a folder where its autostart entry "
                       "should be.")
                        .arg(shownFile));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).")
                        .arg(shownFolder, file.errorString()));
    file.write(contents());
    if (!file.commit())
        return fail(tr("CodeGuru cannot start when you log in: %1 could not be written (%2).")
                        .arg(shownFile, file.errorString()));
    return true;
}

QByteArray AutostartEntry::contents() const
{
    const QString exec = execArgument(m_program) + QStringLiteral(" --background");
    // No NoDisplay: desktops hide such entries from their start-up settings, and the person
    // must be able to see and remove this one there.
    const QStringList lines {
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=CodeGuru"),
        QStringLiteral("Comment=")
            + escape(tr("Starts CodeGuru in the background, so its Quick Ask "
                        "shortcut works")),
        QStringLiteral("Exec=") + escape(exec),
        QStringLiteral("TryExec=") + escape(m_program),
        QStringLiteral("Icon=org.example.codeguru"),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
        // Plasma: after the panel, so the tray icon has a tray to go to.
        QStringLiteral("X-KDE-autostart-phase=2"),
    };
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString AutostartEntry::execArgument(const QString &argument)
{
    // The Desktop Entry Specification, "The Exec key".
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = argument.isEmpty();
    QString result;
    for (const QChar c : argument) {
        quote = quote || reserved.contains(c);
        if (c == u'%')
            result += QStringLiteral("%%");
        else if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            result += u'\\' + QString(c); // all reserved: only ever inside quotes
        else
            result += c;
    }
    return quote ? u'"' + result + u'"' : result;
}

QString AutostartEntry::escape(const QString &value)
{
    QString result;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\')
            result += QStringLiteral("\\\\");
        else if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (c == u'\r')
            result += QStringLiteral("\\r");
        else if (c == u' ' && i == 0)
            result += QStringLiteral("\\s"); // a leading space would be taken as padding
        else
            result += c;
    }
    return result;
}

} // namespace CodeGuru
