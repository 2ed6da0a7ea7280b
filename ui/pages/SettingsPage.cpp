#include "ui/pages/SettingsPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/PlanModel.h"
#include "engine/plan/Validation.h"
#include "ui/WizardController.h"
#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

using eflow::plan::Field;
using eflow::plan::GpuPassthrough;
using eflow::plan::Problems;
using eflow::plan::VSwitchType;

constexpr int kSwitchTypeRole = Qt::UserRole + 1;

enum IpMode
{
    DhcpMode = 1,
    StaticMode,
};

enum GpuMode
{
    GpuNoneMode = 1,
    GpuDdaMode,
    GpuPvMode,
};

// A section's problems, one sentence a line; read by screen readers as the label's name and text.
QLabel *problemLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    QLabel *label = makeNoteLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setVisible(false);
    return label;
}

void showProblems(QLabel *label, const Problems &problems, const QStringList &extra = {})
{
    QStringList lines;
    for (const auto &problem : problems)
        lines << u"✗ "_s + problem.message;
    for (const QString &line : extra)
        lines << u"✗ "_s + line;
    label->setText(lines.join(u'\n'));
    label->setAccessibleDescription(label->text());
    label->setVisible(!lines.isEmpty());
}

bool isIpv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255)
            return false;
    }
    return true;
}

// The new switch's own fields: the plan's rules do not cover them (New-VMSwitch would refuse them).
QStringList creationProblems(const eflow::plan::SwitchCreation &creation)
{
    QStringList problems;
    if (!creation.create)
        return problems;
    if (creation.name.trimmed().isEmpty())
        problems << SettingsPage::tr("New switch name is required.");
    else if (creation.name != creation.name.trimmed())
        problems << SettingsPage::tr("New switch name starts or ends with a space; remove it.");
    if (!isIpv4(creation.hostAddress))
        problems << SettingsPage::tr("Host address '%1' is not an IPv4 address such as 172.20.0.1.")
                        .arg(creation.hostAddress);
    return problems;
}

QString switchKindName(eflow::host::SwitchKind kind)
{
    switch (kind) {
    case eflow::host::SwitchKind::Internal:
        return SettingsPage::tr("Internal");
    case eflow::host::SwitchKind::External:
        return SettingsPage::tr("External");
    case eflow::host::SwitchKind::Private:
        return SettingsPage::tr("Private");
    case eflow::host::SwitchKind::Unknown:
        break;
    }
    return SettingsPage::tr("type unknown");
}

} // namespace

QString SettingsPage::createSwitchKey()
{
    return u"<create-internal-switch>"_s;
}

