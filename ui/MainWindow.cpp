// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ClipboardSnapshot.h"
#include "QtClipboardSource.h"
#include "chat/ChatView.h"
#include "chat/SessionPresenter.h"
#include "config/Settings.h"
#include "context/FileContextLoader.h"
#include "context/FolderContextLoader.h"
#include "conversation/ChatSession.h"
#include "history/AsyncHistory.h"
#include "history/HistoryExporter.h"
#include "history/HistoryImporter.h"
#include "history/HistoryTurns.h"
#include "history/SessionRecorder.h"
#include "hotkey/GlobalShortcut.h"
#include "prompt/Persona.h"
#include "prompt/PromptAssembler.h"
#include "provider/ChatClient.h"
#include "provider/ProviderResolver.h"
#include "quickask/QuickAskWindow.h"
#include "routing/ContextRouter.h"
#include "settings/SettingsDialog.h"
#include "voice/PushToTalkButton.h"
#include "voice/SpokenQuestion.h"
#include "voice/VoiceController.h"
#include "voice/VoiceKeys.h"
#include "voice/VoiceStrip.h"
#include "window/AppIcon.h"
#include "window/ComposerEdit.h"
#include "window/Confirmation.h"
#include "window/ContextChip.h"
#include "window/ContextInspector.h"
#include "window/ConversationSidebar.h"
#include "window/FindBar.h"
#include "window/TabOrder.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace CodeGuru {

/// A conversation with its engine and the chat-view rows that show its turns.
struct MainWindow::Conversation
{
    QString title;
    bool customTitle = false; ///< renamed by the person: not replaced by the first question
    qint64 storedId = 0; ///< in the history; 0 until its first question is saved
    bool loading = false;
    /// Null for a stored conversation until it is opened: thousands of them cost nothing.
    QuestionContextBuilder *builder = nullptr;
    ChatSession *session = nullptr;
    SessionRecorder *recorder = nullptr; ///< child of the session
    SessionPresenter *presenter = nullptr; ///< child of the session
};

MainWindow::MainWindow(const WindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_router(new ContextRouter(services.gateway, this))
    , m_voice(
          new VoiceController(services.settings, services.resolver, services.gateway, services.speech, this))
    , m_clipboard(new QtClipboardSource)
    , m_quickAsk(std::make_unique<QuickAskWindow>())
{
    setWindowTitle(tr("CodeGuru"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    buildUi();
    buildMenus();
    buildTray();
    newConversation();
    restoreLayout();
    openHistory();
    // Built now and kept hidden, so the shortcut shows it at once.
    connect(m_quickAsk.get(), &QuickAskWindow::askRequested, this, &MainWindow::askQuickly);
    connect(m_quickAsk.get(), &QuickAskWindow::stopRequested, this, [this] {
        m_voice->silence();
        if (m_quick)
            m_quick->session->stop();
    });
    m_quickAsk->setVoice(m_voice->quickQuestion(), m_voice);
    connect(m_voice->quickQuestion(), &SpokenQuestion::heard, this, [this](const QString &text) {
        QLineEdit *field = m_quickAsk->questionField();
        const QString typed = field->text().trimmed();
        field->setText(typed.isEmpty() ? text : typed + QLatin1Char(' ') + text);
        field->setFocus(Qt::OtherFocusReason);
        if (m_services.settings->sendSpokenQuestionsAtOnce())
            m_quickAsk->askTyped();
    });
    connect(m_quickAsk.get(), &QuickAskWindow::openInMainWindowRequested, this,
            [this] { moveQuickToMain(true); });
    if (GlobalShortcut *shortcut = m_services.shortcut) {
        connect(shortcut, &GlobalShortcut::activated, this, &MainWindow::showQuickAsk);
        connect(shortcut, &GlobalShortcut::stateChanged, this, [this, shortcut] {
            if (m_shortcutStateAction)
                m_shortcutStateAction->setText(shortcut->stateText());
        });
        applyShortcut();
        if (m_shortcutStateAction)
            m_shortcutStateAction->setText(shortcut->stateText());
    }

    connect(m_router, &ContextRouter::prefetched, this,
            [this](const QString &query, const RoutingDecisions &decisions) {
                if (query != m_composer->toPlainText() || !m_clipboardChip
                    || m_clipboardChip->state() == ContextChip::State::Error)
                    return;
                for (const RoutingDecision &decision : decisions) {
                    if (decision.context == QLatin1StringView("clipboard")) {
                        m_clipboardChip->setState(ContextChip::State::Ready);
                        m_clipboardChip->setSuggested(decision.decision);
                    }
                }
            });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateClipboardChip);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_composer->toPlainText();
        if (text.trimmed().isEmpty() || !m_haveProvider)
            return;
        // Route while the person types, so the decisions are ready when they press Enter.
        RoutingInputs inputs;
        inputs.clipboardAvailable = m_clipboardChip && m_clipboardChip->state() != ContextChip::State::Error;
        inputs.filesAttached = chips().size() > (m_clipboardChip ? 1 : 0);
        if (m_clipboardChip && !m_clipboardChip->isForced()
            && m_clipboardChip->state() != ContextChip::State::Error)
            m_clipboardChip->setState(ContextChip::State::Pending);
        m_router->prefetch(text, inputs);
    });
    updateClipboardChip();
    resolveProvider();
}

