#include "engine/crypto/DeviceKey.h"

namespace eflow::crypto {

DeviceKeyDeriver::DeviceKeyDeriver(const SecureBytes &groupKey)
    : m_hmac(groupKey.view())
{}

QByteArray DeviceKeyDeriver::derive(QByteArrayView registrationIdUtf8)
{
    return m_hmac.signBase64(registrationIdUtf8);
}

QByteArray deriveDeviceKey(QByteArrayView groupKeyBase64, QByteArrayView registrationIdUtf8)
{
    SecureBytes key;
    if (!decodeBase64Strict(groupKeyBase64, key))
        return QByteArray();
    DeviceKeyDeriver deriver(key);
    return deriver.derive(registrationIdUtf8);
}

} // namespace eflow::crypto
