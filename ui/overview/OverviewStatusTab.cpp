#include "ui/overview/OverviewStatusTab.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/overview/OverviewSeverity.h"
#include "ui/widgets/WrappingLabel.h"

namespace eflow::ui {

namespace {

struct OverviewTr
{
    Q_DECLARE_TR_FUNCTIONS(eflow::ui::OverviewWindow)
};

// The module list asks for no more than its minimum and takes whatever room the tab has left.
// QAbstractScrollArea asks for 192 px whatever it holds, which pushed the DPS registration record below the
// window where lines are taller (Japanese).
class ModuleTable final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

    QSize sizeHint() const override { return {QTableWidget::sizeHint().width(), minimumHeight()}; }
};

QString mb(qint64 value)
{
    if (value < 0)
        return OverviewTr::tr("not reported");
    return QLocale().formattedDataSize(value * 1024 * 1024, 1, QLocale::DataSizeTraditionalFormat);
}

QString orUnknown(const QString &v)
{
    return v.isEmpty() ? OverviewTr::tr("not reported") : v;
}

QGroupBox *boxWith(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    (new QVBoxLayout(box))->addWidget(content);
    return box;
}

} // namespace

QLabel *overviewTextLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    return label;
}

OverviewStatusTab::OverviewStatusTab(WizardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_modules = new ModuleTable(0, 4, this);
    m_modules->setObjectName(QStringLiteral("moduleTable"));
    m_modules->setAccessibleName(OverviewTr::tr("IoT Edge Module List"));
    m_modules->setHorizontalHeaderLabels({OverviewTr::tr("NAME"), OverviewTr::tr("STATUS"),
                                          OverviewTr::tr("DESCRIPTION"), OverviewTr::tr("IMAGE")});
    m_modules->horizontalHeader()->setStretchLastSection(true);
    m_modules->verticalHeader()->setVisible(false);
    m_modules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_modules->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Arrow keys move between the rows; Tab leaves the table instead of walking every cell.
    m_modules->setTabKeyNavigation(false);
    m_modules->setMinimumHeight(120);
    m_modules->setToolTip(tr("Double-click a module to see its logs."));

    m_serviceStatus = overviewTextLabel(this, QStringLiteral("serviceStatusLabel"));
    m_serviceStatus->setAccessibleName(OverviewTr::tr("IoT Edge Status"));
    m_versions = overviewTextLabel(this, QStringLiteral("versionsLabel"));
    m_versions->setAccessibleName(OverviewTr::tr("Runtime versions"));
    m_vmStats = overviewTextLabel(this, QStringLiteral("vmStatisticsLabel"));
    m_vmStats->setAccessibleName(OverviewTr::tr("VM statistics"));
    m_device = overviewTextLabel(this, QStringLiteral("deviceInfoLabel"));
    m_device->setAccessibleName(tr("Device and virtual machine"));
    m_dpsRecord = overviewTextLabel(this, QStringLiteral("dpsRecordLabel"));
    m_dpsRecord->setAccessibleName(tr("DPS registration record"));
    m_dpsRecord->setText(tr("Not asked yet."));
    connect(m_controller, &WizardController::enrollmentVerified, this,
            [this](const dps::EnrollmentVerification &verification) {
                m_dpsRecord->setText(verification.sentence());
            });

    // Two columns of boxes: four side by side do not fit 960 pixels in German.
    auto *grid = new QGridLayout;
    grid->addWidget(boxWith(tr("Device and virtual machine"), m_device, this), 0, 0);
    grid->addWidget(boxWith(OverviewTr::tr("IoT Edge Status"), m_serviceStatus, this), 0, 1);
    grid->addWidget(boxWith(OverviewTr::tr("VM statistics"), m_vmStats, this), 1, 0);
    grid->addWidget(boxWith(OverviewTr::tr("Runtime versions"), m_versions, this), 1, 1);
    grid->addWidget(boxWith(tr("DPS registration record"), m_dpsRecord, this), 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(boxWith(OverviewTr::tr("IoT Edge Module List"), m_modules, this), 1);
    layout->addLayout(grid);

    connect(m_modules, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (QTableWidgetItem *name = m_modules->item(item->row(), 0))
            emit moduleActivated(name->text());
    });
}

OverviewStatusTab::~OverviewStatusTab() = default;

QList<QWidget *> OverviewStatusTab::focusChain() const
{
    return {m_modules, m_device, m_serviceStatus, m_vmStats, m_versions};
}

void OverviewStatusTab::showStatus(const jobs::HostJobState &state)
{
    showModules(state);
    showService(state);
    showVm(state);
    showDevice(state);
    // What DPS says about the device, asked once per refresh that reached the VM. Without a registration
    // ID (the overview opened alone, or before Connect) there is nothing to ask about, and it says so.
    if (!state.vm)
        return;
    if (m_controller->plan()->plan().provisioning.registrationId.isEmpty())
        m_dpsRecord->setText(tr("Not asked: no registration ID is known here. The wizard's Connect page "
                                "names one, and asks DPS about it."));
    else if (!m_controller->isVerifyingEnrollment())
        m_controller->verifyEnrollment();
}

