// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace CodeGuru {

namespace {
struct Key
{
    QLatin1StringView name;
    QVariant defaultValue;
};

const Key kDefaultProfile {QLatin1StringView("provider/defaultProfile"), QString()};
const Key kIdleTimeoutSeconds {QLatin1StringView("provider/idleTimeoutSeconds"), 90};
const Key kRedactSecrets {QLatin1StringView("privacy/redactSecrets"), QStringLiteral("remote")};
const Key kClassifierModel {QLatin1StringView("routing/classifierModel"), QString()};
const Key kRoutingDeadlineMs {QLatin1StringView("routing/deadlineMs"), 2000};
const Key kSystemPrompt {QLatin1StringView("persona/systemPrompt"), QString()};
const Key kFontPointSize {QLatin1StringView("appearance/fontPointSize"), 0};
const Key kLanguage {QLatin1StringView("appearance/language"), QString()};
const Key kKeepRunningInTray {QLatin1StringView("window/keepRunningInTray"), false};
const Key kQuickAskShortcut {QLatin1StringView("quickAsk/shortcut"), QStringLiteral("Ctrl+Alt+Space")};
const Key kQuickAskShortcutEnabled {QLatin1StringView("quickAsk/shortcutEnabled"), true};
const Key kUsePrimarySelection {QLatin1StringView("quickAsk/usePrimarySelection"), false};
const Key kTranscriptionProfile {QLatin1StringView("voice/transcriptionProfile"), QString()};
const Key kTranscriptionModel {QLatin1StringView("voice/transcriptionModel"), QString()};
const Key kSendSpokenQuestionsAtOnce {QLatin1StringView("voice/sendAtOnce"), false};
const Key kPushToTalkShortcut {QLatin1StringView("voice/pushToTalkShortcut"),
                               Settings::defaultPushToTalkShortcut()};
const Key kReadAnswersAloud {QLatin1StringView("voice/readAnswersAloud"), false};
const Key kSpeechEngine {QLatin1StringView("voice/speechEngine"), QString()};
// A deadline past a minute would leave the question waiting on routing longer than on the answer.
constexpr int kMaxRoutingDeadlineMs = 60'000;
constexpr int kMinFontPointSize = 6;
constexpr int kMaxFontPointSize = 72;
constexpr QLatin1StringView kProfilesGroup("profiles");

QVariant value(const QSettings &settings, const Key &key)
{
    return settings.value(key.name, key.defaultValue);
}
} // namespace

Settings::Settings()
    : m_storage(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                            QStringLiteral("CodeGuru"), QStringLiteral("codeguru")))
{ }

