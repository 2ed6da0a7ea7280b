#include "ui/pages/ConnectPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/crypto/SecureBytes.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/JobProgress.h"
#include "engine/plan/PlanModel.h"
#include "engine/support/SecretRef.h"
#include "ui/WizardController.h"
#include "ui/enrollments/EnrollmentsSession.h"
#include "ui/pages/ConnectMethodNames.h"
#include "ui/pages/ConnectOutcomeText.h"
#include "ui/pages/DemoEnrollmentPanel.h"
#include "ui/pages/FieldTouchTracker.h"
#include "ui/pages/SymmetricKeySection.h"
#include "ui/widgets/JobStepList.h"
#include "ui/widgets/KeyField.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using plan::Field;
using plan::ProvisioningType;

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
    ConnectMethodNames::fill(m_method);
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
    // Issue 15: no enrollment yet, or not at hand - the Enrollments window makes or finds one, and its "Use
    // in the wizard" fills this page (usePickedEnrollment).
    m_enrollments = new QPushButton(tr("Create or pick an enro&llment…"), this);
    m_enrollments->setObjectName(u"openEnrollmentsButton"_s);
    m_enrollments->setAccessibleName(tr("Create or pick an enrollment in the Enrollments window"));

    // "Required" only once the user has touched a field (every field made by addProvisioningField).
    m_touch = new FieldTouchTracker(this);
    QSet<QLineEdit *> fields;
    for (QLabel *problem : std::as_const(m_problems)) {
        if (QLineEdit *edit = fieldOfProblem(problem))
            fields.insert(edit);
    }
    for (QLineEdit *edit : std::as_const(fields))
        m_touch->track(edit);

    buildProgressArea();
    // No scroll area of its own: the window scrolls every page vertically (WizardWindow).
    layoutContent(methodLabel);

    setTabOrder(m_method, m_banner->detailsToggle());
    setTabOrder(m_banner->detailsToggle(), m_banner->detailsView());
    setTabOrder(m_banner->detailsView(), m_sym->firstField());
    setTabOrder(m_checkDps, m_checkBanner->detailsToggle());
    setTabOrder(m_checkBanner->detailsToggle(), m_checkBanner->detailsView());
    setTabOrder(m_checkBanner->detailsView(), m_provision);
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
    // "Stop", not "Cancel": the wizard's Cancel closes the window, and a page has no second one.
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(u"cancelProvisioningButton"_s);
    m_cancel->setAccessibleName(tr("Stop the running check or provisioning"));
    m_cancel->setEnabled(false);
    m_busy = new WrappingLabel(this);
    m_busy->setObjectName(u"busyLabel"_s);
    m_busy->setTextFormat(Qt::PlainText);
    m_busy->setWordWrap(true);

    m_otherProblems = hiddenNoteLabel(this);
    m_otherProblems->setObjectName(u"otherProblemsLabel"_s);
    m_checkBanner = new ResultBanner(this);
    m_checkBanner->setObjectName(u"dpsAnswerBanner"_s);
    m_checkBanner->textLabel()->setObjectName(u"dpsAnswerLabel"_s);
    m_checkBanner->textLabel()->setAccessibleName(tr("What DPS answered"));
    m_checkBanner->detailsToggle()->setObjectName(u"dpsDetailsButton"_s);
    m_checkBanner->detailsView()->setObjectName(u"dpsDetailsView"_s);

    m_steps = new JobStepList(this);
    m_steps->setObjectName(u"provisionStepsTree"_s);
    m_steps->setAccessibleName(tr("Provisioning steps"));
    m_steps->setMaximumHeight(140);
    m_steps->setVisible(false);

    // The outcome's fixed place: under the method, so that it is in view at the page's top.
    m_banner = new ResultBanner(this);
    m_banner->setObjectName(u"provisionResultBanner"_s);
    m_banner->textLabel()->setObjectName(u"provisionResultLabel"_s);
    m_banner->textLabel()->setAccessibleName(tr("Provisioning result"));
    m_banner->detailsToggle()->setObjectName(u"provisionDetailsButton"_s);
    m_banner->detailsView()->setObjectName(u"provisionDetailsView"_s);
}

void ConnectPage::layoutContent(QLabel *methodLabel)
{
    auto *methodForm = new QFormLayout;
    methodForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    methodForm->addRow(methodLabel, m_method);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_provision);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_busy, 1);

    // Top to bottom: method, (the outcome), credentials, check, provision, its steps.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(methodForm);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);
    layout->addWidget(m_otherProblems);
    layout->addWidget(m_demo);
    layout->addWidget(m_enrollments, 0, Qt::AlignLeft);
    layout->addWidget(m_checkDps, 0, Qt::AlignLeft);
    layout->addWidget(m_checkBanner);
    layout->addLayout(buttons);
    layout->addWidget(m_steps);
    layout->addStretch(1);
}

