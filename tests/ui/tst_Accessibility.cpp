// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the main window, Quick Ask and every Settings page: each control Tab
// reaches has a name a screen reader can say, Tab visits each once in the order they are seen
// and Shift+Tab walks back, no two mnemonics in a window share a letter, and what the mouse
// presses in the chat the keyboard presses too. Controls are collected, not listed, so ones
// added later are held to the same rules.
#include "MainWindowFixture.h"
#include "chat/ChatView.h"
#include "quickask/QuickAskWindow.h"
#include "settings/SettingsDialog.h"
#include "window/ContextChip.h"
#include "window/ConversationSidebar.h"
#include "window/FindBar.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

#include <algorithm>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

std::string describe(const QWidget *widget)
{
    if (!widget)
        return "(nothing)";
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QStringLiteral(" #") + widget->objectName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += QStringLiteral(" “%1”").arg(button->text());
    if (const QWidget *parent = widget->parentWidget())
        text += QStringLiteral(" in %1%2")
                    .arg(QString::fromLatin1(parent->metaObject()->className()),
                         parent->objectName().isEmpty() ? QString()
                                                        : QStringLiteral(" #") + parent->objectName());
    return text.toStdString();
}

std::string describe(const QList<QWidget *> &widgets)
{
    std::string text;
    for (const QWidget *widget : widgets)
        text += "\n  " + describe(widget);
    return text;
}

QWidget *focusTarget(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

/// The controls Tab should reach in `window` as it is shown now: visible, enabled, taking
/// focus from Tab. A widget that hands its focus to another counts as that one.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QWidget *target = focusTarget(widget);
        if (!stops.contains(target))
            stops.append(target);
    }
    return stops;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

/// A name made of a mark ("×", "✓") is no name to a person listening.
void expectNamed(const QList<QWidget *> &stops, const std::string &where)
{
    ASSERT_FALSE(stops.isEmpty()) << where;
    for (QWidget *stop : stops) {
        const QString name = accessibleName(stop);
        EXPECT_TRUE(std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            << where << ": " << describe(stop) << " has the accessible name “" << name.toStdString() << "”";
    }
}

/// Presses Tab (or Shift+Tab) from the focused control until the focus comes back to it.
QList<QWidget *> walk(bool forward)
{
    QList<QWidget *> chain;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return chain;
    chain.append(start);
    for (int step = 0; step < 200; ++step) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (forward)
            QTest::keyClick(focused, Qt::Key_Tab);
        else
            QTest::keyClick(focused, Qt::Key_Backtab, Qt::ShiftModifier);
        QCoreApplication::processEvents();
        QWidget *next = QApplication::focusWidget();
        if (next == start)
            break;
        chain.append(next);
    }
    return chain;
}

/// Tab visits every stop once and nothing else, `ordered` (those shown and enabled) in that
/// order, and Shift+Tab walks the same circle backwards.
void expectTabCycle(QWidget *window, const QList<QWidget *> &ordered, const std::string &where)
{
    const QList<QWidget *> stops = tabStops(window);
    expectNamed(stops, where);
    QWidget *start = QApplication::focusWidget();
    ASSERT_NE(start, nullptr) << where << ": nothing has the focus";
    ASSERT_EQ(start->window(), window) << where;

    const QList<QWidget *> forward = walk(true);
    ASSERT_EQ(QApplication::focusWidget(), start)
        << where << ": Tab never came back to " << describe(start) << "; it went" << describe(forward);
    for (QWidget *stop : stops)
        EXPECT_EQ(forward.count(stop), 1) << where << ": Tab reaches " << describe(stop) << " "
                                          << forward.count(stop) << " times; it went" << describe(forward);
    for (QWidget *visited : forward)
        EXPECT_TRUE(stops.contains(visited))
            << where << ": Tab stops at " << describe(visited) << ", which is not a control shown";

    QList<QWidget *> expected;
    for (QWidget *widget : ordered) {
        if (widget && widget->isVisible() && widget->isEnabled())
            expected.append(focusTarget(widget));
    }
    if (!expected.isEmpty()) {
        // The circle read from the first expected control.
        const qsizetype from = forward.indexOf(expected.constFirst());
        ASSERT_GE(from, 0) << where << ": Tab never reaches " << describe(expected.constFirst());
        const QList<QWidget *> circle = forward.mid(from) + forward.mid(0, from);
        qsizetype last = -1;
        for (QWidget *widget : std::as_const(expected)) {
            const qsizetype at = circle.indexOf(widget);
            EXPECT_GT(at, last) << where << ": " << describe(widget) << " comes out of order; Tab went"
                                << describe(circle);
            last = std::max(last, at);
        }
    }

    const QList<QWidget *> backward = walk(false);
    ASSERT_EQ(QApplication::focusWidget(), start)
        << where << ": Shift+Tab never came back; it went" << describe(backward);
    QList<QWidget *> reversed {start};
    for (qsizetype i = forward.size() - 1; i > 0; --i)
        reversed.append(forward.at(i));
    EXPECT_EQ(backward, reversed) << where << ": Shift+Tab went" << describe(backward)
                                  << "\nrather than back the way Tab came" << describe(reversed);
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is an ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// What each mnemonic letter of `texts` belongs to, letters with more than one owner only.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QStringList> owners;
    for (const QString &text : texts) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            owners[letter].append(text);
    }
    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(it.value().join(QStringLiteral(" / ")));
    }
    return found;
}

