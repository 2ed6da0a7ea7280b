#pragma once

#include <QByteArray>

namespace eflow::crypto {

// A new random symmetric key from OpenSSL's CSPRNG, base64-encoded. DPS generates 64-byte keys;
// so do we by default. Returns an empty array if the random generator fails.
QByteArray generateSymmetricKey(int bytes = 64);

} // namespace eflow::crypto
