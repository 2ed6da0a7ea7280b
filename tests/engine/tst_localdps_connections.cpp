// The local DPS under slow and silent clients: connections that never start TLS, that finish TLS but never
// send a request, or that drip their headers or body, are capped per peer and in total, closed by the
// server when their phase's deadline passes, and counted; a normal registration through the engine's DPS
// client meanwhile succeeds at once. Other loopback addresses (127.0.0.2, 127.0.0.3) stand for other
// peers. The caps and deadlines are small test values so that the whole run takes seconds.
#include <algorithm>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/localdps/LocalDps.h"
#include "tests/engine/LocalDpsTestSupport.h"

using namespace Qt::StringLiterals;
using namespace eflow;

namespace {

const QByteArray deviceKey = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";
constexpr int deadlineMs = 1500;
constexpr int waitMs = 15000;

// A TCP connection from the given loopback address that never says anything.
std::unique_ptr<QTcpSocket> silentTcp(const QString &from, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(QHostAddress(from), 0))
        qFatal("cannot bind %s", qPrintable(from));
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket;
}

// A TLS connection from the given loopback address, handshake finished, nothing sent yet.
std::unique_ptr<QSslSocket> tlsConnection(const QString &from, const localdps::LocalDps &dps)
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(dps.caCertificate());
    socket->setSslConfiguration(tls);
    if (!socket->bind(QHostAddress(from), 0))
        qFatal("cannot bind %s", qPrintable(from));
    socket->connectToHostEncrypted(u"127.0.0.1"_s, dps.port());
    return socket;
}

// Connected, or already closed by the server (a refused one may be reset before it ever looks connected).
bool settled(const QAbstractSocket &socket)
{
    return socket.state() == QAbstractSocket::ConnectedState ||
           socket.state() == QAbstractSocket::UnconnectedState;
}

