#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "engine/host/HostBackend.h"
#include "engine/host/HostFacts.h"
#include "engine/host/HostModels.h"
#include "engine/host/HostRequirements.h"
#include "engine/jobs/JournalEntry.h"
#include "engine/jobs/Step.h"
#include "engine/plan/DeploymentPlan.h"

namespace eflow::jobs {

// What the steps of one host job learn, for the steps after them and for whoever shows the result.
// Lives on the pipeline's thread; steps read and write it only there (every host step is a Calling
// step).
struct HostJobState
{
    std::optional<host::HostFacts> facts;
    host::TargetEvaluation evaluation;
    // The deploy stopped at the target check: the host cannot run EFLOW as planned (exit code 5).
    bool targetRefused = false;
    // The last host step that ran stopped because Windows must restart (reset when a host step starts).
    bool restartRequired = false;
    QJsonObject installResult;
    QJsonObject switchResult;
    QJsonObject deployResult;
    QJsonObject provisionResult;

    std::optional<host::EflowVmStatus> vm;
    std::optional<host::ModuleList> modules;
    std::optional<host::ServiceStatus> service;               // systemctl status
    std::optional<host::SystemServicesStatus> systemServices; // iotedge system status (1.2+)
    std::optional<host::IotEdgeCheckResult> check;
    QStringList runtimeLog; // the journal tail, fetched when provisioning fails
    // Status job: reads that failed, by step id ("modules", …), with the sentence to show instead.
    QMap<QString, QString> readErrors;

    // The last failed host operation: its sentence, and the EFLOW catalogue's cause and fix.
    host::HostOperationResult lastFailure;

    // Overview (issue 13 items 7, 9): vmStatus said EFLOW is not deployed (no module, or no VM), and
    // what it reported besides Get-EflowVm ("installed", "ip4Address", "eflowVersion", "releaseLine").
    bool notDeployed = false;
    QJsonObject vmInfo;
};

// The job kinds ("deploy" and "provision" are journalled; "probe" and "status" only read).
QString deployJobKind();
QString provisionJobKind();
QString probeJobKind();
QString statusJobKind();

// Returns the provisioning secret when the provision step starts (a resumed job asks again: secrets
// are never journalled). nullopt with *error set when there is none.
using SecretProvider = std::function<std::optional<host::ProvisioningSecret>(QString *error)>;

// A SecretProvider that hands `secret` over once, so that the secret lives in one place only until the
// provision step takes it. Asked again (a retried step) it fails with `usedError`: the caller must ask
// the user for the key again.
SecretProvider oneTimeSecret(std::optional<host::ProvisioningSecret> secret, const QString &usedError);

// Timing knobs, so that tests and the demo's instant speed need not wait for real-world intervals.
struct HostJobTiming
{
    int runtimePollIntervalMs = 5000;  // how often "wait for IoT Edge" asks for the module list
    int runtimeWaitTimeoutMs = 300000; // how long it waits for edgeAgent to run
    // ---- issue 13 (restart): how the restart job reconnects ----
    int restartSettleMs = 15000;     // before the first probe: the host takes a moment to go down
    int reconnectPollMs = 10000;     // between probes while the host does not answer
    int reconnectTimeoutMs = 900000; // how long it waits for the host to answer again (15 minutes)
};

// What the user decided about the deployment beyond the plan.
struct DeployOptions
{
    // An EFLOW VM exists whose settings differ from the plan: uninstall EFLOW (which deletes the VM) and
    // deploy it again with the plan's settings, instead of keeping it.
    bool replaceExistingVm = false;
};

// Deploy: check the host → enable Hyper-V (restart needed: the job stops and resumes after the
// restart) → create the switch → remove the existing VM (only when options say so) → install EFLOW →
// Deploy-Eflow → read the VM back. Every step is
// idempotent on the host side, as the journal requires (Journal.h).
QList<Step> deploySteps(host::HostBackend *backend, const plan::DeploymentPlan &plan,
                        std::shared_ptr<HostJobState> state, DeployOptions options = {});

// Probe: the deploy's first step without its verdict: the facts and the evaluation against the plan
// land in the state whatever the verdict (the step fails only when the host cannot be read).
QList<Step> probeSteps(host::HostBackend *backend, const plan::DeploymentPlan &plan,
                       std::shared_ptr<HostJobState> state);

// Provision: check that the VM exists → Provision-EflowVm -headless → wait for edgeAgent → read the
// module list, the service status and `iotedge check`.
QList<Step> provisionSteps(host::HostBackend *backend, const plan::DeploymentPlan &plan,
                           SecretProvider secret, std::shared_ptr<HostJobState> state,
                           HostJobTiming timing = {});

// Status (what the overview shows): VM → module list → service status → `iotedge check`. Read-only,
// not journalled; a failed read does not stop the others.
QList<Step> statusSteps(host::HostBackend *backend, plan::EflowRelease release,
                        std::shared_ptr<HostJobState> state);

// The plan snapshot journalled with a job: the plan (no secrets in it by construction) and which host
// it was for, so that a resume never continues a job on a different target.
// targetId: HostTarget::toString(), which does not change with the language (the description is
// translated); a resume matches it when the snapshot has one, and the description for older snapshots.
QJsonObject journalPlanSnapshot(const plan::DeploymentPlan &plan, const QString &targetDescription,
                                DeployOptions options = {}, const QString &targetId = {});
// Whether a snapshot was journalled for this target (by its id when both have one, else its description).
bool snapshotIsFor(const QJsonObject &snapshot, const QString &targetId, const QString &targetDescription);
// The options a snapshot was journalled with.
DeployOptions journalledDeployOptions(const QJsonObject &snapshot);

class Journal;

// The interrupted job of `kind` ("deploy", "provision") on the host that journalPlanSnapshot named
// `targetDescription`, if the journal has one (the oldest, should there be several).
std::optional<JournalEntry> pendingHostJob(const Journal &journal, const QString &kind,
                                           const QString &targetDescription, const QString &targetId = {});

// The titles of a job kind's steps by id (what a journal entry's step ids read as); no host needed.
QMap<QString, QString> stepTitles(const QString &kind);

// The ids of `steps`, in order: what the journal records a job's steps by.
QStringList stepIds(const QList<Step> &steps);

// ---- issue 14 item 6 ----
// The steps at the end of a journalled job that only read the host (deploy: verify; provision: the
// status reads), which a resume of a job whose steps are all done runs again.
QStringList recheckStepIds(const QString &kind);

} // namespace eflow::jobs
