// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClipboardSnapshot.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class QPushButton;

namespace CodeGuru {

class ChatView;
class PushToTalkButton;
class SpokenQuestion;
class VoiceController;
class VoiceStrip;

/// The small window the global shortcut opens over whatever the person is doing: what the
/// clipboard holds, a one-line question, and the answer below it. It is created at start-up
/// and kept hidden, so it appears at once. It only shows; MainWindow asks and saves.
class QuickAskWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickAskWindow)

public:
    explicit QuickAskWindow(QWidget *parent = nullptr);

    /// Shows the window on the screen with the mouse pointer, in front, with `clipboard`
    /// previewed and the question field focused. Already shown: just the new clipboard.
    void popUp(const ClipboardSnapshot &clipboard);
    /// The clipboard as previewed: what goes with the question.
    const ClipboardSnapshot &clipboard() const { return m_clipboard; }
    ChatView *chatView() const { return m_chatView; }
    QLineEdit *questionField() const { return m_question; }
    QPushButton *openInMainWindowButton() const { return m_openButton; }
    /// The preview's text as shown, for tests.
    QString previewText() const;
    void setBusy(bool busy);
    /// Asks what the question field holds (what Enter does).
    void askTyped();
    /// Adds the microphone button, the recording strip and the voice keys (hold the
    /// push-to-talk shortcut; Esc also silences answers read aloud). Neither is owned.
    void setVoice(SpokenQuestion *question, VoiceController *voice);
    PushToTalkButton *pushToTalkButton() const { return m_talkButton; }
    VoiceStrip *voiceStrip() const { return m_voiceStrip; }

Q_SIGNALS:
    void askRequested(const QString &question);
    void stopRequested();
    void openInMainWindowRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showPreview();
    void placeNearPointer();

    ClipboardSnapshot m_clipboard;
    QLabel *m_preview;
    QLabel *m_thumbnail;
    QLineEdit *m_question;
    ChatView *m_chatView;
    QPushButton *m_openButton;
    QVBoxLayout *m_frame = nullptr;
    QHBoxLayout *m_questionRow = nullptr;
    PushToTalkButton *m_talkButton = nullptr;
    VoiceStrip *m_voiceStrip = nullptr;
    bool m_busy = false;
};

} // namespace CodeGuru
