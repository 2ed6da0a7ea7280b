#include "engine/sim/SimHostFacts.h"

#include "engine/sim/SimulatedVm.h"

namespace eflow::sim {

QList<host::VirtualSwitch> simSwitches(const SimScenario &scenario, const SimHostState &state)
{
    QList<host::VirtualSwitch> switches = scenario.facts.switches;
    // The Default Switch exists only while Hyper-V runs.
    if (state.hyperV != host::FeatureState::Enabled)
        switches.clear();
    switches += state.createdSwitches;
    return switches;
}

host::HostFacts simHostFacts(const SimScenario &scenario, const SimHostState &state, const QString &drive)
{
    host::HostFacts f = scenario.facts;
    if (!drive.isEmpty())
        f.disk.drive = drive;
    const host::FeatureState hv = state.hyperV;
    f.hyperV = hv;
    if (!f.isServer()) {
        f.hyperVPowerShell = hv;
        f.hyperVHypervisor = hv;
    }
    f.switches = simSwitches(scenario, state);
    const SimReleaseInfo info = simReleaseInfo(state.release);
    for (host::HostService &service : f.services) {
        if (service.name == QLatin1String("WSSDAgent"))
            service.state =
                state.eflowInstalled ? host::ServiceRunState::Running : host::ServiceRunState::Missing;
    }
    f.eflow = {};
    if (state.eflowInstalled) {
        f.eflow.installed = true;
        f.eflow.productName = info.productName;
        f.eflow.version = state.eflowVersion;
        f.eflow.release = state.release;
        f.eflow.line = plan::releaseKey(state.release);
        f.eflow.installDir = state.installDir;
    }
    f.vm = {};
    if (state.vmExists) {
        f.vm.exists = true;
        f.vm.name = state.vmName;
        f.vm.powerState = host::VmPowerState::Running;
        f.vm.provisioned = state.provisioning == SimHostState::Provisioning::Assigned;
        f.freeMemoryMb = qMax<qint64>(0, f.freeMemoryMb - state.vmMemoryMb);
        f.disk.freeMb = qMax<qint64>(0, f.disk.freeMb - qint64(state.vmDiskGb) * 1024 / 3);
    }
    return f;
}

} // namespace eflow::sim
