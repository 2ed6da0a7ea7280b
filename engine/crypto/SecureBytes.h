#pragma once

#include <cstddef>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>

namespace eflow::crypto {

// Key material that is wiped (OPENSSL_cleanse) when it goes out of scope. Move-only, so that no
// copy is left behind in memory that nobody wipes.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    explicit SecureBytes(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size())); }

    void resize(std::size_t size);
    void wipe();

private:
    std::vector<unsigned char> m_bytes;
};

// Overwrites a QByteArray's bytes in place (detaching first would leave the shared copy behind,
// so callers must own the only reference) and clears it.
void wipe(QByteArray &bytes);
void wipe(QString &text);

// Strict base64 (RFC 4648 alphabet, canonical '=' padding, no whitespace). Returns false on any
// deviation so that a pasted key with a stray character is reported instead of silently truncated.
bool decodeBase64Strict(QByteArrayView text, SecureBytes &out);
bool isStrictBase64(QByteArrayView text);

} // namespace eflow::crypto