SettingsPage::SettingsPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_controller(controller)
{
    Q_ASSERT(plan);
    Q_ASSERT(controller);
    setTitle(tr("Settings"));
    setSubTitle(tr("Choose the resources, network and GPU of the EFLOW virtual machine."));

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Settings"));
    auto *content = new QWidget(scroll);

    // ---- Virtual machine ----
    auto *vmBox = new QGroupBox(tr("Virtual machine"), content);
    m_release = makeNoteLabel(vmBox);
    m_release->setObjectName(u"releaseLabel"_s);
    m_cores = new QSpinBox(vmBox);
    m_cores->setObjectName(u"coresSpinBox"_s);
    m_cores->setAccessibleName(tr("Processor cores"));
    m_memory = new QSpinBox(vmBox);
    m_memory->setObjectName(u"memorySpinBox"_s);
    m_memory->setAccessibleName(tr("Memory in MB"));
    m_memory->setRange(1, 1024 * 1024);
    m_memory->setSuffix(tr(" MB"));
    m_disk = new QSpinBox(vmBox);
    m_disk->setObjectName(u"diskSpinBox"_s);
    m_disk->setAccessibleName(tr("Virtual disk size in GB"));
    m_disk->setRange(1, 4096);
    m_disk->setSuffix(tr(" GB"));
    m_data = new QSpinBox(vmBox);
    m_data->setObjectName(u"dataSpinBox"_s);
    m_data->setAccessibleName(tr("Data size in GB"));
    m_data->setRange(1, 4096);
    m_data->setSuffix(tr(" GB"));
    m_logSize = new QComboBox(vmBox);
    m_logSize->setObjectName(u"logSizeCombo"_s);
    m_logSize->setAccessibleName(tr("Log size"));
    m_logSize->addItem(tr("Small"), static_cast<int>(eflow::plan::VmLogSize::Small));
    m_logSize->addItem(tr("Large"), static_cast<int>(eflow::plan::VmLogSize::Large));
    m_vmProblems =
        problemLabel(u"vmProblemsLabel"_s, tr("Problems with the virtual machine settings"), vmBox);

    auto *vmForm = new QFormLayout;
    vmForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    vmForm->addRow(tr("EFLOW release:"), m_release);
    vmForm->addRow(tr("Processor &cores:"), m_cores);
    vmForm->addRow(tr("&Memory:"), m_memory);
    m_diskLabel = new QLabel(tr("Virtual dis&k size:"), vmBox);
    m_diskLabel->setBuddy(m_disk);
    vmForm->addRow(m_diskLabel, m_disk);
    m_dataLabel = new QLabel(tr("Data si&ze:"), vmBox);
    m_dataLabel->setBuddy(m_data);
    vmForm->addRow(m_dataLabel, m_data);
    m_logSizeLabel = new QLabel(tr("&Log size:"), vmBox);
    m_logSizeLabel->setBuddy(m_logSize);
    vmForm->addRow(m_logSizeLabel, m_logSize);
    auto *vmLayout = new QVBoxLayout(vmBox);
    vmLayout->addLayout(vmForm);
    vmLayout->addWidget(m_vmProblems);

    // ---- Network ----
    auto *netBox = new QGroupBox(tr("Network"), content);
    m_switch = new QComboBox(netBox);
    m_switch->setObjectName(u"switchCombo"_s);
    m_switch->setAccessibleName(tr("Virtual switch"));

    m_newSwitch = new QWidget(netBox);
    m_newSwitchName = new QLineEdit(m_newSwitch);
    m_newSwitchName->setObjectName(u"newSwitchNameEdit"_s);
    m_newSwitchName->setAccessibleName(tr("New switch name"));
    m_newSwitchName->setText(u"EFLOW-Internal"_s);
    m_newSwitchAddress = new QLineEdit(m_newSwitch);
    m_newSwitchAddress->setObjectName(u"newSwitchAddressEdit"_s);
    m_newSwitchAddress->setAccessibleName(tr("New switch host address"));
    m_newSwitchAddress->setText(u"172.20.0.1"_s);
    m_newSwitchPrefix = new QSpinBox(m_newSwitch);
    m_newSwitchPrefix->setObjectName(u"newSwitchPrefixSpinBox"_s);
    m_newSwitchPrefix->setAccessibleName(tr("New switch prefix length"));
    m_newSwitchPrefix->setRange(8, 30);
    m_newSwitchPrefix->setValue(24);
    auto *newForm = new QFormLayout(m_newSwitch);
    newForm->setContentsMargins(20, 0, 0, 0);
    auto *newNameLabel = new QLabel(tr("New switch &name:"), m_newSwitch);
    newNameLabel->setBuddy(m_newSwitchName);
    newForm->addRow(newNameLabel, m_newSwitchName);
    auto *newAddressLabel = new QLabel(tr("&Host address:"), m_newSwitch);
    newAddressLabel->setBuddy(m_newSwitchAddress);
    newForm->addRow(newAddressLabel, m_newSwitchAddress);
    auto *newPrefixLabel = new QLabel(tr("NAT &prefix length:"), m_newSwitch);
    newPrefixLabel->setBuddy(m_newSwitchPrefix);
    newForm->addRow(newPrefixLabel, m_newSwitchPrefix);

    m_ipMode = new QButtonGroup(this);
    m_dhcp = new QRadioButton(tr("Obtain an IP address au&tomatically (DHCP)"), netBox);
    m_dhcp->setObjectName(u"dhcpRadio"_s);
    m_dhcp->setAccessibleName(tr("DHCP"));
    m_static = new QRadioButton(tr("Use a &static IP address"), netBox);
    m_static->setObjectName(u"staticIpRadio"_s);
    m_static->setAccessibleName(tr("Static IP address"));
    m_ipMode->addButton(m_dhcp, DhcpMode);
    m_ipMode->addButton(m_static, StaticMode);
    m_staticNote = makeNoteLabel(netBox);
    m_staticNote->setObjectName(u"staticIpNoteLabel"_s);

    m_staticFields = new QWidget(netBox);
    m_ipAddress = new QLineEdit(m_staticFields);
    m_ipAddress->setObjectName(u"ipAddressEdit"_s);
    m_ipAddress->setAccessibleName(tr("IPv4 address"));
    m_ipAddress->setPlaceholderText(u"192.168.1.50"_s);
    m_prefix = new QSpinBox(m_staticFields);
    m_prefix->setObjectName(u"prefixSpinBox"_s);
    m_prefix->setAccessibleName(tr("Prefix length"));
    m_prefix->setRange(1, 32);
    m_prefix->setValue(24);
    m_gateway = new QLineEdit(m_staticFields);
    m_gateway->setObjectName(u"gatewayEdit"_s);
    m_gateway->setAccessibleName(tr("Gateway address"));
    m_gateway->setPlaceholderText(u"192.168.1.1"_s);
    m_dns = new QLineEdit(m_staticFields);
    m_dns->setObjectName(u"dnsEdit"_s);
    m_dns->setAccessibleName(tr("DNS servers"));
    m_dns->setPlaceholderText(tr("192.168.1.1, 1.1.1.1"));
    auto *staticForm = new QFormLayout(m_staticFields);
    staticForm->setContentsMargins(20, 0, 0, 0);
    auto *ipLabel = new QLabel(tr("IPv4 &address:"), m_staticFields);
    ipLabel->setBuddy(m_ipAddress);
    staticForm->addRow(ipLabel, m_ipAddress);
    auto *prefixLabel = new QLabel(tr("Pre&fix length:"), m_staticFields);
    prefixLabel->setBuddy(m_prefix);
    staticForm->addRow(prefixLabel, m_prefix);
    auto *gatewayLabel = new QLabel(tr("&Gateway:"), m_staticFields);
    gatewayLabel->setBuddy(m_gateway);
    staticForm->addRow(gatewayLabel, m_gateway);
    auto *dnsLabel = new QLabel(tr("DNS se&rvers:"), m_staticFields);
    dnsLabel->setBuddy(m_dns);
    staticForm->addRow(dnsLabel, m_dns);

    m_networkProblems =
        problemLabel(u"networkProblemsLabel"_s, tr("Problems with the network settings"), netBox);

    auto *switchLabel = new QLabel(tr("Virtual s&witch:"), netBox);
    switchLabel->setBuddy(m_switch);
    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(switchLabel);
    switchRow->addWidget(m_switch, 1);
    auto *netLayout = new QVBoxLayout(netBox);
    netLayout->addLayout(switchRow);
    netLayout->addWidget(m_newSwitch);
    netLayout->addWidget(m_dhcp);
    netLayout->addWidget(m_static);
    netLayout->addWidget(m_staticNote);
    netLayout->addWidget(m_staticFields);
    netLayout->addWidget(m_networkProblems);

    // ---- GPU ----
    auto *gpuBox = new QGroupBox(tr("GPU passthrough"), content);
    m_gpuMode = new QButtonGroup(this);
    m_gpuNone = new QRadioButton(tr("None"), gpuBox);
    m_gpuNone->setObjectName(u"gpuNoneRadio"_s);
    m_gpuNone->setAccessibleName(tr("No GPU passthrough"));
    m_gpuDda = new QRadioButton(tr("Direct Device Ass&ignment (DDA)"), gpuBox);
    m_gpuDda->setObjectName(u"gpuDdaRadio"_s);
    m_gpuDda->setAccessibleName(tr("Direct Device Assignment"));
    m_gpuPv = new QRadioButton(tr("GPU para&virtualization (GPU-PV)"), gpuBox);
    m_gpuPv->setObjectName(u"gpuPvRadio"_s);
    m_gpuPv->setAccessibleName(tr("GPU paravirtualization"));
    m_gpuMode->addButton(m_gpuNone, GpuNoneMode);
    m_gpuMode->addButton(m_gpuDda, GpuDdaMode);
    m_gpuMode->addButton(m_gpuPv, GpuPvMode);
    m_gpuName = new QComboBox(gpuBox);
    m_gpuName->setObjectName(u"gpuNameCombo"_s);
    m_gpuName->setAccessibleName(tr("GPU name"));
    m_gpuCount = new QSpinBox(gpuBox);
    m_gpuCount->setObjectName(u"gpuCountSpinBox"_s);
    m_gpuCount->setAccessibleName(tr("GPU count"));
    m_gpuCount->setRange(0, 8);
    m_gpuNote = makeNoteLabel(gpuBox);
    m_gpuNote->setObjectName(u"gpuNoteLabel"_s);
    m_gpuProblems = problemLabel(u"gpuProblemsLabel"_s, tr("Problems with the GPU settings"), gpuBox);
    auto *gpuForm = new QFormLayout;
    gpuForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    gpuForm->setContentsMargins(20, 0, 0, 0);
    auto *gpuNameLabel = new QLabel(tr("GPU nam&e:"), gpuBox);
    gpuNameLabel->setBuddy(m_gpuName);
    gpuForm->addRow(gpuNameLabel, m_gpuName);
    auto *gpuCountLabel = new QLabel(tr("GPU co&unt:"), gpuBox);
    gpuCountLabel->setBuddy(m_gpuCount);
    gpuForm->addRow(gpuCountLabel, m_gpuCount);
    auto *gpuLayout = new QVBoxLayout(gpuBox);
    gpuLayout->addWidget(m_gpuNone);
    gpuLayout->addWidget(m_gpuDda);
    gpuLayout->addWidget(m_gpuPv);
    gpuLayout->addLayout(gpuForm);
    gpuLayout->addWidget(m_gpuNote);
    gpuLayout->addWidget(m_gpuProblems);

    m_evaluation = makeNoteLabel(content);
    m_evaluation->setObjectName(u"evaluationLabel"_s);
    m_evaluation->setAccessibleName(tr("Target check with these settings"));
    m_evaluation->setVisible(false);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(vmBox);
    contentLayout->addWidget(netBox);
    contentLayout->addWidget(gpuBox);
    contentLayout->addWidget(m_evaluation);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    setTabOrder(m_cores, m_memory);
    setTabOrder(m_memory, m_disk);
    setTabOrder(m_disk, m_data);
    setTabOrder(m_data, m_logSize);
    setTabOrder(m_logSize, m_switch);
    setTabOrder(m_switch, m_newSwitchName);
    setTabOrder(m_newSwitchName, m_newSwitchAddress);
    setTabOrder(m_newSwitchAddress, m_newSwitchPrefix);
    setTabOrder(m_newSwitchPrefix, m_dhcp);
    setTabOrder(m_dhcp, m_static);
    setTabOrder(m_static, m_ipAddress);
    setTabOrder(m_ipAddress, m_prefix);
    setTabOrder(m_prefix, m_gateway);
    setTabOrder(m_gateway, m_dns);
    setTabOrder(m_dns, m_gpuNone);
    setTabOrder(m_gpuNone, m_gpuDda);
    setTabOrder(m_gpuDda, m_gpuPv);
    setTabOrder(m_gpuPv, m_gpuName);
    setTabOrder(m_gpuName, m_gpuCount);

    const auto vmEdited = [this] {
        if (!m_syncing)
            writeVm();
    };
    connect(m_cores, &QSpinBox::valueChanged, this, vmEdited);
    connect(m_memory, &QSpinBox::valueChanged, this, vmEdited);
    connect(m_disk, &QSpinBox::valueChanged, this, vmEdited);
    connect(m_data, &QSpinBox::valueChanged, this, vmEdited);
    connect(m_logSize, &QComboBox::currentIndexChanged, this, vmEdited);

    const auto networkEdited = [this] {
        if (m_syncing)
            return;
        updateVisibility();
        writeNetwork();
    };
    connect(m_switch, &QComboBox::currentIndexChanged, this, networkEdited);
    connect(m_newSwitchName, &QLineEdit::textChanged, this, networkEdited);
    connect(m_newSwitchAddress, &QLineEdit::textChanged, this, networkEdited);
    connect(m_newSwitchPrefix, &QSpinBox::valueChanged, this, networkEdited);
    connect(m_ipMode, &QButtonGroup::idToggled, this, [networkEdited](int, bool checked) {
        if (checked)
            networkEdited();
    });
    connect(m_ipAddress, &QLineEdit::textChanged, this, networkEdited);
    connect(m_prefix, &QSpinBox::valueChanged, this, networkEdited);
    connect(m_gateway, &QLineEdit::textChanged, this, networkEdited);
    connect(m_dns, &QLineEdit::textChanged, this, networkEdited);

    connect(m_gpuMode, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked || m_syncing)
            return;
        fillGpus();
        writeGpu();
    });
    connect(m_gpuName, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        fillGpus();
        writeGpu();
    });
    connect(m_gpuCount, &QSpinBox::valueChanged, this, [this] {
        if (!m_syncing)
            writeGpu();
    });
}

