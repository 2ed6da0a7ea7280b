#include "engine/host/EflowErrorCatalog.h"

#include <QRegularExpression>
#include <QStringList>

namespace eflow::host {

namespace {
struct Entry
{
    EflowErrorId id;
    const char *key;
    const char *pattern; // case-insensitive, matched against the output with whitespace runs collapsed
    const char *cause;
    const char *fix;
};

// Patterns use the stable parts of the messages only: the $variables of the module ($feature,
// $switchName, $gpuName …) are replaced by wildcards, and line suffixes such as "(L1184)" are ignored.
// The module's own messages are English on every Windows: AzureEFLOW ships no translations, and its
// strings are literals in AzureEFLOW.psm1. Windows' words are not: see kWindowsWords below.
const Entry kEntries[] = {
    {EflowErrorId::NotElevated, "NotElevated", R"(requires Administrator mode)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The AzureEFLOW commands were run without administrator rights."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Run the wizard (or the remote PowerShell session) as an administrator and try again.")},
    // Windows PowerShell's refusal to load a script or module (about_Execution_Policies). The wizard runs
    // with -ExecutionPolicy Bypass, which only a Group Policy overrides.
    {EflowErrorId::ExecutionPolicyRefused, "ExecutionPolicyRefused",
     R"(running scripts is disabled on this system|is not digitally signed\. You cannot run this script)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "The PowerShell execution policy of the host does not let the AzureEFLOW module or the "
         "wizard's script run; a policy set by Group Policy overrides the wizard's own setting."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Ask the administrator to allow signed scripts (Group Policy \"Turn on Script "
                       "Execution\": AllSigned "
                       "or RemoteSigned; Get-ExecutionPolicy -List shows the scopes), then try again.")},
    // PowerShell 7 has English messages only, so this one reads the same on a Japanese Windows.
    {EflowErrorId::PowerShellCoreUnsupported, "PowerShellCoreUnsupported",
     R"(The term 'EventLog' is not recognized)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The AzureEFLOW module was run in PowerShell 7, which it does not support."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Use Windows PowerShell 5.1 (powershell.exe) and start the deployment again.")},
    {EflowErrorId::SignatureInvalid, "SignatureInvalid",
     R"(Signature is (not valid|missing)|could not track signature to the microsoft root certificate)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "A file of the AzureEFLOW module failed its signature check; the Microsoft root or code-signing "
         "certificates are probably missing on this host."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Install the latest Windows updates (they bring the Microsoft root certificates), set the "
         "execution policy to AllSigned, and try again.")},
    {EflowErrorId::HostRequirementsNotMet, "HostRequirementsNotMet",
     R"(does not meet the minimum requirements for Azure EFLOW)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "This Windows edition or build is not supported by EFLOW."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Use Windows 10/11 Pro, Enterprise or IoT Enterprise (build 17763 or later) or Windows Server "
         "2019/2022 with current updates.")},
    {EflowErrorId::HnsVersionTooOld, "HnsVersionTooOld", R"(HNS API version .* doesn't meet minimum version)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The Host Network Service on this host is older than version 9.2, which EFLOW needs."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Install the latest cumulative Windows updates (build 17763 needs them), restart, and try again.")},
    {EflowErrorId::PrerequisiteInstallFailed, "PrerequisiteInstallFailed",
     R"(Installation of Hyper-V, Hyper-V Management PowerShell or OpenSSH failed)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Hyper-V, its PowerShell module or the OpenSSH client could not be installed automatically."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Install Hyper-V, the Hyper-V Management PowerShell and the OpenSSH client manually, restart "
         "the host, and deploy again.")},
    {EflowErrorId::FeatureNotInEdition, "FeatureNotInEdition",
     R"((isn't|is not) available in this Windows edition)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "This Windows edition does not include Hyper-V, which EFLOW needs."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Use a Pro, Enterprise, IoT Enterprise or Server edition; on Windows Server install the Hyper-V "
         "role; on a virtual machine choose a size with nested virtualization.")},
    {EflowErrorId::FeatureNotEnabled, "FeatureNotEnabled", R"(could not be enabled)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "A Windows feature EFLOW needs could not be enabled."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Enable Hyper-V (and on Windows Server the Hyper-V role) manually, restart the host, and deploy "
         "again.")},
    {EflowErrorId::VirtualizationFirmwareDisabled, "VirtualizationFirmwareDisabled",
     R"(HyperVRequirementVirtualizationFirmwareEnabled is false)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Hardware virtualization is turned off in the firmware (BIOS/UEFI)."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Enable Intel VT-x or AMD-V in the firmware settings, restart, and try again.")},
    {EflowErrorId::HypervisorNotPresent, "HypervisorNotPresent", R"(HyperVisorPresent is false)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Hyper-V is installed but the hypervisor is not running."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Restart the host after enabling Hyper-V; in a virtual machine, enable nested virtualization on "
         "the outer host.")},
    {EflowErrorId::HyperVServicesNotRunning, "HyperVServicesNotRunning",
     R"(Hyper-V core services not running)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The Hyper-V services (vmms, vmcompute, hvhost) are not running."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Start the services (Start-Service vmms, vmcompute, hvhost) or restart the host, then try again.")},
    {EflowErrorId::SyntheticEthernetPortFailed, "SyntheticEthernetPortFailed",
     R"(failed to add device 'Synthetic Ethernet Port')",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Hyper-V could not add a network adapter to the virtual machine, usually because of a firewall "
         "or security policy."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Check the firewall and security policies on the host (ports 45000 and 45001 are reported to "
         "help), then deploy again.")},
    {EflowErrorId::WssdAgentMissing, "WssdAgentMissing", R"(Can't find WSSDAGENT service)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The WSSDAgent service that manages the EFLOW virtual machine is not installed."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Uninstall Azure IoT Edge, install the MSI again, and deploy again.")},
    {EflowErrorId::WssdAgentCertificateExpired, "WssdAgentCertificateExpired",
     R"(authentication handshake failed)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "The WSSDAgent certificate has expired (it is valid for one year after installation)."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Renew it with the updateWssdCert.ps1 script from the eflow-util folder of Azure/iotedge-eflow, "
         "then try again.")},
    {EflowErrorId::VmConfigurationMissing, "VmConfigurationMissing",
     R"(Virtual machine configuration could not be retrieved from wssdagent)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The virtual machine configuration files of the installation are missing."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Uninstall Azure IoT Edge, install the MSI again, and deploy again.")},
    {EflowErrorId::VmNameUnavailable, "VmNameUnavailable",
     R"(Virtual machine name could not be retrieved from wssdagent)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "WSSDAgent does not know the EFLOW virtual machine."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Restart the WSSDAgent service; if the virtual machine is gone, reinstall Azure IoT Edge and deploy "
         "again.")},
    {EflowErrorId::NotEnoughMemory, "NotEnoughMemory",
     R"(Not enough memory available|Not enough memory in the system to start the virtual machine)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The host does not have enough free memory for the virtual machine."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Close other applications or choose less memory for the virtual machine, then deploy again.")},
    {EflowErrorId::NotEnoughCpu, "NotEnoughCpu", R"(Not enough CPU cores available)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "More processor cores were requested than the host has."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Choose fewer cores for the virtual machine, then deploy again.")},
    {EflowErrorId::NotEnoughDisk, "NotEnoughDisk", R"(Not enough disk space is available on drive)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The drive for the virtual disk does not have enough free space."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Free space on the drive, choose a smaller disk, or choose another VHDX folder, then deploy "
         "again.")},
    {EflowErrorId::VmAlreadyExists, "VmAlreadyExists",
     R"(An existing virtual machine was detected|Virtual machine '.*' already exists|Eflow VM already deployed)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "An EFLOW virtual machine already exists on this host."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Use the existing virtual machine, or uninstall Azure IoT Edge and install it again before a new "
         "deployment.")},
    {EflowErrorId::VhdCreationFailed, "VhdCreationFailed",
     R"(Creating storage vhd .*failed|Expected image '.*' is missing)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The virtual disk of the virtual machine could not be created."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Check free space and permissions of the VHDX folder, reinstall Azure IoT Edge, and deploy "
         "again.")},
    {EflowErrorId::VirtualSwitchInstallFailed, "VirtualSwitchInstallFailed",
     R"(Installation of virtual switch failed)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "No usable virtual switch could be set up."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Create an Internal or External virtual switch (on Windows Server there is no Default Switch) and "
         "choose it in Settings.")},
    {EflowErrorId::VirtualSwitchNotSupported, "VirtualSwitchNotSupported",
     R"(The virtual switch '.*' of type '.*' is not supported on current host OS)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "This type of virtual switch cannot be used on this edition of Windows."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "On Windows 10/11 use the Default Switch or an External switch; on Windows Server use an Internal "
         "or External switch.")},
    {EflowErrorId::VirtualSwitchNotFound, "VirtualSwitchNotFound",
     R"(The virtual switch '.*' of type '.*' (was|is) not found)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The chosen virtual switch does not exist with that name and type."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Pick an existing switch (Get-VMSwitch lists them) or create it, and check that Internal/External "
         "matches.")},
    {EflowErrorId::DuplicateVirtualSwitch, "DuplicateVirtualSwitch",
     R"(Found multiple VMMS switches with name)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Several virtual switches have the chosen name."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Rename or remove the duplicate switches so the name is unique, then deploy again.")},
    {EflowErrorId::StaticIpOnDefaultSwitch, "StaticIpOnDefaultSwitch",
     R"(Cannot set Static IP on ICS type virtual switch)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "A static IP address cannot be used with the Default Switch."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Use DHCP with the Default Switch, or choose another switch for a static address.")},
    {EflowErrorId::StaticIpIncomplete, "StaticIpIncomplete",
     R"(ip4Address & ip4PrefixLength are required for StaticIP)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "A static IP address was given without all of its settings."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Enter the IP address, the prefix length and the gateway together, or use DHCP.")},
    {EflowErrorId::VmNetworkMissing, "VmNetworkMissing",
     R"(No adapters associated with the switch '.*' are found|Network '.*' does not exist)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The network between the host and the virtual machine is missing."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Check that the virtual switch still exists and has a host adapter, then try again.")},
    {EflowErrorId::VmIpAddressMissing, "VmIpAddressMissing",
     R"(Could not retrieve IP address for virtual machine|Failed to acquire (MAC/IP|IP|MAC) address for virtual machine|wssdagent does not have the expected vnet resource provisioned|Missing EFLOW-VM guest interface)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "The virtual machine did not get an IP address: there is no DHCP server on the switch or the static "
         "address is wrong."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Use a switch with DHCP, or enter a free static IP address, prefix length and gateway of that "
         "network.")},
    {EflowErrorId::InvalidDnsServer, "InvalidDnsServer", R"(is not a valid IP4 address)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "A DNS server address is not a valid IPv4 address."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Enter the DNS servers as IPv4 addresses, for example 10.0.10.1.")},
    {EflowErrorId::GpuUnsupportedDda, "GpuUnsupportedDda", R"(Unsupported DDA Type)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "This GPU cannot be used with Direct Device Assignment; EFLOW supports only NVIDIA Tesla T4 and A2 "
         "for it."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Choose GPU Paravirtualization or no GPU, or use a supported GPU.")},
    {EflowErrorId::GpuInvalidConfiguration, "GpuInvalidConfiguration",
     R"(Invalid GPU configuration requested)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The GPU settings do not fit together (passthrough type and GPU count)."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "With a passthrough type choose at least one GPU (exactly one for Paravirtualization); without "
         "one, choose none.")},
    {EflowErrorId::GpuPassthroughTypeUnsupported, "GpuPassthroughTypeUnsupported",
     R"(GPU PassthroughType '.*' not supported by)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "This host does not support the chosen GPU passthrough type."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Choose the other passthrough type or no GPU.")},
    {EflowErrorId::GpuNotAvailable, "GpuNotAvailable",
     R"(Requested GPU configuration cannot be supported by Host|not enough GPUs available)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The requested GPU is not available on this host, or not in that number."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Pick the GPU name exactly as the host lists it and no more GPUs than it has.")},
    {EflowErrorId::ProvisioningParametersMissing, "ProvisioningParametersMissing",
     R"(device connection string not provided|Only the device connection string for ManualConnectionString|parameters for ManualX509 provisioning not specified|may not be specified for DpsX509 provisioning|Scope ID for DpsTpm provisioning not specified|Scope ID, registration ID or symmetric key missing|globalEndpoint not specified)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The provisioning settings are incomplete or do not fit the chosen method."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Fill in exactly the fields the chosen provisioning method needs and provision again.")},
    {EflowErrorId::CertificateFilesNotFound, "CertificateFilesNotFound",
     R"(Certificate and private key file for .* provisioning not found)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The identity certificate or private key file was not found on the host."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Choose existing certificate and key files (full paths on the Windows host) and provision again.")},
    {EflowErrorId::VmNotDeployed, "VmNotDeployed", R"(Virtual machine does not exist, deploy it first)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "There is no EFLOW virtual machine to provision yet."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Deploy the virtual machine first, then provision it.")},
    {EflowErrorId::ProvisioningAborted, "ProvisioningAborted",
     R"(Provisioning aborted by user|iotedge was previously provisioned \(headless mode\))",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Provisioning stopped at a confirmation prompt because the device was already provisioned."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Update the AzureEFLOW module, or confirm reprovisioning, and provision again.")},
    {EflowErrorId::TpmRequired, "TpmRequired", R"(TPM 2\.0 is required to enable DpsTpm)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "TPM provisioning needs a TPM 2.0 chip on the host."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Enable TPM 2.0 in the firmware, or choose another provisioning method.")},
    {EflowErrorId::TpmProvisioningUnavailable, "TpmProvisioningUnavailable",
     R"(TPM provisioning information not available|TPM provisioning was not enabled)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "TPM provisioning is not enabled in the virtual machine."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Run Set-EflowVmFeature -feature DpsTpm -enable, then read the TPM information or provision "
         "again.")},
    {EflowErrorId::UnknownFeature, "UnknownFeature", R"(Unknown feature '.*' is provided)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "This EFLOW release does not know the requested virtual machine feature."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Use DpsTpm (all releases) or Defender (1.4 and later).")},
    {EflowErrorId::DpsUnauthorized, "DpsUnauthorized", R"(IotHubUnauthorizedAccess|401002)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The Device Provisioning Service rejected the device's credentials."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Check the registration ID (it is case-sensitive and must match the enrollment) and the key (for "
         "a group enrollment, the key derived for this device), then provision again.")},
    {EflowErrorId::IotEdgeNotRunningAfterProvisioning, "IotEdgeNotRunningAfterProvisioning",
     R"(iotedge service not running after provisioning)",
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "The IoT Edge runtime did not start after provisioning, usually because the device could not "
         "register with DPS or IoT Hub."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Open the device logs (iotedge system logs, or journalctl -u iotedge on 1.1), check the "
         "credentials and the network, then provision again.")},
    {EflowErrorId::UnexpectedIotEdgeList, "UnexpectedIotEdgeList",
     R"(Unexpected return from 'sudo iotedge list')",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The IoT Edge runtime in the virtual machine did not answer as expected."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Wait a minute for the runtime to start and refresh; if it persists, check iotedge check and the "
         "logs.")},
    {EflowErrorId::ProvisioningFailed, "ProvisioningFailed", R"(Failed to provision)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The provisioning settings could not be written into the virtual machine."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Check that the virtual machine is running, save the logs, and provision again.")},
    {EflowErrorId::DeploymentConfigurationNotSet, "DeploymentConfigurationNotSet",
     R"(417 -- The device's deployment configuration is not set|empty configuration for the edge agent)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The device is connected but has no module deployment yet; this is normal right after "
                       "provisioning."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Set modules for the device in IoT Hub or create a deployment.")},
    {EflowErrorId::VmOff, "VmOff", R"(EFLOW VM is OFF)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The EFLOW virtual machine is turned off."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Start it (Start-EflowVm) and try again.")},
    {EflowErrorId::MultipleVms, "MultipleVms", R"(More than one virtual machine found)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "More than one EFLOW virtual machine was found on this host."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Remove the extra virtual machines so only one EFLOW virtual machine remains.")},
    {EflowErrorId::SshConnectFailed, "SshConnectFailed", R"(Unable to connect virtual machine with SSH)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The host could not reach the virtual machine over SSH."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Check that the virtual machine is running and has an IP address (Get-EflowVmAddr), then try "
         "again.")},
    {EflowErrorId::UnexpectedVmStats, "UnexpectedVmStats", R"(Unexpected return stats from virtual machine)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The virtual machine did not return its statistics."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Check that the virtual machine is running and refresh.")},
    {EflowErrorId::MsiDownloadNotFound, "MsiDownloadNotFound",
     R"(The remote server returned an error: \(404\) Not Found)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The installer download link no longer exists."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Download the MSI for the chosen release manually and select the local file.")},
    // After the specific entries: an operation that failed for a reason the module names says so first.
    {EflowErrorId::AccessDenied, "AccessDenied", R"(Access is denied|Access to the path .* is denied)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "Windows refused access to a file, folder or setting that the operation needs."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Run the wizard (or the remote session) as an administrator, make sure no other program (an "
         "antivirus scan, an open Explorer window) holds the file, and try again.")},
    {EflowErrorId::WssdAgentUnreachable, "WssdAgentUnreachable", R"(wssdagent (is )?unreachable)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog",
                       "The WSSDAgent service that manages the virtual machine is not responding."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Start it (Start-Service WSSDAgent) or restart the host, then try again; its logs are in "
         "C:\\ProgramData\\wssdagent.")},
    {EflowErrorId::VmCreationFailed, "VmCreationFailed",
     R"(Virtual machine creation failed|Unable to create virtual machine|Failed to retrieve virtual machine name)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The virtual machine could not be created."),
     QT_TRANSLATE_NOOP(
         "EflowErrorCatalog",
         "Save the logs (the WSSDAgent log tells why), try less memory, then uninstall and reinstall Azure "
         "IoT Edge before deploying again.")},
    {EflowErrorId::RedeployNeedsReinstall, "RedeployNeedsReinstall",
     R"(In order to attempt another deployment, please uninstall)",
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "The deployment failed and left a partial installation behind."),
     QT_TRANSLATE_NOOP("EflowErrorCatalog", "Uninstall Azure IoT Edge, install it again, and deploy again.")},
};

