#pragma once

#include <QMetaType>
#include <QString>

#include "engine/dps/DpsError.h"
#include "engine/dps/DpsRegistrationState.h"

namespace eflow::dps {

// How a DPS device operation ended. Assigned is the only success of a registration; Disabled,
// Failed and Unassigned are answers of DPS about the enrollment; Error means no usable answer came.
struct DpsOutcome
{
    enum class Kind
    {
        Unknown = 0,
        Assigned,
        Assigning, // only from a registration status lookup: DPS is still working on it
        Disabled,
        Failed, // state.errorCode / state.errorMessage say why
        Unassigned,
        Error, // error says why
        Cancelled,
    };

    Kind kind = Kind::Unknown;
    QString registrationId;
    QString operationId;
    DpsRegistrationState state;
    DpsError error;

    bool isAssigned() const { return kind == Kind::Assigned; }
    // One translated sentence for the user, whatever the kind.
    QString message() const;

    static DpsOutcome fromState(const QString &registrationId, const QString &operationId,
                                const DpsRegistrationState &state);
    static DpsOutcome failure(const QString &registrationId, DpsError error);
    static DpsOutcome cancelled(const QString &registrationId);
};

} // namespace eflow::dps

Q_DECLARE_METATYPE(eflow::dps::DpsOutcome)
