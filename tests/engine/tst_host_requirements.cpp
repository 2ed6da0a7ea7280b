#include <functional>

#include <QtTest>

#include "engine/host/HostRequirements.h"

using namespace eflow::host;
using namespace eflow::plan;

namespace {

using Status = RequirementStatus;
using Verdict = TargetVerdict;

// A Windows 11 Pro desktop that passes everything, and a plan that fits it.
HostFacts goodClient()
{
    HostFacts f;
    f.computerName = QStringLiteral("NUC");
    f.osCaption = QStringLiteral("Microsoft Windows 11 Pro");
    f.osVersion = QStringLiteral("10.0.22631");
    f.buildNumber = 22631;
    f.ubr = 2506;
    f.operatingSystemSku = 48;
    f.productType = 1;
    f.architecture = QStringLiteral("AMD64");
    f.totalMemoryMb = 16384;
    f.freeMemoryMb = 8192;
    f.logicalProcessors = 8;
    f.disk = DiskInfo{QStringLiteral("C:"), 100000, 500000};
    f.hyperV = FeatureState::Enabled;
    f.hyperVPowerShell = FeatureState::Enabled;
    f.hyperVHypervisor = FeatureState::Enabled;
    f.openSshClient = FeatureState::Enabled;
    f.hypervisorPresent = true;
    f.firmwareVirtualization = true;
    f.secondLevelAddressTranslation = true;
    f.services = {HostService{QStringLiteral("vmms"), ServiceRunState::Running},
                  HostService{QStringLiteral("vmcompute"), ServiceRunState::Running},
                  HostService{QStringLiteral("hvhost"), ServiceRunState::Running}};
    f.switches = {VirtualSwitch{QStringLiteral("Default Switch"), SwitchKind::Internal, QString(), true, true,
                                QStringLiteral("172.30.0.1"), 20}};
    f.gpus = {GpuInfo{QStringLiteral("Intel(R) Iris(R) Xe Graphics"), QStringLiteral("31.0.101.4502"), false,
                      true}};
    f.elevated = true;
    f.executionPolicy = QStringLiteral("Bypass"); // the wizard's own -ExecutionPolicy Bypass
    f.executionPolicyScope = QStringLiteral("Process");
    f.psEdition = QStringLiteral("Desktop");
    f.psVersion = QStringLiteral("5.1.22621.2506");
    return f;
}

void makeServer2022(HostFacts &f)
{
    f.osCaption = QStringLiteral("Microsoft Windows Server 2022 Datacenter");
    f.osVersion = QStringLiteral("10.0.20348");
    f.buildNumber = 20348;
    f.ubr = 2113;
    f.operatingSystemSku = 8;
    f.productType = 3;
    f.hyperVHypervisor = FeatureState::Unknown; // does not exist on Server (#25)
    f.switches.clear();
    f.gpus = {GpuInfo{QStringLiteral("NVIDIA Tesla T4"), QStringLiteral("31.0.15.1601"), true, false}};
}

DeploymentPlan goodPlan()
{
    DeploymentPlan p;
    p.release = EflowRelease::Lts1_5;
    p.eulaAccepted = true;
    p.vm.cpuCount = 2;
    p.vm.memoryMb = 2048;
    return p;
}

VirtualSwitch externalSwitch(const QString &name)
{
    return VirtualSwitch{
        name, SwitchKind::External, QStringLiteral("Intel(R) I219-V"), false, false, QString(), 0};
}

using Tweak = std::function<void(HostFacts &, DeploymentPlan &)>;

struct Row
{
    const char *name;
    Tweak tweak;
    Verdict verdict;
    const char *checkId;
    Status status;
    const char *fragment; // in the check's detail (or fix); empty: not checked
};

void useInternalSwitch(HostFacts &f, DeploymentPlan &p, bool nat)
{
    f.switches << VirtualSwitch{QStringLiteral("EFLOW-Int"),
                                SwitchKind::Internal,
                                QString(),
                                false,
                                nat,
                                QStringLiteral("172.20.0.1"),
                                24};
    p.network.switchName = QStringLiteral("EFLOW-Int");
    p.network.switchType = VSwitchType::Internal;
    p.network.staticIp = true;
    p.network.ip4Address = QStringLiteral("172.20.0.2");
    p.network.ip4PrefixLength = 24;
    p.network.ip4GatewayAddress = QStringLiteral("172.20.0.1");
}

void useGpuPv(HostFacts &, DeploymentPlan &p)
{
    p.gpu.type = GpuPassthrough::ParaVirtualization;
    p.gpu.name = QStringLiteral("Intel(R) Iris(R) Xe Graphics");
    p.gpu.count = 1;
}

const QList<Row> &rows()
{
    static const QList<Row> table = {
        {"good client", [](HostFacts &, DeploymentPlan &) {}, Verdict::Supported, "windows.edition",
         Status::Pass, "Windows 11 Pro"},
        {"Windows 10 Home",
         [](HostFacts &f, DeploymentPlan &) {
             f.osCaption = QStringLiteral("Microsoft Windows 10 Home");
             f.operatingSystemSku = 101;
             f.hyperV = FeatureState::NotAvailable;
             f.hyperVHypervisor = FeatureState::NotAvailable;
         },
         Verdict::Unsupported, "windows.edition", Status::Fail,
         "Required feature 'Microsoft-Hyper-V-Hypervisor' is not available in this Windows edition"},
        {"Home by SKU only",
         [](HostFacts &f, DeploymentPlan &) {
             f.osCaption = QStringLiteral("Microsoft Windows 11 Famille");
             f.operatingSystemSku = 101;
         },
         Verdict::Unsupported, "windows.edition", Status::Fail, "SKU 101"},
        {"edition without SKU", [](HostFacts &f, DeploymentPlan &) { f.operatingSystemSku = -1; },
         Verdict::Supported, "windows.edition", Status::Pass, "Microsoft Windows 11 Pro has Hyper-V"},
        {"build 17134", [](HostFacts &f, DeploymentPlan &) { f.buildNumber = 17134; }, Verdict::Unsupported,
         "windows.build", Status::Fail, "17134"},
        {"build 17763 passes", [](HostFacts &f, DeploymentPlan &) { f.buildNumber = 17763; },
         Verdict::Supported, "windows.build", Status::Pass, "17763"},
        {"build not reported", [](HostFacts &f, DeploymentPlan &) { f.buildNumber = -1; }, Verdict::Supported,
         "windows.build", Status::Unknown, "could not be checked"},
        {"Server 2019 with Internal NAT switch",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             f.osCaption = QStringLiteral("Microsoft Windows Server 2019 Standard");
             f.buildNumber = 17763;
             f.operatingSystemSku = 7;
             f.virtualMachinePlatform = FeatureState::Enabled;
             useInternalSwitch(f, p, true);
         },
         Verdict::Supported, "switch", Status::Pass, "has NAT"},
        {"Server 2019 without VirtualMachinePlatform",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             f.buildNumber = 17763;
             f.virtualMachinePlatform = FeatureState::Disabled;
             useInternalSwitch(f, p, true);
         },
         Verdict::SupportedWithActions, "hyperv.feature", Status::ActionNeeded, "VirtualMachinePlatform"},
        {"Server 2022 without a switch", [](HostFacts &f, DeploymentPlan &) { makeServer2022(f); },
         Verdict::SupportedWithActions, "switch", Status::ActionNeeded, "no Default Switch"},
        {"Server 2022, wizard creates the switch",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             p.switchCreation =
                 SwitchCreation{true, QStringLiteral("EFLOW-Internal"), QStringLiteral("172.20.0.1"), 24};
         },
         Verdict::SupportedWithActions, "switch", Status::ActionNeeded, "will create it"},
        {"switch to create already exists",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, true);
             p.switchCreation =
                 SwitchCreation{true, QStringLiteral("eflow-int"), QStringLiteral("172.20.0.1"), 24};
         },
         Verdict::Unsupported, "switch", Status::Fail, "already exists"},
        {"Server Internal switch without NAT",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, false);
         },
         Verdict::Unsupported, "switch", Status::Fail, "has no NAT"},
        {"Server Internal switch with NAT but DHCP",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, true);
             p.network.staticIp = false;
         },
         Verdict::Supported, "switch", Status::Warning, "DHCP"},
        {"client Internal custom switch",
         [](HostFacts &f, DeploymentPlan &p) { useInternalSwitch(f, p, true); }, Verdict::Unsupported,
         "switch", Status::Fail, "not supported on Windows client editions"},
        {"chosen switch missing",
         [](HostFacts &, DeploymentPlan &p) {
             p.network.switchName = QStringLiteral("EFLOW-Ext");
             p.network.switchType = VSwitchType::External;
         },
         Verdict::Unsupported, "switch", Status::Fail, "'EFLOW-Ext' was not found"},
        {"switch type differs",
         [](HostFacts &f, DeploymentPlan &p) {
             f.switches << externalSwitch(QStringLiteral("EFLOW-Ext"));
             p.network.switchName = QStringLiteral("EFLOW-Ext");
             p.network.switchType = VSwitchType::Internal;
         },
         Verdict::Unsupported, "switch", Status::Fail, "of type External"},
        {"External switch",
         [](HostFacts &f, DeploymentPlan &p) {
             f.switches << externalSwitch(QStringLiteral("EFLOW-Ext"));
             p.network.switchName = QStringLiteral("eflow-ext");
             p.network.switchType = VSwitchType::External;
         },
         Verdict::Supported, "switch", Status::Pass, "Intel(R) I219-V"},
        {"Private switch",
         [](HostFacts &f, DeploymentPlan &p) {
             f.switches << VirtualSwitch{
                 QStringLiteral("Lab"), SwitchKind::Private, QString(), false, false, QString(), 0};
             p.network.switchName = QStringLiteral("Lab");
         },
         Verdict::Unsupported, "switch", Status::Fail, "Private"},
        {"static IP on Default Switch",
         [](HostFacts &, DeploymentPlan &p) {
             p.network.staticIp = true;
             p.network.ip4Address = QStringLiteral("172.30.0.5");
         },
         Verdict::Unsupported, "switch", Status::Fail, "Default Switch"},
        {"client without Default Switch", [](HostFacts &f, DeploymentPlan &) { f.switches.clear(); },
         Verdict::Unsupported, "switch", Status::Fail, "no 'Default Switch'"},
        {"ARM64 on 1.1",
         [](HostFacts &f, DeploymentPlan &p) {
             f.architecture = QStringLiteral("ARM64");
             p.release = EflowRelease::Lts1_1;
         },
         Verdict::Unsupported, "architecture", Status::Fail, "x64 (AMD64) only"},
        {"ARM64 on 1.5", [](HostFacts &f, DeploymentPlan &) { f.architecture = QStringLiteral("ARM64"); },
         Verdict::Supported, "architecture", Status::Pass, "ARM64"},
        {"not elevated", [](HostFacts &f, DeploymentPlan &) { f.elevated = false; }, Verdict::Unsupported,
         "elevation", Status::Fail, "administrator"},
        {"PowerShell 7",
         [](HostFacts &f, DeploymentPlan &) {
             f.psEdition = QStringLiteral("Core");
             f.psVersion = QStringLiteral("7.4.1");
         },
         Verdict::Unsupported, "powershell.edition", Status::Fail, "PowerShell 7.4.1 (Core)"},
        {"execution policy Restricted by Group Policy",
         [](HostFacts &f, DeploymentPlan &) {
             f.executionPolicy = QStringLiteral("Restricted");
             f.executionPolicyScope = QStringLiteral("MachinePolicy");
         },
         Verdict::SupportedWithActions, "powershell.executionPolicy", Status::ActionNeeded,
         "A Group Policy sets it"},
        {"execution policy Restricted on the machine, no Bypass",
         [](HostFacts &f, DeploymentPlan &) {
             f.executionPolicy = QStringLiteral("Restricted");
             f.executionPolicyScope = QStringLiteral("LocalMachine");
         },
         Verdict::SupportedWithActions, "powershell.executionPolicy", Status::ActionNeeded,
         "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force"},
        // AllSigned asks whether to trust the module's publisher; a session with no console cannot answer.
        {"execution policy AllSigned is not a pass",
         [](HostFacts &f, DeploymentPlan &) {
             f.executionPolicy = QStringLiteral("AllSigned");
             f.executionPolicyScope = QStringLiteral("UserPolicy");
         },
         Verdict::SupportedWithActions, "powershell.executionPolicy", Status::ActionNeeded,
         "cannot answer, so the module does not load"},
        {"execution policy RemoteSigned for the current user",
         [](HostFacts &f, DeploymentPlan &) {
             f.executionPolicy = QStringLiteral("RemoteSigned");
             f.executionPolicyScope = QStringLiteral("CurrentUser");
         },
         Verdict::Supported, "powershell.executionPolicy", Status::Pass, "RemoteSigned (set by CurrentUser)"},
        {"less free memory than the VM", [](HostFacts &f, DeploymentPlan &) { f.freeMemoryMb = 1500; },
         Verdict::Unsupported, "memory", Status::Fail,
         "1500 MB of memory is free; the VM is set to use 2048 MB"},
        {"below 1024 MB free",
         [](HostFacts &f, DeploymentPlan &p) {
             f.freeMemoryMb = 900;
             p.vm.memoryMb = 0;
         },
         Verdict::Unsupported, "memory", Status::Fail, "at least 1024 MB"},
        {"default memory fits",
         [](HostFacts &f, DeploymentPlan &p) {
             f.freeMemoryMb = 1100;
             p.vm.memoryMb = 0;
         },
         Verdict::Supported, "memory", Status::Pass, "the VM needs 1024 MB"},
        {"free memory not reported", [](HostFacts &f, DeploymentPlan &) { f.freeMemoryMb = -1; },
         Verdict::Supported, "memory", Status::Unknown, "could not be checked"},
        {"more CPUs than the host", [](HostFacts &, DeploymentPlan &p) { p.vm.cpuCount = 16; },
         Verdict::Unsupported, "cpu", Status::Fail, "16 processors; this computer has 8"},
        {"default disk needs 18 GB", [](HostFacts &f, DeploymentPlan &) { f.disk.freeMb = 12000; },
         Verdict::Unsupported, "disk", Status::Fail, "11.7 GB free; the VM's virtual disk needs 18.0 GB"},
        {"explicit disk size too big",
         [](HostFacts &f, DeploymentPlan &p) {
             f.disk.freeMb = 25000;
             p.vm.diskSizeGb = 29;
         },
         Verdict::Unsupported, "disk", Status::Fail, "needs 29.0 GB"},
        {"small data size fits",
         [](HostFacts &f, DeploymentPlan &p) {
             f.disk.freeMb = 12000;
             p.vm.dataSizeGb = 2;
         },
         Verdict::Supported, "disk", Status::Pass, "needs 10.0 GB"},
        {"Hyper-V disabled",
         [](HostFacts &f, DeploymentPlan &) {
             f.hyperV = FeatureState::Disabled;
             f.hyperVPowerShell = FeatureState::Disabled;
             f.hyperVHypervisor = FeatureState::Disabled;
             f.hypervisorPresent = false;
             f.services.clear();
         },
         Verdict::SupportedWithActions, "hyperv.feature", Status::ActionNeeded, "restart"},
        {"Hyper-V enable pending",
         [](HostFacts &f, DeploymentPlan &) {
             f.hyperV = FeatureState::EnablePending;
             f.hypervisorPresent = false;
         },
         Verdict::SupportedWithActions, "hyperv.feature", Status::ActionNeeded, "Restart Windows"},
        {"Server without the Hyper-V role",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, true);
             f.hyperV = FeatureState::Disabled;
             f.hypervisorPresent = false;
         },
         Verdict::SupportedWithActions, "hyperv.feature", Status::ActionNeeded, "Install-WindowsFeature"},
        {"virtualization off in firmware",
         [](HostFacts &f, DeploymentPlan &) {
             f.hyperV = FeatureState::Disabled;
             f.hypervisorPresent = false;
             f.firmwareVirtualization = false;
         },
         Verdict::Unsupported, "hyperv.hypervisor", Status::Fail, "BIOS"},
        {"hypervisor not launched",
         [](HostFacts &f, DeploymentPlan &) {
             f.hypervisorPresent = false;
             f.firmwareVirtualization = true;
         },
         Verdict::Unsupported, "hyperv.hypervisor", Status::Fail, "bcdedit"},
        {"no SLAT",
         [](HostFacts &f, DeploymentPlan &) {
             f.hyperV = FeatureState::Disabled;
             f.hypervisorPresent = false;
             f.secondLevelAddressTranslation = false;
         },
         Verdict::Unsupported, "hyperv.hypervisor", Status::Fail, "SLAT"},
        {"vmms stopped",
         [](HostFacts &f, DeploymentPlan &) { f.services[0].state = ServiceRunState::Stopped; },
         Verdict::SupportedWithActions, "hyperv.services", Status::ActionNeeded, "Start-Service vmms"},
        {"vmcompute missing",
         [](HostFacts &f, DeploymentPlan &) { f.services[1].state = ServiceRunState::Missing; },
         Verdict::Unsupported, "hyperv.services", Status::Fail, "vmcompute"},
        {"services not reported", [](HostFacts &f, DeploymentPlan &) { f.services.clear(); },
         Verdict::Supported, "hyperv.services", Status::Unknown, "could not be checked"},
        {"nested VM without nested virtualization",
         [](HostFacts &f, DeploymentPlan &) {
             f.isVirtualMachine = true;
             f.virtualMachineVendor = QStringLiteral("Microsoft Hyper-V");
             f.hypervisorPresent = false;
         },
         Verdict::Unsupported, "nested", Status::Fail,
         "Set-VMProcessor -VMName <vm> -ExposeVirtualizationExtensions $true"},
        {"nested VM with nested virtualization",
         [](HostFacts &f, DeploymentPlan &) {
             f.isVirtualMachine = true;
             f.virtualMachineVendor = QStringLiteral("VMware");
         },
         Verdict::Supported, "nested", Status::Warning, "VMware"},
        {"Azure VM warns about External switches",
         [](HostFacts &f, DeploymentPlan &) {
             f.isVirtualMachine = true;
             f.isAzureVm = true;
         },
         Verdict::Supported, "nested", Status::Warning, "cannot use an External"},
        {"Azure VM with an External switch",
         [](HostFacts &f, DeploymentPlan &p) {
             f.isVirtualMachine = true;
             f.isAzureVm = true;
             f.switches << externalSwitch(QStringLiteral("Ext"));
             p.network.switchName = QStringLiteral("Ext");
         },
         Verdict::Unsupported, "switch", Status::Fail, "Azure VMs cannot use External"},
        {"GPU-PV under nested virtualization",
         [](HostFacts &f, DeploymentPlan &p) {
             f.isVirtualMachine = true;
             useGpuPv(f, p);
         },
         Verdict::Unsupported, "gpu", Status::Fail, "nested"},
        {"GPU-PV on Windows 11", useGpuPv, Verdict::Supported, "gpu", Status::Pass, "build 22631"},
        {"GPU-PV on 19044.1620",
         [](HostFacts &f, DeploymentPlan &p) {
             useGpuPv(f, p);
             f.buildNumber = 19044;
             f.ubr = 1620;
         },
         Verdict::Supported, "gpu", Status::Pass, ""},
        {"GPU-PV on 19044.1619",
         [](HostFacts &f, DeploymentPlan &p) {
             useGpuPv(f, p);
             f.buildNumber = 19044;
             f.ubr = 1619;
         },
         Verdict::Unsupported, "gpu", Status::Fail, "19044.1620"},
        {"GPU-PV on 19045 (#259)",
         [](HostFacts &f, DeploymentPlan &p) {
             useGpuPv(f, p);
             f.buildNumber = 19045;
             f.ubr = 3693;
         },
         Verdict::Supported, "gpu", Status::Pass, ""},
        {"GPU-PV driver without WSL support",
         [](HostFacts &f, DeploymentPlan &p) {
             useGpuPv(f, p);
             f.gpus[0].gpuPvCapable = false;
         },
         Verdict::Unsupported, "gpu", Status::Fail, "does not support GPU paravirtualization"},
        {"GPU name differs in case",
         [](HostFacts &f, DeploymentPlan &p) {
             useGpuPv(f, p);
             p.gpu.name = QStringLiteral("intel(r) iris(r) xe graphics");
         },
         Verdict::Unsupported, "gpu", Status::Fail, "not on this host"},
        {"DDA T4 on Server",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, true);
             p.gpu =
                 GpuSettings{GpuPassthrough::DirectDeviceAssignment, QStringLiteral("NVIDIA Tesla T4"), 1};
         },
         Verdict::Supported, "gpu", Status::Pass, "Direct Device Assignment"},
        {"DDA two T4 of one",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, true);
             p.gpu =
                 GpuSettings{GpuPassthrough::DirectDeviceAssignment, QStringLiteral("NVIDIA Tesla T4"), 2};
         },
         Verdict::Unsupported, "gpu", Status::Fail, "2 requested, 1"},
        {"DDA of a GPU-PV GPU",
         [](HostFacts &, DeploymentPlan &p) {
             p.gpu = GpuSettings{GpuPassthrough::DirectDeviceAssignment,
                                 QStringLiteral("Intel(R) Iris(R) Xe Graphics"), 1};
         },
         Verdict::Unsupported, "gpu", Status::Fail, "Unsupported DDA type"},
        {"GPU-PV on Server",
         [](HostFacts &f, DeploymentPlan &p) {
             makeServer2022(f);
             useInternalSwitch(f, p, true);
             p.gpu = GpuSettings{GpuPassthrough::ParaVirtualization, QStringLiteral("NVIDIA Tesla T4"), 1};
             f.gpus[0].gpuPvCapable = true;
         },
         Verdict::Unsupported, "gpu", Status::Fail, "not on Windows Server"},
        {"1.1 installed, plan 1.5",
         [](HostFacts &f, DeploymentPlan &) {
             f.eflow = EflowInstall{true,
                                    QStringLiteral("Azure IoT Edge LTS"),
                                    QStringLiteral("1.1.2212.12122"),
                                    EflowRelease::Lts1_1,
                                    QString(),
                                    QStringLiteral("1.1"),
                                    false};
         },
         Verdict::Unsupported, "eflow.install", Status::Fail, "Uninstall 'Azure IoT Edge LTS'"},
        {"same release installed",
         [](HostFacts &f, DeploymentPlan &) {
             f.eflow = EflowInstall{true,
                                    QStringLiteral("Azure IoT Edge LTS"),
                                    QStringLiteral("1.5.6.08025"),
                                    EflowRelease::Lts1_5,
                                    QString(),
                                    QStringLiteral("1.5"),
                                    false};
         },
         Verdict::Supported, "eflow.install", Status::Pass, "already installed"},
        {"a later line installed (1.6 through Microsoft Update)",
         [](HostFacts &f, DeploymentPlan &) {
             f.eflow = EflowInstall{true,
                                    QStringLiteral("Azure IoT Edge LTS"),
                                    QStringLiteral("1.6.2.31021"),
                                    EflowRelease::Lts1_5,
                                    QString(),
                                    QStringLiteral("1.6"),
                                    true};
         },
         Verdict::Supported, "eflow.install", Status::Warning, "handled as 1.5 LTS"},
        {"VM already deployed",
         [](HostFacts &f, DeploymentPlan &) {
             f.eflow = EflowInstall{true,
                                    QStringLiteral("Azure IoT Edge LTS"),
                                    QStringLiteral("1.5.6.08025"),
                                    EflowRelease::Lts1_5,
                                    QString(),
                                    QStringLiteral("1.5"),
                                    false};
             f.vm = ExistingVm{true, QStringLiteral("NUC-EFLOW"), VmPowerState::Running, std::nullopt};
         },
         Verdict::Supported, "eflow.vm", Status::Warning, "deploying is skipped"},
        {"nothing reported",
         [](HostFacts &f, DeploymentPlan &) {
             f = HostFacts{};
             f.elevated = true;
         },
         Verdict::Unsupported, "windows.edition", Status::Unknown, "could not be checked"},
    };
    return table;
}

} // namespace

