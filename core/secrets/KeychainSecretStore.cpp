// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace CodeGuru {

namespace {
SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult result;
    result.message = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        // QtKeychain 0.13 reports "no session bus" and "no Secret Service" as OtherError.
        result.status = result.message.contains(QLatin1StringView("D-Bus"), Qt::CaseInsensitive)
                || result.message.contains(QLatin1StringView("org.freedesktop.secrets"))
                || result.message.contains(QLatin1StringView("ServiceUnknown"))
            ? SecretResult::Status::Unavailable
            : SecretResult::Status::Failed;
        break;
    }
    return result;
}

template<typename Job>
Job *makeJob(const QString &service, const QString &account, QObject *parent)
{
    auto *job = new Job(service, parent); // auto-deletes after finished
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::readSecret(const QString &account, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finishedJob) {
        SecretResult result = resultOf(finishedJob);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        done(result);
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &account, const QString &secret, QObject *context,
                                      Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finishedJob) { done(resultOf(finishedJob)); });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &account, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account, this);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *finishedJob) { done(resultOf(finishedJob)); });
    job->start();
}

} // namespace CodeGuru
