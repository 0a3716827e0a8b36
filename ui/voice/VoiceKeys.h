// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace CodeGuru {

class SpokenQuestion;
class VoiceController;

/// The voice keys of one window: holding the push-to-talk shortcut (Ctrl+Shift+Space unless
/// Settings say otherwise) records a question (press and release, which QShortcut cannot tell
/// apart), and Esc cancels the recording and silences an answer being read aloud, then goes on
/// to whatever else Esc does there (stop the answer, close the find bar).
class VoiceKeys : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceKeys)

public:
    /// Watches key events for `window` and its children; `question` is the window's, `voice`
    /// says which key to hold and reads answers aloud. Neither is owned.
    VoiceKeys(QWidget *window, SpokenQuestion *question, VoiceController *voice);
    ~VoiceKeys() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool belongsToWindow(QObject *watched) const;

    QWidget *m_window;
    SpokenQuestion *m_question;
    VoiceController *m_voice;
    bool m_holding = false;
    /// Lets go a moment after the key-up: a key-down right behind it is the key still held
    /// (an X server's autorepeat that was not recognised as such), not a new press.
    QTimer m_letGo;
};

} // namespace CodeGuru
