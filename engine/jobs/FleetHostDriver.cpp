#include "engine/jobs/FleetHostDriver.h"

#include <QCoreApplication>

#include "engine/crypto/DeviceKey.h"
#include "engine/dps/EnrollmentVerifier.h"
#include "engine/jobs/FleetPlan.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/plan/PlanFile.h"
#include "engine/support/Redactor.h"

namespace eflow::jobs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetRun)
};

// The share of a host's progress bar each phase takes: creating the VM dominates.
constexpr int kDeployEnd = 70;
constexpr int kProvisionEnd = 95;

} // namespace

FleetHostDriver::FleetHostDriver(FleetHostInputs inputs, QObject *parent)
    : QObject(parent)
    , m_inputs(std::move(inputs))
    , m_result(m_inputs.previous)
{}

FleetHostDriver::~FleetHostDriver()
{
    // The runner cancels its jobs and its verification and ends its thread (bounded) when it goes.
    delete m_runner;
}

void FleetHostDriver::start()
{
    m_clock.start();
    m_result.outcome = FleetOutcome::Running;
    m_result.cause.clear();
    m_result.fix.clear();
    m_result.finishedAt = QDateTime();
    setPhase(QStringLiteral("open"));
    m_stepTitle = Tr::tr("Connect to the host");
    m_runner = new HostJobRunner(m_inputs.hosts, m_inputs.journalDirectory);
    connect(m_runner, &HostJobRunner::opened, this, &FleetHostDriver::onOpened);
    connect(m_runner, &HostJobRunner::openFailed, this, [this](const QString &error) {
        finish(FleetOutcome::Failed, error,
               Tr::tr("Check that the host is reachable and the target is right."));
    });
    connect(m_runner, &HostJobRunner::journalWriteFailed, this, [this](const QString &error) {
        m_lastLine = Tr::tr("The resume journal cannot be written (%1): this host cannot resume.").arg(error);
        emit changed();
    });
    QString error;
    if (!m_runner->open(m_inputs.target, &error))
        finish(FleetOutcome::Failed, error, Tr::tr("Correct the target in the fleet file."));
    emit changed();
}

QPointer<QThread> FleetHostDriver::retireRunner()
{
    return HostJobRunner::retire(std::exchange(m_runner, nullptr));
}

void FleetHostDriver::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_job && m_job->isRunning())
        m_job->cancel(); // finished(Cancelled) follows
    else if (m_runner && m_runner->isVerifying())
        m_runner->cancelVerification(); // enrollmentVerified(Cancelled) follows
    else if (!m_runner || !m_runner->isOpening())
        finish(FleetOutcome::Cancelled);
    // Opening: onOpened() sees the flag.
}

void FleetHostDriver::onOpened()
{
    if (m_cancelled) {
        finish(FleetOutcome::Cancelled);
        return;
    }
    const HostInfo &info = *m_runner->host();
    for (const JournalProblem &p : info.journalProblems) {
        if (p.movedTo.isEmpty()) {
            finish(FleetOutcome::Failed,
                   Tr::tr("The resume journal %1 cannot be read (%2).").arg(p.file, p.error),
                   Tr::tr("Make it readable, or move it away to start this host over."));
            return;
        }
    }
    completeFleetProvisioning(m_inputs.plan, info.demo);
    if (const QStringList problems = fleetPlanProblems(m_inputs.plan, false); !problems.isEmpty()) {
        finish(FleetOutcome::Failed, problems.join(QLatin1Char(' ')),
               Tr::tr("Correct the plan or this host's row in the fleet file."));
        return;
    }
    if (m_result.deployed)
        provision();
    else
        deploy();
}

