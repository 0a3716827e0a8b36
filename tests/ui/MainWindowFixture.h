// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeProviderServer.h"
#include "FakeResponse.h"
#include "MainWindow.h"
#include "config/Settings.h"
#include "conversation/ChatSession.h"
#include "desktop/AutostartEntry.h"
#include "history/AsyncHistory.h"
#include "net/NetworkGateway.h"
#include "provider/ChatClient.h"
#include "provider/ProviderResolver.h"
#include "secrets/InMemorySecretStore.h"
#include "window/ComposerEdit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace CodeGuru::Testing {

/// A real MainWindow against the loopback provider, with settings in a temporary folder.
/// The server streams `answerPieces` for answers, `classifierAnswer` for routing and `heard`
/// for speech to transcribe.
class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        QGuiApplication::clipboard()->clear();
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("codeguru.conf")));
        server.setHandler([this](const RecordedRequest &request) {
            if (request.isTranscription())
                return FakeResponse::transcription(heard);
            if (auto other = FakeResponse::modelsOrClassifier(request, classifierAnswer))
                return *other;
            FakeResponse answer = FakeResponse::streamOf(answerPieces);
            answer.chunkSize = chunkSize;
            answer.delayBetweenChunksMs = chunkDelayMs;
            return answer;
        });
    }

    void openWindow(bool withProvider = true)
    {
        resolver =
            std::make_unique<ProviderResolver>(settings.get(), &secrets, &client, QProcessEnvironment());
        resolver->setLocalCandidates(withProvider ? QList<QUrl> {server.baseUrl()} : QList<QUrl> {});
        if (!history)
            history = std::make_unique<AsyncHistory>(dir.filePath(QStringLiteral("history")));
        window = std::make_unique<MainWindow>(WindowServices {settings.get(), &secrets, &gateway, &client,
                                                              resolver.get(), history.get(), nullptr,
                                                              &autostart, speech});
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(QTest::qWaitFor([this] { return window->isHistoryReady(); }, 5000)) << "the history";
        if (withProvider) {
            ASSERT_TRUE(QTest::qWaitFor([this] { return window->hasProvider(); }, 5000))
                << "the provider probe";
        }
    }

    void type(const QString &text)
    {
        window->composer()->setFocus();
        QTest::keyClicks(window->composer(), text);
    }

    void sendAndWait()
    {
        QTest::keyClick(window->composer(), Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([this] { return window->currentSession()->turns().size() > 0; }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([this] { return !window->currentSession()->isBusy(); }, 10000));
    }

    RecordedRequest lastMain() const
    {
        const QList<RecordedRequest> requests = server.requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->isStreamed())
                return *it;
        }
        return {};
    }

    QTemporaryDir dir;
    FakeProviderServer server;
    NetworkGateway gateway;
    ChatClient client {&gateway};
    InMemorySecretStore secrets;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ProviderResolver> resolver;
    std::unique_ptr<AsyncHistory> history; ///< in the temporary folder; outlives the window
    /// The start-at-login switch, writing into the temporary folder.
    AutostartEntry autostart {dir.filePath(QStringLiteral("config")), QStringLiteral("/usr/bin/codeguru")};
    /// Reads answers aloud; null: the real Qt TextToSpeech.
    SpeechEngine *speech = nullptr;
    std::unique_ptr<MainWindow> window;
    QString classifierAnswer = QStringLiteral("<No>");
    /// What the transcription endpoint says it heard.
    QString heard;
    QStringList answerPieces {QStringLiteral("## Answer\n\n"),
                              QStringLiteral("```python\nprint('hi')\n```\n")};
    int chunkSize = 0;
    int chunkDelayMs = 0;
    bool retried = false;
};

} // namespace CodeGuru::Testing
