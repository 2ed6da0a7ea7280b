#include "ui/enrollments/UseInWizardDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/crypto/DeviceKey.h"
#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "engine/plan/Validation.h"
#include "ui/enrollments/DpsAnswerText.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/FormCells.h"
#include "ui/enrollments/WindowSize.h"
#include "ui/pages/ProvisioningFields.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using Kind = EnrollmentListRow::Kind;

UseInWizardDialog::UseInWizardDialog(DpsServiceConnection *connection, Kind kind, const QString &id,
                                     const QString &idScope, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_id(id)
{
    setObjectName(u"useInWizardDialog"_s);
    setWindowTitle(tr("Use %1 in the wizard").arg(id));
    m_banner = new ResultBanner(this);
    m_banner->setObjectName(u"useInWizardBanner"_s);
    auto *intro = makeWrappingLabel(
        kind == Kind::Group
            ? tr("The wizard's Connect page gets the ID scope, the registration ID you give the device, and "
                 "the device key derived from the group key of %1.")
                  .arg(id)
            : tr("The wizard's Connect page gets the ID scope, the registration ID %1 and its primary key.")
                  .arg(id),
        this);

    auto *form = newProvisioningForm(nullptr);
    m_scope = new QLineEdit(idScope, this);
    m_scope->setObjectName(u"useIdScopeEdit"_s);
    m_scope->setAccessibleName(tr("ID scope"));
    m_scope->setPlaceholderText(tr("leave empty to keep what Connect has"));
    m_scopeProblem = hiddenNoteLabel(this);
    auto *scopeLabel = new QLabel(tr("ID &scope:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *scopeNote = makeWrappingLabel(tr("DPS's service API does not give the ID scope: it is on the "
                                           "Overview page of the Device Provisioning Service in the Azure "
                                           "portal."),
                                        this);
    form->addRow(scopeLabel, cellWithNotes(this, m_scope, {m_scopeProblem, scopeNote}));

    m_registrationId = new QLineEdit(kind == Kind::Individual ? id : QString(), this);
    m_registrationId->setObjectName(u"useRegistrationIdEdit"_s);
    m_registrationId->setAccessibleName(tr("Registration ID"));
    m_registrationId->setReadOnly(kind == Kind::Individual);
    m_registrationProblem = hiddenNoteLabel(this);
    auto *registrationLabel = new QLabel(tr("&Registration ID:"), this);
    registrationLabel->setBuddy(m_registrationId);
    form->addRow(registrationLabel, cellWithNotes(this, m_registrationId, {m_registrationProblem}));

    m_deviceKey = new QLineEdit(this);
    m_deviceKey->setObjectName(u"useDeviceKeyEdit"_s);
    m_deviceKey->setAccessibleName(kind == Kind::Group ? tr("Derived device key") : tr("Primary key"));
    auto *show = new QToolButton(this);
    show->setObjectName(u"showUseDeviceKeyButton"_s);
    show->setAccessibleName(tr("Show the device key"));
    auto *copy = new QPushButton(this);
    copy->setObjectName(u"copyUseDeviceKeyButton"_s);
    copy->setAccessibleName(tr("Copy the device key"));
    auto *keyLabel = new QLabel(kind == Kind::Group ? tr("&Derived device key:") : tr("&Primary key:"), this);
    keyLabel->setBuddy(m_deviceKey);
    form->addRow(keyLabel, maskedKeyRow(this, m_deviceKey, show, copy,
                                        [this] { return QString::fromLatin1(m_key.view()); }));

    m_use = new QPushButton(tr("&Use in the wizard"), this);
    m_use->setObjectName(u"confirmUseInWizardButton"_s);
    m_use->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"cancelUseInWizardButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_scope, &QLineEdit::textChanged, this, &UseInWizardDialog::updateKey);
    connect(m_registrationId, &QLineEdit::textChanged, this, &UseInWizardDialog::updateKey);
    connect(m_use, &QPushButton::clicked, this, &UseInWizardDialog::use);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_client = connection ? connection->newClient(this) : nullptr;
    if (m_client) {
        connect(m_client, &dps::DpsServiceClient::finished, this, &UseInWizardDialog::onFinished);
        if (kind == Kind::Group)
            m_client->getEnrollmentGroupAttestation(id);
        else
            m_client->getEnrollmentAttestation(id);
        m_deviceKey->setPlaceholderText(tr("reading the key…"));
    } else {
        m_banner->showResult(ResultBanner::Kind::Error, tr("Connect to a DPS first."));
    }
    resizeWithinScreen(this, QSize(640, 380));
    updateKey();
}

UseInWizardDialog::~UseInWizardDialog()
{
    const QSignalBlocker block(m_deviceKey);
    clearKeyField(m_deviceKey);
}

void UseInWizardDialog::onFinished(const dps::DpsServiceResult &result)
{
    m_deviceKey->setPlaceholderText(QString());
    if (!result.succeeded() || !result.attestation) {
        DpsAnswerText::show(m_banner, result);
        return;
    }
    if (result.attestation->primaryKey.isEmpty()) {
        m_banner->showResult(ResultBanner::Kind::Error,
                             tr("%1 has no symmetric key: only symmetric-key enrollments can be used in the "
                                "wizard's DPS symmetric key method.")
                                 .arg(m_id));
        return;
    }
    QByteArray key = result.attestation->primaryKey.toLatin1();
    m_enrollmentKey = crypto::SecureBytes(key);
    crypto::wipe(key);
    updateKey();
}

void UseInWizardDialog::updateKey()
{
    const QString scope = m_scope->text().trimmed();
    const std::optional<plan::Problem> scopeProblem =
        scope.isEmpty() ? std::nullopt : plan::checkIdScope(scope);
    m_scopeProblem->setText(scopeProblem ? scopeProblem->message : QString());
    m_scopeProblem->setVisible(scopeProblem.has_value());
    const QString registrationId = m_registrationId->text().trimmed();
    const std::optional<plan::Problem> idProblem =
        registrationId.isEmpty() ? std::nullopt : plan::checkRegistrationId(registrationId);
    m_registrationProblem->setText(idProblem ? idProblem->message : QString());
    m_registrationProblem->setVisible(idProblem.has_value());

    m_key.wipe();
    if (!m_enrollmentKey.isEmpty() && !registrationId.isEmpty() && !idProblem) {
        if (m_kind == Kind::Group) {
            QByteArray derived = crypto::deriveDeviceKey(m_enrollmentKey.view(), registrationId.toUtf8());
            m_key = crypto::SecureBytes(derived);
            crypto::wipe(derived);
        } else {
            m_key = crypto::SecureBytes(m_enrollmentKey.view());
        }
    }
    QString shown = QString::fromLatin1(m_key.view());
    if (shown != m_deviceKey->text()) {
        clearKeyField(m_deviceKey);
        m_deviceKey->setText(shown);
    }
    crypto::wipe(shown);
    m_use->setEnabled(!m_key.isEmpty() && !scopeProblem);
}

void UseInWizardDialog::use()
{
    if (m_key.isEmpty())
        return;
    WizardEnrollmentChoice choice;
    choice.idScope = m_scope->text().trimmed();
    choice.registrationId = m_registrationId->text().trimmed();
    if (m_kind == Kind::Group)
        choice.enrollmentGroupId = m_id;
    choice.deviceKey = std::make_shared<const crypto::SecureBytes>(m_key.view());
    emit chosen(choice);
    accept();
}

} // namespace eflow::ui
