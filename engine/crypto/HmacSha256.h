#pragma once

#include <array>
#include <cstddef>

#include <QByteArray>
#include <QByteArrayView>

struct evp_mac_ctx_st;

namespace eflow::crypto {

// HMAC-SHA256 with one key and many messages. The EVP_MAC algorithm is fetched once per process
// and the context is keyed once; each sign() re-initialises it with the key it already holds, so
// signing a million messages costs no fetches and no allocations. Not thread-safe: one per thread.
class HmacSha256 final
{
public:
    static constexpr std::size_t digestSize = 32;
    static constexpr std::size_t base64Size = 44; // base64 of 32 bytes, with one '=' of padding
    using Digest = std::array<unsigned char, digestSize>;

    explicit HmacSha256(QByteArrayView key);
    ~HmacSha256();
    HmacSha256(const HmacSha256 &) = delete;
    HmacSha256 &operator=(const HmacSha256 &) = delete;

    // False when OpenSSL could not set up the context (no HMAC provider): sign() then returns false.
    bool isValid() const { return m_ctx != nullptr; }

    bool sign(QByteArrayView message, Digest &out);
    // Writes exactly base64Size characters (no terminator) into out.
    bool signBase64(QByteArrayView message, char *out);
    QByteArray signBase64(QByteArrayView message);

private:
    evp_mac_ctx_st *m_ctx = nullptr;
};

} // namespace eflow::crypto
