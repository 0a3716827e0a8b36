// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace CodeGuru {

class Settings;

/// Settings page for how the window looks and behaves: the text size, with a preview, and
/// whether closing the window keeps CodeGuru in the tray.
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

    Settings *m_settings;
    QSpinBox *m_fontSize;
    QLabel *m_preview;
    QCheckBox *m_keepInTray;
};

} // namespace CodeGuru
