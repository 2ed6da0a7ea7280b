#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <thread>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include "engine/jobs/Pipeline.h"
#include "engine/jobs/Step.h"
#include "engine/jobs/StepContext.h"
#include "engine/jobs/StepState.h"

using namespace std::chrono_literals;
using eflow::jobs::Pipeline;
using eflow::jobs::PipelineOutcome;
using eflow::jobs::PipelineResult;
using eflow::jobs::Step;
using eflow::jobs::StepContext;
using eflow::jobs::StepState;
using eflow::jobs::StepThread;

namespace {

// An event-driven step: finishes from a timer on the calling thread, like a QProcess would.
Step timedStep(const QString &id, QStringList *order, int ms = 10, bool ok = true)
{
    Step s;
    s.id = id;
    s.title = id;
    s.body = [id, order, ms, ok](const std::shared_ptr<StepContext> &ctx) {
        order->append(id);
        ctx->log(QStringLiteral("running %1").arg(id));
        ctx->setProgress(50);
        QTimer::singleShot(ms, [ctx, ok]() {
            if (ok)
                ctx->succeed();
            else
                ctx->fail(QStringLiteral("it broke"), QStringLiteral("raw detail"));
        });
    };
    return s;
}

// A step that never finishes by itself.
Step hangingStep(const QString &id, std::shared_ptr<std::atomic_int> cleanups,
                 std::shared_ptr<StepContext> *keep = nullptr)
{
    Step s;
    s.id = id;
    s.title = id;
    s.body = [keep](const std::shared_ptr<StepContext> &ctx) {
        if (keep)
            *keep = ctx;
    };
    s.cleanup = [cleanups]() {
        ++*cleanups;
    };
    return s;
}

// A worker step that polls for cancellation like a long download would.
Step pollingWorkerStep(const QString &id, std::shared_ptr<std::atomic_bool> exited)
{
    Step s;
    s.id = id;
    s.title = id;
    s.thread = StepThread::Worker;
    s.body = [exited](const std::shared_ptr<StepContext> &ctx) {
        int i = 0;
        while (!ctx->isCancelled()) {
            std::this_thread::sleep_for(5ms);
            ctx->setProgress(++i % 100);
        }
        // Reports after cancellation must be harmless, also when the pipeline is already gone.
        ctx->log(QStringLiteral("late line"));
        ctx->succeed();
        exited->store(true);
    };
    return s;
}

} // namespace

class TestJobsPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<PipelineResult>(); }

    void runsStepsInOrder()
    {
        QStringList order;
        Pipeline p({timedStep(QStringLiteral("a"), &order), timedStep(QStringLiteral("b"), &order),
                    timedStep(QStringLiteral("c"), &order)});
        QSignalSpy finished(&p, &Pipeline::finished);
        QSignalSpy states(&p, &Pipeline::stepStateChanged);
        QSignalSpy logs(&p, &Pipeline::logLine);
        QSignalSpy progress(&p, &Pipeline::stepProgress);
        p.start();
        QVERIFY(p.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const auto result = finished.at(0).at(0).value<PipelineResult>();
        QCOMPARE(result.outcome, PipelineOutcome::Succeeded);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(p.stepState(i), StepState::Done);
            QCOMPARE(p.stepPercent(i), 100);
            QCOMPARE(p.stepLog(i).size(), 1);
        }
        QCOMPARE(logs.count(), 3);
        QVERIFY(progress.count() >= 6); // 50 and 100 for each step
        // Running then Done for each, in order.
        QCOMPARE(states.count(), 6);
        QCOMPARE(states.at(0).at(0).toInt(), 0);
        QCOMPARE(states.at(0).at(1).value<StepState>(), StepState::Running);
        QCOMPARE(states.at(5).at(0).toInt(), 2);
        QCOMPARE(states.at(5).at(1).value<StepState>(), StepState::Done);
        QVERIFY(!p.isRunning());
    }

    void synchronousSucceedDoesNotReenter()
    {
        int depth = 0;
        int maxDepth = 0;
        QList<Step> steps;
        for (int i = 0; i < 50; ++i) {
            Step s;
            s.id = QString::number(i);
            s.body = [&depth, &maxDepth](const std::shared_ptr<StepContext> &ctx) {
                ++depth;
                maxDepth = qMax(maxDepth, depth);
                ctx->succeed();
                --depth;
            };
            steps.append(s);
        }
        Pipeline p(steps);
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QCOMPARE(finished.count(), 0); // delivered through the event loop, never synchronously
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(maxDepth, 1);
    }

    void stopsOnFirstFailure()
    {
        QStringList order;
        Pipeline p({timedStep(QStringLiteral("a"), &order), timedStep(QStringLiteral("b"), &order, 10, false),
                    timedStep(QStringLiteral("c"), &order)});
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<PipelineResult>();
        QCOMPARE(result.outcome, PipelineOutcome::Failed);
        QCOMPARE(result.stepIndex, 1);
        QCOMPARE(result.stepId, QStringLiteral("b"));
        QCOMPARE(result.message, QStringLiteral("it broke"));
        QCOMPARE(result.detail, QStringLiteral("raw detail"));
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(p.stepState(0), StepState::Done);
        QCOMPARE(p.stepState(1), StepState::Failed);
        QCOMPARE(p.stepState(2), StepState::Pending);
        QCOMPARE(p.stepError(1), QStringLiteral("it broke"));
        QCOMPARE(p.stepErrorDetail(1), QStringLiteral("raw detail"));
    }

    void throwingBodyFailsTheStep()
    {
        Step s;
        s.id = QStringLiteral("boom");
        s.body = [](const std::shared_ptr<StepContext> &) {
            throw std::runtime_error("kaput");
        };
        Step w = s;
        w.thread = StepThread::Worker;
        for (const Step &step : {s, w}) {
            Pipeline p({step});
            QSignalSpy finished(&p, &Pipeline::finished);
            p.start();
            QTRY_COMPARE(finished.count(), 1);
            const auto result = finished.at(0).at(0).value<PipelineResult>();
            QCOMPARE(result.outcome, PipelineOutcome::Failed);
            QCOMPARE(result.detail, QStringLiteral("kaput"));
        }
    }

    void skipsByPredicate()
    {
        QStringList order;
        Step b = timedStep(QStringLiteral("b"), &order);
        b.skipIf = []() {
            return true;
        };
        Pipeline p({timedStep(QStringLiteral("a"), &order), b, timedStep(QStringLiteral("c"), &order)});
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PipelineResult>().outcome, PipelineOutcome::Succeeded);
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(p.stepState(1), StepState::Skipped);
    }

    void timeoutRunsCleanupAndFails()
    {
        QStringList order;
        auto cleanups = std::make_shared<std::atomic_int>(0);
        std::shared_ptr<StepContext> kept;
        Step hang = hangingStep(QStringLiteral("hang"), cleanups, &kept);
        hang.title = QStringLiteral("Waiting forever");
        hang.timeout = 100ms;
        Pipeline p({timedStep(QStringLiteral("a"), &order), hang, timedStep(QStringLiteral("c"), &order)});
        QSignalSpy finished(&p, &Pipeline::finished);
        QElapsedTimer clock;
        clock.start();
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(clock.elapsed() >= 100);
        const auto result = finished.at(0).at(0).value<PipelineResult>();
        QCOMPARE(result.outcome, PipelineOutcome::Failed);
        QCOMPARE(result.stepId, QStringLiteral("hang"));
        QVERIFY(result.message.contains(QStringLiteral("Waiting forever")));
        QCOMPARE(cleanups->load(), 1);
        QVERIFY(kept && kept->isCancelled());
        QCOMPARE(p.stepState(1), StepState::Failed);
        QCOMPARE(p.stepState(2), StepState::Pending);
        // A late finish of the timed-out body changes nothing.
        kept->succeed();
        QTest::qWait(20);
        QCOMPARE(p.stepState(1), StepState::Failed);
        QCOMPARE(finished.count(), 1);
    }

    void cancelMidStep()
    {
        QStringList order;
        auto cleanups = std::make_shared<std::atomic_int>(0);
        std::shared_ptr<StepContext> kept;
        Pipeline p({timedStep(QStringLiteral("a"), &order), hangingStep(QStringLiteral("b"), cleanups, &kept),
                    timedStep(QStringLiteral("c"), &order), timedStep(QStringLiteral("d"), &order)});
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(p.stepState(1), StepState::Running);
        p.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PipelineResult>().outcome, PipelineOutcome::Cancelled);
        QCOMPARE(finished.at(0).at(0).value<PipelineResult>().stepId, QStringLiteral("b"));
        QCOMPARE(cleanups->load(), 1);
        QCOMPARE(p.stepState(0), StepState::Done);
        QCOMPARE(p.stepState(1), StepState::Cancelled);
        QCOMPARE(p.stepState(2), StepState::Cancelled);
        QCOMPARE(p.stepState(3), StepState::Cancelled);
        QVERIFY(kept->isCancelled());
        kept->succeed();
        p.cancel(); // a second cancel is a no-op
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(cleanups->load(), 1);
        QCOMPARE(order, QStringList{QStringLiteral("a")});
    }

    void workerStepCancelledPromptly()
    {
        auto exited = std::make_shared<std::atomic_bool>(false);
        Pipeline p({pollingWorkerStep(QStringLiteral("w"), exited)});
        QSignalSpy finished(&p, &Pipeline::finished);
        QSignalSpy progress(&p, &Pipeline::stepProgress);
        QThread *const mainThread = QThread::currentThread();
        bool progressOnOwnThread = true;
        connect(&p, &Pipeline::stepProgress, this, [&progressOnOwnThread, mainThread]() {
            progressOnOwnThread &= QThread::currentThread() == mainThread;
        });
        p.start();
        QTRY_VERIFY(progress.count() >= 3);
        QVERIFY(progressOnOwnThread);
        QElapsedTimer clock;
        clock.start();
        p.cancel();
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(exited->load(), 1000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(p.stepState(0), StepState::Cancelled);
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
        QVERIFY(p.stepLog(0).isEmpty()); // the late line was dropped
    }

    void workerStepSucceedsOnReturn()
    {
        std::atomic_bool ranOnOtherThread{false};
        Step s;
        s.id = QStringLiteral("w");
        s.thread = StepThread::Worker;
        QThread *const mainThread = QThread::currentThread();
        s.body = [&ranOnOtherThread, mainThread](const std::shared_ptr<StepContext> &ctx) {
            ranOnOtherThread = QThread::currentThread() != mainThread;
            ctx->log(QStringLiteral("hello from a worker"));
        };
        Pipeline p({s});
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PipelineResult>().outcome, PipelineOutcome::Succeeded);
        QVERIFY(ranOnOtherThread);
        QCOMPARE(p.stepLog(0), QStringList{QStringLiteral("hello from a worker")});
    }

    void retryFromFailedStep()
    {
        int aRuns = 0;
        int bRuns = 0;
        Step a;
        a.id = QStringLiteral("a");
        a.body = [&aRuns](const std::shared_ptr<StepContext> &ctx) {
            ++aRuns;
            ctx->succeed();
        };
        Step b;
        b.id = QStringLiteral("b");
        b.body = [&bRuns](const std::shared_ptr<StepContext> &ctx) {
            if (++bRuns == 1)
                ctx->fail(QStringLiteral("first time fails"));
            else
                ctx->succeed();
        };
        Step c = a;
        c.id = QStringLiteral("c");
        Pipeline p({a, b, c});
        QSignalSpy finished(&p, &Pipeline::finished);
        QVERIFY(!p.retry()); // nothing to retry yet
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PipelineResult>().outcome, PipelineOutcome::Failed);
        QCOMPARE(aRuns, 1);
        QVERIFY(p.retry());
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<PipelineResult>().outcome, PipelineOutcome::Succeeded);
        QCOMPARE(aRuns, 2); // a once, c once: a was not run again
        QCOMPARE(bRuns, 2);
        QCOMPARE(p.stepState(1), StepState::Done);
        QCOMPARE(p.stepError(1), QString());
        QVERIFY(!p.retry()); // nothing left after success
    }

    void retryAfterCancel()
    {
        QStringList order;
        bool hang = true;
        Step b;
        b.id = QStringLiteral("b");
        b.body = [&hang, &order](const std::shared_ptr<StepContext> &ctx) {
            order.append(QStringLiteral("b"));
            if (!hang)
                ctx->succeed();
        };
        Pipeline p({timedStep(QStringLiteral("a"), &order), b, timedStep(QStringLiteral("c"), &order)});
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(p.stepState(1), StepState::Running);
        p.cancel();
        hang = false;
        QVERIFY(p.retry());
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<PipelineResult>().outcome, PipelineOutcome::Succeeded);
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b"),
                                     QStringLiteral("c")}));
    }

    void resumesAfterCompletedSteps()
    {
        QStringList order;
        Pipeline p({timedStep(QStringLiteral("a"), &order), timedStep(QStringLiteral("b"), &order),
                    timedStep(QStringLiteral("c"), &order)});
        QVERIFY(p.markCompleted(QStringLiteral("a")));
        QVERIFY(p.markCompleted(QStringLiteral("b"), StepState::Skipped));
        QVERIFY(!p.markCompleted(QStringLiteral("nope")));
        QVERIFY(!p.markCompleted(QStringLiteral("c"), StepState::Failed));
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(order, QStringList{QStringLiteral("c")});
        QCOMPARE(p.stepState(0), StepState::Done);
        QCOMPARE(p.stepState(1), StepState::Skipped);
    }

    void destructorDuringWorkerStep()
    {
        auto exited = std::make_shared<std::atomic_bool>(false);
        auto cleanups = std::make_shared<std::atomic_int>(0);
        Step w = pollingWorkerStep(QStringLiteral("w"), exited);
        w.cleanup = [cleanups]() {
            ++*cleanups;
        };
        auto *p = new Pipeline({w});
        QSignalSpy finished(p, &Pipeline::finished);
        p->start();
        QTRY_COMPARE(p->stepState(0), StepState::Running);
        QTest::qWait(30); // let the worker post a few progress events that are still queued
        delete p;
        // The destructor waited for the worker, ran the cleanup and did not emit.
        QVERIFY(exited->load());
        QCOMPARE(cleanups->load(), 1);
        QCOMPARE(finished.count(), 0);
        QTest::qWait(20); // nothing queued for the dead pipeline may fire
    }

    void destructorBeforeStartAndAfterFinish()
    {
        QStringList order;
        {
            Pipeline p({timedStep(QStringLiteral("a"), &order)});
        }
        {
            Pipeline p({timedStep(QStringLiteral("a"), &order)});
            QSignalSpy finished(&p, &Pipeline::finished);
            p.start();
            QTRY_COMPARE(finished.count(), 1);
        }
        QCOMPARE(order, QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestJobsPipeline)
#include "tst_jobs_pipeline.moc"
