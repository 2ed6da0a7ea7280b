#include "engine/support/KeychainSecretStore.h"

#include <utility>

#include <QByteArray>
#include <QFileInfo>

#include "engine/crypto/OpenSsl.h"
#include <qt6keychain/keychain.h>

#include "engine/support/AppSettings.h"
#include "engine/support/Redactor.h"

namespace eflow::support {

namespace {

// QtKeychain keeps the value in its job (shared with the QByteArray we handed it or got from it) and never
// wipes it. Overwrite that shared buffer in place before the job is deleted; detaching first, as
// crypto::wipe() does, would wipe only our own copy.
void wipeShared(QByteArray &bytes)
{
    QByteArray::DataPointer &data = bytes.data_ptr();
    if (data.isMutable() && data.size > 0)
        crypto::ossl::OPENSSL_cleanse(data.data(), std::size_t(data.size));
    bytes = QByteArray();
}

bool sessionBusKnown()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
           !qEnvironmentVariableIsEmpty("DISPLAY");
#endif
}

QString detailOf(const QKeychain::Job *job)
{
    return QStringLiteral("QtKeychain error %1: %2").arg(int(job->error())).arg(job->errorString());
}

// Starts job and calls handle(job) when it ends, unless the operation was closed (timed out) by then. The
// job deletes itself once it has ended, whatever happened to the operation or to the store; until then it
// belongs to QtKeychain's queue (see the class comment).
template<typename Handler>
void run(QKeychain::Job *job, Handler handle)
{
    job->setAutoDelete(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, handle = std::move(handle)]() mutable {
        handle(job);
        job->deleteLater();
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService.toString(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretErrorKind KeychainSecretStore::classify(int keychainError, const QString &errorText, bool busKnown)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return SecretErrorKind::None;
    case QKeychain::EntryNotFound:
        return SecretErrorKind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretErrorKind::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretErrorKind::Unavailable;
    default:
        break;
    }
    // OtherError carries GLib's or QtDBus's text, translated with the user's locale; the parts below are
    // names and stay the same in every language.
    static const QStringList unavailableMarkers = {
        QStringLiteral("D-Bus"),
        QStringLiteral("ServiceUnknown"),
        QStringLiteral("$DISPLAY"),
        QStringLiteral("autolaunch"),
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("dbus-launch"),
        QStringLiteral("No keyring daemon"),
        QStringLiteral("No keychain service"),
        QStringLiteral("Could not connect"),
    };
    if (!busKnown)
        return SecretErrorKind::Unavailable;
    for (const QString &marker : unavailableMarkers) {
        if (errorText.contains(marker, Qt::CaseInsensitive))
            return SecretErrorKind::Unavailable;
    }
    return SecretErrorKind::Failed;
}

void KeychainSecretStore::startStore(const QString &name, const crypto::SecureBytes &value,
                                     PendingPtr pending)
{
    Redactor::registerSecret(value.view());
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    // Shared with the job's own copy (WritePasswordJob has no getter), so that wiping it wipes both.
    QByteArray payload(reinterpret_cast<const char *>(value.data()), qsizetype(value.size()));
    job->setBinaryData(payload);
    const QString service = m_service;
    run(job, [pending, service, name, payload](QKeychain::Job *done) mutable {
        wipeShared(payload);
        const SecretErrorKind kind = classify(done->error(), done->errorString(), sessionBusKnown());
        if (kind == SecretErrorKind::None) {
            AppSettings().addSecretName(service, name);
            pending->finish({});
            return;
        }
        pending->finish({error(kind, Operation::Store, name, detailOf(done)), {}, {}});
    });
}

void KeychainSecretStore::startRead(const QString &name, PendingPtr pending)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    const QString service = m_service;
    run(job, [pending, service, name](QKeychain::Job *done) {
        QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
        SecretResult result;
        result.value = crypto::SecureBytes(QByteArrayView(data));
        wipeShared(data);
        const SecretErrorKind kind = classify(done->error(), done->errorString(), sessionBusKnown());
        if (kind == SecretErrorKind::NotFound)
            AppSettings().removeSecretName(service, name);
        if (kind != SecretErrorKind::None) {
            pending->finish({error(kind, Operation::Read, name, detailOf(done)), {}, {}});
            return;
        }
        if (result.value.isEmpty()) {
            pending->finish({error(SecretErrorKind::NotFound, Operation::Read, name), {}, {}});
            return;
        }
        Redactor::registerSecret(result.value.view());
        pending->finish(std::move(result));
    });
}

void KeychainSecretStore::startForget(const QString &name, PendingPtr pending)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    const QString service = m_service;
    // libsecret reports success for an item that does not exist; the list of names tells the two apart.
    const bool known = AppSettings().secretNames(service).contains(name);
    run(job, [pending, service, name, known](QKeychain::Job *done) {
        SecretErrorKind kind = classify(done->error(), done->errorString(), sessionBusKnown());
        if (kind == SecretErrorKind::None || kind == SecretErrorKind::NotFound)
            AppSettings().removeSecretName(service, name);
        // Windows and macOS say when there was no such item; libsecret does not, the list does.
        if ((kind == SecretErrorKind::None || done->error() == QKeychain::CouldNotDeleteEntry) && !known)
            kind = SecretErrorKind::NotFound;
        if (kind != SecretErrorKind::None) {
            pending->finish({error(kind, Operation::Forget, name, detailOf(done)), {}, {}});
            return;
        }
        pending->finish({});
    });
}

void KeychainSecretStore::startList(PendingPtr pending)
{
    SecretResult result;
    result.names = AppSettings().secretNames(m_service);
    pending->finish(std::move(result));
}

} // namespace eflow::support
