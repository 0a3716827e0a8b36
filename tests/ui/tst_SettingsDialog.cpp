// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real Settings dialog against a loopback provider, an in-memory keychain and a
// settings file in a temporary directory.
#include "FakeProviderServer.h"
#include "config/Settings.h"
#include "hotkey/GlobalShortcut.h"
#include "hotkey/GlobalShortcutFactory.h"
#include "net/NetworkGateway.h"
#include "prompt/Persona.h"
#include "provider/ChatClient.h"
#include "provider/ProviderPreset.h"
#include "routing/ClassifierSet.h"
#include "secrets/InMemorySecretStore.h"
#include "settings/ClassifierTableModel.h"
#include "settings/InlineStatus.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

constexpr int kWaitMs = 10'000;
const QString kKey = QStringLiteral("sk-test-4f7c9d2e1b");

FakeResponse modelList()
{
    return FakeResponse::json(R"({"object":"list","data":[{"id":"zeta-coder"},{"id":"alpha-chat"}]})");
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.listen());
        m_server.setHandler([](const RecordedRequest &request) {
            if (request.path.endsWith("/models"))
                return modelList();
            return FakeResponse::completion(QStringLiteral("OK"));
        });
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("codeguru.conf")));
    }

    std::unique_ptr<SettingsDialog> openDialog()
    {
        auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), &m_secrets, &m_client);
        dialog->show();
        return dialog;
    }

    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *found = dialog->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static QPushButton *button(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }

    static InlineStatus *status(QWidget *dialog, const char *name)
    {
        return child<InlineStatus>(dialog, name);
    }

    static bool keychainAnswered(QWidget *dialog)
    {
        return status(dialog, "apiKeyStatus")->kind() != InlineStatus::Kind::Busy;
    }

    /// Adds a custom profile named `name` pointing at the fake server, with `model`.
    void addCustomProfile(QWidget *dialog, const QString &name, const QString &model = QString())
    {
        QTest::mouseClick(child<QPushButton>(dialog, "addProfileButton"), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([dialog] { return keychainAnswered(dialog); }, kWaitMs));
        auto *nameEdit = child<QLineEdit>(dialog, "profileNameEdit");
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, name);
        auto *preset = child<QComboBox>(dialog, "presetCombo");
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        auto *baseUrl = child<QLineEdit>(dialog, "baseUrlEdit");
        ASSERT_TRUE(baseUrl->isEnabled()) << "a custom profile takes any base URL";
        baseUrl->selectAll();
        QTest::keyClicks(baseUrl, m_server.baseUrl().toString());
        child<QComboBox>(dialog, "modelCombo")->setEditText(model);
    }

    /// Clicks Apply and waits for the settings to be written and the keychain to answer.
    static bool apply(SettingsDialog *dialog)
    {
        QSignalSpy changed(dialog, &SettingsDialog::settingsChanged);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        return changed.count() > 0 || changed.wait(kWaitMs);
    }

    std::optional<QString> storedKey(const QString &profile)
    {
        std::optional<SecretResult> answer;
        QObject context;
        m_secrets.readSecret(SecretStore::accountForProfile(profile), &context,
                             [&answer](const SecretResult &result) { answer = result; });
        EXPECT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs));
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->secret;
    }

    QByteArray settingsFileBytes()
    {
        QFile file(m_settings->fileName());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir m_dir;
    FakeProviderServer m_server;
    NetworkGateway m_gateway;
    ChatClient m_client {&m_gateway};
    InMemorySecretStore m_secrets;
    std::unique_ptr<Settings> m_settings;
};

