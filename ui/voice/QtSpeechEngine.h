// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/SpeechEngine.h"

#include <QString>
#include <QStringList>

class QTextToSpeech;

namespace CodeGuru {

/// Reads sentences aloud through Qt TextToSpeech (speech-dispatcher or Flite on Linux, the
/// platform's own voices elsewhere).
///
/// QTextToSpeech 6.4 has no utterance ids: it only reports Speaking and Ready, later, from its
/// synthesis thread. Every non-empty say() shows up as exactly one Speaking followed by one
/// Ready, also when a later say() or stop() cuts it short, so counting the Speaking reports
/// tells which say() a Ready belongs to: a Ready from the utterance that a new say() interrupted
/// arrives after that say() has returned and must not finish the new one.
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtSpeechEngine)

public:
    /// `engineName` is one of availableEngines(); empty for Qt's default engine or, where that
    /// cannot start, the first other one that can.
    explicit QtSpeechEngine(const QString &engineName = QString(), QObject *parent = nullptr);

    void say(const QString &sentence, quint64 utterance) override;
    void stop() override;
    /// Speaking from say() until the utterance ends or stop(), even while the engine is still
    /// starting up or winding down.
    State state() const override;

    /// The engine in use, e.g. "flite"; the one asked for even when it could not be loaded.
    QString engineName() const;

    /// The engines Qt TextToSpeech found ("speechd", "flite", ...).
    static QStringList availableEngines();

private:
    enum class Outcome { Finished, Failed };

    /// What the engine reported (it is never paused here).
    void onStateChanged(State state);
    /// Reports `utterance` after say() has returned (never from inside it), unless stop() or
    /// another say() retired it meanwhile. A failure without `message` reports the engine's
    /// error as it stands then.
    /// The sentence being said broke off: skipped, unless too many did in a row.
    void onBrokenOff();
    void reportLater(quint64 utterance, Outcome outcome, const QString &message = QString());
    /// Why nothing can be spoken at all, empty while the engine works.
    QString unavailableReason() const;
    QString engineErrorMessage() const;

    QString m_engineName;
    QTextToSpeech *m_speech = nullptr;
    State m_seen = State::Ready; ///< the last state the engine reported
    quint64 m_current = 0; ///< the utterance being spoken, 0 when none
    quint64 m_currentSay = 0; ///< which of the engine's say() calls speaks it, 0 when none
    quint64 m_issued = 0; ///< non-empty say() calls handed to the engine
    quint64 m_started = 0; ///< Speaking reports received
    int m_brokenInARow = 0; ///< sentences in a row whose playback broke off
    quint64 m_brokenUtterance = 0; ///< the last utterance counted as broken off
};

} // namespace CodeGuru
