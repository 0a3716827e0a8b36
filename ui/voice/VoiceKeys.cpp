// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceKeys.h"

#include "VoiceController.h"
#include "voice/SpokenQuestion.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace CodeGuru {

namespace {
constexpr Qt::KeyboardModifiers kChordModifiers =
    Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier;
// Longer than an autorepeat interval (25–40 ms), too short to be noticed after speaking.
constexpr std::chrono::milliseconds kLetGoDelay {120};
} // namespace

VoiceKeys::VoiceKeys(QWidget *window, SpokenQuestion *question, VoiceController *voice)
    : QObject(window)
    , m_window(window)
    , m_question(question)
    , m_voice(voice)
{
    m_letGo.setSingleShot(true);
    m_letGo.setInterval(kLetGoDelay);
    connect(&m_letGo, &QTimer::timeout, this, [this] {
        m_holding = false;
        m_question->release();
    });
    // Key events go to the focused child, so the window alone would never see them.
    qApp->installEventFilter(this);
}

VoiceKeys::~VoiceKeys()
{
    qApp->removeEventFilter(this);
}

bool VoiceKeys::belongsToWindow(QObject *watched) const
{
    auto *widget = qobject_cast<QWidget *>(watched);
    return widget && widget->window() == m_window;
}

bool VoiceKeys::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::WindowDeactivate && watched == m_window && m_holding) {
        // The key-up goes to another window now; waiting for it would record on and on.
        m_letGo.stop();
        m_holding = false;
        m_question->release();
        return false;
    }
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride)
        return false;
    if (!belongsToWindow(watched))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = m_voice->pushToTalkModifiers();
    const bool isHoldChord =
        key->key() == m_voice->pushToTalkKey() && (key->modifiers() & kChordModifiers) == modifiers;
    if (type == QEvent::ShortcutOverride) {
        // Claim the chord so no shortcut or text field takes it first.
        if (isHoldChord) {
            event->accept();
            return true;
        }
        return false;
    }
    if (type == QEvent::KeyPress) {
        if (isHoldChord) {
            if (m_letGo.isActive())
                m_letGo.stop(); // still held
            else if (!key->isAutoRepeat() && !m_holding) {
                m_holding = true;
                m_question->press();
            }
            return true; // also the repeats: no spaces typed into the question
        }
        if (key->key() == Qt::Key_Escape && !key->isAutoRepeat()) {
            m_question->cancel();
            m_voice->silence();
        }
        return false;
    }
    // Let go of any key of the chord: done speaking.
    const bool chordKey = key->key() == m_voice->pushToTalkKey()
        || (key->key() == Qt::Key_Control && modifiers.testFlag(Qt::ControlModifier))
        || (key->key() == Qt::Key_Shift && modifiers.testFlag(Qt::ShiftModifier))
        || (key->key() == Qt::Key_Alt && modifiers.testFlag(Qt::AltModifier))
        || (key->key() == Qt::Key_Meta && modifiers.testFlag(Qt::MetaModifier));
    if (m_holding && !key->isAutoRepeat() && !m_letGo.isActive() && chordKey) {
        m_letGo.start();
        return key->key() == m_voice->pushToTalkKey();
    }
    return false;
}

} // namespace CodeGuru