// The interrupted job of kind on this host: its id in *resumeId and its plan taken over. A sentence when
// the journalled plan cannot be read (the job must then be started over by hand).
std::optional<QString> FleetHostDriver::takeResume(const QString &kind, QString *resumeId)
{
    const QList<JournalEntry> pending = m_runner->pendingJobs(kind);
    if (pending.isEmpty())
        return std::nullopt;
    const JournalEntry &entry = pending.constFirst();
    QString error;
    const auto journalled = plan::planFromJson(entry.plan.value(QStringLiteral("plan")).toObject(), &error);
    if (!journalled)
        return Tr::tr("The interrupted %1 cannot be resumed: %2").arg(kind, error);
    m_inputs.plan = *journalled;
    completeFleetProvisioning(m_inputs.plan, m_runner->host()->demo);
    *resumeId = entry.jobId;
    m_lastLine = Tr::tr("Resuming the interrupted %1.").arg(kind);
    return std::nullopt;
}

void FleetHostDriver::deploy()
{
    setPhase(QStringLiteral("deploy"));
    QString resumeId;
    if (const auto problem = takeResume(deployJobKind(), &resumeId)) {
        finish(FleetOutcome::Failed, *problem, Tr::tr("Abandon it with eflow-wizard host deploy --fresh."));
        return;
    }
    JobProgress *job = m_runner->startDeploy(m_inputs.plan, resumeId);
    watch(job, 0, kDeployEnd, QStringLiteral("deploy"), &m_result.deployed);
    connect(job, &JobProgress::finished, this,
            [this, job](const PipelineResult &result) { onJobFinished(job, result, true); });
}

void FleetHostDriver::provision()
{
    setPhase(QStringLiteral("provision"));
    QString resumeId;
    if (const auto problem = takeResume(provisionJobKind(), &resumeId)) {
        finish(FleetOutcome::Failed, *problem,
               Tr::tr("Abandon it with eflow-wizard host provision --fresh."));
        return;
    }
    if (resumeId.isEmpty() && m_result.provisioned) {
        // Provision-EflowVm succeeded in an earlier run and its job ended: only the checks are left.
        recheckRuntime(false);
        return;
    }
    if (resumeId.isEmpty() && m_inputs.previous.phase == QLatin1String("provision") && !m_recheckedRuntime) {
        // An earlier run was provisioning and left no journal entry: its job may have ended a moment before
        // the mark reached the disk. The host says whether it runs already, before it is provisioned again.
        recheckRuntime(true);
        return;
    }
    startProvision(resumeId);
}

void FleetHostDriver::startProvision(const QString &resumeId)
{
    QString error;
    std::optional<host::ProvisioningSecret> secret;
    // A resumed job past Provision-EflowVm needs no key; one before it asks for it again.
    secret = deviceSecret(&error);
    if (!secret) {
        finish(FleetOutcome::Failed, error, Tr::tr("Give the enrollment group's key with --group-key."));
        return;
    }
    JobProgress *job = m_runner->startProvision(
        m_inputs.plan, std::move(secret), Tr::tr("the derived key was already used"), timing(), resumeId);
    watch(job, kDeployEnd, kProvisionEnd, QStringLiteral("provision"), &m_result.provisioned);
    connect(job, &JobProgress::finished, this,
            [this, job](const PipelineResult &result) { onJobFinished(job, result, false); });
}

// Provisioned in an earlier run whose provision job had ended: the status reads say whether the runtime
// runs (nothing is provisioned again).
void FleetHostDriver::recheckRuntime(bool provisionUnlessRunning)
{
    m_recheckedRuntime = true;
    JobProgress *job = m_runner->startStatus(m_inputs.plan.release);
    watch(job, kDeployEnd, kProvisionEnd, {}, nullptr);
    connect(job, &JobProgress::finished, this, [this, job, provisionUnlessRunning](const PipelineResult &) {
        m_job = nullptr;
        if (m_cancelled) {
            finish(FleetOutcome::Cancelled);
            return;
        }
        const HostJobState &state = job->state();
        bool running = false;
        if (state.modules)
            for (const host::IotEdgeModule &m : state.modules->modules)
                running = running ||
                          (m.name == QLatin1String("edgeAgent") && m.status == host::ModuleStatus::Running);
        if (!running && provisionUnlessRunning) {
            startProvision({});
            return;
        }
        if (running && provisionUnlessRunning) {
            m_lastLine = Tr::tr("IoT Edge runs already: the earlier provisioning ended; it is not repeated.");
            m_result.provisioned = true;
            emit marked();
        }
        if (!running) {
            finish(
                FleetOutcome::Failed, Tr::tr("The device was provisioned, but edgeAgent is not running."),
                Tr::tr("Look at the host's overview and the runtime's log; run the fleet with --retry-failed "
                       "after fixing it."));
            return;
        }
        verify();
    });
}

