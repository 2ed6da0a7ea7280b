#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "engine/host/HostModels.h"
#include "engine/plan/EflowRelease.h"

namespace eflow::host {

// State of a Windows optional feature (client) or role (server), as Get-WindowsOptionalFeature /
// Get-WindowsFeature report it (reference/eflow.md §3.2).
enum class FeatureState
{
    Unknown = 0,
    Enabled,       // Enabled / Installed
    Disabled,      // Disabled / Available
    EnablePending, // enabled, but Windows has not restarted yet
    NotAvailable,  // the edition does not have it (Windows 10 Home, "unknown feature" on Server)
};

// Get-Service Status, plus "not installed".
enum class ServiceRunState
{
    Unknown = 0,
    Running,
    Stopped,
    Missing,
};

// Get-VMSwitch SwitchType.
enum class SwitchKind
{
    Unknown = 0,
    Internal,
    External,
    Private,
};

struct HostService
{
    QString name; // "vmms", "vmcompute", "hvhost", "WSSDAgent"
    ServiceRunState state = ServiceRunState::Unknown;
};

struct VirtualSwitch
{
    QString name;
    SwitchKind kind = SwitchKind::Unknown;
    QString netAdapter;           // NetAdapterInterfaceDescription (External only)
    bool isDefaultSwitch = false; // "Default Switch" (ICS, client SKUs): DHCP, no static IP
    bool hasNat = false;          // Internal: a NetNat covers its subnet
    QString hostAddress;          // Internal: IPv4 of "vEthernet (<name>)", e.g. 172.20.0.1
    int prefixLength = 0;
};

struct GpuInfo
{
    QString name; // Win32_VideoController.Caption, exactly (Deploy-Eflow -gpuName must match it)
    QString driverVersion;
    bool ddaCapable = false;   // NVIDIA Tesla T4 / A2 (the only DDA types the module accepts)
    bool gpuPvCapable = false; // a driver with WSL/GPU-PV support
};

struct DiskInfo
{
    QString drive; // "C:"
    qint64 freeMb = -1;
    qint64 sizeMb = -1;
};

// The installed EFLOW MSI (uninstall registry, reference/eflow.md §1.4).
struct EflowInstall
{
    bool installed = false;
    QString productName; // "Azure IoT Edge LTS" (every LTS line) / "Azure IoT Edge" (Continuous Release)
    QString version;     // DisplayVersion, e.g. "1.4.14.24074"
    // The line the wizard drives it as (releaseForInstalledLine): a later line counts as the newest known.
    plan::EflowRelease release = plan::EflowRelease::Unknown;
    QString installDir;
    QString line;                // the release line of the version as the host reports it: "1.4", "1.6"
    bool newerThanKnown = false; // line is later than any the wizard knows
};

// An EFLOW VM that already exists (Verify-EflowVm, Get-EflowVm).
struct ExistingVm
{
    bool exists = false;
    QString name; // "<host>-EFLOW"
    VmPowerState powerState = VmPowerState::Unknown;
    std::optional<bool> provisioned; // not known unless the VM could be asked
    // Its settings, where the host could report them (-1 / empty: not known): the deployment compares
    // them with the plan before it keeps the VM (Deploy-Eflow never changes an existing one).
    int cpuCount = -1;
    qint64 memoryMb = -1;
    int diskSizeGb = -1;
    QString switchName{}; // initialised, so that aggregate initialisations may leave them out
    QString ip4Address{};
};

// The language and formats of a Windows host (issue 17): what its own text arrives in and how it writes
// numbers and dates. The wizard reads none of its answers from such text (the probe reports typed
// values as JSON), but the technician and the logs see the host's messages in this language.
struct HostCulture
{
    QString name;   // CultureInfo.CurrentCulture, e.g. "ja-JP" (numbers, dates); empty: invariant
    QString uiName; // CurrentUICulture, e.g. "ja-JP": the language of Windows' and PowerShell's messages
    // [Console]::OutputEncoding.CodePage in the wizard's session: 65001 where the bootstrap could set
    // UTF-8, else the code page of cmdlet text and error records (932 on a Japanese Windows over ssh).
    int outputCodePage = -1;
    int ansiCodePage = -1;    // [Text.Encoding]::Default: the system's ANSI code page (932, 1252, …)
    int oemCodePage = -1;     // the culture's OEM code page (932, 850, 437, …): consoles start in it
    QString decimalSeparator; // "." (ja-JP, en-US), "," (de-DE)
    QString groupSeparator;   // "," (ja-JP, en-US), "." (de-DE), U+202F (fr-FR)
    QString shortDatePattern; // "yyyy/MM/dd" (ja-JP), "dd.MM.yyyy" (de-DE), "M/d/yyyy" (en-US)
    QString longTimePattern;  // "H:mm:ss" (ja-JP), "HH:mm:ss" (de-DE), "h:mm:ss tt" (en-US)

