// Text in terminal columns (app/TerminalWidth): the width of German, Japanese and mixed cells, cutting and
// padding at odd widths without ever parting a surrogate pair or a combining mark from its base; and, end to
// end, `eflow-wizard --lang ja fleet run` on a pseudo-terminal (script(1)) whose live table keeps every
// column boundary of every row, the header's included, at the same display column; and `host probe --lang
// ja`, whose facts keep their values in one column after Japanese labels.
#undef QT_NO_CAST_FROM_ASCII

#include <QtTest>

#include "app/TerminalWidth.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

using eflow::app::fitToWidth;
using eflow::app::leftJustifiedToWidth;
using eflow::app::rightJustifiedToWidth;
using eflow::app::terminalWidth;
using eflow::app::truncateToWidth;

namespace {

// No high surrogate without its low one after it, and no low one without its high one before it.
bool surrogatesPaired(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// The display column where the text after the first run of spaces at or after `from` starts.
int columnAfterSpaces(const QString &line, qsizetype from)
{
    qsizetype i = line.indexOf(QLatin1Char(' '), from);
    if (i < 0)
        return -1;
    while (i < line.size() && line[i] == QLatin1Char(' '))
        ++i;
    return terminalWidth(QStringView(line).left(i));
}

struct Boundaries
{
    int phase = -1;   // where the PHASE column starts
    int percent = -1; // where the "%" of the percent column is
    int elapsed = -1; // where the ELAPSED column ends
    bool operator==(const Boundaries &o) const
    {
        return phase == o.phase && percent == o.percent && elapsed == o.elapsed;
    }
};

QString describe(const Boundaries &b)
{
    return QString("phase at %1, percent sign at %2, elapsed ends at %3")
        .arg(b.phase)
        .arg(b.percent)
        .arg(b.elapsed);
}

} // namespace

class TestTerminalWidth final : public QObject
{
    Q_OBJECT

private slots:
    void width_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ASCII") << "HOST" << 4;
        QTest::newRow("German umlauts and sharp s") << "Größe prüfen" << 12;
        QTest::newRow("German header") << "VERSTRICHEN" << 11;
        QTest::newRow("katakana") << "ホスト" << 6;
        QTest::newRow("kanji") << "経過時間" << 8;
        QTest::newRow("hiragana and kanji") << "最後の行" << 8;
        QTest::newRow("long vowel mark") << "フェーズ" << 8;
        QTest::newRow("CJK punctuation") << "、。「」" << 8;
        QTest::newRow("ideographic space") << "\u3000" << 2;
        QTest::newRow("fullwidth forms") << "ＡＢＣ１" << 8;
        QTest::newRow("halfwidth katakana") << "ｶﾀｶﾅ" << 4;
        QTest::newRow("Hangul") << "한국어" << 6;
        QTest::newRow("mixed Latin and Japanese") << "demo:win11-pro の 仮想マシン" << 28;
        QTest::newRow("mixed German and Japanese") << "Zielgerät (ターゲット)" << 22;
        QTest::newRow("combining acute") << "e\u0301" << 1;
        QTest::newRow("decomposed ga") << "か\u3099" << 2;
        QTest::newRow("precomposed ga") << "が" << 2;
        QTest::newRow("zero width space") << "a\u200Bb" << 2;
        QTest::newRow("kanji outside the BMP") << "\U00020BB7野家" << 6;
        QTest::newRow("emoji") << "ok \U0001F600" << 5;
        QTest::newRow("ellipsis counts narrow") << "…" << 1;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << 1;
    }

