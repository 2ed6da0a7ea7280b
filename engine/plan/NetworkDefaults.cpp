#include "engine/plan/NetworkDefaults.h"

#include <QSet>

#include "engine/plan/Validation.h"

namespace eflow::plan {

namespace {

// Dotted quad only, as the plan's validation reads it (no leading zeros, no short forms).
std::optional<quint32> parseIpv4(QStringView text)
{
    const auto parts = text.trimmed().split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return std::nullopt;
        address = (address << 8) | quint32(value);
    }
    return address;
}

QString ipv4ToText(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((address >> 24) & 0xff)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

} // namespace

std::optional<StaticIpProposal> proposeNatStaticIp(const SwitchCreation &creation,
                                                   const QStringList &usedAddresses)
{
    if (creation.prefixLength < kMinNatPrefixLength || creation.prefixLength > kMaxNatPrefixLength)
        return std::nullopt;
    const std::optional<quint32> gateway = parseIpv4(creation.hostAddress);
    if (!gateway)
        return std::nullopt;
    const quint32 mask = ~quint32(0) << (32 - creation.prefixLength);
    const quint32 network = *gateway & mask;
    const quint32 broadcast = network | ~mask;
    if (*gateway == network || *gateway == broadcast)
        return std::nullopt;

    QSet<quint32> used{*gateway};
    for (const QString &text : usedAddresses) {
        if (const auto address = parseIpv4(text))
            used.insert(*address);
    }
    for (quint32 candidate = network + 1; candidate < broadcast; ++candidate) {
        if (used.contains(candidate))
            continue;
        return StaticIpProposal{ipv4ToText(candidate), creation.prefixLength, ipv4ToText(*gateway)};
    }
    return std::nullopt;
}

} // namespace eflow::plan
