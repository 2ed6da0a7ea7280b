#include "engine/localdps/LocalDpsSasToken.h"

#include "engine/crypto/OpenSsl.h"

#include <QList>

#include "engine/crypto/HmacSha256.h"

namespace eflow::localdps {

std::optional<LocalDpsSasToken> LocalDpsSasToken::parse(QByteArrayView authorizationHeader)
{
    const QByteArray header = authorizationHeader.toByteArray().trimmed();
    const QList<QByteArray> words = header.simplified().split(' ');
    if (words.size() != 2 || words[0].compare("SharedAccessSignature", Qt::CaseInsensitive) != 0)
        return std::nullopt;

    LocalDpsSasToken token;
    bool haveSr = false;
    bool haveSe = false;
    bool haveSig = false;
    for (const QByteArray &field : words[1].split('&')) {
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray name = field.left(eq).toLower();
        const QByteArray value = field.mid(eq + 1);
        if (name == "sr") {
            token.m_sr = value;
            haveSr = true;
        } else if (name == "se") {
            token.m_se = value;
            haveSe = true;
        } else if (name == "sig") {
            token.m_sig = QByteArray::fromPercentEncoding(value);
            haveSig = true;
        } else if (name == "skn") {
            token.m_skn = QByteArray::fromPercentEncoding(value);
        }
    }
    if (!haveSr || !haveSe || !haveSig || token.m_sr.isEmpty() || token.m_sig.isEmpty())
        return std::nullopt;
    bool ok = false;
    token.m_expiry = QByteArray::fromPercentEncoding(token.m_se).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return token;
}

bool LocalDpsSasToken::isExpired(qint64 nowSecsSinceEpoch) const
{
    return m_expiry + maxClockSkewSeconds < nowSecsSinceEpoch;
}

bool LocalDpsSasToken::isSignedWith(const crypto::SecureBytes &key) const
{
    if (key.isEmpty())
        return false;
    crypto::HmacSha256 hmac(key.view());
    const QByteArray expected = hmac.signBase64(m_sr + '\n' + m_se);
    if (expected.isEmpty() || expected.size() != m_sig.size())
        return false;
    return crypto::ossl::CRYPTO_memcmp(expected.constData(), m_sig.constData(), size_t(expected.size())) == 0;
}

bool LocalDpsSasToken::isSignedWithBase64Key(QByteArrayView keyBase64) const
{
    crypto::SecureBytes key;
    if (!crypto::decodeBase64Strict(keyBase64, key))
        return false;
    return isSignedWith(key);
}

} // namespace eflow::localdps
