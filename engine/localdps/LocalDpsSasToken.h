#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

#include "engine/crypto/SecureBytes.h"

namespace eflow::localdps {

// A SAS token as the DPS service reads it (reference/dps-protocol.md §3.2, after the service SDK's own
// parser): "SharedAccessSignature" + one field string; fields in any order, names case-insensitive; every
// value URL-decoded except sr, which is signed exactly as received so that raw, %2F and %2f resources
// (Node/Java, .NET/Python, C) all verify.
class LocalDpsSasToken final
{
public:
    static constexpr qint64 maxClockSkewSeconds = 5 * 60;

    static std::optional<LocalDpsSasToken> parse(QByteArrayView authorizationHeader);

    QByteArray rawResource() const { return m_sr; }
    QByteArray decodedResource() const { return QByteArray::fromPercentEncoding(m_sr); }
    QByteArray keyName() const { return m_skn; }
    qint64 expiry() const { return m_expiry; }

    // Expired when expiry + 5 min < now (the service's MaxClockSkew).
    bool isExpired(qint64 nowSecsSinceEpoch) const;
    // HMAC-SHA256(key, sr-as-received + "\n" + se-as-received) equals the decoded sig (constant-time
    // compare).
    bool isSignedWith(const crypto::SecureBytes &key) const;
    // Same, with a base64 key; false if the key is not strict base64.
    bool isSignedWithBase64Key(QByteArrayView keyBase64) const;

private:
    QByteArray m_sr;
    QByteArray m_se;
    QByteArray m_sig; // decoded base64 text
    QByteArray m_skn;
    qint64 m_expiry = 0;
};

} // namespace eflow::localdps
