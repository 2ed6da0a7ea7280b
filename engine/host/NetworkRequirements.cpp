#include "engine/host/RequirementChecks.h"

#include <QStringList>

// The virtual switch the VM is deployed on.
namespace eflow::host::detail {

namespace {

// Deploy-Eflow refuses it ("Cannot set Static IP on ICS type virtual switch"), whether the Default
// Switch is chosen by name or by leaving the name empty.
RequirementCheck staticIpOnDefaultSwitch(const QString &id, const QString &title)
{
    return make(
        id, title, Status::Fail,
        HostRequirementsTr::tr("Cannot set a static IP address on the Default Switch: it always uses DHCP."),
        HostRequirementsTr::tr("Use DHCP, or choose an External switch for a static address."));
}

// The switch the wizard creates before deploying: it must not exist yet.
RequirementCheck switchToCreate(const HostFacts &f, const plan::SwitchCreation &create, const QString &id,
                                const QString &title)
{
    if (f.findSwitch(create.name)) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr(
                "A virtual switch named '%1' already exists, so it cannot be created again.")
                .arg(create.name),
            HostRequirementsTr::tr("Choose the existing switch, or give the new switch another name."));
    }
    return make(
        id, title, Status::ActionNeeded,
        HostRequirementsTr::tr("The Internal switch '%1' does not exist yet; the wizard will create it with "
                               "host address %2/%3 and NAT.")
            .arg(create.name, create.hostAddress, num(create.prefixLength)),
        HostRequirementsTr::tr("Nothing to do: the wizard creates the switch before deploying."));
}

// No switch named: the Default Switch on client editions; Windows Server has none.
RequirementCheck noSwitchChosen(const HostFacts &f, const plan::NetworkSettings &net, const QString &id,
                                const QString &title)
{
    if (f.isServer()) {
        // Not a limit of the host but a choice still open in the plan: the wizard can use an existing
        // switch or create one.
        QStringList usable;
        for (const VirtualSwitch &sw : f.switches) {
            if (sw.kind == SwitchKind::External || (sw.kind == SwitchKind::Internal && sw.hasNat))
                usable << QStringLiteral("'%1'").arg(sw.name);
        }
        if (!usable.isEmpty()) {
            return make(id, title, Status::ActionNeeded,
                        HostRequirementsTr::tr(
                            "Windows Server has no Default Switch; EFLOW needs a named switch, and none "
                            "was chosen."),
                        HostRequirementsTr::tr(
                            "Choose one of the existing switches (%1), or let the wizard create an "
                            "Internal switch with NAT.")
                            .arg(usable.join(QStringLiteral(", "))));
        }
        return make(id, title, Status::ActionNeeded,
                    HostRequirementsTr::tr(
                        "Windows Server has no Default Switch and this host has no usable virtual switch."),
                    HostRequirementsTr::tr(
                        "Let the wizard create an Internal switch with NAT, or create an External switch "
                        "with New-VMSwitch."));
    }
    if (!f.hasDefaultSwitch() &&
        (f.hyperV == FeatureState::Disabled || f.hyperV == FeatureState::EnablePending) && !net.staticIp) {
        // The Default Switch is part of Hyper-V on client editions: it appears with it.
        return make(id, title, Status::ActionNeeded,
                    HostRequirementsTr::tr(
                        "The 'Default Switch' appears once Hyper-V is enabled and Windows has restarted."),
                    HostRequirementsTr::tr("Nothing to do: enabling Hyper-V brings the Default Switch."));
    }
    if (!f.hasDefaultSwitch()) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("No virtual switch was chosen and this computer has no 'Default Switch'."),
            HostRequirementsTr::tr(
                "Choose an External switch, or restart the Host Network Service to bring the "
                "Default Switch back."));
    }
    if (net.staticIp) {
        return staticIpOnDefaultSwitch(id, title);
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("The VM uses the 'Default Switch' with DHCP."));
}