/// The texts whose mnemonics work in `window` as shown: buttons, labels with a buddy, group
/// boxes and the menu bar's menus.
QStringList mnemonicTexts(QWidget *window)
{
    QStringList texts;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            QString text = button->text();
            // GNOME and KDE give the standard dialog buttons their first letter (&OK, &Cancel,
            // &Apply), which the plain platform used by the tests does not.
            if (qobject_cast<QDialogButtonBox *>(button->parentWidget()) && mnemonic(text).isNull()
                && !text.isEmpty())
                text.prepend(QLatin1Char('&'));
            texts.append(text);
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            texts.append(label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            texts.append(box->title());
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> menus = bar->actions();
            for (const QAction *menu : menus)
                texts.append(menu->text());
        }
    }
    return texts;
}

void expectNoMnemonicClash(QWidget *window, const std::string &where)
{
    const QStringList found = clashes(mnemonicTexts(window));
    EXPECT_TRUE(found.isEmpty()) << where
                                 << ": mnemonics clash: " << found.join(QStringLiteral("; ")).toStdString();
}

void activate(QWidget *window)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window)) << "Tab needs the focus";
}

class AccessibilityTest : public MainWindowFixture
{
protected:
    SettingsDialog *openSettingsDialog()
    {
        window->openSettings();
        auto *dialog = window->findChild<SettingsDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        activate(dialog);
        return dialog;
    }

    template<typename T = QWidget>
    static T *named(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

TEST_F(AccessibilityTest, TheMainWindowIsNamedAndTabGoesRoundInTheOrderSeen)
{
    openWindow();
    type(QStringLiteral("how do I print?"));
    sendAndWait();
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("print needs parentheses in Python 3\n");
    file.close();
    window->attachText(QStringLiteral("Traceback: NameError"));
    window->attachPaths({path});
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const QList<ContextChip *> chips = window->chips();
            return chips.size() == 2
                && std::all_of(chips.cbegin(), chips.cend(), [](const ContextChip *chip) {
                       return chip->state() == ContextChip::State::Ready;
                   });
        },
        5000));
    activate(window.get());
    QTest::keyClick(window->composer(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(window->findBar()->field()->hasFocus());
    QTest::keyClicks(window->findBar()->field(), QStringLiteral("print"));

    ConversationSidebar *sidebar = window->sidebar();
    QList<QWidget *> ordered {sidebar->findChild<QPushButton *>(), sidebar->filterField(),
                              sidebar->conversationList(), window->findBar()->field(),
                              window->chatView()->focusProxy()};
    for (ContextChip *chip : window->chips()) {
        const QList<QToolButton *> buttons = chip->findChildren<QToolButton *>();
        ASSERT_EQ(buttons.size(), 2) << "include and remove";
        ordered += {buttons.at(0), buttons.at(1)};
    }
    ordered += {window->composer(), window->sendButton()};
    expectTabCycle(window.get(), ordered, "main window");
    expectNoMnemonicClash(window.get(), "main window");
}

TEST_F(AccessibilityTest, SearchResultsComeBetweenTheSearchFieldAndTheConversations)
{
    answerPieces = {QStringLiteral("Quicksort picks a pivot.\n")};
    openWindow();
    type(QStringLiteral("how does quicksort work?"));
    sendAndWait();
    window->newConversation();
    ConversationSidebar *sidebar = window->sidebar();
    activate(window.get());
    QTest::keyClick(window->composer(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(sidebar->filterField()->hasFocus());
    QTest::keyClicks(sidebar->filterField(), QStringLiteral("pivot"));
    ASSERT_TRUE(QTest::qWaitFor([sidebar] { return sidebar->resultList()->isVisible(); }, 5000));
    expectTabCycle(
        window.get(),
        {sidebar->filterField(), sidebar->resultList(), sidebar->conversationList(), window->composer()},
        "main window while searching");
}

TEST_F(AccessibilityTest, EveryMenuCommandHasAMnemonicOfItsOwn)
{
    openWindow();
    const QList<QAction *> menus = window->menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    for (const QAction *menuAction : menus) {
        const QMenu *menu = menuAction->menu();
        ASSERT_NE(menu, nullptr);
        EXPECT_FALSE(mnemonic(menuAction->text()).isNull()) << menuAction->text().toStdString();
        QStringList texts;
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            EXPECT_FALSE(mnemonic(action->text()).isNull())
                << menuAction->text().toStdString() << " → " << action->text().toStdString()
                << " has no mnemonic";
            texts.append(action->text());
        }
        const QStringList found = clashes(texts);
        EXPECT_TRUE(found.isEmpty()) << menuAction->text().toStdString() << ": "
                                     << found.join(QStringLiteral("; ")).toStdString();
    }
}

TEST_F(AccessibilityTest, QuickAskIsNamedAndTabGoesFromTheQuestionToTheAnswerAndOpen)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("int *p = nullptr; *p = 1;"));
    openWindow();
    window->showQuickAsk();
    QuickAskWindow *quick = window->quickAsk();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(quick));
    activate(quick);
    ASSERT_EQ(QApplication::focusWidget(), quick->questionField()) << "the question first";
    expectTabCycle(quick, {quick->questionField(), quick->chatView(), quick->openInMainWindowButton()},
                   "Quick Ask");
    expectNoMnemonicClash(quick, "Quick Ask");
}