std::optional<host::ProvisioningSecret> FleetHostDriver::deviceSecret(QString *error) const
{
    std::shared_ptr<const crypto::SecureBytes> group = m_inputs.groupKey;
    const std::optional<DemoDps> &demo = m_runner->host()->demo;
    if (!group && demo)
        group = demo->groupKey;
    if (!group || group->isEmpty()) {
        *error = Tr::tr("No enrollment group key was given for %1.").arg(m_inputs.target.toString());
        return std::nullopt;
    }
    QByteArray derived =
        crypto::deriveDeviceKey(group->view(), m_inputs.plan.provisioning.registrationId.toUtf8());
    if (derived.isEmpty()) {
        *error = Tr::tr("The enrollment group key is not valid base64.");
        return std::nullopt;
    }
    support::Redactor::registerSecret(QByteArrayView(derived));
    host::ProvisioningSecret secret{crypto::SecureBytes(QByteArrayView(derived))};
    crypto::wipe(derived);
    return secret;
}

HostJobTiming FleetHostDriver::timing() const
{
    if (m_inputs.target.kind != HostTarget::Kind::Demo)
        return {};
    // The demo's runtime starts at the demo's pace: poll as `host provision --demo` does.
    HostJobTiming t;
    t.runtimePollIntervalMs = qMax(50, int(2000 / qMax(m_inputs.target.speed, 0.01)));
    return t;
}

// Progress of job fills [from, to] of the host's bar; when the step markStep succeeds, *mark is set and
// marked() written before the job's end can reach the journal.
void FleetHostDriver::watch(JobProgress *job, int from, int to, const QString &markStep, bool *mark)
{
    m_job = job;
    auto update = [this, job, from, to]() {
        m_percent = from + (to - from) * job->overallPercent() / 100;
        const int current = job->currentStep();
        if (current >= 0)
            m_stepTitle = job->step(current).title;
        emit changed();
    };
    connect(job, &JobProgress::stepsChanged, this, update);
    connect(job, &JobProgress::stepProgress, this, update);
    connect(job, &JobProgress::stepStateChanged, this,
            [this, job, update, markStep, mark](int index, StepState state) {
                if (mark && state == StepState::Done && job->step(index).id == markStep) {
                    *mark = true;
                    emit marked();
                }
                update();
            });
    connect(job, &JobProgress::logLine, this, [this](int, const QString &line) {
        if (!line.trimmed().isEmpty()) {
            m_lastLine = line.trimmed().left(300);
            emit changed();
        }
    });
}

void FleetHostDriver::onJobFinished(JobProgress *job, const PipelineResult &result, bool deployJob)
{
    m_job = nullptr;
    const HostJobState &state = job->state();
    if (deployJob) {
        QString ip = state.deployResult.value(QStringLiteral("ip4Address")).toString();
        if (ip.isEmpty())
            ip = state.vmInfo.value(QStringLiteral("ip4Address")).toString();
        if (!ip.isEmpty())
            m_result.vmIp = ip;
    } else {
        const QString device = state.provisionResult.value(QStringLiteral("deviceId")).toString();
        const QString hub = state.provisionResult.value(QStringLiteral("assignedHub")).toString();
        if (!device.isEmpty())
            m_result.deviceId = device;
        if (!hub.isEmpty())
            m_result.hub = hub;
    }
    if (result.outcome == PipelineOutcome::Succeeded) {
        if (deployJob) {
            m_result.deployed = true;
            emit marked();
            provision();
        } else {
            m_result.provisioned = true;
            verify();
        }
        return;
    }
    if (result.outcome == PipelineOutcome::Cancelled || m_cancelled) {
        finish(FleetOutcome::Cancelled, Tr::tr("Stopped during \"%1\".").arg(result.stepId),
               Tr::tr("Run the fleet again: this host continues from there."));
        return;
    }
    const host::EflowErrorExplanation &why = state.lastFailure.explanation;
    const QString cause = why.isKnown() && !why.cause.isEmpty() ? why.cause : result.message;
    QString fix = why.isKnown() ? why.fix : QString();
    if (state.restartRequired) {
        finish(FleetOutcome::RestartNeeded, result.message,
               Tr::tr("Restart the host, then run the fleet again: it continues from there."));
    } else if (state.targetRefused) {
        finish(FleetOutcome::Unsupported, result.message,
               Tr::tr("Leave this host out, or change it or the plan so that it can run EFLOW."));
    } else {
        if (fix.isEmpty())
            fix = Tr::tr("Fix the cause, then run the fleet again with --retry-failed.");
        finish(FleetOutcome::Failed, cause, fix);
    }
}

