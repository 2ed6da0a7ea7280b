#include "engine/dps/DpsTransport.h"

#include <mutex>

#include <QList>
#include <QSslCertificate>
#include <QSslSocket>
#include <QThreadPool>

#include "engine/crypto/OpenSslThreadState.h"
#include "engine/crypto/SasToken.h"

namespace eflow::dps {

namespace {

// Read once per process: parsing the whole system store costs tens of milliseconds (far more under
// sanitizers), and a store that changes while the wizard runs is not a case worth that price.
const QList<QSslCertificate> &systemRoots()
{
    static const QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
    return roots;
}

} // namespace

void preloadTls()
{
    static std::once_flag started;
    std::call_once(started, [] {
        QThreadPool::globalInstance()->start([] {
            // The pool is joined by ~QCoreApplication, the last thing before exit: this thread's OpenSSL
            // state must be gone by then.
            crypto::releaseOpenSslStateWhenThreadEnds();
            // The backend plugin and OpenSSL's own start-up, then the store: both are process-wide.
            QSslSocket::supportsSsl();
            (void)QSslConfiguration::defaultConfiguration();
            (void)systemRoots();
        });
    });
}

std::optional<QSslConfiguration> tlsConfiguration(const QString &extraCaFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (extraCaFile.isEmpty())
        return tls;
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(extraCaFile, QSsl::Pem);
    if (extra.isEmpty())
        return std::nullopt;
    tls.setCaCertificates(systemRoots() + extra);
    return tls;
}

QByteArray pathSegment(const QString &segment)
{
    return crypto::percentEncode(segment.toUtf8());
}

} // namespace eflow::dps
