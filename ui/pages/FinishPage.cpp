#include "ui/pages/FinishPage.h"

#include <initializer_list>

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

QLabel *valueLabel(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A tab stop, so that the device ID or the address can be selected and copied without a mouse
    // (Qt 6 no longer gives keyboard-selectable labels one).
    label->setFocusPolicy(Qt::StrongFocus);
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

    m_target = valueLabel(u"targetValue"_s, tr("Target"), this);
    m_vmName = valueLabel(u"vmNameValue"_s, tr("Virtual machine"), this);
    m_vmIp = valueLabel(u"vmIpValue"_s, tr("IP address"), this);
    m_deviceId = valueLabel(u"deviceIdValue"_s, tr("Device ID"), this);
    m_hub = valueLabel(u"hubValue"_s, tr("IoT hub"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Virtual machine:"), m_vmName);
    form->addRow(tr("IP address:"), m_vmIp);
    form->addRow(tr("Device ID:"), m_deviceId);
    form->addRow(tr("IoT hub:"), m_hub);

    m_openOverview = new QPushButton(tr("O&pen the device overview"), this);
    m_openOverview->setObjectName(u"openOverviewButton"_s);
    m_openOverview->setAccessibleName(tr("Open the device overview"));
    m_openOnFinish = new QCheckBox(tr("Open the device overview &when I click Finish"), this);
    m_openOnFinish->setObjectName(u"openOverviewOnFinishCheckBox"_s);
    m_openOnFinish->setAccessibleName(tr("Open the device overview when I click Finish"));
    m_openOnFinish->setChecked(true);

    auto *overviewHint = new QLabel(
        tr("The device overview shows the IoT Edge modules, the runtime status and the results of iotedge "
           "check. You can open it later from the menu without running the wizard again."),
        this);
    overviewHint->setWordWrap(true);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openOverview);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(overviewHint);
    layout->addLayout(buttonRow);
    layout->addWidget(m_openOnFinish);
    layout->addStretch(1);

    setTabOrder(m_openOverview, m_openOnFinish);
    connect(m_openOverview, &QPushButton::clicked, this, &FinishPage::openOverviewRequested);
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
    return QStringList{m_target->text(), m_vmName->text(), m_vmIp->text(), m_deviceId->text(), m_hub->text()}
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

    const jobs::JobProgress *provision = m_controller->provisionJob();
    const bool provisioned = provision && provision->result().outcome == jobs::PipelineOutcome::Succeeded;
    if (!provisioned) {
        m_deviceId->setText(tr("not provisioned yet"));
        m_hub->setText(tr("not provisioned yet"));
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
}

} // namespace eflow::ui