class tst_HostRequirements final : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void summaryIsWacStyle();
    void restartRequired();
    void everyProblemHasAFix();
    void nothingPassesUnseen();
    void emptyReportIsUnknown();
    void keys();
};

void tst_HostRequirements::emptyReportIsUnknown()
{
    // A probe that answered nothing (but ran elevated, on a client with the Default Switch).
    HostFacts nothing;
    nothing.elevated = true;
    nothing.switches = goodClient().switches;
    const TargetEvaluation e = evaluateTarget(nothing, goodPlan());
    QVERIFY2(e.verdict == Verdict::Unknown, qPrintable(e.summary));
    QVERIFY(e.failures().isEmpty());

    HostFacts partly = goodClient();
    partly.freeMemoryMb = -1;
    partly.disk.freeMb = -1;
    const TargetEvaluation p = evaluateTarget(partly, goodPlan());
    QCOMPARE(p.verdict, Verdict::Supported);
    QCOMPARE(p.summary, QStringLiteral("Supported; 2 check(s) could not be made."));
}

void tst_HostRequirements::evaluate_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < rows().size(); ++i)
        QTest::newRow(rows().at(i).name) << int(i);
}

void tst_HostRequirements::evaluate()
{
    QFETCH(int, index);
    const Row &row = rows().at(index);
    HostFacts facts = goodClient();
    DeploymentPlan plan = goodPlan();
    row.tweak(facts, plan);

    const TargetEvaluation e = evaluateTarget(facts, plan);
    QStringList lines;
    for (const RequirementCheck &c : e.checks)
        lines << QStringLiteral("%1 [%2] %3 | %4").arg(c.id, requirementStatusKey(c.status), c.detail, c.fix);
    const QByteArray context = lines.join(u'\n').toUtf8();

    const RequirementCheck *check = e.find(QString::fromLatin1(row.checkId));
    QVERIFY2(check, context.constData());
    QVERIFY2(check->status == row.status, context.constData());
    const QString fragment = QString::fromUtf8(row.fragment);
    QVERIFY2(check->detail.contains(fragment) || check->fix.contains(fragment), context.constData());
    QVERIFY2(e.verdict == row.verdict,
             qPrintable(targetVerdictKey(e.verdict) + u'\n' + QString::fromUtf8(context)));
}

