#include "engine/host/RequirementChecks.h"

#include <QStringList>

// Hyper-V: the feature or role, the hypervisor, its services, and nested virtualization.
namespace eflow::host::detail {

// ---- Hyper-V -------------------------------------------------------------------------------------

RequirementCheck checkHyperVFeature(const HostFacts &f, bool *restart)
{
    const QString id = QStringLiteral("hyperv.feature");
    const QString title =
        f.isServer() ? HostRequirementsTr::tr("Hyper-V role") : HostRequirementsTr::tr("Hyper-V feature");
    const QString enableCommand =
        f.isServer() ? QStringLiteral("Install-WindowsFeature -Name Hyper-V -IncludeAllSubFeature "
                                      "-IncludeManagementTools")
                     : QStringLiteral("Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V "
                                      "-All -NoRestart");

    QList<FeatureState> states = {f.hyperV, f.hyperVPowerShell};
    if (!f.isServer())
        states << f.hyperVHypervisor;
    // Deploy-Eflow on Server 2019 also checks VirtualMachinePlatform (#115).
    const bool needsVmp = f.isServer() && f.buildNumber == kMinimumBuild;
    if (needsVmp)
        states << f.virtualMachinePlatform;

    if (f.hyperV == FeatureState::NotAvailable) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr("Hyper-V is not available on this Windows installation (%1).")
                        .arg(f.osCaption),
                    HostRequirementsTr::tr(
                        "Use a Windows edition with Hyper-V: Pro, Enterprise, IoT Enterprise or Server."));
    }
    if (std::any_of(states.cbegin(), states.cend(),
                    [](FeatureState s) { return s == FeatureState::Disabled; })) {
        *restart = true;
        QString fix =
            HostRequirementsTr::tr("The wizard enables it with %1; Windows must restart afterwards.")
                .arg(enableCommand);
        if (needsVmp && f.virtualMachinePlatform == FeatureState::Disabled) {
            fix = HostRequirementsTr::tr(
                      "The wizard enables it with %1 and Enable-WindowsOptionalFeature -Online -FeatureName "
                      "VirtualMachinePlatform; Windows must restart afterwards.")
                      .arg(enableCommand);
        }
        return make(
            id, title, Status::ActionNeeded,
            HostRequirementsTr::tr("Hyper-V is not fully enabled (Hyper-V: %1, management PowerShell: %2).")
                .arg(featureStateText(f.hyperV), featureStateText(f.hyperVPowerShell)),
            fix);
    }
    if (std::any_of(states.cbegin(), states.cend(),
                    [](FeatureState s) { return s == FeatureState::EnablePending; })) {
        *restart = true;
        return make(id, title, Status::ActionNeeded,
                    HostRequirementsTr::tr("Hyper-V has been enabled, but Windows has not restarted since."),
                    HostRequirementsTr::tr("Restart Windows, then run the check again."));
    }
    if (f.hyperV == FeatureState::Unknown)
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The state of Hyper-V")));
    if (std::any_of(states.cbegin(), states.cend(),
                    [](FeatureState s) { return s == FeatureState::Unknown; })) {
        return make(id, title, Status::Warning,
                    HostRequirementsTr::tr(
                        "Hyper-V is enabled; the state of its management tools could not be checked."));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("Hyper-V and its PowerShell module are enabled."));
}

QString nestedFix()
{
    return HostRequirementsTr::tr(
        "Turn on nested virtualization for this VM on its Hyper-V host (Set-VMProcessor -VMName <vm> "
        "-ExposeVirtualizationExtensions $true, with the VM off), or expose hardware-assisted "
        "virtualization to the guest in VMware; on Azure choose a VM size that supports nested "
        "virtualization.");
}

