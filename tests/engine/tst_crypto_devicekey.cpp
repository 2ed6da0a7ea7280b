// Group-enrollment device key derivation and raw HMAC signing against published vectors
// (reference/dps-protocol.md §3.4, vectors 1, 2 and 4).
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/HmacSha256.h"
#include "engine/crypto/KeyGenerator.h"
#include "engine/crypto/SecureBytes.h"

using namespace eflow::crypto;

namespace {

// Vector 2: the azure-iot-cli-extension's TEST_ENDORSEMENT_KEY, a 316-byte blob used as an HMAC key.
const QByteArray cliEndorsementKey =
    "AToAAQALAAMAsgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEAgAAAAAAAEAibym9HQP9vxCGF5dVc1Q"
    "QsAGe021aUGJzNol1/gycBx3jFsTpwmWbISRwnFvflWd0w2Mc44FAAZNaJOAAxwZvG8GvyLlHh6fGKdh+mSBL4iLH2bZ4Ry22cB3"
    "CJVjXmdGoz9Y/j3/NwLndBxQC+baNvzvyVQZ4/A2YL7vzIIj2ik4y+ve9ir7U0GbNdnxskqK1KFIITVVtkTIYyyFTIR0BySjPrRI"
    "Dj7r7Mh5uF9HBppGKQCBoVSVV8dI91lNazmSdpGWyqCkO7iM4VvUMv2HT/ym53aYlUrau+Qq87Tu+uQipWYgRdF11KDfcpMHqqzB"
    "QQ1NpOJVhrsTrhyJzO7KNw==";

} // namespace

class TestDeviceKey final : public QObject
{
    Q_OBJECT

private slots:
    void derive_data()
    {
        QTest::addColumn<QByteArray>("groupKey");
        QTest::addColumn<QByteArray>("registrationId");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("vector 1 (docs, 64-byte key)")
            << QByteArray(
                   "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==")
            << QByteArray("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6")
            << QByteArray("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=");
        QTest::newRow("vector 2 (CLI, 316-byte key)")
            << cliEndorsementKey << QByteArray("myarbitrarydeviceId")
            << QByteArray("cT/EXZvsplPEpT//p98Pc6sKh8mY3kYgSxavHwMkl7w=");
    }

    void derive()
    {
        QFETCH(QByteArray, groupKey);
        QFETCH(QByteArray, registrationId);
        QFETCH(QByteArray, expected);

        QCOMPARE(deriveDeviceKey(groupKey, registrationId), expected);

        // The reusable deriver gives the same key on every call (the context is re-keyed, not re-fetched).
        SecureBytes key;
        QVERIFY(decodeBase64Strict(groupKey, key));
        DeviceKeyDeriver deriver(key);
        QVERIFY(deriver.isValid());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(deriver.derive(registrationId), expected);
        char out[HmacSha256::base64Size];
        QVERIFY(deriver.deriveInto(registrationId, out));
        QCOMPARE(QByteArray(out, sizeof out), expected);
    }

    void derivationIsCaseSensitive()
    {
        const QByteArray group =
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
        QVERIFY(deriveDeviceKey(group, "Device-1") != deriveDeviceKey(group, "device-1"));
    }

    void interleavedIdsDoNotLeakState()
    {
        SecureBytes key;
        QVERIFY(decodeBase64Strict(
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==", key));
        DeviceKeyDeriver deriver(key);
        const QByteArray a = deriver.derive("a-device");
        const QByteArray b = deriver.derive("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6");
        QCOMPARE(b, QByteArray("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="));
        QCOMPARE(deriver.derive("a-device"), a);
    }

    void malformedGroupKeyGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("groupKey");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("bad character") << QByteArray(
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Eg!=");
        QTest::newRow("missing padding") << QByteArray(
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw");
        QTest::newRow("line break") << QByteArray(
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7\nw1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==");
    }

    void malformedGroupKeyGivesNothing()
    {
        QFETCH(QByteArray, groupKey);
        QVERIFY(deriveDeviceKey(groupKey, "device-1").isEmpty());
    }

    void hmacVector4()
    {
        // Vector 4: the Python SDK's signing-mechanism test.
        SecureBytes key;
        QVERIFY(decodeBase64Strict("NMgJDvdKTxjLi+xBxxkDDEwDJxEvOE5u8BiT0mVgPeg=", key));
        HmacSha256 hmac(key.view());
        QCOMPARE(hmac.signBase64("sign this message"),
                 QByteArray("8NJRMT83CcplGrAGaUVIUM/md5914KpWVNngSVoF9/M="));
    }

    void hmacVector5()
    {
        // Vector 5: an IoT Hub token signature over the encoded resource (same algorithm).
        SecureBytes key;
        QVERIFY(decodeBase64Strict(
            "18RQk/hOPJR9EbsJlk2j8WA6vWaj/yi+oaYg7zmxfQNdOyMSu+SJ8O7TSlZhDJCYmn4rzEiVKIzNiVAWjLxrGA==", key));
        HmacSha256 hmac(key.view());
        QCOMPARE(hmac.signBase64("MyExampleHub.azure-devices.net%2Fdevices%2Fmy-symkey-device\n1663119026"),
                 QByteArray("f+wW8XOKeJOtiPc9Iwjc4OpExvPM7NlhM9qxN2a1aAM="));
    }

    void generatedKeysAreRandom64Bytes()
    {
        const QByteArray a = generateSymmetricKey();
        const QByteArray b = generateSymmetricKey();
        QCOMPARE(a.size(), 88); // 64 bytes in base64
        QVERIFY(a != b);
        SecureBytes decoded;
        QVERIFY(decodeBase64Strict(a, decoded));
        QCOMPARE(decoded.size(), std::size_t(64));
        QCOMPARE(generateSymmetricKey(32).size(), 44);
        QVERIFY(generateSymmetricKey(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceKey)
#include "tst_crypto_devicekey.moc"