    void width()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(terminalWidth(text), columns);
    }

    void truncate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << "ホスト" << 6 << "ホスト";
        QTest::newRow("odd width leaves the straddling character out") << "ホスト" << 5 << "ホス";
        QTest::newRow("one column: no wide character") << "ホスト" << 1 << "";
        QTest::newRow("zero") << "abc" << 0 << "";
        QTest::newRow("German") << "Größe" << 3 << "Grö";
        QTest::newRow("mixed, cut before the kanji") << "ab日本" << 3 << "ab";
        QTest::newRow("mixed, odd width") << "ab日本" << 5 << "ab日";
        QTest::newRow("surrogate pair kept whole") << "a\U0001F600b" << 2 << "a";
        QTest::newRow("surrogate pair fits") << "a\U0001F600b" << 3 << "a\U0001F600";
        QTest::newRow("kanji outside the BMP") << "\U00020BB7\U00020BB7" << 3 << "\U00020BB7";
        QTest::newRow("mark stays with its base") << "e\u0301x" << 1 << "e\u0301";
        QTest::newRow("decomposed ga stays whole") << "か\u3099き" << 3 << "か\u3099";
    }

    void truncate()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QFETCH(QString, expected);
        const QString cut = truncateToWidth(text, columns);
        QCOMPARE(cut, expected);
        QVERIFY(terminalWidth(cut) <= qMax(0, columns));
        QVERIFY(surrogatesPaired(cut));
    }

    void fit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("padded") << "ホスト" << 8 << "ホスト  ";
        QTest::newRow("exact") << "経過時間" << 8 << "経過時間";
        QTest::newRow("cut, even room") << "フェーズの名前" << 7 << "フェー…";
        QTest::newRow("cut, odd room: padded after the ellipsis") << "フェーズの名前" << 6 << "フェ… ";
        QTest::newRow("German cut") << "Zielgerät prüfen" << 10 << "Zielgerät…";
        QTest::newRow("mixed cut, even room") << "VM の作成 (Deploy-Eflow)" << 8 << "VM の作…";
        QTest::newRow("mixed cut, odd room") << "VM の作成 (Deploy-Eflow)" << 9 << "VM の作… ";
        QTest::newRow("emoji never halved") << "a\U0001F600\U0001F600" << 4 << "a\U0001F600…";
        QTest::newRow("line breaks become spaces") << "eins\nzwei" << 10 << "eins zwei ";
        QTest::newRow("one column") << "ホスト" << 1 << "…";
        QTest::newRow("no room") << "ホスト" << 0 << "";
    }

    void fit()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QFETCH(QString, expected);
        const QString fitted = fitToWidth(text, columns);
        QCOMPARE(fitted, expected);
        QCOMPARE(terminalWidth(fitted), qMax(0, columns));
        QVERIFY(surrogatesPaired(fitted));
    }

    void justify()
    {
        QCOMPARE(leftJustifiedToWidth(u"日本", 6), QString("日本  "));
        QCOMPARE(rightJustifiedToWidth(u"日本", 6), QString("  日本"));
        QCOMPARE(rightJustifiedToWidth(u"経過時間", 6), QString("経過時間")); // never cut
        QCOMPARE(leftJustifiedToWidth(u"Größe", 7), QString("Größe  "));
        QCOMPARE(rightJustifiedToWidth(u"42%", 4), QString(" 42%"));
    }

    // The live table of `fleet run` in Japanese on an 81-column pseudo-terminal: the header and every row
    // start PHASE, put "%" and end ELAPSED at the same display columns, and no line reaches the last column
    // (which would wrap and break the redraw's cursor movements).
    void japaneseFleetTableLinesUp()
    {
        const QString binary = eflow::testsupport::wizardBinary();
        QVERIFY2(!binary.isEmpty(), "EFLOW_WIZARD_BIN must name the built eflow-wizard");
        const QString script = QStandardPaths::findExecutable("script");
        if (script.isEmpty())
            QSKIP("script(1) (bsdutils) is not installed: no pseudo-terminal for the live table");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray csv = "target,registration_id\n";
        const char *scenarios[] = {"win11-pro", "win10-home", "win11-pro", "server-no-switch", "win11-pro"};
        int n = 0;
        for (const char *scenario : scenarios)
            csv += QString("demo:%1/line-%2,cam-%2\n").arg(scenario).arg(++n).toUtf8();
        const QString fleet = eflow::testsupport::writeInputFile(dir.filePath("fleet.csv"), csv);
        const QString plan = eflow::testsupport::writeInputFile(
            dir.filePath("plan.json"), R"({"schema":1,"release":"1.4","eulaAccepted":true})");
        const int columns = 81;
        const QString command =
            QString("stty cols %1 rows 30; '%2' --lang ja fleet run '%3' --plan '%4' --speed 0 "
                    "--concurrency 3")
                .arg(columns)
                .arg(binary, fleet, plan);
        QProcess process;
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(dir.path());
        env.insert("TERM", "xterm");
        process.setProcessEnvironment(env);
        process.start(script, {"-qec", command, "/dev/null"});
        QVERIFY(process.waitForFinished(180000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 1, qPrintable(out)); // two hosts are unsupported

        // The last drawing: from its header line (the one naming the PHASE column) to the "clear below" that
        // ends every drawing.
        const qsizetype end = out.lastIndexOf("\x1b[J");
        QVERIFY2(end > 0, qPrintable(out));
        const qsizetype phase = out.lastIndexOf("フェーズ", end);
        QVERIFY2(phase > 0, qPrintable(out));
        const qsizetype start = out.lastIndexOf('\n', phase) + 1;
        QStringList lines;
        for (QString line : out.mid(start, end - start).split('\n')) {
            line.remove("\x1b[K").remove('\r');
            if (!line.isEmpty())
                lines << line;
        }
        QVERIFY2(lines.size() == 1 + 5, qPrintable(lines.join('\n'))); // the header and the five hosts
        QVERIFY2(lines.first().contains("経過時間") && lines.first().contains("最後の行"),
                 qPrintable(lines.first()));

        auto boundaries = [](const QString &line, bool isHeader) {
            Boundaries b;
            b.phase = columnAfterSpaces(line, 0);
            const qsizetype percent = line.indexOf('%');
            b.percent = percent < 0 ? -1 : terminalWidth(QStringView(line).left(percent));
            const QRegularExpression elapsed(isHeader ? QString("経過時間") : QString("\\d\\d:\\d\\d"));
            const QRegularExpressionMatch m = elapsed.match(line, qMax<qsizetype>(0, percent));
            b.elapsed = m.hasMatch() ? terminalWidth(QStringView(line).left(m.capturedEnd())) : -1;
            return b;
        };
        const Boundaries expected = boundaries(lines.first(), true);
        QVERIFY2(expected.phase > 0 && expected.percent > expected.phase &&
                     expected.elapsed > expected.percent,
                 qPrintable(describe(expected)));
        bool japaneseCell = false;
        for (const QString &line : lines) {
            QVERIFY2(terminalWidth(line) < columns, qPrintable(line));
            QVERIFY2(surrogatesPaired(line), qPrintable(line));
            const Boundaries b = boundaries(line, line == lines.first());
            QVERIFY2(
                b == expected,
                qPrintable(QString("%1\n  %2\n  header: %3").arg(line, describe(b), describe(expected))));
            // The rows hold Japanese (phases, causes) in the cells that are padded or cut.
            if (line != lines.first())
                japaneseCell = japaneseCell || terminalWidth(line) > line.size();
        }
        QVERIFY2(japaneseCell, qPrintable(lines.join('\n')));
    }

    // `host probe --lang ja`: the facts' values start at the same display column on every line, after
    // labels in kana and kanji (two columns a character) as after ASCII ones.
    void japaneseHostFactsLineUp()
    {
        const QString binary = eflow::testsupport::wizardBinary();
        QVERIFY2(!binary.isEmpty(), "EFLOW_WIZARD_BIN must name the built eflow-wizard");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess process;
        process.setProcessEnvironment(eflow::testsupport::cleanEnvironment(dir.path()));
        process.start(binary, {"--lang", "ja", "host", "probe", "--demo", "--speed", "0"});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(out));
        // The facts: the lines after the first blank line, up to the next one.
        const QStringList blocks = out.split("\n\n");
        QVERIFY2(blocks.size() >= 3, qPrintable(out));
        const QStringList facts = blocks.at(1).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(facts.size() >= 8, qPrintable(blocks.at(1)));
        const int valueColumn = 2 + 24 + 1; // after two spaces, the label's 24 columns and one space
        int japaneseLabels = 0;
        for (const QString &line : facts) {
            const QString before = truncateToWidth(line, valueColumn);
            QVERIFY2(
                terminalWidth(before) == valueColumn && before.endsWith(' ') && line.size() > before.size() &&
                    line.at(before.size()) != ' ',
                qPrintable(QString("the value does not start at column %1:\n%2").arg(valueColumn).arg(line)));
            if (terminalWidth(before) > before.size())
                ++japaneseLabels;
        }
        QVERIFY2(japaneseLabels >= 5, qPrintable(blocks.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalWidth)
#include "tst_terminal_width.moc"
