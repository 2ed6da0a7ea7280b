#pragma once

#include <optional>

#include <QStringList>

#include "engine/jobs/FleetFile.h"
#include "engine/jobs/HostFactory.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::jobs {

// One host's plan in a fleet (issue 16): the fleet's plan, the host's row on top (registration ID,
// overrides), provisioning through DPS with the enrollment group's derived key, and the VM sizes the
// wizard's Settings page pre-fills where the plan leaves them open. No key and no reference to one: the
// fleet run hands each host its derived key in memory.
plan::DeploymentPlan fleetHostPlan(const plan::DeploymentPlan &fleetPlan, const FleetHost &host);

// What only the opened host knows: for a demo host, its local DPS's ID scope and group where the plan
// leaves them empty (the demo DPS's port changes from run to run, so no endpoint is kept).
void completeFleetProvisioning(plan::DeploymentPlan &plan, const std::optional<DemoDps> &demo);

// The checks the wizard's pages make, as sentences: the deploy settings (plan::checkPlan) and the
// provisioning fields. demoScopeLater: a demo host's ID scope and group are not known before it opens.
QStringList fleetPlanProblems(const plan::DeploymentPlan &plan, bool demoScopeLater);

} // namespace eflow::jobs