void SettingsPage::initializePage()
{
    const eflow::plan::VmSettings &vm = m_plan->plan().vm;
    if (vm.cpuCount <= 0 || vm.memoryMb <= 0)
        m_plan->applyReleaseDefaults();
    m_evaluation->clear();
    m_evaluation->setVisible(false);
    syncFromPlan();
    // The page shows one choice for each setting; the plan holds exactly what is shown.
    writeVm();
    writeNetwork();
    writeGpu();
}

void SettingsPage::syncFromPlan()
{
    m_syncing = true;
    const eflow::plan::DeploymentPlan &plan = m_plan->plan();
    const eflow::plan::ReleaseLimits limits = eflow::plan::limitsFor(plan.release);
    const eflow::plan::HostLimits host = m_controller->hostLimits();

    m_release->setText(eflow::plan::displayName(plan.release));
    m_cores->setRange(1, host.logicalProcessors > 0 ? host.logicalProcessors : 64);
    m_cores->setValue(plan.vm.cpuCount > 0 ? plan.vm.cpuCount : limits.cpuDefault);
    m_memory->setSingleStep(limits.memoryMustBeEven ? 2 : 1);
    m_memory->setValue(plan.vm.memoryMb > 0 ? plan.vm.memoryMb : limits.memoryDefaultMb);
    m_disk->setValue(plan.vm.diskSizeGb.value_or(limits.diskDefaultGb));
    m_data->setValue(plan.vm.dataSizeGb.value_or(limits.dataDefaultGb));
    m_logSize->setCurrentIndex(plan.vm.logSize == eflow::plan::VmLogSize::Large ? 1 : 0);
    m_disk->setVisible(!limits.supportsDataSize);
    m_diskLabel->setVisible(!limits.supportsDataSize);
    m_data->setVisible(limits.supportsDataSize);
    m_dataLabel->setVisible(limits.supportsDataSize);
    m_logSize->setVisible(limits.supportsLogSize);
    m_logSizeLabel->setVisible(limits.supportsLogSize);

    fillSwitches();
    int switchIndex = -1;
    if (plan.switchCreation.create) {
        switchIndex = m_switch->findData(createSwitchKey());
        if (!plan.switchCreation.name.isEmpty())
            m_newSwitchName->setText(plan.switchCreation.name);
        if (!plan.switchCreation.hostAddress.isEmpty())
            m_newSwitchAddress->setText(plan.switchCreation.hostAddress);
        if (plan.switchCreation.prefixLength > 0)
            m_newSwitchPrefix->setValue(plan.switchCreation.prefixLength);
    } else {
        for (int i = 0; i < m_switch->count() && switchIndex < 0; ++i) {
            const QString key = m_switch->itemData(i).toString();
            if (key != createSwitchKey() && key.compare(plan.network.switchName, Qt::CaseInsensitive) == 0)
                switchIndex = i;
        }
        if (switchIndex < 0 && !plan.network.switchName.isEmpty()) {
            // A switch the plan names but the host does not have (a loaded plan file): shown as such,
            // and the target check says what is wrong with it.
            m_switch->insertItem(0, tr("%1 (not found on this host)").arg(plan.network.switchName),
                                 plan.network.switchName);
            m_switch->setItemData(0, static_cast<int>(plan.network.switchType), kSwitchTypeRole);
            switchIndex = 0;
        }
    }
    m_switch->setCurrentIndex(qMax(0, switchIndex));

    (plan.network.staticIp ? m_static : m_dhcp)->setChecked(true);
    m_ipAddress->setText(plan.network.ip4Address);
    if (plan.network.ip4PrefixLength)
        m_prefix->setValue(*plan.network.ip4PrefixLength);
    m_gateway->setText(plan.network.ip4GatewayAddress);
    m_dns->setText(plan.network.dnsServers.join(u", "_s));

    switch (plan.gpu.type) {
    case GpuPassthrough::DirectDeviceAssignment:
        m_gpuDda->setChecked(true);
        break;
    case GpuPassthrough::ParaVirtualization:
        m_gpuPv->setChecked(true);
        break;
    default:
        m_gpuNone->setChecked(true);
        break;
    }
    m_syncing = false;
    fillGpus();
    m_syncing = true;
    if (!plan.gpu.name.isEmpty() && m_gpuName->findText(plan.gpu.name) >= 0)
        m_gpuName->setCurrentIndex(m_gpuName->findText(plan.gpu.name));
    if (plan.gpu.type == GpuPassthrough::DirectDeviceAssignment && plan.gpu.count > 0)
        m_gpuCount->setValue(plan.gpu.count);
    m_syncing = false;
    updateVisibility();
}

