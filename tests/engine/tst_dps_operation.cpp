// DpsOperation, the lifecycle both DPS clients give each call: one call at a time, a deadline that fires
// only while the call runs, and queued work that stays silent once its call has ended (so that an input
// error queued by one call can never end the next).
#include <chrono>

#include <QElapsedTimer>
#include <QtTest>

#include "engine/dps/DpsOperation.h"

using namespace eflow::dps;
using namespace std::chrono_literals;

class TestDpsOperation final : public QObject
{
    Q_OBJECT

private slots:
    void oneCallAtATime()
    {
        DpsOperation call({});
        QVERIFY(!call.isRunning());
        QVERIFY(!call.end()); // nothing to end
        QVERIFY(call.begin());
        QVERIFY(call.isRunning());
        QVERIFY(!call.begin());
        QVERIFY(call.end());
        QVERIFY(!call.isRunning());
        QVERIFY(!call.end()); // ended once only
        QVERIFY(call.begin());
    }

    void laterRunsFromTheEventLoop_data()
    {
        QTest::addColumn<int>("then"); // 0: nothing, 1: the call ends, 2: it ends and a new one begins
        QTest::addColumn<bool>("runs");
        QTest::newRow("while the call runs") << 0 << true;
        QTest::newRow("after the call ended") << 1 << false;
        QTest::newRow("in the next call") << 2 << false;
    }

    void laterRunsFromTheEventLoop()
    {
        QFETCH(int, then);
        QFETCH(bool, runs);
        DpsOperation call({});
        QVERIFY(call.begin());
        int ran = 0;
        call.later([&ran] { ++ran; });
        QCOMPARE(ran, 0); // never from within the call
        if (then >= 1)
            call.end();
        if (then == 2)
            call.begin();
        QTest::qWait(20);
        QCOMPARE(ran, runs ? 1 : 0);
    }

    void deadline_data()
    {
        QTest::addColumn<int>("limitMs");
        QTest::addColumn<bool>("endFirst");
        QTest::addColumn<bool>("beginAgain"); // a new call without a deadline of its own
        QTest::addColumn<int>("fired");
        QTest::newRow("fires once the call outlives it") << 100 << false << false << 1;
        QTest::newRow("stopped when the call ends") << 100 << true << false << 0;
        QTest::newRow("not inherited by the next call") << 100 << true << true << 0;
        QTest::newRow("0: no deadline") << 0 << false << false << 0;
    }

    void deadline()
    {
        QFETCH(int, limitMs);
        QFETCH(bool, endFirst);
        QFETCH(bool, beginAgain);
        QFETCH(int, fired);
        int calls = 0;
        DpsOperation call([&calls] { ++calls; });
        QVERIFY(call.begin());
        QElapsedTimer clock;
        clock.start();
        call.startDeadline(std::chrono::milliseconds(limitMs));
        if (endFirst)
            call.end();
        if (beginAgain)
            QVERIFY(call.begin());
        QTest::qWait(300);
        QCOMPARE(calls, fired);
        if (fired)
            QVERIFY(clock.elapsed() >= limitMs);
    }

    void noDeadlineWhenIdle()
    {
        int calls = 0;
        DpsOperation call([&calls] { ++calls; });
        call.startDeadline(50ms); // no call runs
        QTest::qWait(150);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDpsOperation)
#include "tst_dps_operation.moc"
