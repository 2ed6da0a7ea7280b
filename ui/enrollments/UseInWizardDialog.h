#pragma once

#include <QDialog>

#include "engine/crypto/SecureBytes.h"
#include "ui/enrollments/EnrollmentListModel.h"
#include "ui/enrollments/EnrollmentsSession.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace eflow::dps {
class DpsServiceClient;
struct DpsServiceResult;
} // namespace eflow::dps

namespace eflow::ui {

class DpsServiceConnection;
class ResultBanner;

// "Use in the wizard": the identity Connect needs from an enrollment - the ID scope (the service API does
// not say it: the user gives it, or Connect keeps its own), the registration ID, and the device key. The
// enrollment's primary key is read with the attestation call; for a group the device key is derived here
// for the registration ID the user types, so the group key never leaves this dialog.
class UseInWizardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UseInWizardDialog)

public:
    // idScope: what to offer (the demo DPS's scope, or what Connect has).
    UseInWizardDialog(DpsServiceConnection *connection, EnrollmentListRow::Kind kind, const QString &id,
                      const QString &idScope, QWidget *parent = nullptr);
    ~UseInWizardDialog() override;

    QLineEdit *idScopeEdit() const { return m_scope; }
    QLineEdit *registrationIdEdit() const { return m_registrationId; }
    QLineEdit *deviceKeyEdit() const { return m_deviceKey; }
    QPushButton *useButton() const { return m_use; }
    ResultBanner *banner() const { return m_banner; }

signals:
    void chosen(const eflow::ui::WizardEnrollmentChoice &choice);

private:
    void onFinished(const eflow::dps::DpsServiceResult &result);
    void updateKey();
    void use();

    dps::DpsServiceClient *m_client = nullptr;
    EnrollmentListRow::Kind m_kind = EnrollmentListRow::Kind::Unknown;
    QString m_id;
    ResultBanner *m_banner = nullptr;
    QLineEdit *m_scope = nullptr;
    QLabel *m_scopeProblem = nullptr;
    QLineEdit *m_registrationId = nullptr;
    QLabel *m_registrationProblem = nullptr;
    QLineEdit *m_deviceKey = nullptr;
    QPushButton *m_use = nullptr;
    crypto::SecureBytes m_enrollmentKey; // the primary key, base64
    crypto::SecureBytes m_key;           // the device key, base64
};

} // namespace eflow::ui
