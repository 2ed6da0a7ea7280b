#include "ui/pages/SettingsPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/plan/EflowRelease.h"
#include "engine/plan/NetworkDefaults.h"
#include "engine/plan/PlanModel.h"
#include "engine/plan/Validation.h"
#include "ui/WizardController.h"
#include "ui/pages/GpuSection.h"
#include "ui/proxy/ProxySection.h"
#include "ui/widgets/BuddyRow.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/ProblemLabel.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

namespace {

using eflow::plan::Field;
using eflow::plan::Problems;
using eflow::plan::VSwitchType;

constexpr int kSwitchTypeRole = Qt::UserRole + 1;

enum IpMode
{
    DhcpMode = 1,
    StaticMode,
};

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
    setSubTitle(tr("Choose the resources, network, GPU and proxy of the EFLOW virtual machine."));

    // The window puts every page in a vertical-only scroll area (WizardWindow::addPage); the page is laid
    // out as if it had all the room.
    auto *content = new QWidget(this);

    QWidget *vmBox = buildVmSection(content);
    QWidget *netBox = buildNetworkSection(content);
    m_gpu = new GpuSection(content);
    m_proxy = new ProxySection(controller->secretStore(), content);

    m_evaluation = makeNoteLabel(content);
    m_evaluation->setObjectName(u"evaluationLabel"_s);
    m_evaluation->setAccessibleName(tr("Target check with these settings"));
    m_evaluation->setVisible(false);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(vmBox);
    contentLayout->addWidget(netBox);
    contentLayout->addWidget(m_gpu);
    contentLayout->addWidget(m_proxy);
    contentLayout->addWidget(m_evaluation);
    contentLayout->addStretch(1);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(content);

    setTabOrders();
    connectEdits();
}

QWidget *SettingsPage::buildVmSection(QWidget *parent)
{
    auto *vmBox = new QGroupBox(tr("Virtual machine"), parent);
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
        makeProblemLabel(u"vmProblemsLabel"_s, tr("Problems with the virtual machine settings"), vmBox);

    auto *vmForm = new QFormLayout;
    vmForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    vmForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    vmForm->addRow(tr("EFLOW release:"), m_release);
    vmForm->addRow(tr("Processor &cores:"), m_cores);
    // The hint beside the field says how much the host has free, and warns when the VM asks for more.
    m_memoryHint = new WrappingLabel(vmBox);
    m_memoryHint->setObjectName(u"memoryHintLabel"_s);
    m_memoryHint->setTextFormat(Qt::PlainText);
    m_memoryHint->setWordWrap(true);
    auto *memoryRow = new QHBoxLayout;
    memoryRow->addWidget(m_memory);
    memoryRow->addWidget(m_memoryHint, 1);
    auto *memoryLabel = new QLabel(tr("&Memory:"), vmBox);
    memoryLabel->setBuddy(m_memory);
    vmForm->addRow(memoryLabel, memoryRow);
    m_diskLabel = addBuddyRow(vmForm, tr("Virtual dis&k size:"), m_disk);
    m_dataLabel = addBuddyRow(vmForm, tr("Data si&ze:"), m_data);
    m_logSizeLabel = addBuddyRow(vmForm, tr("&Log size:"), m_logSize);
    auto *vmLayout = new QVBoxLayout(vmBox);
    vmLayout->addLayout(vmForm);
    vmLayout->addWidget(m_vmProblems);
    return vmBox;
}

QWidget *SettingsPage::buildNetworkSection(QWidget *parent)
{
    auto *netBox = new QGroupBox(tr("Network"), parent);
    m_switch = new QComboBox(netBox);
    m_switch->setObjectName(u"switchCombo"_s);
    m_switch->setAccessibleName(tr("Virtual switch"));

    m_newSwitch = buildNewSwitchFields(netBox);

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

    m_staticFields = buildStaticIpFields(netBox);

    m_networkProblems =
        makeProblemLabel(u"networkProblemsLabel"_s, tr("Problems with the network settings"), netBox);

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
    return netBox;
}

// The name, host address and NAT prefix of the Internal switch that the wizard creates.
QWidget *SettingsPage::buildNewSwitchFields(QWidget *parent)
{
    auto *fields = new QWidget(parent);
    m_newSwitchName = new QLineEdit(fields);
    m_newSwitchName->setObjectName(u"newSwitchNameEdit"_s);
    m_newSwitchName->setAccessibleName(tr("New switch name"));
    m_newSwitchName->setText(u"EFLOW-Internal"_s);
    m_newSwitchAddress = new QLineEdit(fields);
    m_newSwitchAddress->setObjectName(u"newSwitchAddressEdit"_s);
    m_newSwitchAddress->setAccessibleName(tr("New switch host address"));
    m_newSwitchAddress->setText(u"172.20.0.1"_s);
    m_newSwitchPrefix = new QSpinBox(fields);
    m_newSwitchPrefix->setObjectName(u"newSwitchPrefixSpinBox"_s);
    m_newSwitchPrefix->setAccessibleName(tr("New switch prefix length"));
    m_newSwitchPrefix->setRange(eflow::plan::kMinNatPrefixLength, eflow::plan::kMaxNatPrefixLength);
    m_newSwitchPrefix->setValue(24);
    auto *newForm = new QFormLayout(fields);
    newForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    newForm->setContentsMargins(20, 0, 0, 0);
    addBuddyRow(newForm, tr("New switch &name:"), m_newSwitchName);
    addBuddyRow(newForm, tr("&Host address:"), m_newSwitchAddress);
    addBuddyRow(newForm, tr("NAT &prefix length:"), m_newSwitchPrefix);
    return fields;
}

