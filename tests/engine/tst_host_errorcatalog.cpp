#include <QSet>
#include <QtTest>

#include "engine/host/EflowErrorCatalog.h"

using namespace eflow::host;

Q_DECLARE_METATYPE(eflow::host::EflowErrorId)

class TestHostErrorCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void everyEntryIsCovered();
    void unknownText();
    void specificBeatsGeneric();
    void accessDeniedIsTheLastResort();
};

namespace {

struct Sample
{
    const char *name;
    const char *text;
    EflowErrorId id;
};

QList<Sample> samples();

} // namespace

// Each sample is the message as reference/eflow.md quotes it (§1.3, §2.1, §2.2, §2.3, §2.4, §6), with
// the module's $variables filled in the way a real host would.
namespace {

QList<Sample> samples()
{
    QList<Sample> out;
    const auto row = [&out](const char *name, const char *text, EflowErrorId id) {
        out.append({name, text, id});
    };

    row("not elevated", "Error: This module requires Administrator mode!", EflowErrorId::NotElevated);
    // Windows' own words (issue 17): in English, by the ids every language prints, and in German (the
    // Japanese samples are CP932 files, read in tst_host_localized). UTF-8 as escapes: the file is ASCII.
    row("elevation (English Windows)",
        "Get-WindowsOptionalFeature : The requested operation requires elevation.",
        EflowErrorId::NotElevated);
    row("elevation (ids)",
        "PowerShell error: FullyQualifiedErrorId=Microsoft.Dism.Commands.GetWindowsOptionalFeatureCommand "
        "Category=NotSpecified Exception=System.Runtime.InteropServices.COMException HResult=0x800702E4",
        EflowErrorId::NotElevated);
    row("elevation (de-DE)", "Der angeforderte Vorgang erfordert erh\xc3\xb6hte Rechte.",
        EflowErrorId::NotElevated);
    row("execution policy",
        "File C:\\Program Files\\WindowsPowerShell\\Modules\\AzureEFLOW\\AzureEFLOW.psm1 cannot be loaded "
        "because running scripts is disabled on this system. For more information, see "
        "about_Execution_Policies "
        "at https:/go.microsoft.com/fwlink/?LinkID=135170.",
        EflowErrorId::ExecutionPolicyRefused);
    row("execution policy, AllSigned",
        "File C:\\x\\eflow.ps1 cannot be loaded. The file C:\\x\\eflow.ps1 is not digitally signed. You "
        "cannot "
        "run this script on the current system.",
        EflowErrorId::ExecutionPolicyRefused);
    row("execution policy (ids)",
        "    + CategoryInfo          : SecurityError: (:) [Import-Module], PSSecurityException\n"
        "    + FullyQualifiedErrorId : UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand",
        EflowErrorId::ExecutionPolicyRefused);
    row("execution policy (de-DE)",
        "Die Datei \"C:\\x\\AzureEFLOW.psm1\" kann nicht geladen werden, da die Ausf\xc3\xbchrung von "
        "Skripts auf "
        "diesem System deaktiviert ist.",
        EflowErrorId::ExecutionPolicyRefused);
    row("memory (HRESULT)", "'DESKTOP-EFLOW' could not initialize memory: Ran out of memory (0x8007000E).",
        EflowErrorId::NotEnoughMemory);
    row("access denied", "New-Item : Access to the path 'C:\\Program Files\\Azure IoT Edge\\yaml' is denied.",
        EflowErrorId::AccessDenied);
    row("access denied (HRESULT)", "Exception from HRESULT: 0x80070005 (E_ACCESSDENIED)",
        EflowErrorId::AccessDenied);
    row("access denied (ids)",
        "PowerShell error: "
        "FullyQualifiedErrorId=NewItemUnauthorizedAccessError,Microsoft.PowerShell.Commands."
        "NewItemCommand Category=PermissionDenied Exception=System.UnauthorizedAccessException "
        "HResult=0x80070005",
        EflowErrorId::AccessDenied);
    row("access denied (de-DE)", "Zugriff verweigert", EflowErrorId::AccessDenied);
    row("404 (installEflow's status)",
        "The installer could not be downloaded from https://aka.ms/AzEFLOWMSI_1_5_LTS_X64 (HTTP 404: "
        "whatever the "
        "host's language says).",
        EflowErrorId::MsiDownloadNotFound);
    row("404 (de-DE .NET)",
        "Der Remoteserver hat einen Fehler zur\xc3\xbc"
        "ckgegeben: (404) Nicht gefunden.",
        EflowErrorId::MsiDownloadNotFound);
    row("404 (BITS)", "BITS could not download the installer (Error 0x80190194)",
        EflowErrorId::MsiDownloadNotFound);
    row("PowerShell 7",
        "[03/01/2022 10:00:00] Exception caught!!!\n - The term 'EventLog' is not recognized as a name of a "
        "cmdlet, "
        "function, script file, or executable program. (L5656)",
        EflowErrorId::PowerShellCoreUnsupported);
    row("signature not valid",
        "Signature is not valid (file: C:\\Program "
        "Files\\WindowsPowerShell\\Modules\\AzureEFLOW\\AzureEFLOW.psm1)",
        EflowErrorId::SignatureInvalid);
    row("signature missing", "Signature is missing (file: AzureEFLOW.psm1)!", EflowErrorId::SignatureInvalid);
    row("signature root", "The update could not track signature to the microsoft root certificate",
        EflowErrorId::SignatureInvalid);
    row("requirements",
        "This Windows device does not meet the minimum requirements for Azure EFLOW. Please refer to "
        "https://aka.ms/AzEFLOW-Requirements for system requirements",
        EflowErrorId::HostRequirementsNotMet);
    row("HNS", "HNS API version 9.1 doesn't meet minimum version 9.2", EflowErrorId::HnsVersionTooOld);
    row("prerequisites",
        "Installation of Hyper-V, Hyper-V Management PowerShell or OpenSSH failed. Please install manually "
        "and "
        "restart deployment. Aborting...",
        EflowErrorId::PrerequisiteInstallFailed);
    row("feature not in edition (module)", "Microsoft-Hyper-V isn't available in this Windows edition.",
        EflowErrorId::FeatureNotInEdition);
    row("feature not in edition (WAC)",
        "Unsupported: Required feature 'Microsoft-Hyper-V-Hypervisor' is not available in this Windows "
        "edition.",
        EflowErrorId::FeatureNotInEdition);
    row("feature could not be enabled", "Microsoft-Hyper-V could not be enabled, please enable it manually",
        EflowErrorId::FeatureNotEnabled);
    row("firmware",
        "Hyper-V properties indicate the Hyper-V component is not functional (property "
        "HyperVRequirementVirtualizationFirmwareEnabled is false)",
        EflowErrorId::VirtualizationFirmwareDisabled);
    row("hypervisor",
        "Hyper-V properties indicate the Hyper-V component is not functional (property HyperVisorPresent is "
        "false)",
        EflowErrorId::HypervisorNotPresent);
    row("hyper-v services", "Hyper-V core services not running (vmms, vmcompute, hvhost).",
        EflowErrorId::HyperVServicesNotRunning);
    row("synthetic ethernet port",
        "'DESKTOP-EFLOW' failed to add device 'Synthetic Ethernet Port' (Virtual machine ID 1234)",
        EflowErrorId::SyntheticEthernetPortFailed);
    row("wssdagent missing", "Can't find WSSDAGENT service!", EflowErrorId::WssdAgentMissing);
    row("wssdagent cert",
        "Failed to Connect to EFLOW VM: rpc error: code = Unavailable desc = authentication handshake failed",
        EflowErrorId::WssdAgentCertificateExpired);
    row("vm configuration missing", "Virtual machine configuration could not be retrieved from wssdagent",
        EflowErrorId::VmConfigurationMissing);
    row("vm name from wssdagent", "Virtual machine name could not be retrieved from wssdagent",
        EflowErrorId::VmNameUnavailable);
    row("memory", "Not enough memory available.", EflowErrorId::NotEnoughMemory);
    row("memory (wssdagent log)",
        "Not enough memory in the system to start the virtual machine DESKTOP-EFLOW",
        EflowErrorId::NotEnoughMemory);
    row("cpu", "Not enough CPU cores available.", EflowErrorId::NotEnoughCpu);
    row("disk", "Not enough disk space is available on drive 'C:'.", EflowErrorId::NotEnoughDisk);
    row("existing vm",
        "An existing virtual machine was detected. To redeploy the virtual machine, please uninstall and "
        "re-install Azure IoT Edge LTS.",
        EflowErrorId::VmAlreadyExists);
    row("vm already exists", "Virtual machine 'DESKTOP-EFLOW' already exists", EflowErrorId::VmAlreadyExists);
    row("vhd", "Creating storage vhd (file: AzureIoTEdgeForLinux-v1-EFLOW) failed",
        EflowErrorId::VhdCreationFailed);
    row("vhd backup", "Expected image 'C:\\Program Files\\Azure IoT Edge\\EFLOW.vhdx.bak' is missing",
        EflowErrorId::VhdCreationFailed);
    row("switch install", "Installation of virtual switch failed", EflowErrorId::VirtualSwitchInstallFailed);
    row("switch not supported",
        "The virtual switch 'EFLOW-Int' of type 'Internal' is not supported on current host OS",
        EflowErrorId::VirtualSwitchNotSupported);
    row("switch not found", "The virtual switch 'EFLOW-Ext' of type 'External' was not found",
        EflowErrorId::VirtualSwitchNotFound);
    row("switch not found (#59)", "The virtual switch 'X' of type 'External' is not found",
        EflowErrorId::VirtualSwitchNotFound);
    row("duplicate switch", "Found multiple VMMS switches with name 'EFLOW' of type 'Internal'",
        EflowErrorId::DuplicateVirtualSwitch);
    row("static on default switch", "Cannot set Static IP on ICS type virtual switch (Default Switch)",
        EflowErrorId::StaticIpOnDefaultSwitch);
    row("static incomplete", "ip4Address & ip4PrefixLength are required for StaticIP!",
        EflowErrorId::StaticIpIncomplete);
    row("no adapters", "No adapters associated with the switch 'EFLOW-Int' are found.",
        EflowErrorId::VmNetworkMissing);
    row("network missing", "Network 'EFLOW-Int' does not exist", EflowErrorId::VmNetworkMissing);
    row("no ip", "Could not retrieve IP address for virtual machine", EflowErrorId::VmIpAddressMissing);
    row("no ip (#10)", "Failed to acquire IP address for virtual machine", EflowErrorId::VmIpAddressMissing);
    row("no mac/ip", "Failed to acquire MAC/IP address for virtual machine",
        EflowErrorId::VmIpAddressMissing);
    row("vnet resource", "wssdagent does not have the expected vnet resource provisioned.",
        EflowErrorId::VmIpAddressMissing);
    row("guest interface", "Missing EFLOW-VM guest interface for (DESKTOP-EFLOWInterface)",
        EflowErrorId::VmIpAddressMissing);
    row("dns", "10.0.10.300 is not a valid IP4 address", EflowErrorId::InvalidDnsServer);
    row("dda type", "Unsupported DDA Type: NVIDIA GeForce RTX 3080", EflowErrorId::GpuUnsupportedDda);
    row("gpu count", "Invalid GPU configuration requested, Passthrough enabled but requested gpuCount == 0",
        EflowErrorId::GpuInvalidConfiguration);
    row("gpu disabled count", "Invalid GPU configuration requested, Passthrough disabled but gpuCount > 0",
        EflowErrorId::GpuInvalidConfiguration);
    row("gpu type", "GPU PassthroughType 'ParaVirtualization' not supported by 'HyperV' WssdProvider",
        EflowErrorId::GpuPassthroughTypeUnsupported);
    row("gpu name", "Requested GPU configuration cannot be supported by Host, GPU 'NVIDIA T4' not available",
        EflowErrorId::GpuNotAvailable);
    row("gpu count available",
        "Requested GPU configuration cannot be supported by Host, not enough GPUs available - Requested(2), "
        "Available(1)",
        EflowErrorId::GpuNotAvailable);
    row("conn string missing", "Error, device connection string not provided.",
        EflowErrorId::ProvisioningParametersMissing);
    row("manual x509 params",
        "IoT Hub Hostname, Device ID, and/or identity cert/pk parameters for ManualX509 provisioning not "
        "specified",
        EflowErrorId::ProvisioningParametersMissing);
    row("dps symmetric params",
        "Scope ID, registration ID or symmetric key missing for DpsSymmetricKey provisioning",
        EflowErrorId::ProvisioningParametersMissing);
    row("dps tpm scope", "Scope ID for DpsTpm provisioning not specified",
        EflowErrorId::ProvisioningParametersMissing);
    row("global endpoint", "globalEndpoint not specified", EflowErrorId::ProvisioningParametersMissing);
    row("cert files",
        "Certificate and private key file for ManualX509 provisioning not found (expected at "
        "C:\\certs\\dev.pem)",
        EflowErrorId::CertificateFilesNotFound);
    row("vm not deployed", "Virtual machine does not exist, deploy it first", EflowErrorId::VmNotDeployed);
    row("aborted", "Provisioning aborted by user", EflowErrorId::ProvisioningAborted);
    row("headless reprovision", "Aborting, iotedge was previously provisioned (headless mode)!",
        EflowErrorId::ProvisioningAborted);
    row("tpm 2.0", "TPM 2.0 is required to enable DpsTpm", EflowErrorId::TpmRequired);
    row("tpm info", "TPM provisioning information not available!", EflowErrorId::TpmProvisioningUnavailable);
    row("tpm not enabled", "TPM provisioning was not enabled!", EflowErrorId::TpmProvisioningUnavailable);
    row("unknown feature", "Unknown feature 'Gpu' is provided.", EflowErrorId::UnknownFeature);
    row("dps unauthorized",
        "Failed to provision with IoT Hub, and no valid device backup was found: DPS client error\n"
        "caused by: IotHubUnauthorizedAccess",
        EflowErrorId::DpsUnauthorized);
    row("not running after provisioning",
        "iotedge service not running after provisioning, please investigate manually at line 2295",
        EflowErrorId::IotEdgeNotRunningAfterProvisioning);
    row("unexpected list", "Unexpected return from 'sudo iotedge list'", EflowErrorId::UnexpectedIotEdgeList);
    row("failed to provision toml", "Failed to provision config.toml. Please provision manually.",
        EflowErrorId::ProvisioningFailed);
    row("417", "417 -- The device's deployment configuration is not set",
        EflowErrorId::DeploymentConfigurationNotSet);
    row("empty agent config",
        "This device has an empty configuration for the edge agent. Please set a deployment manifest.",
        EflowErrorId::DeploymentConfigurationNotSet);
    row("vm off", "Can't process request, EFLOW VM is OFF!", EflowErrorId::VmOff);
    row("more than one vm", "Error: More than one virtual machine found", EflowErrorId::MultipleVms);
    row("ssh", "Unable to connect virtual machine with SSH. Aborting..", EflowErrorId::SshConnectFailed);
    row("stats", "Unexpected return stats from virtual machine", EflowErrorId::UnexpectedVmStats);
    row("404", "Deployment failed with errors: The remote server returned an error: (404) Not Found.",
        EflowErrorId::MsiDownloadNotFound);
    row("wssdagent unreachable", "wssdagent is unreachable, please retry...",
        EflowErrorId::WssdAgentUnreachable);
    row("wssdagent update", "WssdAgent is unreachable, update has failed.",
        EflowErrorId::WssdAgentUnreachable);
    row("wssdagent short", "wssdagent unreachable, please retry...", EflowErrorId::WssdAgentUnreachable);
    row("vm creation",
        "[04/12/2022 09:12:01] Error: Virtual machine creation failed!\n[04/12/2022 09:12:01] Cleaning up...",
        EflowErrorId::VmCreationFailed);
    row("unable to create", " - Unable to create virtual machine. (L1184)", EflowErrorId::VmCreationFailed);
    row("vm name retrieval", "Failed to retrieve virtual machine name.", EflowErrorId::VmCreationFailed);
    row("redeploy",
        "In order to attempt another deployment, please uninstall the Azure IoT Edge msi and start from "
        "fresh",
        EflowErrorId::RedeployNeedsReinstall);
    row("case-insensitive, wrapped by the console", "NOT ENOUGH CPU\r\n   CORES AVAILABLE.",
        EflowErrorId::NotEnoughCpu);
    return out;
}

} // namespace