TEST_F(SettingsDialogTest, CustomProfileListsModelsPassesTheTestAndIsSaved)
{
    auto dialog = openDialog();
    EXPECT_EQ(dialog->currentPage(), SettingsDialog::Page::Providers);
    EXPECT_EQ(status(dialog.get(), "noProfileHint")->kind(), InlineStatus::Kind::Info)
        << "with no profile the page says what happens instead";
    addCustomProfile(dialog.get(), QStringLiteral("loopback"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "refreshModelsButton"), Qt::LeftButton);
    EXPECT_EQ(status(dialog.get(), "modelStatus")->kind(), InlineStatus::Kind::Busy);
    EXPECT_FALSE(child<QPushButton>(dialog.get(), "refreshModelsButton")->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "modelStatus")->kind() == InlineStatus::Kind::Success; }, kWaitMs))
        << status(dialog.get(), "modelStatus")->text().toStdString();
    auto *models = child<QComboBox>(dialog.get(), "modelCombo");
    ASSERT_EQ(models->count(), 2);
    EXPECT_EQ(models->itemText(0), QStringLiteral("alpha-chat")) << "sorted for the person";
    EXPECT_EQ(models->itemText(1), QStringLiteral("zeta-coder"));
    EXPECT_EQ(m_server.requests().constLast().method, QByteArray("GET"));
    EXPECT_EQ(m_server.requests().constLast().path, QByteArray("/v1/models"));
    EXPECT_EQ(child<QComboBox>(dialog.get(), "classifierModelCombo")->count(), 2)
        << "the Routing page offers the same models";
    models->setCurrentIndex(1);

    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    EXPECT_EQ(status(dialog.get(), "testStatus")->kind(), InlineStatus::Kind::Busy);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "testStatus")->kind() != InlineStatus::Kind::Busy; }, kWaitMs));
    EXPECT_EQ(status(dialog.get(), "testStatus")->kind(), InlineStatus::Kind::Success);
    EXPECT_TRUE(
        status(dialog.get(), "testStatus")->text().contains(QStringLiteral("fake-model answered in ")))
        << status(dialog.get(), "testStatus")->text().toStdString();
    const RecordedRequest test = m_server.requests().constLast();
    EXPECT_EQ(test.path, QByteArray("/v1/chat/completions"));
    EXPECT_EQ(test.json().value(QStringLiteral("model")).toString(), QStringLiteral("zeta-coder"));
    EXPECT_FALSE(test.json().value(QStringLiteral("stream")).toBool()) << "the test is not streamed";
    EXPECT_TRUE(test.header("Authorization").isEmpty()) << "no key was given";

    ASSERT_TRUE(apply(dialog.get()));
    const auto saved = m_settings->profile(QStringLiteral("loopback"));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->presetId, QStringLiteral("custom"));
    EXPECT_EQ(saved->baseUrl, m_server.baseUrl());
    EXPECT_EQ(saved->model, QStringLiteral("zeta-coder"));
    EXPECT_EQ(m_settings->defaultProfile(), QStringLiteral("loopback")) << "the first profile is the default";
    EXPECT_TRUE(child<QLineEdit>(dialog.get(), "profileNameEdit")->isReadOnly())
        << "a saved profile keeps its name, and with it its keychain entry";
}

