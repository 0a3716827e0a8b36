// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;

namespace CodeGuru {

class Settings;

/// Settings page for speaking and hearing: which provider profile and model turn a spoken
/// question into text, whether it is sent at once or lands in the message box first, whether
/// answers are read aloud and by which Qt TextToSpeech engine, and the key held to speak. A stored profile or
/// engine that no longer exists is still shown, so opening the page never changes a setting by itself.
class VoicePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoicePage)

public:
    explicit VoicePage(Settings *settings, QWidget *parent = nullptr);

    /// Always true: these settings cannot fail to be written; the bool matches QuickAskPage.
    bool apply();

private:
    void fillProfiles();
    void fillEngines();
    void updateModelPlaceholder();
    /// The push-to-talk shortcut entered, as portable text, when it is a usable one.
    std::optional<QString> chosenShortcut() const;
    void showShortcutNote();

    Settings *m_settings;
    QComboBox *m_profile;
    QLineEdit *m_model;
    QCheckBox *m_sendAtOnce;
    QCheckBox *m_readAloud;
    QComboBox *m_engine;
    QLabel *m_noEngine;
    QKeySequenceEdit *m_shortcut;
    QLabel *m_shortcutNote;
};

} // namespace CodeGuru