MainWindow::~MainWindow()
{
    // Sessions and builders are QObject children; the bookkeeping records are not.
    if (m_quick)
        m_conversations.append(std::exchange(m_quick, nullptr));
    for (Conversation *conversation : std::as_const(m_conversations)) {
        if (conversation->session)
            conversation->session->stop(); // the recorder saves the answer so far as stopped
    }
    qDeleteAll(m_conversations);
    delete m_clipboard;
}

void MainWindow::buildUi()
{
    m_splitter = new QSplitter(this);
    m_sidebar = new ConversationSidebar(m_splitter);
    connect(m_sidebar, &ConversationSidebar::newConversationRequested, this, &MainWindow::newConversation);
    connect(m_sidebar, &ConversationSidebar::currentRowChanged, this, &MainWindow::showConversation);
    connect(m_sidebar, &ConversationSidebar::renameRequested, this, &MainWindow::renameConversation);
    connect(m_sidebar, &ConversationSidebar::deleteRequested, this, &MainWindow::deleteConversation);
    connect(m_sidebar, &ConversationSidebar::filterChanged, this, [this] { m_searchTimer.start(); });
    connect(m_sidebar, &ConversationSidebar::hitActivated, this, &MainWindow::openHit);
    // Search as the person types, but not one query per key.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::filterConversations);

    auto *chatPane = new QWidget(m_splitter);
    auto *chatLayout = new QVBoxLayout(chatPane);
    chatLayout->setContentsMargins(0, 6, 6, 6);
    m_chatView = new ChatView(chatPane);
    m_findBar = new FindBar(m_chatView, chatPane);
    m_findBar->hide();
    connect(m_findBar, &FindBar::closed, this, [this] { m_composer->setFocus(); });
    m_chipBar = new QWidget(chatPane);
    m_chipLayout = new QHBoxLayout(m_chipBar);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);
    auto *composerRow = new QHBoxLayout;
    auto *attachButton = new QPushButton(tr("Attach…"), chatPane);
    attachButton->setToolTip(tr("Attach files to the next question (File → Attach files…)"));
    m_composer = new ComposerEdit(chatPane);
    auto *buttons = new QVBoxLayout;
    m_sendButton = new QPushButton(tr("Send"), chatPane);
    m_sendButton->setDefault(true);
    m_regenerateButton = new QPushButton(tr("Regenerate"), chatPane);
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_regenerateButton);
    buttons->addStretch(1);
    m_talkButton = new PushToTalkButton(m_voice->windowQuestion(), chatPane);
    buttons->insertWidget(1, m_talkButton, 0, Qt::AlignLeft);
    m_voiceStrip = new VoiceStrip(m_voice->windowQuestion(), chatPane);
    composerRow->addWidget(attachButton, 0, Qt::AlignTop);
    composerRow->addWidget(m_composer, 1);
    composerRow->addLayout(buttons);
    chatLayout->addWidget(m_findBar);
    chatLayout->addWidget(m_chatView, 1);
    chatLayout->addWidget(m_chipBar);
    chatLayout->addWidget(m_voiceStrip);
    chatLayout->addLayout(composerRow);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(chatPane);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 680});
    setCentralWidget(m_splitter);
    updateTabOrder();

    m_providerLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_providerLabel);

    buildVoice();
    connect(m_composer, &ComposerEdit::sendRequested, this, &MainWindow::send);
    connect(m_composer, &ComposerEdit::stopRequested, this, &MainWindow::stop);
    connect(m_composer, &ComposerEdit::filesPasted, this, &MainWindow::attachPaths);
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        // Stop while an answer arrives or is read aloud, Send otherwise (what the button says).
        if ((currentSession() && currentSession()->isBusy()) || m_voice->isReading())
            stop();
        else
            send();
    });
    connect(m_regenerateButton, &QPushButton::clicked, this, [this] {
        if (ChatSession *session = currentSession(); session && !session->turns().isEmpty())
            session->regenerate();
    });
    connect(attachButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        attachPaths(files);
    });
    // Notices of a conversation are its presenter's; the "no provider" notice is the window's.
    connect(m_chatView, &ChatView::noticeActionTriggered, this, [this](int id) {
        if (id == m_providerNoticeId)
            openSettings();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newChat = file->addAction(tr("&New chat"), this, &MainWindow::newConversation);
    newChat->setShortcut(QKeySequence::New);
    file->addAction(tr("&Attach files…"), this,
                    [this] { attachPaths(QFileDialog::getOpenFileNames(this, tr("Attach files"))); });
    file->addAction(tr("Attach a &folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Attach a folder"));
        if (!folder.isEmpty())
            attachPaths({folder});
    });
    file->addSeparator();
    file->addAction(tr("&Export conversation…"), this, [this] {
        if (!m_current || m_current->storedId == 0) {
            statusBar()->showMessage(tr("There is nothing to export yet: ask something first."), 6000);
            return;
        }
        QString selectedFilter;
        const QString markdown = tr("Markdown (*.md)");
        const QString json = tr("CodeGuru conversation (*.json)");
        QString path = QFileDialog::getSaveFileName(this, tr("Export conversation"),
                                                    m_current->title + QStringLiteral(".md"),
                                                    markdown + QStringLiteral(";;") + json, &selectedFilter);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += selectedFilter == json ? QStringLiteral(".json") : QStringLiteral(".md");
        exportConversation(path);
    });
    file->addAction(tr("&Import conversation…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import conversation"), QString(),
                                                          tr("CodeGuru conversation (*.json)"));
        if (!path.isEmpty())
            importConversation(path);
    });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    chat->addAction(tr("&Stop answer"), this, &MainWindow::stop);
    chat->addAction(tr("Stop reading a&loud"), m_voice, &VoiceController::silence);
    chat->addAction(tr("&Regenerate"), this, [this] {
        if (ChatSession *session = currentSession())
            session->regenerate();
    });
    chat->addAction(tr("&Edit last question"), this, [this] {
        ChatSession *session = currentSession();
        if (!session || session->turns().isEmpty())
            return;
        bool ok = false;
        const QString edited = QInputDialog::getMultiLineText(this, tr("Edit last question"), tr("Question:"),
                                                              session->turns().last().question, &ok);
        if (ok && !edited.trimmed().isEmpty()) {
            m_current->presenter->render(); // redraw without the old answer
            session->editLast(edited.trimmed());
        }
    });
    // The Copy buttons in the chat are for the mouse; this is the keyboard's way.
    QAction *copyAnswer = chat->addAction(tr("&Copy last answer as Markdown"), this, [this] {
        const ChatSession *session = currentSession();
        if (!session || session->turns().isEmpty() || session->turns().last().answer.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(session->turns().last().answer);
        statusBar()->showMessage(tr("The last answer was copied as Markdown."), 4000);
    });
    copyAnswer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    chat->addSeparator();
    QAction *find = chat->addAction(tr("&Find in conversation…"), this, [this] { m_findBar->activate(); });
    find->setShortcut(QKeySequence::Find);
    QAction *findAll =
        chat->addAction(tr("Search c&onversations"), this, [this] { m_sidebar->focusFilter(); });
    findAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show CodeGuru"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Ask about the clipboard"), this, &MainWindow::showQuickAsk);
    // Never failing silently: the menu says whether the shortcut works.
    m_shortcutStateAction = menu->addAction(QString());
    m_shortcutStateAction->setEnabled(false);
    m_shortcutStateAction->setVisible(m_services.shortcut != nullptr);
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(tr("CodeGuru"));
    m_tray->show();
    applyTrayPolicy();
}

