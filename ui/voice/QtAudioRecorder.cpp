// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtAudioRecorder.h"

#include "voice/SoundLevel.h"
#include "voice/TranscriptionRequest.h"
#include "voice/WavFile.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QMediaDevices>
#include <QtEndian>

#include <cmath>

namespace CodeGuru {

namespace {
constexpr int kSampleRate = 16000;
// Room for the WAV header below the providers' upload limit; recording stops there by itself.
constexpr qsizetype kMaxSampleBytes = TranscriptionRequest::kMaxAudioBytes - 64;
} // namespace

QtAudioRecorder::QtAudioRecorder(QObject *parent)
    : AudioRecorder(parent)
{ }

QtAudioRecorder::~QtAudioRecorder()
{
    release();
}

void QtAudioRecorder::start()
{
    if (m_source)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        // Reported after start() returns, as every other answer to it is.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(tr("No microphone was found. Connect one (or turn it on in the system's sound "
                                 "settings) and try again."),
                              Recording {});
            },
            Qt::QueuedConnection);
        return;
    }
    QAudioFormat wanted;
    wanted.setSampleRate(kSampleRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    // The sound servers resample to anything; a bare ALSA device may only offer its own format,
    // which append() converts.
    m_format = device.isFormatSupported(wanted) ? wanted : device.preferredFormat();
    m_samples.clear();
    m_pending.clear();
    m_loudest = 0.0;
    m_started = false;
    m_source = new QAudioSource(device, m_format, this);
    m_source->setBufferSize(m_format.bytesForDuration(200'000));
    connect(m_source, &QAudioSource::stateChanged, this, &QtAudioRecorder::onStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        QMetaObject::invokeMethod(this, &QtAudioRecorder::onStateChanged, Qt::QueuedConnection);
        return;
    }
    connect(m_io, &QIODevice::readyRead, this, &QtAudioRecorder::readAvailable);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_source && !m_started && m_source->error() == QAudio::NoError) {
                m_started = true;
                Q_EMIT started();
            }
        },
        Qt::QueuedConnection);
}

void QtAudioRecorder::onStateChanged()
{
    if (!m_source)
        return;
    switch (m_source->error()) {
    case QAudio::NoError:
    case QAudio::UnderrunError: // a pause in the stream, not a failure
        return;
    case QAudio::OpenError:
        fail(tr("The microphone could not be opened. Another program may be using it, or access to "
                "it was refused; check the system's privacy and sound settings."));
        return;
    case QAudio::IOError:
    case QAudio::FatalError:
        fail(tr("The microphone stopped delivering sound (was it unplugged?)."), true);
        return;
    }
}

void QtAudioRecorder::readAvailable()
{
    if (!m_io)
        return;
    const QByteArray bytes = m_io->readAll();
    if (bytes.isEmpty())
        return;
    const qsizetype before = m_samples.size();
    append(bytes);
    const double rms = SoundLevel::rms(QByteArrayView(m_samples).sliced(before));
    m_loudest = qMax(m_loudest, rms);
    Q_EMIT levelChanged(SoundLevel::meterPosition(rms));
    if (m_samples.size() >= kMaxSampleBytes)
        finish(); // as long as one upload may be; the rest would be refused anyway
}

void QtAudioRecorder::append(QByteArrayView bytes)
{
    if (m_format.sampleFormat() == QAudioFormat::Int16 && m_format.channelCount() == 1) {
        m_samples.append(bytes);
        return;
    }
    m_pending.append(bytes);
    const int frameBytes = m_format.bytesPerFrame();
    const qsizetype frames = frameBytes > 0 ? m_pending.size() / frameBytes : 0;
    m_samples.reserve(m_samples.size() + frames * 2);
    for (qsizetype i = 0; i < frames; ++i) {
        const float value = m_format.normalizedSampleValue(m_pending.constData() + i * frameBytes);
        const auto sample = qint16(std::lround(qBound(-1.0f, value, 1.0f) * 32767.0f));
        char out[2];
        qToLittleEndian(sample, out);
        m_samples.append(out, 2);
    }
    m_pending.remove(0, frames * frameBytes);
}

void QtAudioRecorder::stop()
{
    if (!m_source)
        return;
    readAvailable(); // what is buffered belongs to the question
    if (m_source)
        finish();
}

Recording QtAudioRecorder::take() const
{
    const int sampleRate = m_format.sampleRate();
    Recording recording;
    const qsizetype bytes = qMin(m_samples.size(), kMaxSampleBytes) & ~qsizetype(1);
    recording.wav = WavFile::encode({sampleRate, 1}, QByteArrayView(m_samples).first(bytes));
    recording.duration = std::chrono::milliseconds(sampleRate > 0 ? bytes / 2 * 1000 / sampleRate : 0);
    recording.loudest = m_loudest;
    return recording;
}

void QtAudioRecorder::finish()
{
    const Recording recording = take();
    release();
    Q_EMIT finished(recording);
}

void QtAudioRecorder::cancel()
{
    release();
}

void QtAudioRecorder::fail(const QString &message, bool keepWhatWasRecorded)
{
    const Recording partial = keepWhatWasRecorded ? take() : Recording {};
    release();
    Q_EMIT failed(message, partial);
}

void QtAudioRecorder::release()
{
    if (m_source) {
        m_source->disconnect(this);
        if (m_io)
            m_io->disconnect(this);
        m_source->stop();
        m_source->deleteLater();
        m_source = nullptr;
    }
    m_io = nullptr;
    m_samples.clear();
    m_pending.clear();
}

} // namespace CodeGuru
