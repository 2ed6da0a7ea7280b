#include "engine/crypto/HmacSha256.h"

#include "engine/crypto/OpenSsl.h"

namespace eflow::crypto {

namespace {

// Fetched once: EVP_MAC_fetch walks the provider tables and is far too slow to repeat per message.
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = ossl::EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

} // namespace

HmacSha256::HmacSha256(QByteArrayView key)
{
    EVP_MAC *mac = hmacAlgorithm();
    if (!mac)
        return;
    m_ctx = ossl::EVP_MAC_CTX_new(mac);
    if (!m_ctx)
        return;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        ossl::OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        ossl::OSSL_PARAM_construct_end(),
    };
    // An empty key is legal for HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char emptyKey = 0;
    const auto *keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    if (ossl::EVP_MAC_init(m_ctx, keyData, std::size_t(key.size()), params) != 1) {
        ossl::EVP_MAC_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

HmacSha256::~HmacSha256()
{
    ossl::EVP_MAC_CTX_free(m_ctx); // frees and cleanses the keyed state
}

bool HmacSha256::sign(QByteArrayView message, Digest &out)
{
    if (!m_ctx)
        return false;
    // A null key re-initialises with the key set in the constructor.
    if (ossl::EVP_MAC_init(m_ctx, nullptr, 0, nullptr) != 1)
        return false;
    if (ossl::EVP_MAC_update(m_ctx, reinterpret_cast<const unsigned char *>(message.data()),
                             std::size_t(message.size())) != 1)
        return false;
    std::size_t written = 0;
    return ossl::EVP_MAC_final(m_ctx, out.data(), &written, out.size()) == 1 && written == digestSize;
}

bool HmacSha256::signBase64(QByteArrayView message, char *out)
{
    Digest digest;
    if (!sign(message, digest))
        return false;
    unsigned char encoded[base64Size + 1];
    ossl::EVP_EncodeBlock(encoded, digest.data(), int(digest.size()));
    std::memcpy(out, encoded, base64Size);
    ossl::OPENSSL_cleanse(digest.data(), digest.size());
    return true;
}

QByteArray HmacSha256::signBase64(QByteArrayView message)
{
    QByteArray out(qsizetype(base64Size), Qt::Uninitialized);
    if (!signBase64(message, out.data()))
        return QByteArray();
    return out;
}

} // namespace eflow::crypto
