// The DPS device client against a scripted HTTPS stub on 127.0.0.1 (reference/dps-protocol.md §2):
// the requests it sends (path, api-version, headers, a SAS token whose HMAC verifies with the known
// key), polling and Retry-After, retries on 429/5xx and none on 4xx, the terminal statuses, broken
// servers, cancel, timeouts and TLS verification with a throwaway CA made by the openssl CLI. The
// exchange underneath (caps, Retry-After forms, the back-off) has its own test, tst_dps_httpexchange.
#include <chrono>
#include <memory>
#include <optional>
#include <sstream>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "engine/crypto/HmacSha256.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "tests/support/HttpsStub.h"
#include "tests/support/SasTokenFields.h"

using namespace eflow::dps;
using namespace std::chrono_literals;
using eflow::crypto::SecureBytes;

using Reply = eflow::testsupport::StubReply;
using Received = eflow::testsupport::StubRequest;
using eflow::testsupport::HttpsStub;

namespace {

const QString kScope = QStringLiteral("0ne00000A0A");
const QString kRegistrationId = QStringLiteral("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6");
// reference §3.4 vector 1: the derived device key of the documentation's group enrollment.
const QByteArray kDeviceKey = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";
const QByteArray kOperationId = "5.316aac5bdc130deb.b1e02da8-c3a0-4ff2-a121-7ea7a6b7f550";

SecureBytes deviceKey(QByteArrayView base64 = kDeviceKey)
{
    SecureBytes key;
    if (!eflow::crypto::decodeBase64Strict(base64, key))
        qFatal("test key is not base64");
    return key;
}

QByteArray assigningBody()
{
    return "{\"operationId\":\"" + kOperationId + "\",\"status\":\"assigning\"}";
}

QByteArray assignedBody(const QByteArray &status = "assigned")
{
    return "{\"operationId\":\"" + kOperationId + "\",\"status\":\"" + status +
           "\",\"registrationState\":{\"registrationId\":\"" + kRegistrationId.toUtf8() +
           "\",\"createdDateTimeUtc\":\"2022-08-31T22:02:50.5163352Z\","
           "\"assignedHub\":\"MyExampleHub.azure-devices.net\",\"deviceId\":\"my-edge-device\","
           "\"status\":\"assigned\",\"substatus\":\"initialAssignment\","
           "\"lastUpdatedDateTimeUtc\":\"2022-08-31T22:02:50.7370676Z\","
           "\"etag\":\"IjY5MDAzNTUyLTAwMDAtMDMwMC0wMDAwLTYzMGZkYThhMDAwMCI=\","
           "\"payload\":{\"hubHint\":\"north\"}}}";
}

QByteArray stateBody(const QByteArray &status, const QByteArray &extra = {})
{
    return "{\"operationId\":\"" + kOperationId + "\",\"status\":\"" + status +
           "\",\"registrationState\":{\"registrationId\":\"" + kRegistrationId.toUtf8() + "\",\"status\":\"" +
           status + "\"" + extra + "}}";
}

// Checks a "SharedAccessSignature sr=…&sig=…&se=…&skn=…" header the way the service does (§3.2):
// HMAC over sr exactly as received, "\n", se; sr must name this registration; se in the future.
QString tokenProblem(const QByteArray &header, std::chrono::seconds ttl)
{
    QString problem;
    const QMap<QByteArray, QByteArray> fields = eflow::testsupport::sasFields(header, &problem);
    if (!problem.isEmpty())
        return problem;
    const QByteArray sr = fields.value("sr");
    const QByteArray se = fields.value("se");
    const QByteArray sig = QByteArray::fromPercentEncoding(fields.value("sig"));
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(sr))
            .compare(kScope + QStringLiteral("/registrations/") + kRegistrationId, Qt::CaseInsensitive) != 0)
        return QStringLiteral("sr names another resource");
    if (fields.value("skn") != "registration")
        return QStringLiteral("skn is not registration");
    const SecureBytes key = deviceKey();
    eflow::crypto::HmacSha256 hmac(key.view());
    if (hmac.signBase64(sr + '\n' + se) != sig)
        return QStringLiteral("signature does not verify with the device key");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expiry = se.toLongLong();
    if (expiry <= now || expiry > now + ttl.count() + 5)
        return QStringLiteral("expiry %1 is not within the TTL from now (%2)").arg(expiry).arg(now);
    return QString();
}

} // namespace

Q_DECLARE_METATYPE(QList<Reply>)
Q_DECLARE_METATYPE(DpsOutcome::Kind)
Q_DECLARE_METATYPE(DpsError::Kind)