void OverviewStatusTab::showModules(const jobs::HostJobState &s)
{
    m_modules->setRowCount(0);
    if (!s.modules)
        return;
    m_modules->setRowCount(int(s.modules->modules.size()));
    int row = 0;
    for (const host::IotEdgeModule &m : s.modules->modules) {
        const Severity severity = moduleSeverity(m);
        auto *name = new QTableWidgetItem(m.name);
        auto *status = new QTableWidgetItem(m.statusText);
        markSeverity(status, severity, style(), palette());
        if (severity != Severity::Ok)
            markSeverity(name, severity, style(), palette());
        m_modules->setItem(row, 0, name);
        m_modules->setItem(row, 1, status);
        m_modules->setItem(row, 2, new QTableWidgetItem(m.description));
        m_modules->setItem(row, 3, new QTableWidgetItem(m.image));
        ++row;
    }
    // The short columns fit their text; the image takes the rest of the width.
    for (int column = 0; column < 3; ++column)
        m_modules->resizeColumnToContents(column);
}

void OverviewStatusTab::showService(const jobs::HostJobState &s)
{
    QStringList status;
    Severity worst = Severity::Unknown;
    const auto note = [&worst](Severity severity) {
        if (int(severity) > int(worst))
            worst = severity;
        return severity == Severity::Ok || severity == Severity::Unknown
                   ? QString()
                   : severityWord(severity) + QStringLiteral(": ");
    };
    if (s.service) {
        QString active = s.service->activeText;
        if (!s.service->since.isEmpty())
            active = OverviewTr::tr("%1 since %2").arg(active, s.service->since);
        if (!s.service->sinceAgo.isEmpty())
            active = OverviewTr::tr("%1; %2").arg(active, s.service->sinceAgo);
        status << note(serviceSeverity(*s.service)) +
                      OverviewTr::tr("%1 — Active: %2").arg(s.service->unit, active);
    } else if (s.vm && !s.vm->systemCtlStatusLines.isEmpty()) {
        for (const QString &line : s.vm->systemCtlStatusLines) {
            if (line.trimmed().startsWith(QStringLiteral("Active:")))
                status << line.trimmed();
        }
    }
    if (s.systemServices) {
        status << OverviewTr::tr("System services (iotedge system status):");
        for (const host::ServiceStatus &svc : s.systemServices->services)
            status << QStringLiteral("  %1%2: %3")
                          .arg(note(serviceSeverity(svc, true)), svc.unit, svc.activeText);
    }
    if (status.isEmpty())
        status << OverviewTr::tr("Not read yet.");
    m_serviceStatus->setText(status.join(QLatin1Char('\n')));
    // The words above carry the meaning; the colour only draws the eye.
    const QColor colour = severityColor(worst, palette());
    QPalette p = palette();
    if (colour.isValid())
        p.setColor(QPalette::WindowText, colour);
    m_serviceStatus->setPalette(p);
    m_serviceStatus->setProperty("severity", int(worst));
}

void OverviewStatusTab::showVm(const jobs::HostJobState &s)
{
    if (!s.vm) {
        m_versions->setText(OverviewTr::tr("Not read yet."));
        m_vmStats->setText(OverviewTr::tr("Not read yet."));
        return;
    }
    const host::EflowVmStatus &vm = *s.vm;
    m_versions->setText(OverviewTr::tr("IoT Edge: %1\nMoby engine: %2\nMoby CLI: %3")
                            .arg(orUnknown(vm.iotEdgeVersion), orUnknown(vm.mobyEngineVersion),
                                 orUnknown(vm.mobyCliVersion)));
    m_vmStats->setText(
        OverviewTr::tr("VM: %1 (%2)\nMemory: %3 used of %4 (%5 available)\nStorage: %6 used of %7 "
                       "(%8 available)\nCPUs: %9\nKernel: %10")
            .arg(orUnknown(vm.vmName), orUnknown(vm.powerStateText), mb(vm.usedMemMb), mb(vm.totalMemMb),
                 mb(vm.availableMemMb), mb(vm.usedStorageMb), mb(vm.totalStorageMb),
                 mb(vm.availableStorageMb))
            .arg(vm.cpuCount > 0 ? QString::number(vm.cpuCount) : OverviewTr::tr("not reported"),
                 orUnknown(vm.kernelVersion)));
}

void OverviewStatusTab::showDevice(const jobs::HostJobState &s)
{
    const auto info = [&s](const char *key) {
        return s.vmInfo.value(QLatin1String(key)).toString();
    };
    QString version = info("eflowVersion");
    QString line = info("releaseLine");
    const auto &facts = m_controller->facts();
    if (version.isEmpty() && facts && facts->eflow.installed) {
        version = facts->eflow.version;
        line = facts->eflow.line;
    }
    const plan::DeploymentPlan plan = m_controller->plan()->plan();
    QString gpu = OverviewTr::tr("not reported");
    if (s.vm) {
        const int count = s.vm->configuredGpuCount;
        gpu = count <= 0
                  ? tr("none")
                  : (plan.gpu.name.isEmpty() ? tr("%n GPU(s)", nullptr, count)
                                             : tr("%1 (%n GPU(s))", nullptr, count).arg(plan.gpu.name));
    }
    const int memory = s.vm ? s.vm->configuredMemoryMb : 0;
    const int cpus = s.vm ? (s.vm->configuredCpuCount > 0 ? s.vm->configuredCpuCount : s.vm->cpuCount) : 0;
    m_device->setText(
        tr("VM IP address: %1\nEFLOW version: %2\nRelease line: %3\nVM memory: %4\nVM CPUs: %5\n"
           "VM disk: %6\nGPU: %7")
            .arg(orUnknown(info("ip4Address")), orUnknown(version), orUnknown(line),
                 memory > 0 ? mb(memory) : OverviewTr::tr("not reported"),
                 cpus > 0 ? QString::number(cpus) : OverviewTr::tr("not reported"),
                 s.vm ? mb(s.vm->totalStorageMb) : OverviewTr::tr("not reported"), gpu));
}

} // namespace eflow::ui