TEST_F(AccessibilityTest, EverySettingsPageIsNamedAndTabGoesTopToBottom)
{
    openWindow();
    SettingsDialog *dialog = openSettingsDialog();
    ASSERT_NE(dialog, nullptr);
    auto *navigation = named<QListWidget>(dialog, "settingsNavigation");
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_TRUE(navigation && buttons);
    ASSERT_EQ(QApplication::focusWidget(), navigation) << "the pages first";
    // A profile, so that the editor shows.
    named<QPushButton>(dialog, "addProfileButton")->click();
    ASSERT_TRUE(
        QTest::qWaitFor([dialog] { return named<QLineEdit>(dialog, "apiKeyEdit")->isVisible(); }, 5000));
    navigation->setFocus(Qt::TabFocusReason);

    const QList<QWidget *> dialogButtons {buttons->button(QDialogButtonBox::Ok),
                                          buttons->button(QDialogButtonBox::Cancel),
                                          buttons->button(QDialogButtonBox::Apply)};
    const QList<std::pair<SettingsDialog::Page, QStringList>> pages {
        {SettingsDialog::Page::Providers,
         {QStringLiteral("profileList"), QStringLiteral("addProfileButton"),
          QStringLiteral("removeProfileButton"), QStringLiteral("makeDefaultButton"),
          QStringLiteral("profileNameEdit"), QStringLiteral("presetCombo"), QStringLiteral("baseUrlEdit"),
          QStringLiteral("modelCombo"), QStringLiteral("refreshModelsButton"), QStringLiteral("apiKeyEdit"),
          QStringLiteral("testButton")}},
        {SettingsDialog::Page::Routing,
         {QStringLiteral("classifierModelCombo"), QStringLiteral("routingDeadlineSpin"),
          QStringLiteral("redactionCombo"), QStringLiteral("classifierTable"),
          QStringLiteral("classifierQuestionEdit"), QStringLiteral("resetClassifiersButton")}},
        {SettingsDialog::Page::Persona,
         {QStringLiteral("systemPromptEdit"), QStringLiteral("resetPersonaButton")}},
        {SettingsDialog::Page::QuickAsk,
         {QStringLiteral("quickAskShortcutEnabled"), QStringLiteral("quickAskShortcutEdit"),
          QStringLiteral("primarySelectionCheck")}},
        {SettingsDialog::Page::Voice,
         {QStringLiteral("transcriptionProfileCombo"), QStringLiteral("transcriptionModelEdit"),
          QStringLiteral("sendSpokenAtOnceCheck"), QStringLiteral("readAnswersAloudCheck"),
          QStringLiteral("speechEngineCombo")}},
        {SettingsDialog::Page::Appearance,
         {QStringLiteral("fontSizeSpin"), QStringLiteral("keepInTrayCheck")}},
    };
    for (const auto &[page, names] : pages) {
        // The keyboard's way to a page: arrows in the list of pages.
        while (dialog->currentPage() != page) {
            const auto before = dialog->currentPage();
            QTest::keyClick(navigation, Qt::Key_Down);
            ASSERT_NE(dialog->currentPage(), before) << "Down goes to the next page";
        }
        const std::string where = "Settings, page " + std::to_string(int(page));
        QList<QWidget *> ordered {navigation};
        for (const QString &name : names)
            ordered.append(named(dialog, name.toLatin1().constData()));
        ordered += dialogButtons;
        ASSERT_EQ(QApplication::focusWidget(), navigation);
        expectTabCycle(dialog, ordered, where);
        expectNoMnemonicClash(dialog, where);
    }
    dialog->reject();
}

