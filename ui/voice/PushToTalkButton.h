// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace CodeGuru {

class SpokenQuestion;

/// The microphone button: hold it (with the mouse, or Space when it has the focus) and speak,
/// let go to stop. Shows whether it is recording.
class PushToTalkButton : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushToTalkButton)

public:
    PushToTalkButton(SpokenQuestion *question, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();

    SpokenQuestion *m_question;
};

} // namespace CodeGuru
