#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>

#include "engine/dps/DpsOutcome.h"
#include "engine/dps/EnrollmentVerifier.h"
#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/JobProgress.h"
#include "engine/jobs/JournalEntry.h"
#include "engine/support/SecretStore.h"

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

// The wizard's controller (style.md §3): pages are views that ask it for work and show its answers. It
// is a thin client of the engine's job runner, which opens the host and runs the probe, deploy,
// provision and status jobs and the DPS check on its worker thread; the controller turns the plan model
// into requests, keeps what the window shows between pages (the facts, the last jobs), and never sees a
// backend or a pipeline. One instance per wizard window; the device overview window uses the same one.
class WizardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardController)

public:
    // plan must outlive the controller. journalDirectory empty: the Journal's default folder.
    WizardController(plan::PlanModel *plan, std::shared_ptr<const jobs::HostFactory> hosts,
                     QObject *parent = nullptr, const QString &journalDirectory = {});
    ~WizardController() override; // cancels whatever runs, without signals

    plan::PlanModel *plan() const { return m_plan; }
    jobs::HostJobRunner *runner() const { return m_runner.get(); }
    const jobs::HostFactory &hosts() const { return m_runner->hosts(); }

    // ---- 2.1 Target ----
    // Closes the current host and opens target on the engine's thread (a demo target starts the local
    // DPS). False with *error when it is refused at once; otherwise targetChanged() or targetFailed()
    // follows. Forgets the previous probe.
    bool openTarget(const jobs::HostTarget &target, QString *error = nullptr);
    bool isOpen() const { return m_runner->isOpen(); }
    bool isOpening() const { return m_runner->isOpening(); }
    // The target asked for last (also while it opens).
    const jobs::HostTarget &target() const { return m_target; }
    // "This computer", "ssh://admin@edge-01", "Demo: …" once open; empty before.
    QString describe() const;
    bool isDemo() const { return m_target.kind == jobs::HostTarget::Kind::Demo; }
    // The remembered ssh targets, newest first (support::AppSettings, no secrets), and remembering one.
    static QStringList recentSshTargets();
    static void rememberSshTarget(const QString &url);

    // Runs the probe (and evaluateTarget against the plan) in the background.
    void startProbe();
    void cancelProbe();
    bool isProbing() const { return m_probe && m_probe->isRunning(); }
    const std::optional<host::HostFacts> &facts() const { return m_facts; }
    const host::TargetEvaluation &evaluation() const { return m_evaluation; }
    QString probeError() const { return m_probeError; }
    // The failed host operation behind probeError(): its errorId says when the ssh host key is unknown.
    const host::HostOperationResult &probeFailure() const { return m_probeFailure; }
    // Scans the host of an "ssh.unknownHostKey" failure again (on a pool thread, never this one) and adds
    // its key to the wizard's known_hosts when the fingerprint is still the one shown (details: the
    // failure's errorDetails). hostKeyTrusted() answers.
    void trustHostKey(const QJsonObject &details);
    // Re-evaluates the last facts against the current plan (after Settings changed it).
    void reevaluate();
    // What the host allows for the plan's settings (free memory, processors, GPU names).
    plan::HostLimits hostLimits() const;

    // ---- 2.3 Deployment ----
    // An interrupted deploy for this target, if the journal has one.
    std::optional<jobs::JournalEntry> pendingDeploy() const;
    // Starts the deploy job for the plan; resume: continue the pending one (its own plan) after its
    // completed steps. The job stays valid until the next deploy; nullptr when no host is open.
    // options: what the user chose beyond the plan (replace an existing VM); a resumed deploy keeps the
    // options it was journalled with.
    jobs::JobProgress *startDeploy(bool resume = false, jobs::DeployOptions options = {});
    jobs::JobProgress *deployJob() const { return m_deploy; }
    const jobs::HostJobState &deployState() const;
    // Abandons the pending deploy (the user said no to resuming).
    void abandonPendingDeploy();
    // ---- issue 13 (restart needed) ----
    // Restarts the target (Restart-Computer) and waits until it answers again; restartFinished() follows.
    // A demo host is away for seconds at the demo's pace. nullptr when no host is open.
    jobs::JobProgress *startRestart();
    jobs::JobProgress *restartJob() const { return m_restart; }

    // ---- 3. Connect ----
    // Registers (DPS symmetric key) with the device client, as the runtime will: answers with
    // dpsCheckFinished(). secret: the base64 device key (derived already for a group enrollment).
    void checkWithDps(const plan::ProvisioningSettings &settings, host::ProvisioningSecret secret);
    void cancelDpsCheck();
    bool isCheckingDps() const { return m_runner->isCheckingDps(); }
    // Starts the provision job with the plan's provisioning settings and this secret.
    jobs::JobProgress *startProvision(host::ProvisioningSecret secret);
    jobs::JobProgress *provisionJob() const { return m_provision; }
    const jobs::HostJobState &provisionState() const;
    // The Verify step after provisioning (issue 15 item 4): what DPS's registration record says about the
    // plan's registration ID; enrollmentVerified() answers. In demo mode it asks the local DPS's service
    // API; without a service connection the answer is the Azure portal's way to check.
    void verifyEnrollment();
    bool isVerifyingEnrollment() const { return m_runner->isVerifying(); }

    // ---- Overview ----
    void refreshStatus();
    bool isRefreshing() const { return m_status && m_status->isRunning(); }
    const jobs::HostJobState &status() const { return m_statusState; }
    // The runtime's log (the last `lines` lines); logsFetched() answers.
    void fetchLogs(int lines = 200);
    // The release line the host runs (installed) or the plan names.
    plan::EflowRelease release() const;

    // Where Connect remembers a key and reads a remembered one: the system keychain
    // (KeychainSecretStore) unless another store was set. Never null.
    support::SecretStore *secretStore() const { return m_secrets.get(); }
    // Replaces the store (tests: an InMemorySecretStore, or one that answers Unavailable). Operations
    // still pending on the old store are dropped with it.
    void setSecretStore(std::unique_ptr<support::SecretStore> store);

    // Demo: the demo enrollment's scope, endpoint and keys (empty outside demo mode or before it opened).
    QString demoIdScope() const;
    QString demoEndpoint() const;
    crypto::SecureBytes demoIndividualKey() const;
    crypto::SecureBytes demoGroupKey() const;

    // ---- License terms (issue 13 item 8) ----
    // Reads the plan's release line's license terms from the open host (its installed EFLOW, or the
    // MSI the plan names or Deploy downloads); licenseTermsFetched() answers. Nothing when no host is
    // open.
    void fetchLicenseTerms();

    // Step timings for tests and the demo's instant speed.
    void setJobTiming(const jobs::HostJobTiming &timing) { m_timing = timing; }

