#pragma once

#include <optional>

#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/EflowRelease.h"

// The single checks that evaluateTarget() makes, one family per file (Windows and resources, Hyper-V,
// network, GPU, existing EFLOW), and the helpers they share. Not part of the API.
namespace eflow::host::detail {

using Status = RequirementStatus;

inline constexpr int kMinimumBuild = 17763; // Windows 10 1809 / Server 2019 (§3.1)

QString num(qint64 value);
QString gb(qint64 mb); // one decimal, e.g. "17.5"
RequirementCheck make(const QString &id, const QString &title, Status status, const QString &detail,
                      const QString &fix = QString());
QString releaseName(plan::EflowRelease release);
// "<what> was not reported, so this could not be checked."
QString couldNotCheck(const QString &what);

// WindowsRequirements.cpp
RequirementCheck checkEdition(const HostFacts &f);
RequirementCheck checkBuild(const HostFacts &f);
RequirementCheck checkArchitecture(const HostFacts &f, plan::EflowRelease release);
RequirementCheck checkElevation(const HostFacts &f);
RequirementCheck checkPowerShellEdition(const HostFacts &f);
RequirementCheck checkExecutionPolicy(const HostFacts &f);
RequirementCheck checkMemory(const HostFacts &f, const plan::DeploymentPlan &plan,
                             plan::EflowRelease release);
RequirementCheck checkCpu(const HostFacts &f, const plan::DeploymentPlan &plan, plan::EflowRelease release);
RequirementCheck checkDisk(const HostFacts &f, const plan::DeploymentPlan &plan, plan::EflowRelease release);

// HyperVRequirements.cpp
RequirementCheck checkHyperVFeature(const HostFacts &f, bool *restart);
RequirementCheck checkHypervisor(const HostFacts &f);
std::optional<RequirementCheck> checkServices(const HostFacts &f);
RequirementCheck checkNested(const HostFacts &f);

// NetworkRequirements.cpp
RequirementCheck checkSwitch(const HostFacts &f, const plan::DeploymentPlan &plan);

// GpuRequirements.cpp
RequirementCheck checkGpu(const HostFacts &f, const plan::DeploymentPlan &plan);

// HostRequirements.cpp
RequirementCheck checkEflowInstall(const HostFacts &f, plan::EflowRelease release);
RequirementCheck checkExistingVm(const HostFacts &f);

} // namespace eflow::host::detail
