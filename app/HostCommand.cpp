#include "app/HostCommand.h"

#include <memory>
#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>

#include "app/Console.h"
#include "app/HostCatalog.h"
#include "app/HostOptions.h"
#include "app/HostReport.h"
#include "app/JobPrinter.h"
#include "app/ProvisioningSecretReader.h"
#include "app/TerminalWidth.h"
#include "engine/host/SshKnownHosts.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/HostJobs.h"
#include "engine/plan/PlanFile.h"
#include "engine/plan/Validation.h"
#include "engine/sim/SimHostState.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
};

using Action = HostOptions::Action;

// The demo host's state file could not be read (4) or is damaged (3): the file's fault, not the host's.
std::optional<int> stateFileExitCode(const host::HostOperationResult &failure)
{
    if (failure.errorId == sim::simStateUnreadableId())
        return ExitIoError;
    if (failure.errorId == sim::simStateDamagedId())
        return ExitInvalidInput;
    return std::nullopt;
}

int exitCodeFor(const jobs::PipelineResult &result, const jobs::HostJobState &state)
{
    switch (result.outcome) {
    case jobs::PipelineOutcome::Succeeded:
        return ExitOk;
    case jobs::PipelineOutcome::Cancelled:
        return ExitCancelled;
    default:
        break;
    }
    if (const auto code = stateFileExitCode(state.lastFailure))
        return *code;
    if (state.restartRequired)
        return ExitRestartRequired;
    if (state.targetRefused)
        return ExitUnsupported;
    if (state.lastFailure.outcome == host::HostOperationResult::Outcome::TimedOut)
        return ExitCancelled;
    return ExitFailure;
}

// An unknown host key is never trusted by the command that met it: it says how to compare and trust it.
void printTrustHint(const HostOptions &o, const host::HostOperationResult &failure)
{
    if (failure.errorId != host::sshUnknownHostKeyId())
        return;
    const QString keyType = failure.errorDetails.value(QStringLiteral("keyType")).toString();
    const QString fingerprint = failure.errorDetails.value(QStringLiteral("fingerprint")).toString();
    err() << Tr::tr(
                 "The host key was not trusted. Ask the host's administrator to read its fingerprint on the "
                 "host (ssh-keygen -lf %1). Only if it is the same, trust the key and run the command again:")
                 .arg(host::SshKnownHosts::windowsHostKeyFile(keyType))
          << Qt::endl
          << QStringLiteral("    %1 host trust --target %2 --fingerprint %3")
                 .arg(QCoreApplication::applicationName(), o.target,
                      fingerprint.isEmpty() ? QStringLiteral("SHA256:…") : fingerprint)
          << Qt::endl;
}

void printFailure(const jobs::PipelineResult &result, const jobs::HostJobState &state, const HostOptions &o)
{
    if (result.outcome == jobs::PipelineOutcome::Cancelled) {
        printError(Tr::tr("cancelled during \"%1\"; run the same command again to continue from there")
                       .arg(result.stepId));
        return;
    }
    printError(result.message);
    printTrustHint(o, state.lastFailure);
    if (!state.runtimeLog.isEmpty()) {
        err() << Tr::tr("The IoT Edge runtime's log ends with:") << Qt::endl;
        for (const QString &line : state.runtimeLog)
            if (!line.trimmed().isEmpty())
                err() << QStringLiteral("    ") << line << Qt::endl;
        // The log usually knows better than the cmdlet why the runtime did not start (a DPS 401, …).
        const host::EflowErrorExplanation why =
            host::explainEflowError(state.runtimeLog.join(QLatin1Char('\n')));
        if (why.isKnown() && why.id != state.lastFailure.explanation.id)
            err() << Tr::tr("What the log says:") << Qt::endl
                  << Tr::tr("Cause: %1").arg(why.cause) << Qt::endl
                  << Tr::tr("Fix: %1").arg(why.fix) << Qt::endl;
    }
}