void ConnectPage::connectSignals()
{
    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_checkBanner->clear();
        onCredentialsEdited();
    });
    connect(m_touch, &FieldTouchTracker::touched, this, &ConnectPage::revalidate);
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
    connect(m_sym, &SymmetricKeySection::changed, this, &ConnectPage::onCredentialsEdited);
    connect(m_demo, &DemoEnrollmentPanel::useDemoRequested, this, &ConnectPage::useDemoEnrollment);
    connect(m_enrollments, &QPushButton::clicked, this,
            [this] { EnrollmentsSession::of(m_controller)->showWindow(); });
    connect(EnrollmentsSession::of(m_controller), &EnrollmentsSession::choiceReady, this,
            &ConnectPage::usePickedEnrollment);
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
    connect(edit, &QLineEdit::textChanged, this, &ConnectPage::onCredentialsEdited);
    return edit;
}

QLabel *ConnectPage::problemLabel(ProvisioningType type, Field field) const
{
    return m_problems.value(problemKey(type, field), nullptr);
}

void ConnectPage::buildConnectionStringPage(QWidget *page)
{
    auto *form = newProvisioningForm(page);
    m_connectionString =
        addField(page, form, ProvisioningType::ManualConnectionString, Field::DeviceConnectionString,
                 tr("Device &connection string:"), tr("Device connection string"), true);
    m_connectionString->setObjectName(u"connectionStringEdit"_s);
    if (auto *key = qobject_cast<KeyField *>(m_connectionString)) {
        key->showToggle()->setObjectName(u"showConnectionStringButton"_s);
        key->setShowAccessibleName(tr("Show the device connection string"));
    }
    m_connectionString->setPlaceholderText(u"HostName=…;DeviceId=…;SharedAccessKey=…"_s);
}