ChatSession *MainWindow::currentSession() const
{
    return m_current ? m_current->session : nullptr;
}

QList<ContextChip *> MainWindow::chips() const
{
    return m_chipBar->findChildren<ContextChip *>(Qt::FindDirectChildrenOnly);
}

void MainWindow::resolveProvider()
{
    m_services.resolver->resolve({}, this, [this](const ResolvedProvider &resolved) {
        if (m_providerNoticeId >= 0) {
            m_chatView->removeMessage(m_providerNoticeId);
            m_providerNoticeId = -1;
        }
        m_haveProvider = resolved.ok();
        m_voice->setChatEndpoint(resolved.endpoint);
        if (!resolved.ok()) {
            m_providerLabel->setText(tr("No provider"));
            m_providerNoticeId = m_chatView->appendMessage(ChatView::Role::Notice, QString());
            m_chatView->setNotice(m_providerNoticeId, resolved.errorMessage, {tr("Open settings")});
            m_lastNoticeId = m_providerNoticeId;
            return;
        }
        m_endpoint = *resolved.endpoint;
        m_router->setEndpoint(m_endpoint, m_services.settings->classifierModel());
        m_router->setDeadline(m_services.settings->routingDeadline());
        QString error;
        const QString userSet = m_services.settings->classifierSetFile();
        if (QFileInfo::exists(userSet)) {
            if (auto set = ClassifierSet::fromFile(userSet, &error))
                m_router->setClassifierSet(*set);
            else
                statusBar()->showMessage(error, 10000);
        } else {
            m_router->setClassifierSet(ClassifierSet::defaults());
        }
        for (Conversation *conversation : std::as_const(m_conversations)) {
            if (conversation->session)
                conversation->session->setEndpoint(m_endpoint);
        }
        m_providerLabel->setText(tr("%1 · %2").arg(m_endpoint.model, m_endpoint.hostAndPort()));
        Q_EMIT providerChanged(m_endpoint);
    });
}

void MainWindow::newConversation()
{
    // One empty conversation at a time: New chat goes back to it rather than piling up more.
    for (int row = 0; row < m_conversations.size(); ++row) {
        Conversation *conversation = m_conversations.at(row);
        if (conversation->storedId == 0 && conversation->session
            && conversation->session->turns().isEmpty()) {
            m_sidebar->setCurrentRow(row);
            m_composer->setFocus();
            return;
        }
    }
    auto *conversation = new Conversation;
    conversation->title = tr("New conversation");
    ensureSession(conversation);
    m_conversations.prepend(conversation);
    m_sidebar->insertConversation(0, conversation->title);
    m_sidebar->setCurrentRow(0);
    m_composer->setFocus();
}

void MainWindow::ensureSession(Conversation *conversation)
{
    if (conversation->session)
        return;
    conversation->builder = new QuestionContextBuilder(m_router, this);
    conversation->session = new ChatSession(m_services.client, conversation->builder, this);
    conversation->session->setEndpoint(m_endpoint);
    const QString prompt = m_services.settings->systemPrompt();
    conversation->session->setSystemPrompt(prompt.isEmpty() ? Persona::codingExpert() : prompt);
    conversation->session->setClipboard(m_clipboard);
    conversation->session->setWorkspace(QDir::currentPath());
    conversation->session->setRedaction(m_services.settings->redactionMode());
    connectSession(conversation);
    if (m_historyReady)
        attachRecorder(conversation);
}

