#include "engine/jobs/StepState.h"

namespace eflow::jobs {

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Unknown:
        break;
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

StepState stepStateFromName(const QString &name)
{
    for (const StepState s : {StepState::Pending, StepState::Running, StepState::Done, StepState::Failed,
                              StepState::Skipped, StepState::Cancelled}) {
        if (stepStateName(s) == name)
            return s;
    }
    return StepState::Unknown;
}

} // namespace eflow::jobs
