#include "engine/plan/ValidationSupport.h"

#include <utility>

#include <QChar>

namespace eflow::plan::detail {

namespace {

constexpr int kMaxHostNameLength = 255;
constexpr int kMaxDnsLabelLength = 63;

QString hexCode(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

QString num(qint64 value)
{
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

void addIf(Problems &problems, std::optional<Problem> problem)
{
    if (problem)
        problems << std::move(*problem);
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
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
    case Field::NewSwitchName:
        return ValidationTr::tr("New switch name");
    case Field::NewSwitchHostAddress:
        return ValidationTr::tr("Host address");
    case Field::NewSwitchPrefixLength:
        return ValidationTr::tr("NAT prefix length");
    case Field::Ip4Address:
        return ValidationTr::tr("IPv4 address");
    case Field::Ip4PrefixLength:
        return ValidationTr::tr("Prefix length");
    case Field::Ip4GatewayAddress:
        return ValidationTr::tr("Gateway address");
    case Field::DnsServers:
        return ValidationTr::tr("DNS servers");
    case Field::EdgeProxyUrl:
        return ValidationTr::tr("IoT Edge proxy");
    case Field::EdgeUpstreamProtocol:
        return ValidationTr::tr("Upstream protocol");
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

} // namespace eflow::plan::detail
