#include "engine/host/HostRequirements.h"

#include <algorithm>

#include <QStringList>

#include "engine/plan/EflowRelease.h"

namespace eflow::host {

namespace {

using Status = RequirementStatus;

constexpr int kMinimumBuild = 17763;      // Windows 10 1809 / Server 2019 (§3.1)
constexpr int kWindows11Build = 22000;    // GPU-PV needs no UBR check from here on
constexpr int kGpuPvWin10Build = 19044;   // Windows 10 21H2 …
constexpr int kGpuPvWin10Ubr = 1620;      // … with UBR 1620 or later (GPU-1.4, §3.4)
constexpr qint64 kMinimumMemoryMb = 1024; // Deploy-Eflow's lower bound for memoryInMB
constexpr qint64 kMinimumDiskMb = 10 * 1024;
// Deploy-Eflow itself refuses with "Not enough disk space" below about 18 GB for the default VHDX
// (ERRS); the VHDX is dynamically expanding, so its maximum size is not what it takes at first.
constexpr qint64 kDefaultVhdxNeedMb = 18 * 1024;
// With -vmDataSize only the data partition changes; the rest of the default need is the OS part
// (inference: 18 GB default need minus the 10 GB default data size).
constexpr qint64 kOsPartNeedMb = 8 * 1024;

QString num(qint64 value)
{
    return QString::number(value);
}

QString gb(qint64 mb)
{
    return QString::number(double(mb) / 1024.0, 'f', 1);
}

RequirementCheck make(const QString &id, const QString &title, Status status, const QString &detail,
                      const QString &fix = QString())
{
    return RequirementCheck{id, title, status, detail, fix};
}

bool isHomeSku(int sku)
{
    // 98 CoreN, 99 CoreCountrySpecific, 100 CoreSingleLanguage, 101 Core (= Home).
    return sku >= 98 && sku <= 101;
}

QString releaseName(plan::EflowRelease release)
{
    return plan::displayName(release);
}

plan::EflowRelease effectiveRelease(const plan::DeploymentPlan &plan)
{
    return plan.release == plan::EflowRelease::Unknown ? plan::defaultRelease() : plan.release;
}

QString couldNotCheck(const QString &what)
{
    //: %1 names the fact, e.g. "the Windows build number"
    return HostRequirementsTr::tr("%1 was not reported, so this could not be checked.").arg(what);
}

// ---- Windows -------------------------------------------------------------------------------------

RequirementCheck checkEdition(const HostFacts &f)
{
    const QString id = QStringLiteral("windows.edition");
    const QString title = HostRequirementsTr::tr("Windows edition");
    const bool homeByCaption = f.osCaption.contains(QLatin1String("Home"), Qt::CaseInsensitive);
    const bool hypervisorMissing = !f.isServer() && (f.hyperVHypervisor == FeatureState::NotAvailable);
    if (isHomeSku(f.operatingSystemSku) || homeByCaption || hypervisorMissing) {
        // WAC's own wording (#25), so that people searching for it find the same answer.
        return make(
            id, title, Status::Fail,
            f.operatingSystemSku < 0
                ? HostRequirementsTr::tr(
                      "Required feature 'Microsoft-Hyper-V-Hypervisor' is not available in this "
                      "Windows edition (%1).")
                      .arg(f.osCaption.isEmpty() ? HostRequirementsTr::tr("unnamed edition") : f.osCaption)
                : HostRequirementsTr::tr(
                      "Required feature 'Microsoft-Hyper-V-Hypervisor' is not available in this "
                      "Windows edition (%1, SKU %2).")
                      .arg(f.osCaption.isEmpty() ? HostRequirementsTr::tr("unnamed edition") : f.osCaption,
                           num(f.operatingSystemSku)),
            HostRequirementsTr::tr(
                "Upgrade to Windows 10 or 11 Pro, Enterprise or IoT Enterprise, or use Windows "
                "Server 2019 or 2022."));
    }
    if (f.osCaption.isEmpty() && f.operatingSystemSku < 0 && f.productType < 0)
        return make(id, title, Status::Unknown, couldNotCheck(HostRequirementsTr::tr("The Windows edition")));
    if (f.isServer()) {
        return make(
            id, title, Status::Pass,
            HostRequirementsTr::tr("%1 is a server edition; EFLOW supports Windows Server 2019 and 2022.")
                .arg(f.osCaption));
    }
    if (f.productType < 0 && f.operatingSystemSku < 0) {
        return make(id, title, Status::Warning,
                    HostRequirementsTr::tr(
                        "%1: the product type and SKU were not reported, so the edition could not be "
                        "confirmed.")
                        .arg(f.osCaption));
    }
    if (f.operatingSystemSku < 0) {
        return make(
            id, title, Status::Pass,
            HostRequirementsTr::tr("%1 has Hyper-V; EFLOW supports Pro, Enterprise and IoT Enterprise.")
                .arg(f.osCaption));
    }
    return make(
        id, title, Status::Pass,
        HostRequirementsTr::tr("%1 (SKU %2) has Hyper-V; EFLOW supports Pro, Enterprise and IoT Enterprise.")
            .arg(f.osCaption, num(f.operatingSystemSku)));
}

RequirementCheck checkBuild(const HostFacts &f)
{
    const QString id = QStringLiteral("windows.build");
    const QString title = HostRequirementsTr::tr("Windows version");
    if (f.buildNumber < 0)
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The Windows build number")));
    const QString build =
        f.ubr >= 0 ? QStringLiteral("%1.%2").arg(num(f.buildNumber), num(f.ubr)) : num(f.buildNumber);
    if (f.buildNumber < kMinimumBuild) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "Windows build %1 is older than build %2 (Windows 10 1809 / Windows Server 2019), "
                        "the oldest that EFLOW supports.")
                        .arg(build, num(kMinimumBuild)),
                    HostRequirementsTr::tr(
                        "Upgrade Windows to build %1 or later and install the latest cumulative updates.")
                        .arg(num(kMinimumBuild)));
    }
    if (f.buildNumber == kMinimumBuild) {
        // Build 17763 has HNS 9.2 (the minimum Deploy-Eflow needs) only with current updates (ERRS).
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr(
                        "Windows build %1 meets the minimum %2; it needs the latest cumulative updates "
                        "for the host network service.")
                        .arg(build, num(kMinimumBuild)));
    }
    return make(
        id, title, Status::Pass,
        HostRequirementsTr::tr("Windows build %1 meets the minimum %2.").arg(build, num(kMinimumBuild)));
}

