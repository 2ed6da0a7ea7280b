#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace eflow::host {

// Translation context for the catalogue sentences (style.md §8).
struct EflowErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(EflowErrorCatalog)
};

// Known failures of the AzureEFLOW cmdlets (reference/eflow.md §1.3, §2.2, §2.3, §2.4, §6). The order
// is the matching priority: when a cmdlet prints several known messages, the more specific one wins
// (e.g. "Not enough memory available." over the closing "please uninstall … and start from fresh").
enum class EflowErrorId
{
    Unknown = 0,
    // Host and prerequisites
    NotElevated,
    ExecutionPolicyRefused,
    PowerShellCoreUnsupported,
    SignatureInvalid,
    HostRequirementsNotMet,
    HnsVersionTooOld,
    PrerequisiteInstallFailed,
    FeatureNotInEdition,
    FeatureNotEnabled,
    VirtualizationFirmwareDisabled,
    HypervisorNotPresent,
    HyperVServicesNotRunning,
    SyntheticEthernetPortFailed,
    // WSSDAgent
    WssdAgentMissing,
    WssdAgentCertificateExpired,
    VmConfigurationMissing,
    VmNameUnavailable,
    // Resources
    NotEnoughMemory,
    NotEnoughCpu,
    NotEnoughDisk,
    // Existing installs and VM creation
    VmAlreadyExists,
    VhdCreationFailed,
    // Networking
    VirtualSwitchInstallFailed,
    VirtualSwitchNotSupported,
    VirtualSwitchNotFound,
    DuplicateVirtualSwitch,
    StaticIpOnDefaultSwitch,
    StaticIpIncomplete,
    VmNetworkMissing,
    VmIpAddressMissing,
    InvalidDnsServer,
    // GPU
    GpuUnsupportedDda,
    GpuInvalidConfiguration,
    GpuPassthroughTypeUnsupported,
    GpuNotAvailable,
    // Provisioning
    ProvisioningParametersMissing,
    CertificateFilesNotFound,
    VmNotDeployed,
    ProvisioningAborted,
    TpmRequired,
    TpmProvisioningUnavailable,
    UnknownFeature,
    DpsUnauthorized,
    IotEdgeNotRunningAfterProvisioning,
    UnexpectedIotEdgeList,
    ProvisioningFailed,
    DeploymentConfigurationNotSet,
    // Talking to the VM
    VmOff,
    MultipleVms,
    SshConnectFailed,
    UnexpectedVmStats,
    // Downloads
    MsiDownloadNotFound,
    // Windows itself
    AccessDenied,
    // Generic closers, matched last
    WssdAgentUnreachable,
    VmCreationFailed,
    RedeployNeedsReinstall,
};

// What the user sees for a failed cmdlet: a cause and a fix (translated), and the raw text one click
// away (design.md: "Errors are sentences a technician can act on").
struct EflowErrorExplanation
{
    EflowErrorId id = EflowErrorId::Unknown;
    QString cause;
    QString fix;
    QString matchedLine; // the line of the output that matched; empty for unknown text
    QString rawText;     // the whole output, trimmed

    bool isKnown() const { return id != EflowErrorId::Unknown; }
};

// Maps cmdlet output (stdout + stderr, any length) to the best catalogue entry; unknown text gives a
// generic cause and fix and keeps the raw text. The AzureEFLOW module's messages are English on every
// Windows; what Windows, .NET and Windows PowerShell say themselves is matched in English, by what names
// it in every language (HRESULT, FullyQualifiedErrorId, exception type) and in its ja-JP and de-DE
// wording (issue 17).
EflowErrorExplanation explainEflowError(const QString &output);

// Every catalogue entry in matching order (for tests and the support docs).
QList<EflowErrorId> knownEflowErrors();

// Stable name of an entry ("NotEnoughMemory"), for logs and result files.
QString eflowErrorKey(EflowErrorId id);

} // namespace eflow::host