    // The code page of the host's text that is not UTF-8 (0: not reported).
    int textCodePage() const;
    bool isEmpty() const { return name.isEmpty() && uiName.isEmpty() && outputCodePage < 0; }
};

// Everything the target check needs to know about a Windows host (issue 4, reference/eflow.md §3.2).
// Numbers that were not reported are -1 (or empty/Unknown); the requirement check treats them as
// "could not be checked", never as zero.
struct HostFacts
{
    QString computerName; // CSName; the VM will be "<computerName>-EFLOW"
    QString osCaption;    // "Microsoft Windows 11 Pro"
    QString osVersion;    // "10.0.22631"
    int buildNumber = -1;
    int ubr = -1;                // update build revision
    int operatingSystemSku = -1; // 48 Professional, 101 Home ("Core"), 7/8 Server Standard/Datacenter…
    int productType = -1;        // 1 workstation, 2 domain controller, 3 server
    QString architecture;        // "AMD64" / "ARM64"
    QString uiLanguage;          // first of MUILanguages, e.g. "ja-JP" (WAC broke on some locales)

    qint64 totalMemoryMb = -1;
    qint64 freeMemoryMb = -1;
    int logicalProcessors = -1;
    DiskInfo disk; // the drive of the VHDX folder (C: by default)

    FeatureState hyperV = FeatureState::Unknown;           // Microsoft-Hyper-V / role Hyper-V
    FeatureState hyperVPowerShell = FeatureState::Unknown; // …-Management-PowerShell / Hyper-V-PowerShell
    FeatureState hyperVHypervisor = FeatureState::Unknown; // Microsoft-Hyper-V-Hypervisor (client)
    FeatureState virtualMachinePlatform = FeatureState::Unknown; // checked on Server 2019
    FeatureState openSshClient = FeatureState::Unknown;          // capability OpenSSH.Client*
    std::optional<bool> hypervisorPresent;
    std::optional<bool> firmwareVirtualization; // HyperVRequirementVirtualizationFirmwareEnabled
    std::optional<bool> secondLevelAddressTranslation;
    QList<HostService> services; // vmms, vmcompute, hvhost, WSSDAgent

    bool isVirtualMachine = false; // Win32_BaseBoard.Product == "Virtual Machine" (or VMware, …)
    QString virtualMachineVendor;  // "Microsoft Hyper-V", "VMware", "Azure"
    bool isAzureVm = false;        // WindowsAzureGuestAgent exists: no External switch possible

    QList<VirtualSwitch> switches;
    QList<GpuInfo> gpus;
    // The host's own IPv4 DNS servers (not those of internal switches): what a VM behind a created NAT
    // switch should use, since Windows NAT has no DNS proxy.
    QStringList dnsServers;

    bool elevated = false;
    // The policy the wizard's own sessions run under, e.g. "Bypass", "AllSigned", "Restricted", and the
    // scope that set it ("MachinePolicy", "UserPolicy", "Process", "CurrentUser", "LocalMachine",
    // "Default" when no scope defines one).
    QString executionPolicy;
    QString executionPolicyScope;
    QString psEdition; // "Desktop" (5.1) / "Core" (7.x)
    QString psVersion; // "5.1.22621.2506"
    HostCulture culture;

    EflowInstall eflow;
    ExistingVm vm;

    bool isServer() const { return productType == 2 || productType == 3; }
    bool hasDefaultSwitch() const;
    const VirtualSwitch *findSwitch(const QString &name) const; // case-insensitive, nullptr if absent
    ServiceRunState serviceState(const QString &name) const;    // case-insensitive; Unknown if absent
};

QString featureStateKey(FeatureState state); // "enabled", "disabled", "enablePending", "notAvailable"
// The state in words for people ("enabled, restart pending"), translated.
QString featureStateText(FeatureState state);
FeatureState featureStateFromKey(const QString &key);
QString serviceRunStateKey(ServiceRunState state); // "running", "stopped", "missing"
ServiceRunState serviceRunStateFromKey(const QString &key);
QString switchKindKey(SwitchKind kind); // "Internal", "External", "Private" (Get-VMSwitch spelling)
SwitchKind switchKindFromKey(const QString &key);

// The JSON form: what the probe script prints after the result marker and what the simulated host
// produces, so both go through the same decoder. Keys are camelCase of the field names above
// ("computerName", "disk": {"drive", "freeMb", "sizeMb"}, "switches": [{"name", "kind", …}], …).
QJsonObject hostFactsToJson(const HostFacts &facts);
// Unknown keys are ignored; a key with the wrong type is an error (error gets a sentence naming it).
std::optional<HostFacts> hostFactsFromJson(const QJsonObject &json, QString *error = nullptr);
// The same for raw text (the line after the result marker): also reports bad JSON and a non-object.
std::optional<HostFacts> hostFactsFromJsonText(const QByteArray &text, QString *error = nullptr);

} // namespace eflow::host
