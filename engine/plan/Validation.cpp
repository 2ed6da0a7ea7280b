#include "engine/plan/Validation.h"

// Plan-level rules: what a whole plan needs before Deploy-Eflow runs.
namespace eflow::plan {

Problems checkSettings(const DeploymentPlan &plan, const HostLimits &host)
{
    Problems problems = checkVmSettings(plan.release, plan.vm, host);
    problems << checkNetwork(plan.network);
    // DNS servers are set after Deploy-Eflow with Set-EflowVmDNSServers, with a static address or DHCP
    // alike (the VM then uses them beside what DHCP hands out); 1.1 has no such cmdlet.
    if (!plan.network.dnsServers.isEmpty() && plan.release != EflowRelease::Unknown &&
        !limitsFor(plan.release).supportsDnsServers) {
        problems << Problem{Field::DnsServers,
                            ValidationTr::tr("%1 cannot set the virtual machine's DNS servers "
                                             "(Set-EflowVmDNSServers arrives with 1.4 LTS); remove them or "
                                             "choose a newer release.")
                                .arg(displayName(plan.release))};
    }
    problems << checkSwitchChoice(plan.network, plan.switchCreation);
    problems << checkGpu(plan.gpu, host);
    problems << checkEdgeProxy(plan.edgeProxy, plan.release);
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