void tst_HostRequirements::summaryIsWacStyle()
{
    HostFacts home = goodClient();
    home.osCaption = QStringLiteral("Microsoft Windows 10 Home");
    home.operatingSystemSku = 101;
    home.hyperVHypervisor = FeatureState::NotAvailable;
    const TargetEvaluation bad = evaluateTarget(home, goodPlan());
    QVERIFY2(
        bad.summary.startsWith(QStringLiteral("Unsupported: Required feature 'Microsoft-Hyper-V-Hypervisor' "
                                              "is not available in this Windows edition")),
        qPrintable(bad.summary));
    QCOMPARE(bad.failures().first().id, QStringLiteral("windows.edition"));

    QCOMPARE(evaluateTarget(goodClient(), goodPlan()).summary, QStringLiteral("Supported"));

    HostFacts restricted = goodClient();
    restricted.executionPolicy = QStringLiteral("Undefined");
    const TargetEvaluation actions = evaluateTarget(restricted, goodPlan());
    QCOMPARE(actions.actions().size(), 1);
    QVERIFY2(actions.summary.contains(QStringLiteral("Undefined")), qPrintable(actions.summary));
}

void tst_HostRequirements::restartRequired()
{
    HostFacts f = goodClient();
    QVERIFY(!evaluateTarget(f, goodPlan()).restartRequired);
    f.hyperV = FeatureState::Disabled;
    QVERIFY(evaluateTarget(f, goodPlan()).restartRequired);
    f.hyperV = FeatureState::Enabled;
    f.hyperVHypervisor = FeatureState::EnablePending;
    QVERIFY(evaluateTarget(f, goodPlan()).restartRequired);
}