// What Windows, .NET and Windows PowerShell 5.1 say themselves, which a Japanese or German Windows says
// in its own language (issue 17): the ids that name a failure in every language, and the translated
// wording. PowerShell's error records keep the labels "FullyQualifiedErrorId" and "CategoryInfo" in
// English on every Windows, and the bootstrap prints the ids before a failure's message
// (PowerShellEnvelope::bootstrapScript). The texts are UTF-16 escapes so that this file stays ASCII;
// the Japanese ones are as Japanese Windows and Microsoft's Japanese documentation print them.
struct WindowsWords
{
    EflowErrorId id;
    const char *ids;      // HRESULTs, FullyQualifiedErrorIds, exception types; nullptr: none
    const char16_t *text; // the message in other languages; nullptr: none
};

const WindowsWords kWindowsWords[] = {
    // ERROR_ELEVATION_REQUIRED (740), as DISM's cmdlets report it without elevation.
    {EflowErrorId::NotElevated, R"(0x800702E4)",
     u"The requested operation requires elevation"
     // ja-JP: "the requested operation needs administrator privileges"
     u"|\u8981\u6C42\u3055\u308C\u305F\u64CD\u4F5C\u306B\u306F\u3001?\u7BA1\u7406\u8005\u7279\u6A29\u304C"
     u"\u5FC5\u8981\u3067\u3059"
     u"|Der angeforderte Vorgang erfordert erh\u00F6hte Rechte"},
    {EflowErrorId::ExecutionPolicyRefused,
     R"(FullyQualifiedErrorId\s*[:=]\s*UnauthorizedAccess(?:[,\s]|$)|PSSecurityException)",
     // ja-JP: "running scripts is disabled", "is not digitally signed"; then de-DE
     u"\u30B9\u30AF\u30EA\u30D7\u30C8\u306E\u5B9F\u884C\u304C\u7121\u52B9\u306B\u306A\u3063\u3066\u3044"
     u"\u308B|\u30C7\u30B8\u30BF\u30EB\u7F72\u540D\u3055\u308C\u3066\u3044\u307E\u305B\u3093"
     u"|Ausf\u00FChrung von Skripts auf diesem System deaktiviert|ist nicht digital signiert"},
    // The installer's HTTP status (installEflow.ps1 prints it as a number) and BITS' BG_E_HTTP_ERROR_404.
    {EflowErrorId::MsiDownloadNotFound, R"(\bHTTP 404\b|\(404\)|0x80190194)", nullptr},
    // E_OUTOFMEMORY, as Hyper-V reports a VM that does not fit ("Ran out of memory (0x8007000E)").
    {EflowErrorId::NotEnoughMemory, R"(0x8007000E)", nullptr},
    // E_ACCESSDENIED / ERROR_ACCESS_DENIED and .NET's UnauthorizedAccessException.
    {EflowErrorId::AccessDenied, R"(0x80070005|E_ACCESSDENIED|UnauthorizedAccessException)",
     // ja-JP: "access was denied"; then de-DE
     u"\u30A2\u30AF\u30BB\u30B9\u304C\u62D2\u5426\u3055\u308C\u307E\u3057\u305F"
     u"|Zugriff verweigert|Der Zugriff auf den Pfad .* wurde verweigert"},
};

