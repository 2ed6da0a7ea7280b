// `eflow-wizard fleet run` as a technician or a script uses it (issue 16 items 2 and 6), against demo hosts:
// the command line's refusals and exit codes; a run killed with SIGKILL in the middle and run again, after
// which every demo machine was deployed exactly once and provisioned exactly once; Ctrl+C (SIGINT) ending
// with exit code 6 and a rerun that finishes; the group key from standard input (right and wrong); and the
// results files, scanned for every key the demo DPS holds and for anything that looks like a key.
#undef QT_NO_CAST_FROM_ASCII
#include <csignal>

#include <QtTest>

#include <signal.h>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

namespace {

using Run = eflow::testsupport::CliRun;

} // namespace

class TestFleetCli final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment() const { return eflow::testsupport::cleanEnvironment(m_dir->path()); }

    Run run(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 300000)
    {
        return eflow::testsupport::runCli(m_binary, QStringList{"fleet", "run"} + arguments, stdinData,
                                          environment(), timeoutMs);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return eflow::testsupport::writeInputFile(m_dir->filePath(name), content);
    }

    QString plan() { return writeFile("plan.json", R"({"schema":1,"release":"1.4","eulaAccepted":true})"); }

    QString fleet(int hosts, const QString &scenario = "win11-pro")
    {
        QByteArray csv = "target,registration_id\n";
        for (int i = 1; i <= hosts; ++i)
            csv += QString("demo:%1/m-%2,{hostname}\n").arg(scenario).arg(i).toUtf8();
        return writeFile("fleet.csv", csv);
    }

    QJsonObject simState(const QString &machine) const
    {
        QDirIterator it(m_dir->filePath("data"), {"sim-host.json"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith("@" + machine + "/sim-host.json")) {
                QFile f(path);
                if (f.open(QIODevice::ReadOnly))
                    return QJsonDocument::fromJson(f.readAll()).object();
            }
        }
        return {};
    }

    QPair<int, int> counts(const QString &machine) const
    {
        const QJsonObject s = simState(machine);
        return {s.value("vm").toObject().value("deployCount").toInt(0),
                s.value("provisioning").toObject().value("count").toInt(0)};
    }

    // Every key the demo DPS keeps (its enrollments' and groups' keys, its service policy's).
    QList<QByteArray> dpsKeys() const
    {
        QList<QByteArray> keys;
        QDirIterator it(m_dir->filePath("data"), {"state.json"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = f.readAll();
            const QRegularExpression key("\"(primaryKey|secondaryKey|servicePolicyKey)\": ?\"([^\"]+)\"");
            for (auto m = key.globalMatch(QString::fromUtf8(text)); m.hasNext();)
                keys << m.next().captured(2).toUtf8();
        }
        return keys;
    }

    void expectNoKeys(const QString &file)
    {
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray text = f.readAll();
        const QList<QByteArray> keys = dpsKeys();
        QVERIFY(keys.size() >= 3);
        for (const QByteArray &key : keys)
            QVERIFY2(!text.contains(key), qPrintable(file));
        // Nothing that looks like a base64 key at all (a device key is 44 characters).
        QVERIFY2(!QRegularExpression("[A-Za-z0-9+/]{40,}={0,2}").match(QString::fromUtf8(text)).hasMatch(),
                 text.constData());
    }

    // Starts `fleet run` and returns once its output holds `enough` lines with `marker`.
    bool startUntil(QProcess &process, const QStringList &arguments, const QByteArray &marker, int enough,
                    QByteArray *seen)
    {
        process.setProcessEnvironment(environment());
        process.start(m_binary, QStringList{"fleet", "run"} + arguments);
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (seen->count(marker) < enough && clock.elapsed() < 120000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            *seen += process.readAllStandardOutput();
        }
        return seen->count(marker) >= enough && process.state() == QProcess::Running;
    }

private slots:
    void initTestCase() { EFLOW_REQUIRE_WIZARD_BINARY(m_binary); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fleetCsv");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QByteArray demo = "target,registration_id\ndemo:win11-pro/a,a\n";
        QTest::newRow("no fleet file") << QStringList{"--plan", "PLAN"} << QByteArray() << 2 << "FLEET_FILE";
        QTest::newRow("no plan") << QStringList{"FLEET"} << demo << 2 << "--plan";
        QTest::newRow("concurrency 0") << QStringList{"FLEET", "--plan", "PLAN", "--concurrency", "0"} << demo << 2
                                       << "--concurrency";
        QTest::newRow("results .txt") << QStringList{"FLEET", "--plan", "PLAN", "--results", "r.txt"} << demo << 2
                                      << ".csv or .json";
        QTest::newRow("fleet file missing") << QStringList{"nothing.csv", "--plan", "PLAN"} << demo << 4
                                            << "nothing.csv";
        QTest::newRow("bad row") << QStringList{"FLEET", "--plan", "PLAN"}
                                 << QByteArray("target,registration_id\ndemo:win11-pro/a,bad id\n") << 3
                                 << "fleet.csv:2: registration_id";
        QTest::newRow("plan missing") << QStringList{"FLEET", "--plan", "none.json"} << demo << 4 << "none.json";
        QTest::newRow("ssh host without a key")
            << QStringList{"FLEET", "--plan", "SCOPED_PLAN"}
            << QByteArray("target,registration_id\nssh://admin@192.0.2.7,a\n") << 3 << "--group-key";
        QTest::newRow("a key in argv") << QStringList{"FLEET", "--plan", "PLAN", "--group-key",
                                                      "4H9FGJvKaNyoq4hU9FNsgKA2b1DUSG/m22hb5MEWCeDeOFcO85zDiD8zmVl71VQDxEAbb9ikiXd4hZ/MNsKj9g=="}
                                       << demo << 2 << "key";
        QTest::newRow("row memory too small") << QStringList{"FLEET", "--plan", "PLAN"}
                                              << QByteArray("target,registration_id,memory_mb\ndemo:win11-pro/a,a,100\n")
                                              << 3 << "fleet.csv:2:";
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fleetCsv);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString fleetFile = writeFile("fleet.csv", fleetCsv);
        arguments.replaceInStrings(QRegularExpression("^FLEET$"), fleetFile);
        arguments.replaceInStrings(QRegularExpression("^PLAN$"), plan());
        arguments.replaceInStrings(
            QRegularExpression("^SCOPED_PLAN$"),
            writeFile("scoped.json",
                      R"({"schema":1,"release":"1.4","eulaAccepted":true,"provisioning":{"idScope":"0ne00000A1B"}})"));
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QVERIFY2(!r.err.contains("4H9FGJvKaNyoq4hU9FNsgKA2b1DUSG"), r.err.constData());
    }

    void killedRunDoesNothingTwice()
    {
        const QStringList arguments{fleet(16), "--plan", plan(), "--concurrency", "6", "--results",
                                    m_dir->filePath("results.csv"), "--results", m_dir->filePath("results.json")};
        QProcess process;
        QByteArray seen;
        // Killed once a few hosts are provisioned and others are in the middle of their work.
        QVERIFY2(startUntil(process, arguments + QStringList{"--speed", "5"}, "provisioned as", 3, &seen),
                 seen.constData());
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!seen.contains("\x1b["), "no live table on a pipe");

        const Run again = run(arguments + QStringList{"--speed", "0"});
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        QVERIFY2(again.out.contains("16 hosts: 16 provisioned"), again.out.constData());
        for (int i = 1; i <= 16; ++i)
            QCOMPARE(counts(QString("m-%1").arg(i)), qMakePair(1, 1));
        expectNoKeys(m_dir->filePath("results.csv"));
        expectNoKeys(m_dir->filePath("results.json"));
        const QByteArray csv = [&] {
            QFile f(m_dir->filePath("results.csv"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(csv.count("provisioned"), 16);

        // A third run finds everything done and touches no host.
        const Run third = run(arguments + QStringList{"--speed", "0"}, {}, 60000);
        QVERIFY2(third.exitCode == 0, (third.out + third.err).constData());
        QVERIFY2(!third.out.contains(": deploy"), third.out.constData());
        for (int i = 1; i <= 16; ++i)
            QCOMPARE(counts(QString("m-%1").arg(i)), qMakePair(1, 1));
    }

    void ctrlCStopsCleanly()
    {
        const QStringList arguments{fleet(4), "--plan", plan(), "--concurrency", "2"};
        QProcess process;
        QByteArray seen;
        QVERIFY2(startUntil(process, arguments + QStringList{"--speed", "0.3"}, ": deploy", 2, &seen),
                 seen.constData());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        seen += process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 6, (seen + process.readAllStandardError()).constData());
        QVERIFY2(seen.contains("Cancelled: run the same command again"), seen.constData());
        const Run again = run(arguments + QStringList{"--speed", "0"});
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(counts(QString("m-%1").arg(i)), qMakePair(1, 1));
    }

    // On a terminal (a pseudo-terminal made by script(1)) the run redraws a live table in place.
    void liveTableOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable("script");
        if (script.isEmpty())
            QSKIP("script(1) (bsdutils) is not installed: no pseudo-terminal for the live table");
        const QString command = QString("'%1' fleet run '%2' --plan '%3' --speed 0 --concurrency 2")
                                    .arg(m_binary, fleet(3), plan());
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert("TERM", "xterm");
        process.setProcessEnvironment(env);
        process.start(script, {"-qec", command, "/dev/null"});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("\x1b[") && out.contains("HOST") && out.contains("LAST LINE"), out.constData());
        QVERIFY2(out.contains("3 hosts: 3 provisioned"), out.constData());
    }

    void groupKeyFromStdin()
    {
        // The demo group's key: provisioned. Its DPS starts with the first run, so a first run makes it.
        const QString fleetFile = fleet(2);
        const Run first = run({fleetFile, "--plan", plan(), "--speed", "0"});
        QVERIFY2(first.exitCode == 0, (first.out + first.err).constData());
        QByteArray groupKey;
        QDirIterator it(m_dir->filePath("data"), {"state.json"}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject dps = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &g : dps.value("enrollmentGroups").toArray())
            if (g.toObject().value("enrollmentGroupId").toString() == "demo-group")
                groupKey = g.toObject()["attestation"].toObject()["symmetricKey"].toObject()["primaryKey"].toString().toUtf8();
        QVERIFY(!groupKey.isEmpty());

        const QString other = writeFile("other.csv", "target,registration_id\ndemo:win11-pro/x-1,{hostname}\n");
        const Run right = run({other, "--plan", plan(), "--speed", "0", "--group-key-stdin"}, groupKey + "\n");
        QVERIFY2(right.exitCode == 0, (right.out + right.err).constData());
        QVERIFY(!right.out.contains(groupKey) && !right.err.contains(groupKey));

        // A wrong key: reported with its cause, exit 1, and nothing of the key printed.
        const QByteArray wrong = "rLZCBbn67vwqAwyHWhSOsiPqnmJ/h0fstX0/NwD/hXIZNp5gbE8Oez4KRg9FolAY9jMQFMj4QYAyNWhOhLKBDg==";
        const QString third = writeFile("third.csv", "target,registration_id\ndemo:win11-pro/y-1,{hostname}\n");
        const Run bad = run({third, "--plan", plan(), "--speed", "0", "--group-key-stdin"}, wrong + "\n");
        QVERIFY2(bad.exitCode == 1, (bad.out + bad.err).constData());
        QVERIFY2(bad.out.contains("DPS rejected the key for registration ID y-1"), bad.out.constData());
        QVERIFY(!bad.out.contains(wrong.left(20)) && !bad.err.contains(wrong.left(20)));
        // Not a key at all: refused before anything runs.
        const Run notKey = run({third, "--plan", plan(), "--speed", "0", "--group-key-stdin"}, "hello\n");
        QVERIFY2(notKey.exitCode == 3, (notKey.out + notKey.err).constData());
        QVERIFY2(notKey.err.contains("--group-key-stdin"), notKey.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFleetCli)
#include "tst_fleet_cli.moc"
