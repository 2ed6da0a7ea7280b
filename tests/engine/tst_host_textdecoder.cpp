// HostTextDecoder (issue 17): what a Windows host prints, in UTF-8 or in its code page, read line by line.
// Every byte string here is escaped (CP932, CP1252, CP850 bytes exactly as Windows writes them) and every
// expected text is a UTF-16 escape, so no editor can re-encode a sample.
#include <QStringDecoder>
#include <QTest>

#include "engine/host/HostTextDecoder.h"

using namespace Qt::StringLiterals;
using eflow::host::HostTextDecoder;
using Backend = HostTextDecoder::Backend;

Q_DECLARE_METATYPE(HostTextDecoder::Backend)

namespace {

// "アクセスが拒否されました。" (access was denied.) in CP932 and as text.
const QByteArray kDeniedCp932 =
    "\x83"
    "A\x83N\x83Z\x83X\x82\xaa\x8b\x91\x94\xdb\x82\xb3\x82\xea\x82\xdc\x82\xb5\x82\xbd\x81"
    "B";
const QString kDenied = u"\u30A2\u30AF\u30BB\u30B9\u304C\u62D2\u5426\u3055\u308C\u307E\u3057\u305F\u3002"_s;

QString hex(const QString &text)
{
    QStringList out;
    for (const QChar c : text)
        out << QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
    return out.join(QLatin1Char(' '));
}

} // namespace

