// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace CodeGuru {

class InlineStatus;
class Settings;

/// Settings page for the system prompt sent before every conversation.
class PersonaPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaPage)

public:
    explicit PersonaPage(Settings *settings, QWidget *parent = nullptr);

    /// Stores the prompt, or nothing when it is the built-in persona, so a newer built-in
    /// persona reaches everyone who never changed it.
    void apply();

private:
    void showOrigin();

    Settings *m_settings;
    QPlainTextEdit *m_prompt;
    QPushButton *m_resetButton;
    InlineStatus *m_status;
};

} // namespace CodeGuru
