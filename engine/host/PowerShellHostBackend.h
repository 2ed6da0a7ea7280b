#pragma once

#include <QString>

#include "engine/host/HostBackend.h"
#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellProcess.h"

namespace eflow::host {

// HostBackend on a real Windows host: each operation runs one generated script (PowerShellScripts)
// in Windows PowerShell 5.1 through PowerShellProcess, on this computer or over OpenSSH.
class PowerShellHostBackend final : public HostBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowerShellHostBackend)

public:
    // program: the executable to run instead of powershell.exe / ssh (tests pass a stand-in).
    explicit PowerShellHostBackend(PowerShellTarget target, QString program = {}, QObject *parent = nullptr);
    ~PowerShellHostBackend() override;

    const PowerShellTarget &target() const { return m_target; }
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    // Passed on to PowerShellProcess: how long a cancelled process tree gets before SIGKILL.
    void setKillGracePeriod(int milliseconds) { m_graceMs = milliseconds; }

    // Default limits of each kind of operation; callers may change an operation's timeout.
    static constexpr int probeTimeoutMs = 120 * 1000;
    static constexpr int deployTimeoutMs = 45 * 60 * 1000;
    static constexpr int installTimeoutMs = 30 * 60 * 1000;
    static constexpr int provisionTimeoutMs = 10 * 60 * 1000;
    static constexpr int changeTimeoutMs = 15 * 60 * 1000; // enableHyperV, createSwitch
    static constexpr int readTimeoutMs = 2 * 60 * 1000;
    static constexpr int supportBundleTimeoutMs = 10 * 60 * 1000;
    static constexpr int restartTimeoutMs = 2 * 60 * 1000; // starting the restart, not waiting for it

    QString describe() const override;
    bool isSimulated() const override { return false; }

    HostOperation *probe(const QString &drive = {}) override;
    HostOperation *enableHyperV() override;
    HostOperation *createSwitch(const plan::SwitchCreation &request) override;
    HostOperation *installEflow(plan::EflowRelease release, const plan::InstallSettings &install) override;
    HostOperation *deploy(const plan::DeploymentPlan &plan) override;
    HostOperation *provision(plan::EflowRelease release, const plan::ProvisioningSettings &settings,
                             ProvisioningSecret secret) override;
    HostOperation *vmStatus() override;
    HostOperation *moduleList() override;
    HostOperation *serviceStatus(plan::EflowRelease release) override;
    HostOperation *check(plan::EflowRelease release) override;
    HostOperation *logs(plan::EflowRelease release, int lines = 200) override;
    HostOperation *supportBundle() override;
    // ---- License terms (issue 13 item 8) ----
    HostOperation *licenseTerms(plan::EflowRelease release, const QString &msiPath) override;
    // ---- issue 13 (deployment) ----
    HostOperation *restartHost() override;
    HostOperation *uninstallEflow() override;
    // Overview (issue 13 item 9)
    HostOperation *moduleLogs(const QString &module, int lines) override;
    HostOperation *configureEdgeProxy(plan::EflowRelease release,
                                      const plan::EdgeProxySettings &proxy) override;
    HostOperation *fetchFile(const QString &remotePath, const QString &localDirectory,
                             const QString &fileName) override;
    // The sftp program for fetchFile over ssh ("sftp" when empty; tests set a stand-in).
    void setSftpProgram(const QString &program) { m_sftpProgram = program; }

private:
    enum class Kind
    {
        Unknown = 0,
        Plain,
        Probe,  // the result must decode as HostFacts
        Deploy, // console lines drive the progress bar (deployPhaseForLine)
    };
    // Starts envelope's script on the next turn of the event loop (so that the caller can connect to
    // the operation first) and maps the outcome onto the operation.
    HostOperation *run(const QString &title, PowerShellEnvelope envelope, int timeoutMs, Kind kind);

    PowerShellTarget m_target;
    QString m_program;
    QString m_sftpProgram;
    int m_graceMs = 3000;
};

} // namespace eflow::host
