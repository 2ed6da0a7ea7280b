#include "engine/dps/DpsOutcome.h"

#include <utility>

#include "engine/dps/DpsTr.h"

namespace eflow::dps {

QString DpsOutcome::message() const
{
    switch (kind) {
    case Kind::Assigned:
        return DpsTr::tr("DPS assigned registration ID %1 to the IoT hub %2 as device %3.")
            .arg(registrationId, state.assignedHub, state.deviceId);
    case Kind::Assigning:
        return DpsTr::tr("DPS is still assigning registration ID %1: try again in a few seconds.")
            .arg(registrationId);
    case Kind::Disabled:
        return DpsTr::tr(
                   "The enrollment for registration ID %1 is disabled in DPS: enable it in the Azure portal, "
                   "then try again.")
            .arg(registrationId);
    case Kind::Failed:
        if (state.errorMessage.isEmpty()) {
            return DpsTr::tr(
                       "DPS could not assign registration ID %1 (error code %2): check the enrollment's "
                       "IoT hub link and allocation policy.")
                .arg(registrationId)
                .arg(state.errorCode);
        }
        return DpsTr::tr("DPS could not assign registration ID %1: %2 (error code %3).")
            .arg(registrationId, state.errorMessage)
            .arg(state.errorCode);
    case Kind::Unassigned:
        return DpsTr::tr(
                   "DPS did not assign registration ID %1 to an IoT hub: check that the enrollment has a "
                   "linked IoT hub and an allocation policy.")
            .arg(registrationId);
    case Kind::Error:
        return error.message;
    case Kind::Cancelled:
        return DpsTr::tr("The registration of %1 was cancelled.").arg(registrationId);
    case Kind::Unknown:
        break;
    }
    return QString();
}

DpsOutcome DpsOutcome::fromState(const QString &registrationId, const QString &operationId,
                                 const DpsRegistrationState &state)
{
    DpsOutcome outcome;
    outcome.registrationId = registrationId;
    outcome.operationId = operationId;
    outcome.state = state;
    switch (state.status) {
    case DpsStatus::Assigned:
        outcome.kind = Kind::Assigned;
        break;
    case DpsStatus::Assigning:
        outcome.kind = Kind::Assigning;
        break;
    case DpsStatus::Disabled:
        outcome.kind = Kind::Disabled;
        break;
    case DpsStatus::Failed:
        outcome.kind = Kind::Failed;
        break;
    case DpsStatus::Unassigned:
        outcome.kind = Kind::Unassigned;
        break;
    case DpsStatus::Unknown:
        break;
    }
    return outcome;
}

DpsOutcome DpsOutcome::failure(const QString &registrationId, DpsError error)
{
    DpsOutcome outcome;
    outcome.kind = Kind::Error;
    outcome.registrationId = registrationId;
    outcome.error = std::move(error);
    return outcome;
}

DpsOutcome DpsOutcome::cancelled(const QString &registrationId)
{
    DpsOutcome outcome;
    outcome.kind = Kind::Cancelled;
    outcome.registrationId = registrationId;
    return outcome;
}

} // namespace eflow::dps
