#include "ui/pages/ConnectPage.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "ui/WizardController.h"
#include "ui/widgets/NoteLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using plan::Field;
using plan::ProvisioningType;

namespace {

int problemKey(ProvisioningType type, Field field)
{
    return int(type) * 1000 + int(field);
}

// A note that stays hidden until there is something to say.
QLabel *messageLabel(QWidget *parent)
{
    QLabel *label = makeNoteLabel(parent);
    label->setVisible(false);
    return label;
}

QString stateWord(jobs::StepState state)
{
    // A mark and a word: the state is never shown by colour alone.
    switch (state) {
    case jobs::StepState::Pending:
        return ConnectPage::tr("○ Waiting");
    case jobs::StepState::Running:
        return ConnectPage::tr("▶ Running");
    case jobs::StepState::Done:
        return ConnectPage::tr("√ Done");
    case jobs::StepState::Failed:
        return ConnectPage::tr("× Failed");
    case jobs::StepState::Skipped:
        return ConnectPage::tr("– Skipped");
    case jobs::StepState::Cancelled:
        return ConnectPage::tr("× Cancelled");
    case jobs::StepState::Unknown:
        break;
    }
    return ConnectPage::tr("? Unknown");
}

// A read-only, masked key with Show and Copy, for the derived key and the demo panel.
QWidget *maskedKeyRow(QWidget *parent, QLineEdit *edit, QToolButton *show, QPushButton *copy)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setReadOnly(true);
    edit->setEchoMode(QLineEdit::Password);
    show->setCheckable(true);
    show->setText(ConnectPage::tr("Show"));
    QObject::connect(show, &QToolButton::toggled, edit, [edit, show](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? ConnectPage::tr("Hide") : ConnectPage::tr("Show"));
    });
    copy->setText(ConnectPage::tr("Copy"));
    QObject::connect(copy, &QPushButton::clicked, edit, [edit] {
        if (!edit->text().isEmpty())
            QGuiApplication::clipboard()->setText(edit->text());
    });
    layout->addWidget(edit, 1);
    layout->addWidget(show);
    layout->addWidget(copy);
    return row;
}

} // namespace

