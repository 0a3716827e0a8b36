// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileDraft.h"
#include "provider/ProviderEndpoint.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace CodeGuru {

class ApiKeyField;
class ChatClient;
class ChatReply;
class InlineStatus;
class ModelListReply;
class SecretStore;
class Settings;
struct SecretResult;

/// Settings page for provider profiles: preset or custom base URL, model from the
/// provider's list, the key (to the keychain only) and a connection test. Edits stay in
/// drafts until apply(); network and keychain calls are all asynchronous.
class ProvidersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    ProvidersPage(Settings *settings, SecretStore *secrets, ChatClient *client, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    /// Checks every profile; shows the first problem inline and selects that profile.
    bool validate();
    /// Writes the profiles to Settings (not synced) and hands typed keys to the SecretStore.
    /// applyFinished() follows, never before this returns, once the keychain answered.
    void apply();

Q_SIGNALS:
    /// `ok` is false when a key could not be stored or removed; the profile shows why.
    void applyFinished(bool ok);
    /// A provider listed its models, so other pages can offer the same names.
    void modelsListed(const QStringList &models);

private:
    void buildUi();
    void load();
    void checkKeychain(int draftId, const QString &account, bool isNew);
    void rebuildList();
    void select(int index);
    void showCurrent();
    void addProfile();
    void removeProfile();
    void makeDefault();
    void onNameEdited(const QString &text);
    void onPresetChosen(int comboIndex);
    void onBaseUrlEdited(const QString &text);
    void onModelEdited(const QString &text);
    void refreshModels();
    void testConnection();
    void cancelRequests();
    void withKey(const ProfileDraft &draft, std::function<void(const QString &key)> then);
    void writeKey(const QString &name, const QString &key);
    void deleteKey(const QString &name);
    void keyOperationFinished(bool ok);

    ProfileDraft *current();
    ProfileDraft *draftNamed(const QString &name);
    ProfileDraft *draftWithId(int id);
    QString uniqueName() const;
    ProviderEndpoint endpointFor(const ProfileDraft &draft) const;
    static QUrl effectiveBaseUrl(const ProfileDraft &draft);
    static bool needsKey(const ProfileDraft &draft);
    static QString keychainProblem(const SecretResult &result);

    Settings *m_settings;
    SecretStore *m_secrets;
    ChatClient *m_client;

    QList<ProfileDraft> m_drafts;
    QStringList m_removed; ///< saved profiles removed in this session
    QString m_defaultName;
    int m_current = -1;
    int m_nextDraftId = 1;
    bool m_loading = false;
    /// Bumped when the shown profile changes, so a late keychain answer cannot start a
    /// request for a profile the person has left.
    int m_generation = 0;
    QPointer<ModelListReply> m_modelsReply;
    QPointer<ChatReply> m_testReply;
    int m_pendingKeyOperations = 0;
    bool m_keyOperationsOk = true;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QGroupBox *m_editor = nullptr;
    InlineStatus *m_emptyHint = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QLineEdit *m_baseUrlEdit = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    InlineStatus *m_modelStatus = nullptr;
    ApiKeyField *m_keyField = nullptr;
    QPushButton *m_testButton = nullptr;
    InlineStatus *m_testStatus = nullptr;
    InlineStatus *m_pageStatus = nullptr;
};

} // namespace CodeGuru
