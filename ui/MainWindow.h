// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryError.h"
#include "provider/ProviderEndpoint.h"
#include "window/ConversationSidebar.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QSystemTrayIcon;
class QHBoxLayout;

namespace CodeGuru {

class AsyncHistory;
class AutostartEntry;
class ChatClient;
class ChatSession;
class ChatView;
class ComposerEdit;
class ContextChip;
class ContextRouter;
class GlobalShortcut;
class FindBar;
class QuickAskWindow;
class NetworkGateway;
class ProviderResolver;
class QtClipboardSource;
class PushToTalkButton;
class SecretStore;
class Settings;
class SpeechEngine;
class VoiceController;
class VoiceStrip;
struct ContextItem;

/// The long-lived objects the window borrows; app/gui/main.cpp owns them.
struct WindowServices
{
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    NetworkGateway *gateway = nullptr;
    ChatClient *client = nullptr;
    ProviderResolver *resolver = nullptr;
    /// Where conversations are saved; null keeps them in memory only.
    AsyncHistory *history = nullptr;
    /// The system-wide Quick Ask shortcut; null where there is none (tests).
    GlobalShortcut *shortcut = nullptr;
    /// Starting at login, switched in Settings; null where it is not offered (tests).
    const AutostartEntry *autostart = nullptr;
    /// Reads answers aloud; null: Qt TextToSpeech with the engine Settings name.
    SpeechEngine *speech = nullptr;
};

/// The CodeGuru window: conversations on the left, the chat and the composer on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const WindowServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Seams for tests: the widgets a person would use.
    ComposerEdit *composer() const { return m_composer; }
    ChatView *chatView() const { return m_chatView; }
    FindBar *findBar() const { return m_findBar; }
    ConversationSidebar *sidebar() const { return m_sidebar; }
    QuickAskWindow *quickAsk() const { return m_quickAsk.get(); }
    /// Whether the history opened and conversations are being saved.
    bool isHistoryReady() const { return m_historyReady; }
    ChatSession *currentSession() const;
    QList<ContextChip *> chips() const;
    QPushButton *sendButton() const { return m_sendButton; }
    PushToTalkButton *pushToTalkButton() const { return m_talkButton; }
    VoiceStrip *voiceStrip() const { return m_voiceStrip; }
    VoiceController *voice() const { return m_voice; }
    int lastNoticeId() const { return m_lastNoticeId; }
    bool hasProvider() const { return m_haveProvider; }
    /// Where the window gets its provider; resolved at start, again after settings change.
    void resolveProvider();
    /// Adds files or folders as attachment chips (what a drop or the Attach button does).
    void attachPaths(const QStringList &paths);
    void attachText(const QString &text);
    /// Writes the open conversation to `path`, as JSON when it ends in .json, else Markdown
    /// (what File → Export does after its dialog). Reports in the status bar.
    void exportConversation(const QString &path);
    /// Adds a conversation exported by CodeGuru as JSON (File → Import).
    void importConversation(const QString &path);
    /// Keeps CodeGuru running with no window shown, for the tray and the Quick Ask shortcut
    /// (codeguru --background, as started at login). From then on closing a window never
    /// quits: with a tray the window goes back to it, without one it just hides.
    void runInBackground();

public Q_SLOTS:
    void send();
    void stop();
    void newConversation();
    /// Pops up Quick Ask with the clipboard (the global shortcut, the tray, --quick-ask).
    void showQuickAsk();
    void openSettings();
    /// Opens the inspector for a turn of the current conversation: exactly what was sent.
    void inspect(int turnIndex);

Q_SIGNALS:
    void providerChanged(const CodeGuru::ProviderEndpoint &endpoint);
    /// exportConversation() or importConversation() ended; empty `error` means it worked.
    void exportFinished(const QString &error);
    void importFinished(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Conversation;
    void buildUi();
    void buildMenus();
    void buildTray();
    void showConversation(int row);
    void ensureSession(Conversation *conversation);
    void attachRecorder(Conversation *conversation);
    int rowOf(const Conversation *conversation) const;
    void loadStoredConversation(Conversation *conversation);
    void renameConversation(int row);
    void deleteConversation(int row);
    void filterConversations();
    void openHit(const ConversationSidebar::Hit &hit);
    void revealPendingFind();
    void openHistory();
    void refreshStoredConversations();
    void connectSession(Conversation *conversation);
    /// In the window or in Quick Ask: its answers are the ones read aloud.
    bool isShown(const Conversation *conversation) const;
    void presentIn(Conversation *conversation, ChatView *view);
    void askQuickly(const QString &question);
    /// Quick Ask's conversation joins the sidebar; `show` opens it in this window.
    void moveQuickToMain(bool show);
    void addChip(ContextChip *chip);
    void updateTabOrder();
    void followLoad(QFutureWatcherBase *watcher, ContextChip *chip,
                    const std::function<QString(int)> &describe);
    void updateClipboardChip();
    void updateBusy(bool busy);
    void buildVoice();
    /// A spoken question was transcribed: into the question box, or sent at once.
    void takeSpokenQuestion(const QString &text);
    void restoreLayout();
    void saveLayout();
    bool keepsRunningInTray() const;
    /// Registers the Quick Ask shortcut as Settings say (or releases it).
    void applyShortcut();
    void applyTrayPolicy();

    WindowServices m_services;
    ContextRouter *m_router;
    VoiceController *m_voice;
    QtClipboardSource *m_clipboard;
    ProviderEndpoint m_endpoint;
    bool m_haveProvider = false;
    QList<Conversation *> m_conversations;
    Conversation *m_current = nullptr;
    Conversation *m_quick = nullptr; ///< Quick Ask's, until it joins the sidebar
    std::unique_ptr<QuickAskWindow> m_quickAsk; ///< a window of its own, not a child

    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    QTimer m_searchTimer;
    quint64 m_searchGeneration = 0;
    QString m_pendingFind; ///< words to find once the conversation being opened is shown
    bool m_historyReady = false;
    bool m_refreshing = false;
    qint64 m_pendingSelect = 0; ///< a conversation to open once the list has it
    HistoryError::Kind m_lastSaveError = HistoryError::Kind::None;
    ChatView *m_chatView = nullptr;
    FindBar *m_findBar = nullptr;
    QWidget *m_chipBar = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    ContextChip *m_clipboardChip = nullptr;
    ComposerEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_regenerateButton = nullptr;
    PushToTalkButton *m_talkButton = nullptr;
    VoiceStrip *m_voiceStrip = nullptr;
    QLabel *m_providerLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_providerNoticeId = -1;
    int m_lastNoticeId = -1;
    bool m_toldAboutTray = false;
    bool m_inBackground = false; ///< runInBackground(): closing windows never quits
    QAction *m_shortcutStateAction = nullptr; ///< the tray menu's line about the shortcut
};

} // namespace CodeGuru
