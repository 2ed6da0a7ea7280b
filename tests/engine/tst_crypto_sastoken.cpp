// SAS tokens as each official SDK writes them (reference/dps-protocol.md §3.4: vector 3 and the four
// computed tokens), plus the URL encoding rules they depend on.
#include <QtTest>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SasToken.h"
#include "engine/crypto/SecureBytes.h"

using namespace eflow::crypto;

Q_DECLARE_METATYPE(eflow::crypto::SasFormat)

namespace {

SecureBytes decoded(QByteArrayView base64)
{
    SecureBytes key;
    if (!decodeBase64Strict(base64, key))
        qFatal("test key is not base64");
    return key;
}

const QByteArray vector1DeviceKey = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";

} // namespace

class TestSasToken final : public QObject
{
    Q_OBJECT

private slots:
    void vector3NodeSharedAccessSignature()
    {
        // Node's common/core test: key base64("password"), sr "uri", se 12345, skn "encode('Me')".
        const QByteArray token =
            buildSasToken("uri", decoded("cGFzc3dvcmQ="), 12345, "encode('Me')", SasFormat::node());
        QCOMPARE(token,
                 QByteArray("SharedAccessSignature sr=uri&sig=kcWxXAK2OAaAoq2oCkaGzX2NMqDB8nCyNuq2fPYCDhk%3D"
                            "&skn=encode%28%27Me%27%29&se=12345"));
    }

    void deviceTokens_data()
    {
        QTest::addColumn<SasFormat>("format");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("Node (raw sr)")
            << SasFormat::node()
            << QByteArray(
                   "SharedAccessSignature sr=0ne00000A0A/registrations/sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"
                   "&sig=hUOH8hSLSay%2BbfE5WjQhRmpIvWZdSog5Tlv8EyKqBg4%3D&skn=registration&se=1700000000");
        QTest::newRow(".NET (upper %2F)")
            << SasFormat::dotNet()
            << QByteArray(
                   "SharedAccessSignature "
                   "sr=0ne00000A0A%2Fregistrations%2Fsn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"
                   "&sig=t6%2F8JHWQuQgM9mXdYf%2FuIqa3dKECOEk9Rr4WrFV19q0%3D&se=1700000000&skn=registration");
        QTest::newRow("Python (upper %2F, no skn)")
            << SasFormat::python()
            << QByteArray("SharedAccessSignature "
                          "sr=0ne00000A0A%2Fregistrations%2Fsn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"
                          "&sig=t6%2F8JHWQuQgM9mXdYf%2FuIqa3dKECOEk9Rr4WrFV19q0%3D&se=1700000000");
        QTest::newRow("C SDK (lower %2f)")
            << SasFormat::cSdk()
            << QByteArray(
                   "SharedAccessSignature "
                   "sr=0ne00000A0A%2fregistrations%2fsn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"
                   "&sig=d0v1ROtrJfDl1lL%2b6Gm6mCyZUBsvFsT3HgNEOWfYmE0%3d&se=1700000000&skn=registration");
    }

    void deviceTokens()
    {
        QFETCH(SasFormat, format);
        QFETCH(QByteArray, expected);
        const QByteArray token = deviceRegistrationToken(
            QStringLiteral("0ne00000A0A"), QStringLiteral("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"),
            decoded(vector1DeviceKey), 1700000000, format);
        QCOMPARE(token, expected);
    }

    void serviceTokenFromConnectionString()
    {
        const auto cs = ConnectionString::parse(
            u"HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;"
            u"SharedAccessKey=c2VydmljZS1wb2xpY3kta2V5LTAxMjM0NTY3ODlhYmNkZWY=");
        QVERIFY(cs);
        const auto token = serviceToken(*cs, 1700000000);
        QVERIFY(token);
        QCOMPARE(*token,
                 QByteArray("SharedAccessSignature sr=mydps.azure-devices-provisioning.net"
                            "&sig=a483xVnzlz1QXeiUPEipx9rIYhlIFcrQVG4AqkBgHM0%3D&skn=provisioningserviceowner"
                            "&se=1700000000"));
    }