void MainWindow::attachRecorder(Conversation *conversation)
{
    if (conversation->recorder || !m_services.history)
        return;
    conversation->recorder =
        new SessionRecorder(conversation->session, m_services.history, conversation->session);
    conversation->recorder->setConversation(conversation->storedId);
    connect(conversation->recorder, &SessionRecorder::conversationCreated, this,
            [this, conversation](qint64 id) {
                conversation->storedId = id;
                if (!conversation->customTitle) {
                    const QList<ChatTurn> &turns = conversation->session->turns();
                    conversation->title = turns.isEmpty() ? conversation->title
                                                          : HistoryTurns::titleFor(turns.first().question);
                    m_sidebar->setTitle(rowOf(conversation), conversation->title);
                } else {
                    m_services.history->renameConversation(id, conversation->title);
                }
            });
    connect(conversation->recorder, &SessionRecorder::saveFailed, this,
            [this](int, const HistoryError &error) {
                // Once per kind of trouble, not every half second while it lasts.
                if (m_lastSaveError == error.kind)
                    return;
                m_lastSaveError = error.kind;
                statusBar()->showMessage(
                    tr("This conversation could not be saved: %1 It stays open here and is saved as soon as "
                       "possible.")
                        .arg(error.message),
                    15000);
            });
    connect(conversation->recorder, &SessionRecorder::turnSaved, this,
            [this] { m_lastSaveError = HistoryError::Kind::None; });
}

int MainWindow::rowOf(const Conversation *conversation) const
{
    return int(m_conversations.indexOf(const_cast<Conversation *>(conversation)));
}

void MainWindow::showConversation(int row)
{
    if (row < 0 || row >= m_conversations.size())
        return;
    if (m_current && m_current->presenter)
        m_current->presenter->setShown(false);
    m_current = m_conversations.at(row);
    m_providerNoticeId = -1;
    if (!m_current->session) {
        m_chatView->clear();
        updateBusy(false);
        loadStoredConversation(m_current);
        return;
    }
    m_current->presenter->setShown(true);
    if (!m_haveProvider)
        resolveProvider();
    updateBusy(m_current->session->isBusy());
}

void MainWindow::loadStoredConversation(Conversation *conversation)
{
    if (conversation->loading)
        return;
    conversation->loading = true;
    auto *watcher = new QFutureWatcher<HistoryResult<QList<MessageRecord>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, conversation] {
        watcher->deleteLater();
        if (!m_conversations.contains(conversation))
            return; // deleted meanwhile
        conversation->loading = false;
        const HistoryResult<QList<MessageRecord>> loaded = watcher->result();
        if (!loaded.ok()) {
            if (conversation == m_current) {
                const int notice = m_chatView->appendMessage(ChatView::Role::Notice, QString());
                m_chatView->setNotice(
                    notice, tr("This conversation could not be read: %1").arg(loaded.error.message), {});
                m_lastNoticeId = notice;
            }
            return;
        }
        ensureSession(conversation);
        attachRecorder(conversation);
        if (conversation == m_current) {
            conversation->presenter->setShown(true);
            updateBusy(false);
        }
        conversation->recorder->restore(conversation->storedId, loaded.value);
        // restore() makes the session emit restored(), which draws it if it is shown.
    });
    watcher->setFuture(m_services.history->loadConversation(conversation->storedId));
}

void MainWindow::connectSession(Conversation *conversation)
{
    presentIn(conversation, m_chatView);
    connect(conversation->session, &ChatSession::busyChanged, this, [this, conversation](bool busy) {
        if (conversation == m_current)
            updateBusy(busy);
        else if (conversation == m_quick)
            m_quickAsk->setBusy(busy);
        if (busy && isShown(conversation))
            m_voice->answerStarted();
    });
    // Read aloud as it streams in: the shown conversation's answers and Quick Ask's.
    connect(conversation->session, &ChatSession::answerReceived, this,
            [this, conversation](int, const QString &delta) {
                if (isShown(conversation))
                    m_voice->answerReceived(delta);
            });
    connect(conversation->session, &ChatSession::turnFinished, this, [this, conversation] {
        if (isShown(conversation))
            m_voice->answerFinished();
    });
}

bool MainWindow::isShown(const Conversation *conversation) const
{
    return conversation == m_current || conversation == m_quick;
}