Settings::Settings(const QString &path)
    : m_storage(std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

QString Settings::defaultProfile() const
{
    return value(*m_storage, kDefaultProfile).toString();
}

void Settings::setDefaultProfile(const QString &name)
{
    m_storage->setValue(kDefaultProfile.name, name);
}

std::chrono::seconds Settings::idleTimeout() const
{
    const int seconds = value(*m_storage, kIdleTimeoutSeconds).toInt();
    return std::chrono::seconds(seconds > 0 ? seconds : kIdleTimeoutSeconds.defaultValue.toInt());
}

void Settings::setIdleTimeout(std::chrono::seconds timeout)
{
    m_storage->setValue(kIdleTimeoutSeconds.name, qint64(timeout.count()));
}

RedactionMode Settings::redactionMode() const
{
    return parseRedactionMode(value(*m_storage, kRedactSecrets).toString()).value_or(RedactionMode::Remote);
}

void Settings::setRedactionMode(RedactionMode mode)
{
    m_storage->setValue(kRedactSecrets.name, redactionModeName(mode));
}

QString Settings::classifierModel() const
{
    return value(*m_storage, kClassifierModel).toString().trimmed();
}

void Settings::setClassifierModel(const QString &model)
{
    m_storage->setValue(kClassifierModel.name, model.trimmed());
}

std::chrono::milliseconds Settings::routingDeadline() const
{
    const int ms = value(*m_storage, kRoutingDeadlineMs).toInt();
    if (ms <= 0)
        return std::chrono::milliseconds(kRoutingDeadlineMs.defaultValue.toInt());
    return std::chrono::milliseconds(std::min(ms, kMaxRoutingDeadlineMs));
}

void Settings::setRoutingDeadline(std::chrono::milliseconds deadline)
{
    m_storage->setValue(kRoutingDeadlineMs.name, qint64(deadline.count()));
}

QString Settings::systemPrompt() const
{
    return value(*m_storage, kSystemPrompt).toString();
}

void Settings::setSystemPrompt(const QString &prompt)
{
    if (prompt.trimmed().isEmpty())
        m_storage->remove(kSystemPrompt.name);
    else
        m_storage->setValue(kSystemPrompt.name, prompt);
}

int Settings::fontPointSize() const
{
    const int size = value(*m_storage, kFontPointSize).toInt();
    return size >= kMinFontPointSize && size <= kMaxFontPointSize ? size : 0;
}

void Settings::setFontPointSize(int pointSize)
{
    m_storage->setValue(kFontPointSize.name, pointSize);
}

QString Settings::language() const
{
    return value(*m_storage, kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_storage->remove(kLanguage.name);
    else
        m_storage->setValue(kLanguage.name, language);
}

bool Settings::keepRunningInTray() const
{
    return value(*m_storage, kKeepRunningInTray).toBool();
}

void Settings::setKeepRunningInTray(bool keep)
{
    m_storage->setValue(kKeepRunningInTray.name, keep);
}

QString Settings::quickAskShortcut() const
{
    return value(*m_storage, kQuickAskShortcut).toString();
}

void Settings::setQuickAskShortcut(const QString &shortcut)
{
    m_storage->setValue(kQuickAskShortcut.name, shortcut);
}

bool Settings::quickAskShortcutEnabled() const
{
    return value(*m_storage, kQuickAskShortcutEnabled).toBool();
}

void Settings::setQuickAskShortcutEnabled(bool enabled)
{
    m_storage->setValue(kQuickAskShortcutEnabled.name, enabled);
}

bool Settings::usePrimarySelection() const
{
    return value(*m_storage, kUsePrimarySelection).toBool();
}

void Settings::setUsePrimarySelection(bool use)
{
    m_storage->setValue(kUsePrimarySelection.name, use);
}

QString Settings::transcriptionProfile() const
{
    return value(*m_storage, kTranscriptionProfile).toString().trimmed();
}

void Settings::setTranscriptionProfile(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_storage->remove(kTranscriptionProfile.name);
    else
        m_storage->setValue(kTranscriptionProfile.name, name.trimmed());
}

QString Settings::transcriptionModel() const
{
    return value(*m_storage, kTranscriptionModel).toString().trimmed();
}

void Settings::setTranscriptionModel(const QString &model)
{
    if (model.trimmed().isEmpty())
        m_storage->remove(kTranscriptionModel.name);
    else
        m_storage->setValue(kTranscriptionModel.name, model.trimmed());
}

bool Settings::sendSpokenQuestionsAtOnce() const
{
    return value(*m_storage, kSendSpokenQuestionsAtOnce).toBool();
}

void Settings::setSendSpokenQuestionsAtOnce(bool send)
{
    m_storage->setValue(kSendSpokenQuestionsAtOnce.name, send);
}

QString Settings::pushToTalkShortcut() const
{
    const QString shortcut = value(*m_storage, kPushToTalkShortcut).toString().trimmed();
    return shortcut.isEmpty() ? kPushToTalkShortcut.defaultValue.toString() : shortcut;
}

void Settings::setPushToTalkShortcut(const QString &shortcut)
{
    if (shortcut.trimmed().isEmpty())
        m_storage->remove(kPushToTalkShortcut.name);
    else
        m_storage->setValue(kPushToTalkShortcut.name, shortcut.trimmed());
}

bool Settings::readAnswersAloud() const
{
    return value(*m_storage, kReadAnswersAloud).toBool();
}

void Settings::setReadAnswersAloud(bool read)
{
    m_storage->setValue(kReadAnswersAloud.name, read);
}

QString Settings::speechEngine() const
{
    return value(*m_storage, kSpeechEngine).toString().trimmed();
}

void Settings::setSpeechEngine(const QString &engine)
{
    if (engine.trimmed().isEmpty())
        m_storage->remove(kSpeechEngine.name);
    else
        m_storage->setValue(kSpeechEngine.name, engine.trimmed());
}

QString Settings::classifierSetFile() const
{
    return QFileInfo(fileName()).dir().filePath(QStringLiteral("classifiers.json"));
}

QList<ProviderProfile> Settings::profiles() const
{
    m_storage->beginGroup(kProfilesGroup);
    const QStringList names = m_storage->childGroups();
    m_storage->endGroup();
    QList<ProviderProfile> result;
    for (const QString &name : names) {
        if (auto found = profile(name))
            result.append(*found);
    }
    return result;
}

std::optional<ProviderProfile> Settings::profile(const QString &name) const
{
    if (!ProviderProfile::isValidName(name))
        return std::nullopt;
    m_storage->beginGroup(kProfilesGroup + QLatin1Char('/') + name);
    std::optional<ProviderProfile> result;
    if (m_storage->contains(QStringLiteral("preset"))) {
        result = ProviderProfile {
            name,
            m_storage->value(QStringLiteral("preset")).toString(),
            QUrl(m_storage->value(QStringLiteral("baseUrl")).toString()),
            m_storage->value(QStringLiteral("model")).toString(),
        };
    }
    m_storage->endGroup();
    return result;
}

void Settings::saveProfile(const ProviderProfile &profile)
{
    Q_ASSERT(ProviderProfile::isValidName(profile.name));
    m_storage->beginGroup(kProfilesGroup + QLatin1Char('/') + profile.name);
    m_storage->setValue(QStringLiteral("preset"), profile.presetId);
    m_storage->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString(QUrl::RemovePassword));
    m_storage->setValue(QStringLiteral("model"), profile.model);
    m_storage->endGroup();
}

bool Settings::removeProfile(const QString &name)
{
    if (!profile(name))
        return false;
    m_storage->remove(kProfilesGroup + QLatin1Char('/') + name);
    if (defaultProfile() == name) {
        // The same rule as the Settings dialog: the first profile left takes over.
        const QList<ProviderProfile> left = profiles();
        if (left.isEmpty())
            m_storage->remove(kDefaultProfile.name);
        else
            setDefaultProfile(left.first().name);
    }
    return true;
}

} // namespace CodeGuru
