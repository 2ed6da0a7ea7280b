// The local DPS over real HTTPS: certificates, the device API with every SDK's token format, the service
// API, persistence across restarts and the injected faults. TLS is always verified against the emulator's
// CA (no ignoreSslErrors), so a broken certificate fails these tests as it would fail a real client.
#include <atomic>
#include <memory>
#include <thread>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/CertificateFactory.h"
#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SasToken.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/localdps/LocalDps.h"
#include "engine/localdps/LocalDpsHttpParser.h"
#include "engine/localdps/LocalDpsSasToken.h"

using namespace Qt::StringLiterals;
using namespace eflow;
using eflow::localdps::LocalDps;
using eflow::localdps::LocalDpsOptions;

Q_DECLARE_METATYPE(eflow::crypto::SasFormat)

namespace {

constexpr int timeoutMs = 15000;
const QString scope = u"0ne00000A0A"_s;
const QString hub = u"demo-hub.azure-devices.net"_s;
// 32- and 64-byte keys from reference/dps-protocol.md §3.4 (vector 1).
const QByteArray individualKey = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";
const QByteArray groupKey =
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
const QByteArray otherKey = "c2VydmljZS1wb2xpY3kta2V5LTAxMjM0NTY3ODlhYmNkZWY=";

crypto::SecureBytes decoded(QByteArrayView base64)
{
    crypto::SecureBytes key;
    if (!crypto::decodeBase64Strict(base64, key))
        qFatal("test key is not base64");
    return key;
}

QByteArray deviceToken(const QString &registrationId, QByteArrayView keyBase64,
                       const crypto::SasFormat &format = crypto::SasFormat::node(),
                       qint64 expiry = crypto::expiryFromNow(std::chrono::hours(1)),
                       const QString &idScope = scope)
{
    return crypto::deviceRegistrationToken(idScope, registrationId, decoded(keyBase64), expiry, format);
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QByteArray body;
    QJsonObject json;
    QJsonArray array;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

// QNetworkAccessManager with the emulator's CA as the only extra trust anchor; waits for each reply.
class Http final
{
public:
    void trust(const QSslCertificate &ca) { m_ca = ca; }

    Reply send(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray(),
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request{QUrl(url)};
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_ca.isNull())
            tls.addCaCertificate(m_ca);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(timeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json; charset=utf-8"_ba);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);

        Reply result;
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        QObject::connect(reply.get(), &QNetworkReply::sslErrors,
                         [&result](const QList<QSslError> &errors) { result.sslErrors = errors; });
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        const QJsonDocument doc = QJsonDocument::fromJson(result.body);
        result.json = doc.object();
        result.array = doc.array();
        return result;
    }

private:
    QNetworkAccessManager m_nam;
    QSslCertificate m_ca;
};

bool isIsoTimestamp(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}Z$"_s);
    return pattern.match(text).hasMatch();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return pattern.match(text).hasMatch();
}

// Blocking OpenSSL client limited to one protocol version, run on a worker thread while the test's event
// loop serves the handshake. Security level 0 so that the client itself would allow TLS 1.1: only the
// server can refuse it then.
bool opensslHandshake(quint16 port, int version)
{
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    if (!ctx)
        return false;
    SSL_CTX_set_security_level(ctx.get(), 0);
    SSL_CTX_set_min_proto_version(ctx.get(), version);
    SSL_CTX_set_max_proto_version(ctx.get(), version);
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr); // only the protocol version is under test
    const QByteArray address = "127.0.0.1:" + QByteArray::number(port);
    BIO *bio = BIO_new_ssl_connect(ctx.get());
    if (!bio)
        return false;
    BIO_set_conn_hostname(bio, address.constData());
    const bool ok = BIO_do_connect(bio) == 1 && BIO_do_handshake(bio) == 1;
    BIO_free_all(bio);
    ERR_clear_error();
    return ok;
}

} // namespace