TEST_F(SettingsDialogTest, TestShowsTheBadKeySentenceWhenTheProviderAnswers401)
{
    m_server.setHandler([](const RecordedRequest &) {
        return FakeResponse::error(401, QStringLiteral("Incorrect API key provided"),
                                   QStringLiteral("invalid_api_key"));
    });
    auto dialog = openDialog();
    addCustomProfile(dialog.get(), QStringLiteral("wrong-key"), QStringLiteral("gpt-4o-mini"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "apiKeyEdit"), QStringLiteral("sk-revoked"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "testStatus")->kind() == InlineStatus::Kind::Error; }, kWaitMs));
    ProviderError expected = ProviderError::make(ProviderError::Kind::BadKey);
    expected.httpStatus = 401;
    EXPECT_TRUE(status(dialog.get(), "testStatus")->text().startsWith(expected.userMessage()))
        << status(dialog.get(), "testStatus")->text().toStdString();
    EXPECT_EQ(m_server.requests().constLast().header("Authorization"), QByteArray("Bearer sk-revoked"))
        << "a typed key is tested before it is stored";
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "testButton")->isEnabled()) << "busy state ends";

    QTest::mouseClick(child<QPushButton>(dialog.get(), "refreshModelsButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "modelStatus")->kind() == InlineStatus::Kind::Error; }, kWaitMs));
    EXPECT_TRUE(status(dialog.get(), "modelStatus")->text().startsWith(expected.userMessage()));
}

TEST_F(SettingsDialogTest, KeyGoesToTheSecretStoreOnlyAndIsNeverShownBack)
{
    {
        auto dialog = openDialog();
        addCustomProfile(dialog.get(), QStringLiteral("keyed"), QStringLiteral("alpha-chat"));
        auto *keyEdit = child<QLineEdit>(dialog.get(), "apiKeyEdit");
        EXPECT_EQ(keyEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(keyEdit, kKey);
        ASSERT_TRUE(apply(dialog.get()));

        EXPECT_EQ(storedKey(QStringLiteral("keyed")), kKey);
        EXPECT_TRUE(keyEdit->text().isEmpty()) << "the typed key leaves the widget once stored";
        EXPECT_FALSE(keyEdit->isVisible());
        EXPECT_EQ(status(dialog.get(), "apiKeyStatus")->text(),
                  QStringLiteral("•••• stored in the system keyring"));
    }
    const QByteArray bytes = settingsFileBytes();
    EXPECT_TRUE(bytes.contains("keyed")) << "the profile itself is in the file";
    EXPECT_FALSE(bytes.contains(kKey.toUtf8())) << "the key is not";
    EXPECT_FALSE(bytes.contains("4f7c9d2e1b"));

    auto dialog = openDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychainAnswered(dialog.get()); }, kWaitMs));
    auto *keyEdit = child<QLineEdit>(dialog.get(), "apiKeyEdit");
    EXPECT_TRUE(keyEdit->text().isEmpty()) << "a stored key is never shown back";
    EXPECT_FALSE(keyEdit->isVisible());
    EXPECT_EQ(status(dialog.get(), "apiKeyStatus")->text(),
              QStringLiteral("•••• stored in the system keyring"));
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "replaceKeyButton")->isVisible());
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "removeKeyButton")->isVisible());

    // The stored key is used for requests, straight from the keychain.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "refreshModelsButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "modelStatus")->kind() == InlineStatus::Kind::Success; }, kWaitMs));
    EXPECT_EQ(m_server.requests().constLast().header("Authorization"), QByteArray("Bearer " + kKey.toUtf8()));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "replaceKeyButton"), Qt::LeftButton);
    EXPECT_TRUE(keyEdit->isVisible());
    EXPECT_TRUE(keyEdit->text().isEmpty()) << "Replace starts from an empty field";
    QTest::keyClicks(keyEdit, QStringLiteral("sk-new-key"));
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_EQ(storedKey(QStringLiteral("keyed")), QStringLiteral("sk-new-key"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "removeKeyButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "undoRemoveKeyButton")->isVisible());
    EXPECT_EQ(storedKey(QStringLiteral("keyed")), QStringLiteral("sk-new-key"))
        << "nothing happens before Apply";
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_EQ(storedKey(QStringLiteral("keyed")), std::nullopt);
    EXPECT_TRUE(keyEdit->isVisible()) << "with no key stored the field is back";
}

TEST_F(SettingsDialogTest, RemovingAProfileDeletesItsKeyOnApply)
{
    m_settings->saveProfile({QStringLiteral("old"), QStringLiteral("groq"), QUrl(), QString()});
    m_settings->setDefaultProfile(QStringLiteral("old"));
    QObject context;
    bool written = false;
    m_secrets.writeSecret(SecretStore::accountForProfile(QStringLiteral("old")), kKey, &context,
                          [&written](const SecretResult &) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&written] { return written; }, kWaitMs));

    auto dialog = openDialog();
    ASSERT_EQ(child<QListWidget>(dialog.get(), "profileList")->count(), 1);
    EXPECT_TRUE(
        child<QListWidget>(dialog.get(), "profileList")->item(0)->text().contains(QStringLiteral("default")));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "removeProfileButton"), Qt::LeftButton);
    EXPECT_TRUE(m_settings->profile(QStringLiteral("old"))) << "nothing is written before Apply";
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_FALSE(m_settings->profile(QStringLiteral("old")));
    EXPECT_TRUE(m_settings->defaultProfile().isEmpty());
    EXPECT_EQ(storedKey(QStringLiteral("old")), std::nullopt);
}

TEST_F(SettingsDialogTest, AMissingKeychainIsAnInlineMessage)
{
    m_settings->saveProfile({QStringLiteral("work"), QStringLiteral("openai"), QUrl(), QString()});
    m_secrets.setForcedStatus(SecretResult::Status::Unavailable);
    auto dialog = openDialog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychainAnswered(dialog.get()); }, kWaitMs));
    EXPECT_EQ(status(dialog.get(), "apiKeyStatus")->kind(), InlineStatus::Kind::Error);
    EXPECT_TRUE(status(dialog.get(), "apiKeyStatus")->text().contains(QStringLiteral("No system keyring")))
        << status(dialog.get(), "apiKeyStatus")->text().toStdString();
    EXPECT_FALSE(child<QLineEdit>(dialog.get(), "apiKeyEdit")->isEnabled())
        << "no field invites a key that could not be kept";

    QTest::mouseClick(child<QPushButton>(dialog.get(), "addProfileButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychainAnswered(dialog.get()); }, kWaitMs));
    EXPECT_EQ(status(dialog.get(), "apiKeyStatus")->kind(), InlineStatus::Kind::Error)
        << "a new profile learns it before a key is typed";
    EXPECT_TRUE(apply(dialog.get())) << "the rest of the settings still save";
    EXPECT_TRUE(m_settings->profile(QStringLiteral("profile")));
}

TEST_F(SettingsDialogTest, InvalidProfilesAreReportedInlineAndNothingIsWritten)
{
    auto dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addProfileButton"), Qt::LeftButton);
    auto *preset = child<QComboBox>(dialog.get(), "presetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
    auto *baseUrl = child<QLineEdit>(dialog.get(), "baseUrlEdit");
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, QStringLiteral("ftp://example.com"));

    QSignalSpy changed(dialog.get(), &SettingsDialog::settingsChanged);
    QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible()) << "OK does not close over a problem";
    EXPECT_EQ(status(dialog.get(), "providersStatus")->kind(), InlineStatus::Kind::Error);
    EXPECT_TRUE(status(dialog.get(), "providersStatus")->text().contains(QStringLiteral("http://")));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(m_settings->profiles().isEmpty());
}

