#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QThread>

#include "engine/dps/DpsOutcome.h"
#include "engine/host/HostOperation.h"
#include "engine/jobs/HostFactory.h"
#include "engine/jobs/HostJobWorker.h"
#include "engine/jobs/JobProgress.h"

namespace eflow::jobs {

// The one job runner (design.md "jobs/", style.md §12): it owns one host's session, the pipelines, the
// resume journal and the DPS check, and runs all of them on an engine worker thread of its own. The
// wizard, the `host` commands and (later) the fleet are thin clients: they open a host, start jobs,
// observe the JobProgress each start returns, and read plain values. Nothing here is shared between
// runners, so a process may run many at once.
//
// Lives on the thread that creates it (the GUI thread in the wizard). Every call returns at once; the
// answers come as signals on that thread. Destroying it cancels what runs and waits a bounded time for
// the worker thread to end.
class HostJobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostJobRunner)

public:
    // journalDirectory empty: Journal::defaultDirectory().
    explicit HostJobRunner(std::shared_ptr<const HostFactory> hosts, const QString &journalDirectory = {},
                           QObject *parent = nullptr);
    ~HostJobRunner() override;

    const HostFactory &hosts() const { return *m_hosts; }

    // Deletes runner as its destructor would (cancels what runs, closes the host on the worker), but
    // does not wait for the worker thread: it ends on its own and then deletes itself. Returns that
    // thread (null once it is gone) for an owner that must not report it is done before it ended. For a
    // window's thread that retires many runners at once (a wave of a fleet): each join waits for a core.
    static QPointer<QThread> retire(HostJobRunner *runner);
    // Process-wide: worker threads started from now on run at least at this niceness (Linux; 0 leaves
    // them as they are, elsewhere it does nothing). Processes they start inherit it.
    static void setWorkerNice(int nice);

    // Closes the current host and opens target on the worker. Refuses at once (false, *error) what needs
    // no host to refuse (no kind, an unknown scenario); otherwise opened() or openFailed() follows.
    bool open(const HostTarget &target, QString *error = nullptr);
    bool isOpening() const { return m_opening; }
    bool isOpen() const { return m_info.has_value(); }
    // The open host (empty until opened()).
    const std::optional<HostInfo> &host() const { return m_info; }
    // Interrupted deploy/provision jobs on the open host, as the worker last reported them.
    QList<JournalEntry> pendingJobs(const QString &kind) const;

    JobProgress *startProbe(const plan::DeploymentPlan &plan);
    // resumeJobId: continue that journal entry (its plan must be `plan`).
    JobProgress *startDeploy(const plan::DeploymentPlan &plan, const QString &resumeJobId = {},
                             DeployOptions options = {});
    // The secret is handed to the job once; a retried provision step gets usedError instead.
    JobProgress *startProvision(const plan::DeploymentPlan &plan,
                                std::optional<host::ProvisioningSecret> secret, const QString &usedError,
                                HostJobTiming timing = {}, const QString &resumeJobId = {});
    JobProgress *startStatus(plan::EflowRelease release);
    // ---- issue 13 (restart needed) ----
    // Restarts the open host and waits until it answers again (RestartJob.h); then the deploy that
    // needed it continues with JobProgress::retry().
    JobProgress *startRestart(HostJobTiming timing = {});
    // The latest job of a kind (nullptr before the first).
    JobProgress *latest(const QString &kind) const;
    void abandon(const QString &journalJobId);

    // Registers with DPS as the runtime will (symmetric key); dpsChecked() answers. key: the raw device
    // key (already derived for a group); empty makes the client report the input error.
    void checkWithDps(const plan::ProvisioningSettings &settings, crypto::SecureBytes key);
    void cancelDpsCheck();
    bool isCheckingDps() const { return m_checkingDps; }
    // The procedure's Verify step: reads DPS's registration record with the service API on the worker
    // (its client reads the CA file and shakes hands there); enrollmentVerified() answers. An empty
    // connection string answers NoConnection with the portal's way to check. A second call replaces the
    // first, whose answer is then never passed on (not even one already on its way); so does open().
    void verifyEnrollment(crypto::SecureBytes serviceConnection, const QString &registrationId,
                          const QString &enrollmentGroupId, dps::DpsServiceClientOptions options);
    void cancelVerification();
    bool isVerifying() const { return m_verifying; }

    void fetchLogs(plan::EflowRelease release, int lines);
    bool isFetchingLogs() const { return m_fetchingLogs; }

    // ---- License terms (issue 13 item 8) ----
    // A host operation under the tag licenseTermsTag(); it answers with licenseTermsFetched().
    void fetchLicenseTerms(plan::EflowRelease release, const QString &msiPath);
    static QString licenseTermsTag() { return QStringLiteral("licenseTerms"); }
    // ---- Overview (issue 13 item 9): one host operation outside any job ----
    // start runs on the worker thread with the open backend (capture values only); the answer comes as
    // operationFinished(tag, result). False when an operation with this tag still runs.
    using OperationStarter = std::function<host::HostOperation *(host::HostBackend &backend)>;
    bool runOperation(const QString &tag, OperationStarter start);
    bool isRunningOperation(const QString &tag) const { return m_operations.contains(tag); }
    void cancelOperation(const QString &tag);

    // For tests and diagnostics only: runs look on the worker thread with the open host and waits for
    // it. It blocks the caller, so nothing in the product calls it.
    void inspect(const std::function<void(HostSession &session)> &look);

signals:
    void opened();
    void openFailed(const QString &error);
    void pendingChanged();
    void jobStarted(eflow::jobs::JobProgress *job);
    void dpsChecked(const eflow::dps::DpsOutcome &outcome);
    void enrollmentVerified(const eflow::dps::EnrollmentVerification &verification);
    void logsFetched(const eflow::host::HostOperationResult &result);
    // ---- License terms (issue 13 item 8) ----
    void licenseTermsFetched(const eflow::host::HostOperationResult &result);
    void operationFinished(const QString &tag, const eflow::host::HostOperationResult &result);
    // ---- issue 14 item 9: the resume journal could not be written (the job runs on, not resumable) ----
    void journalWriteFailed(const QString &error);

private:
    // Asks the worker to shut down and the thread to quit; the worker is deleted on its thread when it
    // ends, and so is the thread if deleteWhenFinished. Returns the thread, which this runner no longer
    // owns.
    QThread *stopWorker(bool deleteWhenFinished);
    JobProgress *start(JobRequest request);
    JobProgress *find(std::uint64_t id) const;
    template<typename F>
    void post(F &&call);

    std::shared_ptr<const HostFactory> m_hosts;
    QThread *m_thread = nullptr;
    HostJobWorker *m_worker = nullptr;
    std::uint64_t m_nextJob = 1;
    std::map<std::uint64_t, QPointer<JobProgress>> m_jobs;
    std::map<QString, QPointer<JobProgress>> m_latest;
    std::optional<HostInfo> m_info;
    bool m_opening = false;
    int m_opensInFlight = 0;
    bool m_checkingDps = false;
    bool m_verifying = false;
    std::uint64_t m_verifyId = 0; // the newest question; older answers are dropped
    bool m_fetchingLogs = false;
    QSet<QString> m_operations;
};

} // namespace eflow::jobs