// A failed comparison inside a helper only leaves the helper; stop the test there too.
#define VERIFY_ERROR(reply, status, errorCode)                                                               \
    do {                                                                                                     \
        verifyErrorShape(reply, status, errorCode);                                                          \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestLocalDps final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalDps> m_dps;
    std::unique_ptr<Http> m_http;

    QString deviceUrl(const QString &registrationId, const QString &tail = u"/register"_s,
                      const QString &idScope = scope) const
    {
        return m_dps->endpoint() + u'/' + idScope + u"/registrations/"_s + registrationId + tail +
               u"?api-version=2021-06-01"_s;
    }

    QString serviceUrl(const QString &path) const
    {
        return m_dps->endpoint() + path + u"?api-version=2021-10-01"_s;
    }

    QByteArray serviceToken(LocalDps::ServiceHostForm form = LocalDps::ServiceHostForm::HostAndPort) const
    {
        const auto cs = crypto::ConnectionString::parse(m_dps->serviceConnectionString(form));
        if (!cs)
            return QByteArray();
        return crypto::serviceToken(*cs, crypto::expiryFromNow(std::chrono::hours(1))).value_or(QByteArray());
    }

    Reply service(const QByteArray &method, const QString &path, const QJsonValue &body = QJsonValue(),
                  QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({"Authorization", serviceToken()});
        QByteArray bytes;
        if (body.isObject())
            bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        return m_http->send(method, serviceUrl(path), bytes, headers);
    }

    Reply registerDevice(const QString &registrationId, const QByteArray &token,
                         const QString &idScope = scope)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{u"registrationId"_s, registrationId}}).toJson();
        return m_http->send("PUT", deviceUrl(registrationId, u"/register"_s, idScope), body,
                            {{"Authorization", token}});
    }

    // PUT, then GET the operation until it is no longer 202; returns the last reply.
    Reply registerAndPoll(const QString &registrationId, const QByteArray &token, int *polls = nullptr)
    {
        Reply put = registerDevice(registrationId, token);
        if (put.status != 202)
            return put;
        const QString operationId = put.json.value(u"operationId").toString();
        Reply get;
        for (int i = 0; i < 10; ++i) {
            // Node sends "{}" as the GET body (reference §2.2); the emulator must take it.
            get = m_http->send("GET", deviceUrl(registrationId, u"/operations/"_s + operationId), "{}",
                               {{"Authorization", token}});
            if (polls)
                ++*polls;
            if (get.status != 202)
                break;
        }
        return get;
    }

    void verifyErrorShape(const Reply &reply, int status, int errorCode)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), "application/json; charset=utf-8"_ba);
        QCOMPARE(reply.json.value(u"errorCode").toInt(), errorCode);
        QVERIFY(isUuid(reply.json.value(u"trackingId").toString()));
        QVERIFY(!reply.json.value(u"message").toString().isEmpty());
        QVERIFY2(isIsoTimestamp(reply.json.value(u"timestampUtc").toString()), reply.body.constData());
        QCOMPARE(QString::fromLatin1(reply.header("x-ms-request-id")),
                 reply.json.value(u"trackingId").toString());
    }

    LocalDpsOptions defaultOptions() const
    {
        LocalDpsOptions options;
        options.idScope = scope;
        return options;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_http = std::make_unique<Http>();
        m_dps = std::make_unique<LocalDps>();
        QVERIFY2(m_dps->start(defaultOptions()), qPrintable(m_dps->errorString()));
        QVERIFY(m_dps->port() != 0);
        m_http->trust(m_dps->caCertificate());

        localdps::LocalDpsIndividualEnrollment device;
        device.registrationId = u"edge-01"_s;
        device.deviceId = u"edge-device-01"_s;
        device.primaryKey = individualKey;
        device.secondaryKey = otherKey;
        device.iotEdge = true;
        QVERIFY2(m_dps->addIndividualEnrollment(device), qPrintable(m_dps->errorString()));

        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = u"fleet"_s;
        group.primaryKey = groupKey;
        group.iotEdge = true;
        QVERIFY2(m_dps->addEnrollmentGroup(group), qPrintable(m_dps->errorString()));
    }

    void cleanup()
    {
        m_dps.reset();
        m_http.reset();
        // Sockets and replies are deleted with deleteLater(); without an event loop after the last test they
        // would never be, and LeakSanitizer would report their OpenSSL state.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void certificateFactory()
    {
        crypto::CertificateFactory factory;
        QVERIFY2(factory.generate(), qPrintable(factory.errorString()));
        const QSslCertificate ca = factory.caCertificate();
        const QSslCertificate server = factory.serverCertificate();
        QVERIFY(ca.isSelfSigned());
        QVERIFY(!server.isSelfSigned());
        QCOMPARE(server.issuerDisplayName(), ca.subjectDisplayName());
        QVERIFY(factory.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(factory.serverKey().algorithm(), QSsl::Ec);
        QCOMPARE(factory.serverKey().length(), 256);
        const auto names = server.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(server.effectiveDate() < QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(server.expiryDate() > QDateTime::currentDateTimeUtc().addDays(300));
        bool caFlag = false;
        for (const QSslCertificateExtension &ext : ca.extensions()) {
            if (ext.name() == u"basicConstraints")
                caFlag = ext.value().toMap().value(u"ca"_s).toBool();
        }
        QVERIFY(caFlag);
        // Each generation is a new CA: a leaked CA from one run cannot vouch for another run's server.
        crypto::CertificateFactory second;
        QVERIFY(second.generate());
        QVERIFY(second.caPem() != factory.caPem());
    }

    void tlsVerifiesAgainstTheCa()
    {
        Http untrusting;
        const Reply reply = untrusting.send("GET", m_dps->endpoint() + u"/"_s);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!reply.sslErrors.isEmpty());
        // The same request with the CA trusted gets through TLS (and a JSON 404).
        const Reply trusted = m_http->send("GET", m_dps->endpoint() + u"/"_s);
        QVERIFY(trusted.sslErrors.isEmpty());
        QCOMPARE(trusted.status, 404);
        QCOMPARE(trusted.header("Content-Type"), "application/json; charset=utf-8"_ba);
    }

    void tls11Refused()
    {
        const quint16 port = m_dps->port();
        std::atomic<int> tls11{-1};
        std::atomic<int> tls12{-1};
        std::thread worker([&] {
            tls11 = opensslHandshake(port, TLS1_1_VERSION) ? 1 : 0;
            tls12 = opensslHandshake(port, TLS1_2_VERSION) ? 1 : 0;
        });
        QTRY_VERIFY_WITH_TIMEOUT(tls12 != -1, timeoutMs);
        worker.join();
        QCOMPARE(tls11.load(), 0);
        QCOMPARE(tls12.load(), 1); // control: the same client gets in with TLS 1.2
    }

    void registerIndividualEnrollment()
    {
        QSignalSpy registered(m_dps.get(), &LocalDps::deviceRegistered);
        const QByteArray token = deviceToken(u"edge-01"_s, individualKey);
        const Reply put = registerDevice(u"edge-01"_s, token);
        QCOMPARE(put.status, 202);
        QCOMPARE(put.header("Content-Type"), "application/json; charset=utf-8"_ba);
        QVERIFY(put.header("Retry-After").toInt() >= 1);
        QCOMPARE(put.json.value(u"status").toString(), u"assigning"_s);
        const QString operationId = put.json.value(u"operationId").toString();
        QVERIFY2(QRegularExpression(u"^5\\.[0-9a-f]{16}\\.[0-9a-f-]{36}$"_s).match(operationId).hasMatch(),
                 qPrintable(operationId));
        QCOMPARE(registered.count(), 1);
        QCOMPARE(registered.at(0).at(0).toString(), u"edge-01"_s);

        // First poll: still assigning, with Retry-After and a minimal registrationState.
        const QString url = deviceUrl(u"edge-01"_s, u"/operations/"_s + operationId);
        const Reply first = m_http->send("GET", url, QByteArray(), {{"Authorization", token}});
        QCOMPARE(first.status, 202);
        QVERIFY(first.hasHeader("Retry-After"));
        QCOMPARE(first.json.value(u"operationId").toString(), operationId);
        QCOMPARE(first.json.value(u"status").toString(), u"assigning"_s);
        QCOMPARE(first.json.value(u"registrationState").toObject().value(u"registrationId").toString(),
                 u"edge-01"_s);

        const Reply done = m_http->send("GET", url, QByteArray(), {{"Authorization", token}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.header("Content-Type"), "application/json; charset=utf-8"_ba);
        QCOMPARE(done.json.value(u"operationId").toString(), operationId);
        QCOMPARE(done.json.value(u"status").toString(), u"assigned"_s);
        const QJsonObject state = done.json.value(u"registrationState").toObject();
        QCOMPARE(state.value(u"registrationId").toString(), u"edge-01"_s);
        QCOMPARE(state.value(u"assignedHub").toString(), hub);
        QCOMPARE(state.value(u"deviceId").toString(), u"edge-device-01"_s);
        QCOMPARE(state.value(u"status").toString(), u"assigned"_s);
        QCOMPARE(state.value(u"substatus").toString(), u"initialAssignment"_s);
        QVERIFY(isIsoTimestamp(state.value(u"createdDateTimeUtc").toString()));
        QVERIFY(isIsoTimestamp(state.value(u"lastUpdatedDateTimeUtc").toString()));
        const QByteArray etag = QByteArray::fromBase64(state.value(u"etag").toString().toLatin1());
        QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10, etag.constData());
        QVERIFY(!state.contains(u"symmetricKey")); // individual enrollments carry no group ID

        const auto record = m_dps->registration(u"EDGE-01"_s); // IDs are case-insensitive
        QVERIFY(record);
        QCOMPARE(record->value(u"iotEdge").toBool(), true);
        QVERIFY(!record->contains(u"enrollmentGroupId"));

        // Status lookup (POST /{scope}/registrations/{id}).
        const Reply lookup =
            m_http->send("POST", deviceUrl(u"edge-01"_s, QString()), "{}", {{"Authorization", token}});
        QCOMPARE(lookup.status, 200);
        QCOMPARE(lookup.json.value(u"assignedHub").toString(), hub);

        // The secondary key works too.
        const Reply secondary = registerAndPoll(u"edge-01"_s, deviceToken(u"edge-01"_s, otherKey));
        QCOMPARE(secondary.status, 200);
        QCOMPARE(secondary.json.value(u"status").toString(), u"assigned"_s);
    }

    void registerGroupDevice_data()
    {
        QTest::addColumn<QString>("registrationId");
        QTest::addColumn<bool>("useSecondary");
        QTest::newRow("reference vector ID") << u"sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"_s << false;
        QTest::newRow("mixed case ID") << u"Line4-Press-07"_s << false;
        QTest::newRow("secondary group key") << u"line4-press-08"_s << true;
    }

    void registerGroupDevice()
    {
        QFETCH(QString, registrationId);
        QFETCH(bool, useSecondary);
        const QByteArray secondary = m_dps->enrollmentGroup(u"fleet"_s)
                                         ->value(u"attestation")
                                         .toObject()
                                         .value(u"symmetricKey")
                                         .toObject()
                                         .value(u"secondaryKey")
                                         .toString()
                                         .toLatin1();
        QCOMPARE(secondary.size(), 88); // generated: 64 bytes
        const QByteArray derived =
            crypto::deriveDeviceKey(useSecondary ? secondary : groupKey, registrationId.toUtf8());
        QVERIFY(!derived.isEmpty());
        if (registrationId == u"sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6")
            QCOMPARE(derived, "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="_ba);

        int polls = 0;
        const Reply done = registerAndPoll(registrationId, deviceToken(registrationId, derived), &polls);
        QCOMPARE(done.status, 200);
        QCOMPARE(polls, 2); // one 202 "assigning", then the result
        const QJsonObject state = done.json.value(u"registrationState").toObject();
        QCOMPARE(state.value(u"status").toString(), u"assigned"_s);
        QCOMPARE(state.value(u"deviceId").toString(), registrationId);
        QCOMPARE(state.value(u"assignedHub").toString(), hub);
        QCOMPARE(state.value(u"symmetricKey").toObject().value(u"enrollmentGroupId").toString(), u"fleet"_s);
        const auto record = m_dps->registration(registrationId);
        QVERIFY(record);
        QCOMPARE(record->value(u"enrollmentGroupId").toString(), u"fleet"_s);
        QCOMPARE(record->value(u"iotEdge").toBool(), true);
    }

    void tokenFormatsAccepted_data()
    {
        QTest::addColumn<crypto::SasFormat>("format");
        QTest::addColumn<QByteArray>("keyName");
        QTest::addColumn<bool>("group");
        using F = crypto::SasFormat;
        const F java{false, crypto::PercentCase::Upper, F::Order::SrSigSeSkn, true}; // raw sr, "&skn="
        for (bool group : {false, true}) {
            const char *kind = group ? "group" : "individual";
            QTest::addRow("Node, %s", kind) << F::node() << "registration"_ba << group;
            QTest::addRow(".NET, %s", kind) << F::dotNet() << "registration"_ba << group;
            QTest::addRow("C SDK, %s", kind) << F::cSdk() << "registration"_ba << group;
            QTest::addRow("Python, %s", kind) << F::python() << "registration"_ba << group;
            QTest::addRow("Java, %s", kind) << java << QByteArray() << group;
        }
    }

    void tokenFormatsAccepted()
    {
        QFETCH(crypto::SasFormat, format);
        QFETCH(QByteArray, keyName);
        QFETCH(bool, group);
        const QString id = group ? u"Group-Device-1"_s : u"edge-01"_s;
        const QByteArray key = group ? crypto::deriveDeviceKey(groupKey, id.toUtf8()) : individualKey;
        const QByteArray token =
            crypto::buildSasToken((scope + u"/registrations/"_s + id).toUtf8(), decoded(key),
                                  crypto::expiryFromNow(std::chrono::hours(1)), keyName, format);
        const Reply done = registerAndPoll(id, token);
        QVERIFY2(done.status == 200, done.body.constData());
        QCOMPARE(done.json.value(u"status").toString(), u"assigned"_s);
    }

    void percentEncodedPathSegments()
    {
        // The C SDK encodes path segments; .NET encodes the operation ID with Uri.EscapeDataString.
        const QString id = u"dev:42.a_b"_s;
        localdps::LocalDpsIndividualEnrollment device;
        device.registrationId = id;
        device.primaryKey = individualKey;
        QVERIFY(m_dps->addIndividualEnrollment(device));
        const QByteArray token = deviceToken(id, individualKey, crypto::SasFormat::cSdk());
        const QString encodedId =
            QString::fromLatin1(crypto::percentEncode(id.toUtf8(), crypto::PercentCase::Lower));
        QVERIFY(encodedId.contains(u"%3a"_s));
        const Reply put = m_http->send("PUT", deviceUrl(encodedId), QByteArray(), {{"Authorization", token}});
        QCOMPARE(put.status, 202);
    }

    void rejectedTokens_data()
    {
        QTest::addColumn<QString>("registrationId");
        QTest::addColumn<QByteArray>("token");
        const qint64 inAnHour = crypto::expiryFromNow(std::chrono::hours(1));
        const QByteArray derived = crypto::deriveDeviceKey(groupKey, "fleet-dev-1");
        QTest::newRow("wrong individual key")
            << u"edge-01"_s << deviceToken(u"edge-01"_s, otherKey.left(40) + "AAAA");
        QTest::newRow("group key used directly")
            << u"fleet-dev-1"_s << deviceToken(u"fleet-dev-1"_s, groupKey);
        QTest::newRow("key derived for another ID")
            << u"fleet-dev-1"_s
            << deviceToken(u"fleet-dev-1"_s, crypto::deriveDeviceKey(groupKey, "fleet-dev-2"));
        QTest::newRow("key derived from other case ID")
            << u"fleet-dev-1"_s
            << deviceToken(u"fleet-dev-1"_s, crypto::deriveDeviceKey(groupKey, "FLEET-DEV-1"));
        QTest::newRow("group key cannot sign an individual ID")
            << u"edge-01"_s << deviceToken(u"edge-01"_s, crypto::deriveDeviceKey(groupKey, "edge-01"));
        QTest::newRow("token for another registration")
            << u"fleet-dev-1"_s
            << crypto::deviceRegistrationToken(scope, u"fleet-dev-2"_s, decoded(derived), inAnHour);
        QTest::newRow("token for another scope")
            << u"fleet-dev-1"_s
            << deviceToken(u"fleet-dev-1"_s, derived, crypto::SasFormat::node(), inAnHour, u"0neFFFFFFFF"_s);
        QTest::newRow("expired beyond the 5 min skew")
            << u"fleet-dev-1"_s
            << deviceToken(u"fleet-dev-1"_s, derived, crypto::SasFormat::node(),
                           QDateTime::currentSecsSinceEpoch() - 6 * 60);
        QByteArray tampered = deviceToken(u"fleet-dev-1"_s, derived);
        tampered.replace("&se=", "&se=1");
        QTest::newRow("tampered expiry") << u"fleet-dev-1"_s << tampered;
        QTest::newRow("no token") << u"fleet-dev-1"_s << QByteArray();
        QTest::newRow("not a SAS token") << u"fleet-dev-1"_s << "Bearer abc"_ba;
        QTest::newRow("sig missing") << u"fleet-dev-1"_s << "SharedAccessSignature sr=x&se=1"_ba;
    }

    void rejectedTokens()
    {
        QFETCH(QString, registrationId);
        QFETCH(QByteArray, token);
        const Reply put = registerDevice(registrationId, token);
        VERIFY_ERROR(put, 401, 401002);
        QCOMPARE(put.json.value(u"message").toString(), u"Unauthorized"_s);
        QVERIFY(!m_dps->registration(registrationId));
    }

    void expiredWithinSkewAccepted()
    {
        const QByteArray derived = crypto::deriveDeviceKey(groupKey, "fleet-dev-3");
        const QByteArray token = deviceToken(u"fleet-dev-3"_s, derived, crypto::SasFormat::node(),
                                             QDateTime::currentSecsSinceEpoch() - 60);
        QCOMPARE(registerDevice(u"fleet-dev-3"_s, token).status, 202);
    }

    void unknownRegistrationIsUnauthorized()
    {
        m_dps->removeEnrollmentGroup(u"fleet"_s);
        const Reply put = registerDevice(u"nobody"_s, deviceToken(u"nobody"_s, individualKey));
        VERIFY_ERROR(put, 401, 401002);
    }

    void wrongScopeIsNotFound()
    {
        const QString other = u"0ne12345678"_s;
        const Reply put = registerDevice(u"edge-01"_s,
                                         deviceToken(u"edge-01"_s, individualKey, crypto::SasFormat::node(),
                                                     crypto::expiryFromNow(std::chrono::hours(1)), other),
                                         other);
        VERIFY_ERROR(put, 404, 404201);
    }

    void missingApiVersionIsBadRequest()
    {
        const QString url = m_dps->endpoint() + u'/' + scope + u"/registrations/edge-01/register"_s;
        const Reply put = m_http->send("PUT", url, QByteArray(),
                                       {{"Authorization", deviceToken(u"edge-01"_s, individualKey)}});
        VERIFY_ERROR(put, 400, 400000);
    }

    void disabledEnrollment()
    {
        localdps::LocalDpsIndividualEnrollment device;
        device.registrationId = u"edge-01"_s; // replaces the enabled one; keys given again
        device.primaryKey = individualKey;
        device.enabled = false;
        QVERIFY(m_dps->addIndividualEnrollment(device));
        const Reply done = registerAndPoll(u"edge-01"_s, deviceToken(u"edge-01"_s, individualKey));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(u"status").toString(), u"disabled"_s);
        const QJsonObject state = done.json.value(u"registrationState").toObject();
        QCOMPARE(state.value(u"status").toString(), u"disabled"_s);
        QCOMPARE(state.value(u"registrationId").toString(), u"edge-01"_s);
        QVERIFY(!state.contains(u"assignedHub"));
    }

    void hashedAllocationSpreadsDevices()
    {
        LocalDpsOptions options = defaultOptions();
        options.iotHubs = {u"hub-a.azure-devices.net"_s, u"hub-b.azure-devices.net"_s};
        options.allocation = localdps::LocalDpsAllocation::Hashed;
        options.assigningPolls = 0;
        QVERIFY(m_dps->start(options));
        m_http->trust(m_dps->caCertificate());
        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = u"spread"_s;
        group.primaryKey = groupKey;
        QVERIFY(m_dps->addEnrollmentGroup(group));
        QSet<QString> hubs;
        for (int i = 0; i < 12; ++i) {
            const QString id = u"spread-%1"_s.arg(i);
            const Reply done =
                registerAndPoll(id, deviceToken(id, crypto::deriveDeviceKey(groupKey, id.toUtf8())));
            QCOMPARE(done.status, 200);
            const QString assigned =
                done.json.value(u"registrationState").toObject().value(u"assignedHub").toString();
            QVERIFY(options.iotHubs.contains(assigned));
            hubs.insert(assigned);
            // Stable: registering again lands on the same hub.
            const Reply again =
                registerAndPoll(id, deviceToken(id, crypto::deriveDeviceKey(groupKey, id.toUtf8())));
            QCOMPARE(again.json.value(u"registrationState").toObject().value(u"assignedHub").toString(),
                     assigned);
        }
        QCOMPARE(hubs.size(), 2);
    }

    void restartKeepsState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalDpsOptions options;
        options.stateDirectory = dir.path();
        QVERIFY(m_dps->start(options));
        m_http->trust(m_dps->caCertificate());
        const QString generatedScope = m_dps->idScope();
        QVERIFY(QRegularExpression(u"^0ne[0-9A-F]{8}$"_s).match(generatedScope).hasMatch());
        const QString connectionString = m_dps->serviceConnectionString(LocalDps::ServiceHostForm::HostOnly);

        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = u"kept"_s;
        group.iotEdge = true;
        const auto stored = m_dps->addEnrollmentGroup(group); // keys generated
        QVERIFY(stored);
        const QByteArray key = stored->value(u"attestation")
                                   .toObject()
                                   .value(u"symmetricKey")
                                   .toObject()
                                   .value(u"primaryKey")
                                   .toString()
                                   .toLatin1();
        QCOMPARE(key.size(), 88);
        const QByteArray derived = crypto::deriveDeviceKey(key, "kept-dev");
        const auto token = [&] {
            return crypto::deviceRegistrationToken(m_dps->idScope(), u"kept-dev"_s, decoded(derived),
                                                   crypto::expiryFromNow(std::chrono::hours(1)));
        };
        const Reply put = m_http->send("PUT", deviceUrl(u"kept-dev"_s, u"/register"_s, generatedScope),
                                       QByteArray(), {{"Authorization", token()}});
        QCOMPARE(put.status, 202);
        const QString created = m_dps->registration(u"kept-dev"_s)
                                    ->value(u"registrationState")
                                    .toObject()
                                    .value(u"createdDateTimeUtc")
                                    .toString();
        QFile state(dir.filePath(u"state.json"_s));
        QVERIFY(state.exists());
        QCOMPARE(state.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // A new instance on the same folder: same scope, policy key, group keys and registration.
        m_dps = std::make_unique<LocalDps>();
        QVERIFY2(m_dps->start(options), qPrintable(m_dps->errorString()));
        m_http->trust(m_dps->caCertificate());
        QCOMPARE(m_dps->idScope(), generatedScope);
        QCOMPARE(m_dps->serviceConnectionString(LocalDps::ServiceHostForm::HostOnly), connectionString);
        QVERIFY(m_dps->enrollmentGroup(u"kept"_s));
        const auto record = m_dps->registration(u"kept-dev"_s);
        QVERIFY(record);
        QCOMPARE(record->value(u"registrationState").toObject().value(u"assignedHub").toString(), hub);
        QCOMPARE(record->value(u"iotEdge").toBool(), true);

        // The device registers again with the same derived key; the record keeps its creation time.
        const Reply lookup = m_http->send("POST", deviceUrl(u"kept-dev"_s, QString(), generatedScope), "{}",
                                          {{"Authorization", token()}});
        QCOMPARE(lookup.status, 200);
        const Reply again = m_http->send("PUT", deviceUrl(u"kept-dev"_s, u"/register"_s, generatedScope),
                                         QByteArray(), {{"Authorization", token()}});
        QCOMPARE(again.status, 202);
        QCOMPARE(m_dps->registration(u"kept-dev"_s)
                     ->value(u"registrationState")
                     .toObject()
                     .value(u"createdDateTimeUtc")
                     .toString(),
                 created);
        // ...and the pending operation survived the restart as well.
        const QString operationId = put.json.value(u"operationId").toString();
        const Reply poll =
            m_http->send("GET", deviceUrl(u"kept-dev"_s, u"/operations/"_s + operationId, generatedScope),
                         QByteArray(), {{"Authorization", token()}});
        QCOMPARE(poll.status, 202);
    }

    void damagedStateFileRefused()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"state.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        LocalDps dps;
        LocalDpsOptions options;
        options.stateDirectory = dir.path();
        QVERIFY(!dps.start(options));
        QVERIFY(dps.errorString().contains(u"state.json"_s));

        // A state folder that cannot be created (a file is in the way) is refused as well.
        options.stateDirectory = dir.filePath(u"state.json"_s);
        QVERIFY(!dps.start(options));
        QVERIFY(!dps.isListening());
    }

    void serviceEnrollmentCrud()
    {
        const QJsonObject enrollment{
            {u"registrationId"_s, u"svc-dev-1"_s},
            {u"deviceId"_s, u"svc-device-1"_s},
            {u"attestation"_s, QJsonObject{{u"type"_s, u"symmetricKey"_s}}},
            {u"capabilities"_s, QJsonObject{{u"iotEdge"_s, true}}},
            {u"initialTwin"_s, QJsonObject{{u"tags"_s, QJsonObject{{u"env"_s, u"test"_s}}}}},
        };
        const Reply created = service("PUT", u"/enrollments/svc-dev-1"_s, enrollment);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.header("Content-Type"), "application/json; charset=utf-8"_ba);
        const QJsonObject keys =
            created.json.value(u"attestation").toObject().value(u"symmetricKey").toObject();
        QCOMPARE(keys.value(u"primaryKey").toString().size(), 88);
        QCOMPARE(keys.value(u"secondaryKey").toString().size(), 88);
        QCOMPARE(created.json.value(u"provisioningStatus").toString(), u"enabled"_s);
        const QString etag = created.json.value(u"etag").toString();
        QVERIFY(etag.startsWith(u'"') && etag.endsWith(u'"'));
        QVERIFY(isIsoTimestamp(created.json.value(u"createdDateTimeUtc").toString()));

        // GET hides the keys; the attestation mechanism shows them.
        const Reply got = service("GET", u"/enrollments/SVC-DEV-1"_s);
        QCOMPARE(got.status, 200);
        QVERIFY(!got.json.value(u"attestation")
                     .toObject()
                     .value(u"symmetricKey")
                     .toObject()
                     .contains(u"primaryKey"));
        QCOMPARE(got.json.value(u"initialTwin").toObject().value(u"tags").toObject().value(u"env").toString(),
                 u"test"_s);
        const Reply mechanism = service("POST", u"/enrollments/svc-dev-1/attestationmechanism"_s);
        QCOMPARE(mechanism.status, 200);
        QCOMPARE(mechanism.json.value(u"symmetricKey").toObject().value(u"primaryKey"),
                 keys.value(u"primaryKey"));

        // ETag rules (reference §4.3).
        QJsonObject update = got.json;
        update.insert(u"provisioningStatus"_s, u"disabled"_s);
        VERIFY_ERROR(service("PUT", u"/enrollments/svc-dev-1"_s, update), 409, 409000);
        VERIFY_ERROR(service("PUT", u"/enrollments/svc-dev-1"_s, update, {{"If-Match", "\"stale\""}}), 412,
                     412000);
        const Reply updated =
            service("PUT", u"/enrollments/svc-dev-1"_s, update, {{"If-Match", etag.toLatin1()}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(u"provisioningStatus").toString(), u"disabled"_s);
        // Keys omitted in the update (GET never returns them) are kept, not regenerated.
        QCOMPARE(updated.json.value(u"attestation")
                     .toObject()
                     .value(u"symmetricKey")
                     .toObject()
                     .value(u"primaryKey"),
                 keys.value(u"primaryKey"));
        QVERIFY(updated.json.value(u"etag").toString() != etag);
        QCOMPARE(service("PUT", u"/enrollments/svc-dev-1"_s, update, {{"If-Match", "*"}}).status, 200);

        // The device can use the generated key right away.
        const QByteArray primary = keys.value(u"primaryKey").toString().toLatin1();
        QVERIFY(m_dps->individualEnrollment(u"svc-dev-1"_s));

        VERIFY_ERROR(
            service("DELETE", u"/enrollments/svc-dev-1"_s, QJsonValue(), {{"If-Match", "\"stale\""}}), 412,
            412000);
        QCOMPARE(service("DELETE", u"/enrollments/svc-dev-1"_s).status, 204);
        VERIFY_ERROR(service("GET", u"/enrollments/svc-dev-1"_s), 404, 404201);
        VERIFY_ERROR(registerDevice(u"svc-dev-1"_s, deviceToken(u"svc-dev-1"_s, primary)), 401, 401002);

        // Validation: invalid ID, bad key, unlinked hub.
        QJsonObject bad = enrollment;
        bad.insert(u"registrationId"_s, u"bad/id"_s);
        QCOMPARE(service("PUT", u"/enrollments/bad%2Fid"_s, bad).status, 400);
        bad = enrollment;
        bad.insert(u"attestation"_s,
                   QJsonObject{{u"type"_s, u"symmetricKey"_s},
                               {u"symmetricKey"_s, QJsonObject{{u"primaryKey"_s, u"c2hvcnQ="_s}}}});
        QCOMPARE(service("PUT", u"/enrollments/svc-dev-1"_s, bad).status, 400);
        bad = enrollment;
        bad.insert(u"iotHubHostName"_s, u"elsewhere.azure-devices.net"_s);
        QCOMPARE(service("PUT", u"/enrollments/svc-dev-1"_s, bad).status, 400);
    }

    void serviceGroupAndRegistrations()
    {
        const QJsonObject group{{u"enrollmentGroupId"_s, u"svc-group"_s},
                                {u"attestation"_s, QJsonObject{{u"type"_s, u"symmetricKey"_s}}}};
        const Reply created = service("PUT", u"/enrollmentGroups/svc-group"_s, group);
        QCOMPARE(created.status, 200);
        // Node calls the lower-case collection name for this one (reference §4.1).
        const Reply mechanism = service("POST", u"/enrollmentgroups/svc-group/attestationmechanism"_s);
        QCOMPARE(mechanism.status, 200);
        const QByteArray key =
            mechanism.json.value(u"symmetricKey").toObject().value(u"primaryKey").toString().toLatin1();
        QCOMPARE(key.size(), 88);

        for (const QString &id : {u"svc-g-1"_s, u"svc-g-2"_s, u"svc-g-3"_s})
            QCOMPARE(registerAndPoll(id, deviceToken(id, crypto::deriveDeviceKey(key, id.toUtf8()))).status,
                     200);

        const Reply states = service("POST", u"/registrations/svc-group/query"_s);
        QCOMPARE(states.status, 200);
        QCOMPARE(states.header("x-ms-item-type"), "DeviceRegistration"_ba);
        QCOMPARE(states.array.size(), 3);
        QCOMPARE(states.array.at(0).toObject().value(u"status").toString(), u"assigned"_s);

        const Reply one = service("GET", u"/registrations/svc-g-2"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(u"assignedHub").toString(), hub);
        QCOMPARE(service("DELETE", u"/registrations/svc-g-2"_s, QJsonValue(),
                         {{"If-Match", one.json.value(u"etag").toString().toLatin1()}})
                     .status,
                 204);
        VERIFY_ERROR(service("GET", u"/registrations/svc-g-2"_s), 404, 404202);
        QCOMPARE(service("POST", u"/registrations/svc-group/query"_s).array.size(), 2);

        // Deleting the group keeps its registration records (as the real service does).
        QCOMPARE(service("DELETE", u"/enrollmentGroups/svc-group"_s).status, 204);
        QCOMPARE(service("GET", u"/registrations/svc-g-1"_s).status, 200);
    }

    void serviceAuthentication()
    {
        // Both host forms (with and without the port) sign valid tokens.
        QByteArray hostOnly = serviceToken(LocalDps::ServiceHostForm::HostOnly);
        QCOMPARE(m_http
                     ->send("GET", serviceUrl(u"/enrollmentGroups/fleet"_s), QByteArray(),
                            {{"Authorization", hostOnly}})
                     .status,
                 200);
        // A device token is no service token, and a wrong policy key fails.
        VERIFY_ERROR(m_http->send("GET", serviceUrl(u"/enrollmentGroups/fleet"_s), QByteArray(),
                                  {{"Authorization", deviceToken(u"edge-01"_s, individualKey)}}),
                     401, 401002);
        const auto wrong = crypto::ConnectionString::parse(
            u"HostName=127.0.0.1;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey="_s +
            QString::fromLatin1(otherKey));
        QVERIFY(wrong);
        const QByteArray wrongToken =
            crypto::serviceToken(*wrong, crypto::expiryFromNow(std::chrono::hours(1))).value();
        VERIFY_ERROR(m_http->send("GET", serviceUrl(u"/enrollmentGroups/fleet"_s), QByteArray(),
                                  {{"Authorization", wrongToken}}),
                     401, 401002);
        // Right key, foreign audience.
        const QString key =
            crypto::ConnectionString::parse(m_dps->serviceConnectionString())->sharedAccessKey();
        const QByteArray foreign =
            crypto::buildSasToken("mydps.azure-devices-provisioning.net", decoded(key.toLatin1()),
                                  crypto::expiryFromNow(std::chrono::hours(1)), "provisioningserviceowner");
        QCOMPARE(m_http
                     ->send("GET", serviceUrl(u"/enrollmentGroups/fleet"_s), QByteArray(),
                            {{"Authorization", foreign}})
                     .status,
                 401);
    }

    // The audience is checked against the names the emulator serves its certificate for, never against
    // the Host header the client chose: a token minted for another host stays foreign whatever Host says.
    void serviceAudienceIgnoresHostHeader_data()
    {
        QTest::addColumn<QByteArray>("audience");
        QTest::addColumn<QByteArray>("hostHeader");
        QTest::addColumn<int>("status");
        QTest::newRow("forged host matches foreign audience") << "evil.example.com"_ba
                                                              << "evil.example.com"_ba << 401;
        QTest::newRow("forged host with port") << "evil.example.com:443"_ba
                                               << "evil.example.com:443"_ba << 401;
        QTest::newRow("own name, any host header") << "localhost"_ba
                                                   << "evil.example.com"_ba << 200;
        QTest::newRow("own address") << "127.0.0.1"_ba
                                     << "127.0.0.1"_ba << 200;
    }

    void serviceAudienceIgnoresHostHeader()
    {
        QFETCH(QByteArray, audience);
        QFETCH(QByteArray, hostHeader);
        QFETCH(int, status);
        const QString key =
            crypto::ConnectionString::parse(m_dps->serviceConnectionString())->sharedAccessKey();
        const QByteArray token =
            crypto::buildSasToken(audience, decoded(key.toLatin1()),
                                  crypto::expiryFromNow(std::chrono::hours(1)), "provisioningserviceowner");
        // Raw HTTP: QNetworkAccessManager writes its own Host header.
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_dps->caCertificate());
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_dps->port());
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), timeoutMs);
        socket.write("GET /enrollmentGroups/fleet?api-version=2021-10-01 HTTP/1.1\r\nHost: " + hostHeader +
                     "\r\nAuthorization: " + token + "\r\nConnection: close\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.contains("\r\n\r\n")), timeoutMs);
        QVERIFY2(received.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), received.constData());
    }

    void serviceQueryPaging()
    {
        for (int i = 0; i < 5; ++i) {
            const QString id = u"page-%1"_s.arg(i);
            QCOMPARE(service("PUT", u"/enrollments/"_s + id,
                             QJsonObject{{u"registrationId"_s, id},
                                         {u"attestation"_s, QJsonObject{{u"type"_s, u"symmetricKey"_s}}}})
                         .status,
                     200);
        }
        QStringList seen;
        QByteArray continuation;
        int pages = 0;
        do {
            QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-max-item-count", "2"}};
            if (!continuation.isEmpty())
                headers.append({"x-ms-continuation", continuation});
            const Reply page =
                service("POST", u"/enrollments/query"_s, QJsonObject{{u"query"_s, u"SELECT *"_s}}, headers);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.header("x-ms-item-type"), "Enrollment"_ba);
            QVERIFY(page.array.size() <= 2);
            for (const QJsonValue &item : page.array) {
                seen.append(item.toObject().value(u"registrationId").toString());
                QVERIFY(!item.toObject()
                             .value(u"attestation")
                             .toObject()
                             .value(u"symmetricKey")
                             .toObject()
                             .contains(u"primaryKey"));
            }
            continuation = page.header("x-ms-continuation");
            QVERIFY(!page.hasHeader("x-ms-continuation") || !continuation.isEmpty());
            ++pages;
        } while (!continuation.isEmpty() && pages < 10);
        QCOMPARE(pages, 3); // 6 enrollments (edge-01 + 5) in pages of 2
        QCOMPARE(seen.size(), 6);
        QVERIFY(seen.contains(u"edge-01"_s));

        const Reply groups = service("POST", u"/enrollmentGroups/query"_s);
        QCOMPARE(groups.status, 200);
        QCOMPARE(groups.header("x-ms-item-type"), "EnrollmentGroup"_ba);
        QCOMPARE(groups.array.size(), 1);
        QVERIFY(!groups.hasHeader("x-ms-continuation"));
    }

    void serviceBulk()
    {
        QJsonArray items;
        for (int i = 0; i < 3; ++i) {
            items.append(QJsonObject{{u"registrationId"_s, u"bulk-%1"_s.arg(i)},
                                     {u"attestation"_s, QJsonObject{{u"type"_s, u"symmetricKey"_s}}}});
        }
        const Reply created = service("POST", u"/enrollments"_s,
                                      QJsonObject{{u"mode"_s, u"create"_s}, {u"enrollments"_s, items}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value(u"isSuccessful").toBool(), true);
        QVERIFY(m_dps->individualEnrollment(u"bulk-2"_s));

        const Reply again = service("POST", u"/enrollments"_s,
                                    QJsonObject{{u"mode"_s, u"create"_s}, {u"enrollments"_s, items}});
        QCOMPARE(again.json.value(u"isSuccessful").toBool(), false);
        QCOMPARE(again.json.value(u"errors").toArray().size(), 3);
        QCOMPARE(again.json.value(u"errors").toArray().at(0).toObject().value(u"registrationId").toString(),
                 u"bulk-0"_s);

        // Node's spelling of the mode.
        const Reply stale =
            service("POST", u"/enrollments"_s,
                    QJsonObject{{u"mode"_s, u"updateIfMatchEtag"_s}, {u"enrollments"_s, items}});
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.json.value(u"errors").toArray().size(), 3);

        QJsonArray tooMany;
        for (int i = 0; i < 11; ++i)
            tooMany.append(items.at(0));
        QCOMPARE(service("POST", u"/enrollments"_s,
                         QJsonObject{{u"mode"_s, u"update"_s}, {u"enrollments"_s, tooMany}})
                     .status,
                 400);

        const Reply removed = service("POST", u"/enrollments"_s,
                                      QJsonObject{{u"mode"_s, u"delete"_s}, {u"enrollments"_s, items}});
        QCOMPARE(removed.json.value(u"isSuccessful").toBool(), true);
        QVERIFY(!m_dps->individualEnrollment(u"bulk-0"_s));

        QJsonArray groups{QJsonObject{{u"enrollmentGroupId"_s, u"bulk-group"_s},
                                      {u"attestation"_s, QJsonObject{{u"type"_s, u"symmetricKey"_s}}}}};
        const Reply groupBulk =
            service("POST", u"/enrollmentGroups"_s,
                    QJsonObject{{u"mode"_s, u"create"_s}, {u"enrollmentGroups"_s, groups}});
        QCOMPARE(groupBulk.json.value(u"isSuccessful").toBool(), true);
        QVERIFY(m_dps->enrollmentGroup(u"bulk-group"_s));
    }

    void faultThrottle()
    {
        localdps::LocalDpsFaults faults;
        faults.throttleFraction = 1.0;
        faults.throttleRetryAfterSeconds = 7;
        m_dps->setFaults(faults);
        const Reply put = registerDevice(u"edge-01"_s, deviceToken(u"edge-01"_s, individualKey));
        VERIFY_ERROR(put, 429, 429001);
        QCOMPARE(put.header("Retry-After"), "7"_ba);
        m_dps->setFaults({});
        QCOMPARE(registerDevice(u"edge-01"_s, deviceToken(u"edge-01"_s, individualKey)).status, 202);
    }

    void faultUnavailable()
    {
        localdps::LocalDpsFaults faults;
        faults.unavailableFraction = 1.0;
        m_dps->setFaults(faults);
        VERIFY_ERROR(service("GET", u"/enrollments/edge-01"_s), 503, 503000);
    }

    void faultDrop()
    {
        localdps::LocalDpsFaults faults;
        faults.dropConnectionFraction = 1.0;
        m_dps->setFaults(faults);
        QSignalSpy handled(m_dps.get(), &LocalDps::requestHandled);
        const Reply put = registerDevice(u"edge-01"_s, deviceToken(u"edge-01"_s, individualKey));
        QCOMPARE(put.status, 0);
        QVERIFY(put.error != QNetworkReply::NoError);
        QVERIFY(!handled.isEmpty());
        QCOMPARE(handled.last().at(2).toInt(), 0);
        QVERIFY(!m_dps->registration(u"edge-01"_s));
    }

    void faultLatency()
    {
        localdps::LocalDpsFaults faults;
        faults.addedLatencyMs = 300;
        m_dps->setFaults(faults);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(service("GET", u"/enrollments/edge-01"_s).status, 200);
        QVERIFY(timer.elapsed() >= 300);
    }

    // Raw HTTP over TLS: keep-alive with two requests on one connection, and the size limits.
    void rawHttp_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QList<int>>("statuses");
        const QByteArray get = "GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QTest::newRow("keep-alive, pipelined") << get + get << QList<int>{404, 404};
        QTest::newRow("oversized header") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n"
                                          << QList<int>{431};
        QTest::newRow("oversized body")
            << "PUT /x HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n"_ba << QList<int>{413};
        QTest::newRow("chunked body")
            << "PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << QList<int>{411};
        QTest::newRow("garbage") << "HELLO\r\n\r\n"_ba << QList<int>{400};
        QTest::newRow("bad content length")
            << "PUT /x HTTP/1.1\r\nContent-Length: 1x\r\n\r\n"_ba << QList<int>{400};
    }

    void rawHttp()
    {
        QFETCH(QByteArray, request);
        QFETCH(QList<int>, statuses);
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_dps->caCertificate());
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_dps->port());
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), timeoutMs);
        socket.write(request);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            (received += socket.readAll(), received.count("HTTP/1.1 ") >= statuses.size()), timeoutMs);
        qsizetype from = 0;
        for (int status : statuses) {
            from = received.indexOf("HTTP/1.1 ", from);
            QVERIFY(from >= 0);
            QCOMPARE(received.mid(from + 9, 3).toInt(), status);
            from += 9;
        }
        QVERIFY(received.contains("Content-Type: application/json; charset=utf-8"));
    }

    void expectContinue()
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_dps->caCertificate());
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_dps->port());
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), timeoutMs);
        socket.write(
            "PUT /x HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.contains("\r\n\r\n")), timeoutMs);
        QCOMPARE(received, "HTTP/1.1 100 Continue\r\n\r\n"_ba);
        socket.write("{}");
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.contains("HTTP/1.1 404")),
                                 timeoutMs);
    }

    void parserSplitDelivery()
    {
        localdps::LocalDpsHttpParser parser;
        const QByteArray bytes = "PUT /a/registrations/b/register?api-version=1 HTTP/1.1\r\n"
                                 "UserAgent: prov_device_client/1.0\r\nContent-Length: 4\r\n\r\n{}{}";
        localdps::LocalDpsHttpRequest request;
        for (char c : bytes.left(bytes.size() - 1)) {
            parser.append(QByteArray(1, c));
            QCOMPARE(parser.next(request), localdps::LocalDpsHttpParser::Result::NeedMore);
        }
        parser.append(bytes.right(1));
        QCOMPARE(parser.next(request), localdps::LocalDpsHttpParser::Result::Complete);
        QCOMPARE(request.method, "PUT"_ba);
        QCOMPARE(request.header("useragent"), "prov_device_client/1.0"_ba);
        QCOMPARE(request.body, "{}{}"_ba);
        QVERIFY(request.keepAlive());
    }

    void sasTokenParsing()
    {
        // Fields in any order, names in any case; sr kept verbatim for the signature.
        const auto token = localdps::LocalDpsSasToken::parse(
            "SharedAccessSignature "
            "SE=1700000000&skn=registration&SIG=abc%3D&sr=0ne00000A0A%2fregistrations%2fx");
        QVERIFY(token);
        QCOMPARE(token->rawResource(), "0ne00000A0A%2fregistrations%2fx"_ba);
        QCOMPARE(token->decodedResource(), "0ne00000A0A/registrations/x"_ba);
        QCOMPARE(token->expiry(), 1700000000);
        QVERIFY(!localdps::LocalDpsSasToken::parse("SharedAccessSignature sr=a&se=x&sig=b"));
        QVERIFY(!localdps::LocalDpsSasToken::parse("SharedAccessSignature"));

        // The C SDK token of reference §3.4 verifies with the vector-1 device key.
        const auto cToken = localdps::LocalDpsSasToken::parse(
            "SharedAccessSignature sr=0ne00000A0A%2fregistrations%2fsn-007-888-abc-mac-a1-b2-c3-d4-e5-f6&sig="
            "d0v1ROtrJfDl1lL%2b6Gm6mCyZUBsvFsT3HgNEOWfYmE0%3d&se=1700000000&skn=registration");
        QVERIFY(cToken);
        QVERIFY(cToken->isSignedWithBase64Key(individualKey));
        QVERIFY(!cToken->isSignedWithBase64Key(otherKey));
        QVERIFY(cToken->isExpired(1700000000 + 301));
        QVERIFY(!cToken->isExpired(1700000000 + 299));
    }
};

QTEST_GUILESS_MAIN(TestLocalDps)
#include "tst_localdps.moc"
