// SPDX-License-Identifier: GPL-3.0-or-later
// The window, every Settings page and Quick Ask in German (long words) and Japanese (another
// script): each is saved as a screenshot to look at, and checked for what a look would catch,
// text cut off by its widget and English left among the translation.
#include "MainWindowFixture.h"
#include "TsFile.h"
#include "i18n/TranslationLoader.h"
#include "quickask/QuickAskWindow.h"
#include "settings/SettingsDialog.h"
#include "voice/PushToTalkButton.h"
#include "voice/SpokenQuestion.h"
#include "voice/VoiceController.h"
#include "voice/VoiceStrip.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>

#include <map>

namespace CodeGuru::Testing {
namespace {

using Test::TsFile;

class LocalizedScreenshots : public MainWindowFixture, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_language = QString::fromLatin1(GetParam());
        QString error;
        const auto ts = TsFile::read(
            QStringLiteral(CODEGURU_SOURCE_DIR "/translations/codeguru_%1.ts").arg(m_language), &error);
        ASSERT_TRUE(ts.has_value()) << qPrintable(error);
        for (const ::CodeGuru::Test::TsMessage &message : ts->messages) {
            if (message.type.isEmpty() && !message.numerus && message.translations.value(0) != message.source)
                m_english.emplace(message.source, message.context);
        }
        // German "Profile" translates "Profiles": a word that is also a translation is not English.
        for (const ::CodeGuru::Test::TsMessage &message : ts->messages) {
            for (const QString &translation : message.translations)
                m_english.erase(translation);
        }
        ASSERT_TRUE(m_loader.install(QLocale(m_language)));
        m_shots = QDir(QStringLiteral(CODEGURU_SCREENSHOT_DIR "/") + m_language);
        ASSERT_TRUE(m_shots.mkpath(QStringLiteral(".")));
    }

    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    // Saves the picture, then names every widget whose text does not fit it or is still English.
    void shootAndCheck(QWidget *root, const QString &name)
    {
        QCoreApplication::processEvents();
        EXPECT_TRUE(root->grab().save(m_shots.filePath(name + QStringLiteral(".png")))) << qPrintable(name);
        const QRect screen = root->screen()->availableGeometry();
        EXPECT_LE(root->width(), screen.width()) << qPrintable(name) << " is wider than the screen";
        EXPECT_LE(root->minimumSizeHint().width(), screen.width())
            << qPrintable(name) << " cannot be made narrow enough for the screen";

        QStringList problems;
        const auto english = [&](const QString &text, const QWidget *where) {
            QString plain = text;
            const auto found = m_english.find(plain);
            if (found != m_english.end())
                problems.append(
                    QStringLiteral("English “%1” (%2) in %3")
                        .arg(text, found->second, QString::fromLatin1(where->metaObject()->className())));
        };
        english(root->windowTitle(), root);
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(root) || widget->window() != root)
                continue;
            const QString what = QStringLiteral("%1 “%2”").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
                english(label->text(), label);
                if (label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                      : label->width() < label->minimumSizeHint().width())
                    problems.append(QStringLiteral("cut off: %1 says “%2” in %3×%4")
                                        .arg(what, label->text())
                                        .arg(label->width())
                                        .arg(label->height()));
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget);
                       button && !button->text().isEmpty()) {
                english(button->text(), button);
                if (button->width() < button->sizeHint().width())
                    problems.append(QStringLiteral("cut off: %1 says “%2” in %3 px, needs %4")
                                        .arg(what, button->text())
                                        .arg(button->width())
                                        .arg(button->sizeHint().width()));
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                english(edit->placeholderText(), edit);
                QStyleOptionFrame frame;
                frame.initFrom(edit);
                frame.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, edit);
                const int room =
                    edit->style()->subElementRect(QStyle::SE_LineEditContents, &frame, edit).width()
                    - edit->textMargins().left() - edit->textMargins().right() - 4; // QLineEdit's own margin
                const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
                if (edit->text().isEmpty() && needed > room)
                    problems.append(QStringLiteral("cut off: %1 hint “%2” needs %3 px, has %4")
                                        .arg(what, edit->placeholderText())
                                        .arg(needed)
                                        .arg(room));
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                english(group->title(), group);
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    english(tabs->tabText(i), tabs);
            } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
                for (const QAction *action : menus->actions()) {
                    english(action->text(), menus);
                    if (action->menu()) {
                        for (const QAction *item : action->menu()->actions())
                            english(item->text(), menus);
                    }
                }
            }
        }
        EXPECT_TRUE(problems.isEmpty()) << qPrintable(name) << ":\n"
                                        << qPrintable(problems.join(QLatin1Char('\n')));
    }

    QString m_language;
    TranslationLoader m_loader;
    std::multimap<QString, QString> m_english; ///< source text → context, for texts that translate
    QDir m_shots;
};

