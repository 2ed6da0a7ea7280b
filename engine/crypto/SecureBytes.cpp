#include "engine/crypto/SecureBytes.h"

#include <utility>

#include <QString>

#include "engine/crypto/OpenSsl.h"

namespace eflow::crypto {

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size)
{}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(reinterpret_cast<const unsigned char *>(bytes.data()),
              reinterpret_cast<const unsigned char *>(bytes.data()) + bytes.size())
{}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecureBytes::resize(std::size_t size)
{
    if (size < m_bytes.size()) {
        ossl::OPENSSL_cleanse(m_bytes.data() + size, m_bytes.size() - size);
        m_bytes.resize(size);
        return;
    }
    // Growing may reallocate: copy into a fresh buffer and wipe the old one ourselves.
    std::vector<unsigned char> bigger(size);
    std::copy(m_bytes.begin(), m_bytes.end(), bigger.begin());
    wipe();
    m_bytes = std::move(bigger);
}

void SecureBytes::wipe()
{
    if (!m_bytes.empty())
        ossl::OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // another owner keeps its copy; at least ours does not linger
    if (!bytes.isEmpty())
        ossl::OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.detach();
    if (!text.isEmpty())
        ossl::OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

namespace {

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

bool isStrictBase64(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n == 0 || n % 4 != 0)
        return false;
    qsizetype padding = 0;
    if (text[n - 1] == '=')
        padding = (text[n - 2] == '=') ? 2 : 1;
    for (qsizetype i = 0; i < n - padding; ++i) {
        if (base64Value(text[i]) < 0)
            return false;
    }
    // Canonical form: the bits that padding leaves over must be zero.
    const int last = base64Value(text[n - padding - 1]);
    if (padding == 1 && (last & 0x03) != 0)
        return false;
    if (padding == 2 && (last & 0x0f) != 0)
        return false;
    return true;
}

bool decodeBase64Strict(QByteArrayView text, SecureBytes &out)
{
    if (!isStrictBase64(text))
        return false;
    SecureBytes decoded(std::size_t(text.size() / 4 * 3));
    const int written = ossl::EVP_DecodeBlock(
        decoded.data(), reinterpret_cast<const unsigned char *>(text.data()), int(text.size()));
    if (written < 0)
        return false;
    qsizetype padding = 0;
    if (text.endsWith("=="))
        padding = 2;
    else if (text.endsWith('='))
        padding = 1;
    decoded.resize(std::size_t(written) - std::size_t(padding));
    out = std::move(decoded);
    return true;
}

} // namespace eflow::crypto
