#include "engine/jobs/FleetPlan.h"

#include "engine/plan/Validation.h"

namespace eflow::jobs {

plan::DeploymentPlan fleetHostPlan(const plan::DeploymentPlan &fleetPlan, const FleetHost &host)
{
    plan::DeploymentPlan p = fleetPlan;
    host.applyTo(p);
    if (p.release == plan::EflowRelease::Unknown)
        p.release = plan::defaultRelease();
    const plan::ReleaseLimits defaults = plan::limitsFor(p.release);
    if (p.vm.cpuCount == 0)
        p.vm.cpuCount = defaults.cpuDefault;
    if (p.vm.memoryMb == 0)
        p.vm.memoryMb = defaults.memoryDefaultMb;
    plan::ProvisioningSettings &prov = p.provisioning;
    prov.type = plan::ProvisioningType::DpsSymmetricKey;
    prov.keySource = plan::SymmetricKeySource::GroupEnrollment;
    prov.registrationId = host.registrationId;
    prov.secretRef.clear(); // the run derives each host's key; a plan's reference is for the wizard
    return p;
}

void completeFleetProvisioning(plan::DeploymentPlan &plan, const std::optional<DemoDps> &demo)
{
    if (!demo)
        return;
    plan::ProvisioningSettings &prov = plan.provisioning;
    if (prov.idScope.isEmpty())
        prov.idScope = demo->idScope;
    if (prov.enrollmentGroupId.isEmpty())
        prov.enrollmentGroupId = demo->groupId;
}

QStringList fleetPlanProblems(const plan::DeploymentPlan &plan, bool demoScopeLater)
{
    QStringList sentences;
    QList<plan::Problem> problems = plan::checkPlan(plan, plan::HostLimits{});
    problems << plan::validateProvisioning(plan.provisioning, plan.release);
    for (const plan::Problem &p : problems) {
        if (p.field == plan::Field::SecretRef)
            continue;
        if (demoScopeLater && plan.provisioning.idScope.isEmpty() &&
            (p.field == plan::Field::IdScope || p.field == plan::Field::EnrollmentGroupId))
            continue;
        if (!sentences.contains(p.message))
            sentences << p.message;
    }
    return sentences;
}

} // namespace eflow::jobs
