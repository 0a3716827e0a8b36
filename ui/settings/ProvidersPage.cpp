// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvidersPage.h"

#include "ApiKeyField.h"
#include "InlineStatus.h"
#include "config/Settings.h"
#include "net/NetworkGateway.h"
#include "provider/ChatClient.h"
#include "provider/ChatReply.h"
#include "provider/ModelListReply.h"
#include "provider/ProviderPreset.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace CodeGuru {

namespace {
constexpr QLatin1StringView kCustomPreset("custom");
// Enough for "OK" from any model, and small enough to cost nothing on a paid provider.
constexpr int kTestMaxTokens = 16;
} // namespace

ProvidersPage::ProvidersPage(Settings *settings, SecretStore *secrets, ChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
{
    buildUi();
    load();
}

ProvidersPage::~ProvidersPage()
{
    cancelRequests();
}

void ProvidersPage::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(170);
    m_list->setMaximumWidth(230);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_removeButton->setAccessibleName(tr("Remove profile"));
    m_defaultButton = new QPushButton(tr("Make default"), this);
    m_defaultButton->setObjectName(QStringLiteral("makeDefaultButton"));
    m_defaultButton->setToolTip(tr("The default profile answers unless you pick another one."));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(new QLabel(tr("Profiles"), this));
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);
    listColumn->addWidget(m_defaultButton);

    m_editor = new QGroupBox(tr("Profile"), this);
    m_nameEdit = new QLineEdit(m_editor);
    m_nameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_nameEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,64}")), m_nameEdit));
    m_presetCombo = new QComboBox(m_editor);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const ProviderPreset &preset : ProviderPreset::all())
        m_presetCombo->addItem(preset.localizedName(), preset.id);
    m_baseUrlEdit = new QLineEdit(m_editor);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlEdit->setPlaceholderText(QStringLiteral("https://llm.example.com/v1"));
    m_modelCombo = new QComboBox(m_editor);
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setEditable(true);
    m_modelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_modelCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_refreshButton = new QPushButton(tr("Refresh"), m_editor);
    m_refreshButton->setObjectName(QStringLiteral("refreshModelsButton"));
    m_refreshButton->setToolTip(tr("Ask the provider which models it offers."));
    m_modelStatus = new InlineStatus(m_editor);
    m_modelStatus->setObjectName(QStringLiteral("modelStatus"));
    m_keyField = new ApiKeyField(m_editor);
    m_keyField->setObjectName(QStringLiteral("apiKeyField"));
    m_testButton = new QPushButton(tr("Test connection"), m_editor);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setToolTip(tr("Send a tiny message to the model and report how long the answer took."));
    m_testStatus = new InlineStatus(m_editor);
    m_testStatus->setObjectName(QStringLiteral("testStatus"));

    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_modelCombo, 1);
    modelRow->addWidget(m_refreshButton);
    auto *modelColumn = new QVBoxLayout;
    modelColumn->addLayout(modelRow);
    modelColumn->addWidget(m_modelStatus);
    // Like the model and key rows: the control, then its sentence underneath.
    auto *testColumn = new QVBoxLayout;
    testColumn->addWidget(m_testButton, 0, Qt::AlignLeft);
    testColumn->addWidget(m_testStatus);

    auto *form = new QFormLayout(m_editor);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Provider:"), m_presetCombo);
    form->addRow(tr("&Base URL:"), m_baseUrlEdit);
    // A row holding a layout gets no buddy, so its mnemonic needs a label of its own.
    auto *modelLabel = new QLabel(tr("&Model:"), m_editor);
    modelLabel->setBuddy(m_modelCombo);
    form->addRow(modelLabel, modelColumn);
    form->addRow(tr("API &key:"), m_keyField);
    form->addRow(QString(), testColumn);

    m_emptyHint = new InlineStatus(this);
    m_emptyHint->setObjectName(QStringLiteral("noProfileHint"));
    m_pageStatus = new InlineStatus(this);
    m_pageStatus->setObjectName(QStringLiteral("providersStatus"));

    auto *editorColumn = new QVBoxLayout;
    editorColumn->addWidget(m_emptyHint);
    editorColumn->addWidget(m_editor);
    editorColumn->addStretch(1);
    editorColumn->addWidget(m_pageStatus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listColumn);
    layout->addLayout(editorColumn, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersPage::select);
    connect(m_addButton, &QPushButton::clicked, this, &ProvidersPage::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProvidersPage::removeProfile);
    connect(m_defaultButton, &QPushButton::clicked, this, &ProvidersPage::makeDefault);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &ProvidersPage::onNameEdited);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &ProvidersPage::onPresetChosen);
    connect(m_baseUrlEdit, &QLineEdit::textEdited, this, &ProvidersPage::onBaseUrlEdited);
    connect(m_modelCombo, &QComboBox::editTextChanged, this, &ProvidersPage::onModelEdited);
    connect(m_refreshButton, &QPushButton::clicked, this, &ProvidersPage::refreshModels);
    connect(m_testButton, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_keyField, &ApiKeyField::pendingKeyChanged, this, [this](const QString &key) {
        if (ProfileDraft *draft = current()) {
            draft->pendingKey = key;
            draft->keyProblem.clear();
        }
    });
    connect(m_keyField, &ApiKeyField::removalChanged, this, [this](bool remove) {
        if (ProfileDraft *draft = current())
            draft->removeKey = remove;
    });
}