TEST_F(SettingsDialogTest, ClassifierEditsAreSavedAsClassifiersJsonAndResetRemovesIt)
{
    const QString path = m_settings->classifierSetFile();
    const QString editedQuestion = QStringLiteral("Does this question need the clipboard?\nQuery: {query}");
    {
        auto dialog = openDialog();
        dialog->showPage(SettingsDialog::Page::Routing);
        auto *table = child<QTableView>(dialog.get(), "classifierTable");
        auto *model = qobject_cast<ClassifierTableModel *>(table->model());
        ASSERT_NE(model, nullptr);
        ASSERT_EQ(model->rowCount(), ClassifierSet::defaults().classifiers.size());
        ASSERT_EQ(model->classifiers().at(0).id, QStringLiteral("clipboard"));
        ASSERT_EQ(model->classifiers().at(1).id, QStringLiteral("files"));
        ASSERT_TRUE(apply(dialog.get()));
        EXPECT_FALSE(QFile::exists(path)) << "an untouched set keeps following the shipped one";

        table->setCurrentIndex(model->index(0, ClassifierTableModel::IdColumn));
        auto *question = child<QPlainTextEdit>(dialog.get(), "classifierQuestionEdit");
        EXPECT_EQ(question->toPlainText(), ClassifierSet::defaults().classifiers.at(0).question);
        question->setPlainText(editedQuestion);
        model->setData(model->index(1, ClassifierTableModel::EnabledColumn), Qt::Unchecked,
                       Qt::CheckStateRole);
        ASSERT_TRUE(apply(dialog.get()));
    }
    ASSERT_TRUE(QFile::exists(path));
    QString error;
    const auto saved = ClassifierSet::fromFile(path, &error);
    ASSERT_TRUE(saved) << error.toStdString();
    const ClassifierSet defaults = ClassifierSet::defaults();
    EXPECT_EQ(saved->systemPrompt, defaults.systemPrompt);
    ASSERT_EQ(saved->classifiers.size(), defaults.classifiers.size());
    EXPECT_EQ(saved->classifiers.at(0).question, editedQuestion);
    EXPECT_TRUE(saved->classifiers.at(0).enabled);
    EXPECT_FALSE(saved->classifiers.at(1).enabled);
    EXPECT_EQ(saved->classifiers.at(1).question, defaults.classifiers.at(1).question);
    EXPECT_EQ(saved->classifiers.at(1).defaultDecision, true);
    EXPECT_EQ(saved->classifiers.at(2).answerKind, ClassifierSpec::AnswerKind::FileName);
    EXPECT_EQ(saved->classifiers.at(2).maxTokens, 40);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    EXPECT_TRUE(json.startsWith("{\n    \"systemPrompt\": ")) << "laid out like the shipped file";
    EXPECT_LT(json.indexOf("\"id\""), json.indexOf("\"question\""));

    auto dialog = openDialog();
    dialog->showPage(SettingsDialog::Page::Routing);
    auto *model =
        qobject_cast<ClassifierTableModel *>(child<QTableView>(dialog.get(), "classifierTable")->model());
    EXPECT_EQ(model->classifiers().at(0).question, editedQuestion) << "the dialog reads the saved file";
    EXPECT_EQ(model->data(model->index(1, ClassifierTableModel::EnabledColumn), Qt::CheckStateRole),
              QVariant(Qt::Unchecked));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "resetClassifiersButton"), Qt::LeftButton);
    EXPECT_TRUE(QFile::exists(path)) << "Reset waits for Apply like every other change";
    EXPECT_EQ(model->classifiers().at(0).question, defaults.classifiers.at(0).question);
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(SettingsDialogTest, AnEmptyQuestionIsRefused)
{
    auto dialog = openDialog();
    dialog->showPage(SettingsDialog::Page::Routing);
    auto *table = child<QTableView>(dialog.get(), "classifierTable");
    table->setCurrentIndex(table->model()->index(1, ClassifierTableModel::IdColumn));
    child<QPlainTextEdit>(dialog.get(), "classifierQuestionEdit")->setPlainText(QStringLiteral("  "));
    QSignalSpy changed(dialog.get(), &SettingsDialog::settingsChanged);
    QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Apply), Qt::LeftButton);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(status(dialog.get(), "classifierSetStatus")->kind(), InlineStatus::Kind::Error);
    EXPECT_TRUE(status(dialog.get(), "classifierSetStatus")->text().contains(QStringLiteral("files")));
    EXPECT_FALSE(QFile::exists(m_settings->classifierSetFile()));
}

