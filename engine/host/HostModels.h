#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace eflow::host {

// STATUS column of `iotedge list` (reference/eflow.md §5.1: lowercase ModuleStatus
// unknown|running|stopped|failed|dead). Backoff is not printed by `iotedge list`, but edgeAgent reports
// it for modules in the twin, and the overview shows both through the same type.
enum class ModuleStatus
{
    Unknown = 0,
    Running,
    Stopped,
    Failed,
    Dead,
    Backoff,
};

ModuleStatus moduleStatusFromText(const QString &text);
// The word for `status` as `iotedge list` prints it ("unknown" for Unknown): for reports and exports.
QString moduleStatusKey(ModuleStatus status);

// One row of `sudo iotedge list`.
struct IotEdgeModule
{
    QString name;
    QString statusText; // as printed, e.g. "running"; kept so an unknown word is still shown
    ModuleStatus status = ModuleStatus::Unknown;
    QString description; // humanised, e.g. "Up 5 minutes", "Failed (139) 0 seconds ago", "Stopped"
    QString image;       // 4th column: CONFIG (1.1/1.2) or Config (1.3+); the image in practice
};

struct ModuleList
{
    QList<IotEdgeModule> modules;
    // The 4th header as printed: "CONFIG" up to 1.2, "Config" from 1.3 on (§5.1) — a hint of the line.
    QString configHeader;
};

// systemd ActiveState (the first word of `Active:`), plus what `iotedge system status` prints
// (Running = active, Ready = inactive but socket-activated, Down = anything else).
enum class ServiceState
{
    Unknown = 0,
    Active,
    Inactive,
    Activating,
    Deactivating,
    Reloading,
    Failed,
};

ServiceState serviceStateFromActiveWord(const QString &word);

// `systemctl status <unit>` or one row of `iotedge system status`.
struct ServiceStatus
{
    QString unit;        // "iotedge.service", "aziot-edged.service"
    QString description; // "Azure IoT Edge daemon"
    QString loaded;      // the Loaded: value
    QString activeText; // the Active: value up to "since", e.g. "active (running)"; or "Running", "Down - …"
    QString subState;   // "running", "dead", "auto-restart", "Result: exit-code"
    QString since;      // "Sat 2020-05-09 18:02:09 UTC"
    QString sinceAgo;   // "7min ago"
    qint64 mainPid = 0;  // 0 = not reported
    QString mainProcess; // "iotedged"
    ServiceState state = ServiceState::Unknown;
    QStringList logLines; // the journal tail systemctl (or `iotedge system status` for bad services) prints
};

// `sudo iotedge system status` (1.2+ only).
struct SystemServicesStatus
{
    QList<ServiceStatus> services; // in printed order: aziot-edged, identityd, keyd, certd, tpmd
    bool allHealthy() const;       // Running or Ready everywhere
};

// result.result of `iotedge check --output json` (ok|warning|ignored|skipped|fatal|error, §5.2) and
// the text markers (√ OK, ‼ Warning, × Error).
enum class CheckResultKind
{
    Unknown = 0,
    Ok,
    Warning,
    Error,
    Skipped,
    Fatal,
    Ignored,
};

CheckResultKind checkResultKindFromText(const QString &text);
// The word for `kind` as `iotedge check --output json` prints it ("unknown" for Unknown).
QString checkResultKindKey(CheckResultKind kind);

struct IotEdgeCheck
{
    QString id;          // "container-engine-dns"; empty when a text description is not in the table
    QString description; // "DNS server"
    CheckResultKind kind = CheckResultKind::Unknown;
    QString kindText;    // as printed, so an unexpected word still reaches the user
    QStringList details; // the error chain (JSON) or the indented message lines (text)
    QVariantMap additionalInfo;
};

struct IotEdgeCheckSection
{
    QString name; // "Configuration checks", "Connectivity checks (aziot-identity-service)", …
    QList<IotEdgeCheck> checks;
};

struct IotEdgeCheckResult
{
    QList<IotEdgeCheckSection> sections;
    QVariantMap additionalInfo; // JSON only: versions, os, system_info
    // Text footer counts ("N check(s) succeeded." …); -1 when not printed (JSON has no footer).
    int succeeded = -1;
    int warnings = -1;
    int errors = -1;
    int skipped = -1;

    int count(CheckResultKind kind) const;
    int totalChecks() const;
};

// VmPowerState of Get-EflowVm (§2.3: `Running` or `Off`).
enum class VmPowerState
{
    Unknown = 0,
    Running,
    Off,
};

// `Get-EflowVm | ConvertTo-Json` (§2.3): VmConfiguration, VmPowerState, EdgeRuntimeVersion,
// EdgeRuntimeStatus, SystemStatistics.
struct EflowVmStatus
{
    QString vmName; // VmConfiguration.name, e.g. "DESKTOP-G5K33IS-EFLOW"
    QString computerName;
    QString powerStateText;
    VmPowerState powerState = VmPowerState::Unknown;
    int configuredCpuCount = 0; // VmConfiguration.properties.hardwareProfile.customsize
    int configuredGpuCount = 0;
    int configuredMemoryMb = 0;

    QString iotEdgeVersion; // EdgeRuntimeVersion.IotEdgeVersion
    QString mobyEngineVersion;
    QString mobyCliVersion;

    qint64 totalMemMb = -1; // SystemStatistics; -1 = not reported
    qint64 usedMemMb = -1;
    qint64 availableMemMb = -1;
    qint64 totalStorageMb = -1;
    qint64 usedStorageMb = -1;
    qint64 availableStorageMb = -1;
    int cpuCount = 0;
    QString kernelVersion; // the closest thing to an OS version Get-EflowVm reports

    QStringList systemCtlStatusLines; // EdgeRuntimeStatus.SystemCtlStatus (lines of `systemctl status`)
    QStringList moduleListLines;      // EdgeRuntimeStatus.ModuleList when it arrives as text lines
};

} // namespace eflow::host