RequirementCheck checkHypervisor(const HostFacts &f)
{
    const QString id = QStringLiteral("hyperv.hypervisor");
    const QString title = HostRequirementsTr::tr("Hypervisor");
    if (f.hypervisorPresent == true)
        return make(id, title, Status::Pass, HostRequirementsTr::tr("The Windows hypervisor is running."));
    if (f.isVirtualMachine && f.hypervisorPresent == false) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "The hypervisor is not running inside this virtual machine (HyperVisorPresent is "
                        "false)."),
                    nestedFix());
    }
    if (f.firmwareVirtualization == false) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr("Virtualization is turned off in the firmware "
                                           "(HyperVRequirementVirtualizationFirmwareEnabled is false)."),
                    HostRequirementsTr::tr(
                        "Turn on Intel VT-x or AMD-V (SVM) in the BIOS/UEFI settings, then start Windows "
                        "again."));
    }
    if (f.hypervisorPresent == false && f.secondLevelAddressTranslation == false) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr(
                "The processor has no second level address translation (SLAT), which Hyper-V "
                "requires."),
            HostRequirementsTr::tr("Use a computer whose processor supports SLAT (Intel EPT or AMD RVI)."));
    }
    if (f.hypervisorPresent == false) {
        if (f.hyperV == FeatureState::Enabled) {
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr(
                            "Hyper-V is enabled but the hypervisor is not running (HyperVisorPresent is "
                            "false)."),
                        HostRequirementsTr::tr(
                            "Run bcdedit /set hypervisorlaunchtype auto in an elevated prompt, check that "
                            "virtualization is on in the BIOS/UEFI settings, and restart Windows."));
        }
        if (f.firmwareVirtualization == true) {
            return make(id, title, Status::Pass,
                        HostRequirementsTr::tr(
                            "Virtualization is on in the firmware; the hypervisor starts once Hyper-V is "
                            "enabled and Windows has restarted."));
        }
    }
    return make(id, title, Status::Unknown,
                couldNotCheck(HostRequirementsTr::tr(
                    "Whether the hypervisor runs or virtualization is on in the firmware")));
}

std::optional<RequirementCheck> checkServices(const HostFacts &f)
{
    // Before Hyper-V is enabled (and Windows restarted) these services do not exist yet; the feature
    // check already says what to do.
    if (f.hyperV != FeatureState::Enabled)
        return std::nullopt;
    const QString id = QStringLiteral("hyperv.services");
    const QString title = HostRequirementsTr::tr("Hyper-V services");
    QStringList missing;
    QStringList stopped;
    QStringList unknown;
    for (const QString &name :
         {QStringLiteral("vmms"), QStringLiteral("vmcompute"), QStringLiteral("hvhost")}) {
        switch (f.serviceState(name)) {
        case ServiceRunState::Running:
            break;
        case ServiceRunState::Stopped:
            stopped << name;
            break;
        case ServiceRunState::Missing:
            missing << name;
            break;
        case ServiceRunState::Unknown:
            unknown << name;
            break;
        }
    }
    const QString sep = QStringLiteral(", ");
    if (!missing.isEmpty()) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("Hyper-V core services are not installed: %1.").arg(missing.join(sep)),
            HostRequirementsTr::tr(
                "Turn Hyper-V off and on again in Windows Features (or reinstall the role), then "
                "restart Windows."));
    }
    if (!stopped.isEmpty()) {
        return make(
            id, title, Status::ActionNeeded,
            HostRequirementsTr::tr("Hyper-V core services are not running: %1.").arg(stopped.join(sep)),
            HostRequirementsTr::tr("Start them with Start-Service %1.").arg(stopped.join(sep)));
    }
    if (!unknown.isEmpty())
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The state of %1").arg(unknown.join(sep))));
    return make(id, title, Status::Pass, HostRequirementsTr::tr("vmms, vmcompute and hvhost are running."));
}

RequirementCheck checkNested(const HostFacts &f)
{
    const QString id = QStringLiteral("nested");
    const QString title = HostRequirementsTr::tr("Virtual machine host");
    if (!f.isVirtualMachine)
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("This computer is not a virtual machine."));
    const QString vendor = f.virtualMachineVendor.isEmpty() ? HostRequirementsTr::tr("an unknown hypervisor")
                                                            : f.virtualMachineVendor;
    if (f.hypervisorPresent == false) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "This computer is a virtual machine on %1 without nested virtualization; EFLOW "
                        "cannot start its VM.")
                        .arg(vendor),
                    nestedFix());
    }
    if (!f.hypervisorPresent) {
        return make(id, title, Status::Unknown,
                    HostRequirementsTr::tr(
                        "This computer is a virtual machine on %1; whether nested virtualization is on "
                        "could not be checked.")
                        .arg(vendor),
                    nestedFix());
    }
    if (f.isAzureVm) {
        return make(id, title, Status::Warning,
                    HostRequirementsTr::tr(
                        "This is an Azure VM with nested virtualization. Azure VMs cannot use an External "
                        "switch; EFLOW needs an Internal switch with NAT."),
                    HostRequirementsTr::tr("Use (or let the wizard create) an Internal switch with NAT."));
    }
    return make(id, title, Status::Warning,
                HostRequirementsTr::tr(
                    "This computer is a virtual machine on %1 with nested virtualization. EFLOW runs, "
                    "but GPU passthrough is not possible and External switches need MAC spoofing or "
                    "promiscuous mode on the outer host.")
                    .arg(vendor));
}

} // namespace eflow::host::detail