TEST_F(SettingsDialogTest, RoutingPersonaAndFontSizeRoundTrip)
{
    const QString prompt = QStringLiteral("You are a terse reviewer.\nAnswer in bullet points.");
    {
        auto dialog = openDialog();
        auto *persona = child<QPlainTextEdit>(dialog.get(), "systemPromptEdit");
        EXPECT_EQ(persona->toPlainText(), Persona::codingExpert()) << "prefilled with the built-in persona";
        persona->setPlainText(prompt);
        child<QSpinBox>(dialog.get(), "fontSizeSpin")->setValue(14);
        child<QCheckBox>(dialog.get(), "keepInTrayCheck")->setChecked(true);
        child<QComboBox>(dialog.get(), "classifierModelCombo")
            ->setEditText(QStringLiteral("llama-3.1-8b-instant"));
        child<QSpinBox>(dialog.get(), "routingDeadlineSpin")->setValue(3000);
        auto *redaction = child<QComboBox>(dialog.get(), "redactionCombo");
        redaction->setCurrentIndex(redaction->findData(int(RedactionMode::Always)));

        QSignalSpy finished(dialog.get(), &QDialog::finished);
        QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(kWaitMs));
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
    }
    Settings reopened(m_settings->fileName());
    EXPECT_EQ(reopened.systemPrompt(), prompt);
    EXPECT_EQ(reopened.fontPointSize(), 14);
    EXPECT_TRUE(reopened.keepRunningInTray());
    EXPECT_EQ(reopened.classifierModel(), QStringLiteral("llama-3.1-8b-instant"));
    EXPECT_EQ(reopened.routingDeadline(), std::chrono::milliseconds(3000));
    EXPECT_EQ(reopened.redactionMode(), RedactionMode::Always);

    auto dialog = openDialog();
    auto *persona = child<QPlainTextEdit>(dialog.get(), "systemPromptEdit");
    auto *fontSize = child<QSpinBox>(dialog.get(), "fontSizeSpin");
    EXPECT_EQ(persona->toPlainText(), prompt);
    EXPECT_EQ(fontSize->value(), 14);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "resetPersonaButton"), Qt::LeftButton);
    EXPECT_EQ(persona->toPlainText(), Persona::codingExpert());
    fontSize->setValue(fontSize->minimum());
    EXPECT_TRUE(fontSize->text().startsWith(QStringLiteral("System default")));
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_TRUE(m_settings->systemPrompt().isEmpty()) << "the built-in persona is stored as no prompt at all";
    EXPECT_EQ(m_settings->fontPointSize(), 0);
}

TEST_F(SettingsDialogTest, QuickAskShortcutRoundTripAndItsState)
{
    // A real global shortcut of this desktop, so the page shows what really happened.
    const std::unique_ptr<GlobalShortcut> shortcut = createGlobalShortcut();
    shortcut->setShortcut(m_settings->quickAskShortcut());
    auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), &m_secrets, &m_client, shortcut.get());
    dialog->showPage(SettingsDialog::Page::QuickAsk);
    EXPECT_EQ(child<QLabel>(dialog.get(), "quickAskShortcutState")->text(), shortcut->stateText());
    auto *edit = child<QKeySequenceEdit>(dialog.get(), "quickAskShortcutEdit");
    EXPECT_EQ(edit->keySequence(), QKeySequence(QStringLiteral("Ctrl+Alt+Space")));
    edit->setKeySequence(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    child<QCheckBox>(dialog.get(), "primarySelectionCheck")->setChecked(true);
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_EQ(m_settings->quickAskShortcut(), QStringLiteral("Ctrl+Shift+K"));
    EXPECT_TRUE(m_settings->usePrimarySelection());
    // What the window does with settingsChanged(), here by hand: the page follows the state.
    shortcut->setShortcut(m_settings->quickAskShortcut());
    EXPECT_EQ(child<QLabel>(dialog.get(), "quickAskShortcutState")->text(), shortcut->stateText());

    auto *enabled = child<QCheckBox>(dialog.get(), "quickAskShortcutEnabled");
    enabled->setChecked(false);
    EXPECT_FALSE(edit->isEnabled());
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_FALSE(m_settings->quickAskShortcutEnabled());
}