ConnectPage::ConnectPage(plan::PlanModel *plan, WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_controller(controller)
{
    Q_ASSERT(plan);
    Q_ASSERT(controller);
    setTitle(tr("Connect"));
    setSubTitle(tr("Azure IoT Edge device provisioning: choose how the device gets its identity, check the "
                   "credentials, then provision the virtual machine."));

    m_method = new QComboBox(this);
    m_method->setObjectName(u"provisioningMethodComboBox"_s);
    m_method->setAccessibleName(tr("Provisioning method"));
    m_method->addItem(tr("Symmetric Key (DPS)"), int(ProvisioningType::DpsSymmetricKey));
    m_method->addItem(tr("Connection String (Manual)"), int(ProvisioningType::ManualConnectionString));
    m_method->addItem(tr("X509 Certificate (DPS)"), int(ProvisioningType::DpsX509));
    m_method->addItem(u"ManualX509"_s, int(ProvisioningType::ManualX509));
    m_method->addItem(u"DpsTpm"_s, int(ProvisioningType::DpsTpm));
    auto *methodLabel = new QLabel(tr("Provisioning &method:"), this);
    methodLabel->setBuddy(m_method);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"provisioningFieldsStack"_s);
    // Same order as the combo box.
    auto *symPage = new QWidget(m_stack);
    auto *connPage = new QWidget(m_stack);
    auto *dpsX509Page = new QWidget(m_stack);
    auto *manualX509Page = new QWidget(m_stack);
    auto *tpmPage = new QWidget(m_stack);
    buildSymmetricKeyPage(symPage);
    buildConnectionStringPage(connPage);
    buildDpsX509Page(dpsX509Page);
    buildManualX509Page(manualX509Page);
    buildDpsTpmPage(tpmPage);
    for (QWidget *w : {symPage, connPage, dpsX509Page, manualX509Page, tpmPage})
        m_stack->addWidget(w);

    QWidget *demo = buildDemoPanel();

    m_checkDps = new QPushButton(tr("C&heck with DPS"), this);
    m_checkDps->setObjectName(u"checkWithDpsButton"_s);
    m_checkDps->setAccessibleName(tr("Check with DPS"));
    m_provision = new QPushButton(tr("&Provision with the selected method"), this);
    m_provision->setObjectName(u"provisionButton"_s);
    m_provision->setAccessibleName(tr("Provision with the selected method"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelProvisioningButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the running check or provisioning"));
    m_cancel->setEnabled(false);
    m_busy = new QLabel(this);
    m_busy->setObjectName(u"busyLabel"_s);
    m_busy->setTextFormat(Qt::PlainText);

    m_otherProblems = messageLabel(this);
    m_otherProblems->setObjectName(u"otherProblemsLabel"_s);
    m_dpsAnswer = messageLabel(this);
    m_dpsAnswer->setObjectName(u"dpsAnswerLabel"_s);
    m_dpsAnswer->setAccessibleName(tr("What DPS answered"));

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(u"provisionStepsTree"_s);
    m_steps->setAccessibleName(tr("Provisioning steps"));
    m_steps->setHeaderLabels({tr("Step"), tr("State")});
    m_steps->setRootIsDecorated(false);
    m_steps->setMaximumHeight(120);
    m_steps->setVisible(false);
    m_console = new QPlainTextEdit(this);
    m_console->setObjectName(u"provisionConsole"_s);
    m_console->setAccessibleName(tr("Provisioning output"));
    m_console->setReadOnly(true);
    m_console->setMaximumBlockCount(2000);
    m_console->setMaximumHeight(140);
    m_console->setVisible(false);
    m_result = messageLabel(this);
    m_result->setObjectName(u"provisionResultLabel"_s);
    m_result->setAccessibleName(tr("Provisioning result"));

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(methodLabel);
    methodRow->addWidget(m_method);
    methodRow->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkDps);
    buttons->addWidget(m_provision);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(methodRow);
    layout->addWidget(m_stack);
    layout->addWidget(m_otherProblems);
    layout->addWidget(demo);
    layout->addLayout(buttons);
    layout->addWidget(m_dpsAnswer);
    layout->addWidget(m_steps);
    layout->addWidget(m_console);
    layout->addWidget(m_result);
    layout->addStretch(1);

    // Many fields on a small screen: the page scrolls instead of squeezing them.
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setAccessibleName(tr("Device provisioning"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_method, m_symScope);
    setTabOrder(m_checkDps, m_provision);
    setTabOrder(m_provision, m_cancel);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_dpsAnswer->setVisible(false);
        revalidate();
    });
    connect(m_checkDps, &QPushButton::clicked, this, &ConnectPage::checkWithDps);
    connect(m_provision, &QPushButton::clicked, this, &ConnectPage::startProvision);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectPage::cancelWork);
    connect(m_controller, &WizardController::dpsCheckFinished, this, &ConnectPage::onDpsChecked);
    connect(m_controller, &WizardController::provisionStarted, this, &ConnectPage::onProvisionStarted);
    connect(m_controller, &WizardController::provisionFinished, this, &ConnectPage::onProvisionFinished);
    connect(m_controller, &WizardController::targetChanged, this, [this] {
        m_provisioned = false;
        refreshDemoPanel();
        emit completeChanged();
    });

    refreshDemoPanel();
    revalidate();
}

ConnectPage::~ConnectPage()
{
    wipeSecretFields();
}

QString ConnectPage::sessionSecretRef()
{
    return u"session:connect-page"_s;
}

QLineEdit *ConnectPage::addField(QWidget *page, QFormLayout *form, ProvisioningType type, Field field,
                                 const QString &label, const QString &accessibleName, bool secret)
{
    auto *edit = new QLineEdit(page);
    edit->setAccessibleName(accessibleName);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    auto *problem = messageLabel(page);
    problem->setObjectName(u"problem_%1_%2"_s.arg(int(type)).arg(int(field)));
    m_problems.insert(problemKey(type, field), problem);
    auto *cell = new QWidget(page);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(edit);
    cellLayout->addWidget(problem);
    auto *labelWidget = new QLabel(label, page);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, cell);
    connect(edit, &QLineEdit::textChanged, this, &ConnectPage::revalidate);
    return edit;
}

QLabel *ConnectPage::problemLabel(ProvisioningType type, Field field) const
{
    return m_problems.value(problemKey(type, field), nullptr);
}

