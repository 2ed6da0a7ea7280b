// The eflow-wizard executable as a script or a technician uses it: derive-key in single and batch mode,
// its refusals and exit codes, --help/--version, and the headless demo walk when there is no display.
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray groupKey =
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";

using Run = eflow::testsupport::CliRun;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        // Logs and settings of these runs go to the temporary folder, not the user's.
        return eflow::testsupport::cleanEnvironment(m_dir.path());
    }

    Run run(const QStringList &arguments, const QByteArray &stdinData = {},
            const QProcessEnvironment &env = QProcessEnvironment())
    {
        return eflow::testsupport::runCli(m_binary, arguments, stdinData,
                                          env.isEmpty() ? environment() : env);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return eflow::testsupport::writeInputFile(m_dir.filePath(name), content);
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        QVERIFY(m_dir.isValid());
    }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("eflow-wizard "));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--demo"));
        QVERIFY(help.out.contains("derive-key"));
        const Run subHelp = run({QStringLiteral("derive-key"), QStringLiteral("--help")});
        QCOMPARE(subHelp.exitCode, 0);
        QVERIFY(subHelp.out.contains("--batch"));
        QVERIFY(subHelp.out.contains("--group-key-file"));
    }

    void deriveSingle_data()
    {
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<bool>("useKeyFile");
        QTest::newRow("key on stdin") << groupKey + '\n' << false;
        QTest::newRow("key on stdin, CRLF and spaces") << "  " + groupKey + " \r\n" << false;
        QTest::newRow("key in a file") << QByteArray() << true;
    }

    void deriveSingle()
    {
        QFETCH(QByteArray, stdinData);
        QFETCH(bool, useKeyFile);
        QStringList args = {QStringLiteral("derive-key"), QStringLiteral("--registration-id"),
                            QStringLiteral("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6")};
        if (useKeyFile)
            args << QStringLiteral("--group-key-file")
                 << writeFile(QStringLiteral("group.key"), groupKey + '\n');
        const Run r = run(args, stdinData);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=\n"));
    }

    void deriveBatch()
    {
        const QString ids = writeFile(QStringLiteral("ids.txt"), "# devices of line 3\n"
                                                                 "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6\r\n"
                                                                 "\n"
                                                                 "  Line3-Device:01  \n"
                                                                 "edge.node_7-\n");
        const QString output = m_dir.filePath(QStringLiteral("keys.csv"));
        QFile::remove(output);
        const Run r = run({QStringLiteral("derive-key"), QStringLiteral("--batch"), ids,
                           QStringLiteral("--output"), output},
                          groupKey + '\n');
        QCOMPARE(r.exitCode, 0);
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three IDs and the final newline
        const QList<QByteArray> expectedIds = {"sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6", "Line3-Device:01",
                                               "edge.node_7-"};
        for (int i = 0; i < expectedIds.size(); ++i) {
            QCOMPARE(lines.at(i),
                     expectedIds.at(i) + ',' + eflow::crypto::deriveDeviceKey(groupKey, expectedIds.at(i)));
        }
        QCOMPARE(
            lines.at(0),
            QByteArray("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6,Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="));

        // Without --output the same lines go to stdout.
        const Run toStdout = run({QStringLiteral("derive-key"), QStringLiteral("--batch"), ids}, groupKey);
        QCOMPARE(toStdout.exitCode, 0);
        QFile again(output);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(toStdout.out, again.readAll());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QByteArray>("idFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("messageFragment");

        const QString id = QStringLiteral("device-1");
        const QStringList single = {QStringLiteral("derive-key"), QStringLiteral("--registration-id"), id};
        const QStringList batch = {QStringLiteral("derive-key"), QStringLiteral("--batch"),
                                   QStringLiteral("@IDS@")};

        QTest::newRow("key as an argument")
            << (QStringList(single) << QStringLiteral("--group-key") << QString::fromLatin1(groupKey))
            << QByteArray() << QByteArray() << 2 << QByteArray("never taken on the command line");
        QTest::newRow("key as --key=")
            << (QStringList(single) << QStringLiteral("--key=") + QString::fromLatin1(groupKey))
            << QByteArray() << QByteArray() << 2 << QByteArray("never taken on the command line");
        QTest::newRow("connection string as an argument")
            << (QStringList(single) << QStringLiteral("HostName=h;DeviceId=d;SharedAccessKey=abc="))
            << QByteArray() << QByteArray() << 2 << QByteArray("never taken on the command line");
        QTest::newRow("no key on stdin")
            << single << QByteArray() << QByteArray() << 3 << QByteArray("no group key");
        QTest::newRow("malformed key")
            << single << QByteArray("not*base64==\n") << QByteArray() << 3 << QByteArray("Group key");
        QTest::newRow("key too short")
            << single << QByteArray("cGFzc3dvcmQ=\n") << QByteArray() << 3 << QByteArray("Group key");
        QTest::newRow("bad registration ID")
            << QStringList{QStringLiteral("derive-key"), QStringLiteral("--registration-id"),
                           QStringLiteral("dev/1")}
            << groupKey << QByteArray() << 3 << QByteArray("Registration ID");
        QTest::newRow("bad line in batch")
            << batch << groupKey << QByteArray("good-1\ngood-2\nbad id\n") << 3 << QByteArray("ids.txt:3:");
        QTest::newRow("duplicate in batch (case-insensitive)")
            << batch << groupKey << QByteArray("dev-a\nDEV-B\ndev-b\n") << 3 << QByteArray("repeats line 2");
        QTest::newRow("over-long line in batch")
            << batch << groupKey << QByteArray("good-1\ngood-2\n" + QByteArray(5000, 'x') + "\ngood-4\n") << 3
            << QByteArray("ids.txt:3: the line is longer than");
        QTest::newRow("ID file is a directory")
            << QStringList{QStringLiteral("derive-key"), QStringLiteral("--batch"), QStringLiteral("/")}
            << groupKey << QByteArray() << 4 << QByteArray("/ is a directory");
        QTest::newRow("missing ID file")
            << QStringList{QStringLiteral("derive-key"), QStringLiteral("--batch"),
                           QStringLiteral("/nonexistent/ids.txt")}
            << groupKey << QByteArray() << 4 << QByteArray("does not exist");
        QTest::newRow("missing key file")
            << (QStringList(single) << QStringLiteral("--group-key-file")
                                    << QStringLiteral("/nonexistent/key"))
            << QByteArray() << QByteArray() << 4 << QByteArray("does not exist");
        QTest::newRow("both modes") << (QStringList(single)
                                        << QStringLiteral("--batch") << QStringLiteral("x"))
                                    << groupKey << QByteArray() << 2 << QByteArray("either");
        QTest::newRow("neither mode") << QStringList{QStringLiteral("derive-key")} << groupKey << QByteArray()
                                      << 2 << QByteArray("either");
        QTest::newRow("unknown option") << (QStringList(single) << QStringLiteral("--frobnicate")) << groupKey
                                        << QByteArray() << 2 << QByteArray("frobnicate");
        QTest::newRow("unknown demo host") << QStringList{QStringLiteral("--demo=win95")} << QByteArray()
                                           << QByteArray() << 2 << QByteArray("no such demo host");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("derive-keys")} << QByteArray()
                                         << QByteArray() << 2 << QByteArray("unknown command");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(QByteArray, idFile);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, messageFragment);
        const QString output = m_dir.filePath(QStringLiteral("refused.csv"));
        QFile::remove(output);
        if (!idFile.isEmpty()) {
            const QString path = writeFile(QStringLiteral("ids.txt"), idFile);
            arguments.replaceInStrings(QStringLiteral("@IDS@"), path);
            arguments << QStringLiteral("--output") << output;
        }
        const Run r = run(arguments, stdinData);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        const QList<QByteArray> errLines = r.err.trimmed().split('\n');
        QVERIFY2(errLines.size() == 1, r.err.constData()); // one clear line
        QVERIFY2(r.err.contains(messageFragment), r.err.constData());
        QVERIFY2(!r.err.contains(groupKey.left(20)), "the key must never be echoed");
        QVERIFY2(!QFile::exists(output), "a failed batch must not leave an output file");
    }

    // Streamed in chunks over several threads: every key still lands on its own ID's line, in input order.
    void deriveBatchKeepsOrder()
    {
        QByteArray content;
        QList<QByteArray> expectedIds;
        for (int i = 0; i < 20000; ++i) {
            expectedIds.append("dev-" + QByteArray::number(i) +
                               (i % 3 ? "-x" : "-long-" + QByteArray(i % 90, 'y')));
            content += expectedIds.constLast() + (i % 7 ? "\n" : "\r\n");
        }
        const QString ids = writeFile(QStringLiteral("many-ids.txt"), content);
        const Run r = run({QStringLiteral("derive-key"), QStringLiteral("--batch"), ids}, groupKey);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), expectedIds.size() + 1);
        const eflow::crypto::SecureBytes key(QByteArray::fromBase64(groupKey));
        eflow::crypto::DeviceKeyDeriver deriver(key);
        for (int i = 0; i < expectedIds.size(); ++i)
            QCOMPARE(lines.at(i), expectedIds.at(i) + ',' + deriver.derive(expectedIds.at(i)));
    }

    // Endless input is refused at once, with constant memory: an ID file or a key on stdin from /dev/zero.
    void endlessInputRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stdinFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("messageFragment");

        const QString keyFile = writeFile(QStringLiteral("group.key"), groupKey + '\n');
        QTest::newRow("ID file /dev/zero")
            << QStringList{QStringLiteral("derive-key"), QStringLiteral("--batch"),
                           QStringLiteral("/dev/zero"), QStringLiteral("--group-key-file"), keyFile}
            << QString() << 3 << QByteArray("/dev/zero:1: the line is longer than");
        QTest::newRow("derive-key, key from /dev/zero")
            << QStringList{QStringLiteral("derive-key"), QStringLiteral("--registration-id"),
                           QStringLiteral("dev-1")}
            << QStringLiteral("/dev/zero") << 3 << QByteArray("longer than 64 KiB");
        QTest::newRow("dps, key from /dev/zero")
            << QStringList{QStringLiteral("dps"),
                           QStringLiteral("register"),
                           QStringLiteral("--scope"),
                           QStringLiteral("0ne00000001"),
                           QStringLiteral("--registration-id"),
                           QStringLiteral("dev-1"),
                           QStringLiteral("--global-endpoint"),
                           QStringLiteral("https://127.0.0.1:9")}
            << QStringLiteral("/dev/zero") << 3 << QByteArray("longer than 64 KiB");
    }

    void endlessInputRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stdinFile);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, messageFragment);
        QProcess process;
        process.setProcessEnvironment(environment());
        if (!stdinFile.isEmpty())
            process.setStandardInputFile(stdinFile);
        QElapsedTimer clock;
        clock.start();
        process.start(m_binary, arguments);
        if (!process.waitForFinished(30000))
            process.kill();
        process.waitForFinished();
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, err.constData());
        QVERIFY2(process.exitCode() == exitCode, err.constData());
        QVERIFY2(err.contains(messageFragment), err.constData());
        QVERIFY2(clock.elapsed() < 20000, "refused only after reading far more than the cap");
    }

    // A key on stdin is capped like a key file: one line of at most 64 KiB.
    void longKeyOnStdinRefused()
    {
        const Run r =
            run({QStringLiteral("derive-key"), QStringLiteral("--registration-id"), QStringLiteral("dev-1")},
                QByteArray(64 * 1024 + 1, 'A'));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("longer than 64 KiB"), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void groupKeyNeverReachesTheLog()
    {
        const Run r =
            run({QStringLiteral("derive-key"), QStringLiteral("--registration-id"), QStringLiteral("dev-1")},
                groupKey + '\n');
        QCOMPARE(r.exitCode, 0);
        QDirIterator it(m_dir.filePath(QStringLiteral("data")), {QStringLiteral("*.log")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int logs = 0;
        while (it.hasNext()) {
            QFile log(it.next());
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QByteArray content = log.readAll();
            QVERIFY(content.contains("derive-key"));
            QVERIFY(!content.contains(groupKey));
            ++logs;
        }
        QVERIFY2(logs > 0, "the run should have written a log file under XDG_DATA_HOME");
    }

    void emulatorAndDpsCommands()
    {
        const QString state = m_dir.filePath(QStringLiteral("emulator-state"));
        const QString ca = m_dir.filePath(QStringLiteral("emulator-ca.pem"));
        auto startEmulator = [&](QProcess &emulator, QHash<QByteArray, QByteArray> &values) {
            emulator.setProcessEnvironment(environment());
            emulator.start(m_binary, {QStringLiteral("emulator"), QStringLiteral("--state"), state,
                                      QStringLiteral("--ca-out"), ca, QStringLiteral("--seed-demo")});
            QByteArray buffered;
            while (!buffered.contains("ready\n") && emulator.waitForReadyRead(20000))
                buffered += emulator.readAllStandardOutput();
            for (const QByteArray &line : buffered.split('\n')) {
                const qsizetype colon = line.indexOf(": ");
                if (colon > 0)
                    values.insert(line.left(colon), line.mid(colon + 2));
            }
            return buffered.contains("ready\n");
        };
        QProcess emulator;
        QHash<QByteArray, QByteArray> v;
        QVERIFY(startEmulator(emulator, v));
        const QString scope = QString::fromLatin1(v.value("id-scope"));
        const QString endpoint = QString::fromLatin1(v.value("endpoint"));
        const QByteArray groupKey = v.value("demo-group-key");
        const QByteArray deviceKey = v.value("demo-device-key");
        QVERIFY(!groupKey.isEmpty() && !deviceKey.isEmpty());
        const QStringList common = {QStringLiteral("--scope"),           scope,
                                    QStringLiteral("--global-endpoint"), endpoint,
                                    QStringLiteral("--ca-file"),         ca};

        // A group device with the group key: the device key is derived first.
        Run r = run(QStringList{QStringLiteral("dps"), QStringLiteral("register"),
                                QStringLiteral("--registration-id"), QStringLiteral("cli-edge-7"),
                                QStringLiteral("--group")} +
                        common,
                    groupKey + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("assigned: registration ID cli-edge-7"));
        QVERIFY(r.out.contains("demo-hub.azure-devices.net"));
        r = run(QStringList{QStringLiteral("dps"), QStringLiteral("status"),
                            QStringLiteral("--registration-id"), QStringLiteral("cli-edge-7"),
                            QStringLiteral("--group")} +
                    common,
                groupKey + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("assigned"));

        // The individual enrollment with its own key, read from a file.
        const QString keyFile = writeFile(QStringLiteral("device.key"), deviceKey + '\n');
        r = run(QStringList{QStringLiteral("dps"), QStringLiteral("register"),
                            QStringLiteral("--registration-id"), QStringLiteral("demo-device"),
                            QStringLiteral("--key-file"), keyFile} +
                common);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The group key used as if it were the device key: DPS's 401002, in words, on one line.
        r = run(QStringList{QStringLiteral("dps"), QStringLiteral("register"),
                            QStringLiteral("--registration-id"), QStringLiteral("cli-edge-8")} +
                    common,
                groupKey + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("derived device key"), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(!r.err.contains(groupKey.left(16)));

        // Without the emulator's CA the TLS check fails, and says what to do.
        QStringList noCa = common;
        noCa.removeLast();
        noCa.removeLast();
        r = run(QStringList{QStringLiteral("dps"), QStringLiteral("register"),
                            QStringLiteral("--registration-id"), QStringLiteral("cli-edge-9"),
                            QStringLiteral("--group")} +
                    noCa,
                groupKey + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not trusted"), r.err.constData());

        // Malformed input is refused before anything is sent.
        r = run({QStringLiteral("dps"), QStringLiteral("register"), QStringLiteral("--scope"),
                 QStringLiteral("1ne0000"), QStringLiteral("--registration-id"), QStringLiteral("x")},
                groupKey + '\n');
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("ID scope"));
        r = run(QStringList{QStringLiteral("dps"), QStringLiteral("register"),
                            QStringLiteral("--registration-id"), QStringLiteral("x"),
                            QStringLiteral("--key=") + QString::fromLatin1(groupKey)} +
                common);
        QCOMPARE(r.exitCode, 2);

        // A restart on the same state keeps the scope and the demo keys.
        emulator.terminate();
        QVERIFY(emulator.waitForFinished(10000));
        QCOMPARE(emulator.exitCode(), 0);
        QVERIFY(emulator.readAllStandardOutput().contains("stopped"));
        QProcess again;
        QHash<QByteArray, QByteArray> v2;
        QVERIFY(startEmulator(again, v2));
        QCOMPARE(v2.value("id-scope"), v.value("id-scope"));
        QCOMPARE(v2.value("demo-group-key"), groupKey);
        r = run(QStringList{QStringLiteral("dps"), QStringLiteral("status"),
                            QStringLiteral("--registration-id"), QStringLiteral("cli-edge-7"),
                            QStringLiteral("--group"), QStringLiteral("--scope"), scope,
                            QStringLiteral("--global-endpoint"), QString::fromLatin1(v2.value("endpoint")),
                            QStringLiteral("--ca-file"), ca},
                groupKey + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }

    void germanLocaleIsTranslated()
    {
        // WAC broke on some locales; the wizard loads its own and Qt's translations from the system locale.
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Run r = run({QStringLiteral("--demo")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Erste Schritte"), r.out.constData());
        QVERIFY(r.out.contains("Lizenz"));
        QVERIFY(r.out.contains("-acceptEula Yes"));

        // The wizard's own options are refused in German too (they are parsed after the translators load).
        const Run speed = run({QStringLiteral("--speed"), QStringLiteral("-3")}, {}, env);
        QCOMPARE(speed.exitCode, 2);
        QVERIFY2(speed.err.contains("--speed erwartet eine Zahl"), speed.err.constData());

        const Run bad =
            run({QStringLiteral("derive-key"), QStringLiteral("--registration-id"), QStringLiteral("a/b")},
                groupKey, env);
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains("Registrierungs-ID"), bad.err.constData());
    }

    void headlessDemoWalksThePages()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = run({QStringLiteral("--demo")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("No display found"));
        QVERIFY(r.out.contains("Getting Started"));
        QVERIFY(r.out.contains("License"));
        QVERIFY(r.out.contains("accept the license terms = yes"));
        QVERIFY(r.out.contains("-acceptEula Yes -acceptOptionalTelemetry No"));
        // The offscreen platform's size-hint warnings are not part of the report.
        QVERIFY2(!r.out.contains("propagateSizeHints") && !r.err.contains("propagateSizeHints"),
                 (r.out + r.err).constData());
    }

    // The overview alone is for a window; the wizard's options that take a value are not commands.
    void wizardOptionRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("--target without --overview")
            << QStringList{u"--target"_s, u"ssh://admin@edge-01"_s} << u"--target goes with --overview"_s;
        QTest::newRow("--overview with --autopilot")
            << QStringList{u"--overview"_s, u"--autopilot"_s} << u"eflow-wizard host status"_s;
        QTest::newRow("--overview without a display") << QStringList{u"--overview"_s} << u"needs a display"_s;
        QTest::newRow("--overview, bad target")
            << QStringList{u"--overview"_s, u"--target"_s, u"edge-01"_s} << u"--target edge-01"_s;
        QTest::newRow("--speed out of range") << QStringList{u"--speed"_s, u"-3"_s} << u"--speed takes"_s;
        // The Enrollments window alone (issue 15) is a window too.
        QTest::newRow("--enrollments with --autopilot")
            << QStringList{u"--enrollments"_s, u"--autopilot"_s} << u"--enrollments opens a window"_s;
        QTest::newRow("--enrollments without a display")
            << QStringList{u"--enrollments"_s} << u"needs a display"_s;
    }

    void wizardOptionRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QProcessEnvironment env = environment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        if (says != u"needs a display"_s)
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        else
            env.remove(u"QT_QPA_PLATFORM"_s);
        const Run r = run(arguments, {}, env);
        QVERIFY2(r.exitCode == 2, (r.out + r.err).constData());
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains("unknown command"), r.err.constData());
    }

    // "--speed 0" before "--demo": the 0 is the speed, not a command.
    void speedValueIsNotACommand()
    {
        QProcessEnvironment env = environment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        const Run r = run({u"--speed"_s, u"0"_s, u"--demo"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("edgeAgent is running"), r.out.constData());
        // The Finish page is read once DPS answered the Verify step, not while it is still asked.
        QVERIFY2(r.out.contains("DPS: enrollment demo-device is assigned to demo-hub.azure-devices.net"),
                 r.out.constData());
        QVERIFY2(!r.out.contains("Asking DPS for the registration record"), r.out.constData());
    }

    void headlessDemoTakesAScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("hostTitle");
        QTest::addColumn<QString>("says");
        // Windows Server has no Default Switch: the walk keeps Settings' preselected new Internal switch,
        // the deploy job creates it first and the device ends provisioned.
        QTest::newRow("server-no-switch")
            << u"server-no-switch"_s << 0 << u"Windows Server 2022 without a virtual switch"_s
            << u"Create a new Internal switch with NAT"_s;
        // Windows 10 Home cannot run Hyper-V: the walk stops on the Target page and says why.
        QTest::newRow("win10-home") << u"win10-home"_s << 1 << u"Windows 10 Home"_s << u"Home"_s;
    }

    void headlessDemoTakesAScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QFETCH(QString, hostTitle);
        QFETCH(QString, says);
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = run({u"--demo="_s + scenario}, {}, env);
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        QVERIFY2(r.out.contains(hostTitle.toUtf8()), r.out.constData());
        QVERIFY2(r.out.contains(says.toUtf8()), r.out.constData());
        if (exitCode == 0)
            QVERIFY2(r.out.contains("edgeAgent is running"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
