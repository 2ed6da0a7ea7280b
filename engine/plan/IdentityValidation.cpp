#include "engine/plan/Validation.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include <QByteArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/plan/ValidationSupport.h"

// The rules for what identifies a device and proves it: DPS IDs, device IDs, symmetric keys and the
// two kinds of connection string.
namespace eflow::plan {

using namespace detail;

namespace {

using crypto::ConnectionString;

constexpr int kIdScopeLength = 11;
constexpr int kMaxIdLength = 128;
constexpr int kMinKeyBytes = 16;
constexpr int kMaxKeyBytes = 64;
constexpr int kMaxServiceValueLength = 256; // SharedAccessSignatureConstants.cs in the C# service SDK

bool isHexDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}

bool isBase64Char(char32_t c)
{
    return isAsciiAlnum(c) || c == U'+' || c == U'/';
}

QString lastCharOf(QStringView text)
{
    if (text.size() >= 2 && text.back().isLowSurrogate() && text[text.size() - 2].isHighSurrogate())
        return text.last(2).toString();
    return QString(text.back());
}

// Only key names that look like key names are repeated back: anything else may be a pasted secret.
bool isKeyNameLike(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,39}$"));
    return re.match(name).hasMatch();
}

// ---- identifiers ----------------------------------------------------------------------------------

// Registration IDs and enrollment group IDs share DPS's rules (dps-protocol.md §5).
std::optional<QString> dpsIdIssue(QStringView id, const QString &subject)
{
    if (id.isEmpty())
        return requiredMessage(subject);
    if (id.size() > kMaxIdLength) {
        return ValidationTr::tr("%1 is too long: %2 characters; at most %3 are allowed.")
            .arg(subject, num(id.size()), num(kMaxIdLength));
    }
    const auto bad = firstCharWhere(
        id, [](char32_t c) { return !isAsciiAlnum(c) && c != U'-' && c != U'.' && c != U'_' && c != U':'; });
    if (bad) {
        //: %1 field name, %2 a character such as "the character '/'" or "a space", %3 its position
        return ValidationTr::tr("%1: %2 at position %3 is not allowed; use letters, digits and - . _ :")
            .arg(subject, describeChar(bad->codePoint), num(bad->position));
    }
    const char32_t last = id.back().unicode();
    if (!isAsciiAlnum(last) && last != U'-') {
        return ValidationTr::tr("%1 must end with a letter, a digit or '-'; it ends with '%2'.")
            .arg(subject, lastCharOf(id));
    }
    return std::nullopt;
}

std::optional<QString> deviceIdIssue(QStringView id, const QString &subject)
{
    if (id.isEmpty())
        return requiredMessage(subject);
    if (id.size() > kMaxIdLength) {
        return ValidationTr::tr("%1 is too long: %2 characters; at most %3 are allowed.")
            .arg(subject, num(id.size()), num(kMaxIdLength));
    }
    static constexpr std::u32string_view allowedPunctuation = U"-.%_*?!(),:=@$'";
    const auto bad = firstCharWhere(id, [](char32_t c) {
        return !isAsciiAlnum(c) && allowedPunctuation.find(c) == std::u32string_view::npos;
    });
    if (!bad)
        return std::nullopt;
    if (bad->codePoint == U'+' || bad->codePoint == U'#') {
        // Older IoT Hub documentation allowed them; devices created that way still exist.
        return ValidationTr::tr("%1: '%2' at position %3 is not allowed; IoT Hub no longer supports '+' and "
                                "'#' in device IDs.")
            .arg(subject, QString(QChar(char16_t(bad->codePoint))), num(bad->position));
    }
    return ValidationTr::tr(
               "%1: %2 at position %3 is not allowed; use letters, digits and - . % _ * ? ! ( ) , "
               ": = @ $ '")
        .arg(subject, describeChar(bad->codePoint), num(bad->position));
}

// ---- keys -----------------------------------------------------------------------------------------