void ConnectPage::buildSymmetricKeyPage(QWidget *page)
{
    const auto t = ProvisioningType::DpsSymmetricKey;
    auto *form = new QFormLayout(page);
    m_symScope = addField(page, form, t, Field::IdScope, tr("ID &scope:"), tr("ID scope"));
    m_symScope->setObjectName(u"symIdScopeEdit"_s);
    m_symScope->setPlaceholderText(u"0ne00000000"_s);
    m_symRegistrationId =
        addField(page, form, t, Field::RegistrationId, tr("&Registration ID:"), tr("Registration ID"));
    m_symRegistrationId->setObjectName(u"symRegistrationIdEdit"_s);

    m_individualKey = new QRadioButton(tr("&Individual enrollment key"), page);
    m_individualKey->setObjectName(u"individualKeyRadio"_s);
    m_individualKey->setAccessibleName(tr("Individual enrollment key"));
    m_individualKey->setChecked(true);
    m_groupKey = new QRadioButton(tr("Enrollment &group key (the device key is derived here)"), page);
    m_groupKey->setObjectName(u"groupKeyRadio"_s);
    m_groupKey->setAccessibleName(tr("Enrollment group key (the device key is derived here)"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_individualKey);
    group->addButton(m_groupKey);
    auto *kinds = new QWidget(page);
    auto *kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->addWidget(m_individualKey);
    kindsLayout->addWidget(m_groupKey);
    form->addRow(tr("Key kind:"), kinds);

    m_key = addField(page, form, t, Field::SymmetricKey, tr("Symmetric &key:"), tr("Symmetric key"), true);
    m_key->setObjectName(u"symmetricKeyEdit"_s);
    m_keyLabel = qobject_cast<QLabel *>(form->labelForField(m_key->parentWidget()));
    // The group key's problems come with Field::GroupKey; they share the key field's label.
    m_problems.insert(problemKey(t, Field::GroupKey), problemLabel(t, Field::SymmetricKey));

    m_derivedKey = new QLineEdit(page);
    m_derivedKey->setObjectName(u"derivedKeyEdit"_s);
    m_derivedKey->setAccessibleName(tr("Derived device key"));
    m_showDerived = new QToolButton(page);
    m_showDerived->setObjectName(u"showDerivedKeyButton"_s);
    m_showDerived->setAccessibleName(tr("Show the derived device key"));
    m_copyDerived = new QPushButton(page);
    m_copyDerived->setObjectName(u"copyDerivedKeyButton"_s);
    m_copyDerived->setAccessibleName(tr("Copy the derived device key"));
    m_derivedRow = maskedKeyRow(page, m_derivedKey, m_showDerived, m_copyDerived);
    auto *derivedLabel = new QLabel(tr("&Derived device key:"), page);
    derivedLabel->setBuddy(m_derivedKey);
    form->addRow(derivedLabel, m_derivedRow);

    m_advancedToggle = new QToolButton(page);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setAccessibleName(tr("Advanced"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    form->addRow(m_advancedToggle);
    m_advanced = new QWidget(page);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    m_globalEndpoint = addField(m_advanced, advancedForm, t, Field::GlobalEndpoint, tr("Global &endpoint:"),
                                tr("Global endpoint"));
    m_globalEndpoint->setObjectName(u"globalEndpointEdit"_s);
    m_globalEndpoint->setPlaceholderText(u"https://global.azure-devices-provisioning.net"_s);
    m_advanced->setVisible(false);
    form->addRow(m_advanced);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(on);
    });

    connect(m_groupKey, &QRadioButton::toggled, this, [this, form](bool group) {
        if (m_keyLabel)
            m_keyLabel->setText(group ? tr("Group &key:") : tr("Symmetric &key:"));
        m_key->setAccessibleName(group ? tr("Enrollment group key") : tr("Symmetric key"));
        form->setRowVisible(m_derivedRow, group);
        revalidate();
    });
    form->setRowVisible(m_derivedRow, false);

    setTabOrder(m_symScope, m_symRegistrationId);
    setTabOrder(m_symRegistrationId, m_individualKey);
    setTabOrder(m_individualKey, m_groupKey);
    setTabOrder(m_groupKey, m_key);
    setTabOrder(m_key, m_derivedKey);
    setTabOrder(m_derivedKey, m_showDerived);
    setTabOrder(m_showDerived, m_copyDerived);
    setTabOrder(m_copyDerived, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_globalEndpoint);
}

void ConnectPage::buildConnectionStringPage(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_connectionString =
        addField(page, form, ProvisioningType::ManualConnectionString, Field::DeviceConnectionString,
                 tr("Device &connection string:"), tr("Device connection string"), true);
    m_connectionString->setObjectName(u"connectionStringEdit"_s);
    m_connectionString->setPlaceholderText(u"HostName=…;DeviceId=…;SharedAccessKey=…"_s);
}

void ConnectPage::buildManualX509Page(QWidget *page)
{
    const auto t = ProvisioningType::ManualX509;
    auto *form = new QFormLayout(page);
    m_hubHostname =
        addField(page, form, t, Field::IotHubHostname, tr("&IoT hub hostname:"), tr("IoT hub hostname"));
    m_hubHostname->setObjectName(u"iotHubHostnameEdit"_s);
    m_hubHostname->setPlaceholderText(u"contoso.azure-devices.net"_s);
    m_deviceId = addField(page, form, t, Field::DeviceId, tr("De&vice ID:"), tr("Device ID"));
    m_deviceId->setObjectName(u"deviceIdEdit"_s);
    m_manualCert =
        addField(page, form, t, Field::IdentityCertPath,
                 tr("Identity &certificate (path on the Windows host):"), tr("Identity certificate path"));
    m_manualCert->setObjectName(u"manualCertPathEdit"_s);
    m_manualKey =
        addField(page, form, t, Field::IdentityPrivKeyPath,
                 tr("Identity private &key (path on the Windows host):"), tr("Identity private key path"));
    m_manualKey->setObjectName(u"manualKeyPathEdit"_s);
}

void ConnectPage::buildDpsX509Page(QWidget *page)
{
    const auto t = ProvisioningType::DpsX509;
    auto *form = new QFormLayout(page);
    m_x509Scope = addField(page, form, t, Field::IdScope, tr("ID &scope:"), tr("ID scope"));
    m_x509Scope->setObjectName(u"x509IdScopeEdit"_s);
    m_x509RegistrationId = addField(page, form, t, Field::RegistrationId, tr("&Registration ID (optional):"),
                                    tr("Registration ID"));
    m_x509RegistrationId->setObjectName(u"x509RegistrationIdEdit"_s);
    m_x509RegistrationId->setPlaceholderText(tr("the certificate's common name"));
    m_x509Cert =
        addField(page, form, t, Field::IdentityCertPath,
                 tr("Identity &certificate (path on the Windows host):"), tr("Identity certificate path"));
    m_x509Cert->setObjectName(u"x509CertPathEdit"_s);
    m_x509Key =
        addField(page, form, t, Field::IdentityPrivKeyPath,
                 tr("Identity private &key (path on the Windows host):"), tr("Identity private key path"));
    m_x509Key->setObjectName(u"x509KeyPathEdit"_s);
}

void ConnectPage::buildDpsTpmPage(QWidget *page)
{
    const auto t = ProvisioningType::DpsTpm;
    auto *form = new QFormLayout(page);
    m_tpmScope = addField(page, form, t, Field::IdScope, tr("ID &scope:"), tr("ID scope"));
    m_tpmScope->setObjectName(u"tpmIdScopeEdit"_s);
    m_tpmRegistrationId = addField(page, form, t, Field::RegistrationId, tr("&Registration ID (optional):"),
                                   tr("Registration ID"));
    m_tpmRegistrationId->setObjectName(u"tpmRegistrationIdEdit"_s);
    auto *note = new QLabel(tr("TPM provisioning needs TPM 2.0 on the host and the VM's TPM passthrough. "
                               "Run this on the Windows host first (elevated):\n"
                               "Set-EflowVmFeature -feature DpsTpm -enable"),
                            page);
    note->setObjectName(u"tpmNoteLabel"_s);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(note);
}

QWidget *ConnectPage::buildDemoPanel()
{
    m_demoBox = new QGroupBox(tr("Demo enrollment (local DPS)"), this);
    m_demoBox->setObjectName(u"demoEnrollmentBox"_s);
    auto *form = new QFormLayout(m_demoBox);
    m_demoScope = new QLabel(m_demoBox);
    m_demoScope->setObjectName(u"demoScopeLabel"_s);
    m_demoScope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("ID scope:"), m_demoScope);

    m_demoIndividualKey = new QLineEdit(m_demoBox);
    m_demoIndividualKey->setObjectName(u"demoIndividualKeyEdit"_s);
    m_demoIndividualKey->setAccessibleName(tr("Demo individual enrollment key"));
    auto *showInd = new QToolButton(m_demoBox);
    showInd->setObjectName(u"showDemoIndividualKeyButton"_s);
    showInd->setAccessibleName(tr("Show the demo individual enrollment key"));
    auto *copyInd = new QPushButton(m_demoBox);
    copyInd->setObjectName(u"copyDemoIndividualKeyButton"_s);
    copyInd->setAccessibleName(tr("Copy the demo individual enrollment key"));
    auto *indLabel = new QLabel(tr("Individual key (demo-device):"), m_demoBox);
    indLabel->setBuddy(m_demoIndividualKey);
    form->addRow(indLabel, maskedKeyRow(m_demoBox, m_demoIndividualKey, showInd, copyInd));

    m_demoGroupKey = new QLineEdit(m_demoBox);
    m_demoGroupKey->setObjectName(u"demoGroupKeyEdit"_s);
    m_demoGroupKey->setAccessibleName(tr("Demo enrollment group key"));
    auto *showGroup = new QToolButton(m_demoBox);
    showGroup->setObjectName(u"showDemoGroupKeyButton"_s);
    showGroup->setAccessibleName(tr("Show the demo enrollment group key"));
    auto *copyGroup = new QPushButton(m_demoBox);
    copyGroup->setObjectName(u"copyDemoGroupKeyButton"_s);
    copyGroup->setAccessibleName(tr("Copy the demo enrollment group key"));
    auto *groupLabel = new QLabel(tr("Group key (demo-group):"), m_demoBox);
    groupLabel->setBuddy(m_demoGroupKey);
    form->addRow(groupLabel, maskedKeyRow(m_demoBox, m_demoGroupKey, showGroup, copyGroup));

    m_useDemo = new QPushButton(tr("&Use the demo enrollment"), m_demoBox);
    m_useDemo->setObjectName(u"useDemoEnrollmentButton"_s);
    m_useDemo->setAccessibleName(tr("Use the demo enrollment"));
    form->addRow(m_useDemo);
    connect(m_useDemo, &QPushButton::clicked, this, &ConnectPage::useDemoEnrollment);
    return m_demoBox;
}