RequirementCheck checkArchitecture(const HostFacts &f, plan::EflowRelease release)
{
    const QString id = QStringLiteral("architecture");
    const QString title = HostRequirementsTr::tr("Processor architecture");
    const QString arch = f.architecture.trimmed();
    if (arch.isEmpty())
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The processor architecture")));
    if (arch.compare(QLatin1String("AMD64"), Qt::CaseInsensitive) == 0 ||
        arch.compare(QLatin1String("x64"), Qt::CaseInsensitive) == 0) {
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("%1 is supported by every EFLOW release.").arg(arch));
    }
    if (arch.compare(QLatin1String("ARM64"), Qt::CaseInsensitive) == 0) {
        if (release == plan::EflowRelease::Lts1_1) {
            return make(
                id, title, Status::Fail,
                HostRequirementsTr::tr("EFLOW %1 exists for x64 (AMD64) only; this computer is ARM64.")
                    .arg(releaseName(release)),
                HostRequirementsTr::tr("Choose EFLOW 1.4 LTS or 1.5 LTS, which have ARM64 installers."));
        }
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("ARM64 is supported by EFLOW %1.").arg(releaseName(release)));
    }
    return make(id, title, Status::Fail,
                HostRequirementsTr::tr(
                    "Processor architecture %1 is not supported; EFLOW needs x64 (AMD64) or ARM64.")
                    .arg(arch),
                HostRequirementsTr::tr("Use a 64-bit Windows installation."));
}

// ---- PowerShell ----------------------------------------------------------------------------------