class tst_HostTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void codePage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("codePage");
        QTest::addColumn<QString>("expected");

        QTest::newRow("cp932 sentence") << kDeniedCp932 << 932 << kDenied;
        // NEC special characters (row 13), NEC-selected IBM extensions (0xED/0xEE) and IBM extensions
        // (0xFA-0xFC): circled one, parenthesised "kabushiki", the "ladder" taka of Takahashi, twice.
        QTest::newRow("cp932 NEC and IBM extensions")
            << QByteArray("\x87\x40\x87\x8a\xee\xe0\xfb\xfc\x8b\xb4") << 932
            << u"\u2460\u3231\u9AD9\u9AD9\u6A4B"_s;
        // Microsoft's mapping, not JIS's: 0x8160 is U+FF5E (JIS: U+301C), 0x815F U+FF3C; 0x5C stays '\'.
        QTest::newRow("cp932 wave dash and backslashes")
            << QByteArray("\x94g\x81`\x81_\\") << 932 << u"\u6CE2\uFF5E\uFF3C\\"_s;
        QTest::newRow("cp932 half-width katakana")
            << QByteArray("\xb1\xb2\xb3") << 932 << u"\uFF71\uFF72\uFF73"_s;
        // A lead byte before a space, a lone trail-range byte, bytes no Windows character has: each is
        // U+FFFD on its own and the ASCII after it survives.
        QTest::newRow("cp932 invalid bytes") << QByteArray("A\x81 B\xa0"
                                                           "C\xff"
                                                           "D\x85\x40"
                                                           "E\x82")
                                             << 932 << u"A\uFFFD B\uFFFDC\uFFFDD\uFFFD@E\uFFFD"_s;
        QTest::newRow("cp1252 German") << QByteArray("Gr\xf6\xdf"
                                                     "e: Zugriff verweigert f\xfcr \xc4")
                                       << 1252 << u"Gr\u00F6\u00DFe: Zugriff verweigert f\u00FCr \u00C4"_s;
        QTest::newRow("cp1252 0x80-0x9f")
            << QByteArray("\x80\x81\x85\x93\x94\x9f") << 1252 << u"\u20AC\u0081\u2026\u201C\u201D\u0178"_s;
        QTest::newRow("cp850 German console") << QByteArray("Zug\x84nge gepr\x81"
                                                            "ft")
                                              << 850 << u"Zug\u00E4nge gepr\u00FCft"_s;
        QTest::newRow("utf-8 code page replaces")
            << QByteArray("ok\xe3\x81") << 65001 << u"ok\uFFFD\uFFFD"_s; // Qt: one per byte
        QTest::newRow("unknown code page") << QByteArray("a\xe9z") << 99999 << u"a\uFFFDz"_s;
    }

    void codePage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, codePage);
        QFETCH(QString, expected);
        const QString got = HostTextDecoder::decodeCodePage(bytes, codePage);
        QVERIFY2(got == expected, qPrintable(hex(got) + QStringLiteral(" != ") + hex(expected)));
    }

    // Every backend this build has reads the samples the same way (on Debian: Qt's ICU and glibc's iconv).
    void backendsAgree_data()
    {
        QTest::addColumn<Backend>("backend");
        const QList<Backend> backends = HostTextDecoder::availableBackends();
        QVERIFY(!backends.isEmpty());
        for (const Backend b : backends)
            QTest::newRow(b == Backend::Qt ? "qt" : b == Backend::Iconv ? "iconv" : "windows") << b;
    }

    void backendsAgree()
    {
        QFETCH(Backend, backend);
        const QList<QPair<int, QByteArray>> samples = {
            {932, kDeniedCp932},
            {932, QByteArray("\x87\x40\x87\x8a\xee\xe0\xfb\xfc\x94g\x81`\x81_\xb1")},
            {932, QByteArray("A\x81 B\xa0"
                             "C\xff"
                             "D\x85\x40"
                             "E\x82")},
            {850, QByteArray("Zug\x84nge gepr\x81"
                             "ft \x8e")},
            {1251, QByteArray("\xc4\xee\xf1\xf2\xf3\xef \xe7\xe0\xef\xf0\xe5\xf9\xe5\xed")},
        };
        for (const auto &[codePage, bytes] : samples) {
            QVERIFY(HostTextDecoder::canDecode(codePage, backend));
            QCOMPARE(HostTextDecoder::decodeCodePage(bytes, codePage, backend),
                     HostTextDecoder::decodeCodePage(bytes, codePage));
        }
    }

    // The built-in Windows-1252 is Windows' own table, byte for byte as Qt's ICU converter reads it.
    void builtInCp1252MatchesIcu()
    {
        QStringDecoder icu("windows-1252");
        if (!icu.isValid())
            QSKIP("this Qt has no ICU converters");
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        QCOMPARE(HostTextDecoder::decodeCodePage(all, 1252), QString(icu.decode(all)));
    }

    // The line policy: UTF-8 stays UTF-8, the rest is read in the code page, or guessed.
    void decode_data()
    {
        QTest::addColumn<int>("codePage");
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<int>>("usedCodePages");

        const QByteArray utf8Japanese = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"; // 日本語 (Japanese)
        const QString japanese = u"\u65E5\u672C\u8A9E"_s;
        // "発生場所 行:1 文字:1": PowerShell's Japanese "At line:1 char:1", kanji only.
        const QByteArray atLineCp932 = "\x94\xad\x90\xb6\x8f\xea\x8f\x8a \x8ds:1 \x95\xb6\x8e\x9a:1";
        const QString atLine = u"\u767A\u751F\u5834\u6240 \u884C:1 \u6587\u5B57:1"_s;
        const QByteArray germanCp1252 = "\xc4ndern Sie die Gr\xf6\xdf"
                                        "e";
        const QString german = u"\u00C4ndern Sie die Gr\u00F6\u00DFe"_s;

        QTest::newRow("ascii and utf-8 stay, code page known")
            << 932 << QList<QByteArray>{"plain", utf8Japanese, kDeniedCp932}
            << QStringList{u"plain"_s, japanese, kDenied} << QList<int>{65001, 65001, 932};
        QTest::newRow("guess: kana make it CP932, and the kanji-only line after it too")
            << 0 << QList<QByteArray>{kDeniedCp932, atLineCp932} << QStringList{kDenied, atLine}
            << QList<int>{932, 932};
        // Read as CP932 this line decodes without an error (a half-width katakana, a private-use kanji),
        // but it has no kana: Western.
        QTest::newRow("guess: German that CP932 could read is still Western")
            << 0 << QList<QByteArray>{germanCp1252} << QStringList{german} << QList<int>{1252};
        // Without a line that proves Japanese first, a kanji-only line is read as Western: the documented
        // limit of the guess, which the bootstrap's announcement removes.
        QTest::newRow("guess: a kanji-only first line is not enough")
            << 0 << QList<QByteArray>{atLineCp932}
            << QStringList{HostTextDecoder::decodeCodePage(atLineCp932, 1252)} << QList<int>{1252};
        QTest::newRow("known Western code page")
            << 850 << QList<QByteArray>{"Zug\x84nge"} << QStringList{u"Zug\u00E4nge"_s} << QList<int>{850};
        QTest::newRow("a UTF-8 host replaces what is not UTF-8")
            << 65001 << QList<QByteArray>{kDeniedCp932.left(3)} << QStringList{u"\uFFFDA\uFFFD"_s}
            << QList<int>{65001};
    }

    void decode()
    {
        QFETCH(int, codePage);
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QStringList, expected);
        QFETCH(QList<int>, usedCodePages);
        HostTextDecoder decoder(codePage);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString got = decoder.decode(lines.at(i));
            QVERIFY2(got == expected.at(i),
                     qPrintable(hex(got) + QStringLiteral(" != ") + hex(expected.at(i))));
            QCOMPARE(decoder.lastCodePage(), usedCodePages.at(i));
        }
    }

    void guessIsForgottenOnReset()
    {
        HostTextDecoder decoder;
        decoder.decode(kDeniedCp932);
        QCOMPARE(decoder.lastCodePage(), 932);
        decoder.decode("\x94\xad\x90\xb6");
        QCOMPARE(decoder.lastCodePage(), 932);
        decoder.reset();
        decoder.decode("\x94\xad\x90\xb6");
        QCOMPARE(decoder.lastCodePage(), 1252);
    }

    void utf8Validity_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("japanese") << QByteArray("\xe6\x97\xa5") << true;
        QTest::newRow("cut short") << QByteArray("\xe6\x97") << false;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("cp932") << kDeniedCp932 << false;
        QTest::newRow("cp1252") << QByteArray("f\xfcr") << false;
    }

    void utf8Validity()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(HostTextDecoder::isUtf8(bytes), valid);
    }

    void looksJapanese()
    {
        QVERIFY(HostTextDecoder::looksJapanese(kDenied));
        QVERIFY(HostTextDecoder::looksJapanese(u"\uFF21\uFF22"_s));               // full-width A B
        QVERIFY(!HostTextDecoder::looksJapanese(u"\uFF71\uFF72 \u767A\u751F"_s)); // half-width kana, kanji
        QVERIFY(!HostTextDecoder::looksJapanese(u"Gr\u00F6\u00DFe"_s));
    }

    // Hostile input never crashes and never grows: one U+FFFD at most per byte.
    void garbageStaysBounded()
    {
        QByteArray garbage;
        for (int i = 0; i < 64 * 1024; ++i)
            garbage.append(char((i * 131 + 7) & 0xff));
        for (const int codePage : {0, 932, 936, 949, 950, 1252, 850, 65001}) {
            HostTextDecoder decoder(codePage);
            QVERIFY(decoder.decode(garbage).size() <= garbage.size());
        }
    }
};

QTEST_GUILESS_MAIN(tst_HostTextDecoder)
#include "tst_host_textdecoder.moc"
