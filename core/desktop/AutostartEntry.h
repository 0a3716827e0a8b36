// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace CodeGuru {

/// CodeGuru's entry in the XDG autostart folder
/// (`$XDG_CONFIG_HOME/autostart/org.example.codeguru.desktop`), which starts it in the
/// background at login so the Quick Ask shortcut works. The file is the truth: the person
/// may remove it in their desktop's start-up settings, so nothing about it is kept elsewhere.
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::AutostartEntry)

public:
    /// The entry in the person's autostart folder, starting the program that is running now.
    AutostartEntry();
    /// The entry in `configFolder`/autostart, starting `program` (tests, other front ends).
    AutostartEntry(const QString &configFolder, const QString &program);

    /// Whether this platform has XDG autostart (Linux and the BSDs, not macOS or Windows).
    static bool isSupported();
    static QString fileName() { return QStringLiteral("org.example.codeguru.desktop"); }

    QString filePath() const { return m_filePath; }
    QString program() const { return m_program; }

    /// The file exists and neither hides itself (Hidden=true) nor was switched off in the
    /// desktop's settings (X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    /// Writes the entry (atomically) or deletes it. On failure returns false and puts a
    /// sentence for the person into `error`.
    bool setEnabled(bool enabled, QString *error = nullptr) const;

    /// The desktop entry that setEnabled(true) writes.
    QByteArray contents() const;
    /// `argument` as one argument of a desktop entry's Exec key: quoted where the
    /// specification reserves a character, with literal percent signs doubled. The result
    /// still needs escape() to become the key's value.
    static QString execArgument(const QString &argument);
    /// `value` escaped for a desktop entry's string value (backslash, newline, tab, return).
    static QString escape(const QString &value);

private:
    QString m_filePath;
    QString m_program;
};

} // namespace CodeGuru