RequirementCheck checkElevation(const HostFacts &f)
{
    const QString id = QStringLiteral("elevation");
    const QString title = HostRequirementsTr::tr("Administrator rights");
    if (f.elevated) {
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The PowerShell session runs with administrator rights."));
    }
    // AUTODEPLOY: "Error: This module requires Administrator mode!"
    return make(id, title, Status::Fail,
                HostRequirementsTr::tr(
                    "The PowerShell session does not run with administrator rights; the AzureEFLOW "
                    "module requires an elevated session."),
                HostRequirementsTr::tr(
                    "Run EFLOW Wizard as administrator, or connect to the host with an account in the "
                    "Administrators group."));
}

RequirementCheck checkPowerShellEdition(const HostFacts &f)
{
    const QString id = QStringLiteral("powershell.edition");
    const QString title = HostRequirementsTr::tr("Windows PowerShell");
    const QString version =
        f.psVersion.isEmpty() ? HostRequirementsTr::tr("(version not reported)") : f.psVersion;
    if (f.psEdition.isEmpty())
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The PowerShell edition")));
    if (f.psEdition.compare(QLatin1String("Core"), Qt::CaseInsensitive) == 0) {
        // #42, #94: Deploy-Eflow fails under PowerShell 7 ("The term 'EventLog' is not recognized").
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr(
                "PowerShell %1 (Core) is not supported by the AzureEFLOW module; it needs Windows "
                "PowerShell 5.1.")
                .arg(version),
            HostRequirementsTr::tr("Use powershell.exe (Windows PowerShell 5.1) instead of pwsh.exe."));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("Windows PowerShell %1 (%2) can run the AzureEFLOW module.")
                    .arg(version, f.psEdition));
}

RequirementCheck checkExecutionPolicy(const HostFacts &f)
{
    const QString id = QStringLiteral("powershell.executionPolicy");
    const QString title = HostRequirementsTr::tr("PowerShell execution policy");
    const QString policy = f.executionPolicy.trimmed();
    if (policy.isEmpty())
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The execution policy")));
    // INC-PREREQ / REF-1.4: the LocalMachine policy must be "at least AllSigned", i.e. allow signed
    // scripts to run. The more permissive policies allow them too.
    static const QStringList allowed = {QStringLiteral("AllSigned"), QStringLiteral("RemoteSigned"),
                                        QStringLiteral("Unrestricted"), QStringLiteral("Bypass")};
    if (allowed.contains(policy, Qt::CaseInsensitive)) {
        return make(
            id, title, Status::Pass,
            HostRequirementsTr::tr("The execution policy is %1, which lets the signed AzureEFLOW module run.")
                .arg(policy));
    }
    return make(
        id, title, Status::ActionNeeded,
        HostRequirementsTr::tr("The execution policy is %1; the AzureEFLOW module needs at least AllSigned.")
            .arg(policy),
        HostRequirementsTr::tr(
            "Run Set-ExecutionPolicy -ExecutionPolicy AllSigned -Force in an elevated Windows "
            "PowerShell."));
}

// ---- resources -----------------------------------------------------------------------------------

RequirementCheck checkMemory(const HostFacts &f, const plan::DeploymentPlan &plan, plan::EflowRelease release)
{
    const QString id = QStringLiteral("memory");
    const QString title = HostRequirementsTr::tr("Free memory");
    const qint64 requested =
        plan.vm.memoryMb > 0 ? plan.vm.memoryMb : plan::limitsFor(release).memoryDefaultMb;
    const qint64 needed = std::max(requested, kMinimumMemoryMb);
    if (f.freeMemoryMb < 0)
        return make(id, title, Status::Unknown, couldNotCheck(HostRequirementsTr::tr("The free memory")));
    if (f.freeMemoryMb < kMinimumMemoryMb) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("%1 MB of memory is free; EFLOW needs at least %2 MB free.")
                .arg(num(f.freeMemoryMb), num(kMinimumMemoryMb)),
            HostRequirementsTr::tr("Close applications or stop other virtual machines to free memory."));
    }
    if (f.freeMemoryMb < needed) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr("%1 MB of memory is free; the VM is set to use %2 MB.")
                        .arg(num(f.freeMemoryMb), num(needed)),
                    HostRequirementsTr::tr("Choose at most %1 MB for the VM, or free memory on the host.")
                        .arg(num(f.freeMemoryMb - (f.freeMemoryMb % 2))));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("%1 MB of memory is free; the VM needs %2 MB.")
                    .arg(num(f.freeMemoryMb), num(needed)));
}

