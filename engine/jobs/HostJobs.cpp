#include "engine/jobs/HostJobs.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "engine/host/EflowErrorCatalog.h"
#include "engine/host/IotEdgeParsers.h"
#include "engine/jobs/ExistingVmCheck.h"
#include "engine/jobs/HostStep.h"
#include "engine/jobs/Journal.h"
#include "engine/jobs/StepContext.h"
#include "engine/plan/PlanFile.h"

namespace eflow::jobs {

namespace {

using namespace std::chrono_literals;
using host::HostOperation;
using host::HostOperationResult;

struct HostJobsTr
{
    Q_DECLARE_TR_FUNCTIONS(HostJobs)
};

// Provision-EflowVm only says that the runtime did not start; when the runtime's log says that DPS refused
// the credentials (401002, IotHubUnauthorizedAccess), that is the cause, named with the registration ID, and
// the fix fits the key kind (issue 13 item 4).
void explainRuntimeLog(HostJobState &state, const plan::ProvisioningSettings &settings)
{
    const host::EflowErrorExplanation why = host::explainEflowError(state.runtimeLog.join(QLatin1Char('\n')));
    if (why.id != host::EflowErrorId::DpsUnauthorized)
        return;
    host::EflowErrorExplanation x = why;
    x.rawText = state.lastFailure.explanation.rawText;
    if (settings.type != plan::ProvisioningType::DpsSymmetricKey || settings.registrationId.isEmpty()) {
        state.lastFailure.explanation = x; // the catalogue's words for a certificate or TPM
        return;
    }
    x.cause = HostJobsTr::tr("DPS rejected the key for registration ID %1.").arg(settings.registrationId);
    x.fix = settings.keySource == plan::SymmetricKeySource::GroupEnrollment
                ? HostJobsTr::tr(
                      "Check the enrollment group's key and the registration ID (it is case-sensitive): "
                      "the device key is derived from both. Then provision again.")
                : HostJobsTr::tr("Check the key: it must be the individual enrollment's primary or secondary "
                                 "key for this registration ID. Then provision again.");
    state.lastFailure.explanation = x;
}

// vmStatus answered "not deployed" (HostBackend.h): the sentence a step that needs the VM fails with.
QString notDeployedError(const HostOperationResult &result)
{
    if (result.data.value(QStringLiteral("deployed")).toBool(true))
        return {};
    return HostJobsTr::tr("There is no EFLOW virtual machine on this host.");
}

// The plan's release, or the one installed on the host when the plan does not say.
plan::EflowRelease releaseOf(const plan::DeploymentPlan &plan, const std::shared_ptr<HostJobState> &state)
{
    if (plan.release != plan::EflowRelease::Unknown)
        return plan.release;
    if (state->facts && state->facts->eflow.release != plan::EflowRelease::Unknown)
        return state->facts->eflow.release;
    return plan::defaultRelease();
}

Step probeStep(host::HostBackend *backend, const plan::DeploymentPlan &plan,
               std::shared_ptr<HostJobState> state, bool requireSupported)
{
    const QString drive = plan.install.vhdxDir.size() >= 2 && plan.install.vhdxDir.at(1) == QLatin1Char(':')
                              ? plan.install.vhdxDir.left(2)
                              : QString();
    return hostStep(
        QStringLiteral("probe"), HostJobsTr::tr("Check the target device"), 3min,
        [backend, drive]() { return backend->probe(drive); },
        [plan, state, requireSupported](const HostOperationResult &result) -> QString {
            QString error;
            auto facts = host::hostFactsFromJson(result.data, &error);
            if (!facts)
                return HostJobsTr::tr("The host's answer could not be read: %1").arg(error);
            state->facts = *facts;
            state->evaluation = host::evaluateTarget(*facts, plan);
            if (!requireSupported)
                return {};
            if (state->evaluation.verdict == host::TargetVerdict::Unsupported) {
                state->targetRefused = true;
                return HostJobsTr::tr("The target device cannot run EFLOW: %1")
                    .arg(state->evaluation.summary);
            }
            // Actions this job performs itself (enable Hyper-V, create the planned switch) may be pending;
            // any other must be done first, or Deploy-Eflow would fail later with a vaguer message.
            const host::RequirementCheck *feature = state->evaluation.find(QStringLiteral("hyperv.feature"));
            const bool enablesHyperV = feature && feature->status == host::RequirementStatus::ActionNeeded;
            QStringList pending;
            for (const host::RequirementCheck &c : state->evaluation.actions()) {
                const bool handled =
                    c.id == QLatin1String("hyperv.feature") ||
                    (c.id == QLatin1String("switch") && (plan.switchCreation.create || enablesHyperV));
                if (!handled)
                    pending << HostJobsTr::tr("%1: %2 %3").arg(c.title, c.detail, c.fix);
            }
            if (!pending.isEmpty()) {
                state->targetRefused = true;
                return HostJobsTr::tr("Before EFLOW can be deployed here:\n%1")
                    .arg(pending.join(QLatin1Char('\n')));
            }
            return {};
        },
        state);
}

// Wait for the runtime: poll the module list until edgeAgent runs.
Step waitForRuntimeStep(host::HostBackend *backend, std::shared_ptr<HostJobState> state, HostJobTiming timing)
{
    Step wait;
    wait.id = QStringLiteral("wait-runtime");
    wait.title = HostJobsTr::tr("Wait for the IoT Edge runtime to start");
    wait.thread = StepThread::Calling;
    wait.timeout = std::chrono::milliseconds(timing.runtimeWaitTimeoutMs + 30000);
    auto waiter = std::make_shared<QPointer<QObject>>();
    wait.body = [backend, state, timing, waiter](const std::shared_ptr<StepContext> &context) {
        auto *owner = new QObject;
        *waiter = owner;
        auto *deadline = new QTimer(owner);
        deadline->setSingleShot(true);
        auto poll = std::make_shared<std::function<void()>>();
        auto lastText = std::make_shared<QString>();
        QObject::connect(deadline, &QTimer::timeout, owner, [context, owner, lastText, timing]() {
            context->fail(HostJobsTr::tr("edgeAgent was not running %1 seconds after provisioning.")
                              .arg(timing.runtimeWaitTimeoutMs / 1000),
                          *lastText);
            owner->deleteLater();
        });
        deadline->start(timing.runtimeWaitTimeoutMs);
        // The owner keeps the poll function alive; the function refers to itself only weakly, or the
        // self-reference would keep it (and the job state it holds) alive forever.
        QObject::connect(owner, &QObject::destroyed, [poll]() {});
        std::weak_ptr<std::function<void()>> weakPoll = poll;
        *poll = [backend, state, context, owner, weakPoll, lastText, timing]() {
            HostOperation *op = backend->moduleList();
            op->setParent(owner);
            QObject::connect(op, &HostOperation::finished, owner, [=]() {
                const HostOperationResult &result = op->result();
                op->deleteLater();
                if (result.ok()) {
                    const QString text = result.data.value(QStringLiteral("text")).toString();
                    *lastText = text;
                    const auto parsed = host::parseIotEdgeList(text);
                    if (parsed.ok()) {
                        state->modules = parsed.value;
                        for (const host::IotEdgeModule &m : parsed.value.modules) {
                            if (m.name == QLatin1String("edgeAgent") &&
                                m.status == host::ModuleStatus::Running) {
                                context->log(HostJobsTr::tr("edgeAgent is running (%1).").arg(m.description));
                                context->succeed();
                                owner->deleteLater();
                                return;
                            }
                        }
                    }
                } else {
                    *lastText = result.error;
                }
                context->log(HostJobsTr::tr("edgeAgent is not running yet; asking again in %1 seconds.")
                                 .arg(qMax(1, timing.runtimePollIntervalMs / 1000)));
                QTimer::singleShot(timing.runtimePollIntervalMs, owner, [weakPoll]() {
                    if (const auto again = weakPoll.lock())
                        (*again)();
                });
            });
        };
        (*poll)();
    };
    wait.cleanup = [waiter]() {
        if (QObject *owner = waiter->data())
            owner->deleteLater();
    };
    return wait;
}

} // namespace

QString deployJobKind()
{
    return QStringLiteral("deploy");
}

QString provisionJobKind()
{
    return QStringLiteral("provision");
}

QString probeJobKind()
{
    return QStringLiteral("probe");
}

QString statusJobKind()
{
    return QStringLiteral("status");
}

QList<Step> probeSteps(host::HostBackend *backend, const plan::DeploymentPlan &plan,
                       std::shared_ptr<HostJobState> state)
{
    return {probeStep(backend, plan, std::move(state), false)};
}

QJsonObject journalPlanSnapshot(const plan::DeploymentPlan &plan, const QString &targetDescription,
                                DeployOptions options, const QString &targetId)
{
    QJsonObject snapshot;
    snapshot.insert(QStringLiteral("plan"), plan::planToJson(plan));
    snapshot.insert(QStringLiteral("target"), targetDescription);
    if (!targetId.isEmpty())
        snapshot.insert(QStringLiteral("targetId"), targetId);
    // Only when set, so that snapshots of other jobs read as before.
    if (options.replaceExistingVm)
        snapshot.insert(QStringLiteral("replaceExistingVm"), true);
    return snapshot;
}

DeployOptions journalledDeployOptions(const QJsonObject &snapshot)
{
    DeployOptions options;
    options.replaceExistingVm = snapshot.value(QStringLiteral("replaceExistingVm")).toBool(false);
    return options;
}

bool snapshotIsFor(const QJsonObject &snapshot, const QString &targetId, const QString &targetDescription)
{
    const QJsonValue id = snapshot.value(QStringLiteral("targetId"));
    if (id.isString() && !targetId.isEmpty())
        return id.toString() == targetId;
    return snapshot.value(QStringLiteral("target")).toString() == targetDescription;
}

std::optional<JournalEntry> pendingHostJob(const Journal &journal, const QString &kind,
                                           const QString &targetDescription, const QString &targetId)
{
    for (const JournalEntry &entry : journal.pendingJobs()) {
        if (entry.kind == kind && snapshotIsFor(entry.plan, targetId, targetDescription))
            return entry;
    }
    return std::nullopt;
}

QMap<QString, QString> stepTitles(const QString &kind)
{
    // The steps are only built, never run: no backend is needed for their titles.
    auto state = std::make_shared<HostJobState>();
    QList<Step> steps;
    if (kind == deployJobKind())
        steps = deploySteps(nullptr, {}, state);
    else if (kind == provisionJobKind()) {
        plan::DeploymentPlan withProxy; // every step a provision job can have, the proxy's too
        withProxy.edgeProxy.url = QStringLiteral("http://proxy:3128");
        steps = provisionSteps(nullptr, withProxy, {}, state);
    } else if (kind == probeJobKind())
        steps = probeSteps(nullptr, {}, state);
    else
        steps = statusSteps(nullptr, plan::defaultRelease(), state);
    QMap<QString, QString> titles;
    for (const Step &s : steps)
        titles.insert(s.id, s.title);
    return titles;
}

QStringList stepIds(const QList<Step> &steps)
{
    QStringList ids;
    ids.reserve(steps.size());
    for (const Step &s : steps)
        ids << s.id;
    return ids;
}

QStringList recheckStepIds(const QString &kind)
{
    if (kind == deployJobKind())
        return {QStringLiteral("verify")};
    if (kind != provisionJobKind())
        return {};
    QStringList ids = stepIds(statusSteps(nullptr, plan::defaultRelease(), std::make_shared<HostJobState>()));
    ids.removeAll(QStringLiteral("vm")); // provision reads the VM in check-vm, at its start
    return ids;
}

SecretProvider oneTimeSecret(std::optional<host::ProvisioningSecret> secret, const QString &usedError)
{
    auto held = std::make_shared<std::optional<host::ProvisioningSecret>>(std::move(secret));
    return [held, usedError](QString *error) -> std::optional<host::ProvisioningSecret> {
        if (!*held) {
            *error = usedError;
            return std::nullopt;
        }
        auto value = std::move(*held);
        held->reset();
        return value;
    };
}

QList<Step> deploySteps(host::HostBackend *backend, const plan::DeploymentPlan &plan,
                        std::shared_ptr<HostJobState> state, DeployOptions options)
{
    QList<Step> steps;
    steps << probeStep(backend, plan, state, true);
    steps.last().weight = 2;

    Step hyperV = hostStep(
        QStringLiteral("enable-hyperv"), HostJobsTr::tr("Enable Hyper-V"), 20min,
        [backend]() { return backend->enableHyperV(); },
        [state](const HostOperationResult &result) -> QString {
            if (result.data.value(QStringLiteral("restartRequired")).toBool()) {
                state->restartRequired = true;
                return HostJobsTr::tr(
                    "Hyper-V is enabled, but Windows must restart before EFLOW can be "
                    "deployed. Restart the target device, then run the deployment again: it "
                    "continues from here.");
            }
            return {};
        },
        state);
    hyperV.weight = 6;
    hyperV.skipIf = [state]() {
        // Only when the probe saw it off; an unknown state is left to Deploy-Eflow's own check.
        return !state->facts || (state->facts->hyperV != host::FeatureState::Disabled &&
                                 state->facts->hyperV != host::FeatureState::EnablePending);
    };
    steps << hyperV;

    Step createSwitch = hostStep(
        QStringLiteral("create-switch"), HostJobsTr::tr("Create the virtual switch"), 5min,
        [backend, request = plan.switchCreation]() { return backend->createSwitch(request); },
        [state](const HostOperationResult &result) -> QString {
            state->switchResult = result.data;
            return {};
        },
        state);
    createSwitch.skipIf = [create = plan.switchCreation.create]() {
        return !create;
    };
    steps << createSwitch;
    steps.last().weight = 2;

    steps << removeExistingVmStep(backend, state, options);

    steps << hostStep(
        QStringLiteral("install"), HostJobsTr::tr("Install Azure IoT Edge for Linux on Windows"), 45min,
        [backend, plan, state]() { return backend->installEflow(releaseOf(plan, state), plan.install); },
        [state](const HostOperationResult &result) -> QString {
            state->installResult = result.data;
            // msiexec 3010/1641: installed, but the product is usable only after a restart.
            if (result.data.value(QStringLiteral("restartRequired")).toBool()) {
                state->restartRequired = true;
                return HostJobsTr::tr(
                    "Azure IoT Edge is installed, but Windows must restart before EFLOW can be "
                    "deployed. Restart the target device, then run the deployment again: it "
                    "continues from here.");
            }
            return {};
        },
        state);
    // Downloading and installing the MSI: a few minutes; creating the VM dominates.
    steps.last().weight = 10;

    steps << hostStep(
        QStringLiteral("deploy"), HostJobsTr::tr("Create the virtual machine (Deploy-Eflow)"), 60min,
        [backend, plan, state]() {
            plan::DeploymentPlan effective = plan;
            effective.release = releaseOf(plan, state);
            return backend->deploy(effective);
        },
        [state](const HostOperationResult &result) -> QString {
            state->deployResult = result.data;
            const QString ok = result.data.value(QStringLiteral("result")).toString();
            if (ok.compare(QLatin1String("OK"), Qt::CaseInsensitive) != 0)
                return HostJobsTr::tr("Deploy-Eflow did not return OK (it returned \"%1\").").arg(ok);
            return {};
        },
        state);
    steps.last().weight = 70;

    steps << hostStep(
        QStringLiteral("verify"), HostJobsTr::tr("Check the virtual machine"), 3min,
        [backend]() { return backend->vmStatus(); },
        [state](const HostOperationResult &result) -> QString {
            if (const QString missing = notDeployedError(result); !missing.isEmpty())
                return missing;
            const auto parsed =
                host::parseGetEflowVmJson(result.data.value(QStringLiteral("json")).toString());
            if (!parsed.ok())
                return HostJobsTr::tr("The virtual machine's status could not be read: %1")
                    .arg(parsed.error.message);
            state->vm = parsed.value;
            // Its address, for a resumed deploy whose Deploy-Eflow answer is gone (issue 14 item 6).
            state->vmInfo = result.data;
            state->vmInfo.remove(QStringLiteral("json"));
            if (parsed.value.powerState != host::VmPowerState::Running)
                return HostJobsTr::tr(
                           "The virtual machine was created but is not running (power state \"%1\").")
                    .arg(parsed.value.powerStateText);
            return {};
        },
        state);
    return steps;
}

QList<Step> provisionSteps(host::HostBackend *backend, const plan::DeploymentPlan &plan,
                           SecretProvider secret, std::shared_ptr<HostJobState> state, HostJobTiming timing)
{
    const plan::EflowRelease release =
        plan.release == plan::EflowRelease::Unknown ? plan::defaultRelease() : plan.release;
    QList<Step> steps;
    steps << hostStep(
        QStringLiteral("check-vm"), HostJobsTr::tr("Check that the virtual machine exists"), 3min,
        [backend]() { return backend->vmStatus(); },
        [state](const HostOperationResult &result) -> QString {
            if (const QString missing = notDeployedError(result); !missing.isEmpty())
                return missing;
            const auto parsed =
                host::parseGetEflowVmJson(result.data.value(QStringLiteral("json")).toString());
            if (!parsed.ok())
                return HostJobsTr::tr("The virtual machine's status could not be read: %1")
                    .arg(parsed.error.message);
            state->vm = parsed.value;
            if (parsed.value.powerState != host::VmPowerState::Running)
                return HostJobsTr::tr(
                           "The virtual machine is not running (power state \"%1\"); start it with "
                           "Start-EflowVm, then provision again.")
                    .arg(parsed.value.powerStateText);
            return {};
        },
        state);

    // The provision step fetches the secret only when it starts, and fails without calling the host
    // when there is none. When Provision-EflowVm fails, the runtime's own log says why (a DPS 401, a
    // wrong scope): it is fetched for the failure view before the step fails.
    HostStepOptions provisionOptions;
    provisionOptions.onFailure = [backend, release, state, settings = plan.provisioning](
                                     const HostOperationResult &, std::function<void()> done) {
        HostOperation *op = backend->logs(release, 50);
        QObject::connect(op, &HostOperation::finished, op, [op, state, done, settings]() {
            if (op->result().ok()) {
                state->runtimeLog =
                    op->result().data.value(QStringLiteral("text")).toString().split(QLatin1Char('\n'));
                explainRuntimeLog(*state, settings);
            }
            op->deleteLater();
            done();
        });
    };
    steps << hostStep(
        QStringLiteral("provision"), HostJobsTr::tr("Provision the device (Provision-EflowVm)"), 15min,
        [backend, release, settings = plan.provisioning, secret]() -> HostOperation * {
            QString error;
            std::optional<host::ProvisioningSecret> value;
            if (secret)
                value = secret(&error);
            const bool needsSecret = settings.type == plan::ProvisioningType::DpsSymmetricKey ||
                                     settings.type == plan::ProvisioningType::ManualConnectionString;
            if (needsSecret && (!value || value->value.isEmpty())) {
                auto *op = new HostOperation(HostJobsTr::tr("Provisioning"));
                QTimer::singleShot(0, op, [op, error]() {
                    op->fail(error.isEmpty() ? HostJobsTr::tr("No key was given for provisioning.") : error);
                });
                return op;
            }
            return backend->provision(release, settings,
                                      value ? std::move(*value) : host::ProvisioningSecret{});
        },
        [state](const HostOperationResult &result) -> QString {
            state->provisionResult = result.data;
            return {};
        },
        state, provisionOptions);

    // The IoT Edge proxy (issue 17) goes in before the runtime is waited for: edgeAgent pulls its images
    // and reaches IoT Hub through it.
    if (plan.edgeProxy.isSet()) {
        steps << hostStep(
            QStringLiteral("edge-proxy"), HostJobsTr::tr("Set the IoT Edge proxy in the virtual machine"),
            5min,
            [backend, release, proxy = plan.edgeProxy]() {
                return backend->configureEdgeProxy(release, proxy);
            },
            [](const HostOperationResult &) -> QString { return {}; }, state);
    }

    steps << waitForRuntimeStep(backend, state, timing);

    const QList<Step> status = statusSteps(backend, release, state);
    for (const Step &s : status) {
        if (s.id != QLatin1String("vm")) // the VM was read by check-vm already
            steps << s;
    }
    return steps;
}

QList<Step> statusSteps(host::HostBackend *backend, plan::EflowRelease release,
                        std::shared_ptr<HostJobState> state)
{
    // Reads never fail the job: what could not be read is shown as such, next to what could.
    HostStepOptions tolerant;
    tolerant.tolerateFailure = true;
    QList<Step> steps;
    Step vm = hostStep(
        QStringLiteral("vm"), HostJobsTr::tr("Read the virtual machine's status"), 3min,
        [backend]() { return backend->vmStatus(); },
        [state](const HostOperationResult &result) -> QString {
            state->vmInfo = result.data;
            state->vmInfo.remove(QStringLiteral("json"));
            if (!result.data.value(QStringLiteral("deployed")).toBool(true)) {
                state->notDeployed = true; // an answer, not a read error
                return {};
            }
            const auto parsed =
                host::parseGetEflowVmJson(result.data.value(QStringLiteral("json")).toString());
            if (!parsed.ok())
                return parsed.error.message;
            state->vm = parsed.value;
            return {};
        },
        state, tolerant);
    steps << vm;

    steps << hostStep(
        QStringLiteral("modules"), HostJobsTr::tr("Read the IoT Edge module list"), 3min,
        [backend]() { return backend->moduleList(); },
        [state](const HostOperationResult &result) -> QString {
            const auto parsed = host::parseIotEdgeList(result.data.value(QStringLiteral("text")).toString());
            if (!parsed.ok())
                return parsed.error.message;
            state->modules = parsed.value;
            return {};
        },
        state, tolerant);

    steps << hostStep(
        QStringLiteral("service"), HostJobsTr::tr("Read the IoT Edge service status"), 3min,
        [backend, release]() { return backend->serviceStatus(release); },
        [state](const HostOperationResult &result) -> QString {
            const QString systemctl = result.data.value(QStringLiteral("systemctl")).toString();
            if (!systemctl.isEmpty()) {
                const auto parsed = host::parseSystemctlStatus(systemctl);
                if (parsed.ok())
                    state->service = parsed.value;
                else
                    state->readErrors.insert(QStringLiteral("service"), parsed.error.message);
            }
            const QString system = result.data.value(QStringLiteral("systemStatus")).toString();
            if (!system.isEmpty()) {
                const auto parsed = host::parseIotEdgeSystemStatus(system);
                if (parsed.ok())
                    state->systemServices = parsed.value;
                else
                    state->readErrors.insert(QStringLiteral("system"), parsed.error.message);
            }
            return {};
        },
        state, tolerant);

    steps << hostStep(
        QStringLiteral("check"), HostJobsTr::tr("Run iotedge check"), 5min,
        [backend, release]() { return backend->check(release); },
        [state](const HostOperationResult &result) -> QString {
            const auto parsed =
                host::parseIotEdgeCheckJson(result.data.value(QStringLiteral("json")).toString());
            if (!parsed.ok())
                return parsed.error.message;
            state->check = parsed.value;
            return {};
        },
        state, tolerant);

    // Without the VM (or EFLOW) the other reads can only fail the same way: skip them.
    for (int i = 1; i < steps.size(); ++i)
        steps[i].skipIf = [state]() {
            return (state->readErrors.contains(QStringLiteral("vm")) && !state->vm) || state->notDeployed;
        };
    return steps;
}

} // namespace eflow::jobs