// A switch of the host, named in the plan: its type must suit EFLOW and the host.
RequirementCheck chosenSwitch(const HostFacts &f, const plan::NetworkSettings &net, const VirtualSwitch &sw,
                              const QString &id, const QString &title)
{
    const QString natFix =
        HostRequirementsTr::tr("Add NAT for the switch's subnet: New-NetNat -Name \"<switch>-NAT\" "
                               "-InternalIPInterfaceAddressPrefix <subnet>/<prefix>.");
    if (sw.kind == SwitchKind::Private) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "The virtual switch '%1' is a Private switch; EFLOW supports Internal and External "
                        "switches only.")
                        .arg(sw.name),
                    HostRequirementsTr::tr("Choose an Internal or External switch."));
    }
    if (net.switchType != plan::VSwitchType::Unknown && sw.kind != SwitchKind::Unknown) {
        const SwitchKind wanted =
            net.switchType == plan::VSwitchType::Internal ? SwitchKind::Internal : SwitchKind::External;
        if (wanted != sw.kind) {
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr("The virtual switch '%1' is of type %2, but %3 was chosen.")
                            .arg(sw.name, switchKindKey(sw.kind), switchKindKey(wanted)),
                        HostRequirementsTr::tr("Choose the switch type %1.").arg(switchKindKey(sw.kind)));
        }
    }
    if (sw.isDefaultSwitch && net.staticIp) {
        return staticIpOnDefaultSwitch(id, title);
    }
    if (sw.kind == SwitchKind::External && f.isAzureVm) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "The virtual switch '%1' is External; Azure VMs cannot use External switches.")
                        .arg(sw.name),
                    HostRequirementsTr::tr("Use an Internal switch with NAT."));
    }
    if (sw.kind == SwitchKind::Internal && !sw.isDefaultSwitch) {
        if (!f.isServer()) {
            // ERRS: "The virtual switch '…' of type 'Internal' is not supported on current host OS".
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr(
                            "The Internal switch '%1' is not supported on Windows client editions; use the "
                            "Default Switch or an External switch.")
                            .arg(sw.name),
                        HostRequirementsTr::tr("Choose the Default Switch or an External switch."));
        }
        if (!sw.hasNat) {
            // AUTODEPLOY treats "Internal switch found. NAT not found." as an error: the VM would have
            // no way out.
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr(
                            "The Internal switch '%1' has no NAT, so the VM could not reach the internet.")
                            .arg(sw.name),
                        natFix);
        }
        if (!net.staticIp) {
            return make(id, title, Status::Warning,
                        HostRequirementsTr::tr(
                            "The Internal switch '%1' (host %2/%3) has NAT but no DHCP server is known; "
                            "without one the VM gets no address.")
                            .arg(sw.name, sw.hostAddress, num(sw.prefixLength)),
                        HostRequirementsTr::tr(
                            "Use a static IP address in %1/%2, or set up a DHCP scope for the switch.")
                            .arg(sw.hostAddress, num(sw.prefixLength)));
        }
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The Internal switch '%1' (host %2/%3) has NAT.")
                        .arg(sw.name, sw.hostAddress, num(sw.prefixLength)));
    }
    if (sw.kind == SwitchKind::External) {
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The External switch '%1' is bound to %2.")
                        .arg(sw.name, sw.netAdapter.isEmpty() ? HostRequirementsTr::tr("an unnamed adapter")
                                                              : sw.netAdapter));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("The virtual switch '%1' exists.").arg(sw.name));
}

} // namespace

RequirementCheck checkSwitch(const HostFacts &f, const plan::DeploymentPlan &plan)
{
    const QString id = QStringLiteral("switch");
    const QString title = HostRequirementsTr::tr("Virtual switch");
    const plan::NetworkSettings &net = plan.network;
    if (plan.switchCreation.create)
        return switchToCreate(f, plan.switchCreation, id, title);
    if (net.switchName.trimmed().isEmpty())
        return noSwitchChosen(f, net, id, title);
    const VirtualSwitch *sw = f.findSwitch(net.switchName);
    if (!sw) {
        QStringList names;
        for (const VirtualSwitch &s : f.switches)
            names << s.name;
        const QString list =
            names.isEmpty() ? HostRequirementsTr::tr("none") : names.join(QStringLiteral(", "));
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("The virtual switch '%1' was not found on this host; switches found: %2.")
                .arg(net.switchName, list),
            HostRequirementsTr::tr("Choose one of the existing switches, or create the switch first."));
    }
    return chosenSwitch(f, net, *sw, id, title);
}

} // namespace eflow::host::detail
