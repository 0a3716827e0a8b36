// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

#include <optional>

namespace CodeGuru {

/// Keys kept for this process only: for tests, and for a session where the person chose
/// not to save the key. Callbacks are delivered asynchronously, like the real keychain.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)

public:
    explicit InMemorySecretStore(QObject *parent = nullptr);

    void readSecret(const QString &account, QObject *context, Callback done) override;
    void writeSecret(const QString &account, const QString &secret, QObject *context, Callback done) override;
    void deleteSecret(const QString &account, QObject *context, Callback done) override;

    /// Makes every later call answer `status` (e.g. Unavailable) to exercise error paths.
    void setForcedStatus(std::optional<SecretResult::Status> status) { m_forcedStatus = status; }

private:
    void deliver(QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    std::optional<SecretResult::Status> m_forcedStatus;
};

} // namespace CodeGuru
