#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace eflow::crypto {

// Makes a throw-away certificate authority and a TLS server certificate signed by it, so that the local DPS
// can serve real HTTPS that clients verify (no ignoreSslErrors anywhere). EC P-256 keys: generating them is
// fast enough to do at every start. The CA's private key is dropped once the server certificate is signed:
// nothing else is ever signed with it, so there is nothing to steal from a later memory dump.
class CertificateFactory final
{
public:
    struct Options
    {
        QString organization = QStringLiteral("EFLOW Wizard");
        QString caCommonName = QStringLiteral("EFLOW Wizard local DPS CA");
        QString serverCommonName = QStringLiteral("localhost");
        // Subject alternative names of the server certificate. Clients match the host they connect to
        // against these (Node rejects a certificate without them, reference/dps-protocol.md §6).
        QStringList dnsNames = {QStringLiteral("localhost")};
        QStringList ipAddresses = {QStringLiteral("127.0.0.1")};
        // Validity starts in the past so that a client whose clock is behind still accepts the certificate.
        int validDaysBack = 1;
        int validDaysAhead = 365;
    };

    CertificateFactory() = default;

    // Generates a new CA and server certificate; false (and errorString()) when OpenSSL fails.
    bool generate(const Options &options);
    bool generate() { return generate(Options{}); }

    bool isValid() const { return !m_serverCertificate.isNull() && !m_serverKey.isNull(); }
    QString errorString() const { return m_error; }

    QSslCertificate caCertificate() const { return m_caCertificate; }
    // PEM text of the CA certificate, to write to a file that clients trust (NODE_EXTRA_CA_CERTS, curl
    // --cacert).
    QByteArray caPem() const { return m_caPem; }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    QSslKey serverKey() const { return m_serverKey; }

private:
    QString m_error;
    QByteArray m_caPem;
    QSslCertificate m_caCertificate;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
};

} // namespace eflow::crypto