class TestDpsDeviceClient final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_caFile;
    QString m_otherCaFile;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
    std::unique_ptr<HttpsStub> m_stub;

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                                 << "failed:" << process.readAllStandardError();
            return false;
        }
        return true;
    }

    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    }

    // A client whose delays are scaled by delayScale, pointed at the stub and trusting its CA.
    DpsDeviceClientOptions options(double delayScale = 0.01) const
    {
        DpsDeviceClientOptions o;
        o.endpoint = m_stub->endpoint();
        o.extraCaFile = m_caFile;
        o.useSystemProxy = false; // hermetic: a proxy in the test environment must not see 127.0.0.1
        o.overallTimeout = 20s;
        o.requestTimeout = 10s;
        o.maxRetries = 3;
        o.retryPolicy.setDelayScale(delayScale);
        o.retryPolicy.setJitterSource([] { return 0.0; });
        return o;
    }

    // Runs one registration to its end and returns the single outcome (fails the test otherwise).
    std::optional<DpsOutcome> run(DpsDeviceClientOptions o, const QList<Reply> &script,
                                  QStringList *progress = nullptr)
    {
        m_stub->script(script);
        DpsDeviceClient client(std::move(o));
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QStringList lines;
        connect(&client, &DpsDeviceClient::progress, this, [&lines](const QString &line) { lines << line; });
        if (!client.registerDevice(kScope, kRegistrationId, deviceKey()))
            return std::nullopt;
        if (!finished.wait(30000) && finished.isEmpty())
            return std::nullopt;
        QTest::qWait(20); // a second finished() would show up here
        if (finished.size() != 1 || client.isRunning())
            return std::nullopt;
        if (progress)
            *progress = lines;
        return finished.first().first().value<DpsOutcome>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("other-ca")));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=127.0.0.1")}));
        QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n");
        ext.close();
        QVERIFY(
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")}));
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        m_otherCaFile = m_dir.filePath(QStringLiteral("other-ca.pem"));

        const QList<QSslCertificate> server =
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("server.pem")), QSsl::Pem);
        QCOMPARE(server.size(), 1);
        m_serverCertificate = server.first();
        QFile keyFile(m_dir.filePath(QStringLiteral("server.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_serverKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        QVERIFY(!m_serverKey.isNull());
    }

    void init() { m_stub = std::make_unique<HttpsStub>(m_serverCertificate, m_serverKey); }
    void cleanup() { m_stub.reset(); }

    void defaults()
    {
        const DpsDeviceClientOptions o;
        QCOMPARE(o.endpoint, QUrl(QStringLiteral("https://global.azure-devices-provisioning.net")));
        QCOMPARE(o.apiVersion, QStringLiteral("2021-06-01"));
        QVERIFY(o.useSystemProxy);
        QCOMPARE(o.overallTimeout, 120s);
        QVERIFY(o.extraCaFile.isEmpty());
    }

    void assigned_data()
    {
        QTest::addColumn<QList<Reply>>("script");
        QTest::addColumn<QByteArrayList>("methods");
        QTest::newRow("202 then 200")
            << QList<Reply>{Reply::json(202, assigningBody(), {{"Retry-After", "1"}}),
                            Reply::json(200, assignedBody())}
            << QByteArrayList{"PUT", "GET"};
        QTest::newRow("assigning twice")
            << QList<Reply>{Reply::json(202, assigningBody(), {{"Retry-After", "1"}}),
                            Reply::json(202, assigningBody()), Reply::json(200, assignedBody())}
            << QByteArrayList{"PUT", "GET", "GET"};
        QTest::newRow("assigned at once")
            << QList<Reply>{Reply::json(200, assignedBody())} << QByteArrayList{"PUT"};
        QTest::newRow("status in upper case")
            << QList<Reply>{Reply::json(202, assigningBody()), Reply::json(200, assignedBody("ASSIGNED"))}
            << QByteArrayList{"PUT", "GET"};
    }

    void assigned()
    {
        QFETCH(QList<Reply>, script);
        QFETCH(QByteArrayList, methods);
        QStringList progress;
        const auto outcome = run(options(), script, &progress);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Assigned);
        QVERIFY(outcome->isAssigned());
        QCOMPARE(outcome->registrationId, kRegistrationId);
        QCOMPARE(outcome->operationId, QString::fromLatin1(kOperationId));
        QCOMPARE(outcome->state.assignedHub, QStringLiteral("MyExampleHub.azure-devices.net"));
        QCOMPARE(outcome->state.deviceId, QStringLiteral("my-edge-device"));
        QCOMPARE(outcome->state.substatus, QStringLiteral("initialAssignment"));
        QCOMPARE(outcome->state.etag, QStringLiteral("IjY5MDAzNTUyLTAwMDAtMDMwMC0wMDAwLTYzMGZkYThhMDAwMCI="));
        QCOMPARE(outcome->state.createdDateTimeUtc,
                 QDateTime(QDate(2022, 8, 31), QTime(22, 2, 50, 516), Qt::UTC));
        QVERIFY(outcome->state.lastUpdatedDateTimeUtc > outcome->state.createdDateTimeUtc);
        QCOMPARE(outcome->state.payload.value(QStringLiteral("hubHint")).toString(), QStringLiteral("north"));
        QVERIFY(outcome->message().contains(QStringLiteral("MyExampleHub.azure-devices.net")));
        QVERIFY(progress.size() >= methods.size());
        QCOMPARE(progress.last(), outcome->message());
        if (methods.size() > 1)
            QVERIFY(progress.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("DPS is assigning (operation ") +
                                  QString::fromLatin1(kOperationId)));

        const QList<Received> &received = m_stub->received();
        QCOMPARE(received.size(), methods.size());
        const QByteArray base = "/" + kScope.toUtf8() + "/registrations/" + kRegistrationId.toUtf8();
        for (qsizetype i = 0; i < received.size(); ++i) {
            const Received &r = received[i];
            QCOMPARE(r.method, methods[i]);
            QCOMPARE(r.path, i == 0 ? base + "/register" : base + "/operations/" + kOperationId);
            QCOMPARE(r.query, QByteArray("api-version=2021-06-01"));
            QCOMPARE(r.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
            QCOMPARE(r.headers.value("accept"), QByteArray("application/json"));
            QVERIFY2(r.headers.value("user-agent").startsWith("eflow-wizard/"),
                     r.headers.value("user-agent"));
            const QString problem = tokenProblem(r.headers.value("authorization"), 1h);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QJsonObject body = QJsonDocument::fromJson(received.first().body).object();
        QCOMPARE(body.value(QStringLiteral("registrationId")).toString(), kRegistrationId);
        QVERIFY(!body.contains(QStringLiteral("payload")));
    }

    void payloadAndOptions()
    {
        DpsDeviceClientOptions o = options();
        o.apiVersion = QStringLiteral("2019-03-31");
        o.tokenTtl = 600s;
        o.sasFormat = eflow::crypto::SasFormat::cSdk();
        m_stub->script({Reply::json(200, assignedBody())});
        DpsDeviceClient client(std::move(o));
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QVERIFY(client.registerDevice(kScope, kRegistrationId, deviceKey(),
                                      QJsonObject{{QStringLiteral("modelId"), QStringLiteral("dtmi:x;1")}}));
        QVERIFY(!client.registerDevice(kScope, kRegistrationId, deviceKey())); // busy
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<DpsOutcome>().kind, DpsOutcome::Kind::Assigned);
        QCOMPARE(m_stub->received().size(), 1);
        const Received &r = m_stub->received().first();
        QCOMPARE(r.query, QByteArray("api-version=2019-03-31"));
        QVERIFY2(r.headers.value("authorization").contains("%2fregistrations%2f"), "C SDK style sr");
        const QString problem = tokenProblem(r.headers.value("authorization"), 600s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("payload")).toObject().value(QStringLiteral("modelId")).toString(),
                 QStringLiteral("dtmi:x;1"));
    }

    void lookup()
    {
        m_stub->script(
            {Reply::json(200, "{\"registrationId\":\"" + kRegistrationId.toUtf8() +
                                  "\",\"status\":\"assigned\",\"assignedHub\":\"hub.azure-devices.net\","
                                  "\"deviceId\":\"dev\",\"symmetricKey\":{\"enrollmentGroupId\":\"g1\"}}")});
        DpsDeviceClient client(options());
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QVERIFY(client.lookupRegistration(kScope, kRegistrationId, deviceKey()));
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().first().value<DpsOutcome>();
        QCOMPARE(outcome.kind, DpsOutcome::Kind::Assigned);
        QCOMPARE(outcome.state.assignedHub, QStringLiteral("hub.azure-devices.net"));
        QCOMPARE(outcome.state.enrollmentGroupId, QStringLiteral("g1"));
        QCOMPARE(m_stub->received().size(), 1);
        const Received &r = m_stub->received().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, "/" + kScope.toUtf8() + "/registrations/" + kRegistrationId.toUtf8());
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("registrationId")).toString(),
                 kRegistrationId);
        const QString problem = tokenProblem(r.headers.value("authorization"), 1h);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The gap between two requests, measured at the stub, is never shorter than the wait DPS asked for.
    void retryAfterRespected_data()
    {
        QTest::addColumn<int>("firstStatus");
        QTest::addColumn<QByteArray>("retryAfter"); // empty: no header
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("minGapMs");
        QTest::addColumn<int>("maxGapMs");
        QTest::newRow("202, Retry-After 1") << 202 << QByteArray("1") << 1.0 << 1000 << 4000;
        QTest::newRow("202, no header: 2 s") << 202 << QByteArray() << 0.5 << 1000 << 4000;
        QTest::newRow("202, Retry-After 0: 1 s") << 202 << QByteArray("0") << 1.0 << 1000 << 4000;
        QTest::newRow("202, Retry-After 100000: 300 s")
            << 202 << QByteArray("100000") << 0.001 << 300 << 4000;
        QTest::newRow("429, Retry-After 1") << 429 << QByteArray("1") << 1.0 << 1000 << 4000;
        QTest::newRow("503, Retry-After 2") << 503 << QByteArray("2") << 0.5 << 1000 << 4000;
    }

    void retryAfterRespected()
    {
        QFETCH(int, firstStatus);
        QFETCH(QByteArray, retryAfter);
        QFETCH(double, scale);
        QFETCH(int, minGapMs);
        QFETCH(int, maxGapMs);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        const QByteArray firstBody =
            firstStatus == 202 ? assigningBody() : QByteArray("{\"errorCode\":429001}");
        const auto outcome = run(
            options(scale), {Reply::json(firstStatus, firstBody, headers), Reply::json(200, assignedBody())});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Assigned);
        const QList<Received> &received = m_stub->received();
        QCOMPARE(received.size(), 2);
        const qint64 gap = received[1].atMs - received[0].atMs;
        QVERIFY2(gap >= minGapMs, qPrintable(QStringLiteral("polled after %1 ms").arg(gap)));
        QVERIFY2(gap < maxGapMs, qPrintable(QStringLiteral("polled after %1 ms").arg(gap)));
    }

    void transientThenSuccess_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }

    void transientThenSuccess()
    {
        QFETCH(int, status);
        QStringList progress;
        const auto outcome = run(options(),
                                 {Reply::json(status, "{}"), Reply::json(202, assigningBody()),
                                  Reply::json(status, "{}"), Reply::json(200, assignedBody())},
                                 &progress);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Assigned);
        QByteArrayList methods;
        for (const Received &r : m_stub->received())
            methods << r.method;
        QCOMPARE(methods, (QByteArrayList{"PUT", "PUT", "GET", "GET"}));
        QVERIFY(progress.join(QLatin1Char('\n')).contains(QStringLiteral("HTTP %1").arg(status)));
    }

    void retriesExhausted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<DpsError::Kind>("kind");
        QTest::newRow("503, 2 retries") << 503 << 2 << DpsError::Kind::ServiceUnavailable;
        QTest::newRow("500, no retries") << 500 << 0 << DpsError::Kind::ServiceUnavailable;
        QTest::newRow("429, 3 retries") << 429 << 3 << DpsError::Kind::Throttled;
    }

    void retriesExhausted()
    {
        QFETCH(int, status);
        QFETCH(int, maxRetries);
        QFETCH(DpsError::Kind, kind);
        DpsDeviceClientOptions o = options();
        o.maxRetries = maxRetries;
        m_stub->setFallback(Reply::json(status, "{\"errorCode\":" + QByteArray::number(status * 1000 + 1) +
                                                    ",\"message\":\"busy\"}"));
        const auto outcome = run(std::move(o), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, kind);
        QCOMPARE(outcome->error.httpStatus, status);
        QCOMPARE(outcome->error.attempts, maxRetries + 1);
        QCOMPARE(outcome->error.errorCode, qint64(status) * 1000 + 1);
        QCOMPARE(m_stub->received().size(), maxRetries + 1);
        QVERIFY(!outcome->message().isEmpty());
    }

    // Resends end with the registration's time, not with a count: the client keeps trying while a resend
    // can start within overallTimeout, and then reports the real cause, not a timeout.
    void resendsEndWithTheRegistrationsTime_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<DpsError::Kind>("kind");
        QTest::newRow("503") << 503 << DpsError::Kind::ServiceUnavailable;
        QTest::newRow("429") << 429 << DpsError::Kind::Throttled;
    }

    void resendsEndWithTheRegistrationsTime()
    {
        QFETCH(int, status);
        QFETCH(DpsError::Kind, kind);
        DpsDeviceClientOptions o = options(0.05); // 50 ms, 100 ms, … up to 0.75 s between resends
        o.maxRetries = 1000;
        o.overallTimeout = 2500ms;
        m_stub->setFallback(Reply::json(status, "{\"errorCode\":" + QByteArray::number(status * 1000 + 1) +
                                                    ",\"message\":\"busy\"}"));
        QElapsedTimer clock;
        clock.start();
        const auto outcome = run(std::move(o), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, kind);
        QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(outcome->error.attempts >= 5, qPrintable(QString::number(outcome->error.attempts)));
        QCOMPARE(m_stub->received().size(), outcome->error.attempts);
    }

    // The product's defaults: resends bounded by the 120 s registration, backoff capped at 15 s.
    void defaultResendPolicy()
    {
        const DpsDeviceClientOptions o;
        QCOMPARE(o.overallTimeout, std::chrono::milliseconds(120s));
        QVERIFY(o.maxRetries >= 20);
        DpsRetryPolicy policy = o.retryPolicy;
        policy.setJitterSource([] { return 0.0; });
        QCOMPARE(policy.retryDelay(1, std::nullopt), std::chrono::milliseconds(1s));
        QCOMPARE(policy.retryDelay(4, std::nullopt), std::chrono::milliseconds(8s));
        QCOMPARE(policy.retryDelay(10, std::nullopt), std::chrono::milliseconds(15s));
    }

    void clientErrorsNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<DpsError::Kind>("kind");
        QTest::addColumn<qint64>("errorCode");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("401002")
            << 401
            << QByteArray("{\"errorCode\":401002,\"trackingId\":\"9fecada7-4e51-455e-9392-68522654a64a\","
                          "\"message\":\"Unauthorized\",\"timestampUtc\":\"2022-05-02T08:04:03.5761437Z\"}")
            << DpsError::Kind::Unauthorized << qint64(401002)
            << QStringLiteral("DPS rejected the key for registration ID %1: the key does not match this "
                              "registration ID. For a group enrollment use the derived device key, not the "
                              "group key.")
                   .arg(kRegistrationId);
        QTest::newRow("404 wrong scope")
            << 404 << QByteArray("{\"errorCode\":404201,\"trackingId\":\"t-404\",\"message\":\"Not found\"}")
            << DpsError::Kind::NotFound << qint64(404201)
            << QStringLiteral(
                   "DPS at 127.0.0.1 does not know the ID scope %1: copy the ID scope from the Overview "
                   "page of your Device Provisioning Service in the Azure portal.")
                   .arg(kScope);
        QTest::newRow("400004")
            << 400
            << QByteArray(
                   "{\"errorCode\":400004,\"trackingId\":\"t-400\",\"message\":\"Invalid RegistrationId\"}")
            << DpsError::Kind::BadRequest << qint64(400004)
            << QStringLiteral(
                   "DPS rejected the registration ID %1 as invalid: use letters, digits and - . _ : "
                   "only, with a letter or digit at the start and end.")
                   .arg(kRegistrationId);
        QTest::newRow("403") << 403
                             << QByteArray(
                                    "{\"errorCode\":403002,\"trackingId\":\"t-403\",\"message\":\"Quota\"}")
                             << DpsError::Kind::HttpError << qint64(403002)
                             << QStringLiteral("DPS refused the registration of %1 with HTTP 403 (Quota).")
                                    .arg(kRegistrationId);
    }

    void clientErrorsNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(DpsError::Kind, kind);
        QFETCH(qint64, errorCode);
        QFETCH(QString, sentence);
        m_stub->setFallback(Reply::json(status, body));
        const auto outcome = run(options(), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, kind);
        QCOMPARE(outcome->error.httpStatus, status);
        QCOMPARE(outcome->error.errorCode, errorCode);
        QCOMPARE(outcome->error.rawBody, body);
        QVERIFY(!outcome->error.trackingId.isEmpty());
        QVERIFY(outcome->error.details().contains(outcome->error.trackingId));
        QCOMPARE(outcome->message(), sentence);
        QCOMPARE(m_stub->received().size(), 1);
    }

    void trackingIdFromHeader()
    {
        m_stub->setFallback(Reply::json(401, "Unauthorized", {{"x-ms-request-id", "a021814f-0cf6"}}));
        const auto outcome = run(options(), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->error.kind, DpsError::Kind::Unauthorized);
        QCOMPARE(outcome->error.trackingId, QStringLiteral("a021814f-0cf6"));
        QCOMPARE(outcome->error.rawBody, QByteArray("Unauthorized"));
        QCOMPARE(outcome->error.errorCode, 0);
    }

    void terminalStatuses_data()
    {
        QTest::addColumn<QList<Reply>>("script");
        QTest::addColumn<DpsOutcome::Kind>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("disabled at once")
            << QList<Reply>{Reply::json(200, stateBody("disabled"))} << DpsOutcome::Kind::Disabled << 1;
        QTest::newRow("disabled after polling")
            << QList<Reply>{Reply::json(202, assigningBody()), Reply::json(200, stateBody("disabled"))}
            << DpsOutcome::Kind::Disabled << 2;
        QTest::newRow("failed after polling")
            << QList<Reply>{Reply::json(202, assigningBody()),
                            Reply::json(200,
                                        stateBody("failed", ",\"errorCode\":400207,\"errorMessage\":\"Custom "
                                                            "allocation failed with status code: 400\""))}
            << DpsOutcome::Kind::Failed << 2;
        QTest::newRow("unassigned at once")
            << QList<Reply>{Reply::json(200, stateBody("unassigned"))} << DpsOutcome::Kind::Unassigned << 1;
        QTest::newRow("unassigned 202 keeps polling")
            << QList<Reply>{Reply::json(202, stateBody("unassigned")),
                            Reply::json(200, stateBody("unassigned"))}
            << DpsOutcome::Kind::Unassigned << 2;
    }

    void terminalStatuses()
    {
        QFETCH(QList<Reply>, script);
        QFETCH(DpsOutcome::Kind, kind);
        QFETCH(int, requests);
        const auto outcome = run(options(), script);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, kind);
        QVERIFY(!outcome->isAssigned());
        QCOMPARE(m_stub->received().size(), requests);
        QVERIFY(outcome->message().contains(kRegistrationId));
        if (kind == DpsOutcome::Kind::Failed) {
            QCOMPARE(outcome->state.errorCode, 400207);
            QCOMPARE(outcome->state.errorMessage,
                     QStringLiteral("Custom allocation failed with status code: 400"));
            QVERIFY(outcome->message().contains(QStringLiteral("Custom allocation failed")));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QList<Reply>>("script");
        QTest::newRow("not JSON") << QList<Reply>{Reply::json(202, "<html>proxy login</html>")};
        QTest::newRow("empty body") << QList<Reply>{Reply::json(200, "")};
        QTest::newRow("array") << QList<Reply>{Reply::json(200, "[1,2]")};
        QTest::newRow("truncated") << QList<Reply>{Reply::json(202, assigningBody().left(20))};
        QTest::newRow("unknown status") << QList<Reply>{Reply::json(200, stateBody("wobbling"))};
        QTest::newRow("no status") << QList<Reply>{Reply::json(200, "{\"operationId\":\"x\"}")};
        QTest::newRow("assigning without operationId")
            << QList<Reply>{Reply::json(202, "{\"status\":\"assigning\"}")};
        QTest::newRow("assigned without hub") << QList<Reply>{Reply::json(200, stateBody("assigned"))};
        QTest::newRow("wrong types") << QList<Reply>{
            Reply::json(200, "{\"operationId\":7,\"status\":[\"assigned\"],\"registrationState\":3}")};
        QTest::newRow("malformed poll")
            << QList<Reply>{Reply::json(202, assigningBody()), Reply::json(200, "{\"status\":")};
    }

    void malformed()
    {
        QFETCH(QList<Reply>, script);
        const QByteArray lastBody = script.last().body;
        const auto outcome = run(options(), script);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, DpsError::Kind::MalformedResponse);
        QCOMPARE(outcome->error.rawBody, lastBody);
        QVERIFY(!outcome->error.detail.isEmpty());
        QVERIFY(outcome->message().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(m_stub->received().size(), script.size());
    }

    void oversizedResponse()
    {
        const QByteArray huge = "{\"status\":\"" + QByteArray(3 * 1024 * 1024, 'a') + "\"}";
        const auto outcome = run(options(), {Reply::json(202, huge)});
        QVERIFY(outcome);
        QCOMPARE(outcome->error.kind, DpsError::Kind::MalformedResponse);
        QVERIFY(outcome->error.detail.contains(QStringLiteral("larger than")));
        QVERIFY(outcome->error.rawBody.size() <= 512);
    }

    void serverClosesConnection()
    {
        // Qt resends a request once or twice when a connection drops before any answer; every
        // attempt meets a closed connection here.
        m_stub->setFallback(Reply::close());
        const auto outcome = run(options(), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, DpsError::Kind::ConnectionFailed);
        QCOMPARE(outcome->error.httpStatus, 0);
        QVERIFY(outcome->message().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(outcome->message().contains(QStringLiteral("network and proxy")));
        // Each closed connection is retried like a 503, within the retry limit, before giving up.
        QVERIFY2(m_stub->received().size() > options().maxRetries,
                 qPrintable(QString::number(m_stub->received().size())));
        QCOMPARE(outcome->error.attempts, options().maxRetries + 1);
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        DpsDeviceClientOptions o = options();
        o.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        const auto outcome = run(std::move(o), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->error.kind, DpsError::Kind::ConnectionFailed);
        QCOMPARE(outcome->message(), QStringLiteral("Cannot reach 127.0.0.1: check the network and proxy."));
    }

    void hostNotFound()
    {
        DpsDeviceClientOptions o = options();
        o.endpoint = QUrl(QStringLiteral("https://dps-test.invalid")); // RFC 2606: never resolves
        const auto outcome = run(std::move(o), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->error.kind, DpsError::Kind::HostNotFound);
        QCOMPARE(outcome->message(),
                 QStringLiteral(
                     "Cannot reach dps-test.invalid: the name was not found. Check the network and proxy."));
    }

    void cancelMidPoll_data()
    {
        QTest::addColumn<bool>("duringRequest");
        QTest::newRow("while a poll is in flight") << true;
        QTest::newRow("while waiting to poll") << false;
    }

    void cancelMidPoll()
    {
        QFETCH(bool, duringRequest);
        // Retry-After 1 at scale 1: the next poll would come a second after the PUT's answer.
        m_stub->script({Reply::json(202, assigningBody(), {{"Retry-After", "1"}})});
        m_stub->setFallback(duringRequest ? Reply::hang() : Reply::json(200, assignedBody()));
        DpsDeviceClient client(options(1.0));
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QSignalSpy progress(&client, &DpsDeviceClient::progress);
        QVERIFY(client.registerDevice(kScope, kRegistrationId, deviceKey()));
        if (duringRequest) {
            // The stub holds the GET without answering.
            QTRY_COMPARE_WITH_TIMEOUT(m_stub->received().size(), 2, 5000);
        } else {
            // The client has the PUT's answer and waits to poll.
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toString().startsWith(
                                                                QStringLiteral("DPS is assigning")),
                                     5000);
            QCOMPARE(m_stub->received().size(), 1);
        }
        QVERIFY(client.isRunning());
        const auto before = m_stub->received().size();
        client.cancel();
        QCOMPARE(finished.size(), 1); // emitted from within cancel()
        QCOMPARE(finished.first().first().value<DpsOutcome>().kind, DpsOutcome::Kind::Cancelled);
        QVERIFY(!client.isRunning());
        client.cancel(); // a second cancel is a no-op
        QTest::qWait(1500);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_stub->received().size(), before);
    }

    void cancelBeforeFirstRequest()
    {
        DpsDeviceClient client(options());
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QVERIFY(client.registerDevice(kScope, kRegistrationId, deviceKey()));
        client.cancel();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_stub->received().isEmpty());
    }

    void timeouts_data()
    {
        QTest::addColumn<bool>("whole");
        QTest::newRow("overall, DPS assigns forever") << true;
        QTest::newRow("one request hangs") << false;
    }

    void timeouts()
    {
        QFETCH(bool, whole);
        DpsDeviceClientOptions o = options();
        if (whole) {
            o.overallTimeout = 1500ms;
            m_stub->setFallback(Reply::json(202, assigningBody()));
        } else {
            o.requestTimeout = 400ms;
            o.maxRetries = 2; // a request without an answer is retried like a 503, then given up
            m_stub->setFallback(Reply::hang());
        }
        QElapsedTimer clock;
        clock.start();
        const auto outcome = run(std::move(o), {});
        QVERIFY(outcome);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, DpsError::Kind::Timeout);
        QVERIFY2(elapsed >= (whole ? 1500 : 400), qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 6000, qPrintable(QString::number(elapsed)));
        QVERIFY(outcome->message().contains(QStringLiteral("127.0.0.1")));
        if (whole)
            QVERIFY(m_stub->received().size() >= 2); // it did poll meanwhile
        else
            QCOMPARE(m_stub->received().size(), 3);
        const auto count = m_stub->received().size();
        QTest::qWait(200);
        QCOMPARE(m_stub->received().size(), count); // nothing after the end
    }

    void tls_data()
    {
        QTest::addColumn<int>("caChoice"); // 0: none, 1: another CA, 2: unreadable file
        QTest::addColumn<DpsError::Kind>("kind");
        QTest::newRow("no extra CA") << 0 << DpsError::Kind::TlsUntrusted;
        QTest::newRow("wrong CA") << 1 << DpsError::Kind::TlsUntrusted;
        QTest::newRow("CA file is not PEM") << 2 << DpsError::Kind::InvalidCaFile;
    }

    void tls()
    {
        QFETCH(int, caChoice);
        QFETCH(DpsError::Kind, kind);
        DpsDeviceClientOptions o = options();
        if (caChoice == 0)
            o.extraCaFile.clear();
        else if (caChoice == 1)
            o.extraCaFile = m_otherCaFile;
        else
            o.extraCaFile = m_dir.filePath(QStringLiteral("server.ext"));
        m_stub->setFallback(Reply::json(200, assignedBody()));
        const auto outcome = run(std::move(o), {});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, kind);
        if (kind == DpsError::Kind::TlsUntrusted) {
            QCOMPARE(outcome->message(),
                     QStringLiteral("The server's certificate for 127.0.0.1 is not trusted; for a "
                                    "private endpoint give its CA file."));
            QVERIFY(outcome->error.details().contains(QStringLiteral("TLS")));
        }
        QVERIFY(m_stub->received().isEmpty()); // nothing, not even the token, went out
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("registrationId");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("bad scope") << QStringLiteral("0ne/../x") << kRegistrationId << kDeviceKey;
        QTest::newRow("bad registration ID") << kScope << QStringLiteral("dev/1") << kDeviceKey;
        QTest::newRow("no key") << kScope << kRegistrationId << QByteArray();
    }

    void invalidInput()
    {
        QFETCH(QString, scope);
        QFETCH(QString, registrationId);
        QFETCH(QByteArray, key);
        DpsDeviceClient client(options());
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QVERIFY(client.registerDevice(scope, registrationId, key.isEmpty() ? SecureBytes() : deviceKey(key)));
        QCOMPARE(finished.size(), 0); // reported from the event loop, never from within the call
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().first().value<DpsOutcome>();
        QCOMPARE(outcome.kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome.error.kind, DpsError::Kind::InvalidInput);
        QVERIFY(!outcome.message().isEmpty());
        QVERIFY(m_stub->received().isEmpty());
        // The client can be used again afterwards.
        m_stub->script({Reply::json(200, assignedBody())});
        QVERIFY(client.registerDevice(kScope, kRegistrationId, deviceKey()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().value<DpsOutcome>().kind, DpsOutcome::Kind::Assigned);
    }

    void redirectNotFollowed()
    {
        // Following it would send the SAS token to wherever Location points.
        const QByteArray elsewhere = m_stub->endpoint().toEncoded() + "/elsewhere/register";
        const auto outcome = run(
            options(), {Reply::json(307, "{}", {{"Location", elsewhere}}), Reply::json(200, assignedBody())});
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome->error.kind, DpsError::Kind::HttpError);
        QCOMPARE(outcome->error.httpStatus, 307);
        QCOMPARE(m_stub->received().size(), 1);
    }

    void destroyedWhileRunning()
    {
        m_stub->setFallback(Reply::hang());
        auto client = std::make_unique<DpsDeviceClient>(options());
        QSignalSpy finished(client.get(), &DpsDeviceClient::finished);
        QVERIFY(client->registerDevice(kScope, kRegistrationId, deviceKey()));
        QTRY_COMPARE_WITH_TIMEOUT(m_stub->received().size(), 1, 5000);
        client.reset(); // aborts quietly; the sanitizers watch for a dangling reply
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }

    void worksOnAWorkerThread()
    {
        m_stub->script({Reply::json(202, assigningBody()), Reply::json(200, assignedBody())});
        QThread thread;
        thread.start();
        QObject context;
        context.moveToThread(&thread);
        DpsDeviceClient *client = nullptr;
        QThread *clientThread = nullptr;
        std::optional<DpsOutcome> outcome;
        const DpsDeviceClientOptions o = options();
        QMetaObject::invokeMethod(
            &context,
            [&] {
                client = new DpsDeviceClient(o);
                clientThread = client->thread();
                // Queued to this (the main) thread, where the test reads the result.
                connect(client, &DpsDeviceClient::finished, this,
                        [&outcome](const DpsOutcome &result) { outcome = result; });
                client->registerDevice(kScope, kRegistrationId, deviceKey());
            },
            Qt::BlockingQueuedConnection);
        QCOMPARE(clientThread, &thread);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QCOMPARE(outcome->kind, DpsOutcome::Kind::Assigned);
        QCOMPARE(m_stub->received().size(), 2);
        QMetaObject::invokeMethod(
            &context, [&] { delete client; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void secretsNeverLogged()
    {
        // Everything the client logs, at debug level, over a success and a failure, with no redaction in
        // between: the client itself must not write the token or the key.
        std::ostringstream captured;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
        auto previous = spdlog::default_logger();
        auto logger = std::make_shared<spdlog::logger>("capture", sink);
        logger->set_level(spdlog::level::trace);
        spdlog::set_default_logger(logger);
        QStringList progress;
        const auto assigned =
            run(options(), {Reply::json(202, assigningBody()), Reply::json(200, assignedBody())}, &progress);
        m_stub->setFallback(Reply::json(401, "{\"errorCode\":401002,\"message\":\"Unauthorized\"}"));
        QStringList failedProgress;
        const auto failed = run(options(), {}, &failedProgress);
        spdlog::set_default_logger(previous);
        QVERIFY(assigned && failed);
        QCOMPARE(failed->error.kind, DpsError::Kind::Unauthorized);

        const QString log = QString::fromStdString(captured.str()) + progress.join(QLatin1Char('\n')) +
                            failedProgress.join(QLatin1Char('\n')) + failed->error.details() +
                            failed->message();
        QVERIFY2(log.contains(QStringLiteral("/registrations/")),
                 "debug lines name the request"); // not vacuous
        for (const QByteArray &secret :
             {QByteArray("SharedAccessSignature"), QByteArray("sig="), kDeviceKey, kDeviceKey.left(20)}) {
            QVERIFY2(!log.contains(QString::fromLatin1(secret)), secret.constData());
        }
        for (const Received &r : m_stub->received()) {
            const QByteArray token = r.headers.value("authorization");
            QVERIFY(!token.isEmpty());
            QVERIFY(!log.contains(QString::fromLatin1(token.mid(token.indexOf("sig=") + 4, 20))));
        }
    }

    void wrongKeyIsSignedWithThatKey()
    {
        // The stub checks with the right key; a token made with another key must not verify, so a
        // wrong key reaches DPS as a 401 rather than being "fixed" on the way.
        m_stub->script({Reply::json(401, "{\"errorCode\":401002,\"message\":\"Unauthorized\"}")});
        DpsDeviceClient client(options());
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        QVERIFY(client.registerDevice(
            kScope, kRegistrationId,
            deviceKey(
                "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_stub->received().size(), 1);
        QCOMPARE(tokenProblem(m_stub->received().first().headers.value("authorization"), 1h),
                 QStringLiteral("signature does not verify with the device key"));
    }
};

QTEST_GUILESS_MAIN(TestDpsDeviceClient)
#include "tst_dps_deviceclient.moc"
