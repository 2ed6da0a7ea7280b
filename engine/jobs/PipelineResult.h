#pragma once

#include <QMetaType>
#include <QString>

namespace eflow::jobs {

// How a pipeline run ended. Zero is "not finished yet".
enum class PipelineOutcome
{
    Unknown = 0,
    Succeeded,
    Failed,
    Cancelled,
};

struct PipelineResult
{
    PipelineOutcome outcome = PipelineOutcome::Unknown;
    // The step that failed or was running when cancelled; -1 when none.
    int stepIndex = -1;
    QString stepId;
    // A sentence for the technician, and the raw detail (process output, HTTP body) one click away.
    QString message;
    QString detail;
};

} // namespace eflow::jobs

Q_DECLARE_METATYPE(eflow::jobs::PipelineResult)