void SettingsPage::fillSwitches()
{
    const QSignalBlocker blocker(m_switch);
    m_switch->clear();
    const auto &facts = m_controller->facts();
    // The Default Switch comes with Hyper-V on client editions only; Windows Server has none.
    if (!facts || !facts->isServer()) {
        m_switch->addItem(tr("Default Switch (DHCP only)"), QString());
        m_switch->setItemData(m_switch->count() - 1, static_cast<int>(VSwitchType::Unknown), kSwitchTypeRole);
    }
    if (facts) {
        for (const eflow::host::VirtualSwitch &sw : facts->switches) {
            if (sw.isDefaultSwitch)
                continue;
            QString text = tr("%1 (%2)").arg(sw.name, switchKindName(sw.kind));
            if (sw.kind == eflow::host::SwitchKind::Internal && sw.hasNat)
                text = tr("%1 (Internal, NAT)").arg(sw.name);
            m_switch->addItem(text, sw.name);
            VSwitchType type = VSwitchType::Unknown;
            if (sw.kind == eflow::host::SwitchKind::Internal)
                type = VSwitchType::Internal;
            else if (sw.kind == eflow::host::SwitchKind::External)
                type = VSwitchType::External;
            m_switch->setItemData(m_switch->count() - 1, static_cast<int>(type), kSwitchTypeRole);
        }
    }
    m_switch->addItem(tr("Create a new Internal switch with NAT…"), createSwitchKey());
    m_switch->setItemData(m_switch->count() - 1, static_cast<int>(VSwitchType::Internal), kSwitchTypeRole);
}