void ProvidersPage::load()
{
    m_drafts.clear();
    m_removed.clear();
    m_defaultName = m_settings->defaultProfile();
    for (const ProviderProfile &profile : m_settings->profiles()) {
        ProfileDraft draft;
        draft.profile = profile;
        draft.saved = true;
        draft.id = m_nextDraftId++;
        draft.keyState = ProfileDraft::KeyState::Checking;
        m_drafts.append(draft);
        checkKeychain(draft.id, SecretStore::accountForProfile(profile.name), false);
    }
    rebuildList();
    const int defaultIndex = [this] {
        for (int i = 0; i < m_drafts.size(); ++i) {
            if (m_drafts.at(i).profile.name == m_defaultName)
                return i;
        }
        return 0;
    }();
    select(m_drafts.isEmpty() ? -1 : defaultIndex);
}

void ProvidersPage::checkKeychain(int draftId, const QString &account, bool isNew)
{
    // Only whether a key exists matters here; the secret itself is dropped at once. For a new
    // profile the read just finds out early whether there is a keychain to store a key in.
    m_secrets->readSecret(account, this, [this, draftId, isNew](const SecretResult &result) {
        ProfileDraft *draft = draftWithId(draftId);
        if (!draft || draft->keyState != ProfileDraft::KeyState::Checking)
            return;
        if (result.ok() && !isNew) {
            draft->keyState = ProfileDraft::KeyState::Stored;
        } else if (result.ok() || result.status == SecretResult::Status::NotFound) {
            draft->keyState = ProfileDraft::KeyState::Absent;
        } else {
            draft->keyState = ProfileDraft::KeyState::Unavailable;
            draft->keyProblem = keychainProblem(result);
        }
        if (draft == current())
            m_keyField->showDraft(*draft, needsKey(*draft));
    });
}

void ProvidersPage::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ProfileDraft &draft : std::as_const(m_drafts)) {
        const bool isDefault = draft.profile.name == m_defaultName;
        const QString name = draft.profile.name.isEmpty() ? tr("(unnamed)") : draft.profile.name;
        auto *item = new QListWidgetItem(isDefault ? tr("%1 (default)").arg(name) : name, m_list);
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 8));
        QFont font = item->font();
        font.setBold(isDefault);
        item->setFont(font);
        if (const auto preset = ProviderPreset::find(draft.profile.presetId))
            item->setToolTip(preset->localizedName());
    }
    m_list->setCurrentRow(m_current);
}

void ProvidersPage::select(int index)
{
    if (index == m_current && index >= 0 && m_list->currentRow() == index)
        return;
    cancelRequests();
    ++m_generation;
    m_current = index >= 0 && index < m_drafts.size() ? index : -1;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_current);
    }
    m_modelStatus->clearMessage();
    m_testStatus->clearMessage();
    showCurrent();
}

