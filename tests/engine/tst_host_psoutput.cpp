// PowerShellOutputReader: what PowerShell prints, read in any chunks, with every buffer capped
// (issue 14 items 2 and 10).
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellOutputReader.h"

using eflow::host::PowerShellEnvelope;
using eflow::host::PowerShellOutputReader;
using eflow::host::PowerShellResult;
using Line = PowerShellOutputReader::Line;
using Kind = Line::Kind;
using Outcome = PowerShellResult::Outcome;

namespace {

constexpr qsizetype kMiB = qsizetype(1) << 20;

QByteArray marker()
{
    return PowerShellEnvelope::resultMarker();
}

// "o:" an output line, "e:" an error line, "r:" a result line, "c:" a code page announcement, "!"
// appended when cut.
QByteArray describe(const Line &line)
{
    const char *tag = line.kind == Kind::Output     ? "o:"
                      : line.kind == Kind::Error    ? "e:"
                      : line.kind == Kind::Encoding ? "c:"
                                                    : "r:";
    return tag + line.text.toUtf8() + (line.cut ? "!" : "");
}

// "アクセスが拒否されました。" (access was denied.) in CP932, and the same text in UTF-8.
const QByteArray kDeniedCp932 =
    "\x83"
    "A\x83N\x83Z\x83X\x82\xaa\x8b\x91\x94\xdb\x82\xb3\x82\xea\x82\xdc\x82\xb5\x82\xbd\x81"
    "B";
const QByteArray kDeniedUtf8 =
    "\xe3\x82\xa2\xe3\x82\xaf\xe3\x82\xbb\xe3\x82\xb9\xe3\x81\x8c\xe6\x8b\x92\xe5\x90\xa6"
    "\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82";
const QByteArray kAnnounce932 = "##eflow-encoding## output=932 ansi=932";

QByteArray readJaSample(const QString &name)
{
    QFile f(QStringLiteral(EFLOW_JA_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Feeds each chunk ('1' first: stdout, '2' first: stderr) and finishes.
QList<QByteArray> feedAll(PowerShellOutputReader &reader, const QList<QByteArray> &chunks)
{
    QList<QByteArray> got;
    for (const QByteArray &chunk : chunks) {
        const QByteArrayView body = QByteArrayView(chunk).sliced(1);
        const QList<Line> lines = chunk.startsWith('2') ? reader.feedStderr(body) : reader.feedStdout(body);
        for (const Line &l : lines)
            got << describe(l);
    }
    for (const Line &l : reader.finish())
        got << describe(l);
    return got;
}

} // namespace

class tst_HostPsOutput final : public QObject
{
    Q_OBJECT

private slots:
    void lines_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QList<QByteArray>>("expected");
        QTest::addColumn<QByteArray>("resultText");

        QTest::newRow("one chunk") << QList<QByteArray>{"1a\nb\n"} << QList<QByteArray>{"o:a", "o:b"}
                                   << QByteArray();
        QTest::newRow("byte by byte") << QList<QByteArray>{"1a", "1b", "1\n", "1c", "1\n"}
                                      << QList<QByteArray>{"o:ab", "o:c"} << QByteArray();
        QTest::newRow("crlf split across chunks") << QList<QByteArray>{"1first\r", "1\nsecond\r", "1\n"}
                                                  << QList<QByteArray>{"o:first", "o:second"} << QByteArray();
        QTest::newRow("only the line end's cr is dropped")
            << QList<QByteArray>{"1a\rb\r\r\n"} << QList<QByteArray>{"o:a\rb\r"} << QByteArray();
        QTest::newRow("empty lines") << QList<QByteArray>{"1\n\r\n\n"} << QList<QByteArray>{"o:", "o:", "o:"}
                                     << QByteArray();
        QTest::newRow("last line without newline")
            << QList<QByteArray>{"1done\npartial"} << QList<QByteArray>{"o:done", "o:partial"}
            << QByteArray();
        QTest::newRow("last lines of both streams, stdout first")
            << QList<QByteArray>{"2err tail", "1out tail"} << QList<QByteArray>{"o:out tail", "e:err tail"}
            << QByteArray();
        QTest::newRow("streams kept apart") << QList<QByteArray>{"1o", "2e", "1ut\n", "2rr\n"}
                                            << QList<QByteArray>{"o:out", "e:err"} << QByteArray();
        QTest::newRow("utf8 split inside a character")
            << QList<QByteArray>{"1Gr\xc3", "1\xb6\xc3\x9f", "1e\n"}
            << QList<QByteArray>{"o:Gr\xc3\xb6\xc3\x9f"
                                 "e"}
            << QByteArray();
        QTest::newRow("marker line") << QList<QByteArray>{"1working\n", "1" + marker() + "{\"ok\":true}\r\n"}
                                     << QList<QByteArray>{"o:working", "r:{\"ok\":true}"}
                                     << QByteArray("{\"ok\":true}");
        QTest::newRow("marker split across chunks") << QList<QByteArray>{"1##eflow-", "1result## {}\n"}
                                                    << QList<QByteArray>{"r:{}"} << QByteArray("{}");
        QTest::newRow("several markers: the last wins")
            << QList<QByteArray>{"1" + marker() + "{\"n\":1}\n" + marker() + "{\"n\":2}\nafter\n"}
            << QList<QByteArray>{"r:{\"n\":1}", "r:{\"n\":2}", "o:after"} << QByteArray("{\"n\":2}");
        QTest::newRow("marker without newline at the end")
            << QList<QByteArray>{"1" + marker() + "{}"} << QList<QByteArray>{"r:{}"} << QByteArray("{}");
        QTest::newRow("marker on stderr is an ordinary line")
            << QList<QByteArray>{"2" + marker() + "{}\n"} << QList<QByteArray>{"e:" + marker() + "{}"}
            << QByteArray();
        QTest::newRow("marker not at the start")
            << QList<QByteArray>{"1 " + marker() + "{}\n"} << QList<QByteArray>{"o: " + marker() + "{}"}
            << QByteArray();
        QTest::newRow("marker prefix only")
            << QList<QByteArray>{"1##eflow-res\n"} << QList<QByteArray>{"o:##eflow-res"} << QByteArray();
    }

    void lines()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QList<QByteArray>, expected);
        QFETCH(QByteArray, resultText);
        PowerShellOutputReader reader;
        QCOMPARE(feedAll(reader, chunks), expected);
        QCOMPARE(reader.sawResult(), !resultText.isNull());
        QCOMPARE(reader.resultText(), resultText);
        QCOMPARE(reader.bufferedBytes(), 0);
        QCOMPARE(reader.cutLines(), 0);
    }

