#include "engine/support/SecretRef.h"

#include <QCoreApplication>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/SecureBytes.h"

namespace eflow::support {

namespace {

struct SecretRefTr
{
    Q_DECLARE_TR_FUNCTIONS(SecretRef)
};

// The keys a symmetric-key or SAS credential uses: 16 bytes is the shortest key DPS and IoT Hub accept,
// 64 bytes the longest.
constexpr std::size_t minKeyBytes = 16;
constexpr std::size_t maxKeyBytes = 64;
// Nothing longer is examined: a key is short, and the check must stay cheap on hostile input.
constexpr qsizetype maxExaminedLength = 4096;

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' ||
           c == u'_' || c == u'-';
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool looksLikeHexKey(QStringView text)
{
    if (text.size() < 32 || text.size() > 128 || text.size() % 2 != 0)
        return false;
    for (QChar c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

// A base64 key has letters and digits mixed (or the + / = that words never have); requiring that keeps
// ordinary long words such as "FactoryFloorGatewayNorth" from being taken for a key.
bool hasKeyCharacterMix(QStringView text)
{
    bool digit = false;
    bool upper = false;
    bool lower = false;
    for (QChar c : text) {
        if (c == u'+' || c == u'/' || c == u'=')
            return true;
        digit = digit || (c >= u'0' && c <= u'9');
        upper = upper || (c >= u'A' && c <= u'Z');
        lower = lower || (c >= u'a' && c <= u'z');
    }
    return digit && upper && lower;
}

bool looksLikeBase64Key(QStringView text)
{
    // Base64 is ASCII; anything else is not a key.
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    QByteArray ascii = text.toLatin1();
    // Keys are often copied without their '=' padding; put it back before the strict check.
    if (ascii.size() % 4 == 2)
        ascii.append("==");
    else if (ascii.size() % 4 == 3)
        ascii.append('=');
    crypto::SecureBytes decoded;
    const bool base64 = crypto::decodeBase64Strict(ascii, decoded);
    crypto::wipe(ascii);
    return base64 && decoded.size() >= minKeyBytes && decoded.size() <= maxKeyBytes &&
           hasKeyCharacterMix(text);
}

bool looksLikeCredentialText(QStringView text)
{
    static constexpr QStringView markers[] = {u"SharedAccessKey", u"SharedAccessSignature", u"sig=",
                                              u"-----BEGIN", u"PRIVATE KEY"};
    for (QStringView marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    // A connection string with no key in it yet (HostName=…;DeviceId=…) still belongs in the keychain as
    // a whole, not in a plan file.
    if (!text.contains(u';') || !text.contains(u'='))
        return false;
    const auto parsed = crypto::ConnectionString::parse(text);
    return parsed && (parsed->contains(u"HostName") || parsed->contains(u"DeviceId") ||
                      parsed->contains(u"x509") || parsed->contains(u"GatewayHostName"));
}

} // namespace

QString SecretRef::toString() const
{
    return scheme.toString() + name;
}

std::optional<QString> checkSecretName(QStringView name)
{
    if (looksLikeSecret(name)) {
        return SecretRefTr::tr("This looks like a key, not a name: a name says which key it is (for example "
                               "dps-group-factory-a), and the key itself is given on standard input or in a "
                               "file.");
    }
    if (name.isEmpty())
        return SecretRefTr::tr("The name of a remembered key is empty; write keychain:NAME, for example "
                               "keychain:dps-group-factory-a.");
    bool valid = name.size() <= SecretRef::maxNameLength && name.front().isLetterOrNumber() &&
                 isNameCharacter(name.front());
    for (qsizetype i = 0; valid && i < name.size(); ++i)
        valid = isNameCharacter(name.at(i));
    if (!valid) {
        return SecretRefTr::tr("\"%1\" is not a valid key name: use 1 to %2 characters from A-Z, a-z, 0-9, "
                               "dot, underscore and hyphen, starting with a letter or a digit.")
            .arg(name.left(SecretRef::maxNameLength + 16).toString())
            .arg(SecretRef::maxNameLength);
    }
    return std::nullopt;
}

std::optional<SecretRef> parseSecretRef(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    auto fail = [error](const QString &message) -> std::optional<SecretRef> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!trimmed.startsWith(SecretRef::scheme)) {
        if (looksLikeSecret(trimmed)) {
            return fail(SecretRefTr::tr(
                "This is a key or a connection string, not a reference to one: keys are never written "
                "into plan files or journals. Remember it with \"eflow-wizard secret store NAME\" and "
                "write keychain:NAME instead."));
        }
        return fail(SecretRefTr::tr("A remembered key is written keychain:NAME (for example "
                                    "keychain:dps-group-factory-a), not \"%1\".")
                        .arg(trimmed.left(SecretRef::maxNameLength + 16).toString()));
    }
    const QStringView name = trimmed.mid(SecretRef::scheme.size());
    if (const auto problem = checkSecretName(name))
        return fail(*problem);
    return SecretRef{name.toString()};
}

bool looksLikeSecret(QStringView text)
{
    const QStringView trimmed = text.trimmed().left(maxExaminedLength);
    if (trimmed.isEmpty())
        return false;
    return looksLikeCredentialText(trimmed) || looksLikeHexKey(trimmed) || looksLikeBase64Key(trimmed);
}

} // namespace eflow::support
