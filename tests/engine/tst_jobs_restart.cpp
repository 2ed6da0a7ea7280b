// The restart job (Restart-Computer, then probing until the host answers without a pending feature),
// the existing VM's comparison with the plan and its removal, and the deploy's weighted progress, over a
// scripted HostBackend.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QSignalSpy>
#include <QTest>

#include "engine/host/HostFacts.h"
#include "engine/jobs/DurationText.h"
#include "engine/jobs/ExistingVmCheck.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/JobProgress.h"
#include "engine/jobs/Pipeline.h"
#include "engine/jobs/RestartJob.h"
#include "tests/support/ScriptedBackend.h"

using namespace eflow;
using eflow::testsupport::Answer;
using eflow::testsupport::ScriptedBackend;
using testsupport::goodFacts;

namespace {

jobs::PipelineResult runToEnd(jobs::Pipeline &pipeline, int timeoutMs = 10000)
{
    QSignalSpy finished(&pipeline, &jobs::Pipeline::finished);
    pipeline.start();
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    return finished.isEmpty() ? jobs::PipelineResult{}
                              : finished.first().first().value<jobs::PipelineResult>();
}

jobs::HostJobTiming fastTiming(int timeoutMs = 5000)
{
    jobs::HostJobTiming timing;
    timing.restartSettleMs = 10;
    timing.reconnectPollMs = 10;
    timing.reconnectTimeoutMs = timeoutMs;
    return timing;
}

Answer unreachable()
{
    Answer a;
    a.outcome = host::HostOperationResult::Outcome::Failed;
    a.error = "ssh: connect to host edge-01 port 22: Connection refused";
    return a;
}

Answer factsAnswer(const host::HostFacts &facts)
{
    Answer a;
    a.data = host::hostFactsToJson(facts);
    return a;
}

plan::DeploymentPlan basicPlan()
{
    plan::DeploymentPlan plan;
    plan.release = plan::EflowRelease::Lts1_4;
    plan.eulaAccepted = true;
    plan.vm.cpuCount = 2;
    plan.vm.memoryMb = 4096;
    return plan;
}

} // namespace

