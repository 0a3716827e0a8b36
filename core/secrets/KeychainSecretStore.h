// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace CodeGuru {

/// SecretStore over QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
/// Keychain on macOS, Credential Manager on Windows.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("CodeGuru"),
                                 QObject *parent = nullptr);

    void readSecret(const QString &account, QObject *context, Callback done) override;
    void writeSecret(const QString &account, const QString &secret, QObject *context, Callback done) override;
    void deleteSecret(const QString &account, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace CodeGuru