// Never repeats the key or a part of it: positions and lengths only, and the offending character
// only when it cannot be part of a valid key anyway.
std::optional<QString> keyIssue(QStringView key, const QString &subject, int maxTextLength = 0)
{
    if (key.trimmed().isEmpty())
        return requiredMessage(subject);
    if (const auto space = firstCharWhere(key, isSpace)) {
        return ValidationTr::tr("%1 contains %2 at position %3; paste the key again without spaces or line "
                                "breaks.")
            .arg(subject, describeChar(space->codePoint), num(space->position));
    }
    if (maxTextLength > 0 && key.size() > maxTextLength) {
        return ValidationTr::tr("%1 is too long: %2 characters; at most %3 are allowed.")
            .arg(subject, num(key.size()), num(maxTextLength));
    }
    qsizetype padding = 0;
    while (padding < key.size() && key[key.size() - 1 - padding] == u'=')
        ++padding;
    if (padding > 2 && padding < key.size()) {
        return ValidationTr::tr("%1 is not valid base64: it ends with %2 '=' characters; at most two are "
                                "allowed as padding.")
            .arg(subject, num(padding));
    }
    if (const auto bad = firstCharWhere(key.first(key.size() - std::min<qsizetype>(padding, 2)),
                                        [](char32_t c) { return !isBase64Char(c); })) {
        if (bad->codePoint == U'=') {
            return ValidationTr::tr(
                       "%1 is not valid base64: '=' at position %2 may only appear at the end, as "
                       "padding.")
                .arg(subject, num(bad->position));
        }
        if (bad->codePoint == U'-' || bad->codePoint == U'_') {
            return ValidationTr::tr("%1 is not valid base64: %2 at position %3 belongs to the URL-safe "
                                    "alphabet; use the key as Azure shows it, with + and / instead.")
                .arg(subject, describeChar(bad->codePoint), num(bad->position));
        }
        return ValidationTr::tr("%1 is not valid base64: %2 at position %3 is not allowed; a key uses only "
                                "A-Z, a-z, 0-9, + and /, with = padding at the end.")
            .arg(subject, describeChar(bad->codePoint), num(bad->position));
    }
    if (key.size() % 4 != 0) {
        return ValidationTr::tr("%1 is not valid base64: it has %2 characters, which is not a multiple of 4; "
                                "part of the key may be missing.")
            .arg(subject, num(key.size()));
    }
    QByteArray ascii = key.toLatin1();
    crypto::SecureBytes decoded;
    const bool ok = crypto::decodeBase64Strict(ascii, decoded);
    crypto::wipe(ascii);
    if (!ok) {
        return ValidationTr::tr("%1 is not valid base64: the characters before the '=' padding do not end "
                                "the key cleanly; copy the key again.")
            .arg(subject);
    }
    const auto bytes = qint64(decoded.size());
    if (bytes < kMinKeyBytes) {
        return ValidationTr::tr("%1 is too short: it decodes to %2 bytes; %3 to %4 bytes are expected.")
            .arg(subject, num(bytes), num(kMinKeyBytes), num(kMaxKeyBytes));
    }
    if (bytes > kMaxKeyBytes) {
        return ValidationTr::tr("%1 is too long: it decodes to %2 bytes; %3 to %4 bytes are expected.")
            .arg(subject, num(bytes), num(kMinKeyBytes), num(kMaxKeyBytes));
    }
    return std::nullopt;
}

// ---- connection strings ---------------------------------------------------------------------------

QString parseErrorMessage(const ConnectionString::ParseError &error, const QString &subject)
{
    switch (error.kind) {
    case ConnectionString::ParseError::Kind::MissingEquals:
        // error.key holds the whole segment, which may be the key itself: never shown.
        return ValidationTr::tr("%1: segment %2 has no '='; a connection string is a list of Key=Value pairs "
                                "separated by ';'.")
            .arg(subject, num(error.segment));
    case ConnectionString::ParseError::Kind::EmptyKey:
        return ValidationTr::tr("%1: segment %2 has no key name before '='.")
            .arg(subject, num(error.segment));
    case ConnectionString::ParseError::Kind::DuplicateKey:
        if (isKeyNameLike(error.key)) {
            return ValidationTr::tr("%1: the key %2 appears more than once (segment %3).")
                .arg(subject, error.key, num(error.segment));
        }
        return ValidationTr::tr("%1: segment %2 repeats a key that appears earlier.")
            .arg(subject, num(error.segment));
    case ConnectionString::ParseError::Kind::Empty:
    case ConnectionString::ParseError::Kind::Unknown:
        break;
    }
    return requiredMessage(subject);
}

std::optional<QString> unknownKeyIssue(const ConnectionString &cs, const QString &subject,
                                       const QStringList &allowed)
{
    for (const QString &key : cs.keys()) {
        if (allowed.contains(key, Qt::CaseInsensitive))
            continue;
        const QString allowedList = QLocale().createSeparatedList(allowed);
        if (isKeyNameLike(key)) {
            //: %3 is a list of key names, e.g. "HostName, DeviceId and SharedAccessKey"
            return ValidationTr::tr("%1: unknown key '%2'; the keys allowed are %3.")
                .arg(subject, key, allowedList);
        }
        return ValidationTr::tr("%1 contains an unrecognised key; the keys allowed are %2.")
            .arg(subject, allowedList);
    }
    return std::nullopt;
}

} // namespace