struct CompiledEntry
{
    const Entry *entry;
    QRegularExpression text; // the module's or Windows' words
    QRegularExpression ids;  // what names the failure in every language; invalid when there is none
};

const QList<CompiledEntry> &compiled()
{
    static const QList<CompiledEntry> list = [] {
        QList<CompiledEntry> out;
        for (const Entry &e : kEntries) {
            QString text = QString::fromUtf8(e.pattern);
            QString ids;
            for (const WindowsWords &w : kWindowsWords) {
                if (w.id != e.id)
                    continue;
                if (w.text)
                    text += QLatin1Char('|') + QString::fromUtf16(w.text);
                if (w.ids)
                    ids += (ids.isEmpty() ? QString() : QStringLiteral("|")) + QString::fromUtf8(w.ids);
            }
            const auto options = QRegularExpression::CaseInsensitiveOption;
            out.append(
                CompiledEntry{&e, QRegularExpression(text, options),
                              ids.isEmpty() ? QRegularExpression() : QRegularExpression(ids, options)});
        }
        return out;
    }();
    return list;
}

// The line that says it best: the first that matches the words, else the first that matches an id.
QString matchedLineIn(const QString &rawText, const CompiledEntry &c)
{
    const QStringList lines = rawText.split(QLatin1Char('\n'));
    for (const QRegularExpression *re : {&c.text, &c.ids}) {
        if (re->pattern().isEmpty())
            continue;
        for (const QString &line : lines) {
            if (re->match(line).hasMatch())
                return line.trimmed();
        }
    }
    return {};
}

} // namespace