QWidget *SettingsPage::buildStaticIpFields(QWidget *parent)
{
    auto *fields = new QWidget(parent);
    m_ipAddress = new QLineEdit(fields);
    m_ipAddress->setObjectName(u"ipAddressEdit"_s);
    m_ipAddress->setAccessibleName(tr("IPv4 address"));
    m_ipAddress->setPlaceholderText(u"192.168.1.50"_s);
    m_prefix = new QSpinBox(fields);
    m_prefix->setObjectName(u"prefixSpinBox"_s);
    m_prefix->setAccessibleName(tr("Prefix length"));
    m_prefix->setRange(1, 32);
    m_prefix->setValue(24);
    m_gateway = new QLineEdit(fields);
    m_gateway->setObjectName(u"gatewayEdit"_s);
    m_gateway->setAccessibleName(tr("Gateway address"));
    m_gateway->setPlaceholderText(u"192.168.1.1"_s);
    m_dns = new QLineEdit(fields);
    m_dns->setObjectName(u"dnsEdit"_s);
    m_dns->setAccessibleName(tr("DNS servers"));
    m_dns->setPlaceholderText(tr("192.168.1.1, 1.1.1.1"));
    auto *staticForm = new QFormLayout(fields);
    staticForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    staticForm->setContentsMargins(20, 0, 0, 0);
    addBuddyRow(staticForm, tr("IPv4 &address:"), m_ipAddress);
    addBuddyRow(staticForm, tr("Pre&fix length:"), m_prefix);
    addBuddyRow(staticForm, tr("&Gateway:"), m_gateway);
    addBuddyRow(staticForm, tr("DNS se&rvers:"), m_dns);
    return fields;
}

