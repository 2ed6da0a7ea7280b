#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "engine/plan/DeploymentPlan.h"

namespace eflow::plan {

// A static IPv4 configuration the wizard proposes for the VM.
struct StaticIpProposal
{
    QString address; // e.g. "172.20.0.2"
    int prefixLength = 0;
    QString gateway; // the new switch's host address, e.g. "172.20.0.1"
};

// Nothing serves DHCP on an Internal switch that the wizard creates with NAT (reference/eflow.md §3.3:
// New-VMSwitch, New-NetIPAddress, New-NetNat), so a VM there needs a static address: the first host
// address of the NAT subnet that is neither the switch's host address (the gateway) nor one of
// usedAddresses (the host's own adapters, as the host facts report them). nullopt when the creation's
// host address or prefix is not usable (plan validation says why) or the subnet has no free address.
std::optional<StaticIpProposal> proposeNatStaticIp(const SwitchCreation &creation,
                                                   const QStringList &usedAddresses);

} // namespace eflow::plan