void MainWindow::presentIn(Conversation *conversation, ChatView *view)
{
    delete conversation->presenter;
    conversation->presenter = new SessionPresenter(conversation->session, view, conversation->session);
    connect(conversation->presenter, &SessionPresenter::settingsRequested, this, &MainWindow::openSettings);
    connect(conversation->presenter, &SessionPresenter::inspectRequested, this, &MainWindow::inspect);
    connect(conversation->presenter, &SessionPresenter::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(conversation->presenter, &SessionPresenter::noticeShown, this,
            [this](int id) { m_lastNoticeId = id; });
    connect(conversation->presenter, &SessionPresenter::restoredShown, this, &MainWindow::revealPendingFind);
}

void MainWindow::showQuickAsk()
{
    // A new question after the last one was answered starts a new conversation; the last
    // one joins the others in the sidebar, saved like any other.
    if (m_quick && !m_quickAsk->isVisible() && !m_quick->session->isBusy()
        && !m_quick->session->turns().isEmpty())
        moveQuickToMain(false);
    if (!m_quick) {
        m_quick = new Conversation;
        m_quick->title = tr("Quick Ask");
        ensureSession(m_quick);
        presentIn(m_quick, m_quickAsk->chatView());
        m_quick->presenter->setShown(true);
    }
    const QClipboard::Mode mode =
        m_services.settings->usePrimarySelection() ? QClipboard::Selection : QClipboard::Clipboard;
    m_quickAsk->popUp(ClipboardSnapshot::take(mode));
}

void MainWindow::askQuickly(const QString &question)
{
    if (!m_quick)
        return;
    if (!m_haveProvider) {
        resolveProvider();
        m_quickAsk->questionField()->setText(question); // kept, never lost
        showNormal(); // the window shows what to set up
        raise();
        return;
    }
    // Always the clipboard as previewed, whatever routing thinks; the other classifiers run.
    QList<ContextItem> forced;
    if (m_quickAsk->clipboard().kind == ClipboardSnapshot::Kind::Text)
        forced.append(
            ContextItem {ContextItem::Source::Clipboard, tr("Clipboard"), m_quickAsk->clipboard().text});
    m_quick->session->send(question, {}, forced, false);
}

void MainWindow::moveQuickToMain(bool show)
{
    Conversation *conversation = m_quick;
    if (!conversation)
        return;
    m_quick = nullptr;
    m_quickAsk->setBusy(false);
    if (const QList<ChatTurn> &turns = conversation->session->turns(); !turns.isEmpty())
        conversation->title = HistoryTurns::titleFor(turns.first().question);
    presentIn(conversation, m_chatView);
    if (m_current && m_current->presenter)
        m_current->presenter->setShown(false);
    m_current = nullptr;
    m_conversations.prepend(conversation);
    m_sidebar->insertConversation(0, conversation->title);
    if (!show) {
        // Keep showing what was shown; the insert moved it one row down.
        m_sidebar->setCurrentRow(std::max(0, m_sidebar->currentRow()));
        showConversation(m_sidebar->currentRow());
        return;
    }
    m_quickAsk->hide();
    m_sidebar->setCurrentRow(0);
    showConversation(0);
    showNormal();
    raise();
    activateWindow();
    m_composer->setFocus();
}

void MainWindow::inspect(int turnIndex)
{
    ChatSession *session = currentSession();
    if (!session || turnIndex < 0 || turnIndex >= session->turns().size())
        return;
    const ChatTurn &turn = session->turns().at(turnIndex);
    auto *inspector =
        new ContextInspector(turn.sentMessages, turn.context.decisions, turn.context.notices, this);
    inspector->setAttribute(Qt::WA_DeleteOnClose);
    inspector->open();
}

void MainWindow::send()
{
    ChatSession *session = currentSession();
    const QString question = m_composer->toPlainText().trimmed();
    if (!session || question.isEmpty() || session->isBusy())
        return;
    if (!m_haveProvider) {
        // The text stays in the composer; the notice says what to do.
        resolveProvider();
        return;
    }
    QList<ContextItem> automatic;
    QList<ContextItem> forced;
    std::optional<bool> forceClipboard;
    for (ContextChip *chip : chips()) {
        if (chip == m_clipboardChip) {
            if (chip->isForced())
                forceClipboard = chip->isIncluded();
            continue;
        }
        if (chip->state() != ContextChip::State::Ready || (chip->isForced() && !chip->isIncluded()))
            continue;
        (chip->isForced() ? forced : automatic).append(chip->item());
    }
    session->send(question, automatic, forced, forceClipboard);
    m_composer->clear();
}

void MainWindow::stop()
{
    m_voice->silence();
    if (ChatSession *session = currentSession())
        session->stop();
}

void MainWindow::buildVoice()
{
    new VoiceKeys(this, m_voice->windowQuestion(), m_voice);
    connect(m_voice->windowQuestion(), &SpokenQuestion::heard, this, &MainWindow::takeSpokenQuestion);
    connect(m_voice, &VoiceController::readingChanged, this,
            [this] { updateBusy(currentSession() && currentSession()->isBusy()); });
    connect(m_voice, &VoiceController::speechFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });
}

void MainWindow::takeSpokenQuestion(const QString &text)
{
    // Added to what was typed, never in place of it.
    QTextCursor cursor = m_composer->textCursor();
    cursor.movePosition(QTextCursor::End);
    const QString typed = m_composer->toPlainText();
    cursor.insertText(typed.isEmpty() || typed.back().isSpace() ? text : QLatin1Char(' ') + text);
    m_composer->setTextCursor(cursor);
    m_composer->setFocus(Qt::OtherFocusReason);
    if (m_services.settings->sendSpokenQuestionsAtOnce())
        send();
}

void MainWindow::updateBusy(bool busy)
{
    m_sendButton->setText(busy || m_voice->isReading() ? tr("Stop") : tr("Send"));
    m_regenerateButton->setEnabled(!busy && currentSession() && !currentSession()->turns().isEmpty());
}

void MainWindow::addChip(ContextChip *chip)
{
    m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
    updateTabOrder();
    connect(chip, &ContextChip::removeRequested, chip, [this, chip] {
        if (chip == m_clipboardChip)
            m_clipboardChip = nullptr;
        // Removed with the keyboard, its Remove button had the focus: keep it in the window.
        if (chip->isAncestorOf(QApplication::focusWidget()))
            m_composer->setFocus(Qt::OtherFocusReason);
        chip->deleteLater();
    });
}

void MainWindow::updateTabOrder()
{
    // As seen: the find bar above the messages, the chips (added at any time) above the composer.
    QWidget *chatPane = m_chatView->parentWidget();
    chainTabOrder({m_sidebar, m_findBar, m_chatView, m_chipBar, chatPane});
}

