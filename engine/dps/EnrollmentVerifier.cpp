#include "engine/dps/EnrollmentVerifier.h"

#include <utility>

#include <QMetaObject>

#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/DpsServiceResult.h"
#include "engine/dps/DpsTr.h"

namespace eflow::dps {

QString EnrollmentVerification::portalInstructions(const QString &registrationId,
                                                   const QString &enrollmentGroupId)
{
    if (!enrollmentGroupId.isEmpty()) {
        return DpsTr::tr("To check in the Azure portal: open the Device Provisioning Service, Manage "
                         "enrollments, the enrollment group %1, and its Registration Records tab; %2 should "
                         "be listed as assigned.")
            .arg(enrollmentGroupId, registrationId);
    }
    return DpsTr::tr(
               "To check in the Azure portal: open the Device Provisioning Service, Manage enrollments, "
               "Individual enrollments, and %1; its registration status should be assigned, with the "
               "device ID and the IoT hub.")
        .arg(registrationId);
}

QString EnrollmentVerification::sentence() const
{
    const QString enrollment =
        enrollmentGroupId.isEmpty()
            ? registrationId
            //: %1 the registration ID, %2 the enrollment group
            : DpsTr::tr("%1 (enrollment group %2)").arg(registrationId, enrollmentGroupId);
    switch (kind) {
    case Kind::Assigned:
        //: %1 the enrollment, %2 the IoT hub host name, %3 the device ID
        return DpsTr::tr("DPS: enrollment %1 is assigned to %2 as %3.")
            .arg(enrollment, record.assignedHub, record.deviceId);
    case Kind::NotAssigned:
        if (record.registrationId.isEmpty())
            return DpsTr::tr("DPS has no registration record for %1: the device has not registered with "
                             "this Device Provisioning Service.")
                .arg(enrollment);
        if (!record.errorMessage.isEmpty())
            return DpsTr::tr("DPS: enrollment %1 is %2, not assigned: %3")
                .arg(enrollment, toWire(record.status), record.errorMessage);
        return DpsTr::tr("DPS: enrollment %1 is %2, not assigned.").arg(enrollment, toWire(record.status));
    case Kind::CouldNotRead:
        return DpsTr::tr("DPS could not be asked about %1: %2").arg(enrollment, error.message);
    case Kind::NoConnection:
        return portalInstructions(registrationId, enrollmentGroupId);
    case Kind::Cancelled:
        return DpsTr::tr("The check with DPS was cancelled.");
    case Kind::Unknown:
        break;
    }
    return {};
}

EnrollmentVerifier::EnrollmentVerifier(QObject *parent)
    : QObject(parent)
{}

EnrollmentVerifier::~EnrollmentVerifier()
{
    delete m_client; // aborts without finished()
}

bool EnrollmentVerifier::verify(crypto::SecureBytes serviceConnectionString, const QString &registrationId,
                                const QString &enrollmentGroupId, DpsServiceClientOptions options)
{
    if (isRunning())
        return false;
    m_current = {};
    m_current.registrationId = registrationId;
    m_current.enrollmentGroupId = enrollmentGroupId;
    if (serviceConnectionString.isEmpty()) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                EnrollmentVerification v = m_current;
                v.kind = EnrollmentVerification::Kind::NoConnection;
                finish(std::move(v));
            },
            Qt::QueuedConnection);
        return true;
    }
    QString text = QString::fromUtf8(serviceConnectionString.view());
    m_client = new DpsServiceClient(text, std::move(options), this);
    crypto::wipe(text);
    connect(m_client, &DpsServiceClient::finished, this, &EnrollmentVerifier::onFinished);
    m_client->getRegistration(registrationId); // reports invalid input through finished(), later
    return true;
}

void EnrollmentVerifier::cancel()
{
    if (m_client)
        m_client->cancel(); // finishes synchronously with Cancelled
}

void EnrollmentVerifier::onFinished(const DpsServiceResult &result)
{
    EnrollmentVerification v = m_current;
    using Kind = EnrollmentVerification::Kind;
    if (result.kind == DpsServiceResult::Kind::Cancelled) {
        v.kind = Kind::Cancelled;
    } else if (result.succeeded() && result.registration) {
        v.record = *result.registration;
        const bool assigned = v.record.status == DpsStatus::Assigned && !v.record.assignedHub.isEmpty() &&
                              !v.record.deviceId.isEmpty();
        v.kind = assigned ? Kind::Assigned : Kind::NotAssigned;
    } else if (result.error.httpStatus == 404) {
        v.kind = Kind::NotAssigned; // no record: the device never registered here
    } else {
        v.kind = Kind::CouldNotRead;
        v.error = result.error;
    }
    m_client->deleteLater();
    m_client = nullptr;
    finish(std::move(v));
}

void EnrollmentVerifier::finish(EnrollmentVerification verification)
{
    m_pending = false;
    emit finished(verification);
}

} // namespace eflow::dps