    void result_data()
    {
        QTest::addColumn<QByteArray>("stdoutBytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("crashed");
        QTest::addColumn<int>("terminating"); // PowerShellResult::Outcome
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("errorFragment");
        const QByteArray ok = marker() + "{\"ok\":true}\n";
        QTest::newRow("ok") << ok << 0 << false << int(Outcome::Unknown) << int(Outcome::Ok) << QString();
        QTest::newRow("invalid json") << marker() + "{\"ok\": tru\n"
                                      << 0 << false << int(Outcome::Unknown) << int(Outcome::Failed)
                                      << QStringLiteral("not a JSON object (");
        QTest::newRow("array json") << marker() + "[1,2]\n"
                                    << 0 << false << int(Outcome::Unknown) << int(Outcome::Failed)
                                    << QStringLiteral("not a JSON object (not an object)");
        QTest::newRow("string json") << marker() + "\"x\"\n"
                                     << 0 << false << int(Outcome::Unknown) << int(Outcome::Failed)
                                     << QStringLiteral("not a JSON object");
        QTest::newRow("empty result") << marker() + "\n"
                                      << 0 << false << int(Outcome::Unknown) << int(Outcome::Failed)
                                      << QStringLiteral("not a JSON object");
        QTest::newRow("no result") << QByteArray("done\n") << 0 << false << int(Outcome::Unknown)
                                   << int(Outcome::Failed) << QStringLiteral("without reporting a result");
        QTest::newRow("exit code wins over result") << ok << 3 << false << int(Outcome::Unknown)
                                                    << int(Outcome::Failed) << QStringLiteral("exit code 3");
        QTest::newRow("crash wins over exit code")
            << ok << 9 << true << int(Outcome::Unknown) << int(Outcome::Failed) << QStringLiteral("crashed");
        QTest::newRow("timeout wins over all")
            << ok << 0 << true << int(Outcome::TimedOut) << int(Outcome::TimedOut)
            << QStringLiteral("within 3 second(s)");
        QTest::newRow("cancel") << ok << 0 << false << int(Outcome::Cancelled) << int(Outcome::Cancelled)
                                << QStringLiteral("Cancelled.");
    }

    void result()
    {
        QFETCH(QByteArray, stdoutBytes);
        QFETCH(int, exitCode);
        QFETCH(bool, crashed);
        QFETCH(int, terminating);
        QFETCH(int, outcome);
        QFETCH(QString, errorFragment);
        PowerShellOutputReader reader;
        reader.feedStdout(stdoutBytes);
        reader.feedStderr("oops\r\n");
        reader.finish();
        const PowerShellResult r = reader.result(exitCode, crashed, Outcome(terminating), 2500);
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.crashed, crashed);
        QCOMPARE(r.stderrTail, QStringLiteral("oops"));
        if (errorFragment.isEmpty()) {
            QVERIFY(r.error.isEmpty());
            QCOMPARE(r.result.value(QStringLiteral("ok")).toBool(), true);
        } else {
            QVERIFY2(r.error.contains(errorFragment), qPrintable(r.error));
            QVERIFY(r.result.isEmpty());
        }
    }