void ProvidersPage::showCurrent()
{
    const ProfileDraft *draft = current();
    m_editor->setVisible(draft != nullptr);
    m_removeButton->setEnabled(draft != nullptr);
    m_defaultButton->setEnabled(draft && draft->profile.name != m_defaultName);
    if (!draft) {
        m_emptyHint->setMessage(
            InlineStatus::Kind::Info,
            tr("No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from "
               "the environment, or a local Ollama or llama.cpp server. Add a profile to choose the "
               "provider yourself."));
        return;
    }
    m_emptyHint->clearMessage();
    m_loading = true;
    const ProviderProfile &profile = draft->profile;
    m_nameEdit->setText(profile.name);
    m_nameEdit->setReadOnly(draft->saved);
    m_nameEdit->setToolTip(draft->saved ? tr("A saved profile keeps its name; add a new one to use another.")
                                        : QString());
    const auto preset = ProviderPreset::find(profile.presetId);
    const int presetIndex = m_presetCombo->findData(preset ? preset->id : QString(kCustomPreset));
    m_presetCombo->setCurrentIndex(presetIndex);
    const bool custom = !preset || preset->id == kCustomPreset;
    m_baseUrlEdit->setText(effectiveBaseUrl(*draft).toString());
    m_baseUrlEdit->setEnabled(custom);
    m_modelCombo->clear();
    m_modelCombo->addItems(draft->models);
    m_modelCombo->setEditText(profile.model);
    m_modelCombo->lineEdit()->setPlaceholderText(preset && !preset->defaultModel.isEmpty()
                                                     ? tr("Default: %1").arg(preset->defaultModel)
                                                     : tr("The first model the server lists"));
    m_keyField->showDraft(*draft, needsKey(*draft));
    m_loading = false;
}