void ConnectPage::refreshDemoPanel()
{
    const bool demo = m_controller->isDemo();
    m_demoBox->setVisible(demo);
    if (!demo) {
        m_demoIndividualKey->clear();
        m_demoGroupKey->clear();
        return;
    }
    m_demoScope->setText(m_controller->demoIdScope());
    // The demo keys are the local DPS's own, shown on purpose (design.md: demo mode shows them).
    crypto::SecureBytes individual = m_controller->demoIndividualKey();
    crypto::SecureBytes group = m_controller->demoGroupKey();
    m_demoIndividualKey->setText(QString::fromLatin1(individual.view()));
    m_demoGroupKey->setText(QString::fromLatin1(group.view()));
}

void ConnectPage::initializePage()
{
    refreshDemoPanel();
    const plan::ProvisioningSettings &s = m_plan->plan().provisioning;
    // A plan that already names a method (a loaded plan file): show it, with its non-secret fields.
    if (s.type != ProvisioningType::Unknown && !m_provisioning) {
        const int index = m_method->findData(int(s.type));
        if (index >= 0)
            m_method->setCurrentIndex(index);
        const auto setIfEmpty = [](QLineEdit *edit, const QString &value) {
            if (edit->text().isEmpty() && !value.isEmpty())
                edit->setText(value);
        };
        switch (s.type) {
        case ProvisioningType::DpsSymmetricKey:
            setIfEmpty(m_symScope, s.idScope);
            setIfEmpty(m_symRegistrationId, s.registrationId);
            setIfEmpty(m_globalEndpoint, s.globalEndpoint);
            if (s.keySource == plan::SymmetricKeySource::GroupEnrollment)
                m_groupKey->setChecked(true);
            break;
        case ProvisioningType::ManualX509:
            setIfEmpty(m_hubHostname, s.iotHubHostname);
            setIfEmpty(m_deviceId, s.deviceId);
            setIfEmpty(m_manualCert, s.identityCertPath);
            setIfEmpty(m_manualKey, s.identityPrivKeyPath);
            break;
        case ProvisioningType::DpsX509:
            setIfEmpty(m_x509Scope, s.idScope);
            setIfEmpty(m_x509RegistrationId, s.registrationId);
            setIfEmpty(m_x509Cert, s.identityCertPath);
            setIfEmpty(m_x509Key, s.identityPrivKeyPath);
            break;
        case ProvisioningType::DpsTpm:
            setIfEmpty(m_tpmScope, s.idScope);
            setIfEmpty(m_tpmRegistrationId, s.registrationId);
            break;
        default:
            break;
        }
    }
    revalidate();
}