RequirementCheck checkCpu(const HostFacts &f, const plan::DeploymentPlan &plan, plan::EflowRelease release)
{
    const QString id = QStringLiteral("cpu");
    const QString title = HostRequirementsTr::tr("Processors");
    const int needed = plan.vm.cpuCount > 0 ? plan.vm.cpuCount : plan::limitsFor(release).cpuDefault;
    if (f.logicalProcessors < 0)
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The number of logical processors")));
    if (needed > f.logicalProcessors) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr(
                "The VM is set to use %1 processors; this computer has %2 logical processors.")
                .arg(num(needed), num(f.logicalProcessors)),
            HostRequirementsTr::tr("Choose at most %1 processors for the VM.").arg(num(f.logicalProcessors)));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("%1 logical processors; the VM uses %2.")
                    .arg(num(f.logicalProcessors), num(needed)));
}

qint64 diskNeedMb(const plan::DeploymentPlan &plan, plan::EflowRelease release)
{
    qint64 need = kDefaultVhdxNeedMb;
    if (plan.vm.diskSizeGb && *plan.vm.diskSizeGb > 0)
        need = qint64(*plan.vm.diskSizeGb) * 1024;
    else if (plan.vm.dataSizeGb && *plan.vm.dataSizeGb > 0 && plan::limitsFor(release).supportsDataSize)
        need = kOsPartNeedMb + qint64(*plan.vm.dataSizeGb) * 1024;
    return std::max(need, kMinimumDiskMb);
}

RequirementCheck checkDisk(const HostFacts &f, const plan::DeploymentPlan &plan, plan::EflowRelease release)
{
    const QString id = QStringLiteral("disk");
    const QString title = HostRequirementsTr::tr("Free disk space");
    const QString drive = f.disk.drive.isEmpty() ? QStringLiteral("C:") : f.disk.drive;
    const qint64 need = diskNeedMb(plan, release);
    if (f.disk.freeMb < 0)
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The free space on drive %1").arg(drive)));
    if (f.disk.freeMb < need) {
        //: %1 drive, %2 and %3 sizes in GB with one decimal
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr("Drive %1 has %2 GB free; the VM's virtual disk needs %3 GB.")
                        .arg(drive, gb(f.disk.freeMb), gb(need)),
                    HostRequirementsTr::tr(
                        "Free space on drive %1, choose a smaller disk, or put the VHDX folder on another "
                        "drive.")
                        .arg(drive));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("Drive %1 has %2 GB free; the VM's virtual disk needs %3 GB.")
                    .arg(drive, gb(f.disk.freeMb), gb(need)));
}

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

// ---- network -------------------------------------------------------------------------------------

