// The job runner: its work runs on a thread of its own (never the caller's), several runners work at
// once in one process with their own journal entries, a job can be cancelled, and destroying a runner in
// the middle of a job stops the work within a bound and leaves nothing behind (ASan/LSan watch this);
// a retired runner's thread ends on its own; the Verify step's DPS question runs on the worker, a newer
// question replaces an older one, and the job threads' priority can be lowered.
#undef QT_NO_CAST_FROM_ASCII
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QPointer>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/Journal.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"
#include "engine/sim/SimulatedHost.h"
#include "tests/support/TestHosts.h"
#include "tests/support/HostTestSupport.h"

using namespace eflow;

namespace {

using testsupport::licensedPlan;

// The application's hosts with the demo's files in a folder of their own.
std::shared_ptr<jobs::HostFactory> hostsIn(const QString &directory)
{
    auto factory = std::make_shared<jobs::HostFactory>();
    jobs::registerPowerShellHosts(*factory);
    sim::registerDemoHosts(*factory, directory);
    return factory;
}

bool open(jobs::HostJobRunner &runner, const jobs::HostTarget &target)
{
    QSignalSpy opened(&runner, &jobs::HostJobRunner::opened);
    if (!runner.open(target))
        return false;
    return opened.wait(30000);
}

} // namespace

