// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliServices.h"
#include "ProviderEndpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace CodeGuru {
class TranscriptionReply;
struct TranscriptionResult;
} // namespace CodeGuru

namespace CodeGuru::Cli {

/// `ask --audio FILE`: reads a recording, has the transcription provider turn it into text
/// and hands that on as the question. The recording is only ever read, never moved or deleted.
class AudioQuestion : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioQuestion)

public:
    AudioQuestion(const CliServices &services, QObject *parent);
    void addTo(QCommandLineParser &parser) const;
    /// Reads the options and the recording; false with a reason in `error`.
    bool read(const QCommandLineParser &parser, QString *error);
    bool isSet() const { return !m_path.isEmpty(); }
    /// `--audio -`: the recording came on stdin, so stdin is no context.
    bool readsStdin() const { return m_path == QLatin1StringView("-"); }
    bool isBusy() const { return m_busy; }

    /// Transcribes with the transcription profile from the settings (or --transcription-profile),
    /// else with the provider that answers the chat. `heard` or `failed` follows.
    void transcribe(const ProviderEndpoint &chatEndpoint, std::optional<std::chrono::seconds> timeout,
                    bool verbose);
    void cancel();

Q_SIGNALS:
    void heard(const QString &text);
    /// The reason is already on stderr; `exitCode` is what the process should end with.
    void failed(int exitCode);

private:
    void upload(const ProviderEndpoint &endpoint, const QString &source);
    void onFinished(const TranscriptionResult &result);
    void fail(const QString &message, int exitCode);

    CliServices m_services;
    QCommandLineOption m_audioOption;
    QCommandLineOption m_modelOption;
    QCommandLineOption m_profileOption;
    QString m_path;
    QByteArray m_audio;
    QString m_model;
    QString m_profile;
    std::optional<std::chrono::seconds> m_timeout;
    bool m_verbose = false;
    bool m_busy = false;
    QPointer<TranscriptionReply> m_reply;
};

} // namespace CodeGuru::Cli