RequirementCheck checkSwitch(const HostFacts &f, const plan::DeploymentPlan &plan)
{
    const QString id = QStringLiteral("switch");
    const QString title = HostRequirementsTr::tr("Virtual switch");
    const plan::NetworkSettings &net = plan.network;
    const plan::SwitchCreation &create = plan.switchCreation;
    const QString natFix =
        HostRequirementsTr::tr("Add NAT for the switch's subnet: New-NetNat -Name \"<switch>-NAT\" "
                               "-InternalIPInterfaceAddressPrefix <subnet>/<prefix>.");

    if (create.create) {
        if (f.findSwitch(create.name)) {
            return make(
                id, title, Status::Fail,
                HostRequirementsTr::tr(
                    "A virtual switch named '%1' already exists, so it cannot be created again.")
                    .arg(create.name),
                HostRequirementsTr::tr("Choose the existing switch, or give the new switch another name."));
        }
        return make(id, title, Status::ActionNeeded,
                    HostRequirementsTr::tr(
                        "The Internal switch '%1' does not exist yet; the wizard will create it with "
                        "host address %2/%3 and NAT.")
                        .arg(create.name, create.hostAddress, num(create.prefixLength)),
                    HostRequirementsTr::tr("Nothing to do: the wizard creates the switch before deploying."));
    }

    if (net.switchName.trimmed().isEmpty()) {
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
            return make(
                id, title, Status::ActionNeeded,
                HostRequirementsTr::tr(
                    "Windows Server has no Default Switch and this host has no usable virtual switch."),
                HostRequirementsTr::tr(
                    "Let the wizard create an Internal switch with NAT, or create an External switch "
                    "with New-VMSwitch."));
        }
        if (!f.hasDefaultSwitch() &&
            (f.hyperV == FeatureState::Disabled || f.hyperV == FeatureState::EnablePending) &&
            !net.staticIp) {
            // The Default Switch is part of Hyper-V on client editions: it appears with it.
            return make(
                id, title, Status::ActionNeeded,
                HostRequirementsTr::tr(
                    "The 'Default Switch' appears once Hyper-V is enabled and Windows has restarted."),
                HostRequirementsTr::tr("Nothing to do: enabling Hyper-V brings the Default Switch."));
        }
        if (!f.hasDefaultSwitch()) {
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr(
                            "No virtual switch was chosen and this computer has no 'Default Switch'."),
                        HostRequirementsTr::tr(
                            "Choose an External switch, or restart the Host Network Service to bring the "
                            "Default Switch back."));
        }
        if (net.staticIp) {
            return make(
                id, title, Status::Fail,
                HostRequirementsTr::tr(
                    "Cannot set a static IP address on the Default Switch: it always uses DHCP."),
                HostRequirementsTr::tr("Use DHCP, or choose an External switch for a static address."));
        }
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The VM uses the 'Default Switch' with DHCP."));
    }

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
    if (sw->kind == SwitchKind::Private) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "The virtual switch '%1' is a Private switch; EFLOW supports Internal and External "
                        "switches only.")
                        .arg(sw->name),
                    HostRequirementsTr::tr("Choose an Internal or External switch."));
    }
    if (net.switchType != plan::VSwitchType::Unknown && sw->kind != SwitchKind::Unknown) {
        const SwitchKind wanted =
            net.switchType == plan::VSwitchType::Internal ? SwitchKind::Internal : SwitchKind::External;
        if (wanted != sw->kind) {
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr("The virtual switch '%1' is of type %2, but %3 was chosen.")
                            .arg(sw->name, switchKindKey(sw->kind), switchKindKey(wanted)),
                        HostRequirementsTr::tr("Choose the switch type %1.").arg(switchKindKey(sw->kind)));
        }
    }
    if (sw->isDefaultSwitch && net.staticIp) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "Cannot set a static IP address on the Default Switch: it always uses DHCP."),
                    HostRequirementsTr::tr("Use DHCP, or choose an External switch for a static address."));
    }
    if (sw->kind == SwitchKind::External && f.isAzureVm) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "The virtual switch '%1' is External; Azure VMs cannot use External switches.")
                        .arg(sw->name),
                    HostRequirementsTr::tr("Use an Internal switch with NAT."));
    }
    if (sw->kind == SwitchKind::Internal && !sw->isDefaultSwitch) {
        if (!f.isServer()) {
            // ERRS: "The virtual switch '…' of type 'Internal' is not supported on current host OS".
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr(
                            "The Internal switch '%1' is not supported on Windows client editions; use the "
                            "Default Switch or an External switch.")
                            .arg(sw->name),
                        HostRequirementsTr::tr("Choose the Default Switch or an External switch."));
        }
        if (!sw->hasNat) {
            // AUTODEPLOY treats "Internal switch found. NAT not found." as an error: the VM would have
            // no way out.
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr(
                            "The Internal switch '%1' has no NAT, so the VM could not reach the internet.")
                            .arg(sw->name),
                        natFix);
        }
        if (!net.staticIp) {
            return make(id, title, Status::Warning,
                        HostRequirementsTr::tr(
                            "The Internal switch '%1' (host %2/%3) has NAT but no DHCP server is known; "
                            "without one the VM gets no address.")
                            .arg(sw->name, sw->hostAddress, num(sw->prefixLength)),
                        HostRequirementsTr::tr(
                            "Use a static IP address in %1/%2, or set up a DHCP scope for the switch.")
                            .arg(sw->hostAddress, num(sw->prefixLength)));
        }
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The Internal switch '%1' (host %2/%3) has NAT.")
                        .arg(sw->name, sw->hostAddress, num(sw->prefixLength)));
    }
    if (sw->kind == SwitchKind::External) {
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The External switch '%1' is bound to %2.")
                        .arg(sw->name, sw->netAdapter.isEmpty() ? HostRequirementsTr::tr("an unnamed adapter")
                                                                : sw->netAdapter));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("The virtual switch '%1' exists.").arg(sw->name));
}