void SettingsPage::fillGpus()
{
    const auto &facts = m_controller->facts();
    QStringList dda;
    QStringList pv;
    if (facts) {
        for (const eflow::host::GpuInfo &gpu : facts->gpus) {
            if (gpu.ddaCapable && !dda.contains(gpu.name))
                dda << gpu.name;
            if (gpu.gpuPvCapable && !pv.contains(gpu.name))
                pv << gpu.name;
        }
    }
    m_gpuDda->setEnabled(!dda.isEmpty());
    m_gpuPv->setEnabled(!pv.isEmpty());
    if ((m_gpuDda->isChecked() && dda.isEmpty()) || (m_gpuPv->isChecked() && pv.isEmpty())) {
        const QSignalBlocker blocker(m_gpuMode);
        m_gpuNone->setChecked(true);
    }

    const int mode = m_gpuMode->checkedId();
    const QStringList names = mode == GpuDdaMode ? dda : (mode == GpuPvMode ? pv : QStringList());
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    const QString current = m_gpuName->currentText();
    QStringList shown;
    for (int i = 0; i < m_gpuName->count(); ++i)
        shown << m_gpuName->itemText(i);
    if (shown != names) {
        m_gpuName->clear();
        m_gpuName->addItems(names);
        if (names.contains(current))
            m_gpuName->setCurrentText(current);
    }
    m_gpuName->setEnabled(mode != GpuNoneMode && !names.isEmpty());

    int available = 0;
    if (facts) {
        for (const eflow::host::GpuInfo &gpu : facts->gpus)
            available += gpu.name == m_gpuName->currentText() ? 1 : 0;
    }
    if (mode == GpuDdaMode) {
        m_gpuCount->setRange(1, qMax(1, available));
        m_gpuCount->setEnabled(available > 1);
    } else if (mode == GpuPvMode) {
        // GPU-PV shares exactly one GPU with the VM (Deploy-Eflow -gpuCount 1).
        m_gpuCount->setRange(1, 1);
        m_gpuCount->setValue(1);
        m_gpuCount->setEnabled(false);
    } else {
        m_gpuCount->setRange(0, 0);
        m_gpuCount->setValue(0);
        m_gpuCount->setEnabled(false);
    }
    m_syncing = wasSyncing;

    QStringList notes;
    if (dda.isEmpty())
        notes << tr(
            "Direct Device Assignment needs an NVIDIA Tesla T4 or A2 on Windows Server; this host has none.");
    else
        notes << tr("Direct Device Assignment gives the GPU to the VM alone. Install the GPU vendor's "
                    "mitigation driver on the host first (for NVIDIA: the Tesla mitigation driver), as "
                    "Microsoft's DDA guidance requires.");
    if (pv.isEmpty())
        notes << tr("GPU paravirtualization needs a GPU whose driver supports it; this host has none.");
    else if (mode == GpuPvMode)
        notes << tr("GPU paravirtualization shares one GPU with Windows; the count is always 1.");
    if (facts && facts->isVirtualMachine)
        notes << tr("This host is itself a virtual machine: GPU passthrough is not possible in a nested VM.");
    m_gpuNote->setText(notes.join(u'\n'));
}

