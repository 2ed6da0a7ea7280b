#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/EflowRelease.h"

namespace eflow::sim {

struct SimScenario;

// HostOperationResult::errorId of every operation of a simulated host whose state file cannot be read
// or is damaged: the host refuses to act rather than take itself for a new machine (issue 14 item 6).
QString simStateUnreadableId();
QString simStateDamagedId();

// What happened to the simulated machine: features enabled, MSI installed, switches made, the VM and
// its IoT Edge runtime. Kept as JSON in <stateDirectory>/sim-host.json (written atomically after every
// change) so that separate processes on the same folder see the same machine; an empty folder keeps it
// in memory only. Never holds a key or a connection string.
struct SimHostState final
{
    // How the last provisioning ended inside the VM.
    enum class Provisioning
    {
        Unknown = 0, // never provisioned
        Assigned,    // DPS assigned a hub (or a connection string was applied)
        Failed,      // the runtime could not register (DPS error) or the method cannot work here
    };

    SimHostState() = default;

    // A fresh machine as the scenario describes it.
    static SimHostState initial(const SimScenario &scenario);

    // Reads <directory>/sim-host.json; false (state unchanged) when there is none or it is unreadable.
    bool load(const QString &directory, QString *error = nullptr);
    // ---- issue 14 item 6: a state file that exists but cannot be used is not "a new machine" ----
    enum class ReadResult
    {
        Loaded,
        Missing,    // no file (or no folder): a machine nothing has happened to yet
        Unreadable, // the file system refused; *error names the file
        Damaged,    // not JSON, not an object, or not schema 1; *error names the file
    };
    ReadResult read(const QString &directory, QString *error = nullptr);
    // Writes it atomically (QSaveFile); true without writing when directory is empty.
    bool save(const QString &directory, QString *error = nullptr) const;
    static QString filePath(const QString &directory);

    QJsonObject toJson() const;
    static SimHostState fromJson(const QJsonObject &json);

    QString scenarioId;
    host::FeatureState hyperV = host::FeatureState::Unknown; // Unknown: as the scenario says
    // Restart-Computer was called: the machine does not answer until then (invalid: it runs).
    QDateTime restartingUntil;

    // The installed MSI.
    bool eflowInstalled = false;
    plan::EflowRelease release = plan::EflowRelease::Unknown;
    QString eflowVersion;
    QString installDir;
    QString vhdxDir;

    QList<host::VirtualSwitch> createdSwitches;

    // The VM.
    bool vmExists = false;
    QString vmName;
    QString vmIp;
    QString vmMac;
    int vmPrefixLength = 0;
    QString vmGateway;
    QString vmSwitch;
    bool vmStaticIp = false;
    int vmCpuCount = 0;
    int vmMemoryMb = 0;
    int vmDiskGb = 0;
    int vmGpuCount = 0;
    QDateTime vmCreatedAt;
    int deployCount = 0; // how many times Deploy-Eflow really created a VM

    // Provisioning: the settings without their secret, and how it went.
    plan::ProvisioningType provisioningType = plan::ProvisioningType::Unknown;
    QString idScope;
    QString registrationId;
    QString globalEndpoint;
    Provisioning provisioning = Provisioning::Unknown;
    QString assignedHub;
    QString deviceId;
    QDateTime registeredAt;
    QString dpsError;           // the DPS client's sentence
    int dpsHttpStatus = 0;      // e.g. 401
    qint64 dpsErrorCode = 0;    // e.g. 401002
    QString dpsErrorBody;       // the service's JSON answer, as identityd logs it
    QDateTime provisionedAt;    // when Provision-EflowVm ran (success or not)
    QDateTime runtimeStartedAt; // edgeAgent start (Assigned only)
    int provisionCount = 0;
    // The IoT Edge proxy configureEdgeProxy set in the VM (empty: none) and edgeAgent's UpstreamProtocol.
    QString edgeProxy;
    QString edgeUpstreamProtocol;
};

} // namespace eflow::sim
