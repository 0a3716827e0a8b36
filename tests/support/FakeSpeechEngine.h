// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/SpeechEngine.h"

#include <QStringList>

#include <utility>

namespace CodeGuru::Testing {

/// A speech engine that writes down what it is asked to say; a sentence ends when the test
/// says so (finishUtterance), as a real voice would end it some time later.
class FakeSpeechEngine : public SpeechEngine
{
public:
    void say(const QString &sentence, quint64 utterance) override
    {
        spoken << sentence;
        m_current = utterance;
        m_state = State::Speaking;
    }
    void stop() override
    {
        ++stops;
        m_current = 0;
        m_state = State::Ready;
    }
    State state() const override { return m_state; }

    /// The sentence being said reaches its end.
    void finishUtterance()
    {
        const quint64 utterance = std::exchange(m_current, 0);
        m_state = State::Ready;
        Q_EMIT utteranceFinished(utterance);
    }
    quint64 current() const { return m_current; }

    QStringList spoken;
    int stops = 0;

private:
    quint64 m_current = 0;
    State m_state = State::Ready;
};

} // namespace CodeGuru::Testing
