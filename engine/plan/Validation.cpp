#include "engine/plan/Validation.h"

// Plan-level rules: what a whole plan needs before Deploy-Eflow runs.
namespace eflow::plan {

Problems checkSettings(const DeploymentPlan &plan, const HostLimits &host)
{
    Problems problems = checkVmSettings(plan.release, plan.vm, host);
    problems << checkNetwork(plan.network);
    problems << checkSwitchChoice(plan.network, plan.switchCreation);
    problems << checkGpu(plan.gpu, host);
    return problems;
}

Problems checkPlan(const DeploymentPlan &plan, const HostLimits &host)
{
    Problems problems;
    if (!plan.eulaAccepted) {
        problems << Problem{Field::License,
                            ValidationTr::tr("License terms must be accepted before EFLOW can be "
                                             "deployed (Deploy-Eflow -acceptEula Yes).")};
    }
    problems << checkSettings(plan, host);
    return problems;
}

} // namespace eflow::plan