// ---- GPU -----------------------------------------------------------------------------------------

RequirementCheck checkGpu(const HostFacts &f, const plan::DeploymentPlan &plan)
{
    const QString id = QStringLiteral("gpu");
    const QString title = HostRequirementsTr::tr("GPU passthrough");
    const plan::GpuSettings &gpu = plan.gpu;
    if (gpu.type == plan::GpuPassthrough::None || gpu.type == plan::GpuPassthrough::Unknown)
        return make(id, title, Status::Pass, HostRequirementsTr::tr("No GPU passthrough was chosen."));

    if (f.isVirtualMachine) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "GPU passthrough is not supported when EFLOW runs inside a virtual machine (nested "
                        "virtualization)."),
                    HostRequirementsTr::tr("Deploy without GPU passthrough, or use a physical host."));
    }
    // Deploy-Eflow compares the caption exactly.
    int available = 0;
    const GpuInfo *match = nullptr;
    QStringList names;
    for (const GpuInfo &g : f.gpus) {
        names << g.name;
        if (g.name == gpu.name) {
            ++available;
            match = &g;
        }
    }
    if (!match) {
        const QString list =
            names.isEmpty() ? HostRequirementsTr::tr("none") : names.join(QStringLiteral(", "));
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("GPU '%1' is not on this host; GPUs found: %2.").arg(gpu.name, list),
            HostRequirementsTr::tr("Choose the GPU name exactly as Windows reports it."));
    }

    if (gpu.type == plan::GpuPassthrough::DirectDeviceAssignment) {
        if (!match->ddaCapable) {
            return make(
                id, title, Status::Fail,
                HostRequirementsTr::tr(
                    "Unsupported DDA type: %1. Direct Device Assignment supports only NVIDIA Tesla "
                    "T4 and A2.")
                    .arg(gpu.name),
                HostRequirementsTr::tr("Use GPU paravirtualization for this GPU, or no passthrough."));
        }
        if (gpu.count > available) {
            return make(id, title, Status::Fail,
                        HostRequirementsTr::tr("Not enough GPUs available: %1 requested, %2 '%3' found.")
                            .arg(num(gpu.count), num(available), gpu.name),
                        HostRequirementsTr::tr("Set the GPU count to at most %1.").arg(num(available)));
        }
        return make(
            id, title, Status::Pass,
            HostRequirementsTr::tr("%1 × '%2' can be assigned to the VM (Direct Device Assignment).")
                .arg(num(gpu.count), gpu.name),
            HostRequirementsTr::tr("Consider installing the GPU vendor's mitigation driver on the host."));
    }

    // ParaVirtualization
    if (f.isServer()) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "GPU paravirtualization is supported on Windows 10 and 11 only, not on Windows "
                        "Server."),
                    HostRequirementsTr::tr(
                        "Use Direct Device Assignment with an NVIDIA T4 or A2, or no passthrough."));
    }
    if (!match->gpuPvCapable) {
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr("The driver of '%1' (version %2) does not support GPU paravirtualization.")
                .arg(gpu.name, match->driverVersion),
            HostRequirementsTr::tr(
                "Install the GPU vendor's driver with WSL support (on Windows 10, also install "
                "WSL)."));
    }
    if (f.buildNumber < 0)
        return make(id, title, Status::Unknown,
                    couldNotCheck(HostRequirementsTr::tr("The Windows build number")));
    const bool buildOk = f.buildNumber >= kWindows11Build || f.buildNumber > kGpuPvWin10Build ||
                         (f.buildNumber == kGpuPvWin10Build && f.ubr >= kGpuPvWin10Ubr);
    if (!buildOk) {
        if (f.buildNumber == kGpuPvWin10Build && f.ubr < 0)
            return make(id, title, Status::Unknown,
                        couldNotCheck(HostRequirementsTr::tr("The Windows update revision (UBR)")));
        return make(
            id, title, Status::Fail,
            HostRequirementsTr::tr(
                "GPU paravirtualization needs Windows 10 build %1.%2 or later, or Windows 11; this "
                "is build %3.%4.")
                .arg(num(kGpuPvWin10Build), num(kGpuPvWin10Ubr), num(f.buildNumber), num(std::max(0, f.ubr))),
            HostRequirementsTr::tr("Install Windows updates."));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("'%1' supports GPU paravirtualization on build %2.")
                    .arg(gpu.name, num(f.buildNumber)));
}