bool closed(const QAbstractSocket &socket)
{
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

class TestLocalDpsConnections final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<localdps::LocalDps> m_dps;
    QString m_caFile;

    void startDps(int maxConnections, int maxPerPeer)
    {
        localdps::LocalDpsOptions options;
        options.assigningPolls = 0;
        options.limits.maxConnections = maxConnections;
        options.limits.maxConnectionsPerPeer = maxPerPeer;
        options.limits.handshakeTimeoutMs = deadlineMs;
        options.limits.headerTimeoutMs = deadlineMs;
        options.limits.bodyTimeoutMs = deadlineMs;
        options.limits.idleTimeoutMs = deadlineMs;
        m_dps = std::make_unique<localdps::LocalDps>();
        QVERIFY2(m_dps->start(options), qPrintable(m_dps->errorString()));
        m_caFile = m_dir.filePath(u"ca.pem"_s);
        QVERIFY(test::writeCa(*m_dps, m_caFile));
        localdps::LocalDpsIndividualEnrollment device;
        device.registrationId = u"good-device"_s;
        device.primaryKey = deviceKey;
        QVERIFY(m_dps->addIndividualEnrollment(device));
    }

    // A registration from 127.0.0.1 through the engine's client, which must finish well before the
    // slow connections' deadlines.
    void registerPromptly()
    {
        QElapsedTimer timer;
        timer.start();
        const auto outcome = test::registerWithClient(test::clientOptions(*m_dps, m_caFile, 0),
                                                      m_dps->idScope(), u"good-device"_s, deviceKey);
        QVERIFY(outcome);
        QVERIFY2(outcome->isAssigned(), qPrintable(outcome->message()));
        QVERIFY2(timer.elapsed() < deadlineMs, qPrintable(QString::number(timer.elapsed())));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_dps.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void slowPeerCappedAndTimedOut()
    {
        startDps(40, 8);
        if (QTest::currentTestFailed())
            return;
        const quint16 port = m_dps->port();
        // 3 that finish TLS and say nothing, then raw TCP that never starts TLS, 4 past the cap of 8.
        std::vector<std::unique_ptr<QSslSocket>> tlsIdle;
        for (int i = 0; i < 3; ++i) {
            tlsIdle.push_back(tlsConnection(u"127.0.0.2"_s, *m_dps));
            QTRY_VERIFY_WITH_TIMEOUT(tlsIdle.back()->isEncrypted(), waitMs);
        }
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 9; ++i) {
            silent.push_back(silentTcp(u"127.0.0.2"_s, port));
            QTRY_VERIFY_WITH_TIMEOUT(settled(*silent.back()), waitMs);
        }
        QElapsedTimer sinceOpened;
        sinceOpened.start();
        // The 4 past the cap are closed at once, the 5 within it stay until their deadline.
        QTRY_COMPARE_WITH_TIMEOUT(m_dps->connectionStats().refused, qint64(4), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(silent.begin() + 5, silent.end(), [](auto &s) { return closed(*s); }), waitMs);
        QVERIFY(sinceOpened.elapsed() < deadlineMs);
        QVERIFY(std::none_of(silent.begin(), silent.begin() + 5, [](auto &s) { return closed(*s); }));
        QVERIFY(std::none_of(tlsIdle.begin(), tlsIdle.end(), [](auto &s) { return closed(*s); }));

        registerPromptly();
        if (QTest::currentTestFailed())
            return;

        // After the deadline the server closes every slow connection and counts it.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(silent.begin(), silent.end(), [](auto &s) { return closed(*s); }), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(tlsIdle.begin(), tlsIdle.end(), [](auto &s) { return closed(*s); }), waitMs);
        QVERIFY(sinceOpened.elapsed() >= deadlineMs - 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_dps->connectionStats().timedOut >= 8, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_dps->connectionStats().open, 0, waitMs);
        // ...and the peer may connect again.
        auto again = tlsConnection(u"127.0.0.2"_s, *m_dps);
        QTRY_VERIFY_WITH_TIMEOUT(again->isEncrypted(), waitMs);
    }

    // A client that keeps sending a header line now and then, or sends part of its body, is closed when
    // the phase's deadline passes, not kept alive by each new byte.
    void drippingRequestsTimedOut_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("drip");
        QTest::newRow("headers") << "GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba
                                 << "X-Slow: 1\r\n"_ba;
        QTest::newRow("body") << "PUT /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"_ba
                              << "{"_ba;
    }

    void drippingRequestsTimedOut()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, drip);
        startDps(40, 8);
        if (QTest::currentTestFailed())
            return;
        auto socket = tlsConnection(u"127.0.0.2"_s, *m_dps);
        QTRY_VERIFY_WITH_TIMEOUT(socket->isEncrypted(), waitMs);
        QElapsedTimer timer;
        timer.start();
        socket->write(start);
        while (!closed(*socket) && timer.elapsed() < 4 * deadlineMs) {
            QTest::qWait(200);
            if (!closed(*socket))
                socket->write(drip);
        }
        QVERIFY(closed(*socket));
        QVERIFY2(timer.elapsed() < 2 * deadlineMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_dps->connectionStats().timedOut, qint64(1));
    }

    // The total cap holds across peers; once the slow ones are gone, everyone is answered again.
    void totalCap()
    {
        startDps(8, 5);
        if (QTest::currentTestFailed())
            return;
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (const QString &from : {u"127.0.0.2"_s, u"127.0.0.3"_s}) {
            for (int i = 0; i < 5; ++i) {
                silent.push_back(silentTcp(from, m_dps->port()));
                QTRY_VERIFY_WITH_TIMEOUT(settled(*silent.back()), waitMs);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_dps->connectionStats().refused, qint64(2), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_dps->connectionStats().open, 0, waitMs);
        registerPromptly();
    }
};

QTEST_GUILESS_MAIN(TestLocalDpsConnections)
#include "tst_localdps_connections.moc"
