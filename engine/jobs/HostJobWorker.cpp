#include "engine/jobs/HostJobWorker.h"

#include <QCoreApplication>
#include <QTimer>

#include "engine/dps/DpsDeviceClient.h"
#include "engine/dps/DpsTransport.h"
#include "engine/jobs/RestartJob.h"

namespace eflow::jobs {

namespace {

struct HostJobWorkerTr
{
    Q_DECLARE_TR_FUNCTIONS(HostJobRunner)
};

bool isJournalled(const QString &kind)
{
    return kind == deployJobKind() || kind == provisionJobKind();
}

} // namespace

HostJobWorker::HostJobWorker(std::shared_ptr<const HostFactory> hosts, QString journalDirectory)
    : m_hosts(std::move(hosts))
    // A child, so that moveToThread() takes the journal along: its writes must happen on the worker
    // thread, in step with the pipeline (Journal::attach connects directly).
    , m_journal(journalDirectory.isEmpty() ? Journal::defaultDirectory() : journalDirectory, this)
{
    connect(&m_journal, &Journal::writeFailed, this, &HostJobWorker::journalWriteFailed);
}

HostJobWorker::~HostJobWorker()
{
    shutdown();
}

void HostJobWorker::shutdown()
{
    // Pipelines cancel their running step without signals when destroyed (the step's cleanup stops
    // its process or reply); the operations and the DPS client go before the host they talk to.
    m_jobs.clear();
    if (m_logs) {
        m_logs->disconnect(this);
        delete m_logs;
        m_logs = nullptr;
    }
    for (auto &[tag, op] : m_operations) {
        op->disconnect(this);
        delete op;
    }
    m_operations.clear();
    if (m_dpsClient) {
        m_dpsClient->disconnect(this);
        delete m_dpsClient;
        m_dpsClient = nullptr;
    }
    if (m_verifier) {
        m_verifier->disconnect(this);
        delete m_verifier; // aborts its request without finished()
        m_verifier = nullptr;
    }
    m_session.close();
}

QList<JournalEntry> HostJobWorker::pendingJobs() const
{
    QList<JournalEntry> pending;
    if (!m_session.isOpen())
        return pending;
    const QString target = m_session.describe();
    for (const JournalEntry &entry : m_journal.pendingJobs()) {
        if (isJournalled(entry.kind) && snapshotIsFor(entry.plan, m_targetId, target))
            pending << entry;
    }
    return pending;
}

void HostJobWorker::open(const HostTarget &target)
{
    shutdown();
    // "demo" is the default scenario's machine: one id for one machine, however it was named.
    HostTarget named = target;
    if (named.kind == HostTarget::Kind::Demo && named.scenarioId.isEmpty() && m_hosts)
        named.scenarioId = m_hosts->defaultDemoScenario();
    m_targetId = named.toString();
    QString error;
    if (!m_hosts || !m_session.open(*m_hosts, target, &error)) {
        emit openFailed(error.isEmpty() ? HostJobWorkerTr::tr("No target device was chosen.") : error);
        return;
    }
    // "Check with DPS" and the demo's local DPS need TLS; loading it here keeps it off the window's thread.
    dps::preloadTls();
    HostInfo info;
    info.target = target;
    info.description = m_session.describe();
    info.demo = m_session.demo();
    info.journalProblems = m_journal.setAsideDamaged();
    info.pending = pendingJobs();
    emit opened(info);
}

void HostJobWorker::close()
{
    shutdown();
}

QList<Step> HostJobWorker::stepsFor(JobRequest &request, const std::shared_ptr<HostJobState> &state) const
{
    host::HostBackend *backend = m_session.backend();
    if (request.kind == deployJobKind())
        return deploySteps(backend, request.plan, state, request.deployOptions);
    if (request.kind == restartJobKind())
        return restartSteps(backend, state, request.timing);
    if (request.kind == provisionJobKind()) {
        return provisionSteps(backend, request.plan,
                              oneTimeSecret(std::move(request.secret), request.secretUsedError), state,
                              request.timing);
    }
    if (request.kind == probeJobKind())
        return probeSteps(backend, request.plan, state);
    return statusSteps(backend, request.plan.release, state);
}

bool HostJobWorker::journal(Pipeline &pipeline, const JobRequest &request, const QList<Step> &steps,
                            QString *error)
{
    QString jobId;
    if (!request.resumeJobId.isEmpty()) {
        JournalEntry entry = m_journal.load(request.resumeJobId);
        // Every step done: the process ended between the last "done" and the removal of the entry. The
        // job's closing checks only read the host, so they run again: the job ends by checking the host,
        // with values to show, rather than with nothing (issue 14 item 6).
        if (!entry.steps.isEmpty() && entry.completedSteps().size() == entry.steps.size()) {
            const QStringList recheck = recheckStepIds(request.kind);
            for (JournalStep &s : entry.steps)
                if (recheck.contains(s.id))
                    s.state = StepState::Pending;
        }
        if (!Journal::restore(pipeline, entry)) {
            *error = HostJobWorkerTr::tr("The interrupted %1 was made by another version and cannot be "
                                         "resumed; start it over.")
                         .arg(request.kind);
            return false;
        }
        jobId = entry.jobId;
    } else {
        jobId = m_journal.begin(
            request.kind,
            journalPlanSnapshot(request.plan, m_session.describe(), request.deployOptions, m_targetId),
            stepIds(steps));
    }
    if (!jobId.isEmpty())
        m_journal.attach(&pipeline, jobId);
    return true;
}

void HostJobWorker::failWithoutHost(std::uint64_t id, const QString &message)
{
    emit jobSteps(id, {});
    PipelineResult result;
    result.outcome = PipelineOutcome::Failed;
    result.message = message;
    emit jobFinished(id, result, HostJobState{});
}

void HostJobWorker::startJob(std::uint64_t id, JobRequest request)
{
    if (!m_session.isOpen()) {
        failWithoutHost(id, HostJobWorkerTr::tr("No target device was chosen."));
        return;
    }
    // One job of a kind at a time: a finished one of the same kind makes room for the new one.
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->second.kind == request.kind && !it->second.pipeline->isRunning())
            it = m_jobs.erase(it);
        else
            ++it;
    }
    Job job;
    job.kind = request.kind;
    job.state = std::make_shared<HostJobState>();
    const QList<Step> steps = stepsFor(request, job.state);
    request.secret.reset(); // the provider holds the only copy now
    job.pipeline = std::make_unique<Pipeline>(steps);
    if (isJournalled(request.kind)) {
        QString error;
        if (!journal(*job.pipeline, request, steps, &error)) {
            failWithoutHost(id, error);
            return;
        }
    }
    Job &stored = m_jobs[id] = std::move(job);
    bind(id, stored);
    Pipeline *pipeline = stored.pipeline.get();
    QList<JobStepInfo> infos;
    for (int i = 0; i < pipeline->stepCount(); ++i)
        infos << JobStepInfo{pipeline->step(i).id, pipeline->step(i).title, pipeline->stepState(i),
                             pipeline->step(i).weight};
    emit jobSteps(id, infos);
    pipeline->start();
}