void FleetHostDriver::verify()
{
    setPhase(QStringLiteral("verify"));
    m_stepTitle = Tr::tr("Verify with DPS");
    m_percent = kProvisionEnd;
    emit changed();
    std::shared_ptr<const crypto::SecureBytes> connection = m_inputs.serviceConnection;
    dps::DpsServiceClientOptions options = m_inputs.serviceOptions;
    const std::optional<DemoDps> &demo = m_runner->host()->demo;
    if (!connection && demo) {
        connection = demo->serviceConnectionString;
        options = demo->serviceClientOptions;
    }
    // On the runner's worker: the service client's CA file, TLS set-up and handshake cost the window's
    // thread milliseconds per host, and a wave of hosts reaches this step together.
    connect(m_runner, &HostJobRunner::enrollmentVerified, this, &FleetHostDriver::onVerified,
            Qt::UniqueConnection);
    m_runner->verifyEnrollment(connection ? crypto::SecureBytes(connection->view()) : crypto::SecureBytes(),
                               m_inputs.plan.provisioning.registrationId,
                               m_inputs.plan.provisioning.enrollmentGroupId, options);
}

void FleetHostDriver::onVerified(const dps::EnrollmentVerification &verification)
{
    using Kind = dps::EnrollmentVerification::Kind;
    m_result.verification = verification.sentence();
    if (verification.kind == Kind::Cancelled || m_cancelled) {
        finish(FleetOutcome::Cancelled, Tr::tr("Stopped while verifying with DPS."),
               Tr::tr("Run the fleet again: this host is only verified again."));
        return;
    }
    if (verification.kind == Kind::Assigned) {
        if (!verification.record.deviceId.isEmpty())
            m_result.deviceId = verification.record.deviceId;
        if (!verification.record.assignedHub.isEmpty())
            m_result.hub = verification.record.assignedHub;
    } else if (verification.kind == Kind::NotAssigned) {
        finish(FleetOutcome::Failed, verification.sentence(),
               Tr::tr("Check the enrollment group and this registration ID in the Azure portal."));
        return;
    }
    // Could not read, or no service connection: the runtime runs; the sentence says how to check.
    finish(FleetOutcome::Provisioned);
}

void FleetHostDriver::setPhase(const QString &phase)
{
    m_result.phase = phase;
    emit marked();
}

void FleetHostDriver::finish(FleetOutcome outcome, const QString &cause, const QString &fix)
{
    if (m_finished)
        return;
    m_finished = true;
    m_job = nullptr;
    m_result.outcome = outcome;
    m_result.cause = cause;
    m_result.fix = fix;
    if (outcome == FleetOutcome::Provisioned) {
        m_result.phase = QStringLiteral("done");
        m_percent = 100;
    }
    m_result.durationSeconds += double(elapsedMs()) / 1000.0;
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    m_stepTitle = fleetOutcomeTitle(outcome);
    emit changed();
    emit marked();
    emit finished();
}

} // namespace eflow::jobs