signals:
    void targetChanged();
    void targetFailed(const QString &error);
    void probeStarted();
    void probeFinished(); // facts()/evaluation() or probeError()
    void hostKeyTrusted(bool trusted, const QString &error);
    void deployStarted(eflow::jobs::JobProgress *job);
    void deployFinished(const eflow::jobs::PipelineResult &result);
    void restartFinished(const eflow::jobs::PipelineResult &result);
    void dpsCheckFinished(const eflow::dps::DpsOutcome &outcome);
    void provisionStarted(eflow::jobs::JobProgress *job);
    void provisionFinished(const eflow::jobs::PipelineResult &result);
    void enrollmentVerified(const eflow::dps::EnrollmentVerification &verification);
    void statusRefreshed();
    void logsFetched(const eflow::host::HostOperationResult &result);
    // ---- License terms (issue 13 item 8) ----
    void licenseTermsFetched(const eflow::host::HostOperationResult &result);

private:
    void onProbeFinished();
    void askVerification();

    plan::PlanModel *m_plan = nullptr;
    std::unique_ptr<jobs::HostJobRunner> m_runner;
    std::unique_ptr<support::SecretStore> m_secrets;
    jobs::HostTarget m_target;
    jobs::HostJobTiming m_timing;

    QPointer<jobs::JobProgress> m_probe;
    std::optional<host::HostFacts> m_facts;
    host::TargetEvaluation m_evaluation;
    QString m_probeError;
    host::HostOperationResult m_probeFailure;

    QPointer<jobs::JobProgress> m_deploy;
    QPointer<jobs::JobProgress> m_restart;
    QPointer<jobs::JobProgress> m_provision;
    QPointer<jobs::JobProgress> m_status;
    jobs::HostJobState m_statusState;
    bool m_verifyAsked = false; // the Verify step was asked for: a new service connection asks again
};

} // namespace eflow::ui
