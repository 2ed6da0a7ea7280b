// The DPS service client against a scripted HTTPS stub on 127.0.0.1 (reference/dps-protocol.md §4): the
// requests it sends (method, path, api-version, headers, If-Match, JSON field names, a SAS token whose HMAC
// verifies with the policy key), paging, bulk chunks with per-item errors, the models' JSON round trips and
// strictness, error sentences, malformed answers, timeouts and cancel. TLS is verified against a throwaway
// CA made by CertificateFactory, passed through the client's extra-CA option.
#include <QtTest>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>

#include "engine/crypto/CertificateFactory.h"
#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/HmacSha256.h"
#include "engine/crypto/SasToken.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsServiceClient.h"
#include "engine/dps/EnrollmentModels.h"
#include "engine/localdps/LocalDps.h"
#include "tests/support/HttpsStub.h"
#include "tests/support/SasTokenFields.h"

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

using namespace eflow::dps;
using namespace std::chrono_literals;

using Reply = eflow::testsupport::StubReply;
using Received = eflow::testsupport::StubRequest;
using eflow::testsupport::HttpsStub;

namespace {

const QString kPolicy = QStringLiteral("provisioningserviceowner");
// reference §3.4: the service-token vector's policy key.
const QByteArray kPolicyKey = "c2VydmljZS1wb2xpY3kta2V5LTAxMjM0NTY3ODlhYmNkZWY=";
// 64-byte keys, as DPS generates them (§8: keep 64-byte keys in test data).
const QString kPrimary = QStringLiteral(
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==");
const QString kSecondary = QStringLiteral(
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==");

QJsonObject parseObject(const QByteArray &json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    if (!d.isObject())
        qFatal("test JSON is not an object: %s", json.constData());
    return d.object();
}

QByteArray enrollmentJson(const QString &id, bool withKeys = true)
{
    QJsonObject o{{QStringLiteral("registrationId"), id},
                  {QStringLiteral("deviceId"), id},
                  {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("iotEdge"), true}}},
                  {QStringLiteral("provisioningStatus"), QStringLiteral("enabled")},
                  {QStringLiteral("etag"), QStringLiteral("\"00000000-0000-0000-0000-000000000001\"")},
                  {QStringLiteral("createdDateTimeUtc"), QStringLiteral("2022-08-31T22:02:50.5163352Z")},
                  {QStringLiteral("lastUpdatedDateTimeUtc"), QStringLiteral("2022-08-31T22:02:50.5163352Z")}};
    QJsonObject attestation{{QStringLiteral("type"), QStringLiteral("symmetricKey")}};
    if (withKeys)
        attestation.insert(QStringLiteral("symmetricKey"),
                           QJsonObject{{QStringLiteral("primaryKey"), kPrimary},
                                       {QStringLiteral("secondaryKey"), kSecondary}});
    o.insert(QStringLiteral("attestation"), attestation);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray keysJson()
{
    const QJsonObject keys{{QStringLiteral("primaryKey"), kPrimary},
                           {QStringLiteral("secondaryKey"), kSecondary}};
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("symmetricKey")},
                                     {QStringLiteral("symmetricKey"), keys}})
        .toJson(QJsonDocument::Compact);
}

QByteArray groupJson(const QString &id)
{
    return "{\"enrollmentGroupId\":\"" + id.toUtf8() +
           "\",\"attestation\":{\"type\":\"symmetricKey\"},\"capabilities\":{\"iotEdge\":false},"
           "\"etag\":\"\\\"g1\\\"\"}";
}

QByteArray registrationJson(const QString &id)
{
    return "{\"registrationId\":\"" + id.toUtf8() +
           "\",\"assignedHub\":\"hub.azure-devices.net\",\"deviceId\":\"" + id.toUtf8() +
           "\",\"status\":\"assigned\",\"substatus\":\"initialAssignment\",\"etag\":\"IjE=\"}";
}

// Checks the service token the way DPS does (§3.2/§3.5): HMAC over sr as received + "\n" + se, with the
// policy key; skn names the policy; se in the future.
QString tokenProblem(const QByteArray &header, const QByteArray &expectedSr)
{
    QString problem;
    const QMap<QByteArray, QByteArray> fields = eflow::testsupport::sasFields(header, &problem);
    if (!problem.isEmpty())
        return problem;
    const QByteArray sr = fields.value("sr");
    const QByteArray se = fields.value("se");
    if (sr != expectedSr)
        return QStringLiteral("sr is %1, expected %2")
            .arg(QString::fromUtf8(sr), QString::fromUtf8(expectedSr));
    if (fields.value("skn") != kPolicy.toUtf8())
        return QStringLiteral("skn is not the policy name");
    eflow::crypto::SecureBytes key;
    if (!eflow::crypto::decodeBase64Strict(kPolicyKey, key))
        return QStringLiteral("test key");
    eflow::crypto::HmacSha256 hmac(key.view());
    if (hmac.signBase64(sr + '\n' + se) != QByteArray::fromPercentEncoding(fields.value("sig")))
        return QStringLiteral("signature does not verify with the policy key");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (se.toLongLong() <= now || se.toLongLong() > now + 3600 + 5)
        return QStringLiteral("expiry not within an hour from now");
    return QString();
}

} // namespace

Q_DECLARE_METATYPE(DpsError::Kind)