void ConnectPage::cleanupPage()
{
    // Going back: stop what runs and drop the secrets this page holds.
    m_controller->cancelDpsCheck();
    if (m_job && m_job->isRunning())
        m_job->cancel();
    wipeSecretFields();
    revalidate();
}

bool ConnectPage::validatePage()
{
    if (!m_provisioned)
        return false;
    // The device has its identity; the key is not needed any longer.
    wipeSecretFields();
    return true;
}

bool ConnectPage::isComplete() const
{
    return m_provisioned && !m_provisioning;
}

ProvisioningType ConnectPage::currentType() const
{
    return ProvisioningType(m_method->currentData().toInt());
}

bool ConnectPage::isGroupKey() const
{
    return m_groupKey->isChecked();
}

plan::ProvisioningSettings ConnectPage::currentSettings() const
{
    plan::ProvisioningSettings s;
    s.type = currentType();
    switch (s.type) {
    case ProvisioningType::DpsSymmetricKey:
        s.idScope = m_symScope->text().trimmed();
        s.registrationId = m_symRegistrationId->text().trimmed();
        s.globalEndpoint = m_globalEndpoint->text().trimmed();
        s.keySource = isGroupKey() ? plan::SymmetricKeySource::GroupEnrollment
                                   : plan::SymmetricKeySource::IndividualEnrollment;
        if (!m_key->text().isEmpty())
            s.secretRef = sessionSecretRef();
        break;
    case ProvisioningType::ManualConnectionString:
        if (!m_connectionString->text().isEmpty())
            s.secretRef = sessionSecretRef();
        break;
    case ProvisioningType::ManualX509:
        s.iotHubHostname = m_hubHostname->text().trimmed();
        s.deviceId = m_deviceId->text().trimmed();
        s.identityCertPath = m_manualCert->text().trimmed();
        s.identityPrivKeyPath = m_manualKey->text().trimmed();
        break;
    case ProvisioningType::DpsX509:
        s.idScope = m_x509Scope->text().trimmed();
        s.registrationId = m_x509RegistrationId->text().trimmed();
        s.identityCertPath = m_x509Cert->text().trimmed();
        s.identityPrivKeyPath = m_x509Key->text().trimmed();
        break;
    case ProvisioningType::DpsTpm:
        s.idScope = m_tpmScope->text().trimmed();
        s.registrationId = m_tpmRegistrationId->text().trimmed();
        break;
    case ProvisioningType::Unknown:
        break;
    }
    return s;
}

