#include "ui/pages/FinishPage.h"

#include <initializer_list>

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "engine/jobs/JobProgress.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

// Plain labels: no text interaction, so no I-beam over them. Only the values a technician copies (the
// address, the device ID, the hub) can be selected with the mouse.
enum class Copy
{
    No,
    ByMouse,
};

QLabel *valueLabel(const QString &name, const QString &accessibleName, Copy copy, QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(copy == Copy::ByMouse ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    return label;
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

FinishPage::FinishPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_controller(controller)
{
    Q_ASSERT(plan);
    Q_ASSERT(controller);
    setTitle(tr("Finish"));
    setSubTitle(tr("EFLOW is set up. This is what the wizard did."));
    setFinalPage(true);

    m_target = valueLabel(u"targetValue"_s, tr("Target"), Copy::No, this);
    m_release = valueLabel(u"releaseValue"_s, tr("EFLOW release"), Copy::No, this);
    m_vmName = valueLabel(u"vmNameValue"_s, tr("Virtual machine"), Copy::No, this);
    m_memory = valueLabel(u"memoryValue"_s, tr("Memory"), Copy::No, this);
    m_gpu = valueLabel(u"gpuValue"_s, tr("GPU"), Copy::No, this);
    m_vmIp = valueLabel(u"vmIpValue"_s, tr("IP address"), Copy::ByMouse, this);
    m_deviceId = valueLabel(u"deviceIdValue"_s, tr("Device ID"), Copy::ByMouse, this);
    m_hub = valueLabel(u"hubValue"_s, tr("IoT hub"), Copy::ByMouse, this);
    m_dpsRecord = valueLabel(u"dpsRecordValue"_s, tr("DPS registration record"), Copy::No, this);
    connect(m_controller, &WizardController::enrollmentVerified, this,
            [this](const dps::EnrollmentVerification &verification) {
                m_dpsRecord->setText(verification.sentence());
            });

    auto *form = new QFormLayout;
    // German labels go above their values rather than pushing them out of a narrow page.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("EFLOW release:"), m_release);
    form->addRow(tr("Virtual machine:"), m_vmName);
    form->addRow(tr("Memory:"), m_memory);
    form->addRow(tr("GPU:"), m_gpu);
    form->addRow(tr("IP address:"), m_vmIp);
    form->addRow(tr("Device ID:"), m_deviceId);
    form->addRow(tr("IoT hub:"), m_hub);
    form->addRow(tr("Verification:"), m_dpsRecord);

    // The check box is this page's one way to the overview; the wizard's own "Device overview…" button
    // is the way back to it later.
    m_openOnFinish = new QCheckBox(tr("Open the device overview &when I click Finish"), this);
    m_openOnFinish->setObjectName(u"openOverviewOnFinishCheckBox"_s);
    m_openOnFinish->setAccessibleName(tr("Open the device overview when I click Finish"));
    m_openOnFinish->setChecked(true);

    auto *overviewHint = new WrappingLabel(
        tr("The device overview shows the IoT Edge modules, the runtime status and the results of iotedge "
           "check. To open it later without running the wizard again, use the \"Device overview…\" button "
           "at the bottom of the wizard's first page, or start EFLOW Wizard with --overview."),
        this);
    overviewHint->setObjectName(u"overviewHintLabel"_s);
    overviewHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(overviewHint);
    layout->addWidget(m_openOnFinish);
    layout->addStretch(1);
}

void FinishPage::initializePage()
{
    refresh();
}

bool FinishPage::validatePage()
{
    if (m_openOnFinish->isChecked())
        emit openOverviewRequested();
    return true;
}

bool FinishPage::openOverviewOnFinish() const
{
    return m_openOnFinish->isChecked();
}

QString FinishPage::summaryText() const
{
    return QStringList{m_target->text(),   m_release->text(), m_vmName->text(),
                       m_memory->text(),   m_gpu->text(),     m_vmIp->text(),
                       m_deviceId->text(), m_hub->text(),     m_dpsRecord->text()}
        .join(u'\n');
}

void FinishPage::refresh()
{
    const QString target = m_controller->describe();
    m_target->setText(target.isEmpty() ? tr("unknown") : target);

    const auto &deploy = m_controller->deployState();
    const QString vmName = firstNonEmpty(
        {deploy.deployResult.value(u"vmName"_s).toString(), deploy.vm ? deploy.vm->vmName : QString()});
    const QString ip = deploy.deployResult.value(u"ip4Address"_s).toString();
    m_vmName->setText(vmName.isEmpty() ? tr("not deployed by this wizard") : vmName);
    m_vmIp->setText(ip.isEmpty() ? tr("not known") : ip);
    showPlannedVm();

    const jobs::JobProgress *provision = m_controller->provisionJob();
    const bool provisioned = provision && provision->result().outcome == jobs::PipelineOutcome::Succeeded;
    if (!provisioned) {
        m_deviceId->setText(tr("not provisioned yet"));
        m_hub->setText(tr("not provisioned yet"));
        m_dpsRecord->setText(tr("not provisioned yet"));
        return;
    }
    const QJsonObject &result = m_controller->provisionState().provisionResult;
    const auto &settings = m_plan->plan().provisioning;
    const QString deviceId =
        firstNonEmpty({result.value(u"deviceId"_s).toString(), settings.deviceId, settings.registrationId});
    const QString hub =
        firstNonEmpty({result.value(u"assignedHub"_s).toString(),
                       result.value(u"iotHubHostname"_s).toString(), settings.iotHubHostname});
    m_deviceId->setText(deviceId.isEmpty() ? tr("not known") : deviceId);
    m_hub->setText(hub.isEmpty() ? tr("assigned by DPS (see the device overview)") : hub);
    m_dpsRecord->setText(tr("Asking DPS for the registration record…"));
    m_controller->verifyEnrollment();
}

// The release line, memory and GPU the VM was deployed with: the host's installed line when it reports
// one, otherwise the plan's; memory and GPU are the plan's, as Deploy-Eflow was given them.
void FinishPage::showPlannedVm()
{
    const eflow::plan::DeploymentPlan &plan = m_plan->plan();
    const eflow::plan::EflowRelease release = m_controller->release();
    m_release->setText(release == eflow::plan::EflowRelease::Unknown ? tr("unknown")
                                                                     : eflow::plan::displayName(release));
    m_memory->setText(plan.vm.memoryMb > 0 ? tr("%1 MB").arg(plan.vm.memoryMb) : tr("not known"));
    switch (plan.gpu.type) {
    case eflow::plan::GpuPassthrough::DirectDeviceAssignment:
        //: %1 is the GPU's name, %2 how many are assigned
        m_gpu->setText(tr("%1 × %2, Direct Device Assignment (DDA)").arg(plan.gpu.name).arg(plan.gpu.count));
        break;
    case eflow::plan::GpuPassthrough::ParaVirtualization:
        m_gpu->setText(tr("%1, GPU paravirtualization (GPU-PV)").arg(plan.gpu.name));
        break;
    case eflow::plan::GpuPassthrough::None:
    case eflow::plan::GpuPassthrough::Unknown:
        m_gpu->setText(tr("none"));
        break;
    }
}

} // namespace eflow::ui
