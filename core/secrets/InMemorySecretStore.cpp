// SPDX-License-Identifier: GPL-3.0-or-later
#include "InMemorySecretStore.h"

#include <QTimer>

namespace CodeGuru {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void InMemorySecretStore::deliver(QObject *context, Callback done, SecretResult result)
{
    if (m_forcedStatus) {
        result.status = *m_forcedStatus;
        result.secret.clear();
    }
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void InMemorySecretStore::readSecret(const QString &account, QObject *context, Callback done)
{
    SecretResult result;
    const auto found = m_secrets.constFind(account);
    if (found == m_secrets.constEnd())
        result.status = SecretResult::Status::NotFound;
    else
        result.secret = *found;
    deliver(context, std::move(done), result);
}

void InMemorySecretStore::writeSecret(const QString &account, const QString &secret, QObject *context,
                                      Callback done)
{
    if (!m_forcedStatus)
        m_secrets.insert(account, secret);
    deliver(context, std::move(done), SecretResult());
}

void InMemorySecretStore::deleteSecret(const QString &account, QObject *context, Callback done)
{
    SecretResult result;
    if (!m_forcedStatus && m_secrets.remove(account) == 0)
        result.status = SecretResult::Status::NotFound;
    deliver(context, std::move(done), result);
}

} // namespace CodeGuru