void ConnectPage::revalidate()
{
    const ProvisioningType type = currentType();
    const plan::ProvisioningSettings settings = currentSettings();
    plan::Problems problems = plan::validateProvisioning(settings, m_plan->release());
    // The secret is checked here, as typed, instead of by its reference.
    problems.removeIf([](const plan::Problem &p) { return p.field == Field::SecretRef; });
    if (type == ProvisioningType::DpsSymmetricKey) {
        if (auto p =
                plan::checkSymmetricKey(m_key->text(), isGroupKey() ? Field::GroupKey : Field::SymmetricKey))
            problems << *p;
    } else if (type == ProvisioningType::ManualConnectionString) {
        if (auto p = plan::checkDeviceConnectionString(m_connectionString->text()))
            problems << *p;
    }

    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->setVisible(false);
    }
    QStringList unplaced;
    for (const plan::Problem &p : std::as_const(problems)) {
        QLabel *label = problemLabel(type, p.field);
        if (!label) {
            unplaced << p.message;
            continue;
        }
        // An empty field that was never typed in still gets its sentence: the user needs to know why
        // the buttons are disabled. The sentence is text, not colour.
        const QString text = label->text().isEmpty() ? p.message : label->text() + u'\n' + p.message;
        label->setText(text);
        label->setVisible(true);
    }
    m_otherProblems->setText(unplaced.join(u'\n'));
    m_otherProblems->setVisible(!unplaced.isEmpty());
    m_valid = problems.isEmpty();

    // Only the non-secret half goes into the plan.
    if (!m_provisioning)
        m_plan->setProvisioningSettings(settings);
    updateDerivedKey();
    updateButtons();
}

void ConnectPage::updateDerivedKey()
{
    if (!isGroupKey()) {
        m_derivedKey->clear();
        return;
    }
    QByteArray group = m_key->text().toLatin1();
    const QByteArray regId = m_symRegistrationId->text().trimmed().toUtf8();
    if (plan::checkSymmetricKey(m_key->text(), Field::GroupKey) ||
        plan::checkRegistrationId(QString::fromUtf8(regId))) {
        crypto::wipe(group);
        m_derivedKey->clear();
        return;
    }
    QByteArray derived = crypto::deriveDeviceKey(group, regId);
    m_derivedKey->setText(QString::fromLatin1(derived));
    crypto::wipe(group);
    crypto::wipe(derived);
}