class TestJobRunner final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
    }

    void workRunsOnTheRunnersOwnThread()
    {
        jobs::HostJobRunner runner(testsupport::hostFactory(), m_dir->filePath("journal"));
        QVERIFY(open(runner, jobs::HostTarget::demo("win11-pro", 0.0)));
        QThread *engine = nullptr;
        QThread *backend = nullptr;
        runner.inspect([&](jobs::HostSession &session) {
            engine = QThread::currentThread();
            backend = session.backend()->thread();
        });
        QVERIFY(engine);
        QVERIFY(engine != QThread::currentThread());
        QCOMPARE(backend, engine);

        // The probe's answer comes back on the caller's thread, as values.
        jobs::JobProgress *probe = runner.startProbe(licensedPlan());
        QCOMPARE(probe->thread(), QThread::currentThread());
        QSignalSpy finished(probe, &jobs::JobProgress::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(probe->result().outcome, jobs::PipelineOutcome::Succeeded);
        QVERIFY(probe->state().facts.has_value());
        QCOMPARE(probe->stepCount(), 1);
    }

    void refusesWhatNeedsNoHostToRefuse()
    {
        jobs::HostJobRunner runner(testsupport::hostFactory(), m_dir->filePath("journal"));
        QString error;
        QVERIFY(!runner.open(jobs::HostTarget::demo("win95"), &error));
        QVERIFY(error.contains("win95"));
        QVERIFY(!runner.open(jobs::HostTarget{}, &error));
        QVERIFY(!error.isEmpty());
        // An empty factory knows no kind at all: it says so instead of opening anything.
        jobs::HostJobRunner bare(std::make_shared<jobs::HostFactory>(), m_dir->filePath("journal"));
        QVERIFY(!bare.open(jobs::HostTarget::demo(), &error));
        QVERIFY2(error.contains("demo"), qPrintable(error));
    }

    void runnersWorkSideBySide()
    {
        // Two hosts at once, as the fleet will run them: each runner its own thread, session and job.
        jobs::HostJobRunner first(hostsIn(m_dir->filePath("demo-a")), m_dir->filePath("journal"));
        jobs::HostJobRunner second(hostsIn(m_dir->filePath("demo-b")), m_dir->filePath("journal"));
        QVERIFY(open(first, jobs::HostTarget::demo("win11-pro", 0.0)));
        QVERIFY(open(second, jobs::HostTarget::demo("win11-pro", 0.0)));
        QThread *a = nullptr;
        QThread *b = nullptr;
        first.inspect([&](jobs::HostSession &) { a = QThread::currentThread(); });
        second.inspect([&](jobs::HostSession &) { b = QThread::currentThread(); });
        QVERIFY(a && b && a != b);

        jobs::JobProgress *one = first.startDeploy(licensedPlan());
        jobs::JobProgress *two = second.startDeploy(licensedPlan());
        QSignalSpy oneDone(one, &jobs::JobProgress::finished);
        QSignalSpy twoDone(two, &jobs::JobProgress::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!oneDone.isEmpty() && !twoDone.isEmpty(), 60000);
        QVERIFY2(one->result().outcome == jobs::PipelineOutcome::Succeeded,
                 qPrintable(one->result().message));
        QVERIFY2(two->result().outcome == jobs::PipelineOutcome::Succeeded,
                 qPrintable(two->result().message));
        // Each journalled its own job, and both are finished.
        jobs::Journal journal(m_dir->filePath("journal"));
        QVERIFY(journal.pendingJobs().isEmpty());
    }

    void cancelStopsTheRunningStep()
    {
        jobs::HostJobRunner runner(testsupport::hostFactory(), m_dir->filePath("journal"));
        QVERIFY(open(runner, jobs::HostTarget::demo("win11-pro", 1.0)));
        jobs::JobProgress *deploy = runner.startDeploy(licensedPlan());
        QTRY_VERIFY_WITH_TIMEOUT(
            deploy->stepCount() > 0 && deploy->currentStep() >= deploy->indexOf("install"), 30000);
        QSignalSpy finished(deploy, &jobs::JobProgress::finished);
        deploy->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(deploy->result().outcome, jobs::PipelineOutcome::Cancelled);
        QCOMPARE(deploy->stepState(deploy->indexOf("install")), jobs::StepState::Cancelled);
        // The journal keeps it for a resume.
        QCOMPARE(runner.pendingJobs(jobs::deployJobKind()).size(), 1);

        // The default scenario's machine, named without its scenario ("demo"), is the same machine: its
        // interrupted deploy is found (journal entries carry the target's id, not its translated name).
        jobs::HostJobRunner again(testsupport::hostFactory(), m_dir->filePath("journal"));
        QVERIFY(open(again, jobs::HostTarget::demo({}, 1.0)));
        QCOMPARE(again.pendingJobs(jobs::deployJobKind()).size(), 1);
        // Another machine of that scenario is not.
        jobs::HostTarget other = jobs::HostTarget::demo("win11-pro", 1.0);
        other.machine = "line-2";
        QVERIFY(open(again, other));
        QVERIFY(again.pendingJobs(jobs::deployJobKind()).isEmpty());
    }

    void destroyingTheRunnerMidJobStopsTheWork()
    {
        QElapsedTimer clock;
        {
            jobs::HostJobRunner runner(testsupport::hostFactory(), m_dir->filePath("journal"));
            QVERIFY(open(runner, jobs::HostTarget::demo("win11-pro", 1.0)));
            jobs::JobProgress *deploy = runner.startDeploy(licensedPlan());
            QTRY_VERIFY_WITH_TIMEOUT(
                deploy->stepCount() > 0 && deploy->currentStep() >= deploy->indexOf("install"), 30000);
            runner.checkWithDps({}, {}); // a DPS check in flight too
            clock.start();
        }
        // Closing waits for the worker, but not long: the running step is killed, not waited for.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        jobs::Journal journal(m_dir->filePath("journal"));
        QCOMPARE(journal.pendingJobs().size(), 1);
        QCOMPARE(journal.pendingJobs().first().completedSteps().first().id, QStringLiteral("probe"));
    }

    void retiringTheRunnerMidJobDoesNotWaitForItsThread()
    {
        QPointer<QThread> thread;
        {
            auto *runner = new jobs::HostJobRunner(testsupport::hostFactory(), m_dir->filePath("journal"));
            QVERIFY(open(*runner, jobs::HostTarget::demo("win11-pro", 1.0)));
            jobs::JobProgress *deploy = runner->startDeploy(licensedPlan());
            QTRY_VERIFY_WITH_TIMEOUT(
                deploy->stepCount() > 0 && deploy->currentStep() >= deploy->indexOf("install"), 30000);
            runner->inspect([&](jobs::HostSession &) { thread = QThread::currentThread(); });
            thread = jobs::HostJobRunner::retire(runner); // the runner is gone now
        }
        QVERIFY(thread);
        // The thread ends on its own (the step is killed, not waited for) and deletes itself.
        QTRY_VERIFY_WITH_TIMEOUT(thread.isNull(), 5000);
        jobs::Journal journal(m_dir->filePath("journal"));
        QCOMPARE(journal.pendingJobs().size(), 1);
        QVERIFY(jobs::HostJobRunner::retire(nullptr).isNull());
    }

    void verifiesWithDpsOnItsWorker()
    {
        jobs::HostJobRunner runner(testsupport::hostFactory(), m_dir->filePath("journal"));
        QVERIFY(open(runner, jobs::HostTarget::demo("win11-pro", 0.0)));
        QVERIFY(runner.host()->demo && runner.host()->demo->serviceConnectionString);
        const jobs::DemoDps demo = *runner.host()->demo;
        QSignalSpy verified(&runner, &jobs::HostJobRunner::enrollmentVerified);
        auto connection = [&demo] {
            return crypto::SecureBytes(demo.serviceConnectionString->view());
        };

        // No connection: the portal is the way to check.
        runner.verifyEnrollment({}, "line-1", "group", {});
        QVERIFY(runner.isVerifying());
        QVERIFY(verified.wait(10000));
        auto answer = verified.takeFirst().at(0).value<dps::EnrollmentVerification>();
        QCOMPARE(answer.kind, dps::EnrollmentVerification::Kind::NoConnection);
        QVERIFY(!runner.isVerifying());

        // The demo DPS over HTTPS: a device that never registered has no record there.
        runner.verifyEnrollment(connection(), "never-registered", {}, demo.serviceClientOptions);
        QVERIFY(verified.wait(20000));
        answer = verified.takeFirst().at(0).value<dps::EnrollmentVerification>();
        QCOMPARE(answer.kind, dps::EnrollmentVerification::Kind::NotAssigned);
        QCOMPARE(answer.registrationId, QString("never-registered"));

        // A second question replaces the first: one answer, the second's.
        runner.verifyEnrollment(connection(), "first", {}, demo.serviceClientOptions);
        runner.verifyEnrollment(connection(), "second", {}, demo.serviceClientOptions);
        QVERIFY(verified.wait(20000));
        QTest::qWait(300);
        QCOMPARE(verified.size(), 1);
        QCOMPARE(verified.takeFirst().at(0).value<dps::EnrollmentVerification>().registrationId,
                 QString("second"));

        // Cancelled: answered as such.
        runner.verifyEnrollment(connection(), "cancelled", {}, demo.serviceClientOptions);
        runner.cancelVerification();
        QVERIFY(verified.wait(20000));
        const auto kind = verified.takeFirst().at(0).value<dps::EnrollmentVerification>().kind;
        // The answer may have been read before the cancel reached the worker.
        QVERIFY2(kind == dps::EnrollmentVerification::Kind::Cancelled ||
                     kind == dps::EnrollmentVerification::Kind::NotAssigned,
                 qPrintable(QString::number(int(kind))));

        // Opening another host drops a question about the one being closed.
        runner.verifyEnrollment(connection(), "dropped", {}, demo.serviceClientOptions);
        QVERIFY(open(runner, jobs::HostTarget::demo("win10-home", 0.0)));
        QVERIFY(!runner.isVerifying());
        QTest::qWait(500);
        QVERIFY(verified.isEmpty());
    }

#if defined(Q_OS_LINUX)
    void workerNiceIsApplied()
    {
        // The Fleet window lowers the job threads' priority (prepareProcessForFleet) so that its own
        // thread gets a core first.
        jobs::HostJobRunner::setWorkerNice(5);
        jobs::HostJobRunner lowered(testsupport::hostFactory(), m_dir->filePath("journal"));
        jobs::HostJobRunner::setWorkerNice(0);
        jobs::HostJobRunner normal(testsupport::hostFactory(), m_dir->filePath("journal"));
        QVERIFY(open(lowered, jobs::HostTarget::demo("win11-pro", 0.0)));
        QVERIFY(open(normal, jobs::HostTarget::demo("win11-pro", 0.0)));
        const int base = getpriority(PRIO_PROCESS, 0);
        int niceLowered = -100;
        int niceNormal = -100;
        lowered.inspect([&](jobs::HostSession &) { niceLowered = getpriority(PRIO_PROCESS, gettid()); });
        normal.inspect([&](jobs::HostSession &) { niceNormal = getpriority(PRIO_PROCESS, gettid()); });
        QCOMPARE(niceNormal, base);
        QCOMPARE(niceLowered, qMax(base, 5)); // never raised: a process started at nice 10 stays there
    }
#endif
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobs_runner.moc"