class TestRestartJob final : public QObject
{
    Q_OBJECT

private slots:
    // Restart, then the host is away twice, then answers before Windows has finished, then for real.
    void restartWaitsUntilTheHostIsBack()
    {
        ScriptedBackend backend;
        host::HostFacts pending = goodFacts();
        pending.hyperV = host::FeatureState::EnablePending;
        backend.queued["probe"] = {unreachable(), unreachable(), factsAnswer(pending)};
        backend.answers["probe"] = factsAnswer(goodFacts());
        backend.answers["restartHost"].data = QJsonObject{{"restarting", true}};
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::restartSteps(&backend, state, fastTiming()));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Succeeded);
        QCOMPARE(backend.calls, (QStringList{"restartHost", "probe", "probe", "probe", "probe"}));
        QVERIFY(state->facts);
        QCOMPARE(state->facts->hyperV, host::FeatureState::Enabled);
        QVERIFY(pipeline.stepLog(1).join('\n').contains("Connection refused"));
    }

    void restartGivesUpAfterTheTimeout()
    {
        ScriptedBackend backend;
        backend.answers["probe"] = unreachable();
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::restartSteps(&backend, state, fastTiming(300)));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QVERIFY2(result.message.contains("did not answer within"), qPrintable(result.message));
        QVERIFY(backend.calls.count("probe") >= 2);
    }

    void restartWaitCanBeCancelled()
    {
        ScriptedBackend backend;
        backend.answers["probe"] = unreachable();
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::restartSteps(&backend, state, fastTiming(60000)));
        QSignalSpy finished(&pipeline, &jobs::Pipeline::finished);
        pipeline.start();
        QTRY_VERIFY(backend.calls.count("probe") >= 2);
        pipeline.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<jobs::PipelineResult>().outcome,
                 jobs::PipelineOutcome::Cancelled);
        const qsizetype probes = backend.calls.count("probe");
        QTest::qWait(100);
        QCOMPARE(backend.calls.count("probe"), probes); // no probe after the cancel
    }

    void differences_data()
    {
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<int>("cpuCount");
        QTest::addColumn<QString>("switchName");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QStringList>("expected"); // words each sentence starts with
        QTest::newRow("same") << 2048 << 2 << "Default Switch"
                              << "" << QStringList{};
        QTest::newRow("memory") << 4096 << 2 << ""
                                << "" << QStringList{"Memory"};
        QTest::newRow("cpu and switch") << 2048 << 4 << "EFLOW-Ext"
                                        << "" << QStringList{"Processors", "Virtual switch"};
        QTest::newRow("switch case-insensitive") << 2048 << 2 << "default switch"
                                                 << "" << QStringList{};
        QTest::newRow("static ip") << 2048 << 2 << ""
                                   << "172.20.0.9" << QStringList{"IP address"};
        QTest::newRow("unknown plan values") << 0 << 0 << ""
                                             << "" << QStringList{};
    }

    void differences()
    {
        QFETCH(int, memoryMb);
        QFETCH(int, cpuCount);
        QFETCH(QString, switchName);
        QFETCH(QString, ip);
        QFETCH(QStringList, expected);
        host::ExistingVm vm;
        vm.exists = true;
        vm.memoryMb = 2048;
        vm.cpuCount = 2;
        vm.switchName = "Default Switch";
        vm.ip4Address = "172.25.28.117";
        plan::DeploymentPlan plan;
        plan.vm.memoryMb = memoryMb;
        plan.vm.cpuCount = cpuCount;
        plan.network.switchName = switchName;
        plan.network.staticIp = !ip.isEmpty();
        plan.network.ip4Address = ip;
        const QStringList found = jobs::existingVmDifferences(vm, plan);
        QCOMPARE(found.size(), expected.size());
        for (int i = 0; i < found.size(); ++i)
            QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.at(i)));
        vm.exists = false;
        QVERIFY(jobs::existingVmDifferences(vm, plan).isEmpty());
    }

    // Replacing: EFLOW is uninstalled before it is installed again and Deploy-Eflow runs.
    void replaceUninstallsBeforeInstall()
    {
        ScriptedBackend backend;
        host::HostFacts facts = goodFacts();
        facts.eflow.installed = true;
        facts.eflow.line = "1.4";
        facts.eflow.release = plan::EflowRelease::Lts1_4;
        facts.vm.exists = true;
        facts.vm.name = "EDGE-01-EFLOW";
        backend.answers["probe"] = factsAnswer(facts);
        backend.answers["uninstallEflow"].data = QJsonObject{{"uninstalled", true}};
        backend.answers["deploy"].data = QJsonObject{{"result", "OK"}};
        backend.answers["vmStatus"].data =
            QJsonObject{{"json", R"({"VmConfiguration":{"name":"EDGE-01-EFLOW"},"VmPowerState":"Running"})"}};
        jobs::DeployOptions replace;
        replace.replaceExistingVm = true;
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state, replace));
        QCOMPARE(runToEnd(pipeline).outcome, jobs::PipelineOutcome::Succeeded);
        QCOMPARE(backend.calls,
                 (QStringList{"probe", "uninstallEflow", "installEflow", "deploy", "vmStatus"}));

        // Without the option, nothing is removed.
        ScriptedBackend keep;
        keep.answers = backend.answers;
        jobs::Pipeline kept(jobs::deploySteps(&keep, basicPlan(), std::make_shared<jobs::HostJobState>()));
        QCOMPARE(runToEnd(kept).outcome, jobs::PipelineOutcome::Succeeded);
        QVERIFY(!keep.calls.contains("uninstallEflow"));
    }

    // An uninstall that needs a restart stops the deploy the way Hyper-V does.
    void uninstallNeedingRestartStops()
    {
        ScriptedBackend backend;
        host::HostFacts facts = goodFacts();
        facts.vm.exists = true;
        backend.answers["probe"] = factsAnswer(facts);
        backend.answers["uninstallEflow"].data =
            QJsonObject{{"uninstalled", true}, {"restartRequired", true}};
        jobs::DeployOptions replace;
        replace.replaceExistingVm = true;
        auto state = std::make_shared<jobs::HostJobState>();
        jobs::Pipeline pipeline(jobs::deploySteps(&backend, basicPlan(), state, replace));
        const jobs::PipelineResult result = runToEnd(pipeline);
        QCOMPARE(result.outcome, jobs::PipelineOutcome::Failed);
        QVERIFY(state->restartRequired);
        QCOMPARE(pipeline.step(result.stepIndex).id, QStringLiteral("remove-vm"));
    }

    void snapshotKeepsTheReplaceOption()
    {
        jobs::DeployOptions replace;
        replace.replaceExistingVm = true;
        const QJsonObject snapshot = jobs::journalPlanSnapshot(basicPlan(), "ssh://a@one", replace);
        QVERIFY(jobs::journalledDeployOptions(snapshot).replaceExistingVm);
        QVERIFY(
            !jobs::journalledDeployOptions(jobs::journalPlanSnapshot(basicPlan(), "x")).replaceExistingVm);
    }

    // The overall bar counts creating the VM as most of the wait: when everything before it is done, it
    // shows a small share (it showed 5 of 7 steps, 71 %, before).
    void overallProgressIsWeighted()
    {
        ScriptedBackend backend;
        const QList<jobs::Step> steps =
            jobs::deploySteps(&backend, basicPlan(), std::make_shared<jobs::HostJobState>());
        jobs::JobProgress job(jobs::deployJobKind(), {});
        QList<jobs::JobStepInfo> infos;
        for (const jobs::Step &s : steps)
            infos << jobs::JobStepInfo{s.id, s.title, jobs::StepState::Pending, s.weight};
        job.setSteps(infos);
        QCOMPARE(job.overallPercent(), 0);
        const int deploy = job.indexOf("deploy");
        for (int i = 0; i < deploy; ++i)
            job.applyStepState(i, i == 0 ? jobs::StepState::Done : jobs::StepState::Skipped, {});
        job.applyStepState(job.indexOf("install"), jobs::StepState::Done, {});
        job.applyStepState(deploy, jobs::StepState::Running, {});
        job.applyProgress(deploy, 0);
        QVERIFY2(job.overallPercent() <= 30, qPrintable(QString::number(job.overallPercent())));
        job.applyProgress(deploy, 50);
        QVERIFY(job.overallPercent() > 55);
        job.applyStepState(deploy, jobs::StepState::Done, {});
        job.applyStepState(deploy + 1, jobs::StepState::Done, {});
        QCOMPARE(job.overallPercent(), 100);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0 seconds";
        QTest::newRow("1 s") << qint64(1'400) << "1 second";
        QTest::newRow("45 s") << qint64(45'000) << "45 seconds";
        QTest::newRow("1 min") << qint64(60'000) << "1 minute";
        QTest::newRow("1 min 1 s") << qint64(61'000) << "1 minute 1 second";
        QTest::newRow("2 min 5 s") << qint64(125'000) << "2 minutes 5 seconds";
        QTest::newRow("1 h 3 min") << qint64(3'780'000) << "1 hour 3 minutes";
        QTest::newRow("2 h") << qint64(7'200'000) << "2 hours";
        QTest::newRow("negative") << qint64(-5) << "0 seconds";
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(jobs::durationText(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestRestartJob)
#include "tst_jobs_restart.moc"
