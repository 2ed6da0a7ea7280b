#include "engine/plan/Validation.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include <QByteArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/SecureBytes.h"

namespace eflow::plan {

namespace {

using crypto::ConnectionString;

constexpr int kIdScopeLength = 11;
constexpr int kMaxIdLength = 128;
constexpr int kMinKeyBytes = 16;
constexpr int kMaxKeyBytes = 64;
constexpr int kMaxHostNameLength = 255;
constexpr int kMaxDnsLabelLength = 63;
constexpr int kMaxServiceValueLength = 256; // SharedAccessSignatureConstants.cs in the C# service SDK
constexpr int kMaxSwitchNameLength = 100;
constexpr int kMinPrefixLength = 1;
constexpr int kMaxPrefixLength = 30; // /31 and /32 leave no room for both the VM and its gateway

QString num(qint64 value)
{
    // Not QLocale: "2000" must not become "2,000", the numbers are also what the user types.
    return QString::number(value);
}

std::optional<Problem> problemFor(Field field, QString message)
{
    return Problem{field, std::move(message)};
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

bool isHexDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}

bool isBase64Char(char32_t c)
{
    return isAsciiAlnum(c) || c == U'+' || c == U'/';
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

struct CharAt
{
    char32_t codePoint = 0;
    int position = 0; // 1-based, in characters as the user sees them (code points)
};

// Positions are counted in code points so that an emoji earlier in the text does not shift the
// position we tell the user by one.
template<typename Predicate>
std::optional<CharAt> firstCharWhere(QStringView text, Predicate predicate)
{
    int position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (predicate(c))
            return CharAt{c, position};
    }
    return std::nullopt;
}

QString hexCode(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// A noun phrase for one character that is readable even when the character itself is invisible.
QString describeChar(char32_t c)
{
    if (c == U' ')
        return ValidationTr::tr("a space");
    if (c == U'\t')
        return ValidationTr::tr("a tab");
    if (c == U'\n' || c == U'\r')
        return ValidationTr::tr("a line break");
    if (c == 0x00A0)
        return ValidationTr::tr("a non-breaking space");
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        //: %1 is a Unicode code point in hex, e.g. 0007
        return ValidationTr::tr("the control character U+%1").arg(hexCode(c));
    if (QChar::isSpace(c))
        return ValidationTr::tr("a space character (U+%1)").arg(hexCode(c));
    if (c < 0x80)
        return ValidationTr::tr("the character '%1'").arg(QChar(char16_t(c)));
    return ValidationTr::tr("the character '%1' (U+%2)").arg(QString::fromUcs4(&c, 1), hexCode(c));
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

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::IdScope:
        return ValidationTr::tr("ID scope");
    case Field::RegistrationId:
        return ValidationTr::tr("Registration ID");
    case Field::EnrollmentGroupId:
        return ValidationTr::tr("Enrollment group ID");
    case Field::DeviceId:
        return ValidationTr::tr("Device ID");
    case Field::SymmetricKey:
        return ValidationTr::tr("Symmetric key");
    case Field::GroupKey:
        return ValidationTr::tr("Group key");
    case Field::DeviceConnectionString:
        return ValidationTr::tr("Device connection string");
    case Field::ServiceConnectionString:
        return ValidationTr::tr("DPS service connection string");
    case Field::CpuCount:
        return ValidationTr::tr("CPU count");
    case Field::MemoryMb:
        return ValidationTr::tr("Memory");
    case Field::DiskSizeGb:
        return ValidationTr::tr("Disk size");
    case Field::DataSizeGb:
        return ValidationTr::tr("Data size");
    case Field::LogSize:
        return ValidationTr::tr("Log size");
    case Field::SwitchName:
        return ValidationTr::tr("Switch name");
    case Field::SwitchType:
        return ValidationTr::tr("Switch type");
    case Field::Ip4Address:
        return ValidationTr::tr("IPv4 address");
    case Field::Ip4PrefixLength:
        return ValidationTr::tr("Prefix length");
    case Field::Ip4GatewayAddress:
        return ValidationTr::tr("Gateway address");
    case Field::DnsServers:
        return ValidationTr::tr("DNS servers");
    case Field::GpuType:
        return ValidationTr::tr("GPU passthrough type");
    case Field::GpuName:
        return ValidationTr::tr("GPU name");
    case Field::GpuCount:
        return ValidationTr::tr("GPU count");
    case Field::Release:
        return ValidationTr::tr("EFLOW release");
    case Field::License:
        return ValidationTr::tr("License terms");
    case Field::ProvisioningType:
        return ValidationTr::tr("Provisioning method");
    case Field::GlobalEndpoint:
        return ValidationTr::tr("Global endpoint");
    case Field::IotHubHostname:
        return ValidationTr::tr("IoT Hub host name");
    case Field::IdentityCertPath:
        return ValidationTr::tr("Identity certificate path");
    case Field::IdentityPrivKeyPath:
        return ValidationTr::tr("Identity private key path");
    case Field::KeySource:
        return ValidationTr::tr("Key source");
    case Field::SecretRef:
        return ValidationTr::tr("Secret reference");
    case Field::Unknown:
        break;
    }
    return ValidationTr::tr("Value");
}

QString requiredMessage(const QString &subject)
{
    //: %1 names a field, e.g. "Registration ID is required."
    return ValidationTr::tr("%1 is required.").arg(subject);
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

// RFC 1123 host name as IoT Hub host names use it: dot-separated labels, at least two of them.
std::optional<QString> dnsHostNameIssue(QStringView host, const QString &subject)
{
    if (host.size() > kMaxHostNameLength) {
        return ValidationTr::tr("%1 is too long: %2 characters; at most %3 are allowed.")
            .arg(subject, num(host.size()), num(kMaxHostNameLength));
    }
    if (const auto bad =
            firstCharWhere(host, [](char32_t c) { return !isAsciiAlnum(c) && c != U'-' && c != U'.'; })) {
        return ValidationTr::tr("%1: %2 at position %3 is not allowed in a host name; use letters, digits, "
                                "'-' and '.'.")
            .arg(subject, describeChar(bad->codePoint), num(bad->position));
    }
    if (!host.contains(u'.')) {
        return ValidationTr::tr("%1: '%2' is not a full host name; expected e.g. myhub.azure-devices.net.")
            .arg(subject, host.toString());
    }
    for (QStringView label : host.split(u'.')) {
        if (label.isEmpty()) {
            return ValidationTr::tr("%1: '%2' has an empty part between dots or a dot at the start or end.")
                .arg(subject, host.toString());
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return ValidationTr::tr("%1: in '%2', the part '%3' must not start or end with '-'.")
                .arg(subject, host.toString(), label.toString());
        }
        if (label.size() > kMaxDnsLabelLength) {
            return ValidationTr::tr("%1: in '%2', a part between dots is longer than %3 characters.")
                .arg(subject, host.toString(), num(kMaxDnsLabelLength));
        }
    }
    return std::nullopt;
}

// ---- IPv4 -----------------------------------------------------------------------------------------

// Dotted-quad only: Windows' [IPAddress] parser also accepts "10.1", hex and octal forms, which
// would put a different address on the VM than the one the user sees.
std::optional<QString> ipv4Issue(QStringView text, const QString &subject, quint32 *out)
{
    const QString shown = text.toString();
    if (const auto space = firstCharWhere(text, isSpace)) {
        //: %1 field name, %2 the address as typed, %3 e.g. "a space"
        return ValidationTr::tr("%1 '%2' contains %3; write the address without spaces.")
            .arg(subject, shown, describeChar(space->codePoint));
    }
    const auto parts = text.split(u'.');
    if (parts.size() != 4) {
        return ValidationTr::tr("%1 '%2' is not valid: expected four numbers from 0 to 255 "
                                "separated by dots, e.g. 192.168.0.2.")
            .arg(subject, shown);
    }
    quint32 address = 0;
    for (QStringView part : parts) {
        if (part.isEmpty()) {
            return ValidationTr::tr("%1 '%2' is not valid: one of its four numbers is missing.")
                .arg(subject, shown);
        }
        if (firstCharWhere(part, [](char32_t c) { return c < U'0' || c > U'9'; })) {
            return ValidationTr::tr("%1 '%2' is not valid: '%3' is not a number from 0 to 255.")
                .arg(subject, shown, part.toString());
        }
        if (part.size() > 1 && part.front() == u'0') {
            return ValidationTr::tr("%1 '%2' is not valid: '%3' has a leading zero, which can "
                                    "be read as an octal number; write it without.")
                .arg(subject, shown, part.toString());
        }
        const int value = part.size() > 3 ? 256 : part.toInt();
        if (value > 255) {
            return ValidationTr::tr("%1 '%2' is not valid: '%3' is greater than 255.")
                .arg(subject, shown, part.toString());
        }
        address = (address << 8) | quint32(value);
    }
    if (out)
        *out = address;
    return std::nullopt;
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(num(address >> 24), num((address >> 16) & 0xFF), num((address >> 8) & 0xFF),
             num(address & 0xFF));
}

// 0.0.0.0/8, loopback, multicast and the reserved class E range can never be a VM's address or gateway.
std::optional<QString> hostAddressIssue(quint32 address, const QString &subject)
{
    const quint32 first = address >> 24;
    if (first == 0 || first == 127 || first >= 224) {
        return ValidationTr::tr("%1 %2 cannot be used for a host: addresses starting with 0, 127 or 224 and "
                                "above are reserved.")
            .arg(subject, ipv4ToString(address));
    }
    return std::nullopt;
}

// ---- VM -------------------------------------------------------------------------------------------

std::optional<Problem> releaseProblem(EflowRelease release)
{
    if (release != EflowRelease::Unknown)
        return std::nullopt;
    return problemFor(Field::Release, ValidationTr::tr("EFLOW release is required: choose 1.5 LTS, 1.4 LTS "
                                                       "or 1.1 LTS."));
}

std::optional<Problem> gpuNameProblem(const GpuSettings &gpu, const HostLimits &host)
{
    if (gpu.name.trimmed().isEmpty()) {
        const QString message = gpu.type == GpuPassthrough::DirectDeviceAssignment
                                    ? ValidationTr::tr("GPU name is required for Direct Device Assignment.")
                                    : ValidationTr::tr("GPU name is required for GPU paravirtualization.");
        return problemFor(Field::GpuName, message);
    }
    if (!host.gpuNames.isEmpty() && !host.gpuNames.contains(gpu.name)) {
        // Deploy-Eflow compares -gpuName with the Win32_VideoController caption as is.
        for (const QString &candidate : host.gpuNames) {
            if (candidate.trimmed().compare(gpu.name.trimmed(), Qt::CaseInsensitive) == 0) {
                return problemFor(
                    Field::GpuName,
                    ValidationTr::tr("GPU name '%1' differs from Windows' name '%2' in letter case "
                                     "or spaces; it must match Windows' name exactly.")
                        .arg(gpu.name, candidate));
            }
        }
        QStringList quoted;
        for (const QString &candidate : host.gpuNames) {
            if (!quoted.contains(candidate))
                quoted << ValidationTr::tr("'%1'").arg(candidate);
        }
        //: %2 is a list of GPU names as Windows reports them
        return problemFor(Field::GpuName,
                          ValidationTr::tr("GPU name '%1' does not match any GPU on this host; it must match "
                                           "Windows' name exactly: %2.")
                              .arg(gpu.name, QLocale().createSeparatedList(quoted)));
    }
    if (gpu.type == GpuPassthrough::DirectDeviceAssignment) {
        // The module refuses anything else with "Unsupported DDA Type" (eflow.md §3.4).
        static const QRegularExpression supported(QStringLiteral("(^|[^A-Za-z0-9])(T4|A2)([^A-Za-z0-9]|$)"));
        if (!supported.match(gpu.name).hasMatch()) {
            return problemFor(
                Field::GpuName,
                ValidationTr::tr("GPU name '%1': Direct Device Assignment supports only NVIDIA T4 "
                                 "and NVIDIA A2 GPUs; use GPU paravirtualization for this GPU.")
                    .arg(gpu.name));
        }
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

Problems checkVmSettings(EflowRelease release, const VmSettings &vm, const HostLimits &host)
{
    Problems problems;
    if (auto p = releaseProblem(release)) {
        // Every range below depends on the release line.
        problems << *p;
        return problems;
    }
    const ReleaseLimits limits = limitsFor(release);
    const QString line = displayName(release);

    if (vm.cpuCount < 1) {
        problems << Problem{
            Field::CpuCount,
            ValidationTr::tr("CPU count must be at least 1; %1 was entered.").arg(num(vm.cpuCount))};
    } else if (host.logicalProcessors > 0 && vm.cpuCount > host.logicalProcessors) {
        problems << Problem{Field::CpuCount,
                            ValidationTr::tr("CPU count is %1, but this host has only %2 logical processors.")
                                .arg(num(vm.cpuCount), num(host.logicalProcessors))};
    }

    if (vm.memoryMb < limits.memoryMinMb) {
        problems << Problem{Field::MemoryMb,
                            ValidationTr::tr("Memory must be at least %1 MB; %2 MB was entered.")
                                .arg(num(limits.memoryMinMb), num(vm.memoryMb))};
    } else if (limits.memoryMustBeEven && vm.memoryMb % 2 != 0) {
        problems << Problem{
            Field::MemoryMb,
            ValidationTr::tr("Memory must be an even number of MB on EFLOW %1; %2 MB is odd, use "
                             "%3 or %4 MB.")
                .arg(line, num(vm.memoryMb), num(vm.memoryMb - 1), num(qint64(vm.memoryMb) + 1))};
    } else if (host.freeMemoryMb > 0 && vm.memoryMb > host.freeMemoryMb) {
        problems << Problem{Field::MemoryMb,
                            ValidationTr::tr("Memory is %1 MB, but this host has only %2 MB free.")
                                .arg(num(vm.memoryMb), num(host.freeMemoryMb))};
    }

    if (vm.diskSizeGb && (*vm.diskSizeGb < limits.diskMinGb || *vm.diskSizeGb > limits.diskMaxGb)) {
        problems << Problem{
            Field::DiskSizeGb,
            ValidationTr::tr("Disk size must be between %1 and %2 GB on EFLOW %3; %4 GB was "
                             "entered.")
                .arg(num(limits.diskMinGb), num(limits.diskMaxGb), line, num(*vm.diskSizeGb))};
    }

    if (vm.dataSizeGb) {
        if (!limits.supportsDataSize) {
            problems << Problem{
                Field::DataSizeGb,
                ValidationTr::tr("Data size (vmDataSize) is not available on EFLOW %1; set the disk "
                                 "size instead.")
                    .arg(line)};
        } else if (vm.diskSizeGb) {
            problems << Problem{
                Field::DataSizeGb,
                ValidationTr::tr("Data size and disk size cannot both be set: Deploy-Eflow's "
                                 "vmDiskSize and vmDataSize are mutually exclusive; clear one "
                                 "of them.")};
        } else if (*vm.dataSizeGb < limits.dataMinGb || *vm.dataSizeGb > limits.dataMaxGb) {
            problems << Problem{
                Field::DataSizeGb,
                ValidationTr::tr("Data size must be between %1 and %2 GB on EFLOW %3; %4 GB was "
                                 "entered.")
                    .arg(num(limits.dataMinGb), num(limits.dataMaxGb), line, num(*vm.dataSizeGb))};
        }
    }

    if (vm.logSize != VmLogSize::Unknown && !limits.supportsLogSize) {
        problems << Problem{Field::LogSize,
                            ValidationTr::tr("Log size (vmLogSize) is not available on EFLOW %1; "
                                             "leave it at the default.")
                                .arg(line)};
    }
    return problems;
}

Problems checkNetwork(const NetworkSettings &network)
{
    Problems problems;

    // An empty name with no type is fine: Deploy-Eflow then uses the "Default Switch" of client SKUs.
    const QString &name = network.switchName;
    const bool hasName = !name.isEmpty();
    if (hasName && name.trimmed().isEmpty()) {
        problems << Problem{Field::SwitchName,
                            ValidationTr::tr("Switch name is blank; enter the name of the "
                                             "virtual switch, or leave it empty to use the "
                                             "Default Switch.")};
    } else if (hasName && name.front().isSpace()) {
        problems << Problem{Field::SwitchName,
                            ValidationTr::tr("Switch name starts with %1; remove it, Hyper-V "
                                             "would not find the switch.")
                                .arg(describeChar(name.front().unicode()))};
    } else if (hasName && name.back().isSpace()) {
        problems << Problem{Field::SwitchName,
                            ValidationTr::tr("Switch name ends with %1; remove it, Hyper-V "
                                             "would not find the switch.")
                                .arg(describeChar(name.back().unicode()))};
    } else if (name.size() > kMaxSwitchNameLength) {
        problems << Problem{
            Field::SwitchName,
            ValidationTr::tr("Switch name is too long: %1 characters; at most %2 are allowed.")
                .arg(num(name.size()), num(kMaxSwitchNameLength))};
    } else if (!hasName && network.switchType != VSwitchType::Unknown) {
        problems << Problem{Field::SwitchName,
                            ValidationTr::tr("Switch name is required when a switch type is chosen.")};
    }
    if (hasName && !name.trimmed().isEmpty() && network.switchType == VSwitchType::Unknown) {
        problems << Problem{
            Field::SwitchType,
            ValidationTr::tr("Switch type is required for the switch '%1': choose Internal or "
                             "External.")
                .arg(name.trimmed())};
    }

    const QString addressLabel = fieldLabel(Field::Ip4Address);
    const QString gatewayLabel = fieldLabel(Field::Ip4GatewayAddress);
    if (!network.staticIp) {
        if (!network.ip4Address.isEmpty()) {
            problems << Problem{
                Field::Ip4Address,
                ValidationTr::tr("IPv4 address is only used with a static IP; clear it or choose "
                                 "a static IP.")};
        }
        if (network.ip4PrefixLength) {
            problems << Problem{Field::Ip4PrefixLength,
                                ValidationTr::tr("Prefix length is only used with a static IP; clear it or "
                                                 "choose a static IP.")};
        }
        if (!network.ip4GatewayAddress.isEmpty()) {
            problems << Problem{Field::Ip4GatewayAddress,
                                ValidationTr::tr("Gateway address is only used with a static IP; clear it or "
                                                 "choose a static IP.")};
        }
    } else {
        // Deploy-Eflow needs all three together ("ip4Address & ip4PrefixLength are required for StaticIP!").
        std::optional<quint32> address;
        std::optional<quint32> gateway;
        std::optional<int> prefix;
        if (network.ip4Address.isEmpty()) {
            problems << Problem{Field::Ip4Address,
                                ValidationTr::tr("IPv4 address is required for a static IP.")};
        } else {
            quint32 value = 0;
            if (auto message = ipv4Issue(network.ip4Address, addressLabel, &value))
                problems << Problem{Field::Ip4Address, std::move(*message)};
            else if (auto reserved = hostAddressIssue(value, addressLabel))
                problems << Problem{Field::Ip4Address, std::move(*reserved)};
            else
                address = value;
        }
        if (!network.ip4PrefixLength) {
            problems << Problem{Field::Ip4PrefixLength,
                                ValidationTr::tr("Prefix length is required for a static IP.")};
        } else if (*network.ip4PrefixLength < kMinPrefixLength ||
                   *network.ip4PrefixLength > kMaxPrefixLength) {
            problems << Problem{
                Field::Ip4PrefixLength,
                ValidationTr::tr("Prefix length must be between %1 and %2 (e.g. 24 for "
                                 "255.255.255.0); %3 was entered.")
                    .arg(num(kMinPrefixLength), num(kMaxPrefixLength), num(*network.ip4PrefixLength))};
        } else {
            prefix = *network.ip4PrefixLength;
        }
        if (network.ip4GatewayAddress.isEmpty()) {
            problems << Problem{Field::Ip4GatewayAddress,
                                ValidationTr::tr("Gateway address is required for a static IP.")};
        } else {
            quint32 value = 0;
            if (auto message = ipv4Issue(network.ip4GatewayAddress, gatewayLabel, &value))
                problems << Problem{Field::Ip4GatewayAddress, std::move(*message)};
            else if (auto reserved = hostAddressIssue(value, gatewayLabel))
                problems << Problem{Field::Ip4GatewayAddress, std::move(*reserved)};
            else
                gateway = value;
        }

        if (address && prefix) {
            const quint32 mask = ~quint32(0) << (32 - *prefix);
            const quint32 networkAddress = *address & mask;
            const quint32 broadcast = networkAddress | ~mask;
            const QString subnet = QStringLiteral("%1/%2").arg(ipv4ToString(networkAddress), num(*prefix));
            const QString firstHost = ipv4ToString(networkAddress + 1);
            const QString lastHost = ipv4ToString(broadcast - 1);
            if (*address == networkAddress) {
                problems << Problem{
                    Field::Ip4Address,
                    ValidationTr::tr("IPv4 address %1 is the network address of %2; choose an "
                                     "address from %3 to %4.")
                        .arg(ipv4ToString(*address), subnet, firstHost, lastHost)};
            } else if (*address == broadcast) {
                problems << Problem{
                    Field::Ip4Address,
                    ValidationTr::tr("IPv4 address %1 is the broadcast address of %2; choose an "
                                     "address from %3 to %4.")
                        .arg(ipv4ToString(*address), subnet, firstHost, lastHost)};
            }
            if (gateway) {
                if (*gateway == *address) {
                    problems << Problem{Field::Ip4GatewayAddress,
                                        ValidationTr::tr("Gateway address must differ from the IPv4 address "
                                                         "(%1); the VM cannot be its own gateway.")
                                            .arg(ipv4ToString(*address))};
                } else if ((*gateway & mask) != networkAddress) {
                    problems << Problem{
                        Field::Ip4GatewayAddress,
                        ValidationTr::tr("Gateway address %1 is not in the VM's subnet %2; "
                                         "choose a gateway from %3 to %4 or change the prefix "
                                         "length.")
                            .arg(ipv4ToString(*gateway), subnet, firstHost, lastHost)};
                } else if (*gateway == networkAddress || *gateway == broadcast) {
                    problems << Problem{Field::Ip4GatewayAddress,
                                        ValidationTr::tr("Gateway address %1 is the network or broadcast "
                                                         "address of %2; choose a gateway from %3 to %4.")
                                            .arg(ipv4ToString(*gateway), subnet, firstHost, lastHost)};
                }
            }
        }
    }

    // Allowed with DHCP too: they are applied afterwards with Set-EflowVmDNSServers.
    QList<quint32> seen;
    for (qsizetype i = 0; i < network.dnsServers.size(); ++i) {
        const QString &entry = network.dnsServers.at(i);
        //: %1 is the 1-based number of the entry in the DNS server list
        const QString subject = ValidationTr::tr("DNS server %1").arg(num(i + 1));
        if (entry.isEmpty()) {
            problems << Problem{Field::DnsServers,
                                ValidationTr::tr("%1 is empty; enter an IPv4 address or remove "
                                                 "the entry.")
                                    .arg(subject)};
            continue;
        }
        quint32 value = 0;
        if (auto message = ipv4Issue(entry, subject, &value)) {
            problems << Problem{Field::DnsServers, std::move(*message)};
            continue;
        }
        if (value == 0 || value == ~quint32(0)) {
            problems << Problem{Field::DnsServers, ValidationTr::tr("%1 (%2) cannot be used as a DNS server.")
                                                       .arg(subject, ipv4ToString(value))};
            continue;
        }
        if (seen.contains(value)) {
            problems << Problem{Field::DnsServers,
                                ValidationTr::tr("%1 (%2) is already in the list; remove the duplicate.")
                                    .arg(subject, ipv4ToString(value))};
            continue;
        }
        seen << value;
    }
    return problems;
}

Problems checkGpu(const GpuSettings &gpu, const HostLimits &host)
{
    Problems problems;
    switch (gpu.type) {
    case GpuPassthrough::Unknown:
        problems << Problem{Field::GpuType,
                            ValidationTr::tr("GPU passthrough type is required: choose none, "
                                             "Direct Device Assignment or GPU paravirtualization.")};
        break;
    case GpuPassthrough::None:
        if (!gpu.name.isEmpty()) {
            problems << Problem{Field::GpuName,
                                ValidationTr::tr("GPU name is only used with GPU passthrough; "
                                                 "clear it or choose a passthrough type.")};
        }
        if (gpu.count != 0) {
            problems << Problem{
                Field::GpuCount,
                ValidationTr::tr("GPU count must be 0 without GPU passthrough; %1 was entered.")
                    .arg(num(gpu.count))};
        }
        break;
    case GpuPassthrough::DirectDeviceAssignment: {
        const auto nameProblem = gpuNameProblem(gpu, host);
        if (nameProblem)
            problems << *nameProblem;
        if (gpu.count < 1) {
            problems << Problem{
                Field::GpuCount,
                ValidationTr::tr("GPU count must be at least 1 for Direct Device Assignment; %1 "
                                 "was entered.")
                    .arg(num(gpu.count))};
        } else if (!nameProblem && !host.gpuNames.isEmpty()) {
            const auto available = host.gpuNames.count(gpu.name);
            if (gpu.count > available) {
                problems << Problem{
                    Field::GpuCount,
                    ValidationTr::tr("GPU count is %1, but the number of GPUs named '%2' on this "
                                     "host is %3.")
                        .arg(num(gpu.count), gpu.name, num(available))};
            }
        }
        break;
    }
    case GpuPassthrough::ParaVirtualization:
        if (auto nameProblem = gpuNameProblem(gpu, host))
            problems << *nameProblem;
        if (gpu.count != 1) {
            problems << Problem{Field::GpuCount,
                                ValidationTr::tr("GPU count must be 1: GPU-PV uses exactly one "
                                                 "GPU; %1 was entered.")
                                    .arg(num(gpu.count))};
        }
        break;
    }
    return problems;
}

Problems checkPlan(const DeploymentPlan &plan, const HostLimits &host)
{
    Problems problems;
    if (!plan.eulaAccepted) {
        problems << Problem{Field::License,
                            ValidationTr::tr("License terms must be accepted before EFLOW can be "
                                             "deployed (Deploy-Eflow -acceptEula Yes).")};
    }
    problems << checkVmSettings(plan.release, plan.vm, host);
    problems << checkNetwork(plan.network);
    problems << checkGpu(plan.gpu, host);
    return problems;
}

namespace {

// ---- provisioning ---------------------------------------------------------------------------------

// Provision-EflowVm copies the certificate and key from the Windows host into the VM and checks them
// with Test-Path -PathType Leaf, so they must be absolute paths of files on that host. Only drive
// paths are accepted: the elevated session that provisions may not see the user's network shares.
std::optional<Problem> windowsFilePathProblem(QStringView path, Field field)
{
    const QString subject = fieldLabel(field);
    if (path.isEmpty())
        return problemFor(field, requiredMessage(subject));
    if (path.front().isSpace() || path.back().isSpace()) {
        return problemFor(field, ValidationTr::tr("%1 starts or ends with a space; remove it.").arg(subject));
    }
    static const QRegularExpression absolute(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (!absolute.match(path).hasMatch()) {
        //: %1 field name, %2 the path as typed
        return problemFor(field, ValidationTr::tr("%1 '%2' is not an absolute Windows path; write it like "
                                                  "C:\\certs\\device.pem.")
                                     .arg(subject, path.toString()));
    }
    if (const auto bad = firstCharWhere(path.sliced(2), [](char32_t c) {
            return c < 0x20 || c == U'<' || c == U'>' || c == U':' || c == U'"' || c == U'|' || c == U'?' ||
                   c == U'*';
        })) {
        return problemFor(field, ValidationTr::tr("%1: %2 at position %3 is not allowed in a Windows path.")
                                     .arg(subject, describeChar(bad->codePoint), num(bad->position + 2)));
    }
    if (path.endsWith(u'\\') || path.endsWith(u'/')) {
        return problemFor(field, ValidationTr::tr("%1 '%2' names a folder; give the path of the file.")
                                     .arg(subject, path.toString()));
    }
    return std::nullopt;
}

std::optional<Problem> globalEndpointProblem(const QString &endpoint)
{
    const Field field = Field::GlobalEndpoint;
    const QString subject = fieldLabel(field);
    if (endpoint.isEmpty())
        return std::nullopt; // Provision-EflowVm's default, https://global.azure-devices-provisioning.net
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return problemFor(field, ValidationTr::tr("%1 '%2' is not an https URL; the public endpoint is "
                                                  "https://global.azure-devices-provisioning.net.")
                                     .arg(subject, endpoint));
    }
    return std::nullopt;
}

void addIf(Problems &problems, std::optional<Problem> problem)
{
    if (problem)
        problems << std::move(*problem);
}

// The secret itself travels only in memory (stdin of the provisioning script); the settings only
// know where it is kept.
std::optional<Problem> secretRefProblem(const ProvisioningSettings &settings, const QString &what)
{
    if (!settings.secretRef.trimmed().isEmpty())
        return std::nullopt;
    //: %1 "Secret reference", %2 what the secret is, e.g. "the symmetric key"
    return problemFor(Field::SecretRef,
                      ValidationTr::tr("%1 is required: store %2 in the keychain or give it "
                                       "on standard input.")
                          .arg(fieldLabel(Field::SecretRef), what));
}

} // namespace

Problems validateProvisioning(const ProvisioningSettings &settings, EflowRelease release)
{
    Problems problems;
    const auto requireIdScope = [&] {
        addIf(problems, checkIdScope(settings.idScope));
    };
    const auto requireCertAndKey = [&] {
        addIf(problems, windowsFilePathProblem(settings.identityCertPath, Field::IdentityCertPath));
        addIf(problems, windowsFilePathProblem(settings.identityPrivKeyPath, Field::IdentityPrivKeyPath));
        if (!settings.identityCertPath.isEmpty() &&
            settings.identityCertPath.compare(settings.identityPrivKeyPath, Qt::CaseInsensitive) == 0) {
            problems << Problem{Field::IdentityPrivKeyPath,
                                ValidationTr::tr("%1 is the same file as the certificate; the private key "
                                                 "is a file of its own.")
                                    .arg(fieldLabel(Field::IdentityPrivKeyPath))};
        }
    };
    const auto optionalRegistrationId = [&] {
        if (!settings.registrationId.isEmpty())
            addIf(problems, checkRegistrationId(settings.registrationId));
    };

    // AUTODEPLOY's $eflowProvisioningProperties: ManualConnectionString: devConnString ·
    // ManualX509: iotHubHostname, deviceId, identityCertPath, identityPrivKeyPath · DpsTPM: scopeId ·
    // DpsX509: scopeId, identityCertPath, identityPrivKeyPath · DpsSymmetricKey: scopeId, symmKey,
    // registrationId. Fields that belong to another method are ignored rather than refused: the
    // wizard keeps them while the user switches methods, and only the chosen method's are passed.
    switch (settings.type) {
    case ProvisioningType::Unknown:
        problems << Problem{
            Field::ProvisioningType,
            ValidationTr::tr("%1 is required: choose connection string, X.509 or symmetric key "
                             "(DPS), X.509 (DPS) or TPM (DPS).")
                .arg(fieldLabel(Field::ProvisioningType))};
        break;
    case ProvisioningType::ManualConnectionString:
        addIf(problems, secretRefProblem(settings, ValidationTr::tr("the device connection string")));
        break;
    case ProvisioningType::ManualX509: {
        const QString hubSubject = fieldLabel(Field::IotHubHostname);
        if (settings.iotHubHostname.isEmpty())
            problems << Problem{Field::IotHubHostname, requiredMessage(hubSubject)};
        else if (auto message = dnsHostNameIssue(settings.iotHubHostname, hubSubject))
            problems << Problem{Field::IotHubHostname, std::move(*message)};
        addIf(problems, checkDeviceId(settings.deviceId));
        requireCertAndKey();
        break;
    }
    case ProvisioningType::DpsTpm:
        // The registration ID is optional: without it the TPM's endorsement key decides
        // (Get-EflowVmTpmProvisioningInfo). The TPM path also needs Set-EflowVmFeature -feature DpsTpm
        // -enable and TPM 2.0 on the host; that is a host fact and a provisioning step, not a field.
        requireIdScope();
        optionalRegistrationId();
        addIf(problems, globalEndpointProblem(settings.globalEndpoint));
        break;
    case ProvisioningType::DpsX509:
        requireIdScope();
        optionalRegistrationId(); // the certificate's CN when omitted
        requireCertAndKey();
        addIf(problems, globalEndpointProblem(settings.globalEndpoint));
        break;
    case ProvisioningType::DpsSymmetricKey:
        requireIdScope();
        addIf(problems, checkRegistrationId(settings.registrationId));
        if (settings.keySource == SymmetricKeySource::Unknown) {
            problems << Problem{
                Field::KeySource,
                ValidationTr::tr("%1 is required: choose the individual enrollment's key or a "
                                 "key derived from an enrollment group's key.")
                    .arg(fieldLabel(Field::KeySource))};
        }
        if (settings.keySource == SymmetricKeySource::GroupEnrollment &&
            !settings.enrollmentGroupId.isEmpty())
            addIf(problems, checkEnrollmentGroupId(settings.enrollmentGroupId));
        addIf(problems, secretRefProblem(settings, settings.keySource == SymmetricKeySource::GroupEnrollment
                                                       ? ValidationTr::tr("the enrollment group's key")
                                                       : ValidationTr::tr("the symmetric key")));
        addIf(problems, globalEndpointProblem(settings.globalEndpoint));
        break;
    }
    Q_UNUSED(release); // every release line takes the same fields (REF-1.1 and REF-1.4 agree)
    return problems;
}

} // namespace eflow::plan