    void serviceTokenNeedsEveryField_data()
    {
        QTest::addColumn<QString>("connectionString");
        QTest::newRow("no key") << QStringLiteral(
            "HostName=a.azure-devices-provisioning.net;SharedAccessKeyName=p");
        QTest::newRow("no policy") << QStringLiteral(
            "HostName=a.azure-devices-provisioning.net;SharedAccessKey=cGFzc3dvcmQ=");
        QTest::newRow("no host") << QStringLiteral("SharedAccessKeyName=p;SharedAccessKey=cGFzc3dvcmQ=");
        QTest::newRow("key not base64") << QStringLiteral(
            "HostName=a.azure-devices-provisioning.net;SharedAccessKeyName=p;SharedAccessKey=abc$");
    }

    void serviceTokenNeedsEveryField()
    {
        QFETCH(QString, connectionString);
        const auto cs = ConnectionString::parse(connectionString);
        QVERIFY(cs);
        QVERIFY(!serviceToken(*cs, 1700000000));
    }

    void percentEncoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("percentCase");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unreserved") << QByteArray("AZaz09-_.~") << int(PercentCase::Upper)
                                    << QByteArray("AZaz09-_.~");
        QTest::newRow("slash upper") << QByteArray("a/b") << int(PercentCase::Upper) << QByteArray("a%2Fb");
        QTest::newRow("slash lower") << QByteArray("a/b") << int(PercentCase::Lower) << QByteArray("a%2fb");
        QTest::newRow("sub-delims") << QByteArray("!'()*") << int(PercentCase::Upper)
                                    << QByteArray("%21%27%28%29%2A");
        QTest::newRow("base64 chars")
            << QByteArray("+/=") << int(PercentCase::Upper) << QByteArray("%2B%2F%3D");
        QTest::newRow("utf-8") << QByteArray("\xc3\xa9") << int(PercentCase::Upper) << QByteArray("%C3%A9");
        QTest::newRow("space and colon")
            << QByteArray("a b:c") << int(PercentCase::Upper) << QByteArray("a%20b%3Ac");
    }

    void percentEncoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, percentCase);
        QFETCH(QByteArray, expected);
        QCOMPARE(percentEncode(input, PercentCase(percentCase)), expected);
    }

    void expiryIsInTheFuture()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 se = expiryFromNow(std::chrono::hours(1));
        QVERIFY(se >= now + 3600);
        QVERIFY(se <= now + 3602);
    }

    void connectionStringParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("deviceId");
        using K = ConnectionString::ParseError::Kind;
        QTest::newRow("device") << QStringLiteral(
                                       "HostName=h.azure-devices.net;DeviceId=d1;SharedAccessKey=YWJj==")
                                << true << int(K::Unknown) << QStringLiteral("d1");
        QTest::newRow("trailing semicolon and spaces")
            << QStringLiteral("  HostName=h;DeviceId=d2; SharedAccessKey=a=; ") << true << int(K::Unknown)
            << QStringLiteral("d2");
        QTest::newRow("keys are case-insensitive")
            << QStringLiteral("hostname=h;deviceid=d3") << true << int(K::Unknown) << QStringLiteral("d3");
        QTest::newRow("empty") << QStringLiteral("  ") << false << int(K::Empty) << QString();
        QTest::newRow("no equals") << QStringLiteral("HostName=h;DeviceId") << false << int(K::MissingEquals)
                                   << QString();
        QTest::newRow("empty key") << QStringLiteral("=h") << false << int(K::EmptyKey) << QString();
        QTest::newRow("duplicate") << QStringLiteral("DeviceId=a;deviceId=b") << false << int(K::DuplicateKey)
                                   << QString();
    }

    void connectionStringParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, errorKind);
        QFETCH(QString, deviceId);
        ConnectionString::ParseError error;
        const auto cs = ConnectionString::parse(text, &error);
        QCOMPARE(bool(cs), ok);
        if (ok)
            QCOMPARE(cs->deviceId(), deviceId);
        else
            QCOMPARE(int(error.kind), errorKind);
    }
};

QTEST_GUILESS_MAIN(TestSasToken)
#include "tst_crypto_sastoken.moc"
