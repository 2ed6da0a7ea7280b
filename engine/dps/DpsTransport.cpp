#include "engine/dps/DpsTransport.h"

#include <mutex>

#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
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

QNetworkProxy proxyFor(const QUrl &url, bool useSystemProxy)
{
    if (!useSystemProxy)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url)); // as QNetworkAccessManager asks
    for (const QNetworkProxy &proxy : proxies) {
        // A socket tunnels through an HTTP proxy (CONNECT) or SOCKS5; a caching-only proxy cannot carry TLS.
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::Socks5Proxy ||
            (proxy.type() == QNetworkProxy::HttpProxy &&
             proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability)))
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

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
