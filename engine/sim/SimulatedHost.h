#pragma once

#include <optional>

#include <QString>

#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/host/HostBackend.h"
#include "engine/sim/SimHostState.h"
#include "engine/sim/SimScenario.h"

namespace eflow::sim {

// The demo host: a Windows machine of a SimScenario with a simulated EFLOW VM. Every operation prints the
// lines and returns the data the real host would (HostBackend's contract: the same raw texts, so the same
// parsers and the same error catalogue apply), paced by timers, cancellable and with the operation's
// timeout. The VM's IoT Edge runtime registers with DPS through the engine's real DpsDeviceClient (the
// local DPS in demo mode), so a wrong key fails exactly as on a device.
//
// The machine's state lives in SimHostState, re-read from the state folder when an operation starts and
// written when it changes, so several processes (or instances) on one folder share one machine.
class SimulatedHost final : public host::HostBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedHost)

public:
    // stateDirectory empty: memory only. dpsOptions: how the VM reaches DPS; whatever global endpoint
    // the provisioning settings name, the simulated VM resolves it to dpsOptions.endpoint.
    SimulatedHost(SimScenario scenario, QString stateDirectory, dps::DpsDeviceClientOptions dpsOptions,
                  QObject *parent = nullptr);
    ~SimulatedHost() override;

    // 1.0: demo pace (a whole deployment takes about 40 s); larger is faster; 0: no delays at all.
    void setSpeed(double speed);
    // A named machine of the scenario (HostTarget::machine): describe() names it, so that journals and
    // logs tell two machines of one scenario apart.
    void setMachineName(const QString &name) { m_machineName = name; }
    double speed() const { return m_speed; }

    const SimScenario &scenario() const { return m_scenario; }
    QString stateDirectory() const { return m_stateDirectory; }
    // The machine as it is now (re-read from the state folder).
    SimHostState currentState();

    QString describe() const override;
    bool isSimulated() const override { return true; }

    host::HostOperation *probe(const QString &drive = {}) override;
    host::HostOperation *enableHyperV() override;
    host::HostOperation *createSwitch(const plan::SwitchCreation &request) override;
    host::HostOperation *installEflow(plan::EflowRelease release,
                                      const plan::InstallSettings &install) override;
    host::HostOperation *deploy(const plan::DeploymentPlan &plan) override;
    host::HostOperation *provision(plan::EflowRelease release, const plan::ProvisioningSettings &settings,
                                   host::ProvisioningSecret secret) override;
    host::HostOperation *vmStatus() override;
    host::HostOperation *moduleList() override;
    host::HostOperation *serviceStatus(plan::EflowRelease release) override;
    host::HostOperation *check(plan::EflowRelease release) override;
    host::HostOperation *logs(plan::EflowRelease release, int lines = 200) override;
    host::HostOperation *supportBundle() override;
    // ---- issue 13 (deployment): in SimulatedHostLifecycle.cpp ----
    host::HostOperation *restartHost() override;
    host::HostOperation *uninstallEflow() override;
    // Overview (issue 13 item 9)
    host::HostOperation *moduleLogs(const QString &module, int lines) override;
    host::HostOperation *configureEdgeProxy(plan::EflowRelease release,
                                            const plan::EdgeProxySettings &proxy) override;
    host::HostOperation *fetchFile(const QString &remotePath, const QString &localDirectory,
                                   const QString &fileName) override;

private:
    host::HostOperation *newOperation(const QString &name, int timeoutMs);
    void reload();
    bool persist(QString *error = nullptr);
    host::HostFacts currentFacts(const QString &drive) const;
    // While a simulated restart runs, the machine does not answer: op fails as ssh would.
    bool failIfRestarting(host::HostOperation *op);
    QList<host::VirtualSwitch> allSwitches() const;
    // The machine (re-read) with its release defaulted to release; nothing, with op failed as the module
    // fails, when it has no VM.
    std::optional<SimHostState> vmState(host::HostOperation *op, plan::EflowRelease release);

    SimScenario m_scenario;
    QString m_stateDirectory;
    dps::DpsDeviceClientOptions m_dpsOptions;
    double m_speed = 1.0;
    SimHostState m_state;
    // ---- issue 14 item 6: the state file could not be read or is damaged (empty: it is fine) ----
    QString m_stateError;
    QString m_stateErrorId;
    QString m_machineName;
};

} // namespace eflow::sim