    void stderrTailKeepsTheLastLines()
    {
        PowerShellOutputReader reader;
        for (int i = 1; i <= 30; ++i)
            reader.feedStderr(QByteArray("line ") + QByteArray::number(i) + '\n');
        const QStringList tail = reader.stderrTail().split(QLatin1Char('\n'));
        QCOMPARE(tail.size(), 20);
        QCOMPARE(tail.first(), QStringLiteral("line 11"));
        QCOMPARE(tail.last(), QStringLiteral("line 30"));
    }

    // Twenty lines of a MiB each would keep 20 MiB for a detail view; the tail keeps 64 Ki characters.
    void stderrTailIsCapped()
    {
        PowerShellOutputReader reader;
        const QByteArray big(512 * 1024, 'e');
        for (int i = 0; i < 20; ++i) {
            reader.feedStderr(big);
            reader.feedStderr("\n");
        }
        reader.feedStderr("last\n");
        QVERIFY2(reader.stderrTail().size() <= reader.limits().stderrTailChars + 1,
                 qPrintable(QString::number(reader.stderrTail().size())));
        QVERIFY(reader.stderrTail().endsWith(QStringLiteral("last")));
        QVERIFY(reader.keptBytes() <= 2 * (reader.limits().stderrTailChars + 8));
    }

    // The caps, at their real sizes: a line that never ends, fed as a pipe would (64 KiB at a time).
    void endlessLineStaysBounded_data()
    {
        QTest::addColumn<bool>("onStdout");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<qsizetype>("cap");
        const PowerShellOutputReader::Limits limits;
        QTest::newRow("stdout") << true << QByteArray("x") << limits.lineBytes;
        QTest::newRow("stderr") << false << QByteArray("x") << limits.lineBytes;
        QTest::newRow("stderr starting like a marker") << false << marker() << limits.lineBytes;
        QTest::newRow("stdout result line") << true << marker() << marker().size() + limits.resultBytes;
    }