void ProvidersPage::addProfile()
{
    ProfileDraft draft;
    const ProviderPreset &preset = ProviderPreset::all().constFirst();
    draft.id = m_nextDraftId++;
    draft.profile = {uniqueName(), preset.id, QUrl(), preset.defaultModel};
    draft.keyState = ProfileDraft::KeyState::Checking;
    m_drafts.append(draft);
    checkKeychain(draft.id, SecretStore::accountForProfile(draft.profile.name), true);
    // The first profile becomes the default, or adding it would change nothing.
    if (m_defaultName.isEmpty() || !draftNamed(m_defaultName))
        m_defaultName = draft.profile.name;
    m_pageStatus->clearMessage();
    rebuildList();
    select(int(m_drafts.size()) - 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ProvidersPage::removeProfile()
{
    const ProfileDraft *draft = current();
    if (!draft)
        return;
    const QString name = draft->profile.name;
    if (draft->saved)
        m_removed.append(name);
    const int index = m_current;
    m_drafts.removeAt(index);
    m_current = -1;
    if (m_defaultName == name)
        m_defaultName = m_drafts.isEmpty() ? QString() : m_drafts.constFirst().profile.name;
    m_pageStatus->clearMessage();
    rebuildList();
    select(m_drafts.isEmpty() ? -1 : std::min(index, int(m_drafts.size()) - 1));
}

void ProvidersPage::makeDefault()
{
    if (const ProfileDraft *draft = current()) {
        m_defaultName = draft->profile.name;
        rebuildList();
        m_defaultButton->setEnabled(false);
    }
}

void ProvidersPage::onNameEdited(const QString &text)
{
    ProfileDraft *draft = current();
    if (!draft || draft->saved)
        return;
    if (m_defaultName == draft->profile.name)
        m_defaultName = text;
    draft->profile.name = text;
    rebuildList();
}

void ProvidersPage::onPresetChosen(int comboIndex)
{
    ProfileDraft *draft = current();
    if (!draft || m_loading)
        return;
    const auto previous = ProviderPreset::find(draft->profile.presetId);
    const auto chosen = ProviderPreset::find(m_presetCombo->itemData(comboIndex).toString());
    if (!chosen)
        return;
    const QUrl previousUrl = effectiveBaseUrl(*draft);
    draft->profile.presetId = chosen->id;
    // A custom profile starts from the URL shown before, e.g. to move Ollama to another port.
    draft->profile.baseUrl = chosen->id == kCustomPreset ? previousUrl : QUrl();
    if (draft->profile.model.isEmpty() || (previous && draft->profile.model == previous->defaultModel))
        draft->profile.model = chosen->defaultModel;
    draft->models.clear();
    m_modelStatus->clearMessage();
    m_testStatus->clearMessage();
    rebuildList();
    showCurrent();
    if (chosen->id == kCustomPreset)
        m_baseUrlEdit->setFocus();
}

void ProvidersPage::onBaseUrlEdited(const QString &text)
{
    if (ProfileDraft *draft = current())
        draft->profile.baseUrl = QUrl(text.trimmed());
}

void ProvidersPage::onModelEdited(const QString &text)
{
    if (m_loading)
        return;
    if (ProfileDraft *draft = current())
        draft->profile.model = text.trimmed();
}

bool ProvidersPage::validate()
{
    QSet<QString> names;
    for (int i = 0; i < m_drafts.size(); ++i) {
        const ProviderProfile &profile = m_drafts.at(i).profile;
        QString problem;
        if (profile.name.isEmpty())
            problem = tr("Every profile needs a name.");
        else if (!ProviderProfile::isValidName(profile.name))
            problem = tr("“%1” is not a valid profile name: use letters, digits, '.', '_' and '-'.")
                          .arg(profile.name);
        else if (names.contains(profile.name))
            problem = tr("Two profiles are named “%1”.").arg(profile.name);
        else if (!NetworkGateway::isSupportedUrl(effectiveBaseUrl(m_drafts.at(i))))
            problem = tr("The base URL of “%1” must be an http:// or https:// address.").arg(profile.name);
        if (!problem.isEmpty()) {
            select(i);
            m_pageStatus->setMessage(InlineStatus::Kind::Error, problem);
            return false;
        }
        names.insert(profile.name);
    }
    m_pageStatus->clearMessage();
    return true;
}

void ProvidersPage::apply()
{
    m_keyOperationsOk = true;
    ++m_pendingKeyOperations; // held until every operation below has started
    for (const QString &name : std::as_const(m_removed)) {
        m_settings->removeProfile(name);
        const ProfileDraft *again = draftNamed(name);
        // A profile removed and added again under the same name must not keep the old key.
        if (!again || again->pendingKey.isEmpty())
            deleteKey(name);
    }
    m_removed.clear();
    for (ProfileDraft &draft : m_drafts) {
        m_settings->saveProfile(draft.profile);
        draft.saved = true;
    }
    m_settings->setDefaultProfile(m_defaultName);
    for (const ProfileDraft &draft : std::as_const(m_drafts)) {
        if (!draft.pendingKey.isEmpty())
            writeKey(draft.profile.name, draft.pendingKey);
        else if (draft.removeKey)
            deleteKey(draft.profile.name);
    }
    showCurrent();
    // Deferred so that applyFinished never arrives before apply() returns.
    QTimer::singleShot(0, this, [this] { keyOperationFinished(true); });
}

void ProvidersPage::writeKey(const QString &name, const QString &key)
{
    ++m_pendingKeyOperations;
    m_secrets->writeSecret(SecretStore::accountForProfile(name), key, this,
                           [this, name, key](const SecretResult &result) {
                               ProfileDraft *draft = draftNamed(name);
                               if (draft && draft->pendingKey == key) {
                                   if (result.ok()) {
                                       draft->keyState = ProfileDraft::KeyState::Stored;
                                       draft->pendingKey.clear();
                                       draft->keyProblem.clear();
                                   } else {
                                       draft->keyProblem = keychainProblem(result);
                                   }
                                   if (draft == current())
                                       m_keyField->showDraft(*draft, needsKey(*draft));
                               }
                               keyOperationFinished(result.ok());
                           });
}

void ProvidersPage::deleteKey(const QString &name)
{
    ++m_pendingKeyOperations;
    m_secrets->deleteSecret(
        SecretStore::accountForProfile(name), this, [this, name](const SecretResult &result) {
            const bool ok = result.ok() || result.status == SecretResult::Status::NotFound;
            if (ProfileDraft *draft = draftNamed(name)) {
                if (ok) {
                    draft->keyState = ProfileDraft::KeyState::Absent;
                    draft->removeKey = false;
                    draft->keyProblem.clear();
                } else {
                    draft->keyProblem = keychainProblem(result);
                }
                if (draft == current())
                    m_keyField->showDraft(*draft, needsKey(*draft));
            } else if (!ok) {
                m_pageStatus->setMessage(InlineStatus::Kind::Error,
                                         tr("The profile “%1” was removed, but its key could not be deleted "
                                            "from the system keyring: %2")
                                             .arg(name, keychainProblem(result)));
            }
            keyOperationFinished(ok);
        });
}

void ProvidersPage::keyOperationFinished(bool ok)
{
    m_keyOperationsOk = m_keyOperationsOk && ok;
    if (--m_pendingKeyOperations == 0)
        Q_EMIT applyFinished(m_keyOperationsOk);
}

void ProvidersPage::withKey(const ProfileDraft &draft, std::function<void(const QString &key)> then)
{
    if (!draft.pendingKey.isEmpty()) {
        then(draft.pendingKey);
        return;
    }
    if (draft.keyState != ProfileDraft::KeyState::Stored || draft.removeKey) {
        then(QString());
        return;
    }
    const int generation = m_generation;
    m_secrets->readSecret(SecretStore::accountForProfile(draft.profile.name), this,
                          [this, generation, then = std::move(then)](const SecretResult &result) {
                              if (generation == m_generation)
                                  then(result.ok() ? result.secret : QString());
                          });
}

void ProvidersPage::refreshModels()
{
    const ProfileDraft *draft = current();
    if (!draft)
        return;
    if (!NetworkGateway::isSupportedUrl(effectiveBaseUrl(*draft))) {
        m_modelStatus->setMessage(InlineStatus::Kind::Error,
                                  tr("Enter an http:// or https:// base URL first."));
        return;
    }
    m_refreshButton->setEnabled(false);
    m_modelStatus->setMessage(InlineStatus::Kind::Busy,
                              tr("Asking %1 for its models…").arg(endpointFor(*draft).hostAndPort()));
    const int generation = m_generation;
    withKey(*draft, [this, generation](const QString &key) {
        ProfileDraft *shown = current();
        if (!shown || generation != m_generation)
            return;
        ProviderEndpoint endpoint = endpointFor(*shown);
        endpoint.apiKey = key;
        m_modelsReply = m_client->listModels(endpoint);
        connect(m_modelsReply, &ModelListReply::finished, this,
                [this](const QStringList &models, const ProviderError &error) {
                    m_refreshButton->setEnabled(true);
                    ProfileDraft *target = current();
                    if (!target)
                        return;
                    if (error.isError()) {
                        m_modelStatus->setMessage(InlineStatus::Kind::Error, error.userMessage());
                        return;
                    }
                    QStringList sorted = models;
                    sorted.sort(Qt::CaseInsensitive);
                    target->models = sorted;
                    const QString model = target->profile.model;
                    m_loading = true;
                    m_modelCombo->clear();
                    m_modelCombo->addItems(sorted);
                    m_modelCombo->setEditText(model);
                    m_loading = false;
                    if (sorted.isEmpty())
                        m_modelStatus->setMessage(InlineStatus::Kind::Info,
                                                  tr("The server lists no models; type the model name."));
                    else
                        m_modelStatus->setMessage(InlineStatus::Kind::Success,
                                                  tr("Models listed by the server: %1.").arg(sorted.size()));
                    Q_EMIT modelsListed(sorted);
                });
    });
}

void ProvidersPage::testConnection()
{
    const ProfileDraft *draft = current();
    if (!draft)
        return;
    const ProviderEndpoint endpoint = endpointFor(*draft);
    if (!NetworkGateway::isSupportedUrl(endpoint.baseUrl)) {
        m_testStatus->setMessage(InlineStatus::Kind::Error,
                                 tr("Enter an http:// or https:// base URL first."));
        return;
    }
    if (endpoint.model.isEmpty()) {
        m_testStatus->setMessage(InlineStatus::Kind::Error,
                                 tr("Choose a model first; Refresh lists the ones the server offers."));
        return;
    }
    m_testButton->setEnabled(false);
    m_testStatus->setMessage(InlineStatus::Kind::Busy,
                             tr("Sending a test message to %1…").arg(endpoint.model));
    const int generation = m_generation;
    withKey(*draft, [this, generation, endpoint](const QString &key) {
        if (generation != m_generation)
            return;
        ProviderEndpoint keyed = endpoint;
        keyed.apiKey = key;
        ChatRequest request;
        request.model = endpoint.model;
        request.messages = {ChatMessage::user(QStringLiteral("Reply with OK"))};
        request.stream = false;
        request.maxTokens = kTestMaxTokens;
        QElapsedTimer timer;
        timer.start();
        m_testReply = m_client->send(keyed, request);
        connect(m_testReply, &ChatReply::finished, this,
                [this, timer, model = endpoint.model](const ChatResult &result) {
                    m_testButton->setEnabled(true);
                    if (!result.ok()) {
                        m_testStatus->setMessage(InlineStatus::Kind::Error, result.error.userMessage());
                        return;
                    }
                    m_testStatus->setMessage(InlineStatus::Kind::Success,
                                             tr("%1 answered in %2 ms.")
                                                 .arg(result.model.isEmpty() ? model : result.model)
                                                 .arg(timer.elapsed()));
                });
    });
}

void ProvidersPage::cancelRequests()
{
    // Disconnect first: cancel() reports synchronously, and the handlers would touch
    // widgets of a profile that is no longer shown (or of a page being destroyed).
    if (m_modelsReply) {
        disconnect(m_modelsReply, nullptr, this, nullptr);
        m_modelsReply->cancel();
    }
    if (m_testReply) {
        disconnect(m_testReply, nullptr, this, nullptr);
        m_testReply->cancel();
    }
    if (m_refreshButton) {
        m_refreshButton->setEnabled(true);
        m_testButton->setEnabled(true);
    }
}

ProfileDraft *ProvidersPage::current()
{
    return m_current >= 0 && m_current < m_drafts.size() ? &m_drafts[m_current] : nullptr;
}

ProfileDraft *ProvidersPage::draftWithId(int id)
{
    for (ProfileDraft &draft : m_drafts) {
        if (draft.id == id)
            return &draft;
    }
    return nullptr;
}

ProfileDraft *ProvidersPage::draftNamed(const QString &name)
{
    for (ProfileDraft &draft : m_drafts) {
        if (draft.profile.name == name)
            return &draft;
    }
    return nullptr;
}

QString ProvidersPage::uniqueName() const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_drafts.cbegin(), m_drafts.cend(),
                           [&name](const ProfileDraft &draft) { return draft.profile.name == name; });
    };
    QString name = QStringLiteral("profile");
    for (int i = 2; taken(name); ++i)
        name = QStringLiteral("profile-%1").arg(i);
    return name;
}

