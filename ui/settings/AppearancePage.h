// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace CodeGuru {

class Settings;

/// Settings page for how the window looks and behaves: the text size, with a preview, and
/// whether closing the window keeps CodeGuru in the tray, and the language of the interface.
class AppearancePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    explicit AppearancePage(Settings *settings, QWidget *parent = nullptr);

    void apply();

private:
    void updatePreview();
    int chosenPointSize() const;
    void fillLanguages();
    void updateLanguageNote();

    Settings *m_settings;
    QSpinBox *m_fontSize;
    QLabel *m_preview;
    QCheckBox *m_keepInTray;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QString m_startedLanguage; ///< the choice this run started with
};

} // namespace CodeGuru
