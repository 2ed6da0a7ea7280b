#include "engine/crypto/KeyGenerator.h"

#include "engine/crypto/OpenSsl.h"
#include "engine/crypto/SecureBytes.h"

namespace eflow::crypto {

QByteArray generateSymmetricKey(int bytes)
{
    if (bytes <= 0 || bytes > 4096)
        return QByteArray();
    SecureBytes raw(static_cast<std::size_t>(bytes));
    if (ossl::RAND_bytes(raw.data(), bytes) != 1)
        return QByteArray();
    // Encode straight from the wiped buffer so that no unwiped copy of the raw key is made.
    QByteArray encoded(4 * ((bytes + 2) / 3) + 1, Qt::Uninitialized);
    const int n = ossl::EVP_EncodeBlock(reinterpret_cast<unsigned char *>(encoded.data()), raw.data(), bytes);
    encoded.truncate(n);
    return encoded;
}

} // namespace eflow::crypto
