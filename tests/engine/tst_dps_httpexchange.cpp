// The one HTTPS exchange both DPS clients use (engine/dps/DpsHttpExchange), against the scripted HTTPS stub
// on 127.0.0.1 with a throwaway CA: per-request timeout, caps on body and header size, resends (429 always;
// 5xx, cut connections and timeouts only where the request allows), Retry-After in seconds and as an
// HTTP-date, abort at any moment, the mapping of failures to DpsError, and a fresh token per attempt.
#include <chrono>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/CertificateFactory.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/dps/DpsHttpExchange.h"
#include "engine/dps/DpsProxy.h"
#include "engine/dps/DpsRetryPolicy.h"
#include "engine/dps/DpsTransport.h"
#include "tests/support/HttpsStub.h"

using namespace eflow::dps;
using namespace std::chrono_literals;
using Reply = eflow::testsupport::StubReply;
using eflow::testsupport::HttpsStub;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// An HTTP-date (IMF-fixdate) seconds from now.
QByteArray httpDate(int secondsFromNow)
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc().addSecs(secondsFromNow),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

// A body cut short: the status line and a Content-Length that the bytes never reach, then the connection
// closes.
Reply truncated()
{
    return Reply::raw(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"sho");
}

// A forward proxy that only tunnels (CONNECT), as corporate proxies in front of DPS do; it remembers the
// targets it was asked for.
class TunnelProxy final : public QObject
{
public:
    TunnelProxy()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                take(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &targets() const { return m_targets; }

private:
    void take(QTcpSocket *client)
    {
        client->setParent(this);
        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
            if (upstream->state() != QAbstractSocket::UnconnectedState) {
                upstream->write(client->readAll());
                return;
            }
            if (!client->canReadLine())
                return;
            const QList<QByteArray> line = client->readLine().trimmed().split(' ');
            m_targets << line.value(1);
            const QList<QByteArray> hostPort = line.value(1).split(':');
            while (client->readLine().trimmed().size() > 0) {
            }
            upstream->connectToHost(QString::fromLatin1(hostPort.value(0)),
                                    quint16(hostPort.value(1).toUInt()));
        });
        connect(upstream, &QTcpSocket::connected, client,
                [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    }

    QTcpServer m_server;
    QList<QByteArray> m_targets;
};

} // namespace

Q_DECLARE_METATYPE(QList<Reply>)
Q_DECLARE_METATYPE(DpsError::Kind)