// The plan: a file, else defaults; the options on top. nullopt after printing why.
std::optional<plan::DeploymentPlan> planFor(const HostOptions &o, int *exitCode)
{
    plan::DeploymentPlan plan;
    if (!o.planFile.isEmpty()) {
        QString error;
        auto loaded = plan::loadPlan(o.planFile, &error);
        if (!loaded) {
            printError(error);
            *exitCode = QFileInfo::exists(o.planFile) ? ExitInvalidInput : ExitIoError;
            return std::nullopt;
        }
        plan = *loaded;
    }
    if (!o.release.isEmpty()) {
        plan.release = plan::releaseFromKey(o.release);
        if (plan.release == plan::EflowRelease::Unknown) {
            printError(Tr::tr("host: --release takes 1.1, 1.4 or 1.5, not \"%1\"").arg(o.release));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
    }
    if (plan.release == plan::EflowRelease::Unknown)
        plan.release = plan::defaultRelease();
    if (o.acceptEula)
        plan.eulaAccepted = true;
    return plan;
}

// Which host: the demo, an ssh target, or this computer. nullopt after printing why.
std::optional<jobs::HostTarget> targetFor(const HostOptions &o, const jobs::HostFactory &hosts)
{
    if (o.demo) {
        const QString id = o.scenarioId.isEmpty() ? hosts.defaultDemoScenario() : o.scenarioId;
        if (!hosts.demoScenario(id)) {
            printError(Tr::tr("host: no demo scenario \"%1\" (see host --list-scenarios)").arg(id));
            return std::nullopt;
        }
        jobs::HostTarget target = jobs::HostTarget::demo(id, o.speed);
        if (o.demoMachineGiven) {
            if (const auto problem = jobs::HostTarget::checkMachineName(o.machine)) {
                printError(QStringLiteral("host: --demo=%1/…: ").arg(id) + *problem);
                return std::nullopt;
            }
            target.machine = o.machine;
        }
        return target;
    }
    if (!o.target.isEmpty()) {
        QString error;
        auto ssh = jobs::HostTarget::fromSshUrl(o.target, &error);
        if (!ssh)
            printError(Tr::tr("host: --target: %1").arg(error));
        else
            ssh->ssh.identityFile = o.identity;
        return ssh;
    }
    if (jobs::localPowerShellAvailable())
        return jobs::HostTarget::local();
    printError(Tr::tr("host: this computer has no Windows PowerShell; use --demo=SCENARIO or --target "
                      "ssh://USER@HOST"));
    return std::nullopt;
}

// Journal files the runner found damaged (moved aside) or unreadable when it opened the host, on stderr.
// False when this command must not run: a deploy or provision would start over past an entry that may
// be its own interrupted job.
bool reportJournalProblems(const QList<jobs::JournalProblem> &problems, Action action)
{
    bool unreadable = false;
    for (const jobs::JournalProblem &p : problems) {
        if (!p.movedTo.isEmpty()) {
            printError(Tr::tr("the resume journal %1 is damaged (%2); it is moved aside to %3, and its job "
                              "starts over.")
                           .arg(p.file, p.error, p.movedTo));
        } else {
            unreadable = true;
            printError(Tr::tr("the resume journal %1 cannot be read (%2); make it readable, or move it away "
                              "to start over.")
                           .arg(p.file, p.error));
        }
    }
    return !unreadable || (action != Action::Deploy && action != Action::Provision);
}

// Opens the host on the runner's thread and waits for it here (the command has no window to keep alive).
bool openHost(jobs::HostJobRunner &runner, const jobs::HostTarget &target)
{
    QString error;
    if (!runner.open(target, &error)) {
        printError(error);
        return false;
    }
    QEventLoop loop;
    QObject::connect(&runner, &jobs::HostJobRunner::opened, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &jobs::HostJobRunner::openFailed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    loop.exec();
    if (!runner.isOpen()) {
        printError(error);
        return false;
    }
    return true;
}

// Provisioning: the plan first, the options on top, the demo's enrollment as the demo default.
bool applyProvisioningOptions(const HostOptions &o, plan::ProvisioningSettings &prov,
                              const std::optional<jobs::DemoDps> &demo)
{
    if (!o.provisioningType.isEmpty()) {
        prov.type = plan::provisioningTypeFromKey(o.provisioningType);
        if (prov.type == plan::ProvisioningType::Unknown) {
            printError(Tr::tr("host: unknown provisioning type \"%1\"").arg(o.provisioningType));
            return false;
        }
    }
    if (prov.type == plan::ProvisioningType::Unknown)
        prov.type = plan::ProvisioningType::DpsSymmetricKey;
    if (o.scope)
        prov.idScope = *o.scope;
    if (o.registrationId)
        prov.registrationId = *o.registrationId;
    if (o.globalEndpoint)
        prov.globalEndpoint = *o.globalEndpoint;
    if (o.group)
        prov.keySource = plan::SymmetricKeySource::GroupEnrollment;
    if (prov.type == plan::ProvisioningType::DpsSymmetricKey &&
        prov.keySource == plan::SymmetricKeySource::Unknown)
        prov.keySource = plan::SymmetricKeySource::IndividualEnrollment;
    if (demo && prov.type == plan::ProvisioningType::DpsSymmetricKey) {
        const bool group = prov.keySource == plan::SymmetricKeySource::GroupEnrollment;
        if (prov.idScope.isEmpty())
            prov.idScope = demo->idScope;
        // No endpoint in the plan: in the demo world the global endpoint is the local DPS, whose port
        // changes from run to run (a resumed job must not carry an old one).
        if (prov.registrationId.isEmpty())
            prov.registrationId = group ? QStringLiteral("edge-demo-01") : demo->individualRegistrationId;
        if (group && prov.enrollmentGroupId.isEmpty())
            prov.enrollmentGroupId = demo->groupId;
    }
    return true;
}

int runProbe(jobs::HostJobRunner &runner, const plan::DeploymentPlan &plan, const HostOptions &o)
{
    jobs::JobProgress *job = runner.startProbe(plan);
    JobPrinter printer(*job, o.quiet || o.json, o.json ? err() : out());
    const jobs::PipelineResult result = waitForJob(*job);
    const jobs::HostJobState &state = job->state();
    if (!state.facts) {
        printFailure(result, state, o);
        return exitCodeFor(result, state);
    }
    if (o.json) {
        QJsonObject json{{QStringLiteral("target"), runner.host()->description},
                         {QStringLiteral("facts"), host::hostFactsToJson(*state.facts)},
                         {QStringLiteral("evaluation"), evaluationToJson(state.evaluation)}};
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out() << Qt::endl << formatHostFacts(*state.facts) << Qt::endl << formatEvaluation(state.evaluation);
    }
    // 0: the wizard can deploy here (perhaps after the actions listed); 5: it cannot.
    return state.evaluation.verdict == host::TargetVerdict::Unsupported ? ExitUnsupported : ExitOk;
}

int runStatus(jobs::HostJobRunner &runner, const plan::DeploymentPlan &plan, const HostOptions &o)
{
    jobs::JobProgress *job = runner.startStatus(plan.release);
    JobPrinter printer(*job, true, o.json ? err() : out());
    const jobs::PipelineResult result = waitForJob(*job);
    if (result.outcome == jobs::PipelineOutcome::Cancelled)
        return ExitCancelled;
    const jobs::HostJobState &state = job->state();
    // Not "there is no VM": the file that says whether there is one could not be used.
    if (const auto code = stateFileExitCode(state.lastFailure)) {
        printError(state.lastFailure.error);
        return *code;
    }
    if (o.json)
        out() << QJsonDocument(statusToJson(state)).toJson(QJsonDocument::Indented);
    else
        out() << Qt::endl << formatStatus(state);
    QString why;
    if (!isRuntimeHealthy(state, &why)) {
        printError(Tr::tr("IoT Edge is not healthy: %1").arg(why));
        return ExitFailure;
    }
    return ExitOk;
}

// The interrupted job of this kind, unless --fresh abandons it; the plan becomes the journalled one.
// nullopt in *resume when there is none; false after printing why it cannot be resumed.
bool takeResume(jobs::HostJobRunner &runner, const HostOptions &o, const QString &kind,
                plan::DeploymentPlan &plan, std::optional<jobs::JournalEntry> *resume)
{
    const QList<jobs::JournalEntry> pending = runner.pendingJobs(kind);
    if (pending.isEmpty())
        return true;
    const jobs::JournalEntry &entry = pending.constFirst();
    if (o.fresh) {
        runner.abandon(entry.jobId);
        out() << Tr::tr("The interrupted %1 from %2 is abandoned; starting over.")
                     .arg(kind, entry.createdAt.toLocalTime().toString(Qt::ISODate))
              << Qt::endl;
        return true;
    }
    QString error;
    auto journalled = plan::planFromJson(entry.plan.value(QStringLiteral("plan")).toObject(), &error);
    if (!journalled) {
        printError(
            Tr::tr("the interrupted %1 cannot be resumed (%2); run again with --fresh").arg(kind, error));
        return false;
    }
    if (plan::planToJson(*journalled) != plan::planToJson(plan))
        out() << Tr::tr("Note: the interrupted job continues with the settings it started with; run with "
                        "--fresh to use the ones given now.")
              << Qt::endl;
    plan = *journalled;
    *resume = entry;
    return true;
}

// What the wizard's Settings page pre-fills (WAC's defaults) where the plan leaves it open.
void fillVmDefaults(plan::DeploymentPlan &plan)
{
    const plan::ReleaseLimits defaults = plan::limitsFor(plan.release);
    if (plan.vm.cpuCount == 0)
        plan.vm.cpuCount = defaults.cpuDefault;
    if (plan.vm.memoryMb == 0)
        plan.vm.memoryMb = defaults.memoryDefaultMb;
}

// The checks the wizard's pages make, for the plan this command runs; false after printing them. The
// probe evaluates the host against the settings deploy would use, so it checks them as deploy does
// (issue 14 item 8), without the licence: a probe installs nothing.
bool checkPlanFor(Action action, const plan::DeploymentPlan &plan)
{
    QList<plan::Problem> relevant;
    if (action == Action::Deploy) {
        relevant = plan::checkPlan(plan, plan::HostLimits{});
    } else if (action == Action::Probe) {
        relevant = plan::checkSettings(plan, plan::HostLimits{});
    } else {
        for (const plan::Problem &p : plan::validateProvisioning(plan.provisioning, plan.release))
            // The secret reference is for the wizard's keychain; here the key comes from a file or stdin.
            if (p.field != plan::Field::SecretRef)
                relevant << p;
    }
    for (const plan::Problem &p : relevant)
        printError(p.message);
    return relevant.isEmpty();
}

void printResumeNote(const QString &kind, const jobs::JournalEntry &resume)
{
    QStringList done;
    for (const jobs::JournalStep &s : resume.completedSteps())
        done << s.id;
    out() << Tr::tr("Resuming the %1 interrupted on %2; already done: %3.")
                 .arg(kind, resume.updatedAt.toLocalTime().toString(Qt::ISODate),
                      done.isEmpty() ? Tr::tr("nothing") : done.join(QStringLiteral(", ")))
          << Qt::endl;
}

void printDeployed(const jobs::HostJobState &state)
{
    const QJsonObject &d = state.deployResult;
    // A resumed deploy whose Deploy-Eflow ran in an earlier process has only what verify read now.
    QString vmName = d.value(QStringLiteral("vmName")).toString();
    if (vmName.isEmpty() && state.vm)
        vmName = state.vm->vmName;
    QString ip = d.value(QStringLiteral("ip4Address")).toString();
    if (ip.isEmpty())
        ip = state.vmInfo.value(QStringLiteral("ip4Address")).toString();
    if (d.value(QStringLiteral("alreadyDeployed")).toBool() && !vmName.isEmpty())
        out()
            << Tr::tr("The EFLOW virtual machine %1 already existed; nothing was deployed twice.").arg(vmName)
            << Qt::endl;
    else if (!vmName.isEmpty() && !ip.isEmpty())
        out() << Tr::tr("Deployed: virtual machine %1, IP address %2.").arg(vmName, ip) << Qt::endl;
    else if (!vmName.isEmpty())
        out() << Tr::tr("Deployed: virtual machine %1.").arg(vmName) << Qt::endl;
    else
        out() << Tr::tr("Deployed.") << Qt::endl; // never a sentence with empty blanks (issue 14 item 6)
}

void printSuccess(Action action, const jobs::HostJobState &state)
{
    if (action == Action::Deploy) {
        printDeployed(state);
        return;
    }
    out() << Qt::endl << formatStatus(state);
    out() << Tr::tr("Provisioned.") << Qt::endl;
}

// Deploy and provision: journalled, resumable.
int runJournalled(jobs::HostJobRunner &runner, plan::DeploymentPlan plan, const HostOptions &o)
{
    if (o.action == Action::Deploy)
        fillVmDefaults(plan);
    const QString kind = o.action == Action::Deploy ? jobs::deployJobKind() : jobs::provisionJobKind();
    std::optional<jobs::JournalEntry> resume;
    if (!takeResume(runner, o, kind, plan, &resume))
        return ExitFailure;
    if (!checkPlanFor(o.action, plan))
        return ExitInvalidInput;

    // The key is read before anything runs: a typo fails here, not after ten minutes of waiting.
    std::optional<host::ProvisioningSecret> secret;
    if (o.action == Action::Provision) {
        SecretSource source;
        source.keyFile = o.keyFile;
        source.demo = runner.host()->demo;
        // --secret-ref, else the plan's reference to a remembered key (a "session:" mark is the wizard's).
        source.secretRef = o.secretRef;
        if (source.secretRef.isEmpty() && !o.keyStdin && o.keyFile.isEmpty() &&
            plan.provisioning.secretRef.startsWith(QLatin1String("keychain:")))
            source.secretRef = plan.provisioning.secretRef;
        source.fromStdin =
            o.keyStdin || (!source.demo && source.keyFile.isEmpty() && source.secretRef.isEmpty());
        source.group = plan.provisioning.keySource == plan::SymmetricKeySource::GroupEnrollment;
        QString error;
        secret = readProvisioningSecret(source, plan.provisioning, &error);
        if (!secret) {
            printError(error);
            return ExitInvalidInput;
        }
    }
    const QString resumeId = resume ? resume->jobId : QString();
    if (resume)
        printResumeNote(kind, *resume);
    jobs::JobProgress *job =
        o.action == Action::Deploy
            ? runner.startDeploy(plan, resumeId)
            : runner.startProvision(
                  plan, std::move(secret), Tr::tr("the key was already used"),
                  runner.host()->demo ? jobs::HostJobTiming{qMax(50, int(2000 / qMax(o.speed, 0.01))), 300000}
                                      : jobs::HostJobTiming{},
                  resumeId);
    JobPrinter printer(*job, o.quiet, out());
    const jobs::PipelineResult result = waitForJob(*job);
    if (result.outcome != jobs::PipelineOutcome::Succeeded) {
        printFailure(result, job->state(), o);
        return exitCodeFor(result, job->state());
    }
    printSuccess(o.action, job->state());
    return ExitOk;
}

// `host trust`: the key is scanned again and must have the fingerprint the technician compared.
int runTrust(const HostOptions &o)
{
    if (!o.fingerprint.startsWith(QLatin1String("SHA256:"))) {
        printError(Tr::tr("host: --fingerprint takes the SHA256:… fingerprint ssh shows, not \"%1\"")
                       .arg(o.fingerprint));
        return ExitUsage;
    }
    QString error;
    const auto target = jobs::HostTarget::fromSshUrl(o.target, &error);
    if (!target) {
        printError(Tr::tr("host: --target: %1").arg(error));
        return ExitUsage;
    }
    const QString file = host::SshKnownHosts::defaultFile();
    if (!host::SshKnownHosts::trust(file, target->ssh.host, target->ssh.port, o.fingerprint, &error)) {
        printError(error);
        return ExitFailure;
    }
    out() << Tr::tr("The host key of %1 (%2) is trusted; the wizard keeps it in %3.")
                 .arg(target->toString(), o.fingerprint, file)
          << Qt::endl;
    return ExitOk;
}

QStringList scenarioLines(const jobs::HostFactory &hosts)
{
    QStringList lines;
    for (const jobs::DemoScenarioInfo &s : hosts.demoScenarios())
        lines << leftJustifiedToWidth(s.id, 18) + QLatin1Char(' ') + s.title;
    return lines;
}

} // namespace

int runHost(const QStringList &rawArguments)
{
    const std::shared_ptr<jobs::HostFactory> hosts = makeHostFactory();
    const HostOptionsParse parse = parseHostOptions(rawArguments, scenarioLines(*hosts));
    if (!parse.options)
        return parse.exitCode;
    const HostOptions &o = *parse.options;
    if (o.action == Action::Trust)
        return runTrust(o);
    int exitCode = ExitOk;
    std::optional<plan::DeploymentPlan> plan = planFor(o, &exitCode);
    if (!plan)
        return exitCode;
    if (o.action == Action::Probe) {
        fillVmDefaults(*plan);
        if (!checkPlanFor(o.action, *plan))
            return ExitInvalidInput;
    }
    const std::optional<jobs::HostTarget> target = targetFor(o, *hosts);
    if (!target)
        return ExitUsage;

    // The host, opened by the same runner the wizard uses.
    jobs::HostJobRunner runner(hosts);
    bool journalWarned = false;
    QObject::connect(&runner, &jobs::HostJobRunner::journalWriteFailed, &runner,
                     [&journalWarned](const QString &error) {
                         if (std::exchange(journalWarned, true))
                             return;
                         printError(Tr::tr("warning: the resume journal cannot be written (%1); if this job "
                                           "is interrupted, it cannot continue where it stopped.")
                                        .arg(error));
                     });
    if (!openHost(runner, *target))
        return ExitFailure;
    if (!o.json)
        out() << Tr::tr("Target: %1").arg(runner.host()->description) << Qt::endl;
    if (!reportJournalProblems(runner.host()->journalProblems, o.action))
        return ExitIoError;
    if (!applyProvisioningOptions(o, plan->provisioning, runner.host()->demo))
        return ExitUsage;

    switch (o.action) {
    case Action::Probe:
        return runProbe(runner, *plan, o);
    case Action::Status:
        return runStatus(runner, *plan, o);
    case Action::Deploy:
    case Action::Provision:
        return runJournalled(runner, *plan, o);
    case Action::Trust:
    case Action::Unknown:
        break;
    }
    return ExitUsage;
}

} // namespace eflow::app
