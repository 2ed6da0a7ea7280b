// What a Japanese (or German, Korean, …) Windows prints where the text is not the wizard's own (issue 17):
// Deploy-Eflow's time stamps in the culture's date format, numbers written with the culture's marks,
// the VM's UTF-8 glyphs after PowerShell read them in CP932, and Windows' own error messages in Japanese,
// from CP932 bytes through the output reader into the error catalogue. The VM's own texts (iotedge,
// systemctl) are English on every host: EFLOW's Linux (CBL-Mariner / Azure Linux) is not localized.
#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "engine/host/DeployProgress.h"
#include "engine/host/EflowErrorCatalog.h"
#include "engine/host/HostTextDecoder.h"
#include "engine/host/IotEdgeParsers.h"
#include "engine/host/ParserSupport.h"
#include "engine/host/PowerShellOutputReader.h"

using namespace Qt::StringLiterals;
using namespace eflow::host;

Q_DECLARE_METATYPE(eflow::host::EflowErrorId)

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString hostSample(const QString &name)
{
    return QString::fromUtf8(readFile(QStringLiteral(EFLOW_HOST_TEST_DATA "/") + name));
}

// A ja-JP stderr sample as the wizard sees it: fed in 5-byte reads, every line decoded.
QStringList jaStderrLines(const QString &name)
{
    const QByteArray bytes = readFile(QStringLiteral(EFLOW_JA_TEST_DATA "/") + name);
    PowerShellOutputReader reader;
    QList<PowerShellOutputReader::Line> lines;
    for (qsizetype at = 0; at < bytes.size(); at += 5)
        lines << reader.feedStderr(
            QByteArrayView(bytes).sliced(at, std::min<qsizetype>(5, bytes.size() - at)));
    lines << reader.finish();
    QStringList out;
    for (const PowerShellOutputReader::Line &l : lines) {
        if (l.kind == PowerShellOutputReader::Line::Kind::Error)
            out << l.text;
    }
    return out;
}

// What .NET's CP932 decoder (Windows PowerShell 5.1 reading the VM's output without a UTF-8 console)
// makes of the iotedge and systemctl glyphs; measured with [Text.Encoding]::GetEncoding(932).GetString()
// on UTF-8 bytes. An invalid trail byte becomes U+30FB and takes the byte after it (here the space).
const QString kCheckOk932 = u"\u7ACF\u30FB"_s;       // "√ "
const QString kCheckWarning932 = u"\u7AB6\uFF7C "_s; // "‼ "
const QString kCheckError932 = u"\uFF83\u30FB"_s;    // "× "
const QString kBullet932 = u"\u7B33\u30FB"_s;        // "● "

} // namespace

