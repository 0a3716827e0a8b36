// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace CodeGuru {

/// Outcome of a keychain operation.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, ///< nothing stored under that name
        Unavailable, ///< no keychain service answers (no Secret Service, no session bus)
        Denied, ///< the user refused access or the keyring stayed locked
        Failed,
    };
    Status status = Status::Ok;
    QString secret;
    QString message; ///< the backend's explanation, for logs; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

/// Where API keys live. Only the OS keychain implements it in production: there is no
/// plaintext fallback. Callbacks run on the caller's thread and are dropped if `context`
/// has been destroyed by then.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    virtual void readSecret(const QString &account, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &account, const QString &secret, QObject *context,
                             Callback done) = 0;
    virtual void deleteSecret(const QString &account, QObject *context, Callback done) = 0;

    /// The account name a provider profile's key is stored under.
    static QString accountForProfile(const QString &profileName)
    {
        return QStringLiteral("profile:") + profileName;
    }
};

} // namespace CodeGuru
