#include "engine/host/RequirementChecks.h"

#include <algorithm>

#include <QStringList>

// Windows itself (edition, build, architecture, elevation, PowerShell) and the resources the VM
// takes from it (memory, processors, disk).
namespace eflow::host::detail {

namespace {

constexpr qint64 kMinimumMemoryMb = 1024; // Deploy-Eflow's lower bound for memoryInMB
constexpr qint64 kMinimumDiskMb = 10 * 1024;
// Deploy-Eflow itself refuses with "Not enough disk space" below about 18 GB for the default VHDX
// (ERRS); the VHDX is dynamically expanding, so its maximum size is not what it takes at first.
constexpr qint64 kDefaultVhdxNeedMb = 18 * 1024;
// With -vmDataSize only the data partition changes; the rest of the default need is the OS part
// (inference: 18 GB default need minus the 10 GB default data size).
constexpr qint64 kOsPartNeedMb = 8 * 1024;

bool isHomeSku(int sku)
{
    // 98 CoreN, 99 CoreCountrySpecific, 100 CoreSingleLanguage, 101 Core (= Home).
    return sku >= 98 && sku <= 101;
}

} // namespace

// ---- Windows -------------------------------------------------------------------------------------

RequirementCheck checkEdition(const HostFacts &f)
{
    const QString id = QStringLiteral("windows.edition");
    const QString title = HostRequirementsTr::tr("Windows edition");
    // The SKU decides; "Home" in the caption is only a second sign, since Windows may translate the
    // caption ("Famille" on a French Windows): a Home edition in any language has its SKU (issue 17).
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
    const QString scope = f.executionPolicyScope.isEmpty() ? HostRequirementsTr::tr("an unknown scope")
                                                           : f.executionPolicyScope;
    // The wizard's sessions need to load the AzureEFLOW module without a question: Bypass, Unrestricted
    // and RemoteSigned let a signed module from the local disk run. AllSigned runs it only once its
    // publisher is trusted, which Windows asks about and a non-interactive session cannot answer;
    // Restricted runs no module at all. Only Group Policy can override the wizard's own Bypass.
    static const QStringList allowed = {QStringLiteral("RemoteSigned"), QStringLiteral("Unrestricted"),
                                        QStringLiteral("Bypass")};
    if (allowed.contains(policy, Qt::CaseInsensitive)) {
        //: %1 policy, %2 the scope that sets it (MachinePolicy, Process, LocalMachine, …)
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("The wizard's PowerShell sessions run under %1 (set by %2), which "
                                           "lets the signed AzureEFLOW module load.")
                        .arg(policy, scope));
    }
    const bool groupPolicy = scope == QLatin1String("MachinePolicy") || scope == QLatin1String("UserPolicy");
    const QString fix =
        groupPolicy
            ? HostRequirementsTr::tr("A Group Policy sets it: ask its administrator to allow RemoteSigned on "
                                     "this host (Computer Configuration > Administrative Templates > Windows "
                                     "Components > Windows PowerShell > Turn on Script Execution).")
            : HostRequirementsTr::tr(
                  "Run Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine "
                  "-Force in an elevated Windows PowerShell.");
    if (policy.compare(QLatin1String("AllSigned"), Qt::CaseInsensitive) == 0) {
        return make(
            id, title, Status::ActionNeeded,
            HostRequirementsTr::tr("The wizard's PowerShell sessions run under AllSigned (set by %1): "
                                   "Windows asks whether to trust the AzureEFLOW module's publisher, and "
                                   "a session without a console cannot answer, so the module does not "
                                   "load.")
                .arg(scope),
            fix);
    }
    return make(
        id, title, Status::ActionNeeded,
        HostRequirementsTr::tr("The wizard's PowerShell sessions run under %1 (set by %2), under which "
                               "the AzureEFLOW module cannot load.")
            .arg(policy, scope),
        fix);
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

} // namespace eflow::host::detail