TEST_F(SettingsDialogTest, VoicePageStoresTranscriptionAndReadAloudChoices)
{
    m_settings->saveProfile({QStringLiteral("groq"), QStringLiteral("groq"), QUrl(), QString()});
    m_settings->saveProfile({QStringLiteral("local"), QStringLiteral("custom"), m_server.baseUrl(),
                             QStringLiteral("alpha-chat")});
    m_settings->setDefaultProfile(QStringLiteral("local"));
    const QString groqModel = ProviderPreset::find(QStringLiteral("groq"))->defaultTranscriptionModel;
    ASSERT_FALSE(groqModel.isEmpty());
    // Without a text-to-speech engine (speech-dispatcher, Flite) nothing can be read aloud.
    bool canSpeak = false;
    QString chosenEngine;
    {
        auto dialog = openDialog();
        dialog->showPage(SettingsDialog::Page::Voice);
        EXPECT_EQ(dialog->currentPage(), SettingsDialog::Page::Voice);
        EXPECT_EQ(child<QListWidget>(dialog.get(), "settingsNavigation")->currentItem()->text(),
                  QStringLiteral("Voice"));
        auto *profile = child<QComboBox>(dialog.get(), "transcriptionProfileCombo");
        ASSERT_EQ(profile->count(), 3) << "the chat's provider, then every profile";
        EXPECT_EQ(profile->itemText(0), QStringLiteral("Same as the chat provider"));
        EXPECT_EQ(profile->currentIndex(), 0);
        auto *model = child<QLineEdit>(dialog.get(), "transcriptionModelEdit");
        EXPECT_TRUE(model->text().isEmpty());
        EXPECT_TRUE(model->placeholderText().contains(QStringLiteral("whisper-1")))
            << "the default profile is a custom server: " << model->placeholderText().toStdString();
        profile->setCurrentIndex(profile->findData(QStringLiteral("groq")));
        EXPECT_TRUE(model->placeholderText().contains(groqModel))
            << "the placeholder follows the profile: " << model->placeholderText().toStdString();
        QTest::keyClicks(model, QStringLiteral("distil-whisper-large-v3-en"));
        auto *sendAtOnce = child<QCheckBox>(dialog.get(), "sendSpokenAtOnceCheck");
        EXPECT_FALSE(sendAtOnce->isChecked()) << "off by default: the words land in the message box";
        sendAtOnce->setChecked(true);
        auto *readAloud = child<QCheckBox>(dialog.get(), "readAnswersAloudCheck");
        auto *engine = child<QComboBox>(dialog.get(), "speechEngineCombo");
        EXPECT_FALSE(readAloud->isChecked());
        EXPECT_EQ(engine->itemText(0), QStringLiteral("System default"));
        canSpeak = engine->count() > 1;
        EXPECT_EQ(readAloud->isEnabled(), canSpeak);
        if (canSpeak) {
            readAloud->setChecked(true);
            engine->setCurrentIndex(1);
            chosenEngine = engine->currentData().toString();
            EXPECT_FALSE(chosenEngine.isEmpty());
        }

        QSignalSpy finished(dialog.get(), &QDialog::finished);
        QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(kWaitMs));
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
    }
    {
        Settings reopened(m_settings->fileName());
        EXPECT_EQ(reopened.transcriptionProfile(), QStringLiteral("groq"));
        EXPECT_EQ(reopened.transcriptionModel(), QStringLiteral("distil-whisper-large-v3-en"));
        EXPECT_TRUE(reopened.sendSpokenQuestionsAtOnce());
        EXPECT_EQ(reopened.readAnswersAloud(), canSpeak);
        EXPECT_EQ(reopened.speechEngine(), chosenEngine);
    }

    auto dialog = openDialog();
    dialog->showPage(SettingsDialog::Page::Voice);
    auto *profile = child<QComboBox>(dialog.get(), "transcriptionProfileCombo");
    auto *model = child<QLineEdit>(dialog.get(), "transcriptionModelEdit");
    EXPECT_EQ(profile->currentData().toString(), QStringLiteral("groq"));
    EXPECT_EQ(model->text(), QStringLiteral("distil-whisper-large-v3-en"));
    EXPECT_TRUE(child<QCheckBox>(dialog.get(), "sendSpokenAtOnceCheck")->isChecked());
    EXPECT_EQ(child<QCheckBox>(dialog.get(), "readAnswersAloudCheck")->isChecked(), canSpeak);
    EXPECT_EQ(child<QComboBox>(dialog.get(), "speechEngineCombo")->currentData().toString(), chosenEngine);

    profile->setCurrentIndex(0);
    EXPECT_TRUE(model->placeholderText().contains(QStringLiteral("whisper-1")));
    model->clear();
    child<QCheckBox>(dialog.get(), "sendSpokenAtOnceCheck")->setChecked(false);
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_TRUE(m_settings->transcriptionProfile().isEmpty()) << "the chat's provider is stored as none";
    EXPECT_TRUE(m_settings->transcriptionModel().isEmpty());
    EXPECT_FALSE(m_settings->sendSpokenQuestionsAtOnce());
}

