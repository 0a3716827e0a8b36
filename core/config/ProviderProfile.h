// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace CodeGuru {

/// A saved provider choice. Its key is in the keychain under
/// SecretStore::accountForProfile(name), never here.
struct ProviderProfile
{
    QString name;
    QString presetId;
    QUrl baseUrl;
    QString model;

    /// Letters, digits, '.', '_' and '-', 1 to 64 characters: safe as a settings group.
    static bool isValidName(const QString &name);
};

} // namespace CodeGuru
