#pragma once

#include <QObject>

#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/Validation.h"

namespace eflow::plan {

// The one model of everything the user chose, shared by every wizard page and by the command line.
// Pages read and write it; validation of the whole plan comes from Validation.h.
class PlanModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    explicit PlanModel(QObject *parent = nullptr);

    const DeploymentPlan &plan() const { return m_plan; }
    void setPlan(const DeploymentPlan &plan);

    EflowRelease release() const { return m_plan.release; }
    void setRelease(EflowRelease release);

    bool eulaAccepted() const { return m_plan.eulaAccepted; }
    void setEulaAccepted(bool accepted);

    bool optionalTelemetry() const { return m_plan.optionalTelemetry; }
    void setOptionalTelemetry(bool enabled);

    void setVmSettings(const VmSettings &vm);
    void setNetworkSettings(const NetworkSettings &network);
    void setGpuSettings(const GpuSettings &gpu);
    void setEdgeProxy(const EdgeProxySettings &proxy);
    void setInstallSettings(const InstallSettings &install);
    void setSwitchCreation(const SwitchCreation &creation);
    void setProvisioningSettings(const ProvisioningSettings &provisioning);

    // Fills the VM settings with the defaults of the current release line (WAC's pre-filled values).
    void applyReleaseDefaults();

    // The Deploy-Eflow answers for the licence page: "Yes"/"No".
    QString acceptEulaArgument() const;
    QString acceptOptionalTelemetryArgument() const;

signals:
    void releaseChanged(eflow::plan::EflowRelease release);
    void licenseChanged();
    void changed();

private:
    DeploymentPlan m_plan;
};

} // namespace eflow::plan