class TestDpsServiceClient final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_caFile;
    eflow::crypto::CertificateFactory m_certificates;
    std::unique_ptr<HttpsStub> m_stub;

    QString connectionString(const QString &host = {}) const
    {
        const QString h = host.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(m_stub->port()) : host;
        return QStringLiteral("HostName=%1;SharedAccessKeyName=%2;SharedAccessKey=%3")
            .arg(h, kPolicy, QString::fromLatin1(kPolicyKey));
    }

    DpsServiceClientOptions options() const
    {
        DpsServiceClientOptions o;
        o.extraCaFile = m_caFile;
        o.useSystemProxy = false; // hermetic
        o.requestTimeout = 10s;
        o.overallTimeout = 30s;
        return o;
    }

    // Starts one call with `start`, waits for its single finished().
    std::optional<DpsServiceResult> run(DpsServiceClient &client, const QList<Reply> &script,
                                        const std::function<bool(DpsServiceClient &)> &start)
    {
        m_stub->script(script);
        QList<DpsServiceResult> results;
        const auto connection = connect(&client, &DpsServiceClient::finished, this,
                                        [&results](const DpsServiceResult &r) { results << r; });
        if (!start(client))
            return std::nullopt;
        QElapsedTimer clock;
        clock.start();
        while (results.isEmpty() && clock.elapsed() < 30000)
            QTest::qWait(5);
        QTest::qWait(20); // a second finished() would show up here
        disconnect(connection);
        if (results.size() != 1 || client.isRunning())
            return std::nullopt;
        return results.first();
    }

    std::optional<DpsServiceResult> run(const QList<Reply> &script,
                                        const std::function<bool(DpsServiceClient &)> &start)
    {
        DpsServiceClient client(connectionString(), options());
        return run(client, script, start);
    }

    IndividualEnrollment sampleEnrollment(const QString &id) const
    {
        IndividualEnrollment e;
        e.registrationId = id;
        e.deviceId = id;
        e.iotEdge = true;
        e.initialTwin = QJsonObject{
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("desired"), QJsonObject{{QStringLiteral("a"), 1}}}}}};
        e.provisioningStatus = ProvisioningStatus::Enabled;
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_certificates.caPem());
    }

    void init()
    {
        m_stub = std::make_unique<HttpsStub>(m_certificates.serverCertificate(), m_certificates.serverKey());
    }
    void cleanup() { m_stub.reset(); }

    // ---- models -----------------------------------------------------------------------------------------

    void modelRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("full enrollment")
            << QStringLiteral("enrollment") << QByteArray(R"({"registrationId":"dev-001","deviceId":"edge-1",
                "attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"a2V5LWtleS1rZXkta2V5LWtleQ==","secondaryKey":"b3RoZXItb3RoZXItb3RoZXI="}},
                "capabilities":{"iotEdge":true},
                "initialTwin":{"tags":{"env":"test"},"properties":{"desired":{"a":1}}},
                "provisioningStatus":"disabled","allocationPolicy":"geoLatency",
                "iotHubs":["a.azure-devices.net","b.azure-devices.net"],
                "reprovisionPolicy":{"updateHubAssignment":false,"migrateDeviceData":true},
                "etag":"e1","createdDateTimeUtc":"2022-08-31T22:02:50.516Z",
                "lastUpdatedDateTimeUtc":"2022-09-01T01:00:00.000Z",
                "registrationState":{"registrationId":"dev-001","assignedHub":"a.azure-devices.net",
                  "deviceId":"edge-1","status":"failed","errorCode":400207,"errorMessage":"Custom allocation failed",
                  "etag":"IjE=","payload":{"x":1}},
                "customAllocationDefinition":{"apiVersion":"2021-10-01"},"optionalDeviceInformation":{"k":"v"}})");
        QTest::newRow("minimal enrollment, keys generated by the service")
            << QStringLiteral("enrollment")
            << QByteArray(R"({"registrationId":"dev-2","attestation":{"type":"symmetricKey"},
                              "capabilities":{"iotEdge":false}})");
        QTest::newRow("tpm enrollment kept as received")
            << QStringLiteral("enrollment")
            << QByteArray(
                   R"({"registrationId":"dev-3","attestation":{"type":"tpm","tpm":{"endorsementKey":"AToA"}},
                              "capabilities":{"iotEdge":false},"allocationPolicy":"custom"})");
        QTest::newRow("group") << QStringLiteral("group")
                               << QByteArray(
                                      R"({"enrollmentGroupId":"grp-1","attestation":{"type":"symmetricKey"},
                              "capabilities":{"iotEdge":true},"allocationPolicy":"hashed","provisioningStatus":"enabled",
                              "iotHubs":["h.azure-devices.net"],"initialTwin":{"tags":{"site":"north"}},
                              "etag":"g"})");
        QTest::newRow("group, static policy")
            << QStringLiteral("group")
            << QByteArray(R"({"enrollmentGroupId":"g2","attestation":{"type":"symmetricKey"},
                              "capabilities":{"iotEdge":false},"allocationPolicy":"static"})");
        QTest::newRow("registration")
            << QStringLiteral("registration")
            << QByteArray(R"({"registrationId":"dev-1","createdDateTimeUtc":"2022-08-31T22:02:50.516Z",
                              "assignedHub":"h.azure-devices.net","deviceId":"dev-1","status":"assigned",
                              "substatus":"initialAssignment","lastUpdatedDateTimeUtc":"2022-08-31T22:02:50.737Z",
                              "etag":"IjY5MDAzNTUyIg=="})");
    }

    void modelRoundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        const QJsonObject input = parseObject(json);
        QString error;
        QJsonObject output;
        if (kind == u"enrollment") {
            const auto e = IndividualEnrollment::fromJson(input, &error);
            QVERIFY2(e, qPrintable(error));
            output = e->toJson();
            const auto again = IndividualEnrollment::fromJson(output, &error);
            QVERIFY2(again, qPrintable(error));
            QVERIFY(*again == *e);
        } else if (kind == u"group") {
            const auto g = EnrollmentGroup::fromJson(input, &error);
            QVERIFY2(g, qPrintable(error));
            output = g->toJson();
            const auto again = EnrollmentGroup::fromJson(output, &error);
            QVERIFY2(again, qPrintable(error));
            QVERIFY(*again == *g);
        } else {
            const auto s = DeviceRegistrationState::fromJson(input, &error);
            QVERIFY2(s, qPrintable(error));
            output = s->toJson();
        }
        QCOMPARE(QJsonDocument(output).toJson(QJsonDocument::Compact),
                 QJsonDocument(input).toJson(QJsonDocument::Compact));
    }

    void modelFields()
    {
        const auto e = IndividualEnrollment::fromJson(parseObject(enrollmentJson(QStringLiteral("dev-9"))));
        QVERIFY(e);
        QCOMPARE(e->registrationId, QStringLiteral("dev-9"));
        QVERIFY(e->iotEdge);
        QCOMPARE(e->provisioningStatus, ProvisioningStatus::Enabled);
        QCOMPARE(e->attestation.primaryKey, kPrimary);
        QCOMPARE(e->attestation.secondaryKey, kSecondary);
        QCOMPARE(e->createdDateTimeUtc, QDateTime(QDate(2022, 8, 31), QTime(22, 2, 50, 516), Qt::UTC));
        QCOMPARE(e->etag, QStringLiteral("\"00000000-0000-0000-0000-000000000001\""));
        QCOMPARE(parseBulkOperationMode(u"updateIfMatchEtag"), BulkOperationMode::UpdateIfMatchETag);
        QCOMPARE(toWire(AllocationPolicy::GeoLatency), QStringLiteral("geoLatency"));
    }

    void modelRejectsWrongTypes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray att = R"("attestation":{"type":"symmetricKey"})";
        QTest::newRow("iotEdge string")
            << QStringLiteral("enrollment")
            << (R"({"registrationId":"d",)" + att + R"(,"capabilities":{"iotEdge":"yes"}})")
            << QStringLiteral("enrollment.capabilities.iotEdge");
        QTest::newRow("registrationId number")
            << QStringLiteral("enrollment") << (R"({"registrationId":5,)" + att + "}")
            << QStringLiteral("enrollment.registrationId");
        QTest::newRow("no attestation")
            << QStringLiteral("enrollment") << QByteArray(R"({"registrationId":"d"})")
            << QStringLiteral("enrollment.attestation");
        QTest::newRow("attestation type unknown")
            << QStringLiteral("enrollment")
            << QByteArray(R"({"registrationId":"d","attestation":{"type":"magic"}})")
            << QStringLiteral("magic");
        QTest::newRow("keys not strings")
            << QStringLiteral("enrollment")
            << QByteArray(
                   R"({"registrationId":"d","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":1}}})")
            << QStringLiteral("attestation.symmetricKey.primaryKey");
        QTest::newRow("iotHubs not an array")
            << QStringLiteral("enrollment") << (R"({"registrationId":"d",)" + att + R"(,"iotHubs":"h"})")
            << QStringLiteral("enrollment.iotHubs");
        QTest::newRow("iotHubs of numbers")
            << QStringLiteral("enrollment") << (R"({"registrationId":"d",)" + att + R"(,"iotHubs":[1]})")
            << QStringLiteral("enrollment.iotHubs");
        QTest::newRow("provisioningStatus unknown")
            << QStringLiteral("enrollment")
            << (R"({"registrationId":"d",)" + att + R"(,"provisioningStatus":"maybe"})")
            << QStringLiteral("maybe");
        QTest::newRow("initialTwin array")
            << QStringLiteral("enrollment") << (R"({"registrationId":"d",)" + att + R"(,"initialTwin":[1]})")
            << QStringLiteral("enrollment.initialTwin");
        QTest::newRow("date not a date")
            << QStringLiteral("enrollment")
            << (R"({"registrationId":"d",)" + att + R"(,"createdDateTimeUtc":"yesterday"})")
            << QStringLiteral("yesterday");
        QTest::newRow("reprovision flag string")
            << QStringLiteral("group")
            << (R"({"enrollmentGroupId":"g",)" + att + R"(,"reprovisionPolicy":{"migrateDeviceData":"no"}})")
            << QStringLiteral("enrollmentGroup.reprovisionPolicy.migrateDeviceData");
        QTest::newRow("group without id") << QStringLiteral("group") << ("{" + att + "}")
                                          << QStringLiteral("enrollmentGroup.enrollmentGroupId");
        QTest::newRow("registration errorCode text")
            << QStringLiteral("registration") << QByteArray(R"({"registrationId":"d","errorCode":"abc"})")
            << QStringLiteral("registrationState.errorCode");
        QTest::newRow("nested registrationState")
            << QStringLiteral("enrollment")
            << (R"({"registrationId":"d",)" + att + R"(,"registrationState":{"assignedHub":7}})")
            << QStringLiteral("registrationState.assignedHub");
        QTest::newRow("bulk errors not an array")
            << QStringLiteral("bulk") << QByteArray(R"({"isSuccessful":false,"errors":{}})")
            << QStringLiteral("bulkResult.errors");
        QTest::newRow("bulk error code text")
            << QStringLiteral("bulk")
            << QByteArray(R"({"isSuccessful":false,"errors":[{"registrationId":"d","errorCode":"x"}]})")
            << QStringLiteral("bulkResult.errors[0].errorCode");
    }

    void modelRejectsWrongTypes()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QJsonObject input = parseObject(json);
        QString error;
        bool parsed = true;
        if (kind == u"enrollment")
            parsed = IndividualEnrollment::fromJson(input, &error).has_value();
        else if (kind == u"group")
            parsed = EnrollmentGroup::fromJson(input, &error).has_value();
        else if (kind == u"registration")
            parsed = DeviceRegistrationState::fromJson(input, &error).has_value();
        else
            parsed = BulkEnrollmentOperationResult::fromJson(input, false, &error).has_value();
        QVERIFY(!parsed);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void initialTwinParsing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("tags and desired")
            << QByteArray(R"({"tags":{"a":1},"properties":{"desired":{"b":2}}})") << true;
        QTest::newRow("empty means none") << QByteArray("  ") << true;
        QTest::newRow("not JSON") << QByteArray("{tags:") << false;
        QTest::newRow("a number") << QByteArray("3") << false;
        QTest::newRow("an array") << QByteArray("[]") << false;
        QTest::newRow("unknown member") << QByteArray(R"({"tag":{}})") << false;
        QTest::newRow("desired not object") << QByteArray(R"({"properties":{"desired":1}})") << false;
    }

    void initialTwinParsing()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QString error;
        QCOMPARE(parseInitialTwin(text, &error).has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
    }

    // ---- configuration ----------------------------------------------------------------------------------

    void connectionStrings_data()
    {
        QTest::addColumn<QString>("connectionString");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("endpoint");
        const QString rest =
            QStringLiteral(";SharedAccessKeyName=p;SharedAccessKey=") + QString::fromLatin1(kPolicyKey);
        QTest::newRow("azure") << (QStringLiteral("HostName=mydps.azure-devices-provisioning.net") + rest)
                               << true << QStringLiteral("https://mydps.azure-devices-provisioning.net");
        QTest::newRow("local ip") << (QStringLiteral("HostName=127.0.0.1:8443") + rest) << true
                                  << QStringLiteral("https://127.0.0.1:8443");
        QTest::newRow("localhost") << (QStringLiteral("HostName=localhost:9000") + rest) << true
                                   << QStringLiteral("https://localhost:9000");
        QTest::newRow("port on a real host")
            << (QStringLiteral("HostName=example.com:443") + rest) << false << QString();
        QTest::newRow("port out of range")
            << (QStringLiteral("HostName=127.0.0.1:70000") + rest) << false << QString();
        QTest::newRow("device connection string")
            << (QStringLiteral("HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey=") +
                QString::fromLatin1(kPolicyKey))
            << false << QString();
        QTest::newRow("key not base64")
            << QStringLiteral("HostName=h;SharedAccessKeyName=p;SharedAccessKey=%%%") << false << QString();
    }

    void connectionStrings()
    {
        QFETCH(QString, connectionString);
        QFETCH(bool, valid);
        QFETCH(QString, endpoint);
        DpsServiceClient client(connectionString, options());
        QCOMPARE(client.isValid(), valid);
        if (valid) {
            QCOMPARE(client.endpoint().toString(), endpoint);
            return;
        }
        QVERIFY(!client.configurationError().message.isEmpty());
        // Calls on an unusable client finish with the configuration error, without a request.
        const auto result =
            run(client, {}, [](DpsServiceClient &c) { return c.getEnrollment(QStringLiteral("d")); });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, DpsError::Kind::InvalidInput);
        QCOMPARE(m_stub->received().size(), 0);
    }

    // ---- requests ---------------------------------------------------------------------------------------

    void createEnrollmentRequest()
    {
        const auto result =
            run({Reply::json(200, enrollmentJson(QStringLiteral("dev-001")))}, [this](DpsServiceClient &c) {
                return c.createOrUpdateEnrollment(sampleEnrollment(QStringLiteral("dev-001")));
            });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->message()));
        QCOMPARE(m_stub->received().size(), 1);
        const Received &r = m_stub->received().first();
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.path, QByteArray("/enrollments/dev-001"));
        QCOMPARE(r.query, QByteArray("api-version=2021-10-01"));
        QVERIFY(!r.headers.contains("if-match")); // a create
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(r.headers.value("accept"), QByteArray("application/json"));
        QVERIFY(r.headers.value("user-agent").startsWith("eflow-wizard/"));
        const QByteArray sr = "127.0.0.1%3A" + QByteArray::number(m_stub->port());
        const QString problem = tokenProblem(r.headers.value("authorization"), sr);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The token is exactly what crypto::serviceToken() makes from the same connection string.
        const QByteArray auth = r.headers.value("authorization");
        const qint64 se = auth.mid(auth.indexOf("&se=") + 4).toLongLong();
        const auto cs = eflow::crypto::ConnectionString::parse(connectionString());
        QVERIFY(cs);
        QCOMPARE(eflow::crypto::serviceToken(*cs, se).value_or(QByteArray()), auth);

        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"registrationId").toString(), QStringLiteral("dev-001"));
        QCOMPARE(body.value(u"deviceId").toString(), QStringLiteral("dev-001"));
        QCOMPARE(body.value(u"attestation").toObject().value(u"type").toString(),
                 QStringLiteral("symmetricKey"));
        QVERIFY(!body.value(u"attestation").toObject().contains(u"symmetricKey")); // generated by DPS
        QCOMPARE(body.value(u"capabilities").toObject().value(u"iotEdge"), QJsonValue(true));
        QCOMPARE(body.value(u"initialTwin").toObject().value(u"tags").toObject().value(u"env").toString(),
                 QStringLiteral("test"));
        QCOMPARE(body.value(u"initialTwin")
                     .toObject()
                     .value(u"properties")
                     .toObject()
                     .value(u"desired")
                     .toObject()
                     .value(u"a"),
                 QJsonValue(1));
        QCOMPARE(body.value(u"provisioningStatus").toString(), QStringLiteral("enabled"));
        QVERIFY(!body.contains(u"etag"));

        QVERIFY(result->enrollment);
        QCOMPARE(result->enrollment->attestation.primaryKey, kPrimary);
        QCOMPARE(result->enrollment->etag, QStringLiteral("\"00000000-0000-0000-0000-000000000001\""));
    }

    void ifMatch_data()
    {
        QTest::addColumn<QString>("etag");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("quoted as the service writes it")
            << QStringLiteral("\"abc\"") << QByteArray("\"abc\"");
        QTest::newRow("bare gets quoted") << QStringLiteral("abc") << QByteArray("\"abc\"");
        QTest::newRow("star") << QStringLiteral("*") << QByteArray("*");
    }

    void ifMatch()
    {
        QFETCH(QString, etag);
        QFETCH(QByteArray, header);
        IndividualEnrollment e = sampleEnrollment(QStringLiteral("dev-001"));
        e.etag = etag;
        EnrollmentGroup g;
        g.enrollmentGroupId = QStringLiteral("grp-1");
        g.etag = etag;
        auto result = run({Reply::json(200, enrollmentJson(QStringLiteral("dev-001")))},
                          [&e](DpsServiceClient &c) { return c.createOrUpdateEnrollment(e); });
        QVERIFY(result && result->succeeded());
        result = run({Reply::json(200, groupJson(QStringLiteral("grp-1")))},
                     [&g](DpsServiceClient &c) { return c.createOrUpdateEnrollmentGroup(g); });
        QVERIFY(result && result->succeeded());
        QCOMPARE(result->enrollmentGroup->enrollmentGroupId, QStringLiteral("grp-1"));
        result = run({Reply::json(204, {})}, [&etag](DpsServiceClient &c) {
            return c.deleteEnrollment(QStringLiteral("dev-001"), etag);
        });
        QVERIFY(result && result->succeeded());
        QCOMPARE(m_stub->received().size(), 3);
        QCOMPARE(m_stub->received()[0].headers.value("if-match"), header);
        QCOMPARE(m_stub->received()[1].method, QByteArray("PUT"));
        QCOMPARE(m_stub->received()[1].path, QByteArray("/enrollmentGroups/grp-1"));
        QCOMPARE(m_stub->received()[1].json().value(u"enrollmentGroupId").toString(),
                 QStringLiteral("grp-1"));
        QCOMPARE(m_stub->received()[1].headers.value("if-match"), header);
        QCOMPARE(m_stub->received()[2].method, QByteArray("DELETE"));
        QCOMPARE(m_stub->received()[2].headers.value("if-match"), header);
    }

    void otherCalls_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("get enrollment") << 0 << QByteArray("GET") << QByteArray("/enrollments/dev-1") << 200
                                        << enrollmentJson(QStringLiteral("dev-1"), false);
        QTest::newRow("delete enrollment")
            << 1 << QByteArray("DELETE") << QByteArray("/enrollments/dev-1") << 204 << QByteArray();
        QTest::newRow("enrollment keys")
            << 2 << QByteArray("POST") << QByteArray("/enrollments/dev-1/attestationmechanism") << 200
            << keysJson();
        QTest::newRow("get group") << 3 << QByteArray("GET") << QByteArray("/enrollmentGroups/grp-1") << 200
                                   << groupJson(QStringLiteral("grp-1"));
        QTest::newRow("delete group")
            << 4 << QByteArray("DELETE") << QByteArray("/enrollmentGroups/grp-1") << 204 << QByteArray();
        QTest::newRow("group keys") << 5 << QByteArray("POST")
                                    << QByteArray("/enrollmentGroups/grp-1/attestationmechanism") << 200
                                    << keysJson();
        QTest::newRow("get registration") << 6 << QByteArray("GET") << QByteArray("/registrations/dev-1")
                                          << 200 << registrationJson(QStringLiteral("dev-1"));
        QTest::newRow("delete registration")
            << 7 << QByteArray("DELETE") << QByteArray("/registrations/dev-1") << 204 << QByteArray();
    }

    void otherCalls()
    {
        QFETCH(int, call);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        const QString e = QStringLiteral("dev-1");
        const QString g = QStringLiteral("grp-1");
        const auto result = run({Reply::json(status, answer)}, [&](DpsServiceClient &c) {
            switch (call) {
            case 0:
                return c.getEnrollment(e);
            case 1:
                return c.deleteEnrollment(e);
            case 2:
                return c.getEnrollmentAttestation(e);
            case 3:
                return c.getEnrollmentGroup(g);
            case 4:
                return c.deleteEnrollmentGroup(g);
            case 5:
                return c.getEnrollmentGroupAttestation(g);
            case 6:
                return c.getRegistration(e);
            default:
                return c.deleteRegistration(e);
            }
        });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->message() + u'\n' + result->error.details()));
        QCOMPARE(m_stub->received().size(), 1);
        const Received &r = m_stub->received().first();
        QCOMPARE(r.method, method);
        QCOMPARE(r.path, path);
        QCOMPARE(r.query, QByteArray("api-version=2021-10-01"));
        QVERIFY(!r.headers.contains("if-match"));
        QVERIFY(tokenProblem(r.headers.value("authorization"),
                             "127.0.0.1%3A" + QByteArray::number(m_stub->port()))
                    .isEmpty());
        switch (call) {
        case 0:
            QVERIFY(result->enrollment && !result->enrollment->attestation.hasKeys());
            break;
        case 2:
        case 5:
            QVERIFY(result->attestation);
            QCOMPARE(result->attestation->primaryKey, kPrimary);
            QCOMPARE(result->attestation->secondaryKey, kSecondary);
            break;
        case 3:
            QVERIFY(result->enrollmentGroup);
            QCOMPARE(result->enrollmentGroup->etag, QStringLiteral("\"g1\""));
            break;
        case 6:
            QVERIFY(result->registration);
            QCOMPARE(result->registration->assignedHub, QStringLiteral("hub.azure-devices.net"));
            QCOMPARE(result->registration->status, DpsStatus::Assigned);
            break;
        default:
            break;
        }
    }

    void signedResourceConfigurable()
    {
        DpsServiceClientOptions o = options();
        o.signedResource = QStringLiteral("localhost");
        o.apiVersion = QStringLiteral("2019-03-31");
        DpsServiceClient client(connectionString(), o);
        const auto result = run(client, {Reply::json(200, registrationJson(QStringLiteral("d")))},
                                [](DpsServiceClient &c) { return c.getRegistration(QStringLiteral("d")); });
        QVERIFY(result && result->succeeded());
        const Received &r = m_stub->received().first();
        QCOMPARE(r.query, QByteArray("api-version=2019-03-31"));
        const QString problem = tokenProblem(r.headers.value("authorization"), "localhost");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // ---- paging -----------------------------------------------------------------------------------------

    void pagingFollowsContinuation()
    {
        DpsServiceClientOptions o = options();
        o.pageSize = 2;
        DpsServiceClient client(connectionString(), o);
        const QByteArray page1 =
            "[" + enrollmentJson(QStringLiteral("e1")) + "," + enrollmentJson(QStringLiteral("e2")) + "]";
        const QByteArray page2 =
            "[" + enrollmentJson(QStringLiteral("e3")) + "," + enrollmentJson(QStringLiteral("e4")) + "]";
        const QByteArray page3 = "[" + enrollmentJson(QStringLiteral("e5")) + "]";
        const QByteArray type = "x-ms-item-type";
        const auto result =
            run(client,
                {Reply::json(200, page1, {{"x-ms-continuation", "dDE="}, {type, "Enrollment"}}),
                 Reply::json(200, page2, {{"x-ms-continuation", "dDI="}, {type, "Enrollment"}}),
                 Reply::json(200, page3, {{type, "Enrollment"}})},
                [](DpsServiceClient &c) { return c.queryAllEnrollments(); });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->message()));
        QCOMPARE(m_stub->received().size(), 3);
        QCOMPARE(result->pages, 3);
        QCOMPARE(result->enrollments.size(), 5);
        QCOMPARE(result->enrollments.last().registrationId, QStringLiteral("e5"));
        QVERIFY(result->continuationToken.isEmpty());
        const QList<Received> &r = m_stub->received();
        for (const Received &request : r) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QByteArray("/enrollments/query"));
            QCOMPARE(request.json().value(u"query").toString(), QStringLiteral("*"));
            QCOMPARE(request.headers.value("x-ms-max-item-count"), QByteArray("2"));
        }
        QVERIFY(!r[0].headers.contains("x-ms-continuation"));
        QCOMPARE(r[1].headers.value("x-ms-continuation"), QByteArray("dDE="));
        QCOMPARE(r[2].headers.value("x-ms-continuation"), QByteArray("dDI="));
    }

    void onePageAtATime()
    {
        DpsServiceClient client(connectionString(), options());
        const QByteArray page = "[" + groupJson(QStringLiteral("g1")) + "]";
        auto result = run(client, {Reply::json(200, page, {{"x-ms-continuation", "next-1"}})},
                          [](DpsServiceClient &c) { return c.queryEnrollmentGroups(); });
        QVERIFY(result && result->succeeded());
        QCOMPARE(result->enrollmentGroups.size(), 1);
        QCOMPARE(result->continuationToken, QStringLiteral("next-1"));
        result = run(client, {Reply::json(200, "[]")}, [&result](DpsServiceClient &c) {
            return c.queryEnrollmentGroups(result->continuationToken);
        });
        QVERIFY(result && result->succeeded());
        QCOMPARE(m_stub->received().size(), 2);
        QCOMPARE(m_stub->received()[1].path, QByteArray("/enrollmentGroups/query"));
        QCOMPARE(m_stub->received()[1].headers.value("x-ms-continuation"), QByteArray("next-1"));
        QVERIFY(!m_stub->received()[1].headers.contains("x-ms-max-item-count"));
        QVERIFY(result->continuationToken.isEmpty());
    }

    void registrationQuery()
    {
        const QByteArray page1 = "[" + registrationJson(QStringLiteral("r1")) + "]";
        const QByteArray page2 = "[" + registrationJson(QStringLiteral("r2")) + "]";
        const auto result =
            run({Reply::json(200, page1, {{"x-ms-continuation", "p2"}}), Reply::json(200, page2)},
                [](DpsServiceClient &c) { return c.queryAllRegistrations(QStringLiteral("grp-1")); });
        QVERIFY(result && result->succeeded());
        QCOMPARE(result->registrations.size(), 2);
        QCOMPARE(result->registrations[1].registrationId, QStringLiteral("r2"));
        QCOMPARE(m_stub->received().size(), 2);
        QCOMPARE(m_stub->received()[0].path, QByteArray("/registrations/grp-1/query"));
        QCOMPARE(m_stub->received()[0].method, QByteArray("POST"));
        QCOMPARE(m_stub->received()[1].headers.value("x-ms-continuation"), QByteArray("p2"));
    }

    // ---- bulk -------------------------------------------------------------------------------------------

    void bulkInChunksOfTen()
    {
        QList<IndividualEnrollment> items;
        for (int i = 0; i < 25; ++i)
            items << sampleEnrollment(QStringLiteral("bulk-%1").arg(i));
        DpsServiceClientOptions o = options();
        o.bulkChunkSize = 100; // the service takes 10 at most, whatever is asked
        DpsServiceClient client(connectionString(), o);
        const auto result = run(
            client,
            {Reply::json(200, R"({"isSuccessful":true,"errors":[]})"),
             Reply::json(
                 200,
                 R"({"isSuccessful":false,"errors":[{"registrationId":"bulk-13","errorCode":409001,"errorStatus":"Conflict"}]})"),
             Reply::json(200, R"({"isSuccessful":true})")},
            [&items](DpsServiceClient &c) { return c.bulkEnrollments(BulkOperationMode::Create, items); });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->message()));
        const QList<Received> &r = m_stub->received();
        QCOMPARE(r.size(), 3);
        const QList<int> sizes = {10, 10, 5};
        int index = 0;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r[i].method, QByteArray("POST"));
            QCOMPARE(r[i].path, QByteArray("/enrollments"));
            const QJsonObject body = r[i].json();
            QCOMPARE(body.value(u"mode").toString(), QStringLiteral("create"));
            const QJsonArray chunk = body.value(u"enrollments").toArray();
            QCOMPARE(chunk.size(), sizes[i]);
            for (const QJsonValue &item : chunk)
                QCOMPARE(item.toObject().value(u"registrationId").toString(),
                         QStringLiteral("bulk-%1").arg(index++));
        }
        QCOMPARE(result->bulkItemsSubmitted, 25);
        QVERIFY(!result->bulk.isSuccessful);
        QCOMPARE(result->bulk.errors.size(), 1);
        QCOMPARE(result->bulk.errors[0].id, QStringLiteral("bulk-13"));
        QCOMPARE(result->bulk.errors[0].errorCode, qint64(409001));
        QCOMPARE(result->bulk.errors[0].errorStatus, QStringLiteral("Conflict"));
    }

    void bulkGroupsDeleteStopsOnHttpError()
    {
        QList<EnrollmentGroup> groups;
        for (int i = 0; i < 12; ++i) {
            EnrollmentGroup g;
            g.enrollmentGroupId = QStringLiteral("g-%1").arg(i);
            groups << g;
        }
        const auto result = run({Reply::json(200, R"({"isSuccessful":true,"errors":[]})"),
                                 Reply::json(400, R"({"errorCode":400000,"message":"Bad bulk"})")},
                                [&groups](DpsServiceClient &c) {
                                    return c.bulkEnrollmentGroups(BulkOperationMode::Delete, groups);
                                });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, DpsError::Kind::BadRequest);
        QVERIFY(result->error.message.contains(QStringLiteral("Bad bulk")));
        QCOMPARE(result->bulkItemsSubmitted, 10);
        QCOMPARE(m_stub->received().size(), 2);
        QCOMPARE(m_stub->received()[0].path, QByteArray("/enrollmentGroups"));
        QCOMPARE(m_stub->received()[0].json().value(u"mode").toString(), QStringLiteral("delete"));
        QCOMPARE(m_stub->received()[1].json().value(u"enrollmentGroups").toArray().size(), 2);
    }

    // ---- input checks -----------------------------------------------------------------------------------

    void invalidInputNeverSent_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("initialTwin a string") << 0;
        QTest::newRow("initialTwin an array") << 1;
        QTest::newRow("desired not an object") << 2;
        QTest::newRow("bad registration ID") << 3;
        QTest::newRow("one key only") << 4;
        QTest::newRow("bad key") << 5;
        QTest::newRow("bulk with one bad twin") << 6;
    }

    void invalidInputNeverSent()
    {
        QFETCH(int, variant);
        IndividualEnrollment e = sampleEnrollment(QStringLiteral("dev-1"));
        switch (variant) {
        case 0:
            e.initialTwin = QStringLiteral("{\"tags\":{}}");
            break;
        case 1:
            e.initialTwin = QJsonArray{1};
            break;
        case 2:
            e.initialTwin =
                QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("desired"), 3}}}};
            break;
        case 3:
            e.registrationId = QStringLiteral("bad/id");
            break;
        case 4:
            e.attestation.primaryKey = kPrimary;
            break;
        case 5:
            e.attestation.primaryKey = QStringLiteral("not base64!");
            e.attestation.secondaryKey = kSecondary;
            break;
        default:
            break;
        }
        const auto result = run({}, [&](DpsServiceClient &c) {
            if (variant == 6) {
                QList<IndividualEnrollment> items(11, sampleEnrollment(QStringLiteral("ok")));
                items[10].initialTwin = QJsonValue(5);
                return c.bulkEnrollments(BulkOperationMode::Create, items);
            }
            return c.createOrUpdateEnrollment(e);
        });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, DpsError::Kind::InvalidInput);
        QVERIFY(!result->error.message.isEmpty());
        if (variant <= 2 || variant == 6)
            QVERIFY2(result->error.message.contains(QStringLiteral("initial twin")),
                     qPrintable(result->error.message));
        QCOMPARE(m_stub->received().size(), 0);
    }

    // ---- errors -----------------------------------------------------------------------------------------

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("withEtag");
        QTest::addColumn<DpsError::Kind>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("401") << 401 << false << DpsError::Kind::Unauthorized
                             << QStringLiteral("the service connection string's key or policy is wrong");
        QTest::newRow("404") << 404 << false << DpsError::Kind::NotFound
                             << QStringLiteral("no enrollment dev-001");
        QTest::newRow("412") << 412 << true << DpsError::Kind::HttpError
                             << QStringLiteral("changed since it was read (etag mismatch): reload and retry");
        QTest::newRow("409 with etag")
            << 409 << true << DpsError::Kind::HttpError
            << QStringLiteral("changed since it was read (etag mismatch): reload and retry");
        QTest::newRow("409 on create") << 409 << false << DpsError::Kind::HttpError
                                       << QStringLiteral("already has an enrollment dev-001");
        QTest::newRow("400") << 400 << false << DpsError::Kind::BadRequest
                             << QStringLiteral("Scripted message");
        QTest::newRow("429") << 429 << false << DpsError::Kind::Throttled << QStringLiteral("throttling");
        QTest::newRow("503") << 503 << false << DpsError::Kind::ServiceUnavailable
                             << QStringLiteral("HTTP 503");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(bool, withEtag);
        QFETCH(DpsError::Kind, kind);
        QFETCH(QString, sentence);
        IndividualEnrollment e = sampleEnrollment(QStringLiteral("dev-001"));
        if (withEtag)
            e.etag = QStringLiteral("\"old\"");
        const QByteArray body =
            R"({"errorCode":)" + QByteArray::number(status * 1000 + 1) +
            R"(,"trackingId":"track-1","message":"Scripted message","timestampUtc":"2022-05-02T08:04:03Z"})";
        DpsServiceClientOptions o = options();
        o.maxRetries = 0; // retries have their own test
        DpsServiceClient client(connectionString(), o);
        const auto result = run(client, {Reply::json(status, body, {{"x-ms-request-id", "req-1"}})},
                                [&e](DpsServiceClient &c) { return c.createOrUpdateEnrollment(e); });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, kind);
        QCOMPARE(result->error.httpStatus, status);
        QCOMPARE(result->error.errorCode, qint64(status * 1000 + 1));
        QCOMPARE(result->error.trackingId, QStringLiteral("track-1"));
        QCOMPARE(result->error.serviceMessage, QStringLiteral("Scripted message"));
        QCOMPARE(result->error.rawBody, body);
        QVERIFY2(result->error.message.contains(sentence), qPrintable(result->error.message));
        QCOMPARE(result->isEtagMismatch(), status == 409 || status == 412);
        QCOMPARE(m_stub->received().size(), 1); // no retries
    }

    void retries_data()
    {
        QTest::addColumn<int>("call"); // 0: GET, 1: PUT, 2: bulk of 12
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("GET after 429") << 0 << QList<int>{429, 200} << 2 << true;
        QTest::newRow("GET after two 503") << 0 << QList<int>{503, 503, 200} << 3 << true;
        QTest::newRow("GET gives up after 3 retries") << 0 << QList<int>{503, 503, 503, 503} << 4 << false;
        QTest::newRow("PUT after 429") << 1 << QList<int>{429, 200} << 2 << true;
        QTest::newRow("PUT never resent after 500") << 1 << QList<int>{500, 200} << 1 << false;
        QTest::newRow("bulk chunk throttled") << 2 << QList<int>{200, 429, 200} << 3 << true;
    }

    void retries()
    {
        QFETCH(int, call);
        QFETCH(QList<int>, statuses);
        QFETCH(int, requests);
        QFETCH(bool, succeeds);
        QList<Reply> script;
        for (int status : statuses) {
            QByteArray body = R"({"errorCode":503000,"message":"busy"})";
            if (status == 200) {
                body = call == 0   ? registrationJson(QStringLiteral("d"))
                       : call == 1 ? enrollmentJson(QStringLiteral("d"))
                                   : QByteArray(R"({"isSuccessful":true,"errors":[]})");
            }
            script << Reply::json(status, body, {{"Retry-After", "1"}});
        }
        DpsServiceClientOptions o = options();
        o.retryPolicy.setDelayScale(0.01);
        o.retryPolicy.setJitterSource([] { return 0.0; });
        DpsServiceClient client(connectionString(), o);
        QStringList lines;
        connect(&client, &DpsServiceClient::progress, this, [&lines](const QString &line) { lines << line; });
        QList<IndividualEnrollment> items;
        for (int i = 0; i < 12; ++i)
            items << sampleEnrollment(QStringLiteral("r-%1").arg(i));
        const auto result = run(client, script, [&](DpsServiceClient &c) {
            if (call == 0)
                return c.getRegistration(QStringLiteral("d"));
            if (call == 1)
                return c.createOrUpdateEnrollment(sampleEnrollment(QStringLiteral("d")));
            return c.bulkEnrollments(BulkOperationMode::Create, items);
        });
        QVERIFY(result);
        QCOMPARE(result->succeeded(), succeeds);
        QCOMPARE(m_stub->received().size(), requests);
        QCOMPARE(result->requests, requests);
        const QByteArray sr = "127.0.0.1%3A" + QByteArray::number(m_stub->port());
        for (const Received &r : m_stub->received())
            QVERIFY(tokenProblem(r.headers.value("authorization"), sr).isEmpty());
        if (!succeeds)
            QCOMPARE(result->error.attempts, requests);
        if (call == 2) {
            QCOMPARE(result->bulkItemsSubmitted, 12);
            QCOMPARE(m_stub->received()[1].body, m_stub->received()[2].body); // the same chunk again
        }
        if (requests > 1)
            QVERIFY(lines.join(u'\n').contains(QStringLiteral("retry 1 of 3")));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not JSON") << 0 << QByteArray("{not json");
        QTest::newRow("empty body") << 0 << QByteArray();
        QTest::newRow("array instead of object") << 0 << QByteArray("[]");
        QTest::newRow("wrong field type, keys hidden")
            << 0
            << QByteArray(
                   R"({"registrationId":"dev-1","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"c2VjcmV0LXNlY3JldC1zZWNyZXQ=","secondaryKey":"c2VjcmV0LXNlY3JldC1zZWNyZXQ="}},"capabilities":{"iotEdge":"no"}})");
        QTest::newRow("query not an array") << 1 << QByteArray("{}");
        QTest::newRow("query item not an object") << 1 << QByteArray("[1]");
        QTest::newRow("bulk result without isSuccessful") << 2 << QByteArray("{}");
        QTest::newRow("continuation token repeats") << 3 << QByteArray("[]");
    }

    void malformedAnswers()
    {
        QFETCH(int, call);
        QFETCH(QByteArray, answer);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (call == 3)
            headers.append(qMakePair(QByteArray("x-ms-continuation"), QByteArray("same")));
        const auto result = run({Reply::json(200, answer, headers)}, [&](DpsServiceClient &c) {
            if (call == 3)
                return c.queryEnrollments(QStringLiteral("same"), true);
            if (call == 1)
                return c.queryEnrollments();
            if (call == 2)
                return c.bulkEnrollments(BulkOperationMode::Delete,
                                         {sampleEnrollment(QStringLiteral("dev-1"))});
            return c.getEnrollment(QStringLiteral("dev-1"));
        });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, DpsError::Kind::MalformedResponse);
        QCOMPARE(result->error.httpStatus, 200);
        QVERIFY(!result->error.detail.isEmpty());
        QVERIFY(!result->error.rawBody.contains("c2VjcmV0")); // keys never reach the details view
    }

    void untrustedServer()
    {
        DpsServiceClientOptions o = options();
        o.extraCaFile.clear();
        DpsServiceClient client(connectionString(), o);
        const auto result = run(client, {Reply::json(200, registrationJson(QStringLiteral("d")))},
                                [](DpsServiceClient &c) { return c.getRegistration(QStringLiteral("d")); });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, DpsError::Kind::TlsUntrusted);
        QCOMPARE(m_stub->received().size(), 0);
    }

    // One policy for every DPS request (DpsHttpExchange): a read that gets no answer in time is sent again
    // within the retry limit; a write is not, since it may have happened.
    void requestTimeout_data()
    {
        QTest::addColumn<bool>("read");
        QTest::addColumn<int>("requests");
        QTest::newRow("read, resent") << true << 4;
        QTest::newRow("write, not resent") << false << 1;
    }

    void requestTimeout()
    {
        QFETCH(bool, read);
        QFETCH(int, requests);
        DpsServiceClientOptions o = options();
        o.requestTimeout = 300ms;
        o.overallTimeout = 60s;
        o.retryPolicy.setDelayScale(0.01);
        DpsServiceClient client(connectionString(), o);
        m_stub->setFallback(Reply::hang());
        QElapsedTimer clock;
        clock.start();
        const auto result = run(client, {}, [this, read](DpsServiceClient &c) {
            return read ? c.getEnrollment(QStringLiteral("dev-1"))
                        : c.createOrUpdateEnrollment(sampleEnrollment(QStringLiteral("dev-1")));
        });
        QVERIFY(result);
        QCOMPARE(result->kind, DpsServiceResult::Kind::Failed);
        QCOMPARE(result->error.kind, DpsError::Kind::Timeout);
        QCOMPARE(result->error.attempts, requests);
        QVERIFY(clock.elapsed() >= 300 * requests);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(m_stub->received().size(), requests);
        QCOMPARE(result->requests, requests);
    }

    void overallTimeoutAcrossPages()
    {
        DpsServiceClientOptions o = options();
        o.overallTimeout = 400ms;
        DpsServiceClient client(connectionString(), o);
        const auto result =
            run(client, {Reply::json(200, "[]", {{"x-ms-continuation", "more"}}), Reply::hang()},
                [](DpsServiceClient &c) { return c.queryAllEnrollments(); });
        QVERIFY(result);
        QCOMPARE(result->error.kind, DpsError::Kind::Timeout);
        QCOMPARE(m_stub->received().size(), 2);
    }

    void cancelStopsAtOnce()
    {
        DpsServiceClient client(connectionString(), options());
        m_stub->script({Reply::hang()});
        QList<DpsServiceResult> results;
        connect(&client, &DpsServiceClient::finished, this,
                [&results](const DpsServiceResult &r) { results << r; });
        QVERIFY(client.getEnrollment(QStringLiteral("dev-1")));
        QVERIFY(!client.getEnrollment(QStringLiteral("dev-2"))); // one call at a time
        QTRY_COMPARE(m_stub->received().size(), 1);
        client.cancel();
        QCOMPARE(results.size(), 1); // synchronously
        QCOMPARE(results.first().kind, DpsServiceResult::Kind::Cancelled);
        QVERIFY(!client.isRunning());
        QTest::qWait(50);
        QCOMPARE(results.size(), 1);
        client.cancel(); // idle: nothing
        QCOMPARE(results.size(), 1);
    }

    void cancelBeforeSending()
    {
        DpsServiceClient client(connectionString(), options());
        QList<DpsServiceResult> results;
        connect(&client, &DpsServiceClient::finished, this,
                [&results](const DpsServiceResult &r) { results << r; });
        QVERIFY(client.queryAllEnrollments());
        client.cancel();
        QTest::qWait(100);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().kind, DpsServiceResult::Kind::Cancelled);
        QCOMPARE(m_stub->received().size(), 0);
    }

    // ---- secrets ----------------------------------------------------------------------------------------

    void keysNeverLogged()
    {
        auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(256);
        auto previous = spdlog::default_logger();
        auto logger = std::make_shared<spdlog::logger>("capture", sink);
        logger->set_level(spdlog::level::trace);
        spdlog::set_default_logger(logger);

        IndividualEnrollment e = sampleEnrollment(QStringLiteral("dev-1"));
        e.attestation.primaryKey = kPrimary;
        e.attestation.secondaryKey = kSecondary;
        auto result = run({Reply::json(200, enrollmentJson(QStringLiteral("dev-1")))},
                          [&e](DpsServiceClient &c) { return c.createOrUpdateEnrollment(e); });
        const bool created = result && result->succeeded();
        result = run({Reply::json(200, keysJson())},
                     [](DpsServiceClient &c) { return c.getEnrollmentAttestation(QStringLiteral("dev-1")); });
        const bool read = result && result->succeeded();
        // A broken answer with keys in it goes to the log as a warning with its body.
        QByteArray broken = enrollmentJson(QStringLiteral("dev-1"));
        broken.replace("\"iotEdge\":true", "\"iotEdge\":1");
        result = run({Reply::json(200, broken)},
                     [](DpsServiceClient &c) { return c.getEnrollment(QStringLiteral("dev-1")); });
        const bool failed = result && result->error.kind == DpsError::Kind::MalformedResponse;

        spdlog::set_default_logger(previous);
        QVERIFY(created);
        QVERIFY(read);
        QVERIFY(failed);
        const std::vector<std::string> lines = sink->last_formatted();
        QVERIFY(lines.size() >= 6); // debug lines for the requests, and the outcomes
        bool sawBody = false;
        for (const std::string &line : lines) {
            const QByteArray text = QByteArray::fromStdString(line);
            QVERIFY2(!text.contains(kPrimary.toLatin1()), text.constData());
            QVERIFY2(!text.contains(kSecondary.toLatin1()), text.constData());
            QVERIFY2(!text.contains("sig="), text.constData());
            QVERIFY2(!text.contains(kPolicyKey), text.constData());
            sawBody = sawBody || text.contains("\"iotEdge\":1");
        }
        QVERIFY(sawBody); // the body was logged, keys masked
    }

    // ---- the local DPS emulator -------------------------------------------------------------------------

    void againstLocalDps()
    {
        eflow::localdps::LocalDps dps;
        QVERIFY2(dps.start(eflow::localdps::LocalDpsOptions{}), qPrintable(dps.errorString()));
        const QString caFile = m_dir.filePath(QStringLiteral("local-dps-ca.pem"));
        {
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(dps.caPem());
        }
        DpsServiceClientOptions o = options();
        o.extraCaFile = caFile;
        o.pageSize = 2;
        DpsServiceClient client(dps.serviceConnectionString(), o);
        QVERIFY2(client.isValid(), qPrintable(client.configurationError().message));

        // Create with keys generated by the service.
        auto result = run(client, {}, [this](DpsServiceClient &c) {
            return c.createOrUpdateEnrollment(sampleEnrollment(QStringLiteral("int-dev-1")));
        });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->message() + u'\n' + result->error.details()));
        QVERIFY(result->enrollment);
        QCOMPARE(QByteArray::fromBase64(result->enrollment->attestation.primaryKey.toLatin1()).size(), 64);
        QVERIFY(!result->enrollment->etag.isEmpty());
        QVERIFY(result->enrollment->iotEdge);
        const IndividualEnrollment created = *result->enrollment;

        // Creating it again without an etag conflicts; a stale etag is refused; the right one updates.
        result = run(client, {}, [this](DpsServiceClient &c) {
            return c.createOrUpdateEnrollment(sampleEnrollment(QStringLiteral("int-dev-1")));
        });
        QVERIFY(result && !result->succeeded());
        QCOMPARE(result->error.httpStatus, 409);
        IndividualEnrollment update = created;
        update.provisioningStatus = ProvisioningStatus::Disabled;
        update.etag = QStringLiteral("\"stale\"");
        result =
            run(client, {}, [&update](DpsServiceClient &c) { return c.createOrUpdateEnrollment(update); });
        QVERIFY(result && !result->succeeded());
        QVERIFY2(result->isEtagMismatch(), qPrintable(result->error.details()));
        QVERIFY(result->error.message.contains(QStringLiteral("etag mismatch")));
        update.etag = created.etag;
        result =
            run(client, {}, [&update](DpsServiceClient &c) { return c.createOrUpdateEnrollment(update); });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->error.details()));
        QCOMPARE(result->enrollment->provisioningStatus, ProvisioningStatus::Disabled);

        // The keys come back through attestationmechanism.
        result = run(client, {}, [](DpsServiceClient &c) {
            return c.getEnrollmentAttestation(QStringLiteral("int-dev-1"));
        });
        QVERIFY(result && result->succeeded());
        QCOMPARE(result->attestation->primaryKey, created.attestation.primaryKey);

        // Bulk of 12 in two chunks, then every page of the query.
        QList<IndividualEnrollment> items;
        for (int i = 0; i < 12; ++i)
            items << sampleEnrollment(QStringLiteral("int-bulk-%1").arg(i));
        result = run(client, {}, [&items](DpsServiceClient &c) {
            return c.bulkEnrollments(BulkOperationMode::Create, items);
        });
        QVERIFY(result);
        QVERIFY2(result->succeeded() && result->bulk.isSuccessful, qPrintable(result->error.details()));
        QCOMPARE(result->requests, 2);
        QCOMPARE(result->bulkItemsSubmitted, 12);
        result = run(client, {}, [](DpsServiceClient &c) { return c.queryAllEnrollments(); });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->error.details()));
        QCOMPARE(result->enrollments.size(), 13);
        QCOMPARE(result->pages, 7);

        // A group, its registrations (none yet), then deletes.
        EnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("int-group");
        group.iotEdge = true;
        result =
            run(client, {}, [&group](DpsServiceClient &c) { return c.createOrUpdateEnrollmentGroup(group); });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->error.details()));
        result = run(client, {}, [](DpsServiceClient &c) {
            return c.queryAllRegistrations(QStringLiteral("int-group"));
        });
        QVERIFY(result);
        QVERIFY2(result->succeeded(), qPrintable(result->error.details()));
        QCOMPARE(result->registrations.size(), 0);
        result = run(client, {}, [](DpsServiceClient &c) {
            return c.deleteEnrollmentGroup(QStringLiteral("int-group"), QStringLiteral("*"));
        });
        QVERIFY(result && result->succeeded());
        result = run(client, {},
                     [](DpsServiceClient &c) { return c.deleteEnrollment(QStringLiteral("int-dev-1")); });
        QVERIFY(result && result->succeeded());
        result =
            run(client, {}, [](DpsServiceClient &c) { return c.getEnrollment(QStringLiteral("int-dev-1")); });
        QVERIFY(result && !result->succeeded());
        QCOMPARE(result->error.kind, DpsError::Kind::NotFound);
        QVERIFY(result->error.message.contains(QStringLiteral("no enrollment int-dev-1")));
        QVERIFY(!dps.individualEnrollment(QStringLiteral("int-dev-1")));
    }
};

QTEST_GUILESS_MAIN(TestDpsServiceClient)
#include "tst_dps_serviceclient.moc"
