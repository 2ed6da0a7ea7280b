#include "engine/jobs/ExistingVmCheck.h"

#include <QCoreApplication>

#include "engine/jobs/HostStep.h"

namespace eflow::jobs {

namespace {

using namespace std::chrono_literals;

struct ExistingVmCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(ExistingVmCheck)
};

} // namespace

QStringList existingVmDifferences(const host::ExistingVm &vm, const plan::DeploymentPlan &plan)
{
    QStringList differences;
    if (!vm.exists)
        return differences;
    if (vm.memoryMb > 0 && plan.vm.memoryMb > 0 && vm.memoryMb != plan.vm.memoryMb) {
        //: %1 the existing VM's memory, %2 the planned memory, both in MB
        differences << ExistingVmCheckTr::tr("Memory: the VM has %1 MB; the settings ask for %2 MB.")
                           .arg(vm.memoryMb)
                           .arg(plan.vm.memoryMb);
    }
    if (vm.cpuCount > 0 && plan.vm.cpuCount > 0 && vm.cpuCount != plan.vm.cpuCount) {
        differences << ExistingVmCheckTr::tr("Processors: the VM has %1; the settings ask for %2.")
                           .arg(vm.cpuCount)
                           .arg(plan.vm.cpuCount);
    }
    if (vm.diskSizeGb > 0 && plan.vm.diskSizeGb && *plan.vm.diskSizeGb != vm.diskSizeGb) {
        differences << ExistingVmCheckTr::tr("Disk: the VM has %1 GB; the settings ask for %2 GB.")
                           .arg(vm.diskSizeGb)
                           .arg(*plan.vm.diskSizeGb);
    }
    const QString plannedSwitch =
        plan.switchCreation.create ? plan.switchCreation.name : plan.network.switchName;
    if (!vm.switchName.isEmpty() && !plannedSwitch.isEmpty() &&
        vm.switchName.compare(plannedSwitch, Qt::CaseInsensitive) != 0) {
        differences << ExistingVmCheckTr::tr("Virtual switch: the VM uses “%1”; the settings ask for “%2”.")
                           .arg(vm.switchName, plannedSwitch);
    }
    if (plan.network.staticIp && !plan.network.ip4Address.isEmpty() && !vm.ip4Address.isEmpty() &&
        vm.ip4Address != plan.network.ip4Address) {
        differences << ExistingVmCheckTr::tr("IP address: the VM has %1; the settings ask for %2.")
                           .arg(vm.ip4Address, plan.network.ip4Address);
    }
    return differences;
}

Step removeExistingVmStep(host::HostBackend *backend, std::shared_ptr<HostJobState> state,
                          DeployOptions options)
{
    Step step = hostStep(
        QStringLiteral("remove-vm"),
        ExistingVmCheckTr::tr("Remove the existing virtual machine (uninstall EFLOW)"), 30min,
        [backend]() { return backend->uninstallEflow(); },
        [state](const host::HostOperationResult &result) -> QString {
            if (state->facts) {
                state->facts->eflow = {};
                state->facts->vm = {};
            }
            // msiexec 3010/1641: uninstalled, but the MSI installs again only after a restart.
            if (result.data.value(QStringLiteral("restartRequired")).toBool()) {
                state->restartRequired = true;
                return ExistingVmCheckTr::tr(
                    "EFLOW and its virtual machine are removed, but Windows must restart before EFLOW "
                    "can be installed again.");
            }
            return {};
        },
        state);
    step.weight = 6;
    step.skipIf = [state, replace = options.replaceExistingVm]() {
        if (!replace)
            return true;
        return state->facts && !state->facts->vm.exists && !state->facts->eflow.installed;
    };
    return step;
}

} // namespace eflow::jobs