void tst_HostRequirements::everyProblemHasAFix()
{
    for (const Row &row : rows()) {
        HostFacts facts = goodClient();
        DeploymentPlan plan = goodPlan();
        row.tweak(facts, plan);
        for (const RequirementCheck &c : evaluateTarget(facts, plan).checks) {
            QVERIFY2(!c.id.isEmpty() && !c.title.isEmpty() && !c.detail.isEmpty(), row.name);
            if (c.status == Status::Fail || c.status == Status::ActionNeeded)
                QVERIFY2(!c.fix.isEmpty(), qPrintable(QString::fromLatin1(row.name) + u' ' + c.id));
        }
    }
}

void tst_HostRequirements::nothingPassesUnseen()
{
    // With nothing reported, no check may claim a pass except those that need no fact at all.
    HostFacts nothing;
    nothing.elevated = true;
    const TargetEvaluation e = evaluateTarget(nothing, goodPlan());
    for (const RequirementCheck &c : e.checks) {
        if (c.status != Status::Pass)
            continue;
        const QStringList factless = {QStringLiteral("elevation"), QStringLiteral("nested"),
                                      QStringLiteral("gpu"), QStringLiteral("eflow.install"),
                                      QStringLiteral("eflow.vm")};
        QVERIFY2(factless.contains(c.id), qPrintable(c.id + QStringLiteral(": ") + c.detail));
    }
    for (const char *id :
         {"windows.build", "architecture", "powershell.edition", "powershell.executionPolicy", "memory",
          "cpu", "disk", "hyperv.feature", "hyperv.hypervisor"})
        QCOMPARE(e.find(QString::fromLatin1(id))->status, Status::Unknown);
}

void tst_HostRequirements::keys()
{
    QCOMPARE(requirementStatusKey(Status::Pass), QStringLiteral("pass"));
    QCOMPARE(requirementStatusKey(Status::Warning), QStringLiteral("warning"));
    QCOMPARE(requirementStatusKey(Status::Fail), QStringLiteral("fail"));
    QCOMPARE(requirementStatusKey(Status::ActionNeeded), QStringLiteral("actionNeeded"));
    QCOMPARE(requirementStatusKey(Status::Unknown), QStringLiteral("unknown"));
    QCOMPARE(targetVerdictKey(Verdict::SupportedWithActions), QStringLiteral("supportedWithActions"));
    QCOMPARE(targetVerdictKey(Verdict::Unsupported), QStringLiteral("unsupported"));
}

QTEST_GUILESS_MAIN(tst_HostRequirements)
#include "tst_host_requirements.moc"
