// Strict base64 decoding and wiping of key material.
#include <QtTest>

#include "engine/crypto/SecureBytes.h"

using namespace eflow::crypto;

class TestSecureBytes final : public QObject
{
    Q_OBJECT

private slots:
    void strictBase64_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("decodedSize");
        QTest::newRow("no padding") << QByteArray("YWJj") << true << 3;
        QTest::newRow("one pad") << QByteArray("YWI=") << true << 2;
        QTest::newRow("two pads") << QByteArray("YQ==") << true << 1;
        QTest::newRow("32 bytes") << QByteArray("NMgJDvdKTxjLi+xBxxkDDEwDJxEvOE5u8BiT0mVgPeg=") << true << 32;
        QTest::newRow("empty") << QByteArray() << false << 0;
        QTest::newRow("length not multiple of 4") << QByteArray("YWJjZ") << false << 0;
        QTest::newRow("missing padding") << QByteArray("YQ") << false << 0;
        QTest::newRow("url-safe alphabet") << QByteArray("YW-_") << false << 0;
        QTest::newRow("space inside") << QByteArray("YW Jj") << false << 0;
        QTest::newRow("padding in the middle") << QByteArray("YQ==YWJj") << false << 0;
        QTest::newRow("three pads") << QByteArray("Y===") << false << 0;
        QTest::newRow("non-canonical trailing bits") << QByteArray("YR==") << false << 0;
    }

    void strictBase64()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(int, decodedSize);
        QCOMPARE(isStrictBase64(text), valid);
        SecureBytes out;
        QCOMPARE(decodeBase64Strict(text, out), valid);
        if (valid) {
            QCOMPARE(int(out.size()), decodedSize);
            QCOMPARE(out.view().toByteArray(), QByteArray::fromBase64(text));
        }
    }

    void wipeClearsBuffers()
    {
        SecureBytes bytes(QByteArrayView("secret-material"));
        QCOMPARE(bytes.size(), std::size_t(15));
        bytes.wipe();
        QVERIFY(bytes.isEmpty());

        QByteArray text("another secret");
        const char *data = text.constData();
        wipe(text);
        QVERIFY(text.isEmpty());
        Q_UNUSED(data);

        QString s = QStringLiteral("and a third");
        wipe(s);
        QVERIFY(s.isEmpty());
    }

    void moveLeavesSourceEmpty()
    {
        SecureBytes a(QByteArrayView("0123456789"));
        SecureBytes b(std::move(a));
        QCOMPARE(b.size(), std::size_t(10));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): documented state after move
        SecureBytes c;
        c = std::move(b);
        QCOMPARE(c.view(), QByteArrayView("0123456789"));
        c.resize(4);
        QCOMPARE(c.view(), QByteArrayView("0123"));
        c.resize(6);
        QCOMPARE(c.size(), std::size_t(6));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_crypto_securebytes.moc"