class TestDpsHttpExchange final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
    eflow::crypto::CertificateFactory m_certificates;
    std::unique_ptr<HttpsStub> m_stub;

    static DpsHttpSettings settings(int maxRetries = 3, std::chrono::milliseconds requestTimeout = 5s,
                                    double delayScale = 0.01)
    {
        DpsHttpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.useSystemProxy = false; // hermetic: a proxy in the test environment must not see 127.0.0.1
        s.requestTimeout = requestTimeout;
        s.maxRetries = maxRetries;
        s.retryPolicy.setDelayScale(delayScale);
        s.retryPolicy.setJitterSource([] { return 0.0; });
        return s;
    }

    DpsHttpRequest request(bool resendable = false, QByteArray method = "GET") const
    {
        DpsHttpRequest r;
        r.method = std::move(method);
        r.url = m_stub->endpoint();
        r.url.setPath(QStringLiteral("/0ne00000A0A/registrations/dev-1"));
        r.url.setQuery(QStringLiteral("api-version=2021-06-01"));
        r.resendable = resendable;
        return r;
    }

    // Runs one exchange to its end; nothing when finished() did not come exactly once.
    std::optional<DpsHttpAnswer> run(DpsHttpExchange &exchange, DpsHttpRequest r,
                                     QStringList *progress = nullptr)
    {
        QList<DpsHttpAnswer> answers;
        QStringList lines;
        const auto done = connect(&exchange, &DpsHttpExchange::finished, this,
                                  [&answers](const DpsHttpAnswer &a) { answers << a; });
        const auto said = connect(&exchange, &DpsHttpExchange::progress, this,
                                  [&lines](const QString &line) { lines << line; });
        exchange.setTlsConfiguration(m_tls);
        const bool started = exchange.start(std::move(r));
        QElapsedTimer clock;
        clock.start();
        while (started && answers.isEmpty() && clock.elapsed() < 20000)
            QTest::qWait(5);
        QTest::qWait(20); // a second finished() would show up here
        disconnect(done);
        disconnect(said);
        if (progress)
            *progress = lines;
        if (!started || answers.size() != 1 || exchange.isRunning())
            return std::nullopt;
        return answers.first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
        const QString caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_certificates.caPem());
        ca.close();
        const auto tls = tlsConfiguration(caFile);
        QVERIFY(tls);
        m_tls = *tls;
    }

    void init()
    {
        m_stub = std::make_unique<HttpsStub>(m_certificates.serverCertificate(), m_certificates.serverKey());
    }
    void cleanup() { m_stub.reset(); }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected"); // -1: absent
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QTest::newRow("3") << QByteArray("3") << 3;
        QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
        QTest::newRow("0 clamps to 1") << QByteArray("0") << 1;
        QTest::newRow("negative clamps to 1") << QByteArray("-5") << 1;
        QTest::newRow("1000 clamps to 300") << QByteArray("1000") << 300;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("text") << QByteArray("soon") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("HTTP-date 20 s ahead") << QByteArray("Wed, 21 Oct 2015 07:28:20 GMT") << 20;
        QTest::newRow("HTTP-date now: 1 s") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 1;
        QTest::newRow("HTTP-date in the past: 1 s") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << 1;
        QTest::newRow("HTTP-date next day: 300 s") << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << 300;
        QTest::newRow("RFC 2822 offset form") << QByteArray("Wed, 21 Oct 2015 09:29:00 +0200") << 60;
        QTest::newRow("date without zone") << QByteArray("Wed, 21 Oct 2015 07:28:20") << -1;
        QTest::newRow("overlong") << QByteArray(100, '1') << -1;
    }

    void retryAfterParsing()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const auto parsed = DpsRetryPolicy::parseRetryAfter(header, now);
        if (expected < 0)
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0s).count())));
        else
            QCOMPARE(parsed.value_or(-99s).count(), expected);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first retry") << 1 << 0.0 << -1 << qint64(1000);
        QTest::newRow("second retry") << 2 << 0.0 << -1 << qint64(2000);
        QTest::newRow("fourth retry") << 4 << 0.0 << -1 << qint64(8000);
        QTest::newRow("capped") << 12 << 0.0 << -1 << qint64(60000);
        QTest::newRow("jitter adds up to half") << 2 << 0.5 << -1 << qint64(2500);
        QTest::newRow("Retry-After wins") << 3 << 0.5 << 7 << qint64(7000);
    }

    void backoff()
    {
        QFETCH(int, retry);
        QFETCH(double, jitter);
        QFETCH(int, retryAfter);
        QFETCH(qint64, expectedMs);
        DpsRetryPolicy policy;
        policy.setJitterSource([jitter] { return jitter; });
        const auto after = retryAfter < 0 ? std::nullopt : std::optional(std::chrono::seconds(retryAfter));
        QCOMPARE(policy.retryDelay(retry, after).count(), expectedMs);
        policy.setDelayScale(0.5);
        QCOMPARE(policy.retryDelay(retry, after).count(), expectedMs / 2);
        QCOMPARE(policy.pollDelay(std::nullopt).count(), 1000); // 2 s default, halved
    }

    // How each kind of answer ends: status, the error's kind, attempts, and what the stub saw.
    void outcomes_data()
    {
        QTest::addColumn<QList<Reply>>("script");
        QTest::addColumn<bool>("resendable");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("status");
        QTest::addColumn<DpsError::Kind>("kind"); // Unknown: succeeded
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("inMessage"); // a piece of error.message, or of the progress lines

        const Reply ok = Reply::json(200, "{\"status\":\"assigned\"}");
        const Reply busy = Reply::json(503, "{\"errorCode\":503000,\"message\":\"busy\"}");
        const Reply throttled = Reply::json(429, "{\"errorCode\":429001}");
        const DpsError::Kind none = DpsError::Kind::Unknown;
        QTest::newRow("200") << QList<Reply>{ok} << false << 5000 << 200 << none << 1 << QString();
        QTest::newRow("429 is resent, even when not resendable")
            << QList<Reply>{throttled, ok} << false << 5000 << 200 << none << 2
            << QStringLiteral("DPS answered HTTP 429; retry 1 of 3 in 0.01 s");
        QTest::newRow("503 resent when resendable")
            << QList<Reply>{busy, busy, ok} << true << 5000 << 200 << none << 3
            << QStringLiteral("DPS answered HTTP 503; retry 2 of 3 in 0.02 s");
        QTest::newRow("503 not resent otherwise")
            << QList<Reply>{busy} << false << 5000 << 503 << DpsError::Kind::ServiceUnavailable << 1
            << QStringLiteral("DPS at 127.0.0.1 was not available (HTTP 503) over 1 attempt(s)");
        QTest::newRow("503 until the retries are used up")
            << QList<Reply>{busy, busy, busy, busy} << true << 5000 << 503
            << DpsError::Kind::ServiceUnavailable << 4 << QStringLiteral("over 4 attempt(s)");
        QTest::newRow("429 until the retries are used up")
            << QList<Reply>{throttled, throttled, throttled, throttled} << false << 5000 << 429
            << DpsError::Kind::Throttled << 4
            << QStringLiteral("kept throttling the requests over 4 attempt(s)");
        QTest::newRow("cut connection resent when resendable")
            << QList<Reply>{truncated(), ok} << true << 5000 << 200 << none << 2
            << QStringLiteral("The request to DPS failed (");
        QTest::newRow("cut connection not resent otherwise")
            << QList<Reply>{truncated()} << false << 5000 << 0 << DpsError::Kind::ConnectionFailed << 1
            << QStringLiteral("127.0.0.1 closed the connection before DPS answered");
        QTest::newRow("no answer in time, resent when resendable")
            << QList<Reply>{Reply::hang(), ok} << true << 300 << 200 << none << 2
            << QStringLiteral("(no answer within 1 s); retry 1 of 3");
        QTest::newRow("no answer in time")
            << QList<Reply>{Reply::hang()} << false << 300 << 0 << DpsError::Kind::Timeout << 1
            << QStringLiteral("127.0.0.1 did not answer within 1 second(s)");
        QTest::newRow("401") << QList<Reply>{Reply::json(
                                    401, "{\"errorCode\":401002,\"message\":\"Unauthorized\"}")}
                             << true << 5000 << 401 << DpsError::Kind::Unauthorized << 1
                             << QStringLiteral("DPS refused the request with HTTP 401 (Unauthorized).");
        QTest::newRow("400") << QList<Reply>{Reply::json(400, "{\"errorCode\":400004}")} << true << 5000
                             << 400 << DpsError::Kind::BadRequest << 1 << QStringLiteral("(no reason given)");
        QTest::newRow("404") << QList<Reply>{Reply::json(404, "{}")} << true << 5000 << 404
                             << DpsError::Kind::NotFound << 1 << QStringLiteral("HTTP 404");
        QTest::newRow("403") << QList<Reply>{Reply::json(403, "{}")} << true << 5000 << 403
                             << DpsError::Kind::HttpError << 1 << QStringLiteral("HTTP 403");
        QTest::newRow("redirect not followed")
            << QList<Reply>{Reply::json(307, "{}", {{"Location", "https://elsewhere.invalid/"}}), ok} << true
            << 5000 << 307 << DpsError::Kind::HttpError << 1 << QStringLiteral("HTTP 307");
    }

    void outcomes()
    {
        QFETCH(QList<Reply>, script);
        QFETCH(bool, resendable);
        QFETCH(int, timeoutMs);
        QFETCH(int, status);
        QFETCH(DpsError::Kind, kind);
        QFETCH(int, attempts);
        QFETCH(QString, inMessage);
        m_stub->script(script);
        DpsHttpExchange exchange(settings(3, std::chrono::milliseconds(timeoutMs)));
        QSignalSpy sent(&exchange, &DpsHttpExchange::requestSent);
        QStringList progress;
        const auto answer = run(exchange, request(resendable), &progress);
        QVERIFY(answer);
        QCOMPARE(answer->httpStatus, status);
        QCOMPARE(answer->error.kind, kind);
        QCOMPARE(answer->succeeded(), kind == DpsError::Kind::Unknown);
        QCOMPARE(answer->attempts, attempts);
        QCOMPARE(sent.size(), attempts);
        QCOMPARE(m_stub->received().size(), attempts);
        if (!answer->succeeded()) {
            QCOMPARE(answer->error.attempts, attempts);
            QCOMPARE(answer->error.host, QStringLiteral("127.0.0.1"));
        }
        const QString said = answer->error.message + u'\n' + progress.join(u'\n');
        QVERIFY2(said.contains(inMessage), qPrintable(said));
        if (kind == DpsError::Kind::Unknown)
            QCOMPARE(answer->body, QByteArray("{\"status\":\"assigned\"}"));
    }

    void errorFacts()
    {
        m_stub->script({Reply::json(
            401,
            R"({"errorCode":401002,"trackingId":"t-1","message":"Unauthorized","primaryKey":"c2VjcmV0"})",
            {{"x-ms-request-id", "req-1"}})});
        DpsHttpExchange exchange(settings());
        DpsHttpRequest r = request();
        int described = 0;
        r.describeHttpError = [&described](DpsError &e) {
            ++described;
            if (e.kind == DpsError::Kind::Unauthorized && e.errorCode == 401002)
                e.message = QStringLiteral("the API's own sentence");
        };
        const auto answer = run(exchange, std::move(r));
        QVERIFY(answer);
        QCOMPARE(described, 1);
        QCOMPARE(answer->error.message, QStringLiteral("the API's own sentence"));
        QCOMPARE(answer->error.errorCode, qint64(401002));
        QCOMPARE(answer->error.trackingId, QStringLiteral("t-1")); // the body's wins over the header
        QCOMPARE(answer->error.serviceMessage, QStringLiteral("Unauthorized"));
        QVERIFY(!answer->error.rawBody.contains("c2VjcmV0")); // keys never reach the details view
        QCOMPARE(answer->header("X-MS-REQUEST-ID"), QByteArray("req-1"));

        m_stub->script({Reply::json(404, "not json", {{"x-ms-request-id", "req-2"}})});
        const auto second = run(exchange, request());
        QVERIFY(second);
        QCOMPARE(second->error.trackingId, QStringLiteral("req-2"));
        QCOMPARE(second->error.rawBody, QByteArray("not json"));
    }

    void caps_data()
    {
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<qint64>("maxBody");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        const QByteArray big(300 * 1024, 'a');
        QTest::newRow("body over the cap, announced")
            << Reply::json(200, "\"" + big + "\"") << qint64(256 * 1024)
            << QStringLiteral(
                   "127.0.0.1 sent an answer larger than 256 KiB, far more than DPS ever sends, so it "
                   "was refused: check the endpoint address and the proxy.")
            << QStringLiteral("the response is larger than 262144 bytes");
        QTest::newRow("body over the cap, without Content-Length")
            << Reply::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n\"" +
                          big)
            << qint64(256 * 1024) << QStringLiteral("127.0.0.1 sent an answer larger than 256 KiB")
            << QStringLiteral("the response is larger than 262144 bytes");
        QTest::newRow("the default cap is 1 MiB")
            << Reply::json(200, QByteArray(1024 * 1024 + 1, 'a')) << DpsHttpRequest::kSmallAnswerBytes
            << QStringLiteral("larger than 1024 KiB") << QStringLiteral("larger than 1048576 bytes");
        QTest::newRow("headers over the cap")
            << Reply::json(200, "{}", {{"x-ms-padding", QByteArray(40 * 1024, 'h')}}) << qint64(256 * 1024)
            << QStringLiteral(
                   "127.0.0.1 sent response headers larger than 32 KiB, far more than DPS ever sends, "
                   "so the answer was refused: check the endpoint address and the proxy.")
            << QStringLiteral("the response headers are larger than 32768 bytes");
        QTest::newRow("many headers over the cap")
            << Reply::json(200, "{}",
                           Headers(60, qMakePair(QByteArray("x-ms-padding"), QByteArray(600, 'h'))))
            << qint64(256 * 1024) << QStringLiteral("response headers larger than 32 KiB")
            << QStringLiteral("the response headers are larger than 32768 bytes");
    }

    void caps()
    {
        QFETCH(Reply, reply);
        QFETCH(qint64, maxBody);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        m_stub->script({reply});
        DpsHttpExchange exchange(settings());
        DpsHttpRequest r = request(true); // a refused answer is never asked for again
        r.maxBodyBytes = maxBody;
        const auto answer = run(exchange, std::move(r));
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, DpsError::Kind::MalformedResponse);
        QVERIFY2(answer->error.message.contains(message), qPrintable(answer->error.message));
        QVERIFY2(answer->error.detail.contains(detail), qPrintable(answer->error.detail));
        QVERIFY(answer->error.rawBody.size() <= 512);
        // Announced by Content-Length: refused on the headers, before a byte of the body is read.
        if (QTest::currentDataTag() == QByteArrayView("body over the cap, announced"))
            QVERIFY(answer->error.rawBody.isEmpty());
        QVERIFY(answer->body.isEmpty());
        QCOMPARE(m_stub->received().size(), 1);
    }

    // A hostile server that never stops sending: every form is refused at its cap, long before the stream
    // ends, and the client takes no more than a few megabytes of it. (Through QNetworkAccessManager, Qt 6.4
    // buffered an endless header block without limit.)
    void endlessAnswers_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<QString>("detail");
        const QByteArray status = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        QTest::newRow("one endless header line")
            << status + "X-Pad: " << QByteArray(64 * 1024, 'h')
            << QStringLiteral("the response headers are larger than 32768 bytes");
        QTest::newRow("endless header lines")
            << status << QByteArray("X-Pad: " + QByteArray(100, 'h') + "\r\n").repeated(300)
            << QStringLiteral("the response headers are larger than 32768 bytes");
        QTest::newRow("endless status line")
            << QByteArray("HTTP/1.1 200 ") << QByteArray(64 * 1024, 'O')
            << QStringLiteral("the response headers are larger than 32768 bytes");
        QTest::newRow("endless interim answers")
            << QByteArray() << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(1000)
            << QStringLiteral("the response headers are larger than 32768 bytes");
        QTest::newRow("endless body without a length")
            << status + "\r\n"
            << QByteArray(64 * 1024, 'b') << QStringLiteral("the response is larger than 1048576 bytes");
        QTest::newRow("endless chunked body")
            << status + "Transfer-Encoding: chunked\r\n\r\n"
            << QByteArray("1000\r\n" + QByteArray(4096, 'c') + "\r\n").repeated(16)
            << QStringLiteral("the response is larger than 1048576 bytes");
        QTest::newRow("endless chunked trailers")
            << status + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n"
            << QByteArray("X-Trailer: " + QByteArray(100, 't') + "\r\n").repeated(300)
            << QStringLiteral("the response headers are larger than 32768 bytes");
    }

    void endlessAnswers()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, filler);
        QFETCH(QString, detail);
        const qint64 endless = qint64(1) << 30; // a gigabyte stands in for "forever"
        m_stub->script({Reply::stream(start, filler, endless)});
        DpsHttpExchange exchange(settings(3, 20s));
        QElapsedTimer clock;
        clock.start();
        const auto answer = run(exchange, request(true));
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, DpsError::Kind::MalformedResponse);
        QVERIFY2(answer->error.detail.contains(detail), qPrintable(answer->error.details()));
        QVERIFY(answer->body.isEmpty());
        QCOMPARE(m_stub->received().size(), 1); // refused, never asked again
        QVERIFY2(m_stub->streamedBytes() < 32 * 1024 * 1024,
                 qPrintable(QString::number(m_stub->streamedBytes())));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    // The connection an answer leaves open carries the next request; one the server closed while idle is
    // replaced without the caller noticing.
    void keptAliveConnection()
    {
        m_stub->script(
            {Reply::json(200, "{\"n\":1}"), Reply::json(200, "{\"n\":2}"), Reply::json(200, "{\"n\":3}")});
        DpsHttpExchange exchange(settings());
        auto first = run(exchange, request());
        QVERIFY(first && first->succeeded());
        auto second = run(exchange, request());
        QVERIFY(second && second->succeeded());
        QCOMPARE(second->body, QByteArray("{\"n\":2}"));
        QCOMPARE(m_stub->connectionCount(), 1);
        m_stub->closeConnections();
        QTest::qWait(50);
        auto third = run(exchange, request());
        QVERIFY2(third && third->succeeded(), third ? qPrintable(third->error.details()) : "no answer");
        QCOMPARE(third->body, QByteArray("{\"n\":3}"));
        QCOMPARE(third->attempts, 1);
        QCOMPARE(m_stub->connectionCount(), 2);
        QCOMPARE(m_stub->received().size(), 3);
    }

    // Header values come from DPS answers too (If-Match, x-ms-continuation): one with a line break would
    // smuggle a header of its own into the request, so nothing is sent.
    void headerInjectionRefused_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CRLF") << QByteArray("\"etag\"\r\nX-Evil: 1");
        QTest::newRow("LF") << QByteArray("token\nHost: evil.example");
        QTest::newRow("NUL") << QByteArray("a\0b", 3);
    }

    void headerInjectionRefused()
    {
        QFETCH(QByteArray, value);
        DpsHttpExchange exchange(settings());
        DpsHttpRequest r = request();
        r.headers << qMakePair(QByteArray("If-Match"), value);
        const auto answer = run(exchange, std::move(r));
        QVERIFY(answer);
        QCOMPARE(answer->error.kind, DpsError::Kind::InvalidInput);
        QVERIFY2(answer->error.message.contains(QStringLiteral("If-Match")),
                 qPrintable(answer->error.message));
        QTest::qWait(50);
        QCOMPARE(m_stub->received().size(), 0);
    }

    // With the system's proxy on, the request goes through the proxy named by the environment (an HTTP
    // proxy carries TLS through CONNECT), and a proxy that is not there is named as the cause.
    void throughTheSystemProxy()
    {
        TunnelProxy proxy;
        const QByteArray saved = qgetenv("https_proxy");
        qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        auto restore = qScopeGuard([&saved] {
            if (saved.isEmpty())
                qunsetenv("https_proxy");
            else
                qputenv("https_proxy", saved);
        });
        m_stub->script({Reply::json(200, "{\"via\":\"proxy\"}")});
        DpsHttpSettings s = settings();
        s.useSystemProxy = true;
        DpsHttpExchange exchange(s);
        const auto answer = run(exchange, request());
        QVERIFY(answer);
        QVERIFY2(answer->succeeded(), qPrintable(answer->error.details()));
        QCOMPARE(answer->body, QByteArray("{\"via\":\"proxy\"}"));
        QCOMPARE(proxy.targets(), QList<QByteArray>{"127.0.0.1:" + QByteArray::number(m_stub->port())});

        // A proxy address where nothing listens.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 nobody = closed.serverPort();
        closed.close();
        qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(nobody));
        DpsHttpExchange other(s);
        const auto failed = run(other, request());
        QVERIFY(failed);
        QCOMPARE(failed->error.kind, DpsError::Kind::ProxyFailed);
        QVERIFY2(failed->error.message.contains(QStringLiteral("the proxy itself cannot be reached")),
                 qPrintable(failed->error.message));
    }

    // The proxy choice of the settings (issue 17): a manual proxy wins over the environment's, Direct
    // ignores it, and an exchange for a local emulator (useSystemProxy false) is direct whatever is chosen.
    void proxyChoiceOfTheSettings()
    {
        TunnelProxy proxy;
        const QByteArray saved = qgetenv("https_proxy");
        qputenv("https_proxy", "http://127.0.0.1:1"); // nothing there: taking it would fail
        auto restore = qScopeGuard([&saved] {
            setProxyChoice(ProxyChoice{});
            if (saved.isEmpty())
                qunsetenv("https_proxy");
            else
                qputenv("https_proxy", saved);
        });
        ProxyChoice manual;
        manual.mode = ProxyChoice::Mode::Manual;
        manual.host = QStringLiteral("127.0.0.1");
        manual.port = proxy.port();
        setProxyChoice(manual);
        // What System would take is told whatever is chosen, and asking does not change the choice.
        const QNetworkProxy system = systemProxyFor(globalDpsEndpoint());
        QCOMPARE(system.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(system.hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(system.port(), quint16(1));
        QCOMPARE(proxyChoice(), manual);
        DpsHttpSettings s = settings();
        s.useSystemProxy = true;
        m_stub->script({Reply::json(200, "{}")});
        DpsHttpExchange viaManual(s);
        auto answer = run(viaManual, request());
        QVERIFY(answer && answer->succeeded());
        QCOMPARE(proxy.targets().size(), 1);

        ProxyChoice direct;
        direct.mode = ProxyChoice::Mode::Direct;
        setProxyChoice(direct);
        m_stub->script({Reply::json(200, "{}")});
        DpsHttpExchange viaNothing(s);
        answer = run(viaNothing, request());
        QVERIFY2(answer && answer->succeeded(), answer ? qPrintable(answer->error.details()) : "no answer");
        QCOMPARE(proxy.targets().size(), 1);

        setProxyChoice(manual);
        s.useSystemProxy = false;
        m_stub->script({Reply::json(200, "{}")});
        DpsHttpExchange local(s);
        answer = run(local, request());
        QVERIFY(answer && answer->succeeded());
        QCOMPARE(proxy.targets().size(), 1);
    }

    void proxyAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("problem");
        QTest::newRow("plain") << "http://proxy.example.com:3128"
                               << "proxy.example.com" << 3128 << ""
                               << "";
        QTest::newRow("no scheme") << "proxy.example.com:8080"
                                   << "proxy.example.com" << 8080 << ""
                                   << "";
        QTest::newRow("user") << "http://tech@10.0.0.5:3128/"
                              << "10.0.0.5" << 3128 << "tech"
                              << "";
        QTest::newRow("ipv6") << "http://[fd00::1]:3128"
                              << "fd00::1" << 3128 << ""
                              << "";
        QTest::newRow("spaces around") << "  http://p.example.com:3128 "
                                       << "p.example.com" << 3128 << ""
                                       << "";
        QTest::newRow("empty") << ""
                               << "" << 0 << ""
                               << "empty";
        QTest::newRow("https scheme") << "https://p.example.com:3128"
                                      << "" << 0 << ""
                                      << "http://";
        QTest::newRow("socks") << "socks5://p.example.com:1080"
                               << "" << 0 << ""
                               << "http://";
        QTest::newRow("password") << "http://u:pw@p.example.com:3128"
                                  << "" << 0 << ""
                                  << "password";
        QTest::newRow("no port") << "http://p.example.com"
                                 << "" << 0 << ""
                                 << "port";
        QTest::newRow("port too big") << "http://p.example.com:70000"
                                      << "" << 0 << ""
                                      << "";
        QTest::newRow("path") << "http://p.example.com:3128/proxy.pac"
                              << "" << 0 << ""
                              << "path";
        QTest::newRow("query") << "http://p.example.com:3128?x=1"
                               << "" << 0 << ""
                               << "query";
        QTest::newRow("space in host") << "http://p example.com:3128"
                                       << "" << 0 << ""
                                       << "";
    }
    void proxyAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, problem);
        QString error;
        const std::optional<ProxyChoice> choice = parseProxyAddress(text, &error);
        if (host.isEmpty()) {
            QVERIFY(!choice);
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(problem), qPrintable(error));
            return;
        }
        QVERIFY2(choice, qPrintable(error));
        QCOMPARE(choice->mode, ProxyChoice::Mode::Manual);
        QCOMPARE(choice->host, host);
        QCOMPARE(int(choice->port), port);
        QCOMPARE(choice->user, user);
        // Written back and read again: the same.
        QCOMPARE(parseProxyAddress(proxyAddressText(*choice), nullptr), choice);
    }

    void withinTheCaps()
    {
        // Just under both caps: read in full.
        const QByteArray body = "\"" + QByteArray(256 * 1024 - 2, 'a') + "\"";
        m_stub->script({Reply::json(200, body, {{"x-ms-padding", QByteArray(30 * 1024, 'h')}})});
        DpsHttpExchange exchange(settings());
        DpsHttpRequest r = request();
        r.maxBodyBytes = 256 * 1024;
        const auto answer = run(exchange, std::move(r));
        QVERIFY(answer);
        QVERIFY2(answer->succeeded(), qPrintable(answer->error.details()));
        QCOMPARE(answer->body, body);
    }

    // The gap between two requests, measured at the stub, is the wait the service asked for.
    void retryAfterHonoured_data()
    {
        QTest::addColumn<QByteArray>("retryAfter"); // empty: none
        QTest::addColumn<int>("minGapMs");
        QTest::addColumn<int>("maxGapMs");
        QTest::newRow("seconds") << QByteArray("1") << 1000 << 3000;
        QTest::newRow("HTTP-date") << httpDate(3) << 1000 << 4000;
        QTest::newRow("none: the back-off") << QByteArray() << 100 << 900;
    }

    void retryAfterHonoured()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, minGapMs);
        QFETCH(int, maxGapMs);
        Headers headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        m_stub->script({Reply::json(429, "{}", headers), Reply::json(200, "{}")});
        DpsHttpSettings s = settings(3, 5s, 1.0);
        s.retryPolicy.setBackoff(100ms, 1s);
        DpsHttpExchange exchange(std::move(s));
        const auto answer = run(exchange, request());
        QVERIFY(answer);
        QVERIFY(answer->succeeded());
        QCOMPARE(m_stub->received().size(), 2);
        const qint64 gap = m_stub->received()[1].atMs - m_stub->received()[0].atMs;
        QVERIFY2(gap >= minGapMs && gap < maxGapMs,
                 qPrintable(QStringLiteral("resent after %1 ms").arg(gap)));
    }

    void retryAfterReported()
    {
        m_stub->script({Reply::json(202, "{}", {{"Retry-After", "7"}})});
        DpsHttpExchange exchange(settings());
        const auto answer = run(exchange, request());
        QVERIFY(answer && answer->succeeded());
        QCOMPARE(answer->retryAfter, std::optional(7s)); // a 202's wait is the client's to honour
    }

    void abortAtAnyMoment_data()
    {
        QTest::addColumn<int>("moment"); // 0: before sending, 1: in flight, 2: waiting to resend
        QTest::newRow("before the request leaves") << 0;
        QTest::newRow("while the request is in flight") << 1;
        QTest::newRow("while waiting to resend") << 2;
    }

    void abortAtAnyMoment()
    {
        QFETCH(int, moment);
        m_stub->script({moment == 2 ? Reply::json(429, "{}", {{"Retry-After", "1"}}) : Reply::hang()});
        DpsHttpExchange exchange(settings(3, 5s, 1.0));
        QSignalSpy finished(&exchange, &DpsHttpExchange::finished);
        QSignalSpy progress(&exchange, &DpsHttpExchange::progress);
        exchange.setTlsConfiguration(m_tls);
        QVERIFY(exchange.start(request(true)));
        QVERIFY(!exchange.start(request(true))); // one at a time
        if (moment == 1)
            QTRY_COMPARE_WITH_TIMEOUT(m_stub->received().size(), 1, 5000);
        if (moment == 2)
            QTRY_COMPARE_WITH_TIMEOUT(progress.size(), 1, 5000);
        const auto before = m_stub->received().size();
        QElapsedTimer clock;
        clock.start();
        exchange.abort();
        QVERIFY(clock.elapsed() < 100); // never blocks
        QVERIFY(!exchange.isRunning());
        QTest::qWait(1500);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_stub->received().size(), before);

        // Usable again at once: the aborted request left nothing behind that could hold up the next.
        m_stub->script({Reply::json(200, "{}")});
        clock.restart();
        const auto answer = run(exchange, request(true));
        QVERIFY(answer && answer->succeeded());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(answer->attempts, 1);
        QCOMPARE(m_stub->received().size(), before + 1);
    }

    void destroyedInFlight()
    {
        m_stub->setFallback(Reply::hang());
        auto exchange = std::make_unique<DpsHttpExchange>(settings());
        QSignalSpy finished(exchange.get(), &DpsHttpExchange::finished);
        exchange->setTlsConfiguration(m_tls);
        QVERIFY(exchange->start(request()));
        QTRY_COMPARE_WITH_TIMEOUT(m_stub->received().size(), 1, 5000);
        exchange.reset(); // the sanitizers watch for a dangling reply
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }

    void requestAsGiven()
    {
        m_stub->script({Reply::json(429, "{}"), Reply::json(201, "{}")});
        DpsHttpExchange exchange(settings());
        DpsHttpRequest r = request(false, "PUT");
        r.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"If-Match", "\"e1\""}};
        r.body = "{\"registrationId\":\"dev-1\"}";
        int tokens = 0;
        r.authorization = [&tokens] {
            return "SharedAccessSignature sig=" + QByteArray::number(++tokens);
        };
        const auto answer = run(exchange, std::move(r));
        QVERIFY(answer && answer->succeeded());
        QCOMPARE(answer->httpStatus, 201);
        QCOMPARE(tokens, 2); // one token per attempt
        const auto &received = m_stub->received();
        QCOMPARE(received.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(received[i].method, QByteArray("PUT"));
            QCOMPARE(received[i].path, QByteArray("/0ne00000A0A/registrations/dev-1"));
            QCOMPARE(received[i].query, QByteArray("api-version=2021-06-01"));
            QCOMPARE(received[i].body, QByteArray("{\"registrationId\":\"dev-1\"}"));
            QCOMPARE(received[i].headers.value("if-match"), QByteArray("\"e1\""));
            QCOMPARE(received[i].headers.value("authorization"),
                     "SharedAccessSignature sig=" + QByteArray::number(i + 1));
            QVERIFY(received[i].headers.value("user-agent").startsWith("eflow-wizard/"));
        }
    }

    void untrustedServer()
    {
        DpsHttpExchange exchange(settings());
        QList<DpsHttpAnswer> answers;
        connect(&exchange, &DpsHttpExchange::finished, this,
                [&answers](const DpsHttpAnswer &a) { answers << a; });
        // The default configuration: the stub's throwaway CA is not among the system's roots.
        QVERIFY(exchange.start(request(true)));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10000);
        QCOMPARE(answers.first().error.kind, DpsError::Kind::TlsUntrusted);
        QCOMPARE(answers.first().attempts, 1); // a TLS failure is never resent
        QVERIFY(m_stub->received().isEmpty()); // nothing, not even a token, went out
    }
};

QTEST_GUILESS_MAIN(TestDpsHttpExchange)
#include "tst_dps_httpexchange.moc"
