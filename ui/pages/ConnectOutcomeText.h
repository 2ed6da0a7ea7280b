#pragma once

#include <QCoreApplication>
#include <QString>

#include "engine/dps/DpsOutcome.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/PipelineResult.h"
#include "engine/plan/DeploymentPlan.h"
#include "ui/widgets/ResultBanner.h"

namespace eflow::ui {

// What a result banner of the Connect page shows: the kind, one sentence (and the fix), the raw detail.
struct ConnectBannerText
{
    ResultBanner::Kind kind = ResultBanner::Kind::Unknown;
    QString text;
    QString details;
};

// The Connect page's answers in words (issue 13 items 3 and 4): the cause first and once, the fix once,
// and the HTTP status, DPS error code and logs in the details. The sentences keep the page's translation
// context.
struct ConnectOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectPage)

public:
    // The answer to "Check with DPS".
    static ConnectBannerText dpsCheck(const eflow::dps::DpsOutcome &outcome);
    // The device and hub a provisioning reached: what the runtime holds, else what the check said for the
    // same registration, else the settings.
    static QString identity(const eflow::jobs::HostJobState &state,
                            const eflow::plan::ProvisioningSettings &s,
                            const eflow::dps::DpsOutcome &lastCheck);
    // The end of a provisioning job; identity as above, log the job's output lines.
    static ConnectBannerText provisioning(const eflow::jobs::PipelineResult &result,
                                          const eflow::jobs::HostJobState &state, const QString &identity,
                                          const QString &log);
};

} // namespace eflow::ui
