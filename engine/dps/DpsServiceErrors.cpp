#include "engine/dps/DpsServiceErrors.h"

#include "engine/dps/DpsTr.h"

namespace eflow::dps {

namespace {

using Op = DpsServiceOperation;

enum class Target
{
    Unknown = 0,
    Enrollment,
    Group,
    Registration,
    Collection,
};

Target targetOf(Op op)
{
    switch (op) {
    case Op::CreateOrUpdateEnrollment:
    case Op::GetEnrollment:
    case Op::DeleteEnrollment:
    case Op::GetEnrollmentAttestation:
        return Target::Enrollment;
    case Op::CreateOrUpdateEnrollmentGroup:
    case Op::GetEnrollmentGroup:
    case Op::DeleteEnrollmentGroup:
    case Op::GetEnrollmentGroupAttestation:
    case Op::QueryRegistrations: // a 404 there names the group
        return Target::Group;
    case Op::GetRegistration:
    case Op::DeleteRegistration:
        return Target::Registration;
    case Op::QueryEnrollments:
    case Op::BulkEnrollments:
    case Op::QueryEnrollmentGroups:
    case Op::BulkEnrollmentGroups:
        return Target::Collection;
    case Op::Unknown:
        break;
    }
    return Target::Unknown;
}

} // namespace

void describeServiceError(DpsError &e, DpsServiceOperation operation, const QString &id,
                          const QString &policyName, bool sentIfMatch)
{
    if (e.httpStatus == 429 || e.httpStatus >= 500)
        return;
    const Target target = targetOf(operation);
    const QString reason = e.serviceMessage.isEmpty() ? DpsTr::tr("no reason given") : e.serviceMessage;
    if (e.httpStatus == 401) {
        e.message =
            DpsTr::tr("DPS at %1 refused the request: the service connection string's key or policy is "
                      "wrong. Copy the connection string of a shared access policy of the DPS again.")
                .arg(e.host);
    } else if (e.httpStatus == 403) {
        e.message = DpsTr::tr("The shared access policy %1 may not do this at %2: use a policy with the "
                              "enrollment and registration permissions, such as provisioningserviceowner.")
                        .arg(policyName, e.host);
    } else if (e.httpStatus == 404) {
        switch (target) {
        case Target::Enrollment:
            e.message = DpsTr::tr("DPS at %1 has no enrollment %2.").arg(e.host, id);
            break;
        case Target::Group:
            e.message = DpsTr::tr("DPS at %1 has no enrollment group %2.").arg(e.host, id);
            break;
        case Target::Registration:
            e.message = DpsTr::tr("DPS at %1 has no registration record %2.").arg(e.host, id);
            break;
        case Target::Collection:
        case Target::Unknown:
            e.message = DpsTr::tr("%1 answered \"not found\": check that HostName names your Device "
                                  "Provisioning Service.")
                            .arg(e.host);
            break;
        }
    } else if (e.httpStatus == 412 || (e.httpStatus == 409 && sentIfMatch)) {
        e.message =
            target == Target::Group
                ? DpsTr::tr("The enrollment group %1 changed since it was read (etag mismatch): reload "
                            "and retry.")
                      .arg(id)
            : target == Target::Registration
                ? DpsTr::tr("The registration record %1 changed since it was read (etag mismatch): "
                            "reload and retry.")
                      .arg(id)
                : DpsTr::tr("The enrollment %1 changed since it was read (etag mismatch): reload and "
                            "retry.")
                      .arg(id);
    } else if (e.httpStatus == 409) {
        // Sent without If-Match, a PUT only creates (§4.3): the enrollment is there already.
        e.message =
            target == Target::Group
                ? DpsTr::tr("DPS already has an enrollment group %1: choose another group ID, or open "
                            "the existing group.")
                      .arg(id)
                : DpsTr::tr("DPS already has an enrollment %1: choose another registration ID, or "
                            "open the existing enrollment.")
                      .arg(id);
    } else if (e.httpStatus == 400) {
        e.message = DpsTr::tr("DPS rejected the request: %1").arg(reason);
    }
    // Any other status keeps the exchange's "DPS refused the request with HTTP …" sentence.
}

} // namespace eflow::dps
