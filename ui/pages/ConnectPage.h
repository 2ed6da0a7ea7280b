#pragma once

#include <QPointer>
#include <QStringList>
#include <QWizardPage>

#include "engine/dps/DpsOutcome.h"
#include "engine/host/HostBackend.h"
#include "engine/jobs/PipelineResult.h"
#include "engine/jobs/StepState.h"
#include "engine/plan/DeploymentPlan.h"
#include "engine/plan/Validation.h"
#include "ui/pages/ProvisioningFields.h"

class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QStackedWidget;

namespace eflow::jobs {
class JobProgress;
}

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

class DemoEnrollmentPanel;
class FieldTouchTracker;
class JobStepList;
class ResultBanner;
class SymmetricKeySection;
class WizardController;

// 3. Connect (WAC: "Azure IoT Edge device provisioning"): the five Provision-EflowVm methods with the
// fields each needs, validated as typed; "Check with DPS" for symmetric keys; "Provision with the
// selected method" runs the provision job and ends with the assigned hub and device ID or the reason.
// It reads top to bottom: method, credentials, check (and DPS's answer), provision (and its steps); the
// outcome sits in a banner in one fixed place under the method, in view at the page's top whatever the
// window's height (issue 13 item 3). Provision after a failed check asks first (item 4).
// The non-secret settings go into the plan. A key is SecureBytes from the moment it is used or derived
// (SymmetricKeySection); a typed key or connection string is taken from its field only when a check or
// the provisioning starts, and the fields are wiped when the page is left.
class ConnectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    ConnectPage(eflow::plan::PlanModel *plan, WizardController *controller, QWidget *parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // The settings as the form shows them now (no secret; secretRef names the in-memory secret).
    eflow::plan::ProvisioningSettings currentSettings() const;
    bool isProvisioned() const { return m_provisioned; }

    // The name given to the in-memory secret in the plan's secretRef: the key is never stored, it is
    // asked again when a provisioning job has to be resumed.
    static QString sessionSecretRef();

public slots:
    void useDemoEnrollment();
    // Fills the symmetric-key fields with the identity picked in the Enrollments window, if one waits.
    void usePickedEnrollment();
    void checkWithDps();
    void startProvision();
    void cancelWork();

private:
    void buildConnectionStringPage(QWidget *page);
    void buildManualX509Page(QWidget *page);
    void buildDpsX509Page(QWidget *page);
    void buildDpsTpmPage(QWidget *page);
    void buildProgressArea();
    void layoutContent(QLabel *methodLabel);
    void connectSignals();

    QLineEdit *addField(QWidget *page, QFormLayout *form, eflow::plan::ProvisioningType type,
                        eflow::plan::Field field, const QString &label, const QString &accessibleName,
                        bool secret = false);
    QLabel *problemLabel(eflow::plan::ProvisioningType type, eflow::plan::Field field) const;

    eflow::plan::ProvisioningType currentType() const;
    void revalidate();
    // A field, the key or the method changed: what DPS refused no longer applies.
    void onCredentialsEdited();
    void updateButtons();
    eflow::host::ProvisioningSecret takeSecret() const;
    void wipeSecretFields();
    void runCheckWithDps();
    void askBeforeProvisioning();
    void provisionNow();
    void clearAttempt();
    void runProvision();

    void onDpsChecked(const eflow::dps::DpsOutcome &outcome);
    void onProvisionStarted(eflow::jobs::JobProgress *job);
    void onProvisionFinished(const eflow::jobs::PipelineResult &result);
    // Scrolls the window's scroll area around the page so that widget (an answer just shown) is in view.
    void revealLater(QWidget *widget);

    eflow::plan::PlanModel *m_plan = nullptr;
    WizardController *m_controller = nullptr;

    QComboBox *m_method = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProblemLabels m_problems;

    SymmetricKeySection *m_sym = nullptr;
    // ManualConnectionString
    QLineEdit *m_connectionString = nullptr;
    // ManualX509
    QLineEdit *m_hubHostname = nullptr;
    QLineEdit *m_deviceId = nullptr;
    QLineEdit *m_manualCert = nullptr;
    QLineEdit *m_manualKey = nullptr;
    // DpsX509
    QLineEdit *m_x509Scope = nullptr;
    QLineEdit *m_x509RegistrationId = nullptr;
    QLineEdit *m_x509Cert = nullptr;
    QLineEdit *m_x509Key = nullptr;
    // DpsTpm
    QLineEdit *m_tpmScope = nullptr;
    QLineEdit *m_tpmRegistrationId = nullptr;

    DemoEnrollmentPanel *m_demo = nullptr;
    QPushButton *m_enrollments = nullptr; // opens the Enrollments window

    QPushButton *m_checkDps = nullptr;
    QPushButton *m_provision = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_otherProblems = nullptr;
    ResultBanner *m_checkBanner = nullptr; // DPS's answer, under "Check with DPS"
    JobStepList *m_steps = nullptr;
    ResultBanner *m_banner = nullptr; // the provisioning's outcome, under the method
    FieldTouchTracker *m_touch = nullptr;
    QPointer<QMessageBox> m_confirm;
    QStringList m_log; // the provisioning's output, for the banner's details

    QPointer<eflow::jobs::JobProgress> m_job;
    bool m_valid = false;
    bool m_provisioning = false;
    bool m_provisioned = false;
    bool m_checkFailed = false; // DPS refused the credentials as they are now
    eflow::dps::DpsOutcome m_lastCheck;
};

} // namespace eflow::ui