TEST_F(AccessibilityTest, RemovingAChipWithTheKeyboardKeepsTheFocusInTheWindow)
{
    openWindow();
    window->attachText(QStringLiteral("Traceback: NameError"));
    ASSERT_EQ(window->chips().size(), 1);
    activate(window.get());
    ContextChip *chip = window->chips().constFirst();
    const QList<QToolButton *> buttons = chip->findChildren<QToolButton *>();
    ASSERT_EQ(buttons.size(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&buttons] { return buttons.at(1)->isVisible(); }, 2000));
    EXPECT_EQ(accessibleName(buttons.at(0)), QStringLiteral("Include Dropped text"));
    EXPECT_EQ(accessibleName(buttons.at(1)), QStringLiteral("Remove Dropped text"));
    QToolButton *include = buttons.at(0);
    include->setFocus(Qt::TabFocusReason);
    QTest::keyClick(include, Qt::Key_Space);
    EXPECT_FALSE(chip->isIncluded()) << "Space leaves it out";
    QTest::keyClick(include, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), buttons.at(1));
    QTest::keyClick(buttons.at(1), Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->chips().isEmpty(); }, 2000));
    EXPECT_EQ(QApplication::focusWidget(), window->composer());
}

} // namespace

namespace {

TEST(AccessibilityChat, TheKeyboardPressesEverythingTheMousePressesInTheChat)
{
    ChatView view;
    view.setOpenLinksExternally(false);
    view.resize(720, 560);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QString question = QStringLiteral("How do I print?");
    view.appendMessage(ChatView::Role::User, question);
    const int answer = view.appendMessage(ChatView::Role::Assistant, QString());
    view.appendReasoning(answer, QStringLiteral("Python 3 has print as a function."));
    const QString markdown = QStringLiteral(
        "See [the tutorial](https://docs.python.org/3/tutorial/).\n\n```python\nprint('hi')\n```\n");
    view.appendToMessage(answer, markdown);
    view.finishMessage(answer);
    view.setNotice(answer, QStringLiteral("The answer was cut off."), {QStringLiteral("Regenerate")});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !view.partRect(answer, ChatView::Part::NoticeAction).isEmpty(); }, 5000));

    QWidget *list = view.focusProxy();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(accessibleName(list), QStringLiteral("Messages"));
    list->setFocus(Qt::TabFocusReason);
    QSignalSpy copied(&view, &ChatView::copyRequested);
    QSignalSpy links(&view, &ChatView::linkActivated);
    QSignalSpy actions(&view, &ChatView::noticeActionTriggered);
    const auto key = [list](Qt::Key which) { QTest::keyClick(list, which); };

    key(Qt::Key_Right); // the question's Copy
    key(Qt::Key_Return);
    ASSERT_EQ(copied.count(), 1);
    EXPECT_EQ(copied.last().first().toString(), question);

    key(Qt::Key_Right); // the answer's Copy
    key(Qt::Key_Space);
    ASSERT_EQ(copied.count(), 2);
    EXPECT_EQ(copied.last().first().toString(), markdown);

    key(Qt::Key_Right); // Reasoning
    const int collapsedTop = view.partRect(answer, ChatView::Part::Body).top();
    key(Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            view.listViewport()->repaint();
            return view.partRect(answer, ChatView::Part::Body).top() > collapsedTop;
        },
        2000))
        << "the reasoning opens above the answer";

    key(Qt::Key_Right); // the link, shown selected
    EXPECT_EQ(view.selectedText(), QStringLiteral("the tutorial"));
    key(Qt::Key_Return);
    ASSERT_EQ(links.count(), 1);
    EXPECT_EQ(links.last().first().toUrl(), QUrl(QStringLiteral("https://docs.python.org/3/tutorial/")));

    key(Qt::Key_Right); // the code block's Copy
    EXPECT_TRUE(view.selectedText().isEmpty()) << "the link is no longer selected";
    key(Qt::Key_Return);
    ASSERT_EQ(copied.count(), 3);
    EXPECT_EQ(copied.last().first().toString(), QStringLiteral("print('hi')"));

    key(Qt::Key_Right); // the notice's Regenerate
    key(Qt::Key_Return);
    ASSERT_EQ(actions.count(), 1);
    EXPECT_EQ(actions.last(), (QList<QVariant> {answer, 0}));
    key(Qt::Key_Right); // nothing further: it stays
    key(Qt::Key_Return);
    EXPECT_EQ(actions.count(), 2);

    key(Qt::Key_Left);
    key(Qt::Key_Return);
    EXPECT_EQ(copied.count(), 4) << "Left goes back to the code block's Copy";

    key(Qt::Key_Escape);
    key(Qt::Key_Return);
    EXPECT_EQ(copied.count(), 4) << "after Esc, Enter presses nothing";
    EXPECT_EQ(actions.count(), 2);
    EXPECT_EQ(links.count(), 1);
}

} // namespace
