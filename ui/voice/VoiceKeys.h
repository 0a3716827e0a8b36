// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace CodeGuru {

class SpokenQuestion;

/// The voice keys of one window: holding Ctrl+Shift+Space records a question (press and
/// release, which QShortcut cannot tell apart), and Esc cancels the recording and silences an
/// answer being read aloud, then goes on to whatever else Esc does there (stop the answer,
/// close the find bar).
class VoiceKeys : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceKeys)

public:
    /// Watches key events for `window` and its children; `silence` stops reading aloud.
    VoiceKeys(QWidget *window, SpokenQuestion *question, std::function<void()> silence);
    ~VoiceKeys() override;

    static QKeySequence defaultHoldToTalk();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool belongsToWindow(QObject *watched) const;

    QWidget *m_window;
    SpokenQuestion *m_question;
    std::function<void()> m_silence;
    bool m_holding = false;
    /// Lets go a moment after the key-up: a key-down right behind it is the key still held
    /// (an X server's autorepeat that was not recognised as such), not a new press.
    QTimer m_letGo;
};

} // namespace CodeGuru