// ---- existing EFLOW ------------------------------------------------------------------------------

RequirementCheck checkEflowInstall(const HostFacts &f, plan::EflowRelease release)
{
    const QString id = QStringLiteral("eflow.install");
    const QString title = HostRequirementsTr::tr("EFLOW installation");
    const EflowInstall &e = f.eflow;
    if (!e.installed) {
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("EFLOW is not installed; the wizard installs %1.")
                        .arg(releaseName(release)));
    }
    const QString product =
        e.productName.isEmpty() ? HostRequirementsTr::tr("Azure IoT Edge") : e.productName;
    if (e.release == plan::EflowRelease::Unknown) {
        return make(
            id, title, Status::Warning,
            HostRequirementsTr::tr("%1 %2 is installed, but its release line could not be determined.")
                .arg(product, e.version));
    }
    if (e.release != release) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "%1 %2 (%3) is installed; this plan uses %4, and two release lines cannot be "
                        "installed together.")
                        .arg(product, e.version, releaseName(e.release), releaseName(release)),
                    HostRequirementsTr::tr(
                        "Uninstall '%1' (Settings > Apps, or msiexec /x), or choose %2 in the settings.")
                        .arg(product, releaseName(e.release)));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("%1 %2 (%3) is already installed; the install step is skipped.")
                    .arg(product, e.version, releaseName(e.release)));
}

RequirementCheck checkExistingVm(const HostFacts &f)
{
    const QString id = QStringLiteral("eflow.vm");
    const QString title = HostRequirementsTr::tr("EFLOW virtual machine");
    if (!f.vm.exists)
        return make(id, title, Status::Pass, HostRequirementsTr::tr("No EFLOW virtual machine exists yet."));
    const QString name = f.vm.name.isEmpty() ? HostRequirementsTr::tr("(unnamed)") : f.vm.name;
    if (f.vm.provisioned == true) {
        return make(id, title, Status::Warning,
                    HostRequirementsTr::tr(
                        "The EFLOW VM %1 is already deployed and provisioned; deploying is skipped.")
                        .arg(name),
                    HostRequirementsTr::tr(
                        "Go on to the device overview, or uninstall EFLOW to start from scratch."));
    }
    return make(
        id, title, Status::Warning,
        HostRequirementsTr::tr("The EFLOW VM %1 is already deployed; deploying is skipped.").arg(name),
        HostRequirementsTr::tr("Go on to Connect to provision it, or uninstall EFLOW to deploy again."));
}

} // namespace

QList<RequirementCheck> TargetEvaluation::failures() const
{
    QList<RequirementCheck> out;
    for (const RequirementCheck &c : checks) {
        if (c.status == Status::Fail)
            out << c;
    }
    return out;
}

