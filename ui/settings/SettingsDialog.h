// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace CodeGuru {

class AppearancePage;
class AutostartEntry;
class ChatClient;
class InlineStatus;
class GlobalShortcut;
class PersonaPage;
class QuickAskPage;
class ProvidersPage;
class RoutingPage;
class SecretStore;
class Settings;
class VoicePage;

/// CodeGuru's settings: providers and keys, routing, persona, Quick Ask, voice and appearance.
/// Nothing is written until Apply or OK; keys go to the SecretStore only. Every network and
/// keychain call is asynchronous, and problems are shown inline rather than in message boxes.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Providers, Routing, Persona, QuickAsk, Voice, Appearance };

    /// None of the services are owned; they must outlive the dialog. `shortcut` (may be null)
    /// lets the Quick Ask page say whether the global shortcut is registered; `autostart` (may
    /// be null) lets it switch starting at login.
    SettingsDialog(Settings *settings, SecretStore *secrets, ChatClient *client,
                   GlobalShortcut *shortcut = nullptr, const AutostartEntry *autostart = nullptr,
                   QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

Q_SIGNALS:
    /// Apply or OK wrote the settings (and the keychain answered for every key typed).
    void settingsChanged();

private:
    void apply(bool closeAfterwards);
    void onProvidersApplied(bool ok);
    QWidget *wrap(QWidget *page, const QString &title);

    Settings *m_settings;
    ProvidersPage *m_providers;
    RoutingPage *m_routing;
    PersonaPage *m_persona;
    QuickAskPage *m_quickAsk;
    VoicePage *m_voice;
    AppearancePage *m_appearance;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    InlineStatus *m_status;
    QDialogButtonBox *m_buttons = nullptr; ///< made after the pages, for the Tab order
    bool m_applying = false;
    bool m_closeAfterApply = false;
    bool m_routingSaved = true;
    bool m_quickAskSaved = true;
};

} // namespace CodeGuru