TEST_P(LocalizedScreenshots, MainWindowSettingsAndQuickAsk)
{
    // A profile, so that the Providers page shows its editor with every field.
    settings->saveProfile(
        {QStringLiteral("local"), QStringLiteral("custom"), server.baseUrl(), QStringLiteral("fake-model")});
    settings->setDefaultProfile(QStringLiteral("local"));
    openWindow();
    // As large as the screen allows: offscreen runs have a smaller one than Xvfb.
    const QRect screen = window->screen()->availableGeometry();
    window->resize(std::min(1100, screen.width()), std::min(700, screen.height()));
    // Set rather than typed: QTest types only Latin-1.
    window->composer()->setPlainText(m_language == QLatin1StringView("ja")
                                         ? QStringLiteral("Pythonでファイルを一行ずつ読むには？")
                                         : QStringLiteral("Wie lese ich eine Datei zeilenweise?"));
    window->composer()->setFocus();
    sendAndWait();
    shootAndCheck(window.get(), QStringLiteral("main-window"));

    // A tap on the microphone: the voice line says how to hold it.
    QTest::mouseClick(window->pushToTalkButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return window->voiceStrip()->isVisible()
                && window->voice()->windowQuestion()->state() == SpokenQuestion::State::Idle;
        },
        10'000));
    shootAndCheck(window.get(), QStringLiteral("main-window-voice"));

    window->openSettings();
    auto *dialog = window->findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    const QList<QPair<SettingsDialog::Page, QString>> pages {
        {SettingsDialog::Page::Providers, QStringLiteral("settings-providers")},
        {SettingsDialog::Page::Routing, QStringLiteral("settings-routing")},
        {SettingsDialog::Page::Persona, QStringLiteral("settings-persona")},
        {SettingsDialog::Page::QuickAsk, QStringLiteral("settings-quickask")},
        {SettingsDialog::Page::Voice, QStringLiteral("settings-voice")},
        {SettingsDialog::Page::Appearance, QStringLiteral("settings-appearance")},
    };
    for (const auto &[page, name] : pages) {
        dialog->showPage(page);
        shootAndCheck(dialog, name);
    }
    dialog->close();

    QGuiApplication::clipboard()->setText(QStringLiteral("Traceback (most recent call last):\n"
                                                         "  File \"query_analysis.py\", line 12\n"
                                                         "KeyError: 'user_id'"));
    window->showQuickAsk();
    QuickAskWindow *quick = window->quickAsk();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(quick));
    ASSERT_TRUE(QTest::qWaitFor([quick] { return quick->isVisible(); }, 5000));
    shootAndCheck(quick, QStringLiteral("quick-ask"));
    quick->hide();
}

INSTANTIATE_TEST_SUITE_P(Languages, LocalizedScreenshots, ::testing::Values("de", "ja"),
                         [](const ::testing::TestParamInfo<const char *> &param) {
                             return std::string(param.param);
                         });

} // namespace
} // namespace CodeGuru::Testing
