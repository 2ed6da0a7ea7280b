#include "engine/host/HostRequirements.h"

#include <algorithm>

#include <QStringList>

#include "engine/host/RequirementChecks.h"
#include "engine/plan/EflowRelease.h"

namespace eflow::host {

namespace detail {

QString num(qint64 value)
{
    return QString::number(value);
}

QString gb(qint64 mb)
{
    return QString::number(double(mb) / 1024.0, 'f', 1);
}

RequirementCheck make(const QString &id, const QString &title, Status status, const QString &detail,
                      const QString &fix)
{
    return RequirementCheck{id, title, status, detail, fix};
}

QString releaseName(plan::EflowRelease release)
{
    return plan::displayName(release);
}

QString couldNotCheck(const QString &what)
{
    //: %1 names the fact, e.g. "the Windows build number"
    return HostRequirementsTr::tr("%1 was not reported, so this could not be checked.").arg(what);
}

// ---- existing EFLOW ------------------------------------------------------------------------------

RequirementCheck checkEflowInstall(const HostFacts &f, plan::EflowRelease release)
{
    const QString id = QStringLiteral("eflow.install");
    const QString title = HostRequirementsTr::tr("EFLOW installation");
    const EflowInstall &e = f.eflow;
    if (!e.installed) {
        return make(id, title, Status::Pass,
                    HostRequirementsTr::tr("EFLOW is not installed; the wizard installs %1.")
                        .arg(releaseName(release)));
    }
    const QString product =
        e.productName.isEmpty() ? HostRequirementsTr::tr("Azure IoT Edge") : e.productName;
    if (e.release == plan::EflowRelease::Unknown) {
        return make(
            id, title, Status::Warning,
            HostRequirementsTr::tr("%1 %2 is installed, but its release line could not be determined.")
                .arg(product, e.version));
    }
    if (e.release != release) {
        return make(id, title, Status::Fail,
                    HostRequirementsTr::tr(
                        "%1 %2 (%3) is installed; this plan uses %4, and two release lines cannot be "
                        "installed together.")
                        .arg(product, e.version, releaseName(e.release), releaseName(release)),
                    HostRequirementsTr::tr(
                        "Uninstall '%1' (Settings > Apps, or msiexec /x), or choose %2 in the settings.")
                        .arg(product, releaseName(e.release)));
    }
    if (e.newerThanKnown) {
        return make(
            id, title, Status::Warning,
            HostRequirementsTr::tr("%1 %2 (release line %3) is installed. It is newer than the release "
                                   "lines this wizard knows and is handled as %4; the install step is "
                                   "skipped.")
                .arg(product, e.version, e.line, releaseName(e.release)));
    }
    return make(id, title, Status::Pass,
                HostRequirementsTr::tr("%1 %2 (%3) is already installed; the install step is skipped.")
                    .arg(product, e.version, releaseName(e.release)));
}

RequirementCheck checkExistingVm(const HostFacts &f)
{
    const QString id = QStringLiteral("eflow.vm");
    const QString title = HostRequirementsTr::tr("EFLOW virtual machine");
    if (!f.vm.exists)
        return make(id, title, Status::Pass, HostRequirementsTr::tr("No EFLOW virtual machine exists yet."));
    const QString name = f.vm.name.isEmpty() ? HostRequirementsTr::tr("(unnamed)") : f.vm.name;
    if (f.vm.provisioned == true) {
        return make(id, title, Status::Warning,
                    HostRequirementsTr::tr(
                        "The EFLOW VM %1 is already deployed and provisioned; deploying is skipped.")
                        .arg(name),
                    HostRequirementsTr::tr(
                        "Go on to the device overview, or uninstall EFLOW to start from scratch."));
    }
    return make(
        id, title, Status::Warning,
        HostRequirementsTr::tr("The EFLOW VM %1 is already deployed; deploying is skipped.").arg(name),
        HostRequirementsTr::tr("Go on to Connect to provision it, or uninstall EFLOW to deploy again."));
}

} // namespace detail

namespace {

using namespace detail;

plan::EflowRelease effectiveRelease(const plan::DeploymentPlan &plan)
{
    return plan.release == plan::EflowRelease::Unknown ? plan::defaultRelease() : plan.release;
}

} // namespace

QList<RequirementCheck> TargetEvaluation::failures() const
{
    QList<RequirementCheck> out;
    for (const RequirementCheck &c : checks) {
        if (c.status == Status::Fail)
            out << c;
    }
    return out;
}

QList<RequirementCheck> TargetEvaluation::actions() const
{
    QList<RequirementCheck> out;
    for (const RequirementCheck &c : checks) {
        if (c.status == Status::ActionNeeded)
            out << c;
    }
    return out;
}

const RequirementCheck *TargetEvaluation::find(const QString &id) const
{
    for (const RequirementCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

TargetEvaluation evaluateTarget(const HostFacts &facts, const plan::DeploymentPlan &plan)
{
    const plan::EflowRelease release = effectiveRelease(plan);
    TargetEvaluation e;
    e.checks << checkEdition(facts) << checkBuild(facts) << checkArchitecture(facts, release)
             << checkElevation(facts) << checkPowerShellEdition(facts) << checkExecutionPolicy(facts)
             << checkMemory(facts, plan, release) << checkCpu(facts, plan, release)
             << checkDisk(facts, plan, release) << checkHyperVFeature(facts, &e.restartRequired)
             << checkHypervisor(facts);
    if (auto services = checkServices(facts))
        e.checks << *services;
    e.checks << checkNested(facts) << checkSwitch(facts, plan) << checkGpu(facts, plan)
             << checkEflowInstall(facts, release) << checkExistingVm(facts);

    const QList<RequirementCheck> failed = e.failures();
    const QList<RequirementCheck> todo = e.actions();
    // Only checks that rest on a reported fact count: "not a VM", "no GPU chosen" and "EFLOW not
    // installed" pass on an empty report too, and must not make an empty report look "Supported".
    static const QStringList factChecks = {QStringLiteral("windows.edition"),
                                           QStringLiteral("windows.build"),
                                           QStringLiteral("architecture"),
                                           QStringLiteral("powershell.edition"),
                                           QStringLiteral("memory"),
                                           QStringLiteral("cpu"),
                                           QStringLiteral("disk"),
                                           QStringLiteral("hyperv.feature"),
                                           QStringLiteral("hyperv.hypervisor")};
    const bool anyKnown = std::any_of(e.checks.cbegin(), e.checks.cend(), [](const RequirementCheck &c) {
        return c.status != Status::Unknown && factChecks.contains(c.id);
    });
    const auto unknownCount =
        std::count_if(e.checks.cbegin(), e.checks.cend(),
                      [](const RequirementCheck &c) { return c.status == Status::Unknown; });
    if (!failed.isEmpty()) {
        e.verdict = TargetVerdict::Unsupported;
        //: WAC's wording; %1 is the first failure's sentence
        e.summary = HostRequirementsTr::tr("Unsupported: %1").arg(failed.first().detail);
    } else if (!anyKnown) {
        e.verdict = TargetVerdict::Unknown;
        e.summary = HostRequirementsTr::tr("Unknown: the host did not report enough to be checked.");
    } else if (!todo.isEmpty()) {
        e.verdict = TargetVerdict::SupportedWithActions;
        //: %n is the number of actions, %1 the first one's sentence
        e.summary = HostRequirementsTr::tr("Supported after %n action(s): %1", nullptr, int(todo.size()))
                        .arg(todo.first().detail);
    } else if (unknownCount > 0) {
        e.verdict = TargetVerdict::Supported;
        e.summary =
            HostRequirementsTr::tr("Supported; %n check(s) could not be made.", nullptr, int(unknownCount));
    } else {
        e.verdict = TargetVerdict::Supported;
        e.summary = HostRequirementsTr::tr("Supported");
    }
    return e;
}

QString requirementStatusKey(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Pass:
        return QStringLiteral("pass");
    case RequirementStatus::Warning:
        return QStringLiteral("warning");
    case RequirementStatus::Fail:
        return QStringLiteral("fail");
    case RequirementStatus::ActionNeeded:
        return QStringLiteral("actionNeeded");
    case RequirementStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString targetVerdictKey(TargetVerdict verdict)
{
    switch (verdict) {
    case TargetVerdict::Supported:
        return QStringLiteral("supported");
    case TargetVerdict::SupportedWithActions:
        return QStringLiteral("supportedWithActions");
    case TargetVerdict::Unsupported:
        return QStringLiteral("unsupported");
    case TargetVerdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace eflow::host