QList<RequirementCheck> TargetEvaluation::actions() const
{
    QList<RequirementCheck> out;
    for (const RequirementCheck &c : checks) {
        if (c.status == Status::ActionNeeded)
            out << c;
    }
    return out;
}

const RequirementCheck *TargetEvaluation::find(const QString &id) const
{
    for (const RequirementCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

TargetEvaluation evaluateTarget(const HostFacts &facts, const plan::DeploymentPlan &plan)
{
    const plan::EflowRelease release = effectiveRelease(plan);
    TargetEvaluation e;
    e.checks << checkEdition(facts) << checkBuild(facts) << checkArchitecture(facts, release)
             << checkElevation(facts) << checkPowerShellEdition(facts) << checkExecutionPolicy(facts)
             << checkMemory(facts, plan, release) << checkCpu(facts, plan, release)
             << checkDisk(facts, plan, release) << checkHyperVFeature(facts, &e.restartRequired)
             << checkHypervisor(facts);
    if (auto services = checkServices(facts))
        e.checks << *services;
    e.checks << checkNested(facts) << checkSwitch(facts, plan) << checkGpu(facts, plan)
             << checkEflowInstall(facts, release) << checkExistingVm(facts);

    const QList<RequirementCheck> failed = e.failures();
    const QList<RequirementCheck> todo = e.actions();
    // Only checks that rest on a reported fact count: "not a VM", "no GPU chosen" and "EFLOW not
    // installed" pass on an empty report too, and must not make an empty report look "Supported".
    static const QStringList factChecks = {QStringLiteral("windows.edition"),
                                           QStringLiteral("windows.build"),
                                           QStringLiteral("architecture"),
                                           QStringLiteral("powershell.edition"),
                                           QStringLiteral("memory"),
                                           QStringLiteral("cpu"),
                                           QStringLiteral("disk"),
                                           QStringLiteral("hyperv.feature"),
                                           QStringLiteral("hyperv.hypervisor")};
    const bool anyKnown = std::any_of(e.checks.cbegin(), e.checks.cend(), [](const RequirementCheck &c) {
        return c.status != Status::Unknown && factChecks.contains(c.id);
    });
    const auto unknownCount =
        std::count_if(e.checks.cbegin(), e.checks.cend(),
                      [](const RequirementCheck &c) { return c.status == Status::Unknown; });
    if (!failed.isEmpty()) {
        e.verdict = TargetVerdict::Unsupported;
        //: WAC's wording; %1 is the first failure's sentence
        e.summary = HostRequirementsTr::tr("Unsupported: %1").arg(failed.first().detail);
    } else if (!anyKnown) {
        e.verdict = TargetVerdict::Unknown;
        e.summary = HostRequirementsTr::tr("Unknown: the host did not report enough to be checked.");
    } else if (!todo.isEmpty()) {
        e.verdict = TargetVerdict::SupportedWithActions;
        //: %n is the number of actions, %1 the first one's sentence
        e.summary = HostRequirementsTr::tr("Supported after %n action(s): %1", nullptr, int(todo.size()))
                        .arg(todo.first().detail);
    } else if (unknownCount > 0) {
        e.verdict = TargetVerdict::Supported;
        e.summary =
            HostRequirementsTr::tr("Supported; %n check(s) could not be made.", nullptr, int(unknownCount));
    } else {
        e.verdict = TargetVerdict::Supported;
        e.summary = HostRequirementsTr::tr("Supported");
    }
    return e;
}

QString requirementStatusKey(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Pass:
        return QStringLiteral("pass");
    case RequirementStatus::Warning:
        return QStringLiteral("warning");
    case RequirementStatus::Fail:
        return QStringLiteral("fail");
    case RequirementStatus::ActionNeeded:
        return QStringLiteral("actionNeeded");
    case RequirementStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString targetVerdictKey(TargetVerdict verdict)
{
    switch (verdict) {
    case TargetVerdict::Supported:
        return QStringLiteral("supported");
    case TargetVerdict::SupportedWithActions:
        return QStringLiteral("supportedWithActions");
    case TargetVerdict::Unsupported:
        return QStringLiteral("unsupported");
    case TargetVerdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace eflow::host