void ConnectPage::updateButtons()
{
    const bool checking = m_controller->isCheckingDps();
    const bool busy = checking || m_provisioning;
    m_checkDps->setEnabled(!busy && m_valid && currentType() == ProvisioningType::DpsSymmetricKey);
    m_provision->setEnabled(!busy && m_valid);
    m_cancel->setEnabled(busy);
    m_method->setEnabled(!busy);
    m_stack->setEnabled(!busy);
    if (m_useDemo)
        m_useDemo->setEnabled(!busy);
    if (checking)
        m_busy->setText(tr("Asking DPS…"));
    else if (m_provisioning)
        m_busy->setText(tr("Provisioning…"));
    else
        m_busy->clear();
}

host::ProvisioningSecret ConnectPage::takeSecret() const
{
    host::ProvisioningSecret secret;
    QByteArray bytes;
    switch (currentType()) {
    case ProvisioningType::DpsSymmetricKey:
        bytes = isGroupKey() ? m_derivedKey->text().toLatin1() : m_key->text().toLatin1();
        break;
    case ProvisioningType::ManualConnectionString:
        bytes = m_connectionString->text().toUtf8();
        break;
    default:
        break;
    }
    secret.value = crypto::SecureBytes(bytes);
    crypto::wipe(bytes);
    return secret;
}

void ConnectPage::wipeSecretFields()
{
    // Best effort, and no more than that: the line edit's own buffer is replaced by clear(), and the
    // copy taken here is overwritten, but Qt may have made copies (undo history, input method, the
    // clipboard if the user copied) that this page cannot reach. We promise "not kept, not stored",
    // not "erased from memory".
    for (QLineEdit *edit : {m_key, m_derivedKey, m_connectionString}) {
        if (!edit || edit->text().isEmpty())
            continue;
        QString copy = edit->text();
        edit->clear();
        crypto::wipe(copy);
    }
}

void ConnectPage::useDemoEnrollment()
{
    if (!m_controller->isDemo())
        return;
    m_method->setCurrentIndex(m_method->findData(int(ProvisioningType::DpsSymmetricKey)));
    m_individualKey->setChecked(true);
    m_symScope->setText(m_controller->demoIdScope());
    m_symRegistrationId->setText(u"demo-device"_s);
    crypto::SecureBytes key = m_controller->demoIndividualKey();
    m_key->setText(QString::fromLatin1(key.view()));
    revalidate();
}

void ConnectPage::checkWithDps()
{
    if (!m_valid || currentType() != ProvisioningType::DpsSymmetricKey || m_controller->isCheckingDps())
        return;
    m_dpsAnswer->setText(tr("Asking DPS to register %1…").arg(m_symRegistrationId->text().trimmed()));
    m_dpsAnswer->setVisible(true);
    m_controller->checkWithDps(currentSettings(), takeSecret());
    updateButtons();
}

void ConnectPage::onDpsChecked(const dps::DpsOutcome &outcome)
{
    m_lastCheck = outcome;
    QString text = outcome.message();
    if (outcome.isAssigned()) {
        // The hub and device once, on lines of their own (the outcome's sentence would say them again).
        text = tr("DPS accepted the credentials of registration ID %1.\nAssigned IoT hub: %2\nDevice ID: %3")
                   .arg(outcome.registrationId, outcome.state.assignedHub, outcome.state.deviceId);
    } else if (outcome.kind == dps::DpsOutcome::Kind::Error && outcome.error.httpStatus == 401) {
        text = tr("DPS rejected the key (401): %1").arg(text);
    } else if (outcome.kind == dps::DpsOutcome::Kind::Error && outcome.error.httpStatus != 0) {
        text = tr("DPS answered HTTP %1: %2").arg(outcome.error.httpStatus).arg(text);
    }
    m_dpsAnswer->setText(text);
    revealLater(m_dpsAnswer);
    m_dpsAnswer->setVisible(true);
    // The signal may come while isCheckingDps() is still true; look again once the controller is done.
    updateButtons();
    QMetaObject::invokeMethod(this, &ConnectPage::updateButtons, Qt::QueuedConnection);
}

void ConnectPage::startProvision()
{
    if (!m_valid || m_provisioning)
        return;
    m_plan->setProvisioningSettings(currentSettings());
    m_provisioned = false;
    emit completeChanged();
    m_result->setVisible(false);
    jobs::JobProgress *job = m_controller->startProvision(takeSecret());
    if (job && job != m_job)
        onProvisionStarted(job);
}

void ConnectPage::cancelWork()
{
    if (m_controller->isCheckingDps())
        m_controller->cancelDpsCheck();
    if (m_job && m_job->isRunning())
        m_job->cancel();
    updateButtons();
}

