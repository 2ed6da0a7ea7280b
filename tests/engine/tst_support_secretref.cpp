// The keychain:NAME reference, the rules for NAME, and looksLikeSecret(), which lets plan validation and the
// settings refuse a raw key where only a reference belongs.
#include <QtTest>

#include "engine/support/SecretRef.h"

using eflow::support::checkSecretName;
using eflow::support::looksLikeSecret;
using eflow::support::parseSecretRef;
using eflow::support::SecretRef;
using namespace Qt::StringLiterals;

class TestSecretRef final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("name");

        QTest::newRow("simple") << "keychain:dps-group" << true << "dps-group";
        QTest::newRow("dots and underscores") << "keychain:site_a.line-2" << true << "site_a.line-2";
        QTest::newRow("digit first") << "keychain:01-edge" << true << "01-edge";
        QTest::newRow("surrounding spaces") << "  keychain:edge01 \n" << true << "edge01";
        QTest::newRow("64 characters") << u"keychain:"_s + QString(64, u'x') << true << QString(64, u'x');
        QTest::newRow("65 characters") << u"keychain:"_s + QString(65, u'x') << false << "";
        QTest::newRow("empty name") << "keychain:" << false << "";
        QTest::newRow("no scheme") << "dps-group" << false << "";
        QTest::newRow("other scheme") << "vault:dps-group" << false << "";
        QTest::newRow("upper-case scheme") << "KEYCHAIN:dps-group" << false << "";
        QTest::newRow("leading dot") << "keychain:.index" << false << "";
        QTest::newRow("leading hyphen") << "keychain:-rf" << false << "";
        QTest::newRow("slash") << "keychain:a/b" << false << "";
        QTest::newRow("space inside") << "keychain:a b" << false << "";
        QTest::newRow("colon inside") << "keychain:a:b" << false << "";
        QTest::newRow("non-ASCII letter") << "keychain:schlüssel" << false << "";
        QTest::newRow("key as the name")
            << "keychain:Q2hhbmdlTWUhQ2hhbmdlTWUhQ2hhbmdlTWUhMTIzNA" << false << "";
        QTest::newRow("raw key") << "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE=" << false << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, name);
        QString error;
        const auto ref = parseSecretRef(text, &error);
        QCOMPARE(ref.has_value(), valid);
        if (valid) {
            QCOMPARE(ref->name, name);
            QCOMPARE(ref->toString(), u"keychain:"_s + name);
            QVERIFY(!checkSecretName(name));
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    // The refusal of a raw key says what it is and what to write instead, and never repeats the key.
    void refusalOfARawKeyDoesNotQuoteIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("base64 key") << "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE=";
        QTest::newRow("connection string")
            << "HostName=hub.azure-devices.net;DeviceId=edge01;SharedAccessKey=c2VjcmV0c2VjcmV0c2VjcmV0MTI=";
        QTest::newRow("key after the scheme") << "keychain:8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE=";
    }

    void refusalOfARawKeyDoesNotQuoteIt()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!parseSecretRef(text, &error));
        QVERIFY2(!error.contains(u"8isrFI1s") && !error.contains(u"c2VjcmV0"), qPrintable(error));
        QVERIFY2(error.contains(u"key"), qPrintable(error));
    }

    void refusalOfAPlainWordQuotesIt()
    {
        QString error;
        QVERIFY(!parseSecretRef(u"dps-group", &error));
        QVERIFY2(error.contains(u"\"dps-group\""), qPrintable(error));
        QVERIFY2(error.contains(u"keychain:NAME"), qPrintable(error));
    }

    void looksLikeSecret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("secret");

        // Keys: base64 of 16..64 bytes, padded or not, and hex.
        QTest::newRow("32-byte key") << "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE=" << true;
        QTest::newRow("64-byte key")
            << "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw=="
            << true;
        QTest::newRow("16-byte key") << "q83vEjRWeJCrze8SNFZ4kA==" << true;
        QTest::newRow("key without padding") << "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE" << true;
        QTest::newRow("key with spaces around") << "  q83vEjRWeJCrze8SNFZ4kA==\n" << true;
        QTest::newRow("48-byte key, letters and digits only")
            << "Q2hhbmdlTWUhQ2hhbmdlTWUhQ2hhbmdlTWUhMTIzNEFCQ0RFRkdISUpLTE1OT1BR" << true;
        QTest::newRow("hex key") << "00112233445566778899aabbccddeeff" << true;
        QTest::newRow("15-byte base64") << "q83vEjRWeJCrze8SNFZ4" << false;
        QTest::newRow("65-byte base64") << QString::fromLatin1(QByteArray(65, '\x5a').toBase64()) << false;
        QTest::newRow("not canonical base64") << "q83vEjRWeJCrze8SNFZ4kB==" << false;
        // Connection strings, SAS tokens, PEM.
        QTest::newRow("device connection string")
            << "HostName=hub.azure-devices.net;DeviceId=edge01;SharedAccessKey=abc" << true;
        QTest::newRow("connection string without key")
            << "HostName=hub.azure-devices.net;DeviceId=edge01" << true;
        QTest::newRow("service connection string")
            << "HostName=dps.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;"
               "SharedAccessKey=abc"
            << true;
        QTest::newRow("SAS token")
            << "SharedAccessSignature sr=scope%2Fregistrations%2Fedge01&sig=abc%3D&se=1700000000" << true;
        QTest::newRow("PEM key") << "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----"
                                 << true;
        // What is not a key: names, references, targets, methods, words.
        QTest::newRow("empty") << "" << false;
        QTest::newRow("reference") << "keychain:dps-group-factory-a" << false;
        QTest::newRow("name") << "dps-group-factory-a" << false;
        QTest::newRow("long word") << "FactoryFloorGatewayNorth" << false;
        QTest::newRow("ssh target") << "ssh://admin@edge-01.example.com:2222" << false;
        QTest::newRow("demo target") << "demo:win11-pro" << false;
        QTest::newRow("method") << "dpsSymmetricKey" << false;
        QTest::newRow("registration ID") << "edge-device-0001" << false;
        QTest::newRow("ID scope") << "0ne00012345" << false;
        QTest::newRow("sentence") << "The key is kept in the keychain." << false;
        QTest::newRow("short hex") << "00112233" << false;
    }

    void looksLikeSecret()
    {
        QFETCH(QString, text);
        QFETCH(bool, secret);
        QCOMPARE(eflow::support::looksLikeSecret(text), secret);
    }

    void checkNameRefusesKeys()
    {
        const auto problem = checkSecretName(u"Q2hhbmdlTWUhQ2hhbmdlTWUhQ2hhbmdlTWUhMTIzNA");
        QVERIFY(problem);
        QVERIFY2(!problem->contains(u"Q2hh"), qPrintable(*problem));
        QVERIFY(!checkSecretName(u"FactoryFloorGatewayNorth"));
    }

    void hugeInputIsCheap()
    {
        const QString huge(1 << 22, u'A');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!parseSecretRef(huge));
        eflow::support::looksLikeSecret(huge);
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestSecretRef)
#include "tst_support_secretref.moc"
