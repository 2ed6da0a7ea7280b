#pragma once

#include <memory>

#include <QStringList>

#include "engine/host/HostBackend.h"
#include "engine/host/HostFacts.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/Step.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::jobs {

// Deploy-Eflow never changes a VM that exists: the deployment keeps it as it is. What of the plan would
// then not happen, one sentence per setting that both sides know and that differs (memory, processors,
// disk, switch, static address); empty when nothing known differs or there is no VM.
QStringList existingVmDifferences(const host::ExistingVm &vm, const plan::DeploymentPlan &plan);

// The deploy step that removes the existing VM when options.replaceExistingVm says so (skipped
// otherwise, and when the probe found neither a VM nor an install): it uninstalls EFLOW, the only
// supported way, so that the install and Deploy-Eflow steps after it start from fresh.
Step removeExistingVmStep(host::HostBackend *backend, std::shared_ptr<HostJobState> state,
                          DeployOptions options);

} // namespace eflow::jobs