void TestHostErrorCatalog::explain_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<EflowErrorId>("expected");
    for (const Sample &s : samples())
        QTest::newRow(s.name) << QString::fromUtf8(s.text) << s.id;
}

void TestHostErrorCatalog::explain()
{
    QFETCH(QString, output);
    QFETCH(EflowErrorId, expected);

    const EflowErrorExplanation x = explainEflowError(output);
    QVERIFY2(
        x.id == expected,
        qPrintable(QStringLiteral("got %1, expected %2").arg(eflowErrorKey(x.id), eflowErrorKey(expected))));
    QVERIFY(x.isKnown());
    QVERIFY(!x.cause.isEmpty());
    QVERIFY(!x.fix.isEmpty());
    QVERIFY(x.cause != x.fix);
    QVERIFY(!x.matchedLine.isEmpty());
    QCOMPARE(x.rawText, output.trimmed());
}

void TestHostErrorCatalog::everyEntryIsCovered()
{
    QSet<EflowErrorId> covered;
    for (const Sample &s : samples())
        covered.insert(s.id);
    const QList<EflowErrorId> all = knownEflowErrors();
    QVERIFY(all.size() >= 50);
    QSet<QString> keys;
    for (EflowErrorId id : all) {
        QVERIFY2(covered.contains(id), qPrintable(QStringLiteral("no sample for %1").arg(eflowErrorKey(id))));
        QVERIFY(id != EflowErrorId::Unknown);
        keys.insert(eflowErrorKey(id));
    }
    QCOMPARE(keys.size(), all.size()); // keys are unique and stable
    QCOMPARE(eflowErrorKey(EflowErrorId::Unknown), QStringLiteral("Unknown"));
}

