#include "engine/crypto/SasToken.h"

#include <QDateTime>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/HmacSha256.h"

namespace eflow::crypto {

namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

} // namespace

QByteArray percentEncode(QByteArrayView bytes, PercentCase percentCase)
{
    static constexpr char upper[] = "0123456789ABCDEF";
    static constexpr char lower[] = "0123456789abcdef";
    const char *hex = percentCase == PercentCase::Lower ? lower : upper;
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0f]);
        }
    }
    return out;
}

QByteArray buildSasToken(QByteArrayView resourceUri, const SecureBytes &key, qint64 expiry,
                         QByteArrayView keyName, const SasFormat &format)
{
    const QByteArray sr =
        format.encodeResource ? percentEncode(resourceUri, format.percentCase) : resourceUri.toByteArray();
    const QByteArray se = QByteArray::number(expiry);

    HmacSha256 hmac(key.view());
    const QByteArray signature = hmac.signBase64(sr + '\n' + se);
    if (signature.isEmpty())
        return QByteArray();
    const QByteArray sig = percentEncode(signature, format.percentCase);

    QByteArray token = "SharedAccessSignature sr=" + sr + "&sig=" + sig;
    const QByteArray skn =
        format.includeKeyName ? "&skn=" + percentEncode(keyName, format.percentCase) : QByteArray();
    if (format.order == SasFormat::Order::SrSigSknSe)
        token += skn + "&se=" + se;
    else
        token += "&se=" + se + skn;
    return token;
}

qint64 expiryFromNow(std::chrono::seconds ttl)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    return (nowMs + 999) / 1000 + ttl.count();
}

QByteArray deviceRegistrationToken(const QString &idScope, const QString &registrationId,
                                   const SecureBytes &deviceKey, qint64 expiry, const SasFormat &format)
{
    const QByteArray resource = (idScope + QStringLiteral("/registrations/") + registrationId).toUtf8();
    return buildSasToken(resource, deviceKey, expiry, "registration", format);
}

std::optional<QByteArray> serviceToken(const ConnectionString &cs, qint64 expiry, const SasFormat &format)
{
    const QString host = cs.hostName();
    const QString policy = cs.sharedAccessKeyName();
    QByteArray keyText = cs.sharedAccessKey().toLatin1();
    SecureBytes key;
    const bool decoded = decodeBase64Strict(keyText, key);
    wipe(keyText);
    if (host.isEmpty() || policy.isEmpty() || !decoded)
        return std::nullopt;
    // A plain host name encodes to itself, so encoded and raw forms agree here.
    SasFormat f = format;
    f.encodeResource = true;
    return buildSasToken(host.toUtf8(), key, expiry, policy.toUtf8(), f);
}

} // namespace eflow::crypto