void MainWindow::updateClipboardChip()
{
    const ClipboardSnapshot clipboard = ClipboardSnapshot::take();
    if (clipboard.kind != ClipboardSnapshot::Kind::Text
        && clipboard.kind != ClipboardSnapshot::Kind::Concealed) {
        delete m_clipboardChip;
        m_clipboardChip = nullptr;
        return;
    }
    if (!m_clipboardChip) {
        m_clipboardChip = new ContextChip(tr("Clipboard"), m_chipBar);
        m_clipboardChip->setIncluded(false);
        addChip(m_clipboardChip);
    }
    m_clipboardChip->setItem(ContextItem {ContextItem::Source::Clipboard, tr("Clipboard"), clipboard.text});
    if (clipboard.kind == ClipboardSnapshot::Kind::Concealed)
        m_clipboardChip->setState(ContextChip::State::Error,
                                  tr("a concealed item from a password manager; it is never read"));
    else
        m_clipboardChip->setState(ContextChip::State::Ready);
}

void MainWindow::attachPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto *chip = new ContextChip(QFileInfo(path).fileName(), m_chipBar);
        addChip(chip);
        QPointer<ContextChip> guard(chip);
        if (QFileInfo(path).isDir()) {
            auto *watcher = new QFutureWatcher<FolderLoadResult>(this);
            followLoad(watcher, chip, [](int files) { return tr("%n file(s)", nullptr, files); });
            connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard, path] {
                watcher->deleteLater();
                if (!guard)
                    return;
                const FolderLoadResult result = watcher->result();
                if (!result.error.isEmpty()) {
                    guard->setState(ContextChip::State::Error, result.error);
                    return;
                }
                QString text;
                for (const ContextItem &item : result.items)
                    text += PromptAssembler::contextBlock(item) + QLatin1Char('\n');
                guard->setItem(ContextItem {ContextItem::Source::File,
                                            QFileInfo(path).fileName() + QLatin1Char('/'), text});
                guard->setState(ContextChip::State::Ready);
            });
            watcher->setFuture(FolderContextLoader::loadAsync(path));
            continue;
        }
        auto *watcher = new QFutureWatcher<FileContextLoader::Result>(this);
        followLoad(watcher, chip, [](int permille) { return tr("%1 %").arg(permille / 10); });
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard] {
            watcher->deleteLater();
            if (!guard)
                return;
            const FileContextLoader::Result result = watcher->result();
            if (!result.item) {
                guard->setState(ContextChip::State::Error, result.error);
                return;
            }
            guard->setItem(*result.item);
            guard->setState(ContextChip::State::Ready);
        });
        watcher->setFuture(FileContextLoader::loadAsync(path));
    }
}

void MainWindow::followLoad(QFutureWatcherBase *watcher, ContextChip *chip,
                            const std::function<QString(int)> &describe)
{
    connect(watcher, &QFutureWatcherBase::progressValueChanged, chip,
            [chip, describe](int value) { chip->setProgressText(describe(value)); });
    // A chip removed while its file is still loading stops the read.
    connect(chip, &QObject::destroyed, watcher, [watcher] { watcher->cancel(); });
}

void MainWindow::renameConversation(int row)
{
    if (row < 0 || row >= m_conversations.size())
        return;
    Conversation *conversation = m_conversations.at(row);
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename conversation"), tr("Name:"),
                                                QLineEdit::Normal, conversation->title, &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    conversation->title = title;
    conversation->customTitle = true;
    m_sidebar->setTitle(row, title);
    if (conversation->storedId != 0 && m_services.history)
        m_services.history->renameConversation(conversation->storedId, title);
}

void MainWindow::deleteConversation(int row)
{
    if (row < 0 || row >= m_conversations.size())
        return;
    Conversation *conversation = m_conversations.at(row);
    const bool empty =
        conversation->storedId == 0 && (!conversation->session || conversation->session->turns().isEmpty());
    if (empty && m_conversations.size() == 1)
        return; // the one empty conversation stays, ready for a question
    if (!empty
        && !Confirmation::ask(
            this, tr("Delete conversation"),
            tr("Delete “%1” and all its messages? This cannot be undone.").arg(conversation->title),
            tr("Delete"))) {
        return;
    }
    m_conversations.removeAt(row);
    if (conversation->session) {
        conversation->session->stop();
        conversation->session->deleteLater(); // its recorder with it
        conversation->builder->deleteLater();
    }
    if (conversation->storedId != 0 && m_services.history)
        m_services.history->deleteConversation(conversation->storedId);
    if (m_current == conversation)
        m_current = nullptr;
    delete conversation;
    m_sidebar->removeConversation(row);
    if (m_conversations.isEmpty())
        newConversation();
    else
        showConversation(m_sidebar->currentRow());
}