void SettingsPage::updateVisibility()
{
    const QString key = m_switch->currentData().toString();
    const bool create = key == createSwitchKey();
    const bool defaultSwitch = key.isEmpty();
    m_newSwitch->setVisible(create);
    m_static->setEnabled(!defaultSwitch);
    if (defaultSwitch && m_static->isChecked()) {
        const QSignalBlocker blocker(m_ipMode);
        m_dhcp->setChecked(true);
    }
    m_staticNote->setText(defaultSwitch
                              ? tr("The Default Switch always uses DHCP; choose another switch for a "
                                   "static address.")
                              : QString());
    m_staticNote->setVisible(defaultSwitch);
    m_staticFields->setVisible(m_static->isChecked());
}

void SettingsPage::writeVm()
{
    const eflow::plan::ReleaseLimits limits = eflow::plan::limitsFor(m_plan->release());
    eflow::plan::VmSettings vm;
    vm.cpuCount = m_cores->value();
    vm.memoryMb = m_memory->value();
    if (limits.supportsDataSize)
        vm.dataSizeGb = m_data->value();
    else
        vm.diskSizeGb = m_disk->value();
    if (limits.supportsLogSize)
        vm.logSize = static_cast<eflow::plan::VmLogSize>(m_logSize->currentData().toInt());
    m_plan->setVmSettings(vm);
    updateProblems();
}

