// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceStrip.h"

#include "LevelMeter.h"
#include "voice/SpokenQuestion.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace CodeGuru {

VoiceStrip::VoiceStrip(SpokenQuestion *question, QWidget *parent)
    : QWidget(parent)
    , m_question(question)
    , m_meter(new LevelMeter(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("voiceStrip"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("voiceMessage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meter, 0, Qt::AlignVCenter);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_discard, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    m_retry->setToolTip(tr("Send the kept recording to be transcribed again"));
    m_discard->setToolTip(tr("Throw the kept recording away"));

    connect(m_retry, &QPushButton::clicked, m_question, &SpokenQuestion::retry);
    connect(m_discard, &QPushButton::clicked, m_question, &SpokenQuestion::discard);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_problemShown = false;
        showState();
    });
    connect(m_question, &SpokenQuestion::stateChanged, this, [this] {
        if (m_question->state() != SpokenQuestion::State::Idle)
            m_problemShown = false;
        showState();
    });
    connect(m_question, &SpokenQuestion::problem, this, &VoiceStrip::showProblem);
    connect(m_question, &SpokenQuestion::levelChanged, m_meter, &LevelMeter::setLevel);
    showState();
}

void VoiceStrip::showProblem(const QString &message)
{
    m_problemShown = m_question->state() == SpokenQuestion::State::Idle;
    m_message->setText(message);
    showState();
}

void VoiceStrip::showState()
{
    using State = SpokenQuestion::State;
    const State state = m_question->state();
    m_meter->setVisible(state == State::Starting || state == State::Recording);
    if (state == State::Starting)
        m_meter->reset();
    m_retry->setVisible(state == State::Kept);
    m_discard->setVisible(state == State::Kept);
    m_dismiss->setVisible(state == State::Idle && m_problemShown);
    switch (state) {
    case State::Idle:
        setVisible(m_problemShown);
        return;
    case State::Starting:
        m_message->setText(tr("Opening the microphone…"));
        break;
    case State::Recording:
        m_message->setText(tr("Listening… let go to stop, Esc to cancel."));
        break;
    case State::Transcribing:
        m_message->setText(tr("Turning speech into text…"));
        break;
    case State::Kept:
        m_message->setText(m_question->message());
        break;
    }
    setVisible(true);
}

} // namespace CodeGuru