std::optional<Problem> checkIdScope(QStringView scope)
{
    const Field field = Field::IdScope;
    if (scope.isEmpty())
        return problemFor(field, requiredMessage(fieldLabel(field)));
    if (scope.front().isSpace()) {
        return problemFor(field, ValidationTr::tr("ID scope starts with %1; remove it.")
                                     .arg(describeChar(scope.front().unicode())));
    }
    if (scope.back().isSpace()) {
        return problemFor(
            field,
            ValidationTr::tr("ID scope ends with %1; remove it.").arg(describeChar(scope.back().unicode())));
    }
    if (scope.size() != kIdScopeLength) {
        return problemFor(field, ValidationTr::tr("ID scope has %1 characters; an ID scope has exactly %2, "
                                                  "e.g. 0ne00000A0A.")
                                     .arg(num(scope.size()), num(kIdScopeLength)));
    }
    // The format is undocumented: '0', two lowercase letters for the cloud ("ne", "us"), 8 hex digits.
    const auto isLower = [](QChar c) {
        return c >= u'a' && c <= u'z';
    };
    if (scope[0] != u'0' || !isLower(scope[1]) || !isLower(scope[2])) {
        return problemFor(field,
                          ValidationTr::tr("ID scope must start with 0 and two lowercase letters, such "
                                           "as 0ne or 0us; it starts with '%1'.")
                              .arg(scope.first(3).toString()));
    }
    if (const auto bad = firstCharWhere(scope.sliced(3), [](char32_t c) { return !isHexDigit(c); })) {
        return problemFor(field, ValidationTr::tr("ID scope: %1 at position %2 is not a hexadecimal digit "
                                                  "(0-9, A-F).")
                                     .arg(describeChar(bad->codePoint), num(bad->position + 3)));
    }
    return std::nullopt;
}

std::optional<Problem> checkRegistrationId(QStringView id)
{
    if (auto message = dpsIdIssue(id, fieldLabel(Field::RegistrationId)))
        return problemFor(Field::RegistrationId, std::move(*message));
    return std::nullopt;
}

std::optional<Problem> checkEnrollmentGroupId(QStringView id)
{
    if (auto message = dpsIdIssue(id, fieldLabel(Field::EnrollmentGroupId)))
        return problemFor(Field::EnrollmentGroupId, std::move(*message));
    return std::nullopt;
}

std::optional<Problem> checkDeviceId(QStringView id)
{
    if (auto message = deviceIdIssue(id, fieldLabel(Field::DeviceId)))
        return problemFor(Field::DeviceId, std::move(*message));
    return std::nullopt;
}

std::optional<Problem> checkSymmetricKey(QStringView key, Field field)
{
    const QString subject = field == Field::Unknown ? fieldLabel(Field::SymmetricKey) : fieldLabel(field);
    if (auto message = keyIssue(key, subject))
        return problemFor(field, std::move(*message));
    return std::nullopt;
}

std::optional<Problem> checkDeviceConnectionString(QStringView connectionString)
{
    const Field field = Field::DeviceConnectionString;
    const QString subject = fieldLabel(field);
    ConnectionString::ParseError error;
    const auto cs = ConnectionString::parse(connectionString, &error);
    if (!cs)
        return problemFor(field, parseErrorMessage(error, subject));

    if (cs->contains(u"SharedAccessKeyName")) {
        return problemFor(field,
                          ValidationTr::tr("Device connection string: this is an IoT Hub shared access "
                                           "policy (service) connection string, because it has "
                                           "SharedAccessKeyName; copy the device's own primary "
                                           "connection string instead."));
    }
    static const QStringList allowed = {QStringLiteral("HostName"), QStringLiteral("DeviceId"),
                                        QStringLiteral("SharedAccessKey"), QStringLiteral("ModuleId"),
                                        QStringLiteral("GatewayHostName")};
    if (auto message = unknownKeyIssue(*cs, subject, allowed))
        return problemFor(field, std::move(*message));

    //: %1 is a key name such as HostName
    const QString missing = ValidationTr::tr("Device connection string has no %1 value; expected "
                                             "HostName=<hub>.azure-devices.net;DeviceId=<device>;"
                                             "SharedAccessKey=<key>.");
    const QString host = cs->hostName();
    if (host.isEmpty())
        return problemFor(field, missing.arg(QStringLiteral("HostName")));
    if (auto message = dnsHostNameIssue(host, ValidationTr::tr("HostName in the device connection string")))
        return problemFor(field, std::move(*message));
    if (host.contains(QStringLiteral("azure-devices-provisioning"), Qt::CaseInsensitive)) {
        return problemFor(field,
                          ValidationTr::tr("HostName in the device connection string is a DPS host name; "
                                           "a device connection string names the IoT hub "
                                           "(<hub>.azure-devices.net)."));
    }

    const QString deviceId = cs->deviceId();
    if (deviceId.isEmpty())
        return problemFor(field, missing.arg(QStringLiteral("DeviceId")));
    if (auto message = deviceIdIssue(deviceId, ValidationTr::tr("DeviceId in the device connection string")))
        return problemFor(field, std::move(*message));

    // No wipe here: the value shares its buffer with the parsed string, which keeps a copy anyway.
    const QString key = cs->sharedAccessKey();
    if (key.isEmpty())
        return problemFor(field, missing.arg(QStringLiteral("SharedAccessKey")));
    if (auto message = keyIssue(key, ValidationTr::tr("SharedAccessKey in the device connection string")))
        return problemFor(field, std::move(*message));
    return std::nullopt;
}

