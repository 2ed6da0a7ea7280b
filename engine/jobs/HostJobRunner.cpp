#include "engine/jobs/HostJobRunner.h"

#include <atomic>
#include <cerrno>
#include <utility>

#include <QCoreApplication>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <spdlog/spdlog.h>

#include "engine/crypto/OpenSslThreadState.h"
#include "engine/jobs/RestartJob.h"
#include "engine/support/Logging.h"

namespace eflow::jobs {

namespace {

struct HostJobRunnerTr
{
    Q_DECLARE_TR_FUNCTIONS(HostJobRunner)
};

// How long closing waits for the worker to stop its jobs: a killed process or an aborted reply ends in
// milliseconds; a process that ignores SIGKILL is the kernel's to end, not ours to wait for forever.
constexpr unsigned long kShutdownWaitMs = 10000;

std::atomic<int> g_workerNice{0};

// On the worker thread as it starts; nice as it was when the runner was made.
void applyWorkerNice(int nice)
{
#if defined(Q_OS_LINUX)
    // Lowered only: a process started at a higher niceness keeps it.
    if (nice > 0 && getpriority(PRIO_PROCESS, gettid()) < nice &&
        setpriority(PRIO_PROCESS, gettid(), nice) != 0)
        spdlog::debug("Could not lower the job thread's priority (errno {}).", errno);
#else
    Q_UNUSED(nice)
#endif
}

} // namespace

void HostJobRunner::setWorkerNice(int nice)
{
    g_workerNice.store(qBound(0, nice, 19));
}

HostJobRunner::HostJobRunner(std::shared_ptr<const HostFactory> hosts, const QString &journalDirectory,
                             QObject *parent)
    : QObject(parent)
    , m_hosts(std::move(hosts))
    , m_thread(new QThread)
    , m_worker(new HostJobWorker(m_hosts, journalDirectory))
{
    m_thread->setObjectName(QStringLiteral("eflow-jobs"));
    m_worker->moveToThread(m_thread);

    connect(m_worker, &HostJobWorker::opened, this, [this](const HostInfo &info) {
        if (--m_opensInFlight > 0)
            return; // a newer open() is on its way
        m_opening = false;
        m_info = info;
        emit opened();
    });
    connect(m_worker, &HostJobWorker::openFailed, this, [this](const QString &error) {
        if (--m_opensInFlight > 0)
            return;
        m_opening = false;
        m_info.reset();
        emit openFailed(error);
    });
    connect(m_worker, &HostJobWorker::pendingChanged, this, [this](const QList<JournalEntry> &pending) {
        if (!m_info)
            return;
        m_info->pending = pending;
        emit pendingChanged();
    });
    connect(m_worker, &HostJobWorker::jobSteps, this,
            [this](std::uint64_t id, const QList<JobStepInfo> &steps) {
                if (JobProgress *job = find(id))
                    job->setSteps(steps);
            });
    connect(m_worker, &HostJobWorker::jobStepState, this,
            [this](std::uint64_t id, int index, StepState state, const QString &error) {
                if (JobProgress *job = find(id))
                    job->applyStepState(index, state, error);
            });
    connect(m_worker, &HostJobWorker::jobProgress, this, [this](std::uint64_t id, int index, int percent) {
        if (JobProgress *job = find(id))
            job->applyProgress(index, percent);
    });
    connect(m_worker, &HostJobWorker::jobLine, this,
            [this](std::uint64_t id, int index, const QString &line) {
                if (JobProgress *job = find(id))
                    job->applyLine(index, line);
            });
    connect(m_worker, &HostJobWorker::jobFinished, this,
            [this](std::uint64_t id, const PipelineResult &result, const HostJobState &state) {
                if (JobProgress *job = find(id))
                    job->applyFinished(result, state);
            });
    connect(m_worker, &HostJobWorker::dpsChecked, this, [this](const dps::DpsOutcome &outcome) {
        m_checkingDps = false;
        emit dpsChecked(outcome);
    });
    connect(m_worker, &HostJobWorker::enrollmentVerified, this,
            [this](std::uint64_t id, const dps::EnrollmentVerification &verification) {
                if (id != m_verifyId)
                    return; // replaced by a newer question
                m_verifying = false;
                emit enrollmentVerified(verification);
            });
    connect(m_worker, &HostJobWorker::logsFetched, this, [this](const host::HostOperationResult &result) {
        m_fetchingLogs = false;
        emit logsFetched(result);
    });
    connect(m_worker, &HostJobWorker::operationFinished, this,
            [this](const QString &tag, const host::HostOperationResult &result) {
                m_operations.remove(tag);
                if (tag == licenseTermsTag())
                    emit licenseTermsFetched(result);
                else
                    emit operationFinished(tag, result);
            });
    connect(m_worker, &HostJobWorker::journalWriteFailed, this, &HostJobRunner::journalWriteFailed);
    // On the new thread, before any job: its hosts (the demo's CA, DPS checks) use OpenSSL, and a command
    // ends right after this runner joins the thread.
    connect(m_thread, &QThread::started, m_worker, &crypto::releaseOpenSslStateWhenThreadEnds,
            Qt::DirectConnection);
    connect(
        m_thread, &QThread::started, m_worker, [nice = g_workerNice.load()]() { applyWorkerNice(nice); },
        Qt::DirectConnection);
    m_thread->start();
}

QThread *HostJobRunner::stopWorker(bool deleteWhenFinished)
{
    // Nobody listens any more: the worker's last signals must not reach a half-destroyed runner.
    m_worker->disconnect(this);
    HostJobWorker *worker = m_worker;
    QThread *thread = std::exchange(m_thread, nullptr);
    // The worker is deleted on its own thread when the thread ends (QThread runs deferred deletes then).
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    if (deleteWhenFinished) // before the worker is asked: it may end at once
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QMetaObject::invokeMethod(worker, [worker, thread]() {
        worker->shutdown(); // cancels the pipelines, kills processes, closes the host
        thread->quit();
    });
    return thread;
}

QPointer<QThread> HostJobRunner::retire(HostJobRunner *runner)
{
    if (!runner)
        return {};
    QPointer<QThread> thread = runner->stopWorker(true);
    delete runner;
    return thread;
}

HostJobRunner::~HostJobRunner()
{
    if (!m_thread)
        return; // retired: its thread ends on its own
    QThread *thread = stopWorker(false);
    if (thread->wait(kShutdownWaitMs)) {
        delete thread;
        return;
    }
    // Still stopping after the bound: leave the thread to end on its own rather than block the window
    // or crash it; it deletes itself when it does.
    spdlog::warn("The job thread did not stop within {} ms; leaving it to finish on its own.",
                 kShutdownWaitMs);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

template<typename F>
void HostJobRunner::post(F &&call)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
}

JobProgress *HostJobRunner::find(std::uint64_t id) const
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->second.data();
}

