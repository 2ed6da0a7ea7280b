#include "engine/sim/SimDeployPlan.h"

#include <QHostAddress>

#include "engine/host/HostRequirements.h"

namespace eflow::sim {

namespace {

using host::FeatureState;
using host::HostFacts;
using host::TargetEvaluation;
using host::VirtualSwitch;

SimDeployFailure failure(SimDeployStage stage, const QString &message, int scriptLine)
{
    return SimDeployFailure{stage, message, scriptLine};
}

// Deploy-Eflow stops on a failed requirement, and on an action that nobody took before deploying.
bool blocks(const TargetEvaluation &rules, const char *id)
{
    const host::RequirementCheck *check = rules.find(QString::fromLatin1(id));
    return check && (check->status == host::RequirementStatus::Fail ||
                     check->status == host::RequirementStatus::ActionNeeded);
}

bool anyFeature(const HostFacts &f, FeatureState state)
{
    return f.hyperV == state || f.hyperVPowerShell == state || (!f.isServer() && f.hyperVHypervisor == state);
}

QString gpuTypeKey(plan::GpuPassthrough type)
{
    return type == plan::GpuPassthrough::DirectDeviceAssignment ? QStringLiteral("DirectDeviceAssignment")
                                                                : QStringLiteral("ParaVirtualization");
}

QString switchTypeKey(plan::VSwitchType type)
{
    return type == plan::VSwitchType::External ? QStringLiteral("External") : QStringLiteral("Internal");
}

// An address inside the switch's subnet, away from the gateway (what DHCP or ICS hands out).
QString addressIn(const QString &gateway, int prefixLength, quint32 seed)
{
    QHostAddress base(gateway);
    bool ok = false;
    const quint32 ip = base.toIPv4Address(&ok);
    if (!ok || prefixLength <= 0 || prefixLength >= 31)
        return QStringLiteral("172.20.0.2");
    const quint32 hostBits = 32 - quint32(prefixLength);
    const quint32 mask = hostBits >= 32 ? 0 : ~((1u << hostBits) - 1);
    const quint32 size = (1u << hostBits);
    quint32 offset = 2 + seed % qMax<quint32>(1, size - 4);
    quint32 candidate = (ip & mask) | offset;
    if (candidate == ip)
        candidate = (ip & mask) | (offset + 1);
    return QHostAddress(candidate).toString();
}

QString randomMac(quint32 seed)
{
    // Hyper-V's dynamic MAC range 00:15:5d:xx:xx:xx.
    return QStringLiteral("00:15:5d:%1:%2:%3")
        .arg((seed >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((seed >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(seed & 0xff, 2, 16, QLatin1Char('0'));
}

// The module validates its own parameters before it looks at the host.
std::optional<SimDeployFailure> parameterFailure(const plan::DeploymentPlan &plan)
{
    const plan::NetworkSettings &net = plan.network;
    const plan::GpuSettings &gpu = plan.gpu;
    const bool gpuWanted = gpu.type == plan::GpuPassthrough::DirectDeviceAssignment ||
                           gpu.type == plan::GpuPassthrough::ParaVirtualization;
    const SimDeployStage stage = SimDeployStage::Parameters;
    if (net.staticIp && (net.ip4Address.isEmpty() || !net.ip4PrefixLength))
        return failure(stage, QStringLiteral("ip4Address & ip4PrefixLength are required for StaticIP!"),
                       1984);
    if (!gpuWanted && gpu.count > 0)
        return failure(
            stage,
            QStringLiteral("Invalid GPU configuration requested, Passthrough disabled but gpuCount > 0"),
            1652);
    if (gpuWanted &&
        (gpu.count < 1 || (gpu.type == plan::GpuPassthrough::ParaVirtualization && gpu.count != 1)))
        return failure(
            stage,
            QStringLiteral(
                "Invalid GPU configuration requested, Passthrough enabled but requested gpuCount == %1")
                .arg(gpu.count),
            1647);
    return std::nullopt;
}

// Windows and Hyper-V, in the order the module checks them.
std::optional<SimDeployFailure> hostFailure(const HostFacts &f, const TargetEvaluation &rules)
{
    if (blocks(rules, "windows.edition") || blocks(rules, "windows.build") || blocks(rules, "architecture"))
        return failure(SimDeployStage::PreparingHost,
                       QStringLiteral("This Windows device does not meet the minimum requirements for Azure "
                                      "EFLOW. Please refer to https://aka.ms/AzEFLOW-Requirements for system "
                                      "requirements"),
                       1418);
    const QString notFunctional = QStringLiteral(
        "Hyper-V properties indicate the Hyper-V component is not functional (property %1 is false)");
    if (blocks(rules, "hyperv.feature")) {
        if (f.hyperV == FeatureState::NotAvailable)
            return failure(SimDeployStage::CheckingFeatures,
                           QStringLiteral("Microsoft-Hyper-V isn't available in this Windows edition."),
                           1509);
        // Enabled but not restarted yet: the features look enabled, the hypervisor does not run.
        if (anyFeature(f, FeatureState::EnablePending) && !anyFeature(f, FeatureState::Disabled))
            return failure(SimDeployStage::VerifyingHyperV,
                           notFunctional.arg(QStringLiteral("HyperVisorPresent")), 1561);
        return failure(SimDeployStage::CheckingFeatures,
                       QStringLiteral("Microsoft-Hyper-V could not be enabled. Please enable it manually and "
                                      "restart the host."),
                       1523);
    }
    if (blocks(rules, "hyperv.hypervisor") || blocks(rules, "nested")) {
        const QString property = f.firmwareVirtualization == false
                                     ? QStringLiteral("HyperVRequirementVirtualizationFirmwareEnabled")
                                     : QStringLiteral("HyperVisorPresent");
        return failure(SimDeployStage::VerifyingHyperV, notFunctional.arg(property), 1561);
    }
    if (blocks(rules, "hyperv.services"))
        return failure(SimDeployStage::VerifyingHyperV,
                       QStringLiteral("Hyper-V core services not running (vmms, vmcompute, hvhost)."), 1561);
    if (blocks(rules, "memory"))
        return failure(SimDeployStage::Resources, QStringLiteral("Not enough memory available."), 2217);
    if (blocks(rules, "cpu"))
        return failure(SimDeployStage::Resources, QStringLiteral("Not enough CPU cores available."), 2204);
    if (blocks(rules, "disk"))
        return failure(SimDeployStage::Resources,
                       QStringLiteral("Not enough disk space is available on drive '%1'.").arg(f.disk.drive),
                       2231);
    return std::nullopt;
}

// The switch Deploy-Eflow takes: Get-VMSwitch by name and type, else (no name) the Default Switch.
const VirtualSwitch *chooseSwitch(const HostFacts &f, const plan::DeploySwitch &wanted)
{
    const QString name = wanted.name.trimmed();
    const VirtualSwitch *chosen = nullptr;
    for (const VirtualSwitch &sw : f.switches) {
        if (name.isEmpty()) {
            if (sw.isDefaultSwitch)
                chosen = &sw;
            continue;
        }
        const bool kindOk =
            wanted.type == plan::VSwitchType::Unknown || sw.isDefaultSwitch ||
            (wanted.type == plan::VSwitchType::External) == (sw.kind == host::SwitchKind::External);
        if (sw.name.compare(name, Qt::CaseInsensitive) == 0 && kindOk && sw.kind != host::SwitchKind::Private)
            chosen = &sw;
    }
    return chosen;
}

// How the module words a switch the rules refuse; nothing when it takes the switch anyway (an Internal
// switch without NAT, an External one on Azure): the VM then finds no way out, see planSimDeploy.
std::optional<SimDeployFailure> switchWording(const HostFacts &f, const plan::DeploySwitch &wanted,
                                              const VirtualSwitch *chosen, bool staticIp)
{
    const SimDeployStage stage = SimDeployStage::Network;
    if (wanted.name.trimmed().isEmpty() && !chosen)
        return failure(stage, QStringLiteral("Installation of virtual switch failed"), 1738);
    if (!chosen)
        return failure(stage,
                       QStringLiteral("The virtual switch '%1' of type '%2' was not found")
                           .arg(wanted.name.trimmed(), switchTypeKey(wanted.type)),
                       1761);
    if (chosen->isDefaultSwitch && staticIp)
        return failure(
            stage, QStringLiteral("Cannot set Static IP on ICS type virtual switch (Default Switch)"), 1779);
    if (!f.isServer() && !chosen->isDefaultSwitch && chosen->kind == host::SwitchKind::Internal)
        return failure(
            stage,
            QStringLiteral("The virtual switch '%1' of type 'Internal' is not supported on current host OS")
                .arg(chosen->name),
            1768);
    return std::nullopt;
}

// How the module words a GPU the rules refuse.
SimDeployFailure gpuWording(const HostFacts &f, const plan::GpuSettings &gpu)
{
    const SimDeployStage stage = SimDeployStage::Network;
    const host::GpuInfo *found = nullptr;
    int sameName = 0;
    for (const host::GpuInfo &g : f.gpus) {
        if (g.name == gpu.name) {
            found = &g;
            ++sameName;
        }
    }
    const bool dda = gpu.type == plan::GpuPassthrough::DirectDeviceAssignment;
    if (f.isVirtualMachine)
        return failure(
            stage,
            QStringLiteral("GPU PassthroughType '%1' not supported by 'nested virtualization' WssdProvider")
                .arg(gpuTypeKey(gpu.type)),
            1688);
    if (!found)
        return failure(
            stage,
            QStringLiteral("Requested GPU configuration cannot be supported by Host, GPU '%1' not available")
                .arg(gpu.name),
            1701);
    if (gpu.count > sameName && (dda ? found->ddaCapable : found->gpuPvCapable))
        return failure(
            stage,
            QStringLiteral("Requested GPU configuration cannot be supported by Host, not enough GPUs "
                           "available - Requested(%1), Available(%2)")
                .arg(gpu.count)
                .arg(sameName),
            1707);
    if (dda)
        return failure(stage, QStringLiteral("Unsupported DDA Type: %1").arg(gpu.name), 1675);
    return failure(
        stage,
        QStringLiteral("GPU PassthroughType 'ParaVirtualization' not supported by '%1' WssdProvider")
            .arg(gpu.name),
        1693);
}

// The VM's address on the chosen switch; false when it would get none.
bool assignAddress(SimDeployPlan &out, const VirtualSwitch &chosen, const plan::DeploymentPlan &plan,
                   quint32 seed)
{
    const plan::NetworkSettings &net = plan.network;
    out.staticIp = net.staticIp;
    if (net.staticIp) {
        out.ip = net.ip4Address;
        out.prefixLength = net.ip4PrefixLength.value_or(24);
        out.gateway = net.ip4GatewayAddress;
        return true;
    }
    if (chosen.kind == host::SwitchKind::Internal && !chosen.isDefaultSwitch) {
        // An Internal switch has no DHCP server; only the one the deploy job created has the plan's
        // convention of the static .2 (§3.3).
        if (!plan.switchCreation.create ||
            plan.switchCreation.name.compare(chosen.name, Qt::CaseInsensitive) != 0)
            return false;
        out.staticIp = true;
        out.prefixLength = chosen.prefixLength;
        out.gateway = chosen.hostAddress;
        out.ip = addressIn(out.gateway, out.prefixLength, 0);
        return true;
    }
    out.prefixLength = chosen.prefixLength > 0 ? chosen.prefixLength : 24;
    out.gateway = chosen.hostAddress;
    out.ip = addressIn(out.gateway, out.prefixLength, seed >> 8);
    return true;
}

} // namespace

std::optional<SimDeployFailure> SimDeployPlan::failureAt(SimDeployStage stage) const
{
    if (failure && failure->stage == stage)
        return failure;
    return std::nullopt;
}

SimDeployPlan planSimDeploy(const HostFacts &facts, const plan::DeploymentPlan &plan,
                            plan::EflowRelease release, quint32 seed)
{
    SimDeployPlan out;
    out.vmName = facts.computerName + QStringLiteral("-EFLOW");
    out.mac = randomMac(seed);
    const plan::ReleaseLimits limits = plan::limitsFor(release);
    out.memoryMb = plan.vm.memoryMb > 0 ? plan.vm.memoryMb : 1024;
    out.cpuCount = plan.vm.cpuCount > 0 ? plan.vm.cpuCount : 1;
    out.diskGb = plan.vm.diskSizeGb.value_or(limits.diskDefaultGb > 0 ? limits.diskDefaultGb : 29);
    const bool gpuWanted = plan.gpu.type == plan::GpuPassthrough::DirectDeviceAssignment ||
                           plan.gpu.type == plan::GpuPassthrough::ParaVirtualization;
    out.gpuCount = gpuWanted ? plan.gpu.count : 0;

    if ((out.failure = parameterFailure(plan)))
        return out;
    // The rules as the target check applies them, to what Deploy-Eflow is given: the installed release,
    // and the switch to use (one the deploy job was to create exists by now).
    plan::DeploymentPlan given = plan;
    const plan::DeploySwitch wanted = plan::deploySwitch(plan);
    given.release = release;
    given.network.switchName = wanted.name;
    given.network.switchType = wanted.type;
    given.switchCreation = {};
    const TargetEvaluation rules = host::evaluateTarget(facts, given);
    if ((out.failure = hostFailure(facts, rules)))
        return out;

    const VirtualSwitch *chosen = chooseSwitch(facts, wanted);
    const bool switchRefused = blocks(rules, "switch");
    if (switchRefused || !chosen) {
        if ((out.failure = switchWording(facts, wanted, chosen, plan.network.staticIp)))
            return out;
    }
    if (gpuWanted && blocks(rules, "gpu")) {
        out.failure = gpuWording(facts, plan.gpu);
        return out;
    }
    out.switchName = chosen->name;
    if (!assignAddress(out, *chosen, plan, seed) || switchRefused)
        out.failure = failure(SimDeployStage::Address,
                              QStringLiteral("Could not retrieve IP address for virtual machine"), 2409);
    return out;
}

} // namespace eflow::sim