class tst_HostLocalized final : public QObject
{
    Q_OBJECT

private slots:
    // The module's "[MM/dd/yyyy HH:mm:ss]" as other cultures print it: the progress bar still moves.
    void deployTimestamps_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("stripped");
        QTest::addColumn<int>("percent");
        const auto row = [](const char *name, const QString &stamp, const char *text, int percent) {
            QTest::newRow(name) << stamp + QLatin1Char(' ') + QLatin1String(text) << QString::fromLatin1(text)
                                << percent;
        };
        row("en, as documented", u"[03/24/2022 13:34:05]"_s,
            "Step 1: Preparing host for Azure IoT Edge for Linux on Windows", 10);
        row("ja-JP default yyyy/MM/dd H:mm:ss", u"[2026/12/05 9:05:03]"_s,
            "Creating vnic (name: DESKTOP-JP01-EFLOWInterface)", 55);
        row("ja-JP with the afternoon word", u"[2026/12/05 \u5348\u5F8C 9:05:03]"_s,
            "Successfully created virtual machine", 75);
        row("de-DE default dd.MM.yyyy", u"[05.12.2026 21:05:03]"_s,
            "Instantiating virtual machine (name: PC-EFLOW)", 62);
        row("de-DE, the module's own format", u"[12.05.2026 21:05:03]"_s, "Deployment successful", 100);
        row("en-US default with PM", u"[12/5/2026 9:05:03 PM]"_s, "Creating storage vhd (file: x)", 38);
        row("ko-KR", u"[2026. 12. 5. \uC624\uD6C4 9:05:03]"_s,
            "Querying IP and MAC addresses from virtual machine", 80);
        row("zh-CN", u"[2026/12/5 21:05:03]"_s, "...successfully connected to the Linux VM", 90);
        row("ISO", u"[2026-12-05 21:05:03]"_s, "Checking host for required features", 14);
        QTest::newRow("a bracket that is no stamp stays")
            << u"[eflow] Step 1: Preparing host"_s << u"[eflow] Step 1: Preparing host"_s << -2;
    }

    void deployTimestamps()
    {
        QFETCH(QString, line);
        QFETCH(QString, stripped);
        QFETCH(int, percent);
        QCOMPARE(stripDeployTimestamp(line), stripped);
        const std::optional<DeployPhase> phase = deployPhaseForLine(line);
        QCOMPARE(phase.has_value(), percent != -2);
        if (phase)
            QCOMPARE(phase->percent, percent);
    }

    void failureLineWithJapaneseStamp()
    {
        const auto phase =
            deployPhaseForLine(u"[2026/12/05 9:05:03] Error: Virtual machine creation failed!"_s);
        QVERIFY(phase && phase->failure);
    }

    void localizedIntegers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expected");
        const auto row = [](const char *name, const QString &text, qint64 expected) {
            QTest::newRow(name) << text << true << expected;
        };
        row("plain", u"2048"_s, 2048);
        row("ja-JP/en double", u"1984.5"_s, 1985);
        row("de-DE double", u"1984,5"_s, 1985);
        row("ja-JP grouped, systeminfo", u"16,234 MB"_s, 16234);
        row("de-DE grouped", u"16.234 MB"_s, 16234);
        row("ja-JP grouped with fraction", u"1,024.5"_s, 1025);
        row("de-DE grouped with fraction", u"1.024,5"_s, 1025);
        row("de-DE millions", u"1.234.567"_s, 1234567);
        row("fr-FR narrow no-break space", u"16\u202F234"_s, 16234);
        row("fr-FR no-break space, comma", u"1\u00A0024,5"_s, 1025);
        row("de-CH apostrophe", u"16'234"_s, 16234);
        row("three decimals after four digits", u"1024.125"_s, 1024);
        row("zero point", u"0.125"_s, 0);
        row("negative", u"-12"_s, -12);
        for (const QString &bad : {u"System.Object[]"_s, u"1,2,3"_s, u"1024,"_s, QString(), u"12 apples"_s})
            QTest::newRow(qPrintable(u"refused: "_s + bad)) << bad << false << qint64(0);
    }

    void localizedIntegers()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, expected);
        const std::optional<qint64> got = detail::parseLocalizedInteger(text);
        QCOMPARE(got.has_value(), ok);
        if (ok)
            QCOMPARE(*got, expected);
    }

    // ConvertTo-Json flattens SystemStatistics at its default depth with each value's ToString(), which
    // on a de-DE host writes a fraction with a comma and on ja-JP with a point.
    void getEflowVmFlattenedByAGermanHost()
    {
        QString json = hostSample(u"get_eflowvm_default_depth.json"_s);
        json.replace(u"TotalMemMb=984;"_s, u"TotalMemMb=983,6;"_s);
        json.replace(u"AvailableStorageMb=7796;"_s, u"AvailableStorageMb=7796,2;"_s);
        const auto r = parseGetEflowVmJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.totalMemMb, qint64(984));
        QCOMPARE(r.value.availableStorageMb, qint64(7796));
        QCOMPARE(r.value.kernelVersion, u"5.10.16.1-1.cm1"_s); // text stays text
    }

    // `iotedge check` prints √ ‼ × whatever the VM's locale; a Japanese host without a UTF-8 console
    // hands them back in CP932's reading (what follows is ASCII and decides), a Western one in
    // CP1252's or the US console's CP437.
    void checkTextWithMangledMarkers_data()
    {
        QTest::addColumn<QString>("text");
        const QString original = hostSample(u"check_1_4_text.txt"_s);
        QString japanese = original;
        japanese.replace(u"\u221A "_s, kCheckOk932);
        japanese.replace(u"\u203C "_s, kCheckWarning932);
        japanese.replace(u"\u00D7 "_s, kCheckError932);
        QTest::newRow("ja-JP, CP932") << japanese;
        for (const int codePage : {1252, 437}) {
            QString western = original;
            for (const QString &glyph : {u"\u221A"_s, u"\u203C"_s, u"\u00D7"_s})
                western.replace(glyph, HostTextDecoder::decodeCodePage(glyph.toUtf8(), codePage));
            QTest::newRow(qPrintable(u"CP%1"_s.arg(codePage))) << western;
        }
    }

    void checkTextWithMangledMarkers()
    {
        QFETCH(QString, text);
        const auto reference = parseIotEdgeCheckText(hostSample(u"check_1_4_text.txt"_s));
        QVERIFY(reference.ok());
        const auto r = parseIotEdgeCheckText(text);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.sections.size(), reference.value.sections.size());
        QCOMPARE(r.value.totalChecks(), reference.value.totalChecks());
        for (const CheckResultKind kind : {CheckResultKind::Ok, CheckResultKind::Warning,
                                           CheckResultKind::Error, CheckResultKind::Skipped})
            QCOMPARE(r.value.count(kind), reference.value.count(kind));
        QCOMPARE(r.value.sections.at(0).checks.at(0).description,
                 reference.value.sections.at(0).checks.at(0).description);
        QCOMPARE(r.value.sections.at(0).checks.at(0).id, reference.value.sections.at(0).checks.at(0).id);
    }

    // systemctl's bullet (● running, × failed; * where the VM's locale is not UTF-8) after PowerShell
    // read it in CP932 or CP1252: the unit and its state still read.
    void systemctlWithMangledBullet_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("failed") << u"systemctl_aziot_edged_failed.txt"_s;
        QTest::newRow("restarting") << u"systemctl_aziot_edged_restart.txt"_s;
    }

    void systemctlWithMangledBullet()
    {
        QFETCH(QString, file);
        const QString original = hostSample(file);
        const auto reference = parseSystemctlStatus(original);
        QVERIFY(reference.ok());
        const QString body = original.mid(original.indexOf(QLatin1Char(' ')) + 1); // without the bullet
        for (const QString &bullet :
             {kBullet932, kCheckError932, HostTextDecoder::decodeCodePage("\xe2\x97\x8f ", 1252),
              HostTextDecoder::decodeCodePage("\xc3\x97 ", 1252)}) {
            const auto r = parseSystemctlStatus(bullet + body);
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QCOMPARE(r.value.unit, reference.value.unit);
            QCOMPARE(r.value.activeText, reference.value.activeText);
        }
    }

    // Windows' own messages in Japanese, from the CP932 bytes of tests/engine/data/ja-JP through the
    // reader into the catalogue: by the Japanese wording, and by the language-neutral ids alone.
    void japaneseWindowsErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<EflowErrorId>("expected");
        QTest::addColumn<QString>("inMatchedLine"); // a piece of the Japanese message
        // "無効" (disabled), "拒否" (denied), "管理者" (administrator), "見つかりません" (not found)
        QTest::newRow("execution policy, PowerShell's rendering")
            << u"import_module_policy.stderr.bin"_s << EflowErrorId::ExecutionPolicyRefused
            << u"\u7121\u52B9"_s;
        QTest::newRow("execution policy, the bootstrap's report")
            << u"bootstrap_policy.stderr.bin"_s << EflowErrorId::ExecutionPolicyRefused << u"\u7121\u52B9"_s;
        QTest::newRow("access denied")
            << u"access_denied.stderr.bin"_s << EflowErrorId::AccessDenied << u"\u62D2\u5426"_s;
        QTest::newRow("elevation required")
            << u"elevation.stderr.bin"_s << EflowErrorId::NotElevated << u"\u7BA1\u7406\u8005"_s;
        QTest::newRow("installer not found (404)")
            << u"download_404.stderr.bin"_s << EflowErrorId::MsiDownloadNotFound
            << u"\u898B\u3064\u304B\u308A\u307E\u305B\u3093"_s;
    }

    void japaneseWindowsErrors()
    {
        QFETCH(QString, file);
        QFETCH(EflowErrorId, expected);
        QFETCH(QString, inMatchedLine);
        const QStringList lines = jaStderrLines(file);
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QChar::ReplacementCharacter));
        const EflowErrorExplanation x = explainEflowError(lines.join(QLatin1Char('\n')));
        QVERIFY2(x.id == expected, qPrintable(eflowErrorKey(x.id)));
        QVERIFY2(x.matchedLine.contains(inMatchedLine), qPrintable(x.matchedLine));
        // Without any Japanese: the ids the bootstrap and PowerShell print in every language suffice.
        QStringList ascii;
        for (const QString &line : lines) {
            if (!std::any_of(line.begin(), line.end(), [](QChar c) { return c.unicode() > 0x7F; }))
                ascii << line;
        }
        if (!ascii.isEmpty())
            QCOMPARE(explainEflowError(ascii.join(QLatin1Char('\n'))).id, expected);
    }

    // The NEC and IBM extension characters of the access-denied path arrive intact.
    void necAndIbmCharactersSurvive()
    {
        const QString text = jaStderrLines(u"access_denied.stderr.bin"_s).join(QLatin1Char('\n'));
        QVERIFY(text.contains(u"\\Users\\\u9AD9\u6A4B\\Documents\\\u2460\u3231\u898B\u7A4D\\"_s));
    }
};

QTEST_GUILESS_MAIN(tst_HostLocalized)
#include "tst_host_localized.moc"
