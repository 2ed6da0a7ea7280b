#include "ui/enrollments/EnrollmentDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "ui/enrollments/DpsAnswerText.h"
#include "ui/enrollments/DpsServiceConnection.h"
#include "ui/enrollments/WindowSize.h"
#include "ui/widgets/ResultBanner.h"
#include "ui/widgets/VerticalScrollArea.h"
#include "ui/widgets/WrappingLabel.h"

using namespace Qt::StringLiterals;

namespace eflow::ui {

using Kind = EnrollmentListRow::Kind;
using Mode = EnrollmentForm::Mode;
using Op = dps::DpsServiceOperation;

EnrollmentDialog::EnrollmentDialog(DpsServiceConnection *connection, Kind kind, Mode mode, const QString &id,
                                   QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_kind(kind)
    , m_mode(mode)
    , m_id(id)
{
    setObjectName(u"enrollmentDialog"_s);
    const bool group = kind == Kind::Group;
    if (mode == Mode::Create)
        setWindowTitle(group ? tr("New enrollment group") : tr("New individual enrollment"));
    else
        setWindowTitle(group ? tr("Enrollment group %1").arg(id) : tr("Individual enrollment %1").arg(id));

    m_banner = new ResultBanner(this);
    m_banner->setObjectName(u"enrollmentDialogBanner"_s);
    m_banner->textLabel()->setObjectName(u"enrollmentDialogBannerLabel"_s);
    m_banner->textLabel()->setAccessibleName(tr("What DPS answered"));
    m_banner->detailsToggle()->setObjectName(u"enrollmentDialogDetailsButton"_s);

    // The form scrolls vertically inside the dialog; the banner and the buttons stay in view.
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    m_form = new EnrollmentForm(kind, mode, page);
    pageLayout->addWidget(m_form);
    pageLayout->addStretch(1);
    wrapInVerticalScrollArea(page);

    m_busy = makeWrappingLabel(QString(), this);
    m_busy->setObjectName(u"enrollmentDialogBusyLabel"_s);
    m_save = new QPushButton(mode == Mode::Create ? tr("&Create") : tr("Save &changes"), this);
    m_save->setObjectName(u"saveEnrollmentButton"_s);
    m_save->setAccessibleName(mode == Mode::Create ? tr("Create the enrollment") : tr("Save the changes"));
    m_save->setDefault(true);
    m_reload = new QPushButton(tr("Re&load"), this);
    m_reload->setObjectName(u"reloadEnrollmentButton"_s);
    m_reload->setAccessibleName(tr("Read the enrollment from DPS again"));
    m_reload->setVisible(mode == Mode::Edit);
    m_close = new QPushButton(mode == Mode::Create ? tr("Cancel") : tr("Close"), this);
    m_close->setObjectName(u"closeEnrollmentDialogButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(page, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &EnrollmentDialog::save);
    connect(m_reload, &QPushButton::clicked, this, &EnrollmentDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &EnrollmentForm::changed, this, &EnrollmentDialog::updateButtons);

    m_client = m_connection ? m_connection->newClient(this) : nullptr;
    if (m_client)
        connect(m_client, &dps::DpsServiceClient::finished, this, &EnrollmentDialog::onFinished);
    else
        m_banner->showResult(ResultBanner::Kind::Error, tr("Connect to a DPS first."));
    resizeWithinScreen(this, QSize(760, 560));
    if (mode == Mode::Edit)
        reload();
    updateButtons();
}

EnrollmentDialog::~EnrollmentDialog() = default;

bool EnrollmentDialog::isBusy() const
{
    return m_client && m_client->isRunning();
}

bool EnrollmentDialog::isReady() const
{
    return !isBusy() && (m_individual || m_group) && m_attestation.has_value();
}

void EnrollmentDialog::setBusy(const QString &what)
{
    m_busy->setText(what);
    updateButtons();
}

void EnrollmentDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool loaded = m_mode == Mode::Create || ((m_individual || m_group) && m_attestation);
    m_save->setEnabled(m_client && !busy && loaded && !m_form->problem());
    m_reload->setEnabled(m_client && !busy);
    m_form->setEnabled(!busy && loaded);
    if (!busy)
        m_busy->clear();
}

void EnrollmentDialog::reload()
{
    if (!m_client || isBusy() || m_mode != Mode::Edit)
        return;
    m_individual.reset();
    m_group.reset();
    m_attestation.reset();
    m_banner->clear();
    const bool started =
        m_kind == Kind::Group ? m_client->getEnrollmentGroup(m_id) : m_client->getEnrollment(m_id);
    if (started)
        setBusy(tr("Reading %1 from DPS…").arg(m_id));
}

void EnrollmentDialog::save()
{
    if (!m_client || isBusy() || !m_save->isEnabled())
        return;
    if (const std::optional<QString> problem = m_form->problem()) {
        m_banner->showResult(ResultBanner::Kind::Error, *problem);
        return;
    }
    if (m_mode == Mode::Edit && m_attestation->type == dps::AttestationType::SymmetricKey &&
        !m_attestation->hasKeys()) {
        // A PUT without the keys would have DPS make new ones: every device would lose its identity.
        m_banner->showResult(ResultBanner::Kind::Error,
                             tr("DPS did not return the keys of %1, and saving without them would replace "
                                "them. Reload and try again.")
                                 .arg(m_id));
        return;
    }
    std::optional<QString> refused;
    bool started = false;
    if (m_kind == Kind::Group) {
        dps::EnrollmentGroup group = m_group.value_or(dps::EnrollmentGroup{});
        group.enrollmentGroupId = m_mode == Mode::Create ? m_form->id() : m_id;
        if (m_mode == Mode::Edit)
            group.attestation = *m_attestation;
        m_form->applyTo(group);
        refused = dps::checkEnrollmentGroup(group);
        started = !refused && m_client->createOrUpdateEnrollmentGroup(group);
    } else {
        dps::IndividualEnrollment enrollment = m_individual.value_or(dps::IndividualEnrollment{});
        if (m_mode == Mode::Create) {
            enrollment.registrationId = m_form->id();
            enrollment.deviceId = m_form->deviceId();
        } else {
            enrollment.attestation = *m_attestation;
            enrollment.registrationState.reset(); // read-only: never sent back
        }
        m_form->applyTo(enrollment);
        refused = dps::checkEnrollment(enrollment);
        started = !refused && m_client->createOrUpdateEnrollment(enrollment);
    }
    if (refused) {
        m_banner->showResult(ResultBanner::Kind::Error, *refused);
        return;
    }
    if (started) {
        m_banner->clear();
        setBusy(m_mode == Mode::Create ? tr("Creating %1…").arg(m_form->id()) : tr("Saving %1…").arg(m_id));
    }
}

void EnrollmentDialog::onFinished(const dps::DpsServiceResult &result)
{
    switch (result.operation) {
    case Op::GetEnrollment:
    case Op::GetEnrollmentGroup:
    case Op::GetEnrollmentAttestation:
    case Op::GetEnrollmentGroupAttestation:
        onRead(result);
        break;
    case Op::CreateOrUpdateEnrollment:
    case Op::CreateOrUpdateEnrollmentGroup:
        onSaved(result);
        break;
    default:
        break;
    }
    updateButtons();
}

void EnrollmentDialog::onRead(const dps::DpsServiceResult &result)
{
    if (!result.succeeded()) {
        DpsAnswerText::show(m_banner, result);
        return;
    }
    if (result.enrollment) {
        m_individual = result.enrollment;
        m_form->showEnrollment(m_individual->registrationId, m_individual->deviceId, *m_individual);
    } else if (result.enrollmentGroup) {
        m_group = result.enrollmentGroup;
        m_form->showEnrollment(m_group->enrollmentGroupId, QString(), *m_group);
    } else if (result.attestation) {
        m_attestation = result.attestation;
        m_form->showKeys(*m_attestation);
        return;
    }
    // The keys come with their own call (GET never returns them).
    const bool started = m_kind == Kind::Group ? m_client->getEnrollmentGroupAttestation(m_id)
                                               : m_client->getEnrollmentAttestation(m_id);
    if (started)
        setBusy(tr("Reading the keys of %1…").arg(m_id));
}

void EnrollmentDialog::onSaved(const dps::DpsServiceResult &result)
{
    DpsAnswerText::show(m_banner, result);
    if (!result.succeeded()) {
        // 412: their version stands; Reload shows it.
        if (result.error.httpStatus == 412)
            m_reload->setFocus();
        return;
    }
    if (result.enrollment) {
        m_individual = result.enrollment;
        emit saved(EnrollmentListRow::from(*m_individual));
    } else if (result.enrollmentGroup) {
        m_group = result.enrollmentGroup;
        emit saved(EnrollmentListRow::from(*m_group));
    }
    if (m_mode == Mode::Create)
        accept();
}

} // namespace eflow::ui
