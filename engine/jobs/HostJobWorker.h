#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsOutcome.h"
#include "engine/dps/EnrollmentVerifier.h"
#include "engine/host/HostOperation.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/HostSession.h"
#include "engine/jobs/JobProgress.h"
#include "engine/jobs/Journal.h"
#include "engine/jobs/JournalEntry.h"
#include "engine/jobs/Pipeline.h"

namespace eflow::dps {
class DpsDeviceClient;
}

namespace eflow::jobs {

// What the runner learns about the host it opened: plain values for the window's thread.
struct HostInfo
{
    HostTarget target;
    QString description;
    std::optional<DemoDps> demo;
    // Interrupted deploy and provision jobs on this host, oldest first.
    QList<JournalEntry> pending;
    // ---- issue 14 item 6: journal files found damaged (moved aside) or unreadable when it opened ----
    QList<JournalProblem> journalProblems;
};

// One job the runner asks its worker to run.
struct JobRequest
{
    QString kind; // deployJobKind(), provisionJobKind(), "probe", "status"
    plan::DeploymentPlan plan;
    QString resumeJobId; // deploy/provision: continue this journal entry
    std::optional<host::ProvisioningSecret> secret;
    QString secretUsedError;
    HostJobTiming timing;
    DeployOptions deployOptions; // deploy only; journalled with the plan
};

// The job runner's half on the engine's worker thread (style.md §13): it owns the open host, the
// journal, the pipelines and the DPS client, and talks to the runner only through queued calls and
// signals that carry values. Created by HostJobRunner and moved to its thread; never used directly.
class HostJobWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostJobWorker)

public:
    HostJobWorker(std::shared_ptr<const HostFactory> hosts, QString journalDirectory);
    ~HostJobWorker() override;

    void open(const HostTarget &target);
    void close();
    void startJob(std::uint64_t id, JobRequest request);
    void cancelJob(std::uint64_t id);
    void retryJob(std::uint64_t id);
    void abandon(const QString &journalJobId);
    void checkWithDps(const plan::ProvisioningSettings &settings, crypto::SecureBytes key);
    void cancelDpsCheck();
    // The Verify step (HostJobRunner::verifyEnrollment's half): the service client, its CA file and its
    // TLS handshake run here, not on the window's thread.
    // A newer question (id) drops the one before it without an answer.
    void verifyEnrollment(std::uint64_t id, crypto::SecureBytes serviceConnection,
                          const QString &registrationId, const QString &enrollmentGroupId,
                          const dps::DpsServiceClientOptions &options);
    void cancelVerification();
    void fetchLogs(plan::EflowRelease release, int lines);
    // Overview (issue 13 item 9): HostJobRunner::runOperation's half.
    void runOperation(const QString &tag,
                      const std::function<host::HostOperation *(host::HostBackend &)> &start);
    void cancelOperation(const QString &tag);
    // Stops everything without signals; the runner calls it last, before the thread ends.
    void shutdown();
    HostSession &session() { return m_session; }

signals:
    void opened(const eflow::jobs::HostInfo &info);
    void openFailed(const QString &error);
    void pendingChanged(const QList<eflow::jobs::JournalEntry> &pending);
    void jobSteps(std::uint64_t id, const QList<eflow::jobs::JobStepInfo> &steps);
    void jobStepState(std::uint64_t id, int index, eflow::jobs::StepState state, const QString &error);
    void jobProgress(std::uint64_t id, int index, int percent);
    void jobLine(std::uint64_t id, int index, const QString &line);
    void jobFinished(std::uint64_t id, const eflow::jobs::PipelineResult &result,
                     const eflow::jobs::HostJobState &state);
    void dpsChecked(const eflow::dps::DpsOutcome &outcome);
    void enrollmentVerified(std::uint64_t id, const eflow::dps::EnrollmentVerification &verification);
    void logsFetched(const eflow::host::HostOperationResult &result);
    void operationFinished(const QString &tag, const eflow::host::HostOperationResult &result);
    // ---- issue 14 item 9: a journal write failed; the job runs on but may not be resumable ----
    void journalWriteFailed(const QString &error);

private:
    struct Job
    {
        QString kind;
        std::unique_ptr<Pipeline> pipeline;
        std::shared_ptr<HostJobState> state;
    };

    QList<Step> stepsFor(JobRequest &request, const std::shared_ptr<HostJobState> &state) const;
    // Journals a deploy/provision job (a new entry, or the one it resumes); false when the resumed
    // entry does not fit the steps (another version made it).
    bool journal(Pipeline &pipeline, const JobRequest &request, const QList<Step> &steps, QString *error);
    void bind(std::uint64_t id, Job &job);
    void failWithoutHost(std::uint64_t id, const QString &message);
    QList<JournalEntry> pendingJobs() const;

    std::shared_ptr<const HostFactory> m_hosts;
    HostSession m_session;
    QString m_targetId; // HostTarget::toString() of the open host: what its journal entries are matched by
    Journal m_journal;
    std::map<std::uint64_t, Job> m_jobs;
    dps::DpsDeviceClient *m_dpsClient = nullptr;
    dps::EnrollmentVerifier *m_verifier = nullptr;
    host::HostOperation *m_logs = nullptr;
    std::map<QString, host::HostOperation *> m_operations;
};

} // namespace eflow::jobs

Q_DECLARE_METATYPE(eflow::jobs::HostInfo)
