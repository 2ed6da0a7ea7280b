#pragma once

#include <QObject>

namespace eflow::jobs {
Q_NAMESPACE

// Zero means "not known yet" so that a default-constructed state is never mistaken for a real one.
enum class StepState
{
    Unknown = 0,
    Pending,
    Running,
    Done,
    Failed,
    Skipped,
    Cancelled,
};
Q_ENUM_NS(StepState)

// Done and Skipped both count as "completed": a resumed pipeline does not run them again.
constexpr bool isCompleted(StepState state)
{
    return state == StepState::Done || state == StepState::Skipped;
}

// Stable names for the journal file (never translated, never renumbered).
QString stepStateName(StepState state);
StepState stepStateFromName(const QString &name);

} // namespace eflow::jobs
