// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudioQuestion.h"

#include "Command.h"
#include "ProviderResolver.h"
#include "Terminal.h"
#include "config/Settings.h"
#include "voice/TranscriptionClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CodeGuru::Cli {

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

AudioQuestion::AudioQuestion(const CliServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_audioOption(QStringLiteral("audio"),
                    tr("Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) "
                       "and ask what it says."),
                    QStringLiteral("FILE"))
    , m_modelOption(QStringLiteral("transcription-model"),
                    tr("Speech-to-text model (default: the settings, else the provider’s usual one, "
                       "e.g. whisper-1)."),
                    QStringLiteral("NAME"))
    , m_profileOption(QStringLiteral("transcription-profile"),
                      tr("Provider profile that transcribes --audio (default: the settings, else the "
                         "provider that answers)."),
                      QStringLiteral("NAME"))
{ }

void AudioQuestion::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_audioOption, m_modelOption, m_profileOption});
}

bool AudioQuestion::read(const QCommandLineParser &parser, QString *error)
{
    m_path = parser.value(m_audioOption);
    m_model = parser.isSet(m_modelOption) ? parser.value(m_modelOption).trimmed()
                                          : m_services.settings->transcriptionModel();
    m_profile = parser.isSet(m_profileOption) ? parser.value(m_profileOption).trimmed()
                                              : m_services.settings->transcriptionProfile();
    if (m_path.isEmpty())
        return true;
    constexpr qint64 kMax = TranscriptionRequest::kMaxAudioBytes;
    if (readsStdin()) {
        m_audio = Terminal::readAllStdin(kMax);
        if (m_audio.isEmpty()) {
            *error = tr("--audio - found no recording on stdin.");
            return false;
        }
        if (m_audio.size() > kMax) {
            *error = tr("The recording on stdin is larger than %1 MB, the most speech-to-text providers "
                        "accept; record a shorter question or compress it (e.g. to MP3).")
                         .arg(kMax / (1024 * 1024));
            return false;
        }
        return true;
    }
    const QFileInfo info(m_path);
    if (!info.exists()) {
        *error = tr("The recording “%1” does not exist.").arg(m_path);
        return false;
    }
    if (info.isDir()) {
        *error = tr("“%1” is a folder, not a recording.").arg(m_path);
        return false;
    }
    if (info.size() > kMax) {
        *error = tr("The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record "
                    "a shorter question or compress it (e.g. to MP3).")
                     .arg(m_path, megabytes(info.size()))
                     .arg(kMax / (1024 * 1024));
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The recording “%1” could not be read: %2.").arg(m_path, file.errorString());
        return false;
    }
    m_audio = file.read(kMax + 1);
    if (m_audio.isEmpty()) {
        *error = tr("The recording “%1” is empty.").arg(m_path);
        return false;
    }
    return true;
}

void AudioQuestion::transcribe(const ProviderEndpoint &chatEndpoint,
                               std::optional<std::chrono::seconds> timeout, bool verbose)
{
    m_busy = true;
    m_timeout = timeout;
    m_verbose = verbose;
    if (m_profile.isEmpty()) {
        upload(chatEndpoint, tr("the provider that answers"));
        return;
    }
    ProviderChoice choice;
    choice.profile = m_profile;
    choice.needsModel = false; // the profile's model is a chat model; it is not used here
    m_services.resolver->resolve(choice, this, [this](const ResolvedProvider &resolved) {
        if (!m_busy)
            return; // cancelled meanwhile
        if (!resolved.ok()) {
            fail(resolved.errorMessage, Command::kExitFailure);
            return;
        }
        upload(*resolved.endpoint, resolved.source);
    });
}

void AudioQuestion::upload(const ProviderEndpoint &endpoint, const QString &source)
{
    TranscriptionRequest request;
    request.audio = m_audio;
    if (!readsStdin())
        request.fileName = QFileInfo(m_path).fileName();
    request.mimeType = TranscriptionRequest::mimeTypeFor(request.fileName);
    request.model = m_model.isEmpty() ? TranscriptionClient::defaultModel(endpoint) : m_model;
    if (m_verbose)
        Terminal::err(
            tr("Transcribing with %1 at %2 (%3).").arg(request.model, endpoint.hostAndPort(), source)
            + QLatin1Char('\n'));
    if (m_timeout)
        m_services.transcriber->setIdleTimeout(*m_timeout);
    m_reply = m_services.transcriber->transcribe(endpoint, std::move(request));
    connect(m_reply, &TranscriptionReply::finished, this, &AudioQuestion::onFinished);
}

void AudioQuestion::onFinished(const TranscriptionResult &result)
{
    m_reply = nullptr;
    if (result.ok()) {
        m_busy = false;
        m_audio.clear();
        Terminal::err(tr("Heard: %1").arg(result.text) + QLatin1Char('\n'));
        Q_EMIT heard(result.text);
        return;
    }
    if (result.error.kind == ProviderError::Kind::Cancelled) {
        fail(QCoreApplication::translate("CodeGuru::Cli::AskCommand", "Cancelled."), 130);
        return;
    }
    fail(tr("The recording could not be transcribed. %1").arg(result.userMessage()), Command::kExitFailure);
}

void AudioQuestion::fail(const QString &message, int exitCode)
{
    m_busy = false;
    Terminal::error(message);
    if (!readsStdin())
        Terminal::err(tr("The recording is unchanged at %1.")
                          .arg(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()))
                      + QLatin1Char('\n'));
    Q_EMIT failed(exitCode);
}

void AudioQuestion::cancel()
{
    if (!m_busy)
        return;
    if (m_reply) {
        m_reply->cancel(); // finishes at once → onFinished → failed(130)
        return;
    }
    fail(QCoreApplication::translate("CodeGuru::Cli::AskCommand", "Cancelled."), 130);
}

} // namespace CodeGuru::Cli
