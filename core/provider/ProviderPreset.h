// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace CodeGuru {

/// A provider CodeGuru knows how to reach without the user looking anything up.
struct ProviderPreset
{
    QString id;
    QString displayName; ///< in English; see localizedName()
    QUrl baseUrl;
    QString defaultModel; ///< empty: take the first model the server lists
    QString keyEnvVar; ///< the conventional variable holding its key, if any
    bool needsKey = false;
    /// Headers this provider wants on every request (OpenRouter's app attribution).
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    /// Model for `POST {base}/audio/transcriptions`; empty when the provider has none known.
    QString defaultTranscriptionModel;

    /// The name in the interface language ("llama.cpp-Server").
    QString localizedName() const;

    static const QList<ProviderPreset> &all();
    static std::optional<ProviderPreset> find(QStringView id);
    /// The preset whose base URL has the same host and port, if any.
    static std::optional<ProviderPreset> forUrl(const QUrl &url);
};

} // namespace CodeGuru
