#include "engine/dps/DpsServiceResult.h"

#include "engine/dps/DpsTr.h"

namespace eflow::dps {

using Op = DpsServiceOperation;

QString DpsServiceResult::message() const
{
    switch (kind) {
    case Kind::Failed:
        return error.message;
    case Kind::Cancelled:
        return DpsTr::tr("The DPS request was cancelled.");
    case Kind::Unknown:
        return QString();
    case Kind::Succeeded:
        break;
    }
    switch (operation) {
    case Op::CreateOrUpdateEnrollment:
        return DpsTr::tr("Saved the individual enrollment %1.").arg(id);
    case Op::GetEnrollment:
    case Op::GetEnrollmentAttestation:
        return DpsTr::tr("Read the individual enrollment %1.").arg(id);
    case Op::DeleteEnrollment:
        return DpsTr::tr("Deleted the individual enrollment %1.").arg(id);
    case Op::QueryEnrollments:
        return DpsTr::tr("Read %n individual enrollment(s).", nullptr, int(enrollments.size()));
    case Op::CreateOrUpdateEnrollmentGroup:
        return DpsTr::tr("Saved the enrollment group %1.").arg(id);
    case Op::GetEnrollmentGroup:
    case Op::GetEnrollmentGroupAttestation:
        return DpsTr::tr("Read the enrollment group %1.").arg(id);
    case Op::DeleteEnrollmentGroup:
        return DpsTr::tr("Deleted the enrollment group %1.").arg(id);
    case Op::QueryEnrollmentGroups:
        return DpsTr::tr("Read %n enrollment group(s).", nullptr, int(enrollmentGroups.size()));
    case Op::GetRegistration:
        return DpsTr::tr("Read the registration record %1.").arg(id);
    case Op::DeleteRegistration:
        return DpsTr::tr("Deleted the registration record %1.").arg(id);
    case Op::QueryRegistrations:
        return DpsTr::tr("Read %n registration record(s) of the enrollment group %1.", nullptr,
                         int(registrations.size()))
            .arg(id);
    case Op::BulkEnrollments:
    case Op::BulkEnrollmentGroups:
        if (bulk.errors.isEmpty())
            return DpsTr::tr("DPS accepted all %n item(s) of the bulk operation.", nullptr,
                             bulkItemsSubmitted);
        return DpsTr::tr("DPS rejected %1 of %n item(s) of the bulk operation; the list shows why.", nullptr,
                         bulkItemsSubmitted)
            .arg(bulk.errors.size());
    case Op::Unknown:
        break;
    }
    return QString();
}

} // namespace eflow::dps
