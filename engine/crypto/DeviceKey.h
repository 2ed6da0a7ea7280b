#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "engine/crypto/HmacSha256.h"
#include "engine/crypto/SecureBytes.h"

namespace eflow::crypto {

// Derives the device keys of a DPS group enrollment (reference/dps-protocol.md §3.3):
//   deviceKey = base64(HMAC-SHA256(key = base64decode(groupKey), msg = UTF-8(registrationId)))
// The HMAC covers the registration ID exactly as given; its case changes the key. No length check is
// applied to the group key here (callers validate user input first).
class DeviceKeyDeriver final
{
public:
    explicit DeviceKeyDeriver(const SecureBytes &groupKey);
    bool isValid() const { return m_hmac.isValid(); }

    QByteArray derive(QByteArrayView registrationIdUtf8);
    // Writes HmacSha256::base64Size characters into out; the batch path avoids any allocation.
    bool deriveInto(QByteArrayView registrationIdUtf8, char *out)
    {
        return m_hmac.signBase64(registrationIdUtf8, out);
    }

private:
    HmacSha256 m_hmac;
};

// One-shot form. groupKeyBase64 must be strict base64; returns an empty array otherwise.
QByteArray deriveDeviceKey(QByteArrayView groupKeyBase64, QByteArrayView registrationIdUtf8);

} // namespace eflow::crypto
