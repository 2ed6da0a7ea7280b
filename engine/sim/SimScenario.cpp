#include "engine/sim/SimScenario.h"

namespace eflow::sim {

namespace {

using host::FeatureState;
using host::GpuInfo;
using host::HostFacts;
using host::HostService;
using host::ServiceRunState;
using host::SwitchKind;
using host::VirtualSwitch;

// What every elevated Windows PowerShell 5.1 session of the demo hosts reports in common.
HostFacts baseFacts()
{
    HostFacts f;
    f.architecture = QStringLiteral("AMD64");
    f.uiLanguage = QStringLiteral("en-US");
    f.disk.drive = QStringLiteral("C:");
    f.elevated = true;
    // What the probe reads inside the wizard's own session, which passes -ExecutionPolicy Bypass.
    f.executionPolicy = QStringLiteral("Bypass");
    f.executionPolicyScope = QStringLiteral("Process");
    f.psEdition = QStringLiteral("Desktop");
    // The office router, as a DHCP-configured host reports it.
    f.dnsServers = {QStringLiteral("192.168.1.1")};
    f.openSshClient = FeatureState::Enabled;
    f.hypervisorPresent = true;
    f.firmwareVirtualization = true;
    f.secondLevelAddressTranslation = true;
    return f;
}

QList<HostService> hyperVServices(ServiceRunState state)
{
    // WSSDAgent comes with the EFLOW MSI; SimulatedHost reports it once the MSI is installed.
    return {{QStringLiteral("vmms"), state},
            {QStringLiteral("vmcompute"), state},
            {QStringLiteral("hvhost"), state},
            {QStringLiteral("WSSDAgent"), ServiceRunState::Missing}};
}

void clientHyperV(HostFacts &f, FeatureState state)
{
    f.hyperV = state;
    f.hyperVPowerShell = state;
    f.hyperVHypervisor = state;
    f.virtualMachinePlatform = FeatureState::Disabled;
    f.services =
        hyperVServices(state == FeatureState::Enabled ? ServiceRunState::Running : ServiceRunState::Missing);
    f.hypervisorPresent = state == FeatureState::Enabled;
}

void serverHyperV(HostFacts &f)
{
    f.hyperV = FeatureState::Enabled;
    f.hyperVPowerShell = FeatureState::Enabled;
    // The feature does not exist on Server ("Feature name Microsoft-Hyper-V-Hypervisor is unknown", #25).
    f.hyperVHypervisor = FeatureState::NotAvailable;
    f.virtualMachinePlatform = FeatureState::Enabled;
    f.services = hyperVServices(ServiceRunState::Running);
}

VirtualSwitch defaultSwitch(const QString &hostAddress)
{
    VirtualSwitch sw;
    sw.name = QStringLiteral("Default Switch");
    sw.kind = SwitchKind::Internal;
    sw.isDefaultSwitch = true;
    sw.hostAddress = hostAddress;
    sw.prefixLength = 20; // ICS picks a /20 out of 172.16.0.0/12
    return sw;
}

void windows11(HostFacts &f, const QString &caption, int sku)
{
    f.osCaption = caption;
    f.osVersion = QStringLiteral("10.0.22631");
    f.buildNumber = 22631;
    f.ubr = 4460;
    f.operatingSystemSku = sku;
    f.productType = 1;
    f.psVersion = QStringLiteral("5.1.22621.4391");
}

void windows10(HostFacts &f, const QString &caption, int sku, int build)
{
    f.osCaption = caption;
    f.osVersion = QStringLiteral("10.0.%1").arg(build);
    f.buildNumber = build;
    f.ubr = 5131;
    f.operatingSystemSku = sku;
    f.productType = 1;
    f.psVersion = QStringLiteral("5.1.19041.5129");
}

void server2022(HostFacts &f, const QString &caption, int sku)
{
    f.osCaption = caption;
    f.osVersion = QStringLiteral("10.0.20348");
    f.buildNumber = 20348;
    f.ubr = 2849;
    f.operatingSystemSku = sku;
    f.productType = 3;
    f.psVersion = QStringLiteral("5.1.20348.2849");
}

SimScenario win11Pro()
{
    SimScenario s;
    s.id = QStringLiteral("win11-pro");
    s.title = SimScenarioTr::tr("Windows 11 Pro laptop");
    s.description = SimScenarioTr::tr("A current Windows 11 Pro with Hyper-V and the Default Switch: every "
                                      "check passes and EFLOW deploys.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("DESKTOP-7Q2M4LK");
    windows11(f, QStringLiteral("Microsoft Windows 11 Pro"), 48);
    f.totalMemoryMb = 16109;
    f.freeMemoryMb = 9214;
    f.logicalProcessors = 8;
    f.disk.freeMb = 187340;
    f.disk.sizeMb = 486745;
    clientHyperV(f, FeatureState::Enabled);
    f.switches = {defaultSwitch(QStringLiteral("172.27.112.1"))};
    f.gpus = {{QStringLiteral("Intel(R) Iris(R) Xe Graphics"), QStringLiteral("31.0.101.4502"), false, true}};
    s.facts = f;
    return s;
}

SimScenario serverNoSwitch()
{
    SimScenario s;
    s.id = QStringLiteral("server-no-switch");
    s.title = SimScenarioTr::tr("Windows Server 2022 without a virtual switch");
    s.description = SimScenarioTr::tr(
        "Hyper-V role installed but no switch at all: deploying fails until an Internal switch with NAT is "
        "created.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("SRV-EDGE-01");
    server2022(f, QStringLiteral("Microsoft Windows Server 2022 Datacenter"), 8);
    f.totalMemoryMb = 65436;
    f.freeMemoryMb = 51220;
    f.logicalProcessors = 16;
    f.disk.freeMb = 402118;
    f.disk.sizeMb = 511411;
    serverHyperV(f);
    f.gpus = {{QStringLiteral("Matrox G200eR2"), QStringLiteral("9.15.1.224"), false, false}};
    s.facts = f;
    return s;
}

SimScenario win10Home()
{
    SimScenario s;
    s.id = QStringLiteral("win10-home");
    s.title = SimScenarioTr::tr("Windows 10 Home");
    s.description = SimScenarioTr::tr(
        "An edition without Hyper-V: the checks mark it unsupported and Deploy-Eflow refuses it.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("LAPTOP-H0ME22");
    windows10(f, QStringLiteral("Microsoft Windows 10 Home"), 101, 19045);
    f.totalMemoryMb = 8031;
    f.freeMemoryMb = 3902;
    f.logicalProcessors = 4;
    f.disk.freeMb = 96512;
    f.disk.sizeMb = 243592;
    clientHyperV(f, FeatureState::NotAvailable);
    f.virtualMachinePlatform = FeatureState::Disabled;
    f.gpus = {{QStringLiteral("Intel(R) UHD Graphics 620"), QStringLiteral("31.0.101.2115"), false, true}};
    s.facts = f;
    return s;
}

SimScenario lowMemory()
{
    SimScenario s;
    s.id = QStringLiteral("low-memory");
    s.title = SimScenarioTr::tr("Windows 10 Pro with too little free memory");
    s.description = SimScenarioTr::tr(
        "A 4 GB machine with about 1.6 GB free: the default 1024 MB fits; asking for more is refused "
        "(Settings, and Deploy-Eflow's \"Not enough memory available.\").");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("KIOSK-0417");
    windows10(f, QStringLiteral("Microsoft Windows 10 Pro"), 48, 19045);
    f.totalMemoryMb = 4011;
    f.freeMemoryMb = 1650;
    f.logicalProcessors = 4;
    f.disk.freeMb = 61204;
    f.disk.sizeMb = 121814;
    clientHyperV(f, FeatureState::Enabled);
    f.switches = {defaultSwitch(QStringLiteral("172.21.64.1"))};
    f.gpus = {{QStringLiteral("Intel(R) HD Graphics 520"), QStringLiteral("27.20.100.9316"), false, false}};
    s.facts = f;
    return s;
}

SimScenario hyperVDisabled()
{
    SimScenario s;
    s.id = QStringLiteral("hyperv-disabled");
    s.title = SimScenarioTr::tr("Windows 11 Pro with Hyper-V turned off");
    s.description = SimScenarioTr::tr("Hyper-V can be enabled from the wizard, but only a restart finishes "
                                      "it; deploying before that fails.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("DESKTOP-HV0FF3");
    windows11(f, QStringLiteral("Microsoft Windows 11 Pro"), 48);
    f.totalMemoryMb = 32553;
    f.freeMemoryMb = 22871;
    f.logicalProcessors = 16;
    f.disk.freeMb = 702115;
    f.disk.sizeMb = 975728;
    clientHyperV(f, FeatureState::Disabled);
    // Windows creates the Default Switch with Hyper-V: it shows once Hyper-V runs (after the restart).
    f.switches = {defaultSwitch(QStringLiteral("172.26.48.1"))};
    f.gpus = {{QStringLiteral("AMD Radeon(TM) Graphics"), QStringLiteral("31.0.21912.14"), false, false}};
    s.facts = f;
    s.hyperVCanBeEnabled = true;
    return s;
}

SimScenario nvidiaT4Dda()
{
    SimScenario s;
    s.id = QStringLiteral("nvidia-t4-dda");
    s.title = SimScenarioTr::tr("Windows Server 2022 with an NVIDIA Tesla T4");
    s.description = SimScenarioTr::tr("A GPU server with an External switch: Direct Device Assignment of the "
                                      "T4 works, of any other GPU not.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("GPU-EDGE-07");
    server2022(f, QStringLiteral("Microsoft Windows Server 2022 Standard"), 7);
    f.totalMemoryMb = 130815;
    f.freeMemoryMb = 118402;
    f.logicalProcessors = 32;
    f.disk.freeMb = 820317;
    f.disk.sizeMb = 953253;
    serverHyperV(f);
    VirtualSwitch ext;
    ext.name = QStringLiteral("EFLOW-Ext");
    ext.kind = SwitchKind::External;
    ext.netAdapter = QStringLiteral("Intel(R) Ethernet Controller X710 for 10GbE SFP+");
    ext.hostAddress = QStringLiteral("192.168.10.1");
    ext.prefixLength = 24;
    f.switches = {ext};
    f.gpus = {{QStringLiteral("NVIDIA Tesla T4"), QStringLiteral("31.0.15.3625"), true, false},
              {QStringLiteral("ASPEED Graphics Family(WDDM)"), QStringLiteral("9.0.10.106"), false, false}};
    s.facts = f;
    return s;
}

SimScenario gpuPv()
{
    SimScenario s;
    s.id = QStringLiteral("gpu-pv");
    s.title = SimScenarioTr::tr("Windows 11 Enterprise with an NVIDIA GeForce RTX 3060");
    s.description = SimScenarioTr::tr("A workstation whose GPU supports GPU Paravirtualization; Direct "
                                      "Device Assignment of it is refused.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("WS-VISION-12");
    windows11(f, QStringLiteral("Microsoft Windows 11 Enterprise"), 4);
    f.totalMemoryMb = 32560;
    f.freeMemoryMb = 21406;
    f.logicalProcessors = 12;
    f.disk.freeMb = 655020;
    f.disk.sizeMb = 975728;
    clientHyperV(f, FeatureState::Enabled);
    f.virtualMachinePlatform = FeatureState::Enabled; // WSL 2 is installed for the CUDA driver
    f.switches = {defaultSwitch(QStringLiteral("172.30.96.1"))};
    f.gpus = {{QStringLiteral("NVIDIA GeForce RTX 3060"), QStringLiteral("32.0.15.6094"), false, true},
              {QStringLiteral("Intel(R) UHD Graphics 770"), QStringLiteral("31.0.101.5186"), false, true}};
    s.facts = f;
    return s;
}

SimScenario nestedVm()
{
    SimScenario s;
    s.id = QStringLiteral("nested-vm");
    s.title = SimScenarioTr::tr("Windows 11 Pro in a Hyper-V virtual machine");
    s.description = SimScenarioTr::tr("Nested virtualization is exposed, so EFLOW deploys; GPU passthrough "
                                      "is not possible in a nested VM.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("EFLOW-TEST-VM");
    windows11(f, QStringLiteral("Microsoft Windows 11 Pro"), 48);
    f.totalMemoryMb = 8192;
    f.freeMemoryMb = 5617;
    f.logicalProcessors = 4;
    f.disk.freeMb = 88120;
    f.disk.sizeMb = 130461;
    clientHyperV(f, FeatureState::Enabled);
    f.isVirtualMachine = true;
    f.virtualMachineVendor = QStringLiteral("Microsoft Hyper-V");
    f.switches = {defaultSwitch(QStringLiteral("172.19.208.1"))};
    f.gpus = {{QStringLiteral("Microsoft Hyper-V Video"), QStringLiteral("10.0.22621.1"), false, false}};
    s.facts = f;
    return s;
}

SimScenario existingEflow()
{
    SimScenario s;
    s.id = QStringLiteral("existing-eflow");
    s.title = SimScenarioTr::tr("Windows 10 IoT Enterprise with EFLOW 1.4 already deployed");
    s.description = SimScenarioTr::tr(
        "EFLOW 1.4 LTS is installed and its virtual machine runs: deploying again keeps the existing one.");
    HostFacts f = baseFacts();
    f.computerName = QStringLiteral("LINE3-PC-04");
    windows10(f, QStringLiteral("Microsoft Windows 10 IoT Enterprise LTSC"), 191, 19044);
    f.totalMemoryMb = 16235;
    f.freeMemoryMb = 10118;
    f.logicalProcessors = 8;
    f.disk.freeMb = 151003;
    f.disk.sizeMb = 243592;
    clientHyperV(f, FeatureState::Enabled);
    f.switches = {defaultSwitch(QStringLiteral("172.25.16.1"))};
    f.gpus = {{QStringLiteral("Intel(R) UHD Graphics 630"), QStringLiteral("31.0.101.2115"), false, true}};
    f.eflow.installed = true;
    f.eflow.productName = QStringLiteral("Azure IoT Edge LTS");
    f.eflow.line = QStringLiteral("1.4");
    f.eflow.version = QStringLiteral("1.4.14.24074");
    f.eflow.release = plan::EflowRelease::Lts1_4;
    f.eflow.installDir = QStringLiteral("C:\\Program Files\\Azure IoT Edge");
    s.facts = f;
    s.preinstalledRelease = plan::EflowRelease::Lts1_4;
    s.preexistingVm = true;
    return s;
}

} // namespace

QList<SimScenario> simScenarios()
{
    return {win11Pro(),    serverNoSwitch(), win10Home(), lowMemory(),    hyperVDisabled(),
            nvidiaT4Dda(), gpuPv(),          nestedVm(),  existingEflow()};
}

std::optional<SimScenario> simScenario(const QString &id)
{
    for (const SimScenario &s : simScenarios()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QString defaultSimScenarioId()
{
    return QStringLiteral("win11-pro");
}

} // namespace eflow::sim
