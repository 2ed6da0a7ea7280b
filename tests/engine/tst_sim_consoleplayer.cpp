// The simulated host's console player: lines and actions in order, each after its delay divided by the
// demo's speed; an async step holds the player until it resumes it; cancelling the operation stops the
// player (and runs its on-stop action) at once; dropRest() drops the rest; stamped lines carry the
// AzureEFLOW module's "[MM/dd/yyyy HH:mm:ss] " prefix; deploy lines report the deploy phase.
#undef QT_NO_CAST_FROM_ASCII

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "engine/host/HostOperation.h"
#include "engine/sim/ConsolePlayer.h"

using eflow::host::HostOperation;
using eflow::sim::ConsolePlayer;

class TestConsolePlayer final : public QObject
{
    Q_OBJECT

private slots:
    void playsLinesAndActionsInOrder()
    {
        HostOperation op("test");
        auto *run = new ConsolePlayer(&op, 0.0);
        QStringList order;
        run->line(100, "first", false);
        run->step(100, [&order] { order << "action"; });
        run->bullet(100, "detail");
        run->step(0, [&op] { op.succeed(); });
        run->start();
        QVERIFY(op.lines().isEmpty()); // nothing runs before the event loop turns
        QTRY_VERIFY(op.isFinished());
        QCOMPARE(op.lines(), QStringList({"first", " - detail"}));
        QCOMPARE(order, QStringList{"action"});
        QVERIFY(op.result().ok());
    }

    void stampedLinesCarryTheModulePrefix()
    {
        HostOperation op("test");
        auto *run = new ConsolePlayer(&op, 0.0);
        run->line(0, "Deploying EFLOW");
        run->step(0, [&op] { op.succeed(); });
        run->start();
        QTRY_VERIFY(op.isFinished());
        QCOMPARE(op.lines().size(), 1);
        static const QRegularExpression prefix(R"(^\[\d\d/\d\d/\d{4} \d\d:\d\d:\d\d\] Deploying EFLOW$)");
        QVERIFY2(prefix.match(op.lines().first()).hasMatch(), qPrintable(op.lines().first()));
        QVERIFY(prefix.match(ConsolePlayer::stamp() + "Deploying EFLOW").hasMatch());
    }

    void delaysAreDividedByTheSpeed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<int>("atLeastMs");
        QTest::addColumn<int>("belowMs");
        QTest::newRow("real pace") << 1.0 << 300 << 3000;
        QTest::newRow("ten times faster") << 10.0 << 30 << 290;
        QTest::newRow("instant") << 0.0 << 0 << 290;
    }

    void delaysAreDividedByTheSpeed()
    {
        QFETCH(double, speed);
        QFETCH(int, atLeastMs);
        QFETCH(int, belowMs);
        HostOperation op("test");
        auto *run = new ConsolePlayer(&op, speed);
        run->line(150, "a", false);
        run->line(150, "b", false);
        run->step(0, [&op] { op.succeed(); });
        QElapsedTimer clock;
        clock.start();
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(op.isFinished(), 10000);
        QVERIFY2(clock.elapsed() >= atLeastMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < belowMs, qPrintable(QString::number(clock.elapsed())));
    }

    void asyncStepHoldsTheScriptUntilResumed()
    {
        HostOperation op("test");
        auto *run = new ConsolePlayer(&op, 0.0);
        ConsolePlayer::Resume resume;
        run->line(0, "before", false);
        run->asyncStep(0, [&resume](ConsolePlayer::Resume r) { resume = std::move(r); });
        run->line(0, "after", false);
        run->step(0, [&op] { op.succeed(); });
        run->start();
        QTRY_VERIFY(resume);
        QTest::qWait(50);
        QCOMPARE(op.lines(), QStringList{"before"});
        QVERIFY(!op.isFinished());
        resume();
        QTRY_VERIFY(op.isFinished());
        QCOMPARE(op.lines(), QStringList({"before", "after"}));
    }

    void cancelStopsTheScriptAndRunsOnStop()
    {
        HostOperation op("test");
        auto *run = new ConsolePlayer(&op, 1.0);
        int stops = 0;
        run->setOnStop([&stops] { ++stops; });
        run->line(0, "started", false);
        run->line(5000, "never", false);
        run->start();
        QTRY_COMPARE(op.lines().size(), 1);
        QSignalSpy finished(&op, &HostOperation::finished);
        op.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(op.result().outcome, eflow::host::HostOperationResult::Outcome::Cancelled);
        QCOMPARE(stops, 1);
        QVERIFY(run->stopped());
        QTest::qWait(100);
        QCOMPARE(op.lines(), QStringList{"started"});
    }

    void dropRestDropsTheRest()
    {
        HostOperation op("test");
        auto *run = new ConsolePlayer(&op, 0.0);
        run->step(0, [&op, run] {
            op.reportLine("failed here");
            run->dropRest();
            op.fail("it failed");
        });
        run->line(0, "never", false);
        run->start();
        QTRY_VERIFY(op.isFinished());
        QTest::qWait(50);
        QCOMPARE(op.lines(), QStringList{"failed here"});
        QVERIFY(!op.result().ok());
    }

    void deployLinesReportTheirPhase()
    {
        HostOperation op("test");
        QSignalSpy progress(&op, &HostOperation::progress);
        auto *run = new ConsolePlayer(&op, 0.0);
        run->line(0, "Instantiating virtual machine", true, true);
        run->line(0, "an unrelated line", true, true);
        run->line(0, "Instantiating virtual machine", true, false);
        run->step(0, [&op] { op.succeed(); });
        run->start();
        QTRY_VERIFY(op.isFinished());
        QCOMPARE(op.lines().size(), 3);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 62);
    }
};

QTEST_GUILESS_MAIN(TestConsolePlayer)
#include "tst_sim_consoleplayer.moc"