void ConnectPage::onProvisionStarted(jobs::JobProgress *job)
{
    if (!job || job == m_job)
        return;
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_provisioning = true;
    m_provisioned = false;
    showProvisionSteps();
    m_steps->setVisible(true);
    m_console->clear();
    m_console->setVisible(true);
    m_result->setVisible(false);
    // The steps arrive from the engine's thread just after the job starts.
    connect(job, &jobs::JobProgress::stepsChanged, this, &ConnectPage::showProvisionSteps);
    connect(job, &jobs::JobProgress::stepStateChanged, this, &ConnectPage::onProvisionStepState);
    connect(job, &jobs::JobProgress::logLine, this,
            [this](int, const QString &line) { m_console->appendPlainText(line); });
    updateButtons();
    emit completeChanged();
}

void ConnectPage::showProvisionSteps()
{
    m_steps->clear();
    if (!m_job)
        return;
    for (int i = 0; i < m_job->stepCount(); ++i) {
        auto *item = new QTreeWidgetItem(m_steps, {m_job->step(i).title, stateWord(m_job->stepState(i))});
        item->setData(0, Qt::UserRole, m_job->step(i).id);
    }
    m_steps->resizeColumnToContents(0);
}

void ConnectPage::onProvisionStepState(int index, jobs::StepState state)
{
    if (QTreeWidgetItem *item = m_steps->topLevelItem(index))
        item->setText(1, stateWord(state));
}

void ConnectPage::revealLater(QWidget *widget)
{
    // After the layout has taken the new text: on a small screen the answer is below the fold.
    QTimer::singleShot(0, this, [this, widget]() {
        if (widget->isVisible())
            m_scroll->ensureWidgetVisible(widget);
    });
}

QString ConnectPage::provisionedIdentity() const
{
    // What the runtime holds after provisioning (its device backup, read by the provision step) first,
    // then what DPS said to our check for the same registration, then the settings.
    const jobs::HostJobState &state = m_controller->provisionState();
    const QString resultDevice = state.provisionResult.value(u"deviceId"_s).toString();
    const QString resultHub = state.provisionResult.value(u"assignedHub"_s).toString();
    if (!resultDevice.isEmpty() && !resultHub.isEmpty())
        return tr("Provisioned: device %1 on %2").arg(resultDevice, resultHub);
    const plan::ProvisioningSettings &s = m_plan->plan().provisioning;
    if (m_lastCheck.isAssigned() && m_lastCheck.registrationId == s.registrationId)
        return tr("Provisioned: device %1 on %2")
            .arg(m_lastCheck.state.deviceId, m_lastCheck.state.assignedHub);
    if (s.type == ProvisioningType::ManualX509)
        return tr("Provisioned: device %1 on %2").arg(s.deviceId, s.iotHubHostname);
    const QString id = s.registrationId.isEmpty() ? tr("(ID assigned by DPS)") : s.registrationId;
    return tr("Provisioned: device %1; the IoT hub was not reported.").arg(id);
}

void ConnectPage::onProvisionFinished(const jobs::PipelineResult &result)
{
    m_provisioning = false;
    QString text;
    if (result.outcome == jobs::PipelineOutcome::Succeeded) {
        m_provisioned = true;
        text = provisionedIdentity();
        const jobs::HostJobState &state = m_controller->provisionState();
        if (state.modules) {
            QStringList names;
            for (const host::IotEdgeModule &m : state.modules->modules)
                names << u"%1 (%2)"_s.arg(m.name, m.statusText);
            text += u'\n' + tr("Modules: %1").arg(names.join(u", "_s));
        }
    } else {
        m_provisioned = false;
        text = result.outcome == jobs::PipelineOutcome::Cancelled
                   ? tr("Provisioning was cancelled; the device is not provisioned.")
                   : tr("Provisioning failed: %1").arg(result.message);
        const jobs::HostJobState &state = m_controller->provisionState();
        if (!state.lastFailure.explanation.cause.isEmpty())
            text += u'\n' + tr("Likely cause: %1").arg(state.lastFailure.explanation.cause);
        if (!state.lastFailure.explanation.fix.isEmpty())
            text += u'\n' + tr("Fix: %1").arg(state.lastFailure.explanation.fix);
        if (!state.runtimeLog.isEmpty()) {
            text += u'\n' + tr("IoT Edge runtime log:") + u'\n' + state.runtimeLog.join(u'\n');
        }
    }
    m_result->setText(text);
    revealLater(m_result);
    m_result->setVisible(true);
    updateButtons();
    emit completeChanged();
}

} // namespace eflow::ui