void SettingsPage::writeNetwork()
{
    const QString key = m_switch->currentData().toString();
    eflow::plan::NetworkSettings network;
    eflow::plan::SwitchCreation creation;
    if (key == createSwitchKey()) {
        creation.create = true;
        creation.name = m_newSwitchName->text();
        creation.hostAddress = m_newSwitchAddress->text().trimmed();
        creation.prefixLength = m_newSwitchPrefix->value();
    } else {
        network.switchName = key;
        network.switchType = static_cast<VSwitchType>(m_switch->currentData(kSwitchTypeRole).toInt());
    }
    network.staticIp = m_static->isChecked() && m_static->isEnabled();
    if (network.staticIp) {
        network.ip4Address = m_ipAddress->text().trimmed();
        network.ip4PrefixLength = m_prefix->value();
        network.ip4GatewayAddress = m_gateway->text().trimmed();
        static const QRegularExpression separators(u"[,;\\s]+"_s);
        network.dnsServers = m_dns->text().split(separators, Qt::SkipEmptyParts);
    }
    m_plan->setSwitchCreation(creation);
    m_plan->setNetworkSettings(network);
    updateProblems();
}

void SettingsPage::writeGpu()
{
    eflow::plan::GpuSettings gpu;
    switch (m_gpuMode->checkedId()) {
    case GpuDdaMode:
        gpu.type = GpuPassthrough::DirectDeviceAssignment;
        gpu.name = m_gpuName->currentText();
        gpu.count = m_gpuCount->value();
        break;
    case GpuPvMode:
        gpu.type = GpuPassthrough::ParaVirtualization;
        gpu.name = m_gpuName->currentText();
        gpu.count = 1;
        break;
    default:
        gpu.type = GpuPassthrough::None;
        break;
    }
    m_plan->setGpuSettings(gpu);
    updateProblems();
}