void HostJobWorker::bind(std::uint64_t id, Job &job)
{
    Pipeline *pipeline = job.pipeline.get();
    connect(pipeline, &Pipeline::stepStateChanged, this, [this, id, pipeline](int index, StepState state) {
        emit jobStepState(id, index, state, pipeline->stepError(index));
    });
    connect(pipeline, &Pipeline::stepProgress, this,
            [this, id](int index, int percent) { emit jobProgress(id, index, percent); });
    connect(pipeline, &Pipeline::logLine, this,
            [this, id](int index, const QString &line) { emit jobLine(id, index, line); });
    std::shared_ptr<HostJobState> state = job.state;
    const bool journalled = isJournalled(job.kind);
    // The journal has recorded the end already (it was attached first): what is pending is known before
    // the job's end is announced, so a client reading it then sees the new state.
    connect(pipeline, &Pipeline::finished, this, [this, id, state, journalled](const PipelineResult &result) {
        if (journalled)
            emit pendingChanged(pendingJobs());
        emit jobFinished(id, result, *state);
    });
}

void HostJobWorker::cancelJob(std::uint64_t id)
{
    const auto it = m_jobs.find(id);
    if (it != m_jobs.end())
        it->second.pipeline->cancel();
}

void HostJobWorker::retryJob(std::uint64_t id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second.pipeline->retry()) {
        PipelineResult result;
        result.outcome = PipelineOutcome::Failed;
        result.message = HostJobWorkerTr::tr("This job can no longer be retried; start it again.");
        emit jobFinished(id, result, it == m_jobs.end() ? HostJobState{} : *it->second.state);
    }
}

