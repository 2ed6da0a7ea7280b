#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::sim {

// Where in Deploy-Eflow's console run a failure strikes (reference/eflow.md §2.1 order).
enum class SimDeployStage
{
    Unknown = 0,
    Parameters,       // the module's own parameter validation, before it looks at the host
    PreparingHost,    // right after "Step 1: Preparing host…": edition/build check
    CheckingFeatures, // while "Checking host for required features"
    VerifyingHyperV,  // after "Verifying whether Hyper-V is enabled and functional"
    Resources,        // memory / CPU / disk check before the virtual disk is made
    Network,          // the switch and GPU checks against Get-VMSwitch and Win32_VideoController
    Address,          // after the VM was made: it got no IP address
};

// A Deploy-Eflow failure with the module's own text (§2.4), untranslated: it is what the module prints.
struct SimDeployFailure
{
    SimDeployStage stage = SimDeployStage::Unknown;
    QString message;
    int scriptLine = 0; // the "(L<n>)" suffix of the module's exception
};

// What Deploy-Eflow does on the simulated machine with a plan: the VM it makes, or where it fails.
//
// Whether it fails comes from the host requirement rules (host::evaluateTarget), the same rules the target
// check shows: a check that fails, or asks for an action nobody took, stops the deployment at the stage
// where the module finds it. The facts then only choose the module's wording for it. Only the module's own
// parameter validation and the address the VM gets are decided here.
struct SimDeployPlan
{
    std::optional<SimDeployFailure> failure;
    QString vmName;
    QString switchName;
    QString ip;
    QString gateway;
    int prefixLength = 0;
    bool staticIp = false;
    QString mac;
    int cpuCount = 1;
    int memoryMb = 1024;
    int diskGb = 0;
    int gpuCount = 0;

    // The failure if it strikes at stage, else nothing.
    std::optional<SimDeployFailure> failureAt(SimDeployStage stage) const;
};

// facts: the machine as the module finds it (switches included); release: the installed release line,
// which is the one Deploy-Eflow runs; seed: varies the MAC and DHCP addresses.
SimDeployPlan planSimDeploy(const host::HostFacts &facts, const plan::DeploymentPlan &plan,
                            plan::EflowRelease release, quint32 seed);

} // namespace eflow::sim
