#include "engine/plan/Validation.h"

#include <utility>

#include <QList>
#include <QStringList>

#include "engine/plan/ValidationSupport.h"

// The VM's network: the switch, DHCP or a static address, DNS servers, and the switch to create.
namespace eflow::plan {

using namespace detail;

namespace {

constexpr int kMaxSwitchNameLength = 100;
constexpr int kMinPrefixLength = 1;
constexpr int kMaxPrefixLength = 30; // /31 and /32 leave no room for both the VM and its gateway

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

// A subnet as the messages show it: "192.168.0.0/24", usable from .1 to .254.
struct Subnet
{
    quint32 mask = 0;
    quint32 network = 0;
    quint32 broadcast = 0;
    QString name;
    QString firstHost;
    QString lastHost;
};

// prefix is 1 to 31 here: the callers have checked it.
Subnet subnetOf(quint32 address, int prefix)
{
    Subnet s;
    s.mask = ~quint32(0) << (32 - prefix);
    s.network = address & s.mask;
    s.broadcast = s.network | ~s.mask;
    s.name = QStringLiteral("%1/%2").arg(ipv4ToString(s.network), num(prefix));
    s.firstHost = ipv4ToString(s.network + 1);
    s.lastHost = ipv4ToString(s.broadcast - 1);
    return s;
}

// ---- switch ---------------------------------------------------------------------------------------

// An empty name with no type is fine: Deploy-Eflow then uses the "Default Switch" of client SKUs.
void addSwitchProblems(Problems &problems, const NetworkSettings &network)
{
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
}

// ---- static IP ------------------------------------------------------------------------------------

// Without a static IP the address fields are not passed to Deploy-Eflow: a value there is a leftover.
void addDhcpProblems(Problems &problems, const NetworkSettings &network)
{
    if (!network.ip4Address.isEmpty()) {
        problems << Problem{Field::Ip4Address, ValidationTr::tr("IPv4 address is only used with a static IP; "
                                                                "clear it or choose a static IP.")};
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
}

// The address in one field of a static IP when it is usable; otherwise the problem is added.
std::optional<quint32> usableAddress(Problems &problems, Field field, const QString &text,
                                     const QString &missing)
{
    if (text.isEmpty()) {
        problems << Problem{field, missing};
        return std::nullopt;
    }
    const QString label = fieldLabel(field);
    quint32 value = 0;
    if (auto message = ipv4Issue(text, label, &value))
        problems << Problem{field, std::move(*message)};
    else if (auto reserved = hostAddressIssue(value, label))
        problems << Problem{field, std::move(*reserved)};
    else
        return value;
    return std::nullopt;
}

std::optional<int> usablePrefix(Problems &problems, std::optional<int> prefix)
{
    if (!prefix) {
        problems << Problem{Field::Ip4PrefixLength,
                            ValidationTr::tr("Prefix length is required for a static IP.")};
    } else if (*prefix < kMinPrefixLength || *prefix > kMaxPrefixLength) {
        problems << Problem{Field::Ip4PrefixLength,
                            ValidationTr::tr("Prefix length must be between %1 and %2 (e.g. 24 for "
                                             "255.255.255.0); %3 was entered.")
                                .arg(num(kMinPrefixLength), num(kMaxPrefixLength), num(*prefix))};
    } else {
        return prefix;
    }
    return std::nullopt;
}

// The address and the gateway against the subnet that the prefix gives them.
void addSubnetProblems(Problems &problems, quint32 address, int prefix, std::optional<quint32> gateway)
{
    const Subnet subnet = subnetOf(address, prefix);
    if (address == subnet.network) {
        problems << Problem{Field::Ip4Address,
                            ValidationTr::tr("IPv4 address %1 is the network address of %2; choose an "
                                             "address from %3 to %4.")
                                .arg(ipv4ToString(address), subnet.name, subnet.firstHost, subnet.lastHost)};
    } else if (address == subnet.broadcast) {
        problems << Problem{Field::Ip4Address,
                            ValidationTr::tr("IPv4 address %1 is the broadcast address of %2; choose an "
                                             "address from %3 to %4.")
                                .arg(ipv4ToString(address), subnet.name, subnet.firstHost, subnet.lastHost)};
    }
    if (!gateway)
        return;
    if (*gateway == address) {
        problems << Problem{Field::Ip4GatewayAddress,
                            ValidationTr::tr("Gateway address must differ from the IPv4 address "
                                             "(%1); the VM cannot be its own gateway.")
                                .arg(ipv4ToString(address))};
    } else if ((*gateway & subnet.mask) != subnet.network) {
        problems << Problem{Field::Ip4GatewayAddress,
                            ValidationTr::tr("Gateway address %1 is not in the VM's subnet %2; "
                                             "choose a gateway from %3 to %4 or change the prefix "
                                             "length.")
                                .arg(ipv4ToString(*gateway), subnet.name, subnet.firstHost, subnet.lastHost)};
    } else if (*gateway == subnet.network || *gateway == subnet.broadcast) {
        problems << Problem{Field::Ip4GatewayAddress,
                            ValidationTr::tr("Gateway address %1 is the network or broadcast "
                                             "address of %2; choose a gateway from %3 to %4.")
                                .arg(ipv4ToString(*gateway), subnet.name, subnet.firstHost, subnet.lastHost)};
    }
}

// Deploy-Eflow needs all three together ("ip4Address & ip4PrefixLength are required for StaticIP!").
void addStaticIpProblems(Problems &problems, const NetworkSettings &network)
{
    const auto address = usableAddress(problems, Field::Ip4Address, network.ip4Address,
                                       ValidationTr::tr("IPv4 address is required for a static IP."));
    const auto prefix = usablePrefix(problems, network.ip4PrefixLength);
    const auto gateway = usableAddress(problems, Field::Ip4GatewayAddress, network.ip4GatewayAddress,
                                       ValidationTr::tr("Gateway address is required for a static IP."));
    if (address && prefix)
        addSubnetProblems(problems, *address, *prefix, gateway);
}

// Allowed with DHCP too: they are applied afterwards with Set-EflowVmDNSServers (Validation.cpp refuses
// them on 1.1, which has no such cmdlet).
void addDnsProblems(Problems &problems, const QStringList &servers)
{
    QList<quint32> seen;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QString &entry = servers.at(i);
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
}

// ---- the switch to create -------------------------------------------------------------------------

// New-VMSwitch takes the name as typed, and Deploy-Eflow is then given the same name.
void addNewSwitchNameProblems(Problems &problems, const QString &name)
{
    const Field field = Field::NewSwitchName;
    const QString subject = fieldLabel(field);
    if (name.trimmed().isEmpty()) {
        problems << Problem{field, requiredMessage(subject)};
    } else if (name != name.trimmed()) {
        problems << Problem{field,
                            ValidationTr::tr("%1 starts or ends with a space; remove it.").arg(subject)};
    } else if (name.size() > kMaxSwitchNameLength) {
        problems << Problem{field, ValidationTr::tr("%1 is too long: %2 characters; at most %3 are allowed.")
                                       .arg(subject, num(name.size()), num(kMaxSwitchNameLength))};
    }
}

// New-NetIPAddress puts the host address on the switch's adapter; New-NetNat takes its subnet.
void addNatProblems(Problems &problems, const SwitchCreation &creation)
{
    const bool prefixOk =
        creation.prefixLength >= kMinNatPrefixLength && creation.prefixLength <= kMaxNatPrefixLength;
    if (!prefixOk) {
        problems << Problem{
            Field::NewSwitchPrefixLength,
            ValidationTr::tr("NAT prefix length must be between %1 and %2 (e.g. 24 for "
                             "255.255.255.0); %3 was entered.")
                .arg(num(kMinNatPrefixLength), num(kMaxNatPrefixLength), num(creation.prefixLength))};
    }
    const Field field = Field::NewSwitchHostAddress;
    const QString subject = fieldLabel(field);
    quint32 address = 0;
    if (ipv4Issue(creation.hostAddress, subject, &address)) {
        //: %1 is the address as typed
        problems << Problem{field, ValidationTr::tr("Host address '%1' is not an IPv4 address such as "
                                                    "172.20.0.1.")
                                       .arg(creation.hostAddress)};
    } else if (auto reserved = hostAddressIssue(address, subject)) {
        problems << Problem{field, std::move(*reserved)};
    } else if (prefixOk) {
        const Subnet subnet = subnetOf(address, creation.prefixLength);
        if (address == subnet.network || address == subnet.broadcast) {
            problems << Problem{
                field, ValidationTr::tr("Host address %1 is the network or broadcast address "
                                        "of %2; choose an address from %3 to %4.")
                           .arg(ipv4ToString(address), subnet.name, subnet.firstHost, subnet.lastHost)};
        }
    }
}

} // namespace

Problems checkNetwork(const NetworkSettings &network)
{
    Problems problems;
    addSwitchProblems(problems, network);
    if (network.staticIp)
        addStaticIpProblems(problems, network);
    else
        addDhcpProblems(problems, network);
    addDnsProblems(problems, network.dnsServers);
    return problems;
}

Problems checkSwitchChoice(const NetworkSettings &network, const SwitchCreation &creation)
{
    Problems problems;
    if (!creation.create) {
        if (network.staticIp && network.switchName.isEmpty()) {
            problems << Problem{Field::SwitchName,
                                ValidationTr::tr("Switch name is required for a static IP: the Default "
                                                 "Switch always uses DHCP; choose another switch for a "
                                                 "static address.")};
        }
        return problems;
    }
    addNewSwitchNameProblems(problems, creation.name);
    addNatProblems(problems, creation);
    // deploySwitch() gives Deploy-Eflow the network's switch when one is named: it must be the new one.
    const QString chosen = network.switchName.trimmed();
    if (!chosen.isEmpty() && chosen.compare(creation.name.trimmed(), Qt::CaseInsensitive) != 0) {
        problems << Problem{Field::SwitchName,
                            ValidationTr::tr("Switch name '%1' is not the new switch '%2': the VM is "
                                             "deployed on the switch that is created; leave the switch "
                                             "name empty or give the new switch's name.")
                                .arg(chosen, creation.name.trimmed())};
    }
    if (network.switchType == VSwitchType::External) {
        problems << Problem{Field::SwitchType,
                            ValidationTr::tr("Switch type is External, but the new switch '%1' is an "
                                             "Internal switch with NAT; set the switch type to Internal.")
                                .arg(creation.name.trimmed())};
    }
    return problems;
}

} // namespace eflow::plan