void SettingsPage::setTabOrders()
{
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
    QWidget *previous = m_dns;
    for (QWidget *next : m_gpu->tabStops() + m_proxy->tabStops()) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void SettingsPage::connectEdits()
{
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
    // The new switch's subnet decides the address proposed for the VM.
    const auto natEdited = [this, networkEdited] {
        if (m_syncing)
            return;
        proposeNatAddress();
        networkEdited();
    };
    connect(m_switch, &QComboBox::currentIndexChanged, this, natEdited);
    connect(m_newSwitchName, &QLineEdit::textChanged, this, networkEdited);
    connect(m_newSwitchAddress, &QLineEdit::textChanged, this, natEdited);
    connect(m_newSwitchPrefix, &QSpinBox::valueChanged, this, natEdited);
    connect(m_ipMode, &QButtonGroup::idToggled, this, [this, networkEdited](int, bool checked) {
        if (!checked)
            return;
        if (!m_syncing) {
            m_ipModeChosen = true;
            suggestDnsServers();
        }
        networkEdited();
    });
    connect(m_ipAddress, &QLineEdit::textChanged, this, networkEdited);
    connect(m_prefix, &QSpinBox::valueChanged, this, networkEdited);
    connect(m_gateway, &QLineEdit::textChanged, this, networkEdited);
    connect(m_dns, &QLineEdit::textChanged, this, networkEdited);

    connect(m_gpu, &GpuSection::edited, this, [this] {
        if (!m_syncing)
            writeGpu();
    });
    connect(m_proxy, &ProxySection::edited, this, [this] {
        if (!m_syncing) {
            m_plan->setEdgeProxy(m_proxy->settings());
            updateProblems();
        }
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
    // A plan that creates the switch but asks for DHCP (Windows Server without switches starts there)
    // would leave the VM without an address: propose a static one, as choosing the entry does.
    if (!m_plan->plan().network.staticIp)
        proposeNatAddress();
    updateVisibility();
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

    syncSwitchFromPlan();

    (plan.network.staticIp ? m_static : m_dhcp)->setChecked(true);
    m_ipAddress->setText(plan.network.ip4Address);
    if (plan.network.ip4PrefixLength)
        m_prefix->setValue(*plan.network.ip4PrefixLength);
    m_gateway->setText(plan.network.ip4GatewayAddress);
    m_dns->setText(plan.network.dnsServers.join(u", "_s));

    m_gpu->setHost(m_controller->facts());
    m_gpu->showSettings(plan.gpu);
    m_proxy->showSettings(plan.edgeProxy);
    m_syncing = false;
    updateVisibility();
}

// Selects the plan's switch: the one to create, one of the host's, or one the host does not have.
void SettingsPage::syncSwitchFromPlan()
{
    const eflow::plan::DeploymentPlan &plan = m_plan->plan();
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

void SettingsPage::proposeNatAddress()
{
    if (m_switch->currentData().toString() != createSwitchKey())
        return;
    // The user's own choices stand: DHCP picked by hand, or an address typed over the proposal.
    if (m_dhcp->isChecked() && m_ipModeChosen)
        return;
    const QString typed = m_ipAddress->text().trimmed();
    if (!typed.isEmpty() && typed != m_proposedAddress)
        return;
    eflow::plan::SwitchCreation creation;
    creation.create = true;
    creation.hostAddress = m_newSwitchAddress->text().trimmed();
    creation.prefixLength = m_newSwitchPrefix->value();
    QStringList used;
    if (const auto &facts = m_controller->facts()) {
        for (const eflow::host::VirtualSwitch &sw : facts->switches)
            used << sw.hostAddress;
    }
    const auto proposal = eflow::plan::proposeNatStaticIp(creation, used);
    if (!proposal)
        return;
    const QSignalBlocker modeBlocker(m_ipMode);
    const QSignalBlocker ipBlocker(m_ipAddress);
    const QSignalBlocker prefixBlocker(m_prefix);
    const QSignalBlocker gatewayBlocker(m_gateway);
    m_static->setChecked(true);
    m_ipAddress->setText(proposal->address);
    m_prefix->setValue(proposal->prefixLength);
    m_gateway->setText(proposal->gateway);
    m_proposedAddress = proposal->address;
    suggestDnsServers();
}

void SettingsPage::suggestDnsServers()
{
    const auto &facts = m_controller->facts();
    if (!m_static->isChecked() || !m_dns->text().trimmed().isEmpty() || !facts || facts->dnsServers.isEmpty())
        return;
    const QSignalBlocker blocker(m_dns);
    m_dns->setText(facts->dnsServers.join(u", "_s));
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
    updateMemoryHint();
    updateProblems();
}

void SettingsPage::updateMemoryHint()
{
    const auto &facts = m_controller->facts();
    if (!facts || facts->freeMemoryMb < 0) {
        m_memoryHint->clear();
        m_memoryHint->setVisible(false);
        return;
    }
    const QString freeGb = QLocale().toString(double(facts->freeMemoryMb) / 1024.0, 'f', 1);
    if (m_memory->value() > facts->freeMemoryMb) {
        //: %1 is the free memory in GB, e.g. "4.1"
        m_memoryHint->setText(tr("⚠ More than the %1 GB free on the host").arg(freeGb));
    } else {
        //: %1 is the free memory in GB, e.g. "4.1"
        m_memoryHint->setText(tr("%1 GB free on the host").arg(freeGb));
    }
    m_memoryHint->setVisible(true);
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
    m_plan->setGpuSettings(m_gpu->settings());
    updateProblems();
}

void SettingsPage::updateProblems()
{
    const eflow::plan::DeploymentPlan &plan = m_plan->plan();
    const eflow::plan::HostLimits host = m_controller->hostLimits();
    const Problems vm = eflow::plan::checkVmSettings(plan.release, plan.vm, host);
    const Problems network = eflow::plan::checkNetwork(plan.network) +
                             eflow::plan::checkSwitchChoice(plan.network, plan.switchCreation);
    const Problems gpu = eflow::plan::checkGpu(plan.gpu, host);
    const Problems proxy = eflow::plan::checkEdgeProxy(plan.edgeProxy, plan.release);

    showProblems(m_vmProblems, vm);
    showProblems(m_networkProblems, network);
    m_gpu->showProblems(gpu);
    m_proxy->showProblems(proxy);

    // Each field also carries its own sentences, so a screen reader hears them on the field.
    QMap<Field, QWidget *> widgets{
        {Field::CpuCount, m_cores},
        {Field::MemoryMb, m_memory},
        {Field::DiskSizeGb, m_disk},
        {Field::DataSizeGb, m_data},
        {Field::LogSize, m_logSize},
        {Field::SwitchName, m_switch},
        {Field::SwitchType, m_switch},
        {Field::Ip4Address, m_ipAddress},
        {Field::Ip4PrefixLength, m_prefix},
        {Field::Ip4GatewayAddress, m_gateway},
        {Field::DnsServers, m_dns},
        {Field::NewSwitchName, m_newSwitchName},
        {Field::NewSwitchHostAddress, m_newSwitchAddress},
        {Field::NewSwitchPrefixLength, m_newSwitchPrefix},
    };
    for (const Field field : {Field::GpuType, Field::GpuName, Field::GpuCount})
        widgets.insert(field, m_gpu->widgetFor(field));
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
    return eflow::plan::checkSettings(m_plan->plan(), m_controller->hostLimits()).isEmpty();
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