EflowErrorExplanation explainEflowError(const QString &output)
{
    EflowErrorExplanation x;
    x.rawText = output.trimmed();
    // The console wraps long messages, so match on the text with whitespace collapsed.
    const QString flat = x.rawText.simplified();
    for (const CompiledEntry &c : compiled()) {
        QRegularExpressionMatch m = c.text.match(flat);
        if (!m.hasMatch() && !c.ids.pattern().isEmpty())
            m = c.ids.match(flat);
        if (!m.hasMatch())
            continue;
        x.id = c.entry->id;
        x.cause = EflowErrorTr::tr(c.entry->cause);
        x.fix = EflowErrorTr::tr(c.entry->fix);
        x.matchedLine = matchedLineIn(x.rawText, c);
        if (x.matchedLine.isEmpty())
            x.matchedLine = m.captured(0); // a message the console wrapped over several lines
        return x;
    }
    x.cause = EflowErrorTr::tr("The command failed with a message the wizard does not recognise.");
    x.fix = EflowErrorTr::tr("Read the message below; save the logs (they include Get-EflowLogs) and contact "
                             "support if it does not say what to do.");
    return x;
}

QList<EflowErrorId> knownEflowErrors()
{
    QList<EflowErrorId> out;
    for (const Entry &e : kEntries)
        out.append(e.id);
    return out;
}

QString eflowErrorKey(EflowErrorId id)
{
    for (const Entry &e : kEntries) {
        if (e.id == id)
            return QString::fromLatin1(e.key);
    }
    return QStringLiteral("Unknown");
}

} // namespace eflow::host
