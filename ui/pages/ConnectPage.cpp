#include "ui/pages/ConnectPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/crypto/SecureBytes.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "engine/support/SecretRef.h"
#include "ui/WizardController.h"
#include "ui/pages/DemoEnrollmentPanel.h"
#include "ui/pages/SymmetricKeySection.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using plan::Field;
using plan::ProvisioningType;

namespace {

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
    m_sym = new SymmetricKeySection(m_controller, &m_problems, m_stack);
    auto *connPage = new QWidget(m_stack);
    auto *dpsX509Page = new QWidget(m_stack);
    auto *manualX509Page = new QWidget(m_stack);
    auto *tpmPage = new QWidget(m_stack);
    buildConnectionStringPage(connPage);
    buildDpsX509Page(dpsX509Page);
    buildManualX509Page(manualX509Page);
    buildDpsTpmPage(tpmPage);
    for (QWidget *w : {static_cast<QWidget *>(m_sym), connPage, dpsX509Page, manualX509Page, tpmPage})
        m_stack->addWidget(w);

    m_demo = new DemoEnrollmentPanel(m_controller, this);

    buildProgressArea();
    QWidget *content = layoutContent(methodLabel);

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

    setTabOrder(m_method, m_sym->firstField());
    setTabOrder(m_checkDps, m_provision);
    setTabOrder(m_provision, m_cancel);

    connectSignals();
    m_demo->refresh();
    revalidate();
}

void ConnectPage::buildProgressArea()
{
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

    m_otherProblems = hiddenNoteLabel(this);
    m_otherProblems->setObjectName(u"otherProblemsLabel"_s);
    m_dpsAnswer = hiddenNoteLabel(this);
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
    m_result = hiddenNoteLabel(this);
    m_result->setObjectName(u"provisionResultLabel"_s);
    m_result->setAccessibleName(tr("Provisioning result"));
}

QWidget *ConnectPage::layoutContent(QLabel *methodLabel)
{
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
    layout->addWidget(m_demo);
    layout->addLayout(buttons);
    layout->addWidget(m_dpsAnswer);
    layout->addWidget(m_steps);
    layout->addWidget(m_console);
    layout->addWidget(m_result);
    layout->addStretch(1);
    return content;
}

void ConnectPage::connectSignals()
{
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
        m_demo->refresh();
        emit completeChanged();
    });
    connect(m_sym, &SymmetricKeySection::changed, this, &ConnectPage::revalidate);
    connect(m_demo, &DemoEnrollmentPanel::useDemoRequested, this, &ConnectPage::useDemoEnrollment);
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
    QLineEdit *edit =
        addProvisioningField(page, form, m_problems, type, field, label, accessibleName, secret);
    connect(edit, &QLineEdit::textChanged, this, &ConnectPage::revalidate);
    return edit;
}

QLabel *ConnectPage::problemLabel(ProvisioningType type, Field field) const
{
    return m_problems.value(problemKey(type, field), nullptr);
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

void ConnectPage::initializePage()
{
    m_demo->refresh();
    m_sym->refreshRemembered();
    // A copy: every field filled in below writes the form back into the plan.
    const plan::ProvisioningSettings s = m_plan->plan().provisioning;
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
            m_sym->showSettings(s);
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
    m_sym->abandonKeychain();
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
    // The device has its identity; the key is not needed any longer. A keychain reference still names
    // where the key is (a plan saved later can be run again from the CLI), so the plan keeps it.
    const plan::ProvisioningSettings provisioned = m_plan->plan().provisioning;
    wipeSecretFields();
    if (support::parseSecretRef(provisioned.secretRef))
        m_plan->setProvisioningSettings(provisioned);
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

plan::ProvisioningSettings ConnectPage::currentSettings() const
{
    plan::ProvisioningSettings s;
    s.type = currentType();
    switch (s.type) {
    case ProvisioningType::DpsSymmetricKey:
        m_sym->fillSettings(s);
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
        if (auto p = m_sym->keyProblem())
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
    m_sym->updateDerivedKey();
    updateButtons();
}

void ConnectPage::updateButtons()
{
    const bool checking = m_controller->isCheckingDps();
    const bool remembering = m_sym->isKeychainBusy();
    const bool busy = checking || m_provisioning || remembering;
    m_checkDps->setEnabled(!busy && m_valid && currentType() == ProvisioningType::DpsSymmetricKey);
    m_provision->setEnabled(!busy && m_valid);
    m_cancel->setEnabled(busy);
    m_method->setEnabled(!busy);
    m_stack->setEnabled(!busy);
    m_demo->useButton()->setEnabled(!busy);
    if (remembering)
        m_busy->setText(tr("Waiting for the system keychain…"));
    else if (checking)
        m_busy->setText(tr("Asking DPS…"));
    else if (m_provisioning)
        m_busy->setText(tr("Provisioning…"));
    else
        m_busy->clear();
}

host::ProvisioningSecret ConnectPage::takeSecret() const
{
    if (currentType() == ProvisioningType::DpsSymmetricKey)
        return m_sym->takeSecret();
    host::ProvisioningSecret secret;
    if (currentType() == ProvisioningType::ManualConnectionString) {
        QByteArray bytes = m_connectionString->text().toUtf8();
        secret.value = crypto::SecureBytes(bytes);
        crypto::wipe(bytes);
    }
    return secret;
}

void ConnectPage::wipeSecretFields()
{
    // Best effort, see clearKeyField(): "not kept, not stored", not "erased from memory".
    if (m_sym)
        m_sym->wipe();
    clearKeyField(m_connectionString);
}

void ConnectPage::useDemoEnrollment()
{
    if (!m_controller->isDemo())
        return;
    m_method->setCurrentIndex(m_method->findData(int(ProvisioningType::DpsSymmetricKey)));
    m_sym->useIndividualKey(m_controller->demoIdScope(), u"demo-device"_s, m_controller->demoIndividualKey());
    revalidate();
}

void ConnectPage::checkWithDps()
{
    if (!m_valid || currentType() != ProvisioningType::DpsSymmetricKey || m_controller->isCheckingDps() ||
        m_sym->isKeychainBusy())
        return;
    // With "Remember" ticked the key is stored first; the check follows either way.
    m_sym->rememberThen([this] { runCheckWithDps(); });
}

void ConnectPage::runCheckWithDps()
{
    m_dpsAnswer->setText(tr("Asking DPS to register %1…").arg(m_sym->registrationId()));
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
    if (!m_valid || m_provisioning || m_sym->isKeychainBusy())
        return;
    if (currentType() == ProvisioningType::DpsSymmetricKey)
        m_sym->rememberThen([this] { runProvision(); });
    else
        runProvision();
}

void ConnectPage::runProvision()
{
    if (m_provisioning)
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
    m_sym->abandonKeychain();
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