    void endlessLineStaysBounded()
    {
        QFETCH(bool, onStdout);
        QFETCH(QByteArray, start);
        QFETCH(qsizetype, cap);
        PowerShellOutputReader reader;
        const QByteArray chunk(64 * 1024, 'a');
        const auto feed = [&](QByteArrayView bytes) {
            return onStdout ? reader.feedStdout(bytes) : reader.feedStderr(bytes);
        };
        QVERIFY(feed(start).isEmpty());
        qsizetype most = 0;
        for (qsizetype fed = 0; fed < 64 * kMiB; fed += chunk.size()) {
            QVERIFY(feed(chunk).isEmpty());
            most = std::max(most, reader.bufferedBytes());
        }
        QVERIFY2(most <= cap + 1, qPrintable(QStringLiteral("held %1 bytes").arg(most)));
        QVERIFY(reader.keptBytes() <= cap + 1);
        // The line ends at last: its start comes out, cut; reading goes on as before.
        const QList<Line> lines = feed("tail\nnext\n");
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().cut);
        QCOMPARE(lines.at(1).text, QStringLiteral("next"));
        QVERIFY(!lines.at(1).cut);
        QCOMPARE(reader.cutLines(), 1);
        QCOMPARE(reader.bufferedBytes(), 0);
        if (start == marker() && onStdout) {
            QCOMPARE(lines.first().kind, Kind::Result);
            QVERIFY(reader.resultTooLarge());
            QVERIFY(reader.resultText().isEmpty());
        } else {
            QCOMPARE(lines.first().text.size(), cap);
            QVERIFY(lines.first().text.startsWith(QString::fromLatin1(start)));
        }
    }

    void cutAtTheCap_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("expected");
        // Small caps: line 8, result 12 (after the marker).
        QTest::newRow("exactly the cap") << QByteArray("12345678\n") << QList<QByteArray>{"o:12345678"};
        QTest::newRow("exactly the cap, crlf")
            << QByteArray("12345678\r\n") << QList<QByteArray>{"o:12345678"};
        QTest::newRow("one over") << QByteArray("123456789\n") << QList<QByteArray>{"o:12345678!"};
        QTest::newRow("one over, cr inside")
            << QByteArray("1234567\r9\n") << QList<QByteArray>{"o:1234567\r!"};
        QTest::newRow("far over, then more")
            << QByteArray("123456789abcdef\nok\n") << QList<QByteArray>{"o:12345678!", "o:ok"};
        QTest::newRow("far over without newline")
            << QByteArray("123456789abcdef") << QList<QByteArray>{"o:12345678!"};
        QTest::newRow("result at its cap") << marker() + "{\"a\":\"1234\"}\n"
                                           << QList<QByteArray>{"r:{\"a\":\"1234\"}"};
        QTest::newRow("result over its cap") << marker() + "{\"a\":\"12345\"}\n" << QList<QByteArray>{"r:!"};
        QTest::newRow("later result within its cap wins")
            << marker() + "{\"a\":\"123456789\"}\n" + marker() + "{}\n"
            << QList<QByteArray>{"r:!", "r:{}"};
    }

    void cutAtTheCap()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, expected);
        PowerShellOutputReader::Limits limits;
        limits.lineBytes = 8;
        limits.resultBytes = 12;
        // Whole, and one byte at a time: the same lines.
        for (const bool bytewise : {false, true}) {
            PowerShellOutputReader reader(limits);
            QList<QByteArray> chunks;
            if (bytewise) {
                for (const char c : input)
                    chunks << QByteArray("1") + c;
            } else {
                chunks << "1" + input;
            }
            QCOMPARE(feedAll(reader, chunks), expected);
        }
    }

    void resultOverItsCapFailsTheRun()
    {
        PowerShellOutputReader reader;
        const qsizetype cap = reader.limits().resultBytes;
        QByteArray json = "{\"text\":\"" + QByteArray(cap, 'a') + "\"}";
        reader.feedStdout(marker());
        for (qsizetype at = 0; at < json.size(); at += 64 * 1024)
            reader.feedStdout(
                QByteArrayView(json).sliced(at, std::min<qsizetype>(64 * 1024, json.size() - at)));
        reader.feedStdout("\n");
        QVERIFY(reader.bufferedBytes() == 0);
        const PowerShellResult r = reader.result(0, false, Outcome::Unknown, 0);
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("larger than 16 MB")), qPrintable(r.error));
        QVERIFY(r.result.isEmpty());
        // Just under the cap: read as before.
        reader.reset();
        json = "{\"text\":\"" + QByteArray(cap - 11, 'a') + "\"}";
        QCOMPARE(json.size(), cap);
        reader.feedStdout(marker() + json + "\r\n");
        const PowerShellResult ok = reader.result(0, false, Outcome::Unknown, 0);
        QCOMPARE(ok.outcome, Outcome::Ok);
        QCOMPARE(ok.result.value(QStringLiteral("text")).toString().size(), cap - 11);
    }

    // Issue 17: a Japanese Windows over ssh writes its own text in CP932, ours in UTF-8, on one pipe.
    void hostCodePage_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QList<QByteArray>>("expected");
        QTest::addColumn<QByteArray>("resultText");
        const QByteArray result = marker() + "{\"name\":\"" + kDeniedUtf8 + "\"}";

        QTest::newRow("announced, then a CP932 line")
            << QList<QByteArray>{"1" + kAnnounce932 + "\r\n", "1" + kDeniedCp932 + "\r\n"}
            << QList<QByteArray>{"c:" + kAnnounce932, "o:" + kDeniedUtf8} << QByteArray();
        // The reader gets chunks: a double-byte character split across two reads is joined first.
        QTest::newRow("CP932 character split across reads")
            << QList<QByteArray>{"1" + kAnnounce932 + "\n" + kDeniedCp932.left(3),
                                 "1" + kDeniedCp932.mid(3) + "\n"}
            << QList<QByteArray>{"c:" + kAnnounce932, "o:" + kDeniedUtf8} << QByteArray();
        QTest::newRow("UTF-8 markers and CP932 lines in one stream")
            << QList<QByteArray>{"1" + kAnnounce932 + "\n##eflow-progress## 10 Step\n" + kDeniedCp932 + "\n" +
                                     result + "\n" + kDeniedCp932.left(7),
                                 "1" + kDeniedCp932.mid(7) + "\n"}
            << QList<QByteArray>{"c:" + kAnnounce932, "o:##eflow-progress## 10 Step", "o:" + kDeniedUtf8,
                                 "r:{\"name\":\"" + kDeniedUtf8 + "\"}", "o:" + kDeniedUtf8}
            << QByteArray("{\"name\":\"" + kDeniedUtf8 + "\"}");
        // Each stream has its own announcement, so the order the two pipes are read in changes nothing.
        QTest::newRow("stderr announces for itself")
            << QList<QByteArray>{"2" + kAnnounce932 + "\r\n" + kDeniedCp932 + "\r\n",
                                 "1" + kAnnounce932 + "\n"}
            << QList<QByteArray>{"c:" + kAnnounce932, "e:" + kDeniedUtf8, "c:" + kAnnounce932}
            << QByteArray();
        QTest::newRow("no announcement: kana make the guess")
            << QList<QByteArray>{"2" + kDeniedCp932 + "\n"} << QList<QByteArray>{"e:" + kDeniedUtf8}
            << QByteArray();
        // The bootstrap set UTF-8: what still is not UTF-8 came in the ANSI code page.
        QTest::newRow("UTF-8 console, ANSI code page for the rest")
            << QList<QByteArray>{"1##eflow-encoding## output=65001 ansi=932\n" + kDeniedUtf8 + "\n" +
                                 kDeniedCp932 + "\n"}
            << QList<QByteArray>{"c:##eflow-encoding## output=65001 ansi=932", "o:" + kDeniedUtf8,
                                 "o:" + kDeniedUtf8}
            << QByteArray();
        // Invalid bytes in both encodings: replacement characters, the markers and the result unharmed.
        // On stderr (no announcement) the line is neither UTF-8 nor clean CP932: Windows-1252 reads it.
        QTest::newRow("invalid bytes never cost a marker")
            << QList<QByteArray>{"1" + kAnnounce932 + "\n\xff\xfe x\n", "1" + result + "\n\xe3\n\x81 y\n",
                                 "2\xe3\x81\x82\xff\n"}
            << QList<QByteArray>{"c:" + kAnnounce932,
                                 "o:\xef\xbf\xbd\xef\xbf\xbd x",
                                 "r:{\"name\":\"" + kDeniedUtf8 + "\"}",
                                 "o:\xef\xbf\xbd",
                                 "o:\xef\xbf\xbd y",
                                 "e:\xc3\xa3\xc2\x81\xe2\x80\x9a\xc3\xbf"}
            << QByteArray("{\"name\":\"" + kDeniedUtf8 + "\"}");
        QTest::newRow("nonsense announcement is ignored")
            << QList<QByteArray>{"1##eflow-encoding## output=x ansi=-5 foo\n" + kDeniedCp932 + "\n"}
            << QList<QByteArray>{"c:##eflow-encoding## output=x ansi=-5 foo", "o:" + kDeniedUtf8}
            << QByteArray();
    }

    void hostCodePage()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QList<QByteArray>, expected);
        QFETCH(QByteArray, resultText);
        PowerShellOutputReader reader;
        QCOMPARE(feedAll(reader, chunks), expected);
        QCOMPARE(reader.resultText(), resultText);
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    // The ja-JP samples, fed in every chunk size from 1 to 16 bytes: the same lines as fed whole, the
    // announcement out of the stderr tail, no replacement character in any line.
    void jaSamplesAnyChunking_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"bootstrap_policy.stderr.bin", "access_denied.stderr.bin", "elevation.stderr.bin",
              "download_404.stderr.bin", "import_module_policy.stderr.bin"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void jaSamplesAnyChunking()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readJaSample(file);
        QList<QByteArray> whole;
        for (int size = 1; size <= 16; ++size) {
            PowerShellOutputReader reader;
            // import_module_policy is PowerShell's rendering without the bootstrap: the guess reads it.
            QList<QByteArray> chunks;
            for (qsizetype at = 0; at < bytes.size(); at += size)
                chunks << "2" + bytes.mid(at, size);
            const QList<QByteArray> got = feedAll(reader, chunks);
            if (size == 1)
                whole = got;
            QCOMPARE(got, whole);
            QVERIFY2(!got.join('\n').contains("\xef\xbf\xbd"), got.join('\n').constData());
            QVERIFY(!reader.stderrTail().contains(QStringLiteral("##eflow-encoding##")));
        }
        QVERIFY(whole.size() >= 2);
        QVERIFY(whole.last().startsWith("e:"));
    }

    void resetKeepsTheCodePageSetByTheCaller()
    {
        PowerShellOutputReader reader;
        reader.setCodePage(932);
        QCOMPARE(reader.stdoutCodePage(), 932);
        reader.feedStdout("##eflow-encoding## output=1252 ansi=1252\n");
        QCOMPARE(reader.stdoutCodePage(), 1252);
        QCOMPARE(reader.stderrCodePage(), 932);
        reader.reset();
        QCOMPARE(reader.codePage(), 932);
        QCOMPARE(reader.stdoutCodePage(), 932);
        const QList<Line> lines = reader.feedStdout(kDeniedCp932 + "\n");
        QCOMPARE(lines.value(0).text.toUtf8(), kDeniedUtf8);
    }

    void resetForgetsTheRun()
    {
        PowerShellOutputReader reader;
        reader.feedStdout(marker() + "{}\npartial");
        reader.feedStderr("err\n");
        reader.reset();
        QVERIFY(!reader.sawResult());
        QCOMPARE(reader.bufferedBytes(), 0);
        QVERIFY(reader.stderrTail().isEmpty());
        QVERIFY(reader.finish().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HostPsOutput)
#include "tst_host_psoutput.moc"
