#include <QJsonObject>
#include <QTest>

#include "engine/host/LicenseTerms.h"

using eflow::host::licenseTermsFromJson;
using eflow::host::plainTextFromRtf;
using namespace Qt::StringLiterals;

class TestHostLicenseTerms final : public QObject
{
    Q_OBJECT

private slots:
    void rtf_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraphs") << QByteArray(
                                           "{\\rtf1\\ansi{\\fonttbl{\\f0 Segoe UI;}}\\f0 MICROSOFT SOFTWARE "
                                           "LICENSE TERMS\\par\\par These terms\\line apply.}")
                                    << u"MICROSOFT SOFTWARE LICENSE TERMS\n\nThese terms\napply."_s;
        QTest::newRow("tables and info skipped")
            << QByteArray(
                   "{\\rtf1{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title "
                   "Secret title}}{\\*\\generator Riched20;}Body}")
            << u"Body"_s;
        QTest::newRow("hex escapes are Windows-1252")
            << QByteArray("{\\rtf1 Microsoft\\'92s \\'93terms\\'94 \\'e9t\\'e9}")
            << u"Microsoft’s “terms” été"_s;
        QTest::newRow("unicode with fallback skipped")
            << QByteArray("{\\rtf1\\uc1 \\u8212?dash \\u-3851?x}") << u"—dash \uF0F5x"_s;
        QTest::newRow("escaped braces and backslash")
            << QByteArray("{\\rtf1 a\\{b\\}c\\\\d}") << u"a{b}c\\d"_s;
        QTest::newRow("tab and bullet") << QByteArray("{\\rtf1 \\bullet\\tab item}") << u"•\titem"_s;
        QTest::newRow("binary data skipped") << QByteArray("{\\rtf1 a\\bin3 xyzb}") << u"ab"_s;
        QTest::newRow("markup stays text") << QByteArray("{\\rtf1 <b>bold</b>}") << u"<b>bold</b>"_s;
        QTest::newRow("unbalanced close ends") << QByteArray("{\\rtf1 ok}} never") << u"ok"_s;
        // Issue 17: a Japanese Word writes \ansicpg932, and a character is two \'xx bytes.
        QTest::newRow("ja-JP, two hex escapes per character")
            << QByteArray("{\\rtf1\\ansi\\ansicpg932 \\'83\\'41\\'83\\'4e\\'83\\'5a\\'83\\'58 OK\\par "
                          "\\'87\\'40\\'fb\\'fc}")
            << u"\u30A2\u30AF\u30BB\u30B9 OK\n\u2460\u9AD9"_s;
        QTest::newRow("ja-JP, \\uN with a two-byte fallback")
            << QByteArray("{\\rtf1\\ansicpg932\\uc2 \\u12354\\'82\\'a0 x}") << u"\u3042 x"_s;
        QTest::newRow("ja-JP, invalid byte") << QByteArray("{\\rtf1\\ansicpg932 \\'82 a}") << u"\uFFFD a"_s;
        QTest::newRow("control characters dropped") << QByteArray("{\\rtf1 a\x01\x07"
                                                                  "b\\par\\par\\par\\par c}")
                                                    << u"ab\n\nc"_s;
    }
    void rtf()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QString, expected);
        QCOMPARE(plainTextFromRtf(rtf), expected);
    }

    // Hostile input: deep nesting and endless text stop at their bounds.
    void rtfBounds()
    {
        const QByteArray deep = QByteArray(100000, '{') + "x" + QByteArray(100000, '}');
        QVERIFY(plainTextFromRtf(deep).isEmpty());
        const QByteArray longText = "{\\rtf1 " + QByteArray(100000, 'a') + "}";
        QCOMPARE(plainTextFromRtf(longText, 1000).size(), 1000);
    }

    void json_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("text");
        const QString rtf = QString::fromLatin1(QByteArray("{\\rtf1 Terms\\par text}").toBase64());
        const QString txt = QString::fromLatin1(QByteArray("\xEF\xBB\xBFPlain terms\r\n").toBase64());
        QTest::newRow("none") << QJsonObject{{u"found"_s, false}} << true << false << QString();
        QTest::newRow("rtf") << QJsonObject{{u"found"_s, true},          {u"source"_s, u"installed"_s},
                                            {u"path"_s, u"C:\\x.rtf"_s}, {u"format"_s, u"rtf"_s},
                                            {u"content"_s, rtf},         {u"truncated"_s, false}}
                             << true << true << u"Terms\ntext"_s;
        QTest::newRow("txt with BOM")
            << QJsonObject{{u"found"_s, true}, {u"format"_s, u"txt"_s}, {u"content"_s, txt}} << true << true
            << u"Plain terms"_s;
        // A text file in the host's code page (CP932): the kana tell.
        const QString txt932 =
            QString::fromLatin1(QByteArray("\x83\x89\x83\x43\x83\x5a\x83\x93\x83\x58\r\n").toBase64());
        QTest::newRow("txt in CP932")
            << QJsonObject{{u"found"_s, true}, {u"format"_s, u"txt"_s}, {u"content"_s, txt932}} << true
            << true << u"\u30E9\u30A4\u30BB\u30F3\u30B9"_s;
        QTest::newRow("found is a string")
            << QJsonObject{{u"found"_s, u"yes"_s}} << false << false << QString();
        QTest::newRow("content is a number")
            << QJsonObject{{u"found"_s, true}, {u"content"_s, 5}} << false << false << QString();
        QTest::newRow("content not base64")
            << QJsonObject{{u"found"_s, true}, {u"format"_s, u"txt"_s}, {u"content"_s, u"***"_s}} << false
            << false << QString();
        QTest::newRow("content too long")
            << QJsonObject{{u"found"_s, true}, {u"content"_s, QString(1024 * 1024, u'A')}} << false << false
            << QString();
        QTest::newRow("empty file is no terms")
            << QJsonObject{{u"found"_s, true}, {u"format"_s, u"txt"_s}, {u"content"_s, QString()}} << true
            << false << QString();
    }
    void json()
    {
        QFETCH(QJsonObject, data);
        QFETCH(bool, valid);
        QFETCH(bool, found);
        QFETCH(QString, text);
        QString error;
        const auto terms = licenseTermsFromJson(data, &error);
        QCOMPARE(bool(terms), valid);
        if (!valid) {
            QVERIFY(error.contains(u"'"_s));
            return;
        }
        QCOMPARE(terms->found, found);
        QCOMPARE(terms->text, text);
    }
};

QTEST_GUILESS_MAIN(TestHostLicenseTerms)
#include "tst_host_licenseterms.moc"