void HostJobWorker::abandon(const QString &journalJobId)
{
    m_journal.abandon(journalJobId);
    emit pendingChanged(pendingJobs());
}

void HostJobWorker::checkWithDps(const plan::ProvisioningSettings &settings, crypto::SecureBytes key)
{
    cancelDpsCheck();
    dps::DpsDeviceClientOptions options;
    if (const auto demo = m_session.demo())
        options = demo->deviceClientOptions;
    else if (!settings.globalEndpoint.isEmpty())
        options.endpoint = QUrl(settings.globalEndpoint);
    auto *client = new dps::DpsDeviceClient(options, this);
    m_dpsClient = client;
    connect(client, &dps::DpsDeviceClient::finished, this, [this, client](const dps::DpsOutcome &outcome) {
        if (m_dpsClient == client)
            m_dpsClient = nullptr;
        client->deleteLater();
        emit dpsChecked(outcome);
    });
    // An empty key (it was not base64) is reported by the client through finished().
    client->registerDevice(settings.idScope, settings.registrationId, std::move(key));
}

void HostJobWorker::cancelDpsCheck()
{
    if (m_dpsClient)
        m_dpsClient->cancel(); // finished(Cancelled) follows and is passed on
}

void HostJobWorker::verifyEnrollment(std::uint64_t id, crypto::SecureBytes serviceConnection,
                                     const QString &registrationId, const QString &enrollmentGroupId,
                                     const dps::DpsServiceClientOptions &options)
{
    if (m_verifier) {
        m_verifier->disconnect(this);
        m_verifier->deleteLater(); // a newer question replaces it: no answer for the old one
    }
    auto *verifier = new dps::EnrollmentVerifier(this);
    m_verifier = verifier;
    connect(verifier, &dps::EnrollmentVerifier::finished, this,
            [this, verifier, id](const dps::EnrollmentVerification &verification) {
                if (m_verifier == verifier)
                    m_verifier = nullptr;
                verifier->deleteLater();
                emit enrollmentVerified(id, verification);
            });
    verifier->verify(std::move(serviceConnection), registrationId, enrollmentGroupId, options);
}

void HostJobWorker::cancelVerification()
{
    if (m_verifier)
        m_verifier->cancel(); // finished(Cancelled) follows and is passed on
}

void HostJobWorker::fetchLogs(plan::EflowRelease release, int lines)
{
    if (m_logs)
        return;
    host::HostBackend *backend = m_session.backend();
    host::HostOperation *op = backend ? backend->logs(release, lines) : nullptr;
    if (!op) {
        host::HostOperationResult result;
        result.outcome = host::HostOperationResult::Outcome::Failed;
        result.error = HostJobWorkerTr::tr("No target device was chosen.");
        emit logsFetched(result);
        return;
    }
    op->setParent(this);
    m_logs = op;
    connect(op, &host::HostOperation::finished, this, [this, op]() {
        m_logs = nullptr;
        const host::HostOperationResult result = op->result();
        op->deleteLater();
        emit logsFetched(result);
    });
}

void HostJobWorker::runOperation(const QString &tag,
                                 const std::function<host::HostOperation *(host::HostBackend &)> &start)
{
    host::HostBackend *backend = m_session.backend();
    host::HostOperation *op = backend && !m_operations.count(tag) ? start(*backend) : nullptr;
    if (!op) {
        host::HostOperationResult result;
        result.outcome = host::HostOperationResult::Outcome::Failed;
        result.error = HostJobWorkerTr::tr("No target device was chosen.");
        emit operationFinished(tag, result);
        return;
    }
    op->setParent(this);
    m_operations[tag] = op;
    connect(op, &host::HostOperation::finished, this, [this, tag, op]() {
        m_operations.erase(tag);
        const host::HostOperationResult result = op->result();
        op->deleteLater();
        emit operationFinished(tag, result);
    });
}

void HostJobWorker::cancelOperation(const QString &tag)
{
    const auto it = m_operations.find(tag);
    if (it != m_operations.end())
        it->second->cancel(); // finished(Cancelled) follows and is passed on
}

} // namespace eflow::jobs