bool HostJobRunner::open(const HostTarget &target, QString *error)
{
    if (const auto refused = m_hosts->refusal(target)) {
        if (error)
            *error = *refused;
        return false;
    }
    // Jobs on the host being closed end here: the worker drops them without a word.
    for (auto &[id, job] : m_jobs) {
        if (job && job->isRunning()) {
            PipelineResult result;
            result.outcome = PipelineOutcome::Cancelled;
            result.message = HostJobRunnerTr::tr("Another target device was opened.");
            job->applyFinished(result, job->state());
        }
    }
    m_jobs.clear();
    m_info.reset();
    m_opening = true;
    ++m_opensInFlight;
    m_checkingDps = false;
    m_verifying = false;
    ++m_verifyId; // an answer about the host being closed is not passed on
    m_fetchingLogs = false;
    m_operations.clear();
    post([worker = m_worker, target]() { worker->open(target); });
    return true;
}

QList<JournalEntry> HostJobRunner::pendingJobs(const QString &kind) const
{
    QList<JournalEntry> pending;
    if (m_info) {
        for (const JournalEntry &entry : m_info->pending) {
            if (entry.kind == kind)
                pending << entry;
        }
    }
    return pending;
}

JobProgress *HostJobRunner::start(JobRequest request)
{
    const std::uint64_t id = m_nextJob++;
    JobProgress::Requests requests;
    requests.cancel = [this, id]() {
        post([worker = m_worker, id]() { worker->cancelJob(id); });
    };
    requests.retry = [this, id]() {
        post([worker = m_worker, id]() { worker->retryJob(id); });
        return true;
    };
    auto *job = new JobProgress(request.kind, std::move(requests), this);
    if (QPointer<JobProgress> old = m_latest[request.kind]; old && !old->isRunning()) {
        // A finished job of the same kind is replaced (the worker drops its pipeline too).
        for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
            if (it->second == old) {
                m_jobs.erase(it);
                break;
            }
        }
        old->deleteLater();
    }
    m_latest[request.kind] = job;
    m_jobs[id] = job;
    // The secret moves into the queued call; from here only the worker's job holds it.
    auto shared = std::make_shared<JobRequest>(std::move(request));
    post([worker = m_worker, id, shared]() { worker->startJob(id, std::move(*shared)); });
    emit jobStarted(job);
    return job;
}

