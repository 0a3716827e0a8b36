// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace CodeGuru {

class LevelMeter;
class SpokenQuestion;

/// The line above the question box while a question is spoken: the level meter while
/// listening, "turning speech into text" while the provider works, and what went wrong with
/// Retry and Discard while a recording is kept. Hidden the rest of the time.
class VoiceStrip : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceStrip)

public:
    VoiceStrip(SpokenQuestion *question, QWidget *parent = nullptr);

    QLabel *messageLabel() const { return m_message; }
    LevelMeter *levelMeter() const { return m_meter; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }

private:
    void showState();
    void showProblem(const QString &message);

    SpokenQuestion *m_question;
    LevelMeter *m_meter;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_dismiss;
    bool m_problemShown = false; ///< a problem without a kept recording, until dismissed
};

} // namespace CodeGuru