void TestHostErrorCatalog::unknownText()
{
    const QString raw = QStringLiteral("  Something entirely new went wrong (L9999)\n");
    const EflowErrorExplanation x = explainEflowError(raw);
    QCOMPARE(x.id, EflowErrorId::Unknown);
    QVERIFY(!x.isKnown());
    QVERIFY(!x.cause.isEmpty());
    QVERIFY(!x.fix.isEmpty());
    QVERIFY(x.matchedLine.isEmpty());
    QCOMPARE(x.rawText, QStringLiteral("Something entirely new went wrong (L9999)"));

    const EflowErrorExplanation empty = explainEflowError(QString());
    QCOMPARE(empty.id, EflowErrorId::Unknown);
    QVERIFY(!empty.cause.isEmpty());
}

// A failed Deploy-Eflow prints the specific error and then the generic closing lines (§2.1); the
// specific one must win, and the matched line must be the specific one.
void TestHostErrorCatalog::specificBeatsGeneric()
{
    const QString console = QStringLiteral(
        "[04/12/2022 09:11:58] Instantiating virtual machine (name: DESKTOP-EFLOW)\n"
        "[04/12/2022 09:12:01] Error: Virtual machine creation failed!\n"
        "[04/12/2022 09:12:01] Cleaning up...\n"
        "[04/12/2022 09:12:02] Exception caught!!!\n"
        " - Not enough memory in the system to start the virtual machine DESKTOP-EFLOW (L1184)\n"
        "In order to attempt another deployment, please uninstall the Azure IoT Edge msi and start from "
        "fresh\n");
    const EflowErrorExplanation x = explainEflowError(console);
    QCOMPARE(x.id, EflowErrorId::NotEnoughMemory);
    QCOMPARE(x.matchedLine,
             QStringLiteral(
                 "- Not enough memory in the system to start the virtual machine DESKTOP-EFLOW (L1184)"));
}

// Access denied is a symptom of many failures: the module's specific message wins over it, and the
// matched line is the message that says most (the words before the ids).
void TestHostErrorCatalog::accessDeniedIsTheLastResort()
{
    QCOMPARE(explainEflowError(QStringLiteral("Not enough memory available.\nAccess is denied.")).id,
             EflowErrorId::NotEnoughMemory);
    const EflowErrorExplanation x = explainEflowError(QStringLiteral(
        "PowerShell error: FullyQualifiedErrorId=x Exception=System.UnauthorizedAccessException "
        "HResult=0x80070005\nAccess to the path 'C:\\eflow' is denied."));
    QCOMPARE(x.id, EflowErrorId::AccessDenied);
    QCOMPARE(x.matchedLine, QStringLiteral("Access to the path 'C:\\eflow' is denied."));
}

QTEST_GUILESS_MAIN(TestHostErrorCatalog)
#include "tst_host_errorcatalog.moc"
