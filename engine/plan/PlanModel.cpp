#include "engine/plan/PlanModel.h"

namespace eflow::plan {

PlanModel::PlanModel(QObject *parent)
    : QObject(parent)
{
    m_plan.release = defaultRelease();
    applyReleaseDefaults();
}

void PlanModel::setPlan(const DeploymentPlan &plan)
{
    const bool releaseDiffers = plan.release != m_plan.release;
    m_plan = plan;
    if (releaseDiffers)
        emit releaseChanged(m_plan.release);
    emit licenseChanged();
    emit changed();
}

void PlanModel::setRelease(EflowRelease release)
{
    if (release == m_plan.release)
        return;
    m_plan.release = release;
    // The licence terms differ per release line: an acceptance given for another line does not carry over.
    m_plan.eulaAccepted = false;
    applyReleaseDefaults();
    emit releaseChanged(release);
    emit licenseChanged();
    emit changed();
}

void PlanModel::setEulaAccepted(bool accepted)
{
    if (accepted == m_plan.eulaAccepted)
        return;
    m_plan.eulaAccepted = accepted;
    emit licenseChanged();
    emit changed();
}

void PlanModel::setOptionalTelemetry(bool enabled)
{
    if (enabled == m_plan.optionalTelemetry)
        return;
    m_plan.optionalTelemetry = enabled;
    emit licenseChanged();
    emit changed();
}

void PlanModel::setVmSettings(const VmSettings &vm)
{
    m_plan.vm = vm;
    emit changed();
}

void PlanModel::setNetworkSettings(const NetworkSettings &network)
{
    m_plan.network = network;
    emit changed();
}

void PlanModel::setGpuSettings(const GpuSettings &gpu)
{
    m_plan.gpu = gpu;
    emit changed();
}

void PlanModel::setEdgeProxy(const EdgeProxySettings &proxy)
{
    m_plan.edgeProxy = proxy;
    emit changed();
}

void PlanModel::setInstallSettings(const InstallSettings &install)
{
    m_plan.install = install;
    emit changed();
}

void PlanModel::setSwitchCreation(const SwitchCreation &creation)
{
    m_plan.switchCreation = creation;
    emit changed();
}

void PlanModel::setProvisioningSettings(const ProvisioningSettings &provisioning)
{
    m_plan.provisioning = provisioning;
    emit changed();
}

void PlanModel::applyReleaseDefaults()
{
    const ReleaseLimits limits = limitsFor(m_plan.release);
    VmSettings vm;
    vm.cpuCount = limits.cpuDefault;
    vm.memoryMb = limits.memoryDefaultMb;
    if (limits.diskDefaultGb > 0)
        vm.diskSizeGb = limits.diskDefaultGb;
    m_plan.vm = vm;
}

QString PlanModel::acceptEulaArgument() const
{
    return m_plan.eulaAccepted ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString PlanModel::acceptOptionalTelemetryArgument() const
{
    return m_plan.optionalTelemetry ? QStringLiteral("Yes") : QStringLiteral("No");
}

} // namespace eflow::plan
