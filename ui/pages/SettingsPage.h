#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class GpuSection;
class ProxySection;
class WizardController;

// WAC's "2.2 Settings": the VM's processors, memory and storage, the virtual switch (an existing one,
// the Default Switch, or a new Internal switch with NAT), DHCP or a static address, and GPU
// passthrough. Every edit goes into the plan at once and is checked with the plan's own rules
// (plan::checkVmSettings, checkNetwork, checkSwitchChoice, checkGpu; isComplete() is plan::checkSettings),
// whose sentences appear next to the section. The page applies no rule of its own.
class SettingsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The data of the switch combo's "Create a new Internal switch with NAT…" entry.
    static QString createSwitchKey();

private:
    QWidget *buildVmSection(QWidget *parent);
    QWidget *buildNetworkSection(QWidget *parent);
    QWidget *buildNewSwitchFields(QWidget *parent);
    QWidget *buildStaticIpFields(QWidget *parent);
    void setTabOrders();
    void connectEdits();
    void fillSwitches();
    void syncSwitchFromPlan();
    void syncFromPlan();
    void writeVm();
    void updateMemoryHint();
    void writeNetwork();
    void writeGpu();
    void updateVisibility();
    // A static address gets no DNS from DHCP: an empty DNS field is filled with the host's own servers
    // (a created NAT switch's gateway is no DNS server: Windows NAT has no DNS proxy).
    void suggestDnsServers();
    // Nothing serves DHCP on a new Internal switch with NAT: choosing one proposes a static address in
    // its subnet (plan::proposeNatStaticIp), with the switch's host address as the gateway, unless the
    // user chose DHCP or typed an address.
    void proposeNatAddress();
    void updateProblems();

    eflow::plan::PlanModel *m_plan = nullptr;
    WizardController *m_controller = nullptr;
    bool m_syncing = false;
    bool m_ipModeChosen = false; // the user picked DHCP or static by hand
    QString m_proposedAddress;   // the last address proposeNatAddress() filled in

    QLabel *m_release = nullptr;
    QSpinBox *m_cores = nullptr;
    QSpinBox *m_memory = nullptr;
    QLabel *m_memoryHint = nullptr;
    QLabel *m_diskLabel = nullptr;
    QSpinBox *m_disk = nullptr;
    QLabel *m_dataLabel = nullptr;
    QSpinBox *m_data = nullptr;
    QLabel *m_logSizeLabel = nullptr;
    QComboBox *m_logSize = nullptr;
    QLabel *m_vmProblems = nullptr;

    QComboBox *m_switch = nullptr;
    QWidget *m_newSwitch = nullptr;
    QLineEdit *m_newSwitchName = nullptr;
    QLineEdit *m_newSwitchAddress = nullptr;
    QSpinBox *m_newSwitchPrefix = nullptr;
    QButtonGroup *m_ipMode = nullptr;
    QRadioButton *m_dhcp = nullptr;
    QRadioButton *m_static = nullptr;
    QLabel *m_staticNote = nullptr;
    QWidget *m_staticFields = nullptr;
    QLineEdit *m_ipAddress = nullptr;
    QSpinBox *m_prefix = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLineEdit *m_dns = nullptr;
    QLabel *m_networkProblems = nullptr;

    GpuSection *m_gpu = nullptr;
    ProxySection *m_proxy = nullptr;

    QLabel *m_evaluation = nullptr;
};

} // namespace eflow::ui
