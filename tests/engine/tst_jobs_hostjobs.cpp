// The deploy, provision and status jobs over a scripted HostBackend: step order, skips, idempotent
// resume, the restart stop, secrets fetched only when needed, failures carrying the catalogue's cause,
// status reads that fail without stopping the others, and cancel reaching the running operation.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "engine/host/HostBackend.h"
#include "engine/host/HostFacts.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/Journal.h"
#include "engine/jobs/Pipeline.h"
#include "tests/support/ScriptedBackend.h"

using namespace eflow;
using testsupport::goodFacts;

namespace {

using eflow::testsupport::Answer;
using eflow::testsupport::ScriptedBackend;

QString vmJson(const QString &power)
{
    return QStringLiteral(
               R"({"VmConfiguration":{"name":"EDGE-01-EFLOW","properties":{}},"VmPowerState":"%1",)"
               R"("EdgeRuntimeVersion":{"IotEdgeVersion":"1.4.9"},"EdgeRuntimeStatus":{},)"
               R"("SystemStatistics":{"TotalMemMb":2048}})")
        .arg(power);
}

const char *kList =
    "NAME             STATUS           DESCRIPTION      Config\n"
    "edgeAgent        running          Up 5 seconds     mcr.microsoft.com/azureiotedge-agent:1.4\n";

const char *kSystemctl =
    "* aziot-edged.service - Azure IoT Edge daemon\n"
    "     Loaded: loaded (/lib/systemd/system/aziot-edged.service; enabled; vendor preset: "
    "enabled)\n"
    "     Active: active (running) since Sat 2026-11-28 16:00:00 UTC; 5s ago\n"
    "   Main PID: 1234 (aziot-edged)\n";

void answerHappyPath(ScriptedBackend &b, const host::HostFacts &facts = goodFacts())
{
    b.answers[QStringLiteral("probe")].data = host::hostFactsToJson(facts);
    b.answers[QStringLiteral("enableHyperV")].data = QJsonObject{{QStringLiteral("restartRequired"), true}};
    b.answers[QStringLiteral("installEflow")].data =
        QJsonObject{{QStringLiteral("version"), QStringLiteral("1.4.14")}};
    b.answers[QStringLiteral("createSwitch")].data =
        QJsonObject{{QStringLiteral("name"), QStringLiteral("EFLOW")}};
    b.answers[QStringLiteral("deploy")].data =
        QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                    {QStringLiteral("vmName"), QStringLiteral("EDGE-01-EFLOW")}};
    b.answers[QStringLiteral("deploy")].lines = {
        QStringLiteral("[11/28/2026 16:00:00] Deploying Azure IoT Edge for Linux on Windows"),
        QStringLiteral("[11/28/2026 16:00:09] Deployment successful")};
    b.answers[QStringLiteral("vmStatus")].data =
        QJsonObject{{QStringLiteral("json"), vmJson(QStringLiteral("Running"))}};
    b.answers[QStringLiteral("provision")].data =
        QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")}};
    b.answers[QStringLiteral("moduleList")].data =
        QJsonObject{{QStringLiteral("text"), QString::fromLatin1(kList)}};
    b.answers[QStringLiteral("serviceStatus")].data =
        QJsonObject{{QStringLiteral("systemctl"), QString::fromLatin1(kSystemctl)}};
    b.answers[QStringLiteral("check")].data = QJsonObject{
        {QStringLiteral("json"),
         QStringLiteral(
             R"({"additional_info":{},"checks":{"host-connect-dps-endpoint":{"result":{"result":"ok"},)"
             R"("additional_info":{}}}})")}};
    b.answers[QStringLiteral("logs")].data =
        QJsonObject{{QStringLiteral("text"), QStringLiteral("journal line")}};
}

