#pragma once

#include <QObject>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/host/HostOperation.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::host {

// The secret half of provisioning, in wiped memory, handed over for one Provision-EflowVm call, as
// the TEXT the cmdlet takes: for DpsSymmetricKey the base64 device key (already derived for a group
// enrollment; a backend that needs the raw bytes decodes it with crypto::decodeBase64Strict), for
// ManualConnectionString the device connection string. Empty for the certificate/TPM types.
struct ProvisioningSecret
{
    crypto::SecureBytes value;
};

// Everything the wizard needs from a Windows host running (or about to run) EFLOW — the real one
// through Windows PowerShell (locally or over OpenSSH) or the simulated one of demo mode. The UI and
// the jobs never know which one they have (design.md).
//
// Every method starts the work and returns at once with a HostOperation the caller owns (parent it or
// delete it after finished()). Operations are cancellable, carry a default timeout that the caller may
// change, and report console lines as they come. Each operation's data (HostOperationResult::data):
//
//   probe           hostFactsToJson(HostFacts)  — decode with hostFactsFromJson
//   enableHyperV    {"restartRequired": bool, "changed": bool}
//   createSwitch    {"name", "hostAddress", "prefixLength", "natName", "alreadyExisted": bool}
//   installEflow    {"productName", "version", "installDir", "alreadyInstalled": bool,
//                    "restartRequired": bool (msiexec 3010/1641), "msiLog"}
//   deploy          {"result": "OK", "vmName", "ip4Address", "macAddress", "alreadyDeployed": bool}
//   provision       {"result": "OK", "deviceId", "assignedHub"} — the device and hub the runtime holds
//                   afterwards (empty when it has not reported them yet)
//   vmStatus        {"json": "<Get-EflowVm | ConvertTo-Json -Depth 5>"} — parseGetEflowVmJson
//   moduleList      {"text": "<sudo iotedge list>"}                    — parseIotEdgeList
//   serviceStatus   {"systemctl": "<systemctl status iotedge|aziot-edged>",
//                    "systemStatus": "<sudo iotedge system status>" (1.2+ only)}
//   check           {"json": "<sudo iotedge check --output json>", "exitCode": int}
//   logs            {"text": "<journal lines>"}
//   supportBundle   {"path": "<eflowlogs.zip on the host>", "localPath": "<copy here, if fetched>"}
//   restartHost     {"restarting": true} — the host goes away now; reconnect by probing it again
//   uninstallEflow  {"uninstalled": bool, "productName", "version", "exitCode", "restartRequired": bool}
//   moduleLogs      {"text": "<sudo iotedge logs <module> --tail N>"}
//   fetchFile       {"localPath": "<the copy on this computer>"}
//
// vmStatus on a host without EFLOW (no AzureEFLOW module, or Verify-EflowVm false) succeeds with
// {"json": "", "deployed": false, "installed": bool}: "not deployed" is an answer, not a fault. With a VM
// it adds {"deployed": true, "installed": true, "ip4Address", "eflowVersion", "releaseLine"} (each may be
// empty when the host could not say).
//
// Failures come back as HostOperationResult::Failed with a sentence and, for the EFLOW cmdlets, the
// catalogue's cause and fix.
class HostBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostBackend)

