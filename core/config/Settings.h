// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderProfile.h"
#include "context/SecretGuardPolicy.h"

#include <QList>
#include <QSettings>
#include <QVariant>

#include <chrono>
#include <memory>
#include <optional>

namespace CodeGuru {

/// Typed access to CodeGuru's settings file. Every key, with its default, is declared once
/// in Settings.cpp. Secrets never pass through here.
class Settings
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    /// The per-user settings file (~/.config/CodeGuru/codeguru.conf on Linux).
    Settings();
    /// A settings file at `path`, for tests and portable setups.
    explicit Settings(const QString &path);

    QString defaultProfile() const;
    void setDefaultProfile(const QString &name);

    std::chrono::seconds idleTimeout() const;
    void setIdleTimeout(std::chrono::seconds timeout);

    /// Where attached text is scanned for secrets before it is sent (default: remote).
    RedactionMode redactionMode() const;
    void setRedactionMode(RedactionMode mode);

    /// Model for the routing questions; empty: the answer model.
    QString classifierModel() const;
    void setClassifierModel(const QString &model);

    /// How long a question waits for routing answers before the defaults decide (default 2 s).
    std::chrono::milliseconds routingDeadline() const;
    void setRoutingDeadline(std::chrono::milliseconds deadline);

    /// The person's own system prompt; empty means Persona::codingExpert(), so a newer
    /// built-in persona reaches everyone who never changed it.
    QString systemPrompt() const;
    void setSystemPrompt(const QString &prompt);

    /// Point size for the chat and editor text; 0 follows the system font.
    int fontPointSize() const;
    void setFontPointSize(int pointSize);

    /// The interface language as a locale name ("de", "pt_BR"); empty follows the system.
    /// Read once at start-up, so a change applies after a restart.
    QString language() const;
    void setLanguage(const QString &language);

    /// Whether closing the window leaves CodeGuru running in the system tray (default off:
    /// closing quits, as people expect unless they ask otherwise).
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);

    /// The global shortcut for Quick Ask, as QKeySequence's portable text (default
    /// "Ctrl+Alt+Space"), and whether it is on (default on).
    QString quickAskShortcut() const;
    void setQuickAskShortcut(const QString &shortcut);
    bool quickAskShortcutEnabled() const;
    void setQuickAskShortcutEnabled(bool enabled);
    /// On X11: Quick Ask takes the primary selection (the last highlighted text) instead of the
    /// clipboard (default off).
    bool usePrimarySelection() const;
    void setUsePrimarySelection(bool use);

    /// The provider profile that transcribes speech; empty: the one that answers the chat.
    QString transcriptionProfile() const;
    void setTranscriptionProfile(const QString &name);
    /// The speech-to-text model; empty: the provider's usual one (TranscriptionClient::defaultModel).
    QString transcriptionModel() const;
    void setTranscriptionModel(const QString &model);
    /// A spoken question is sent as soon as it is transcribed (default off: it lands in the
    /// composer for a glance first).
    bool sendSpokenQuestionsAtOnce() const;
    void setSendSpokenQuestionsAtOnce(bool send);
    /// The key held inside CodeGuru's windows to speak a question, as QKeySequence's portable
    /// text (default "Ctrl+Shift+Space").
    QString pushToTalkShortcut() const;
    static QString defaultPushToTalkShortcut() { return QStringLiteral("Ctrl+Shift+Space"); }
    void setPushToTalkShortcut(const QString &shortcut);
    /// Answers are read aloud as they arrive (default off).
    bool readAnswersAloud() const;
    void setReadAnswersAloud(bool read);
    /// The Qt TextToSpeech engine that reads answers ("speechd", "flite", …); empty: Qt's
    /// default for the platform.
    QString speechEngine() const;
    void setSpeechEngine(const QString &engine);

    /// classifiers.json beside the settings file: when it exists it replaces the shipped set.
    QString classifierSetFile() const;

    QList<ProviderProfile> profiles() const;
    std::optional<ProviderProfile> profile(const QString &name) const;
    void saveProfile(const ProviderProfile &profile);
    /// Removes a profile; when it was the default, the first profile left becomes the default
    /// (none if no profile is left). False when there is no such profile.
    bool removeProfile(const QString &name);

    void sync() { m_storage->sync(); }
    QString fileName() const { return m_storage->fileName(); }

private:
    std::unique_ptr<QSettings> m_storage;
};

} // namespace CodeGuru