JobProgress *HostJobRunner::startProbe(const plan::DeploymentPlan &plan)
{
    JobRequest request;
    request.kind = probeJobKind();
    request.plan = plan;
    return start(std::move(request));
}

JobProgress *HostJobRunner::startDeploy(const plan::DeploymentPlan &plan, const QString &resumeJobId,
                                        DeployOptions options)
{
    JobRequest request;
    request.kind = deployJobKind();
    request.plan = plan;
    request.resumeJobId = resumeJobId;
    request.deployOptions = options;
    return start(std::move(request));
}

JobProgress *HostJobRunner::startRestart(HostJobTiming timing)
{
    JobRequest request;
    request.kind = restartJobKind();
    request.timing = timing;
    return start(std::move(request));
}

JobProgress *HostJobRunner::startProvision(const plan::DeploymentPlan &plan,
                                           std::optional<host::ProvisioningSecret> secret,
                                           const QString &usedError, HostJobTiming timing,
                                           const QString &resumeJobId)
{
    JobRequest request;
    request.kind = provisionJobKind();
    request.plan = plan;
    request.secret = std::move(secret);
    request.secretUsedError = usedError;
    request.timing = timing;
    request.resumeJobId = resumeJobId;
    return start(std::move(request));
}

JobProgress *HostJobRunner::startStatus(plan::EflowRelease release)
{
    JobRequest request;
    request.kind = statusJobKind();
    request.plan.release = release;
    return start(std::move(request));
}

JobProgress *HostJobRunner::latest(const QString &kind) const
{
    const auto it = m_latest.find(kind);
    return it == m_latest.end() ? nullptr : it->second.data();
}

void HostJobRunner::abandon(const QString &journalJobId)
{
    if (m_info) {
        m_info->pending.removeIf([&](const JournalEntry &e) { return e.jobId == journalJobId; });
    }
    post([worker = m_worker, journalJobId]() { worker->abandon(journalJobId); });
}

void HostJobRunner::checkWithDps(const plan::ProvisioningSettings &settings, crypto::SecureBytes key)
{
    m_checkingDps = true;
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(key));
    post([worker = m_worker, settings, shared]() { worker->checkWithDps(settings, std::move(*shared)); });
}

void HostJobRunner::cancelDpsCheck()
{
    if (m_checkingDps)
        post([worker = m_worker]() { worker->cancelDpsCheck(); });
}

void HostJobRunner::verifyEnrollment(crypto::SecureBytes serviceConnection, const QString &registrationId,
                                     const QString &enrollmentGroupId, dps::DpsServiceClientOptions options)
{
    m_verifying = true;
    const std::uint64_t id = ++m_verifyId;
    auto shared = std::make_shared<crypto::SecureBytes>(std::move(serviceConnection));
    post([worker = m_worker, id, shared, registrationId, enrollmentGroupId, options = std::move(options)]() {
        worker->verifyEnrollment(id, std::move(*shared), registrationId, enrollmentGroupId, options);
    });
}

void HostJobRunner::cancelVerification()
{
    if (m_verifying)
        post([worker = m_worker]() { worker->cancelVerification(); });
}

void HostJobRunner::inspect(const std::function<void(HostSession &session)> &look)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, &look]() { look(worker->session()); }, Qt::BlockingQueuedConnection);
}

void HostJobRunner::fetchLogs(plan::EflowRelease release, int lines)
{
    if (m_fetchingLogs)
        return;
    m_fetchingLogs = true;
    post([worker = m_worker, release, lines]() { worker->fetchLogs(release, lines); });
}

// ---- License terms (issue 13 item 8): one host operation, run as the overview's are ----
void HostJobRunner::fetchLicenseTerms(plan::EflowRelease release, const QString &msiPath)
{
    runOperation(licenseTermsTag(), [release, msiPath](host::HostBackend &backend) {
        return backend.licenseTerms(release, msiPath);
    });
}

bool HostJobRunner::runOperation(const QString &tag, OperationStarter start)
{
    if (m_operations.contains(tag))
        return false;
    m_operations.insert(tag);
    post([worker = m_worker, tag, start = std::move(start)]() { worker->runOperation(tag, start); });
    return true;
}

void HostJobRunner::cancelOperation(const QString &tag)
{
    if (m_operations.contains(tag))
        post([worker = m_worker, tag]() { worker->cancelOperation(tag); });
}

} // namespace eflow::jobs
