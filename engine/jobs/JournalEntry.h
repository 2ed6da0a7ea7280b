#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "engine/jobs/StepState.h"

namespace eflow::jobs {

// Whether a journalled job can still be resumed. Zero is "unreadable/unknown".
enum class JournalStatus
{
    Unknown = 0,
    // Started and not finished: the process died, or the run failed or was cancelled.
    Interrupted,
    // The user said not to resume it; kept for the record, never listed as pending.
    Abandoned,
};

struct JournalStep
{
    QString id;
    StepState state = StepState::Pending;
    // Set when the step last went Running; a step with startedAt but no finishedAt was cut short
    // and will run again on resume (its body must be safe to re-run: see Journal.h).
    QDateTime startedAt;
    QDateTime finishedAt;
};

// The content of one journal file: what job it was, what the user planned (no secrets), and how
// far it got.
struct JournalEntry
{
    static constexpr int formatVersion = 1;

    QString jobId;
    QString kind;
    QJsonObject plan;
    JournalStatus status = JournalStatus::Unknown;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The outcome of the last run that ended in this process (failed/cancelled message), if any.
    QString lastError;
    QList<JournalStep> steps;

    bool isValid() const { return !jobId.isEmpty() && status != JournalStatus::Unknown; }
    // Ids of steps recorded Done or Skipped.
    QList<JournalStep> completedSteps() const;
    int indexOf(const QString &stepId) const;

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json);
};

} // namespace eflow::jobs
