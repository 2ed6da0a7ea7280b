#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "engine/jobs/FleetResult.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/HostTarget.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::dps {
struct EnrollmentVerification;
} // namespace eflow::dps

namespace eflow::jobs {

class HostFactory;
class HostJobRunner;
class JobProgress;
struct PipelineResult;

// What one host of a fleet needs to be deployed, provisioned and verified.
struct FleetHostInputs
{
    std::shared_ptr<const HostFactory> hosts;
    QString journalDirectory;
    HostTarget target;
    plan::DeploymentPlan plan; // the fleet's plan with the host's registration ID and overrides
    FleetHostResult previous;  // what earlier runs did (resume marks), or a fresh result
    // The enrollment group's key as base64 text; null: a demo host uses the demo group's key, any other
    // host fails at provisioning with a sentence that says how to give it.
    std::shared_ptr<const crypto::SecureBytes> groupKey;
    // The DPS service connection string for the Verify step (null: the demo's own, or none).
    std::shared_ptr<const crypto::SecureBytes> serviceConnection;
    dps::DpsServiceClientOptions serviceOptions;
};

// Drives one host through probe → deploy → provision → verify with a job runner of its own (issue 16
// item 2): a thin client of the runner, as the wizard is. Every deploy and provision is journalled by the
// runner, so a host interrupted by kill -9 continues where it stopped; what the fleet marks besides (the
// result's deployed/provisioned) is set the moment Deploy-Eflow or Provision-EflowVm succeeded, before the
// runner removes the job's journal entry, so no rerun does either twice.
//
// Lives on the thread that creates it; every call returns at once.
class FleetHostDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetHostDriver)

public:
    explicit FleetHostDriver(FleetHostInputs inputs, QObject *parent = nullptr);
    ~FleetHostDriver() override;

    void start();
    // Stops what runs; finished() follows with the outcome Cancelled (the journal keeps the job).
    void cancel();
    // After finished(): lets go of the host's runner without waiting for its worker thread to end
    // (HostJobRunner::retire), and returns that thread. Deleting the driver instead waits for it.
    QPointer<QThread> retireRunner();

    const FleetHostResult &result() const { return m_result; }
    int percent() const { return m_percent; }
    QString stepTitle() const { return m_stepTitle; }
    QString lastLine() const { return m_lastLine; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    // Progress, step or line changed (for views).
    void changed();
    // The result's lasting values changed (resume marks, phase): the state file must be written now.
    void marked();
    void finished();

private:
    void onOpened();
    void deploy();
    void provision();
    void startProvision(const QString &resumeId);
    void recheckRuntime(bool provisionUnlessRunning);
    void verify();
    void onVerified(const dps::EnrollmentVerification &verification);
    void watch(JobProgress *job, int from, int to, const QString &markStep, bool *mark);
    void onJobFinished(JobProgress *job, const PipelineResult &result, bool deployJob);
    void setPhase(const QString &phase);
    void finish(FleetOutcome outcome, const QString &cause = {}, const QString &fix = {});
    std::optional<QString> takeResume(const QString &kind, QString *resumeId);
    std::optional<host::ProvisioningSecret> deviceSecret(QString *error) const;
    HostJobTiming timing() const;

    FleetHostInputs m_inputs;
    FleetHostResult m_result;
    HostJobRunner *m_runner = nullptr;
    QPointer<JobProgress> m_job;
    QElapsedTimer m_clock;
    int m_percent = 0;
    QString m_stepTitle;
    QString m_lastLine;
    bool m_cancelled = false;
    bool m_recheckedRuntime = false;
    bool m_finished = false;
};

} // namespace eflow::jobs