void SettingsPage::updateProblems()
{
    const eflow::plan::DeploymentPlan &plan = m_plan->plan();
    const eflow::plan::HostLimits host = m_controller->hostLimits();
    const Problems vm = eflow::plan::checkVmSettings(plan.release, plan.vm, host);
    const Problems network = eflow::plan::checkNetwork(plan.network);
    const Problems gpu = eflow::plan::checkGpu(plan.gpu, host);

    const QStringList creation = creationProblems(plan.switchCreation);

    showProblems(m_vmProblems, vm);
    showProblems(m_networkProblems, network, creation);
    showProblems(m_gpuProblems, gpu);

    // Each field also carries its own sentences, so a screen reader hears them on the field.
    const QMap<Field, QWidget *> widgets{
        {Field::CpuCount, m_cores},         {Field::MemoryMb, m_memory},
        {Field::DiskSizeGb, m_disk},        {Field::DataSizeGb, m_data},
        {Field::LogSize, m_logSize},        {Field::SwitchName, m_switch},
        {Field::SwitchType, m_switch},      {Field::Ip4Address, m_ipAddress},
        {Field::Ip4PrefixLength, m_prefix}, {Field::Ip4GatewayAddress, m_gateway},
        {Field::DnsServers, m_dns},         {Field::GpuType, m_gpuNone},
        {Field::GpuName, m_gpuName},        {Field::GpuCount, m_gpuCount},
    };
    QMap<QWidget *, QStringList> descriptions;
    for (QWidget *widget : widgets)
        descriptions[widget];
    for (const Problems &problems : {vm, network, gpu}) {
        for (const auto &problem : problems) {
            if (QWidget *widget = widgets.value(problem.field))
                descriptions[widget] << problem.message;
        }
    }
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it)
        it.key()->setAccessibleDescription(it.value().join(u' '));

    emit completeChanged();
}

bool SettingsPage::isComplete() const
{
    const eflow::plan::DeploymentPlan &plan = m_plan->plan();
    const eflow::plan::HostLimits host = m_controller->hostLimits();
    if (!eflow::plan::checkVmSettings(plan.release, plan.vm, host).isEmpty() ||
        !eflow::plan::checkNetwork(plan.network).isEmpty() ||
        !eflow::plan::checkGpu(plan.gpu, host).isEmpty())
        return false;
    return creationProblems(plan.switchCreation).isEmpty();
}

bool SettingsPage::validatePage()
{
    if (!m_controller->facts()) {
        m_evaluation->setVisible(false);
        return true;
    }
    m_controller->reevaluate();
    const eflow::host::TargetEvaluation &evaluation = m_controller->evaluation();
    if (evaluation.verdict == eflow::host::TargetVerdict::Unsupported) {
        QStringList lines{tr("With these settings the device cannot run EFLOW: %1").arg(evaluation.summary)};
        for (const eflow::host::RequirementCheck &check : evaluation.failures()) {
            lines << (check.fix.isEmpty() ? tr("✗ %1: %2").arg(check.title, check.detail)
                                          : tr("✗ %1: %2 %3").arg(check.title, check.detail, check.fix));
        }
        m_evaluation->setText(lines.join(u'\n'));
        m_evaluation->setAccessibleDescription(m_evaluation->text());
        m_evaluation->setVisible(true);
        return false;
    }
    m_evaluation->clear();
    m_evaluation->setVisible(false);
    return true;
}

} // namespace eflow::ui