plan::DeploymentPlan basicPlan()
{
    plan::DeploymentPlan plan;
    plan.release = plan::EflowRelease::Lts1_4;
    plan.eulaAccepted = true;
    plan.provisioning.type = plan::ProvisioningType::DpsSymmetricKey;
    plan.provisioning.idScope = QStringLiteral("0ne00000A0A");
    plan.provisioning.registrationId = QStringLiteral("edge-01");
    plan.provisioning.keySource = plan::SymmetricKeySource::IndividualEnrollment;
    return plan;
}

jobs::PipelineResult runToEnd(jobs::Pipeline &pipeline)
{
    QSignalSpy finished(&pipeline, &jobs::Pipeline::finished);
    pipeline.start();
    if (finished.isEmpty())
        finished.wait(10000);
    return finished.isEmpty() ? jobs::PipelineResult{}
                              : finished.first().first().value<jobs::PipelineResult>();
}

jobs::SecretProvider secretOf(const QByteArray &text, int *calls = nullptr)
{
    return [text, calls](QString *) -> std::optional<host::ProvisioningSecret> {
        if (calls)
            ++*calls;
        return host::ProvisioningSecret{crypto::SecureBytes(QByteArrayView(text))};
    };
}

} // namespace

class TestHostJobs final : public QObject
{
    Q_OBJECT

private slots:
    void deployRunsStepsInOrder()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state));
        QStringList ids;
        for (int i = 0; i < pipeline.stepCount(); ++i)
            ids << pipeline.step(i).id;
        QCOMPARE(ids, (QStringList{"probe", "enable-hyperv", "create-switch", "remove-vm", "install",
                                   "deploy", "verify"}));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Succeeded);
        // Hyper-V is on and no switch was asked for: those steps are skipped, not run.
        QCOMPARE(backend.calls, (QStringList{"probe", "installEflow", "deploy", "vmStatus"}));
        QCOMPARE(pipeline.stepState(1), jobs::StepState::Skipped);
        QCOMPARE(pipeline.stepState(2), jobs::StepState::Skipped);
        // Nobody asked to replace a VM: nothing is uninstalled.
        QCOMPARE(pipeline.stepState(pipeline.indexOf("remove-vm")), jobs::StepState::Skipped);
        QVERIFY(state->facts.has_value());
        QCOMPARE(state->deployResult.value("vmName").toString(), QStringLiteral("EDGE-01-EFLOW"));
        QCOMPARE(state->vm->powerState, host::VmPowerState::Running);
        // Deploy-Eflow's console lines became the step's log.
        QVERIFY(pipeline.stepLog(pipeline.indexOf("deploy")).join('\n').contains("Deployment successful"));
    }

    void unsupportedHostStopsBeforeAnythingChanges()
    {
        ScriptedBackend backend;
        host::HostFacts home = goodFacts();
        home.osCaption = QStringLiteral("Microsoft Windows 10 Home");
        home.operatingSystemSku = 101;
        home.hyperV = host::FeatureState::NotAvailable;
        home.hyperVHypervisor = host::FeatureState::NotAvailable;
        answerHappyPath(backend, home);
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("probe"));
        QCOMPARE(backend.calls, QStringList{"probe"});
        QCOMPARE(state->evaluation.verdict, host::TargetVerdict::Unsupported);
        QVERIFY2(result.message.contains(state->evaluation.summary), qPrintable(result.message));
    }

    void hyperVOffStopsForRestartThenResumes()
    {
        ScriptedBackend backend;
        host::HostFacts off = goodFacts();
        off.hyperV = host::FeatureState::Disabled;
        off.hypervisorPresent = false;
        answerHappyPath(backend, off);
        plan::DeploymentPlan plan = basicPlan();
        plan.switchCreation.create = true;
        plan.switchCreation.name = QStringLiteral("EFLOW");
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, plan, state));
        const jobs::PipelineResult first = runToEnd(pipeline);
        QCOMPARE(first.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(first.stepId, QStringLiteral("enable-hyperv"));
        QVERIFY(state->restartRequired);
        QVERIFY(first.message.contains("restart"));

        // After the restart Hyper-V answers "no restart needed": retry continues from that step.
        backend.answers[QStringLiteral("enableHyperV")].data =
            QJsonObject{{QStringLiteral("restartRequired"), false}};
        state->restartRequired = false;
        QSignalSpy finished(&pipeline, &jobs::Pipeline::finished);
        QVERIFY(pipeline.retry());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Succeeded);
        QCOMPARE(backend.calls, (QStringList{"probe", "enableHyperV", "enableHyperV", "createSwitch",
                                             "installEflow", "deploy", "vmStatus"}));
    }

    void deployFailureCarriesCauseAndFix()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        Answer &deploy = backend.answers[QStringLiteral("deploy")];
        deploy.outcome = host::HostOperationResult::Outcome::Failed;
        deploy.lines = {QStringLiteral("[11/28/2026 16:00:00] Deploying Azure IoT Edge for Linux on Windows"),
                        QStringLiteral("[11/28/2026 16:00:03] Error: Virtual machine creation failed!"),
                        QStringLiteral(" - Not enough memory available. (L1184)")};
        deploy.error = QStringLiteral("Deploy-Eflow failed.");
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("deploy"));
        QCOMPARE(state->lastFailure.explanation.id, host::EflowErrorId::NotEnoughMemory);
        QVERIFY(result.message.contains(state->lastFailure.explanation.fix));
        QVERIFY(result.detail.contains("Not enough memory available."));
    }

    void deployMustReturnOk()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        backend.answers[QStringLiteral("deploy")].data =
            QJsonObject{{QStringLiteral("result"), QStringLiteral("Failed")}};
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QVERIFY(result.message.contains("\"Failed\""));
    }

    void resumeSkipsCompletedSteps()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state));
        // As after a crash during "deploy": probe and install were journalled done.
        QVERIFY(pipeline.markCompleted(QStringLiteral("probe")));
        QVERIFY(pipeline.markCompleted(QStringLiteral("enable-hyperv"), jobs::StepState::Skipped));
        QVERIFY(pipeline.markCompleted(QStringLiteral("create-switch"), jobs::StepState::Skipped));
        QVERIFY(pipeline.markCompleted(QStringLiteral("install")));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Succeeded);
        QCOMPARE(backend.calls, (QStringList{"deploy", "vmStatus"}));
    }

    void provisionHappyPath()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        auto state = std::make_shared<jobs::HostJobState>();
        int secretCalls = 0;
        jobs::Pipeline pipeline(jobs::provisionSteps(&backend, basicPlan(),
                                                     secretOf("a2V5LWZvci10ZXN0cw==", &secretCalls), state,
                                                     jobs::HostJobTiming{10, 2000}));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Succeeded);
        QCOMPARE(secretCalls, 1);
        QCOMPARE(backend.secretSeen, QStringLiteral("a2V5LWZvci10ZXN0cw=="));
        QCOMPARE(backend.calls.first(), QStringLiteral("vmStatus"));
        QVERIFY(backend.calls.contains("provision"));
        QVERIFY(state->modules.has_value());
        QCOMPARE(state->service->state, host::ServiceState::Active);
        QVERIFY(state->check.has_value());
    }

    void provisionWaitsForEdgeAgent()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        // First answers: the runtime is still pulling edgeAgent; the module list has only the header.
        backend.answers[QStringLiteral("moduleList")].data =
            QJsonObject{{QStringLiteral("text"),
                         QStringLiteral("NAME             STATUS           DESCRIPTION      Config\n")}};
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::provisionSteps(&backend, basicPlan(), secretOf("a2V5LWZvci10ZXN0cw=="),
                                                     state, jobs::HostJobTiming{20, 5000}));
        QTimer::singleShot(150, &backend, [&backend]() {
            backend.answers[QStringLiteral("moduleList")].data =
                QJsonObject{{QStringLiteral("text"), QString::fromLatin1(kList)}};
        });
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Succeeded);
        QVERIFY(backend.calls.count("moduleList") >= 3);
        const int wait = pipeline.indexOf(QStringLiteral("wait-runtime"));
        QVERIFY(pipeline.stepLog(wait).join('\n').contains("edgeAgent is running"));
    }

    void provisionTimesOutWaitingForEdgeAgent()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        backend.answers[QStringLiteral("moduleList")].data =
            QJsonObject{{QStringLiteral("text"),
                         QStringLiteral("NAME             STATUS           DESCRIPTION      Config\n")}};
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::provisionSteps(&backend, basicPlan(), secretOf("a2V5LWZvci10ZXN0cw=="),
                                                     state, jobs::HostJobTiming{20, 300}));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("wait-runtime"));
        QVERIFY(result.message.contains("edgeAgent"));
    }

    void provisionWithoutSecretNeverCallsHost()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::SecretProvider none = [](QString *error) -> std::optional<host::ProvisioningSecret> {
            *error = QStringLiteral("no key in the keychain");
            return std::nullopt;
        };
        jobs::Pipeline pipeline(jobs::provisionSteps(&backend, basicPlan(), none, state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("provision"));
        QVERIFY(result.message.contains("no key in the keychain"));
        QVERIFY(!backend.calls.contains("provision"));
    }

    void provisionFailureFetchesRuntimeLog()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        Answer &provision = backend.answers[QStringLiteral("provision")];
        provision.outcome = host::HostOperationResult::Outcome::Failed;
        provision.error =
            QStringLiteral("iotedge service not running after provisioning, please investigate manually");
        backend.answers[QStringLiteral("logs")].data =
            QJsonObject{{QStringLiteral("text"),
                         QStringLiteral("aziot-identityd[1]: DPS client error: Unauthorized (401)\nsecond")}};
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(
            jobs::provisionSteps(&backend, basicPlan(), secretOf("a2V5LWZvci10ZXN0cw=="), state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("provision"));
        QCOMPARE(state->lastFailure.explanation.id, host::EflowErrorId::IotEdgeNotRunningAfterProvisioning);
        QVERIFY(state->runtimeLog.join('\n').contains("401"));
    }

    void provisionRefusesStoppedVm()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        backend.answers[QStringLiteral("vmStatus")].data =
            QJsonObject{{QStringLiteral("json"), vmJson(QStringLiteral("Off"))}};
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(
            jobs::provisionSteps(&backend, basicPlan(), secretOf("a2V5LWZvci10ZXN0cw=="), state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("check-vm"));
        QVERIFY(result.message.contains("Start-EflowVm"));
    }

    void statusReadsSurviveFailures()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        backend.answers[QStringLiteral("moduleList")].data =
            QJsonObject{{QStringLiteral("text"), QStringLiteral("garbage")}};
        Answer &check = backend.answers[QStringLiteral("check")];
        check.outcome = host::HostOperationResult::Outcome::Failed;
        check.error = QStringLiteral("Can't process request, EFLOW VM is OFF!");
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::statusSteps(&backend, plan::EflowRelease::Lts1_4, state));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Succeeded);
        QCOMPARE(backend.calls, (QStringList{"vmStatus", "moduleList", "serviceStatus", "check"}));
        QVERIFY(!state->modules.has_value());
        QVERIFY(state->readErrors.contains("modules"));
        QVERIFY(state->readErrors.value("check").contains("OFF"));
        QVERIFY(state->service.has_value());
    }

    void cancelReachesRunningOperation()
    {
        ScriptedBackend backend;
        answerHappyPath(backend);
        backend.answers[QStringLiteral("deploy")].hang = true;
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state));
        QSignalSpy finished(&pipeline, &jobs::Pipeline::finished);
        pipeline.start();
        QTRY_VERIFY(backend.calls.contains("deploy"));
        pipeline.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Cancelled);
        QCOMPARE(backend.aborted, 1);
    }

    void snapshotHasPlanAndTargetButNoSecret()
    {
        plan::DeploymentPlan plan = basicPlan();
        plan.provisioning.secretRef = QStringLiteral("keychain:edge-01");
        const QJsonObject snapshot = jobs::journalPlanSnapshot(plan, QStringLiteral("ssh://admin@edge-01"));
        QCOMPARE(snapshot.value("target").toString(), QStringLiteral("ssh://admin@edge-01"));
        const QByteArray text = QJsonDocument(snapshot).toJson();
        QVERIFY(text.contains("0ne00000A0A"));
        QVERIFY(!text.contains("a2V5LWZvci10ZXN0cw=="));
    }

    // The wizard and `host provision` look for an interrupted job of their kind on their target only.
    void pendingHostJobMatchesKindAndTarget()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        jobs::Journal journal(dir.path());
        const plan::DeploymentPlan plan = basicPlan();
        const QStringList ids = {"probe", "deploy"};
        QVERIFY(!jobs::pendingHostJob(journal, jobs::deployJobKind(), "ssh://a@one"));
        const QString provisionOne =
            journal.begin(jobs::provisionJobKind(), jobs::journalPlanSnapshot(plan, "ssh://a@one"), ids);
        const QString deployTwo =
            journal.begin(jobs::deployJobKind(), jobs::journalPlanSnapshot(plan, "ssh://a@two"), ids);
        const QString deployOne =
            journal.begin(jobs::deployJobKind(), jobs::journalPlanSnapshot(plan, "ssh://a@one"), ids);
        QVERIFY(!provisionOne.isEmpty() && !deployTwo.isEmpty() && !deployOne.isEmpty());

        const auto found = jobs::pendingHostJob(journal, jobs::deployJobKind(), "ssh://a@one");
        QVERIFY(found);
        QCOMPARE(found->jobId, deployOne);
        QCOMPARE(jobs::pendingHostJob(journal, jobs::provisionJobKind(), "ssh://a@one")->jobId, provisionOne);
        QVERIFY(!jobs::pendingHostJob(journal, jobs::provisionJobKind(), "ssh://a@two"));
        QVERIFY(journal.abandon(deployOne));
        QVERIFY(!jobs::pendingHostJob(journal, jobs::deployJobKind(), "ssh://a@one"));
    }

    void stepIdsKeepTheOrder()
    {
        ScriptedBackend backend;
        const QList<jobs::Step> steps =
            jobs::deploySteps(&backend, basicPlan(), std::make_shared<jobs::HostJobState>());
        const QStringList ids = jobs::stepIds(steps);
        QCOMPARE(ids.size(), steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i)
            QCOMPARE(ids.at(i), steps.at(i).id);
        QVERIFY(jobs::stepIds({}).isEmpty());
    }

    // The secret is handed over once; a second ask (a retried step) gets the caller's sentence.
    void oneTimeSecretGivesTheKeyOnce()
    {
        host::ProvisioningSecret secret;
        secret.value = crypto::SecureBytes(QByteArrayView("a2V5LWZvci10ZXN0cw=="));
        jobs::SecretProvider provider = jobs::oneTimeSecret(std::move(secret), "enter it again");
        QString error;
        auto first = provider(&error);
        QVERIFY(first);
        QCOMPARE(first->value.view().toByteArray(), QByteArray("a2V5LWZvci10ZXN0cw=="));
        QVERIFY(error.isEmpty());
        QVERIFY(!provider(&error));
        QCOMPARE(error, QString("enter it again"));

        jobs::SecretProvider none = jobs::oneTimeSecret(std::nullopt, "no key");
        QVERIFY(!none(&error));
        QCOMPARE(error, QString("no key"));
    }
};

QTEST_GUILESS_MAIN(TestHostJobs)
#include "tst_jobs_hostjobs.moc"