std::optional<Problem> checkServiceConnectionString(QStringView connectionString)
{
    const Field field = Field::ServiceConnectionString;
    const QString subject = fieldLabel(field);
    ConnectionString::ParseError error;
    const auto cs = ConnectionString::parse(connectionString, &error);
    if (!cs)
        return problemFor(field, parseErrorMessage(error, subject));

    if (cs->contains(u"DeviceId")) {
        return problemFor(field,
                          ValidationTr::tr("DPS service connection string: this is a device connection "
                                           "string, because it has DeviceId; copy the connection string "
                                           "of a shared access policy of the DPS instead."));
    }
    static const QStringList allowed = {QStringLiteral("HostName"), QStringLiteral("SharedAccessKeyName"),
                                        QStringLiteral("SharedAccessKey")};
    if (auto message = unknownKeyIssue(*cs, subject, allowed))
        return problemFor(field, std::move(*message));

    //: %1 is a key name such as HostName
    const QString missing = ValidationTr::tr("DPS service connection string has no %1 value; expected "
                                             "HostName=<dps>.azure-devices-provisioning.net;"
                                             "SharedAccessKeyName=<policy>;SharedAccessKey=<key>.");
    const QString tooLong = ValidationTr::tr("%1 is too long: %2 characters; at most %3 are allowed.");

    // The C# service SDK's ServiceConnectionStringBuilder rules; the local DPS is "localhost".
    const QString host = cs->hostName();
    const QString hostSubject = ValidationTr::tr("HostName in the DPS service connection string");
    if (host.isEmpty())
        return problemFor(field, missing.arg(QStringLiteral("HostName")));
    if (host.size() > kMaxServiceValueLength)
        return problemFor(field, tooLong.arg(hostSubject, num(host.size()), num(kMaxServiceValueLength)));
    if (const auto bad = firstCharWhere(
            host, [](char32_t c) { return !isAsciiAlnum(c) && c != U'_' && c != U'-' && c != U'.'; })) {
        return problemFor(field, ValidationTr::tr("%1: %2 at position %3 is not allowed; use letters, digits "
                                                  "and - . _")
                                     .arg(hostSubject, describeChar(bad->codePoint), num(bad->position)));
    }
    if (host.contains(QStringLiteral(".azure-devices."), Qt::CaseInsensitive)) {
        return problemFor(field, ValidationTr::tr("%1 is an IoT Hub host name; a DPS host name ends in "
                                                  ".azure-devices-provisioning.net.")
                                     .arg(hostSubject));
    }

    const QString keyName = cs->sharedAccessKeyName();
    const QString keyNameSubject =
        ValidationTr::tr("SharedAccessKeyName in the DPS service connection string");
    if (keyName.isEmpty())
        return problemFor(field, missing.arg(QStringLiteral("SharedAccessKeyName")));
    if (keyName.size() > kMaxServiceValueLength)
        return problemFor(field,
                          tooLong.arg(keyNameSubject, num(keyName.size()), num(kMaxServiceValueLength)));
    if (const auto bad = firstCharWhere(keyName, [](char32_t c) {
            return !isAsciiAlnum(c) && c != U'_' && c != U'-' && c != U'@' && c != U'.';
        })) {
        return problemFor(field, ValidationTr::tr("%1: %2 at position %3 is not allowed; use letters, digits "
                                                  "and - . _ @")
                                     .arg(keyNameSubject, describeChar(bad->codePoint), num(bad->position)));
    }

    const QString key = cs->sharedAccessKey();
    if (key.isEmpty())
        return problemFor(field, missing.arg(QStringLiteral("SharedAccessKey")));
    if (auto message = keyIssue(key, ValidationTr::tr("SharedAccessKey in the DPS service connection string"),
                                kMaxServiceValueLength))
        return problemFor(field, std::move(*message));
    return std::nullopt;
}

} // namespace eflow::plan
