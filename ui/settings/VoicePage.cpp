// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoicePage.h"

#include "config/Settings.h"
#include "hotkey/KeyChord.h"
#include "voice/TranscriptionClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextToSpeech>
#include <QVBoxLayout>

namespace CodeGuru {

namespace {

/// A wrapped line of explanation under `check`, indented to start where its text starts.
QLabel *noteUnder(QCheckBox *check, const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    const QStyle *style = check->style();
    note->setContentsMargins(style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, check)
                                 + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, check),
                             0, 0, 0);
    return note;
}

} // namespace

VoicePage::VoicePage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_profile(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_sendAtOnce(new QCheckBox(tr("&Send spoken questions at once"), this))
    , m_readAloud(new QCheckBox(tr("&Read answers aloud"), this))
    , m_engine(new QComboBox(this))
    , m_noEngine(new QLabel(this))
    , m_shortcut(new QKeySequenceEdit(this))
    , m_shortcutNote(new QLabel(this))
{
    m_profile->setObjectName(QStringLiteral("transcriptionProfileCombo"));
    m_profile->setToolTip(tr("The provider profile that turns what you say into text."));
    m_model->setObjectName(QStringLiteral("transcriptionModelEdit"));
    m_model->setClearButtonEnabled(true);
    m_model->setToolTip(tr("The speech-to-text model; empty uses the provider's usual one."));
    m_sendAtOnce->setObjectName(QStringLiteral("sendSpokenAtOnceCheck"));
    m_readAloud->setObjectName(QStringLiteral("readAnswersAloudCheck"));
    m_engine->setObjectName(QStringLiteral("speechEngineCombo"));
    m_noEngine->setObjectName(QStringLiteral("noSpeechEngineNote"));
    m_noEngine->setText(tr("No text-to-speech engine is installed. Install speech-dispatcher or Flite to "
                           "hear answers."));
    m_noEngine->setWordWrap(true);

    auto *speaking = new QGroupBox(tr("Speaking a question"), this);
    auto *speakingForm = new QFormLayout(speaking);
    speakingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    speakingForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    speakingForm->addRow(tr("Transcription &provider:"), m_profile);
    speakingForm->addRow(tr("Transcription &model:"), m_model);
    speakingForm->addRow(m_sendAtOnce);
    speakingForm->addRow(noteUnder(m_sendAtOnce,
                                   tr("Otherwise the words land in the message box, so you can glance "
                                      "at them before sending."),
                                   speaking));
    speakingForm->addRow(tr("Push-to-&talk shortcut:"), m_shortcut);
    m_shortcutNote->setObjectName(QStringLiteral("pushToTalkNote"));
    m_shortcutNote->setWordWrap(true);
    speakingForm->addRow(m_shortcutNote);

    auto *hearing = new QGroupBox(tr("Hearing the answer"), this);
    auto *hearingForm = new QFormLayout(hearing);
    hearingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    hearingForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hearingForm->addRow(m_readAloud);
    hearingForm->addRow(tr("Speech &engine:"), m_engine);
    hearingForm->addRow(m_noEngine);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(speaking);
    layout->addSpacing(12);
    layout->addWidget(hearing);
    layout->addStretch(1);

    m_shortcut->setObjectName(QStringLiteral("pushToTalkShortcutEdit"));
    m_shortcut->setKeySequence(QKeySequence(m_settings->pushToTalkShortcut(), QKeySequence::PortableText));
    connect(m_shortcut, &QKeySequenceEdit::keySequenceChanged, this, &VoicePage::showShortcutNote);
    showShortcutNote();

    fillProfiles();
    m_model->setText(m_settings->transcriptionModel());
    updateModelPlaceholder();
    connect(m_profile, &QComboBox::currentIndexChanged, this, &VoicePage::updateModelPlaceholder);
    m_sendAtOnce->setChecked(m_settings->sendSpokenQuestionsAtOnce());

    m_readAloud->setChecked(m_settings->readAnswersAloud());
    fillEngines();
    connect(m_readAloud, &QCheckBox::toggled, m_engine, &QWidget::setEnabled);
}

std::optional<QString> VoicePage::chosenShortcut() const
{
    const QString text = m_shortcut->keySequence().toString(QKeySequence::PortableText);
    if (!KeyChord::fromPortableText(text))
        return std::nullopt;
    return text;
}

void VoicePage::showShortcutNote()
{
    if (chosenShortcut()) {
        m_shortcutNote->setText(tr("To speak a question, hold %1 in the CodeGuru window, or hold the "
                                   "microphone button, and let go when you are done.")
                                    .arg(m_shortcut->keySequence().toString(QKeySequence::NativeText)));
        return;
    }
    // Kept as it was until a usable one is entered: a bare letter or Space would take typing.
    m_shortcutNote->setText(tr("Choose one key with Ctrl, Alt or Meta (or a function key such as F9): "
                               "a key held without them would be taken from typing."));
}

bool VoicePage::apply()
{
    if (const auto shortcut = chosenShortcut())
        m_settings->setPushToTalkShortcut(*shortcut);
    m_settings->setTranscriptionProfile(m_profile->currentData().toString());
    m_settings->setTranscriptionModel(m_model->text().trimmed());
    m_settings->setSendSpokenQuestionsAtOnce(m_sendAtOnce->isChecked());
    m_settings->setReadAnswersAloud(m_readAloud->isChecked());
    m_settings->setSpeechEngine(m_engine->currentData().toString());
    return true;
}

void VoicePage::fillProfiles()
{
    m_profile->addItem(tr("Same as the chat provider"), QString());
    const QList<ProviderProfile> profiles = m_settings->profiles();
    for (const ProviderProfile &profile : profiles)
        m_profile->addItem(profile.name, profile.name);
    const QString stored = m_settings->transcriptionProfile();
    int index = m_profile->findData(stored);
    if (index < 0) {
        // Removed since it was chosen: shown as it is, so opening the page changes nothing.
        m_profile->addItem(tr("%1 (missing)").arg(stored), stored);
        index = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(index);
}

void VoicePage::fillEngines()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    m_engine->addItem(tr("System default"), QString());
    for (const QString &engine : engines)
        m_engine->addItem(engine, engine);
    const QString stored = m_settings->speechEngine();
    int index = m_engine->findData(stored);
    if (index < 0) {
        m_engine->addItem(tr("%1 (not installed)").arg(stored), stored);
        index = m_engine->count() - 1;
    }
    m_engine->setCurrentIndex(index);

    const bool none = engines.isEmpty();
    m_noEngine->setVisible(none);
    // Kept as stored (apply() writes back what it shows), but nothing to switch on.
    m_readAloud->setEnabled(!none);
    m_engine->setEnabled(!none && m_readAloud->isChecked());
}

void VoicePage::updateModelPlaceholder()
{
    QString name = m_profile->currentData().toString();
    if (name.isEmpty())
        name = m_settings->defaultProfile();
    const std::optional<ProviderProfile> profile = name.isEmpty() ? std::nullopt : m_settings->profile(name);
    if (!profile) {
        m_model->setPlaceholderText(tr("Provider default (e.g. %1)").arg(QStringLiteral("whisper-1")));
        return;
    }
    ProviderEndpoint endpoint;
    endpoint.presetId = profile->presetId;
    endpoint.baseUrl = profile->baseUrl;
    m_model->setPlaceholderText(tr("Provider default: %1").arg(TranscriptionClient::defaultModel(endpoint)));
}

} // namespace CodeGuru
