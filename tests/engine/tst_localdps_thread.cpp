// The local DPS on a thread of its own: it lives and answers there (a TLS handshake succeeds while the owner
// thread blocks), calls from the owner run there with a bounded wait, its signals arrive on the owner's
// thread, and starting, stopping and destroying it — many times, with a call queued or a request in
// flight — ends cleanly (the test build runs under AddressSanitizer, which reports leaks and use after free).
#include <memory>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

#include "engine/localdps/LocalDps.h"
#include "engine/localdps/LocalDpsThread.h"

using namespace std::chrono_literals;
using eflow::localdps::LocalDps;
using eflow::localdps::LocalDpsFaults;
using eflow::localdps::LocalDpsOptions;
using eflow::localdps::LocalDpsThread;

namespace {

QSslConfiguration trusting(const QSslCertificate &ca)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(ca);
    return tls;
}

// A GET on the owner's event loop (a blocking client would not show where signals arrive).
void sendGet(QSslSocket &socket, const LocalDpsThread &dps)
{
    socket.setSslConfiguration(trusting(dps.caCertificate()));
    QObject::connect(&socket, &QSslSocket::encrypted, &socket,
                     [&socket] { socket.write("GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), dps.port());
}

} // namespace

class TestLocalDpsThread final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnItsOwnThread()
    {
        LocalDpsThread dps;
        QVERIFY2(dps.start(LocalDpsOptions{}), qPrintable(dps.errorString()));
        QVERIFY(dps.isRunning());
        QVERIFY(dps.port() > 0);
        QCOMPARE(dps.endpoint(), QStringLiteral("https://127.0.0.1:%1").arg(dps.port()));
        QVERIFY(dps.idScope().startsWith(QLatin1String("0ne")));
        QVERIFY(!dps.caCertificate().isNull());
        QVERIFY(dps.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
        const auto where = dps.call([](LocalDps &d) {
            return std::pair{d.thread(), QThread::currentThread()};
        });
        QVERIFY(where);
        QCOMPARE(where->first, where->second);
        QVERIFY(where->first != QThread::currentThread());
        const auto listening = dps.call([](LocalDps &d) { return d.isListening(); });
        QVERIFY(listening && *listening);
    }

    // The proof that it does not need the owner's event loop: a blocking handshake from the owner thread.
    void answersWhileOwnerBlocks()
    {
        LocalDpsThread dps;
        QVERIFY2(dps.start(LocalDpsOptions{}), qPrintable(dps.errorString()));
        QSslSocket socket;
        socket.setSslConfiguration(trusting(dps.caCertificate()));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), dps.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        socket.write("GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        while (!received.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
            received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 404"), received.constData());
    }

    void signalsArriveOnTheOwnersThread()
    {
        LocalDpsThread dps;
        QVERIFY2(dps.start(LocalDpsOptions{}), qPrintable(dps.errorString()));
        QThread *seenOn = nullptr;
        connect(&dps, &LocalDpsThread::requestHandled, this,
                [&seenOn](const QString &, const QString &, int) { seenOn = QThread::currentThread(); });
        QSignalSpy handled(&dps, &LocalDpsThread::requestHandled);
        QSslSocket socket;
        sendGet(socket, dps);
        QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 10000);
        QCOMPARE(handled.first().at(2).toInt(), 404);
        QCOMPARE(seenOn, QThread::currentThread());
    }

    void callWaitIsBounded()
    {
        LocalDpsThread dps;
        QVERIFY2(dps.start(LocalDpsOptions{}), qPrintable(dps.errorString()));
        QElapsedTimer clock;
        clock.start();
        const auto late = dps.call(
            [](LocalDps &) {
                QThread::msleep(600);
                return 1;
            },
            50ms);
        QVERIFY(!late);
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        // The late call still runs (its result goes nowhere); the next one waits behind it and answers.
        const auto next = dps.call([](LocalDps &) { return 2; });
        QCOMPARE(next.value_or(0), 2);
    }

    void notRunning()
    {
        LocalDpsThread dps;
        QVERIFY(!dps.isRunning());
        QVERIFY(!dps.call([](LocalDps &) { return 1; }));
        QVERIFY(!dps.run([](LocalDps &) {}));
        QCOMPARE(dps.port(), quint16(0));
        dps.stop(); // stopping what never ran is harmless
    }

    void portTaken()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        LocalDpsThread dps;
        LocalDpsOptions options;
        options.port = taken.serverPort();
        QVERIFY(!dps.start(options));
        QVERIFY(!dps.isRunning());
        QVERIFY2(dps.errorString().contains(QString::number(taken.serverPort())),
                 qPrintable(dps.errorString()));
        // And it starts again on a free port afterwards.
        QVERIFY2(dps.start(LocalDpsOptions{}), qPrintable(dps.errorString()));
    }

    void startStopMany()
    {
        LocalDpsThread dps;
        for (int i = 0; i < 25; ++i) {
            QVERIFY2(dps.start(LocalDpsOptions{}), qPrintable(dps.errorString()));
            const quint16 port = dps.port();
            QVERIFY(port > 0);
            if (i % 2 == 0) {
                dps.stop();
                QVERIFY(!dps.isRunning());
                QCOMPARE(dps.port(), quint16(0));
                QTcpServer reuse; // the port was given back
                QVERIFY(reuse.listen(QHostAddress::LocalHost, port));
            } // odd rounds: the next start() stops it
        }
    }

    void destroyWithCallQueued()
    {
        auto dps = std::make_unique<LocalDpsThread>();
        QVERIFY2(dps->start(LocalDpsOptions{}), qPrintable(dps->errorString()));
        auto counter = std::make_shared<std::atomic_int>(0);
        QVERIFY(!dps->call(
            [counter](LocalDps &) {
                QThread::msleep(200);
                return ++*counter;
            },
            10ms));
        QVERIFY(!dps->run([counter](LocalDps &) { ++*counter; }, 0ms)); // queued behind the slow one
        dps.reset();
        // The thread ran both calls queued before its stop, in order, then ended; nothing runs after.
        const int seen = counter->load();
        QCOMPARE(seen, 2);
        QTest::qWait(100);
        QCOMPARE(counter->load(), seen);
    }

    void destroyWhileRequestInFlight()
    {
        auto dps = std::make_unique<LocalDpsThread>();
        QVERIFY2(dps->start(LocalDpsOptions{}), qPrintable(dps->errorString()));
        LocalDpsFaults slow;
        slow.addedLatencyMs = 5000;
        QVERIFY(dps->run([slow](LocalDps &d) { d.setFaults(slow); }));
        QSslSocket socket;
        sendGet(socket, *dps);
        // The request reaches the DPS, which holds its answer back for 5 s.
        QTest::qWait(500);
        QCOMPARE(socket.bytesAvailable(), 0);
        QElapsedTimer clock;
        clock.start();
        dps.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        // The DPS closed the connection unanswered as it stopped.
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(!socket.readAll().contains("HTTP/1.1"));
    }
};

QTEST_GUILESS_MAIN(TestLocalDpsThread)
#include "tst_localdps_thread.moc"
