#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "engine/plan/EflowRelease.h"
#include "engine/sim/SimHostState.h"

namespace eflow::sim {

// What one EFLOW release line ships (reference/eflow.md §0, §1.1, §2.3 EdgeRuntimeVersion).
struct SimReleaseInfo
{
    QString productName; // uninstall DisplayName: "Azure IoT Edge LTS" (1.1) / "Azure IoT Edge"
    QString msiVersion;  // DisplayVersion
    QString downloadUrl; // the aka.ms link of the x64 MSI
    int msiSizeMb = 0;
    QString iotEdgeVersion;
    QString mobyEngineVersion;
    QString mobyCliVersion;
    QString kernelVersion;
    QString osId; // /etc/os-release ID inside the VM
    QString osVersionId;
    QString agentImage; // edgeAgent's image as the default config pulls it
    bool aziot = false; // 1.2+: aziot-edged, TOML, `iotedge system`
};

SimReleaseInfo simReleaseInfo(plan::EflowRelease release);

// The inside of the simulated EFLOW VM: the texts its commands print, derived from the host state at a
// given moment, exactly in the shapes of reference/eflow.md §2.3 and §5 so that the parsers of
// IotEdgeParsers.h read them as they read a real VM's.
class SimulatedVm final
{
public:
    SimulatedVm(const SimHostState &state, const QDateTime &now);

    const SimReleaseInfo &release() const { return m_release; }
    // The runtime registered and edgeAgent runs.
    bool runtimeRunning() const;

    // `sudo iotedge list`. ok is false when the command fails (runtime not up); the text is then what
    // the CLI prints on stderr.
    QString moduleList(bool *ok) const;
    // `systemctl status aziot-edged` (1.2+) or `systemctl status iotedge` (1.1), non-TTY (`*` bullet).
    QString systemctlStatus() const;
    // `sudo iotedge system status` (1.2+ only).
    QString systemStatus() const;
    // `sudo iotedge check --output json`; exitCode is 1 when any check errored, as the CLI's.
    QString checkJson(int *exitCode) const;
    // The last `lines` journal lines of the IoT Edge services.
    QString journal(int lines) const;
    // `Get-EflowVm | ConvertTo-Json -Depth 5`. Memory and storage in use move with the time since the VM
    // was created, as a live VM's do; the sizes are the deployed plan's.
    QString getEflowVmJson() const;
    // vmStatus's data (HostBackend.h): without a VM {"json": "", "deployed": false, "installed"}, as
    // vmStatus.ps1 answers before EFLOW is deployed; else the JSON and the VM's address and version.
    QJsonObject vmStatusData() const;
    // `sudo iotedge logs <module> --tail <lines>`. ok is false when the module does not run (the text is
    // then what the CLI prints).
    QString moduleLogs(const QString &module, int lines, bool *ok) const;

    // chrono-humanize as `iotedge list` prints it: "9 seconds", "a minute", "2 minutes", "11 hours".
    static QString humanizeDuration(qint64 seconds);
    // systemd's relative time: "4s", "2min 3s", "58min", "1h 12min", "3 days".
    static QString systemdRelative(qint64 seconds);

private:
    QStringList journalLines() const;
    QString journalPrefix(const QDateTime &when, const QString &process, int pid) const;
    // The "additional_info" part of `iotedge check --output json`.
    QJsonObject checkAdditionalInfo(bool running) const;

    SimHostState m_state;
    QDateTime m_now;
    SimReleaseInfo m_release;
};

} // namespace eflow::sim
