#pragma once

#include <QString>

#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/EflowRelease.h"

namespace eflow::host {

// The complete PowerShell text for each HostBackend operation — what goes into the envelope's
// "script". Pure functions: the same input always gives the same text, which the golden-file tests
// pin down.
//
// Every script has the same shape:
//   # eflow-operation: <name>          (first line; logs and the test stand-in read it)
//   <generated preamble>               values only, each a single-quoted literal or a number
//   <common.ps1>                       helpers: Write-EflowResult, Write-EflowProgress, …
//   <body .ps1>                        fixed text compiled in from engine/host/scripts/
// Values never reach the fixed body as text, so no plan value can change what runs. Secrets never
// appear at all: the provisioning script binds $Secrets['<secretName>'] (the stdin envelope, see
// PowerShellEnvelope) to the cmdlet parameter.
//
// Each script prints "##eflow-result## {json}" once at the end with the keys HostBackend lists,
// "##eflow-progress## <percent> <phase words>" where progress is meaningful, and on failure throws
// (the bootstrap writes the error to stderr and exits 1).
class PowerShellScripts final
{
public:
    PowerShellScripts() = delete;

    static QString probe(const QString &drive = {});
    static QString enableHyperV();
    static QString createSwitch(const plan::SwitchCreation &request);
    static QString installEflow(plan::EflowRelease release, const plan::InstallSettings &install);
    static QString deploy(const plan::DeploymentPlan &plan);
    static QString provision(plan::EflowRelease release, const plan::ProvisioningSettings &settings);
    static QString vmStatus();
    static QString moduleList();
    static QString serviceStatus(plan::EflowRelease release);
    static QString check(plan::EflowRelease release);
    static QString logs(plan::EflowRelease release, int lines);
    static QString supportBundle();
    // License terms (issue 13 item 8): the installed product's LICENSE folder, else the MSI's.
    static QString licenseTerms(plan::EflowRelease release, const QString &msiPath);
    // ---- issue 13 (deployment) ----
    static QString restartHost();
    static QString uninstallEflow();
    // Overview (issue 13 item 9): `sudo iotedge logs <module> --tail <lines>`; an invalid module name
    // (HostBackend::isValidModuleName) gives a script that only throws.
    static QString moduleLogs(const QString &module, int lines);
    // issue 17: the IoT Edge proxy in the VM (HostBackend::configureEdgeProxy); proxy must have passed
    // plan::checkEdgeProxy, so that it can stand inside single quotes of a Linux command.
    static QString configureEdgeProxy(const plan::EdgeProxySettings &proxy);
    // The shell script configureEdgeProxy runs in the VM as root (sh); root prefixes every path (tests
    // run it against a folder).
    static QString edgeProxyShellScript(const QString &url, const QString &upstreamProtocol,
                                        const QString &root = {});

    // The name under which provision() expects the secret in the envelope ("symmKey",
    // "devConnString"); empty for the types without a secret.
    static QString secretName(plan::ProvisioningType type);
    // A PowerShell single-quoted literal: every quote character PowerShell accepts (' and the
    // typographic ‘ ’ ‚ ‛) is doubled, NUL is dropped; nothing else is special inside '…'.
    static QString quote(const QString &value);
    // The name on a script's "# eflow-operation:" line, or empty.
    static QString operationName(const QString &script);
    // The marker that starts a progress line on stdout (with its trailing space).
    static QString progressMarker();
    // The aka.ms link of the release line's MSI; empty when the line has no build for arm64.
    static QString downloadUrl(plan::EflowRelease release, bool arm64);
};

} // namespace eflow::host