QUrl ProvidersPage::effectiveBaseUrl(const ProfileDraft &draft)
{
    if (!draft.profile.baseUrl.isEmpty())
        return draft.profile.baseUrl;
    const auto preset = ProviderPreset::find(draft.profile.presetId);
    return preset ? preset->baseUrl : QUrl();
}

bool ProvidersPage::needsKey(const ProfileDraft &draft)
{
    const auto preset = ProviderPreset::find(draft.profile.presetId);
    // A custom server may or may not check keys; ask for one rather than suggest it is optional.
    return !preset || preset->needsKey || preset->id == kCustomPreset;
}

ProviderEndpoint ProvidersPage::endpointFor(const ProfileDraft &draft) const
{
    const auto preset = ProviderPreset::find(draft.profile.presetId);
    ProviderEndpoint endpoint;
    endpoint.presetId = draft.profile.presetId;
    endpoint.displayName = preset ? preset->localizedName() : draft.profile.name;
    endpoint.baseUrl = effectiveBaseUrl(draft);
    endpoint.model = draft.profile.model.isEmpty() && preset ? preset->defaultModel : draft.profile.model;
    if (preset)
        endpoint.extraHeaders = preset->extraHeaders; // Test and Refresh send what answers send
    return endpoint;
}

QString ProvidersPage::keychainProblem(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
    case SecretResult::Status::NotFound:
        return QString();
    case SecretResult::Status::Unavailable:
        return tr("No system keyring is available, so API keys cannot be stored. Start a Secret Service "
                  "such as GNOME Keyring or KWallet, then open Settings again.");
    case SecretResult::Status::Denied:
        return tr("Access to the system keyring was refused, or it stayed locked. Unlock it and try again.");
    case SecretResult::Status::Failed:
        break;
    }
    return result.message.isEmpty() ? tr("The system keyring reported an error.")
                                    : tr("The system keyring reported an error: %1").arg(result.message);
}

} // namespace CodeGuru
