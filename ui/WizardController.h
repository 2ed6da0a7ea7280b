#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QString>

#include "engine/dps/DpsOutcome.h"
#include "engine/host/HostBackend.h"
#include "engine/host/HostFacts.h"
#include "engine/host/HostRequirements.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/HostSession.h"
#include "engine/jobs/Journal.h"
#include "engine/jobs/JournalEntry.h"
#include "engine/jobs/Pipeline.h"

namespace eflow::plan {
class PlanModel;
}

namespace eflow::ui {

// The wizard's controller (style.md §3): pages are views that ask it for work and show its answers.
// It owns the open host (HostSession), runs the probe, deploy, provision and status jobs on the engine's
// pipelines (nothing blocks the GUI thread; every job can be cancelled), journals deploy and provision
// for resume, and checks DPS credentials with the device client. One instance per wizard window; the
// device overview window uses one too.
class WizardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardController)

public:
    // plan must outlive the controller. journalDirectory empty: the Journal's default folder.
    explicit WizardController(plan::PlanModel *plan, QObject *parent = nullptr,
                              const QString &journalDirectory = {});
    ~WizardController() override; // cancels whatever runs, without signals

    plan::PlanModel *plan() const { return m_plan; }
    jobs::HostSession *session() const { return m_session.get(); }
    host::HostBackend *backend() const { return m_session->backend(); }
    bool isDemo() const { return m_session->demo() != nullptr; }

    // ---- 2.1 Target ----
    // Closes the current host and opens target (a demo target starts the in-process local DPS). Emits
    // targetChanged() on success; forgets the previous probe.
    bool openTarget(const jobs::HostTarget &target, QString *error = nullptr);
    // The remembered ssh targets, newest first (QSettings, no secrets), and remembering one.
    static QStringList recentSshTargets();
    static void rememberSshTarget(const QString &url);

    // Runs the probe (and evaluateTarget against the plan) in the background.
    void startProbe();
    void cancelProbe();
    bool isProbing() const { return m_probe != nullptr; }
    const std::optional<host::HostFacts> &facts() const { return m_facts; }
    const host::TargetEvaluation &evaluation() const { return m_evaluation; }
    QString probeError() const { return m_probeError; }
    // Re-evaluates the last facts against the current plan (after Settings changed it).
    void reevaluate();
    // What the host allows for the plan's settings (free memory, processors, GPU names).
    plan::HostLimits hostLimits() const;

    // ---- 2.3 Deployment ----
    // An interrupted deploy for this target, if the journal has one.
    std::optional<jobs::JournalEntry> pendingDeploy() const;
    // Starts the deploy job for the plan; resume: continue the pending one (its own plan) after its
    // completed steps. Returns the pipeline (owned by the controller; valid until the next deploy).
    jobs::Pipeline *startDeploy(bool resume = false);
    jobs::Pipeline *deployPipeline() const { return m_deploy.get(); }
    const jobs::HostJobState &deployState() const { return *m_deployState; }
    // Abandons the pending deploy (the user said no to resuming).
    void abandonPendingDeploy();

    // ---- 3. Connect ----
    // Registers (DPS symmetric key) with the device client, as the runtime will: answers with
    // dpsCheckFinished(). secret: the base64 device key (derived already for a group enrollment).
    void checkWithDps(const plan::ProvisioningSettings &settings, host::ProvisioningSecret secret);
    void cancelDpsCheck();
    bool isCheckingDps() const { return m_dpsClient != nullptr; }
    // Starts the provision job with the plan's provisioning settings and this secret.
    jobs::Pipeline *startProvision(host::ProvisioningSecret secret);
    jobs::Pipeline *provisionPipeline() const { return m_provision.get(); }
    const jobs::HostJobState &provisionState() const { return *m_provisionState; }

    // ---- Overview ----
    void refreshStatus();
    bool isRefreshing() const { return m_status && m_status->isRunning(); }
    const jobs::HostJobState &status() const { return *m_statusState; }

    // Demo: the demo enrollment's scope, endpoint and keys (empty outside demo mode).
    QString demoIdScope() const;
    QString demoEndpoint() const;
    crypto::SecureBytes demoIndividualKey() const;
    crypto::SecureBytes demoGroupKey() const;

    // Step timings for tests and the demo's instant speed.
    void setJobTiming(const jobs::HostJobTiming &timing) { m_timing = timing; }

signals:
    void targetChanged();
    void probeStarted();
    void probeFinished(); // facts()/evaluation() or probeError()
    void deployStarted(eflow::jobs::Pipeline *pipeline);
    void deployFinished(const eflow::jobs::PipelineResult &result);
    void dpsCheckFinished(const eflow::dps::DpsOutcome &outcome);
    void provisionStarted(eflow::jobs::Pipeline *pipeline);
    void provisionFinished(const eflow::jobs::PipelineResult &result);
    void statusRefreshed();

private:
    plan::PlanModel *m_plan = nullptr;
    std::unique_ptr<jobs::HostSession> m_session;
    jobs::Journal m_journal;
    jobs::HostJobTiming m_timing;

    host::HostOperation *m_probe = nullptr;
    std::optional<host::HostFacts> m_facts;
    host::TargetEvaluation m_evaluation;
    QString m_probeError;

    std::unique_ptr<jobs::Pipeline> m_deploy;
    std::shared_ptr<jobs::HostJobState> m_deployState;
    std::unique_ptr<jobs::Pipeline> m_provision;
    std::shared_ptr<jobs::HostJobState> m_provisionState;
    std::unique_ptr<jobs::Pipeline> m_status;
    std::shared_ptr<jobs::HostJobState> m_statusState;
    class QObject *m_dpsClient = nullptr;
};

} // namespace eflow::ui
