// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace CodeGuru {

/// Where and as whom to talk: an OpenAI-compatible base URL (ending in `/v1` or similar),
/// the model, and the key held in memory only for the length of the session.
struct ProviderEndpoint
{
    QString presetId;
    QString displayName;
    QUrl baseUrl;
    QString model;
    QString apiKey;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    /// `base` + "/" + `path`, tolerating a trailing slash on the base.
    QUrl url(QStringView path) const;
    /// "host:port", for messages that must say where we tried to connect.
    QString hostAndPort() const;
    /// True for loopback hosts: nothing leaves the machine.
    bool isLocal() const;
};

} // namespace CodeGuru