void ConnectPage::buildManualX509Page(QWidget *page)
{
    const auto t = ProvisioningType::ManualX509;
    auto *form = newProvisioningForm(page);
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
    auto *form = newProvisioningForm(page);
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
    auto *form = newProvisioningForm(page);
    m_tpmScope = addField(page, form, t, Field::IdScope, tr("ID &scope:"), tr("ID scope"));
    m_tpmScope->setObjectName(u"tpmIdScopeEdit"_s);
    m_tpmRegistrationId = addField(page, form, t, Field::RegistrationId, tr("&Registration ID (optional):"),
                                   tr("Registration ID"));
    m_tpmRegistrationId->setObjectName(u"tpmRegistrationIdEdit"_s);
    auto *note =
        new WrappingLabel(tr("TPM provisioning needs TPM 2.0 on the host and the VM's TPM passthrough. "
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
    usePickedEnrollment();
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
        // "Required" waits until the user has touched the field (issue 13 item 3); a field with text
        // always says what is wrong with it. The sentence is text, not colour.
        if (!m_touch->mayComplain(fieldOfProblem(label)))
            continue;
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

void ConnectPage::onCredentialsEdited()
{
    // Other credentials than those DPS refused: Provision need not ask any longer.
    m_checkFailed = false;
    revalidate();
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
    if (auto *key = qobject_cast<KeyField *>(m_connectionString))
        key->conceal();
    // Emptied by the page, not by the user: no "required" for them on the way back.
    if (m_touch) {
        m_touch->reset(m_connectionString);
        m_touch->reset(fieldOfProblem(problemLabel(ProvisioningType::DpsSymmetricKey, Field::SymmetricKey)));
    }
}

void ConnectPage::useDemoEnrollment()
{
    if (!m_controller->isDemo())
        return;
    m_method->setCurrentIndex(m_method->findData(int(ProvisioningType::DpsSymmetricKey)));
    m_sym->useIndividualKey(m_controller->demoIdScope(), u"demo-device"_s, m_controller->demoIndividualKey());
    revalidate();
}

void ConnectPage::usePickedEnrollment()
{
    // Not while a check or the provisioning runs: the identity waits in the session until the page is shown.
    EnrollmentsSession *session = EnrollmentsSession::of(m_controller);
    if (!session->hasChoice() || m_provisioning || m_controller->isCheckingDps() || m_sym->isKeychainBusy())
        return;
    const std::optional<WizardEnrollmentChoice> choice = session->takeChoice();
    if (!choice || !choice->deviceKey)
        return;
    m_method->setCurrentIndex(m_method->findData(int(ProvisioningType::DpsSymmetricKey)));
    // The service API does not tell the scope: without one from the window, the page keeps its own.
    const QString scope = choice->idScope.isEmpty() ? currentSettings().idScope : choice->idScope;
    m_sym->useIndividualKey(scope, choice->registrationId, *choice->deviceKey);
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
    m_checkBanner->showResult(ResultBanner::Kind::Busy,
                              tr("Asking DPS to register %1…").arg(m_sym->registrationId()));
    m_controller->checkWithDps(currentSettings(), takeSecret());
    updateButtons();
}

void ConnectPage::onDpsChecked(const dps::DpsOutcome &outcome)
{
    m_lastCheck = outcome;
    // A refusal makes Provision ask first, until the credentials change.
    m_checkFailed = !outcome.isAssigned() && outcome.kind != dps::DpsOutcome::Kind::Cancelled &&
                    outcome.kind != dps::DpsOutcome::Kind::Assigning;
    const ConnectBannerText answer = ConnectOutcomeText::dpsCheck(outcome);
    m_checkBanner->showResult(answer.kind, answer.text, answer.details);
    revealLater(m_checkBanner);
    // The signal may come while isCheckingDps() is still true; look again once the controller is done.
    updateButtons();
    QMetaObject::invokeMethod(this, &ConnectPage::updateButtons, Qt::QueuedConnection);
}

void ConnectPage::startProvision()
{
    if (!m_valid || m_provisioning || m_sym->isKeychainBusy() || m_confirm)
        return;
    if (m_checkFailed)
        askBeforeProvisioning();
    else
        provisionNow();
}

void ConnectPage::askBeforeProvisioning()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Provision after a failed check?"),
                                tr("The check with DPS failed: %1\n\nProvision the device with these "
                                   "credentials anyway?")
                                    .arg(m_lastCheck.message()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"provisionAfterFailedCheckDialog"_s);
    QPushButton *anyway = box->addButton(tr("&Provision anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(u"provisionAnywayButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, anyway] {
        if (box->clickedButton() == anyway)
            provisionNow();
    });
    box->open();
}

void ConnectPage::provisionNow()
{
    // A new attempt: nothing of the last one stays on the page while this one gets ready (the keychain).
    clearAttempt();
    if (currentType() == ProvisioningType::DpsSymmetricKey)
        m_sym->rememberThen([this] { runProvision(); });
    else
        runProvision();
}

void ConnectPage::clearAttempt()
{
    m_banner->clear();
    m_steps->setJob(nullptr);
    m_steps->setVisible(false);
    m_log.clear();
}

void ConnectPage::runProvision()
{
    if (m_provisioning)
        return;
    m_plan->setProvisioningSettings(currentSettings());
    m_provisioned = false;
    emit completeChanged();
    clearAttempt();
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
    clearAttempt();
    m_steps->setJob(job);
    m_steps->setVisible(true);
    // The output is the raw detail of the result, behind "Details"; capped like a console.
    connect(job, &jobs::JobProgress::logLine, this, [this](int, const QString &line) {
        m_log << line;
        if (m_log.size() > 2000)
            m_log.removeFirst();
    });
    updateButtons();
    emit completeChanged();
}

void ConnectPage::revealLater(QWidget *widget)
{
    // After the layout has taken the new text: the window scrolls the page (WizardWindow), and on a small
    // screen the answer may be out of view.
    QTimer::singleShot(0, this, [widget = QPointer<QWidget>(widget)]() {
        if (!widget || !widget->isVisible())
            return;
        for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(p)) {
                area->ensureWidgetVisible(widget, 0, 0);
                return;
            }
        }
    });
}

void ConnectPage::onProvisionFinished(const jobs::PipelineResult &result)
{
    m_provisioning = false;
    m_provisioned = result.outcome == jobs::PipelineOutcome::Succeeded;
    const jobs::HostJobState &state = m_controller->provisionState();
    const QString identity = ConnectOutcomeText::identity(state, m_plan->plan().provisioning, m_lastCheck);
    const ConnectBannerText outcome =
        ConnectOutcomeText::provisioning(result, state, identity, m_log.join(u'\n'));
    m_banner->showResult(outcome.kind, outcome.text, outcome.details);
    revealLater(m_banner);
    updateButtons();
    emit completeChanged();
}

} // namespace eflow::ui