TEST_F(SettingsDialogTest, VoicePageTakesAPushToTalkShortcutThatLeavesTypingAlone)
{
    const auto choose = [this](const QKeySequence &sequence, const QString &noteSays) {
        auto dialog = openDialog();
        dialog->showPage(SettingsDialog::Page::Voice);
        auto *edit = child<QKeySequenceEdit>(dialog.get(), "pushToTalkShortcutEdit");
        auto *note = child<QLabel>(dialog.get(), "pushToTalkNote");
        EXPECT_EQ(edit->keySequence().toString(QKeySequence::PortableText), m_settings->pushToTalkShortcut());
        edit->setKeySequence(sequence);
        EXPECT_TRUE(note->text().contains(noteSays)) << note->text().toStdString();
        QSignalSpy finished(dialog.get(), &QDialog::finished);
        QTest::mouseClick(button(dialog.get(), QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(finished.count() > 0 || finished.wait(kWaitMs));
    };
    EXPECT_EQ(m_settings->pushToTalkShortcut(), QStringLiteral("Ctrl+Shift+Space"));
    // A bare letter would take typing away: said, and not stored.
    choose(QKeySequence(Qt::Key_A), QStringLiteral("Ctrl, Alt or Meta"));
    EXPECT_EQ(m_settings->pushToTalkShortcut(), QStringLiteral("Ctrl+Shift+Space"));
    const QKeySequence altF9(Qt::ALT | Qt::Key_F9);
    choose(altF9, altF9.toString(QKeySequence::NativeText));
    EXPECT_EQ(m_settings->pushToTalkShortcut(), QStringLiteral("Alt+F9"));
}

TEST_F(SettingsDialogTest, VoicePageKeepsAProfileOrEngineThatIsGone)
{
    m_settings->saveProfile({QStringLiteral("groq"), QStringLiteral("groq"), QUrl(), QString()});
    m_settings->setTranscriptionProfile(QStringLiteral("removed-since"));
    m_settings->setSpeechEngine(QStringLiteral("no-such-engine"));
    auto dialog = openDialog();
    dialog->showPage(SettingsDialog::Page::Voice);
    auto *profile = child<QComboBox>(dialog.get(), "transcriptionProfileCombo");
    EXPECT_EQ(profile->currentData().toString(), QStringLiteral("removed-since"));
    EXPECT_TRUE(profile->currentText().startsWith(QStringLiteral("removed-since ")))
        << profile->currentText().toStdString();
    EXPECT_NE(profile->currentText(), QStringLiteral("removed-since")) << "marked as missing";
    auto *engine = child<QComboBox>(dialog.get(), "speechEngineCombo");
    EXPECT_EQ(engine->currentData().toString(), QStringLiteral("no-such-engine"));
    EXPECT_TRUE(child<QLineEdit>(dialog.get(), "transcriptionModelEdit")
                    ->placeholderText()
                    .contains(QStringLiteral("whisper-1")));
    ASSERT_TRUE(apply(dialog.get()));
    EXPECT_EQ(m_settings->transcriptionProfile(), QStringLiteral("removed-since"))
        << "opening and applying the page changes nothing by itself";
    EXPECT_EQ(m_settings->speechEngine(), QStringLiteral("no-such-engine"));
}

TEST_F(SettingsDialogTest, VoicePageEngineFollowsReadAloud)
{
    auto dialog = openDialog();
    dialog->showPage(SettingsDialog::Page::Voice);
    auto *readAloud = child<QCheckBox>(dialog.get(), "readAnswersAloudCheck");
    auto *engine = child<QComboBox>(dialog.get(), "speechEngineCombo");
    auto *note = child<QLabel>(dialog.get(), "noSpeechEngineNote");
    if (engine->count() == 1) { // only "System default": no engine is installed
        EXPECT_FALSE(readAloud->isEnabled()) << "nothing could read the answers";
        EXPECT_FALSE(engine->isEnabled());
        EXPECT_TRUE(note->isVisible());
        EXPECT_TRUE(note->text().contains(QStringLiteral("speech-dispatcher")));
        return;
    }
    EXPECT_FALSE(note->isVisible()) << "an engine is installed";
    ASSERT_TRUE(readAloud->isEnabled());
    EXPECT_FALSE(readAloud->isChecked());
    EXPECT_FALSE(engine->isEnabled()) << "no engine to choose while nothing is read aloud";
    QTest::mouseClick(readAloud, Qt::LeftButton, {}, QPoint(4, readAloud->height() / 2));
    EXPECT_TRUE(readAloud->isChecked());
    EXPECT_TRUE(engine->isEnabled());
    readAloud->setChecked(false);
    EXPECT_FALSE(engine->isEnabled());
}

TEST_F(SettingsDialogTest, ScreenshotsOfEveryPage)
{
#ifndef CODEGURU_SCREENSHOT_DIR
    GTEST_SKIP() << "CODEGURU_SCREENSHOT_DIR is not defined for this build";
#else
    m_settings->saveProfile({QStringLiteral("groq"), QStringLiteral("groq"), QUrl(), QString()});
    m_settings->saveProfile({QStringLiteral("local"), QStringLiteral("custom"), m_server.baseUrl(),
                             QStringLiteral("alpha-chat")});
    m_settings->setDefaultProfile(QStringLiteral("local"));
    QObject context;
    bool written = false;
    m_secrets.writeSecret(SecretStore::accountForProfile(QStringLiteral("local")), kKey, &context,
                          [&written](const SecretResult &) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&written] { return written; }, kWaitMs));

    auto dialog = openDialog();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychainAnswered(dialog.get()); }, kWaitMs));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "refreshModelsButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "modelStatus")->kind() == InlineStatus::Kind::Success; }, kWaitMs));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "testStatus")->kind() == InlineStatus::Kind::Success; }, kWaitMs));

    const QDir dir(QStringLiteral(CODEGURU_SCREENSHOT_DIR));
    ASSERT_TRUE(dir.mkpath(QStringLiteral(".")));
    const QList<QPair<SettingsDialog::Page, QString>> pages {
        {SettingsDialog::Page::Providers, QStringLiteral("settings-providers.png")},
        {SettingsDialog::Page::Routing, QStringLiteral("settings-routing.png")},
        {SettingsDialog::Page::Persona, QStringLiteral("settings-persona.png")},
        {SettingsDialog::Page::QuickAsk, QStringLiteral("settings-quickask.png")},
        {SettingsDialog::Page::Voice, QStringLiteral("settings-voice.png")},
        {SettingsDialog::Page::Appearance, QStringLiteral("settings-appearance.png")},
    };
    for (const auto &[page, file] : pages) {
        dialog->showPage(page);
        QCoreApplication::processEvents();
        EXPECT_TRUE(dialog->grab().save(dir.filePath(file))) << file.toStdString();
    }

    // The states that carry sentences: a key being replaced, and a rejected key.
    m_server.setHandler([](const RecordedRequest &) {
        return FakeResponse::error(401, QStringLiteral("Incorrect API key provided: sk-rev***"));
    });
    dialog->showPage(SettingsDialog::Page::Providers);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "replaceKeyButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "apiKeyEdit"), QStringLiteral("sk-revoked"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return status(dialog.get(), "testStatus")->kind() == InlineStatus::Kind::Error; }, kWaitMs));
    EXPECT_TRUE(dialog->grab().save(dir.filePath(QStringLiteral("settings-providers-bad-key.png"))));

    FakeResponse silent;
    silent.neverAnswer = true;
    m_server.setHandler([silent](const RecordedRequest &) { return silent; });
    const int requestsBefore = m_server.requestCount();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "refreshModelsButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server.requestCount() == requestsBefore + 2; }, kWaitMs));
    EXPECT_EQ(status(dialog.get(), "testStatus")->kind(), InlineStatus::Kind::Busy);
    EXPECT_TRUE(dialog->grab().save(dir.filePath(QStringLiteral("settings-providers-busy.png"))));

    m_secrets.setForcedStatus(SecretResult::Status::Unavailable);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addProfileButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "testButton")->isEnabled())
        << "leaving a profile cancels its requests and ends the busy state";
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychainAnswered(dialog.get()); }, kWaitMs));
    EXPECT_TRUE(dialog->grab().save(dir.filePath(QStringLiteral("settings-providers-no-keyring.png"))));
    m_secrets.setForcedStatus(std::nullopt);

    Settings empty(m_dir.filePath(QStringLiteral("empty.conf")));
    SettingsDialog fresh(&empty, &m_secrets, &m_client);
    fresh.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fresh));
    EXPECT_TRUE(fresh.grab().save(dir.filePath(QStringLiteral("settings-providers-empty.png"))));
#endif
}

} // namespace
