#include "engine/crypto/CertificateFactory.h"

#include <memory>

#include "engine/crypto/OpenSsl.h"
#include "engine/crypto/SecureBytes.h"

namespace eflow::crypto {

namespace {

// Frees through the lazily opened library (OpenSsl.h): its functions are not constants to name in a type.
template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};

void freeBio(BIO *bio)
{
    ossl::BIO_free(bio);
}
void freeKey(EVP_PKEY *key)
{
    ossl::EVP_PKEY_free(key);
}
void freeCertificate(X509 *cert)
{
    ossl::X509_free(cert);
}
void freeBignum(BIGNUM *bn)
{
    ossl::BN_free(bn);
}
void freeExtension(X509_EXTENSION *ext)
{
    ossl::X509_EXTENSION_free(ext);
}

using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, freeKey>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, freeCertificate>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, freeBignum>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, freeExtension>>;

QString openSslError(const char *what)
{
    QString text = QString::fromLatin1(what);
    const unsigned long code = ossl::ERR_get_error();
    if (code != 0) {
        char buffer[256] = {};
        ossl::ERR_error_string_n(code, buffer, sizeof buffer);
        text += QStringLiteral(": ") + QString::fromLatin1(buffer);
    }
    ossl::ERR_clear_error();
    return text;
}

bool addEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return ossl::X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                            reinterpret_cast<const unsigned char *>(utf8.constData()),
                                            int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    ossl::X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtensionPtr ext(ossl::X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && ossl::X509_add_ext(cert, ext.get(), -1) == 1;
}

// A 159-bit random serial: positive, unique enough that a browser or OpenSSL never sees two certificates
// with the same issuer and serial across restarts.
bool setRandomSerial(X509 *cert)
{
    BignumPtr bn(ossl::BN_new());
    if (!bn || ossl::BN_rand(bn.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    return ossl::BN_to_ASN1_INTEGER(bn.get(), ossl::X509_get_serialNumber(cert)) != nullptr;
}

X509Ptr newCertificate(EVP_PKEY *publicKey, const QString &commonName, const QString &organization,
                       const CertificateFactory::Options &options)
{
    X509Ptr cert(ossl::X509_new());
    if (!cert || ossl::X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()))
        return nullptr;
    const long day = 24L * 60 * 60;
    if (!ossl::X509_gmtime_adj(ossl::X509_getm_notBefore(cert.get()), -day * options.validDaysBack) ||
        !ossl::X509_gmtime_adj(ossl::X509_getm_notAfter(cert.get()), day * options.validDaysAhead))
        return nullptr;
    if (ossl::X509_set_pubkey(cert.get(), publicKey) != 1)
        return nullptr;
    X509_NAME *subject = ossl::X509_get_subject_name(cert.get());
    if (!addEntry(subject, "O", organization) || !addEntry(subject, "CN", commonName))
        return nullptr;
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(ossl::BIO_new(ossl::BIO_s_mem()));
    if (!bio || ossl::PEM_write_bio_X509(bio.get(), cert) != 1)
        return QByteArray();
    char *data = nullptr;
    const long size = ossl::memoryBioData(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

bool CertificateFactory::generate(const Options &options)
{
    *this = CertificateFactory();
    ossl::ERR_clear_error();

    PkeyPtr caKey(ossl::generateEcKey("P-256"));
    PkeyPtr serverKey(ossl::generateEcKey("P-256"));
    if (!caKey || !serverKey) {
        m_error = openSslError("EC P-256 key generation failed");
        return false;
    }

    X509Ptr ca = newCertificate(caKey.get(), options.caCommonName, options.organization, options);
    if (!ca || ossl::X509_set_issuer_name(ca.get(), ossl::X509_get_subject_name(ca.get())) != 1 ||
        !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(ca.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        ossl::X509_sign(ca.get(), caKey.get(), ossl::EVP_sha256()) <= 0) {
        m_error = openSslError("creating the CA certificate failed");
        return false;
    }

    QStringList altNames;
    for (const QString &dns : options.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : options.ipAddresses)
        altNames << QStringLiteral("IP:") + ip;

    X509Ptr server = newCertificate(serverKey.get(), options.serverCommonName, options.organization, options);
    if (!server || ossl::X509_set_issuer_name(server.get(), ossl::X509_get_subject_name(ca.get())) != 1 ||
        !addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyAgreement") ||
        !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        (!altNames.isEmpty() &&
         !addExtension(server.get(), ca.get(), NID_subject_alt_name, altNames.join(u',').toLatin1())) ||
        !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        ossl::X509_sign(server.get(), caKey.get(), ossl::EVP_sha256()) <= 0) {
        m_error = openSslError("creating the server certificate failed");
        return false;
    }

    m_caPem = certificatePem(ca.get());
    const QByteArray serverPem = certificatePem(server.get());

    // The private key goes through PEM only because that is what QSslKey reads; the text is wiped at once.
    QByteArray keyPem;
    {
        BioPtr bio(ossl::BIO_new(ossl::BIO_s_mem()));
        if (!bio || ossl::PEM_write_bio_PrivateKey(bio.get(), serverKey.get(), nullptr, nullptr, 0, nullptr,
                                                   nullptr) != 1) {
            m_error = openSslError("exporting the server key failed");
            return false;
        }
        char *data = nullptr;
        const long size = ossl::memoryBioData(bio.get(), &data);
        keyPem = QByteArray(data, qsizetype(size));
        ossl::OPENSSL_cleanse(data, size_t(size));
    }

    m_caCertificate = QSslCertificate(m_caPem, QSsl::Pem);
    m_serverCertificate = QSslCertificate(serverPem, QSsl::Pem);
    m_serverKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    wipe(keyPem);

    if (m_caCertificate.isNull() || m_serverCertificate.isNull() || m_serverKey.isNull()) {
        m_error = QStringLiteral("Qt could not read the generated certificate or key");
        m_caPem.clear();
        m_caCertificate = QSslCertificate();
        m_serverCertificate = QSslCertificate();
        m_serverKey = QSslKey();
        return false;
    }
    return true;
}

} // namespace eflow::crypto
