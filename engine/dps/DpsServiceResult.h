#pragma once

#include <optional>

#include <QList>
#include <QMetaType>
#include <QString>

#include "engine/dps/DpsError.h"
#include "engine/dps/EnrollmentModels.h"

namespace eflow::dps {

enum class DpsServiceOperation
{
    Unknown = 0,
    CreateOrUpdateEnrollment,
    GetEnrollment,
    DeleteEnrollment,
    GetEnrollmentAttestation,
    QueryEnrollments,
    BulkEnrollments,
    CreateOrUpdateEnrollmentGroup,
    GetEnrollmentGroup,
    DeleteEnrollmentGroup,
    GetEnrollmentGroupAttestation,
    QueryEnrollmentGroups,
    BulkEnrollmentGroups,
    GetRegistration,
    DeleteRegistration,
    QueryRegistrations,
};

// How one call of DpsServiceClient ended, and what it brought back. Which payload member is filled depends
// on the operation.
struct DpsServiceResult
{
    enum class Kind
    {
        Unknown = 0,
        Succeeded,
        Failed, // error says why
        Cancelled,
    };

    DpsServiceOperation operation = DpsServiceOperation::Unknown;
    Kind kind = Kind::Unknown;
    QString id; // the enrollment, group or registration the call was about (the group for a query of one)
    DpsError error;
    int requests = 0; // HTTP requests sent

    std::optional<IndividualEnrollment> enrollment;      // create/update, get
    std::optional<EnrollmentGroup> enrollmentGroup;      // create/update, get
    std::optional<DeviceRegistrationState> registration; // get registration
    std::optional<EnrollmentAttestation> attestation;    // get …attestation (the keys)
    QList<IndividualEnrollment> enrollments;             // query
    QList<EnrollmentGroup> enrollmentGroups;             // query
    QList<DeviceRegistrationState> registrations;        // query
    int pages = 0;
    QString continuationToken; // after a one-page query: give it back for the next page; empty at the end
    // Bulk: the per-item errors of every chunk sent, and how many items went out. When a chunk fails as a
    // whole (HTTP error), kind is Failed, and the items after bulkItemsSubmitted were not sent.
    BulkEnrollmentOperationResult bulk;
    int bulkItemsSubmitted = 0;

    bool succeeded() const { return kind == Kind::Succeeded; }
    // 409/412: someone changed the enrollment since it was read; reload and retry.
    bool isEtagMismatch() const { return error.httpStatus == 409 || error.httpStatus == 412; }
    // One translated sentence for the user, whatever the kind.
    QString message() const;
};

} // namespace eflow::dps

Q_DECLARE_METATYPE(eflow::dps::DpsServiceResult)
