#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::host {

enum class RequirementStatus
{
    Unknown = 0, // the fact was not reported: "could not be checked", never a pass
    Pass,
    Warning,      // deploys, but something the user should know (nested VM, existing VM, …)
    Fail,         // Deploy-Eflow would refuse or the VM could not work
    ActionNeeded, // fixable by the wizard or the user before deploying (enable Hyper-V, policy, …)
};

enum class TargetVerdict
{
    Unknown = 0, // nothing could be checked
    Supported,
    SupportedWithActions,
    Unsupported,
};

// One line of the "2.1 Select a target device" evaluation: a translated sentence with the evidence
// (numbers, names) and, unless it passed, what to do about it.
struct RequirementCheck
{
    using Status = RequirementStatus;

    QString id;    // stable key, e.g. "memory", "hyperv.feature" (tests, logs, result files)
    QString title; // "Free memory"
    Status status = Status::Unknown;
    QString detail; // "1500 MB of memory is free; the VM is set to use 2048 MB."
    QString fix;    // empty when nothing is to be done
};

struct TargetEvaluation
{
    using Verdict = TargetVerdict;

    QList<RequirementCheck> checks;
    Verdict verdict = Verdict::Unknown;
    QString summary;              // WAC style: "Supported" / "Unsupported: <first failure>"
    bool restartRequired = false; // enabling Hyper-V (or a pending enable) needs a Windows restart

    QList<RequirementCheck> failures() const;
    QList<RequirementCheck> actions() const;               // ActionNeeded
    const RequirementCheck *find(const QString &id) const; // nullptr if that check was not made
};

struct HostRequirementsTr
{
    Q_DECLARE_TR_FUNCTIONS(HostRequirements)
};

// The whole target evaluation for one plan on one host (reference/eflow.md §1.3, §1.4, §3).
// Pure: no I/O, so the same facts always give the same verdict (demo, tests, remote hosts).
TargetEvaluation evaluateTarget(const HostFacts &facts, const plan::DeploymentPlan &plan);

QString
requirementStatusKey(RequirementStatus status); // "unknown", "pass", "warning", "fail", "actionNeeded"
QString
targetVerdictKey(TargetVerdict verdict); // "unknown", "supported", "supportedWithActions", "unsupported"

} // namespace eflow::host