public:
    using QObject::QObject;
    ~HostBackend() override = default;

    // "This computer", "ssh://admin@edge-01", "Demo: Windows 11 Pro" — for banners and logs.
    virtual QString describe() const = 0;
    virtual bool isSimulated() const = 0;

    // drive: where the VHDX will go ("C:" when empty).
    virtual HostOperation *probe(const QString &drive = {}) = 0;
    // Client: Enable-WindowsOptionalFeature Microsoft-Hyper-V -All -NoRestart; Server:
    // Install-WindowsFeature.
    virtual HostOperation *enableHyperV() = 0;
    // reference/eflow.md §3.3: New-VMSwitch Internal, host address, NetNat. Idempotent.
    virtual HostOperation *createSwitch(const plan::SwitchCreation &request) = 0;
    // Download (with progress and resume) or take the local MSI, msiexec /i … /qn INSTALLDIR VHDXDIR
    // with a verbose log. Idempotent: an installed MSI of the same line is kept.
    virtual HostOperation *installEflow(plan::EflowRelease release, const plan::InstallSettings &install) = 0;
    // Deploy-Eflow with every parameter the plan sets. Idempotent: an existing VM is reported as
    // alreadyDeployed instead of deployed twice.
    virtual HostOperation *deploy(const plan::DeploymentPlan &plan) = 0;
    // Provision-EflowVm -headless. The secret is consumed (wiped) by the call.
    virtual HostOperation *provision(plan::EflowRelease release, const plan::ProvisioningSettings &settings,
                                     ProvisioningSecret secret) = 0;
    virtual HostOperation *vmStatus() = 0;
    virtual HostOperation *moduleList() = 0;
    virtual HostOperation *serviceStatus(plan::EflowRelease release) = 0;
    virtual HostOperation *check(plan::EflowRelease release) = 0;
    // The last `lines` lines of the IoT Edge journal (iotedge system logs / journalctl -u iotedge).
    virtual HostOperation *logs(plan::EflowRelease release, int lines = 200) = 0;
    virtual HostOperation *supportBundle() = 0;

    // ---- License terms (issue 13 item 8) ----
    // The EFLOW license terms as the host holds them: the LICENSE folder of the installed product, or
    // of the release line's MSI (msiPath, or the one installEflow downloads) unpacked by an
    // administrative install into a temporary folder. Data: see licenseTermsFromJson (LicenseTerms.h).
    // The default answers {"found": false} (no terms on this host).
    virtual HostOperation *licenseTerms(plan::EflowRelease release, const QString &msiPath);
    // ---- issue 13 (deployment: restart needed, changed settings) ----
    // Restart-Computer -Force: finishes enabling Hyper-V (or an MSI that asked for it). Returns as soon as
    // the restart was started; on this computer, the wizard goes down with it.
    virtual HostOperation *restartHost() = 0;
    // Uninstalls the EFLOW MSI, which deletes the VM with it: the only supported way to deploy the VM again
    // with other settings (reference/eflow.md §1: "To redeploy the virtual machine, please uninstall and
    // re-install"). Idempotent: nothing installed is success with uninstalled false.
    virtual HostOperation *uninstallEflow() = 0;
    // ---- Overview (issue 13 item 9): module logs, copying the support bundle here ----
    // `sudo iotedge logs <module> --tail <lines>` in the VM. module must pass isValidModuleName() (it
    // goes into a script and a Linux command line); otherwise the operation fails without running.
    virtual HostOperation *moduleLogs(const QString &module, int lines);
    // Copies a file the host wrote (supportBundle's path) to localDirectory/fileName on this computer:
    // a plain copy for this computer, sftp for an ssh target (the session's ssh options), a generated
    // bundle in the demo. fileName must be a plain file name. The default fails: "not supported here".
    virtual HostOperation *fetchFile(const QString &remotePath, const QString &localDirectory,
                                     const QString &fileName);
    // ---- issue 17: the IoT Edge runtime's proxy in the VM, after provisioning ----
    // Microsoft's "Configure an IoT Edge device to communicate through a proxy server" in the VM:
    // https_proxy for the container engine (docker), aziot-identityd and aziot-edged as systemd drop-ins,
    // and for edgeAgent in /etc/aziot/config.toml's [agent.env] with its UpstreamProtocol, then
    // `iotedge config apply`. The proxy must have passed plan::checkEdgeProxy. Data: {"applied": true,
    // "proxy": url, "upstreamProtocol", "services": [the units given the drop-in]}. The default fails:
    // "not supported here".
    virtual HostOperation *configureEdgeProxy(plan::EflowRelease release,
                                              const plan::EdgeProxySettings &proxy);
    // An IoT Edge module name safe to pass on: 1–128 of [A-Za-z0-9_.-], not starting with '-' or '.'.
    static bool isValidModuleName(const QString &module);
};

} // namespace eflow::host