void MainWindow::filterConversations()
{
    const QString text = m_sidebar->filterField()->text().trimmed();
    // Titles and the conversations open in memory at once; the history's index for the rest.
    for (int row = 0; row < m_conversations.size(); ++row) {
        const Conversation *conversation = m_conversations.at(row);
        bool match = text.isEmpty() || conversation->title.contains(text, Qt::CaseInsensitive);
        if (!match && conversation->session && conversation->storedId == 0) {
            const QList<ChatTurn> &turns = conversation->session->turns();
            match = std::any_of(turns.cbegin(), turns.cend(), [&text](const ChatTurn &turn) {
                return turn.question.contains(text, Qt::CaseInsensitive)
                    || turn.answer.contains(text, Qt::CaseInsensitive);
            });
        }
        m_sidebar->setRowVisible(row, match);
    }
    if (text.isEmpty() || !m_historyReady) {
        m_sidebar->setHits({});
        return;
    }
    const quint64 generation = ++m_searchGeneration;
    auto *watcher = new QFutureWatcher<HistoryResult<QList<SearchHit>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_searchGeneration)
            return; // the person typed on; a newer search is under way
        const HistoryResult<QList<SearchHit>> found = watcher->result();
        QList<ConversationSidebar::Hit> hits;
        for (const SearchHit &hit : found.value) {
            const auto it =
                std::find_if(m_conversations.cbegin(), m_conversations.cend(),
                             [&hit](const Conversation *c) { return c->storedId == hit.conversationId; });
            if (it == m_conversations.cend())
                continue;
            const int row = int(it - m_conversations.cbegin());
            m_sidebar->setRowVisible(row, true);
            hits.append({row, (*it)->title, hit.snippet});
        }
        m_sidebar->setHits(hits);
        if (!found.ok())
            statusBar()->showMessage(found.error.message, 8000);
    });
    watcher->setFuture(m_services.history->search(text));
}

void MainWindow::openHit(const ConversationSidebar::Hit &hit)
{
    if (hit.row < 0 || hit.row >= m_conversations.size())
        return;
    // The words the search matched, to find them again in the conversation.
    QString words = hit.snippet;
    const qsizetype begin = words.indexOf(QChar(SearchHit::HighlightBegin));
    const qsizetype end = words.indexOf(QChar(SearchHit::HighlightEnd), begin);
    const QString needle = begin >= 0 && end > begin ? words.mid(begin + 1, end - begin - 1)
                                                     : m_sidebar->filterField()->text().trimmed();
    Conversation *conversation = m_conversations.at(hit.row);
    m_pendingFind = needle;
    m_sidebar->setCurrentRow(hit.row);
    if (conversation == m_current && conversation->session && !conversation->loading)
        revealPendingFind();
}

void MainWindow::revealPendingFind()
{
    if (m_pendingFind.isEmpty())
        return;
    m_findBar->activate();
    m_findBar->field()->setText(m_pendingFind);
    m_pendingFind.clear();
}

void MainWindow::openHistory()
{
    if (!m_services.history)
        return;
    auto *watcher = new QFutureWatcher<HistoryResult<HistoryOpenReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const HistoryResult<HistoryOpenReport> opened = watcher->result();
        if (!opened.ok()) {
            // Conversations still work; they live in memory until the store can be written.
            const int notice = m_chatView->appendMessage(ChatView::Role::Notice, QString());
            m_chatView->setNotice(notice,
                                  tr("Conversations cannot be saved: %1 They are kept while CodeGuru runs.")
                                      .arg(opened.error.message),
                                  {});
            m_lastNoticeId = notice;
            return;
        }
        m_historyReady = true;
        if (const QString notice = opened.value.notice(); !notice.isEmpty()) {
            const int id = m_chatView->appendMessage(ChatView::Role::Notice, QString());
            m_chatView->setNotice(id, notice, {});
            m_lastNoticeId = id;
        }
        for (Conversation *conversation : std::as_const(m_conversations)) {
            if (conversation->session)
                attachRecorder(conversation);
        }
        refreshStoredConversations();
    });
    watcher->setFuture(m_services.history->open());
}

void MainWindow::refreshStoredConversations()
{
    if (!m_historyReady || m_refreshing)
        return;
    m_refreshing = true;
    auto *watcher = new QFutureWatcher<HistoryResult<QList<ConversationRecord>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_refreshing = false;
        const HistoryResult<QList<ConversationRecord>> listed = watcher->result();
        if (!listed.ok()) {
            statusBar()->showMessage(listed.error.message, 8000);
            return;
        }
        // Conversations another CodeGuru (or codeguru-cli) saved meanwhile join the list,
        // below the ones already there; the store lists the newest first.
        QSet<qint64> known;
        for (const Conversation *conversation : std::as_const(m_conversations))
            known.insert(conversation->storedId);
        if (m_quick)
            known.insert(m_quick->storedId);
        for (const ConversationRecord &record : listed.value) {
            if (known.contains(record.id))
                continue;
            auto *conversation = new Conversation;
            conversation->title = record.title;
            conversation->storedId = record.id;
            m_conversations.append(conversation);
            m_sidebar->insertConversation(
                int(m_conversations.size()) - 1, record.title,
                tr("%n message(s), last on %1", nullptr, record.messageCount)
                    .arg(QLocale().toString(record.updated.toLocalTime(), QLocale::ShortFormat)));
        }
        if (!m_sidebar->filterField()->text().isEmpty())
            m_searchTimer.start();
        if (m_pendingSelect != 0) {
            const auto it =
                std::find_if(m_conversations.cbegin(), m_conversations.cend(),
                             [this](const Conversation *c) { return c->storedId == m_pendingSelect; });
            m_pendingSelect = 0;
            if (it != m_conversations.cend())
                m_sidebar->setCurrentRow(int(it - m_conversations.cbegin()));
        }
    });
    watcher->setFuture(m_services.history->listConversations());
}

