#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "engine/crypto/SecureBytes.h"

namespace eflow::crypto {

class ConnectionString;

enum class PercentCase
{
    Unknown = 0,
    Upper, // %2F — .NET, Python, Node, Java
    Lower, // %2f — the C SDK
};

// How a token is written. The official SDKs differ (reference/dps-protocol.md §3.1) and the service
// accepts them all; the presets reproduce each SDK's tokens byte for byte.
struct SasFormat
{
    enum class Order
    {
        Unknown = 0,
        SrSigSeSkn, // .NET, C, Java
        SrSigSknSe, // Node
    };
    bool encodeResource = true; // sign and send the percent-encoded resource (false: raw, as Node/Java)
    PercentCase percentCase = PercentCase::Upper;
    Order order = Order::SrSigSeSkn;
    bool includeKeyName = true;

    static SasFormat dotNet() { return {}; }
    static SasFormat node() { return {false, PercentCase::Upper, Order::SrSigSknSe, true}; }
    static SasFormat cSdk() { return {true, PercentCase::Lower, Order::SrSigSeSkn, true}; }
    static SasFormat python() { return {true, PercentCase::Upper, Order::SrSigSeSkn, false}; }
};

// encodeURIComponent with !'()* also escaped: only A–Z a–z 0–9 - _ . ~ pass unchanged.
QByteArray percentEncode(QByteArrayView bytes, PercentCase percentCase = PercentCase::Upper);

// "SharedAccessSignature sr=…&sig=…&se=…&skn=…": sig = base64(HMAC-SHA256(key, sr + "\n" + se)) where sr is
// the resource as it is sent (encoded or raw per format). resourceUri is given unencoded.
QByteArray buildSasToken(QByteArrayView resourceUri, const SecureBytes &key, qint64 expiry,
                         QByteArrayView keyName, const SasFormat &format = SasFormat::dotNet());

// Seconds since the Unix epoch, ttl from now, rounded up (as the SDKs do).
qint64 expiryFromNow(std::chrono::seconds ttl);

// The DPS device-registration token: sr = "{idScope}/registrations/{registrationId}", skn = "registration".
// deviceKey is the individual key or the derived key of a group enrollment, decoded.
QByteArray deviceRegistrationToken(const QString &idScope, const QString &registrationId,
                                   const SecureBytes &deviceKey, qint64 expiry,
                                   const SasFormat &format = SasFormat::dotNet());

// The DPS service-API token from a service connection string: sr = host name, skn = policy name.
// Returns nothing when the connection string lacks a field or its key is not base64.
std::optional<QByteArray> serviceToken(const ConnectionString &serviceConnectionString, qint64 expiry,
                                       const SasFormat &format = SasFormat::node());

} // namespace eflow::crypto