void MainWindow::exportConversation(const QString &path)
{
    if (!m_current || m_current->storedId == 0 || !m_historyReady)
        return;
    const bool asJson = path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
    // Read, format and write on the history's thread: a long conversation never stalls the window.
    QFuture<QString> written =
        m_services.history->run([id = m_current->storedId, path, asJson](HistoryStore &store) {
            const HistoryResult<ConversationData> stored = store.conversationData(id);
            if (!stored.ok())
                return stored.error.message;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return tr("“%1” could not be written: %2").arg(path, file.errorString());
            file.write(asJson ? HistoryExporter::toJson(stored.value)
                              : HistoryExporter::toMarkdown(stored.value).toUtf8());
            if (!file.commit())
                return tr("“%1” could not be written: %2").arg(path, file.errorString());
            return QString();
        });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        statusBar()->showMessage(error.isEmpty() ? tr("Exported to %1.").arg(path) : error, 8000);
        Q_EMIT exportFinished(error);
    });
    watcher->setFuture(written);
}

void MainWindow::importConversation(const QString &path)
{
    if (!m_historyReady)
        return;
    QFuture<HistoryResult<qint64>> imported = m_services.history->run([path](HistoryStore &store) {
        const auto refuse = [](HistoryError::Kind kind, const QString &message) {
            HistoryError error;
            error.kind = kind;
            error.message = message;
            return HistoryResult<qint64>::failure(error);
        };
        // Our exports are small; anything this big is not one.
        constexpr qint64 kMaxImportBytes = 256 * 1024 * 1024;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(HistoryError::Kind::Io,
                          tr("“%1” could not be read: %2").arg(path, file.errorString()));
        if (file.size() > kMaxImportBytes)
            return refuse(HistoryError::Kind::InvalidInput,
                          tr("“%1” is too large to be a CodeGuru conversation.").arg(path));
        const HistoryResult<ConversationData> parsed = HistoryImporter::fromJson(file.readAll());
        if (!parsed.ok())
            return HistoryResult<qint64>::failure(parsed.error);
        return store.importConversation(parsed.value);
    });
    auto *watcher = new QFutureWatcher<HistoryResult<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const HistoryResult<qint64> result = watcher->result();
        if (!result.ok()) {
            statusBar()->showMessage(result.error.message, 10000);
            Q_EMIT importFinished(result.error.message);
            return;
        }
        statusBar()->showMessage(tr("The conversation was imported."), 6000);
        m_pendingSelect = result.value;
        refreshStoredConversations();
        Q_EMIT importFinished(QString());
    });
    watcher->setFuture(imported);
}

void MainWindow::attachText(const QString &text)
{
    auto *chip = new ContextChip(tr("Text"), m_chipBar);
    addChip(chip);
    const auto loaded =
        FileContextLoader::fromBytes(text.toUtf8(), ContextItem::Source::Clipboard, tr("Dropped text"));
    if (loaded.item) {
        chip->setItem(*loaded.item);
        chip->setState(ContextChip::State::Ready);
    } else {
        chip->setState(ContextChip::State::Error, loaded.error);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        QStringList paths;
        QStringList refused;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
            else
                refused.append(url.toDisplayString());
        }
        attachPaths(paths);
        for (const QString &remote : std::as_const(refused)) {
            auto *chip = new ContextChip(remote, m_chipBar);
            addChip(chip);
            chip->setState(ContextChip::State::Error, tr("only local files can be attached"));
        }
    } else if (mime->hasText()) {
        attachText(mime->text());
    }
    event->acceptProposedAction();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_services.settings, m_services.secrets, m_services.client,
                                      m_services.shortcut, m_services.autostart, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, [this] {
        const QString prompt = m_services.settings->systemPrompt();
        for (Conversation *conversation : std::as_const(m_conversations)) {
            if (!conversation->session)
                continue; // gets the settings when it is opened
            conversation->session->setSystemPrompt(prompt.isEmpty() ? Persona::codingExpert() : prompt);
            conversation->session->setRedaction(m_services.settings->redactionMode());
        }
        if (const int points = m_services.settings->fontPointSize(); points > 0) {
            QFont font = QApplication::font();
            font.setPointSize(points);
            QApplication::setFont(font);
        }
        applyTrayPolicy();
        applyShortcut();
        m_voice->applySettings();
        resolveProvider(); // also picks up the classifier model and set
    });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings layout(m_services.settings->fileName(), QSettings::IniFormat);
    if (!restoreGeometry(layout.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(980, 700).boundedTo(screen()->availableGeometry().size()));
    m_splitter->restoreState(layout.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings layout(m_services.settings->fileName(), QSettings::IniFormat);
    layout.setValue(QStringLiteral("window/geometry"), saveGeometry());
    layout.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

bool MainWindow::keepsRunningInTray() const
{
    return m_tray && m_tray->isVisible() && (m_inBackground || m_services.settings->keepRunningInTray());
}

void MainWindow::runInBackground()
{
    m_inBackground = true;
    applyTrayPolicy();
}

void MainWindow::applyShortcut()
{
    if (GlobalShortcut *shortcut = m_services.shortcut) {
        const Settings *settings = m_services.settings;
        shortcut->setShortcut(settings->quickAskShortcutEnabled() ? settings->quickAskShortcut() : QString());
    }
}

void MainWindow::applyTrayPolicy()
{
    // Hidden in the tray, the window is not a reason to quit when a dialog closes. Started in
    // the background, Quick Ask closing is no reason either, tray or not: the shortcut must work.
    QApplication::setQuitOnLastWindowClosed(!m_inBackground && !keepsRunningInTray());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The CLI or another window may have saved conversations while this one was elsewhere.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshStoredConversations();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (keepsRunningInTray()) {
        event->ignore();
        hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->showMessage(tr("CodeGuru is still running"),
                                tr("It stays in the system tray. Choose Quit in its menu to end it."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace CodeGuru
