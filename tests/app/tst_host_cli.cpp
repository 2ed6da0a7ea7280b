// `eflow-wizard host …` as a script uses it, against the simulated host of demo mode: usage errors and
// exit codes, probe per scenario, deploy and its idempotence, provisioning through the real local DPS
// (right key, wrong key, malformed key), status, and the resume journal: a deploy killed with SIGKILL
// in the middle continues after its last completed step at the next start and finishes exactly once.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <csignal>

#include <QtTest>

#include <signal.h>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

namespace {

using Run = eflow::testsupport::CliRun;

} // namespace

class TestHostCli final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment() const { return eflow::testsupport::cleanEnvironment(m_dir->path()); }

    Run run(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        return eflow::testsupport::runCli(m_binary, QStringList{QStringLiteral("host")} + arguments,
                                          stdinData, environment(), 120000);
    }

    // Deploys the default demo host; a failure shows what the command printed (a failure once seen
    // under a loaded -j2 run said nothing more than its exit code).
    void deployDemo()
    {
        const Run r = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).right(4000).constData());
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return eflow::testsupport::writeInputFile(m_dir->filePath(name), content);
    }

    // The simulated machine's state file, as SimHostState keeps it under the demo folder.
    QJsonObject simState(const QString &scenario) const
    {
        QDirIterator it(m_dir->filePath(QStringLiteral("data")), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QStringLiteral("/demo/host-") + scenario + QLatin1Char('/')))
                continue;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                return QJsonDocument::fromJson(f.readAll()).object();
        }
        return {};
    }

    int deployCount(const QString &scenario) const
    {
        return simState(scenario)
            .value(QStringLiteral("vm"))
            .toObject()
            .value(QStringLiteral("deployCount"))
            .toInt(-1);
    }

    QStringList journalFiles() const
    {
        QStringList files;
        QDirIterator it(m_dir->filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/journal/")))
                files << path;
        }
        return files;
    }

private slots:
    void initTestCase() { EFLOW_REQUIRE_WIZARD_BINARY(m_binary); }

    void init()
    {
        // Every test function gets a machine of its own: nothing deployed, nothing journalled.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no action") << QStringList{"--demo"} << QByteArray("say what to do");
        QTest::newRow("unknown action") << QStringList{"explode", "--demo"} << QByteArray("unknown action");
        QTest::newRow("two backends")
            << QStringList{"probe", "--demo", "--target", "ssh://a@b"} << QByteArray("exclude each other");
        QTest::newRow("unknown scenario") << QStringList{"probe", "--demo=win95"} << QByteArray("win95");
        QTest::newRow("bad speed") << QStringList{"probe", "--demo", "--speed", "fast"}
                                   << QByteArray("--speed");
        QTest::newRow("bad ssh target")
            << QStringList{"probe", "--target", "http://host"} << QByteArray("ssh://");
        QTest::newRow("password in target")
            << QStringList{"probe", "--target", "ssh://a:pw@host"} << QByteArray("no password");
        QTest::newRow("no powershell here") << QStringList{"probe"} << QByteArray("no Windows PowerShell");
        QTest::newRow("bad release") << QStringList{"probe", "--demo", "--release", "2.0"}
                                     << QByteArray("1.1, 1.4");
        QTest::newRow("trust without a fingerprint")
            << QStringList{"trust", "--target", "ssh://a@b"} << QByteArray("--fingerprint");
        QTest::newRow("trust with a wrong fingerprint form")
            << QStringList{"trust", "--target", "ssh://a@b", "--fingerprint", "MD5:aa"}
            << QByteArray("SHA256:");
        QTest::newRow("identity without target") << QStringList{"probe", "--demo", "--identity", "/k"}
                                                 << QByteArray("--identity goes with --target");
        QTest::newRow("key on the command line")
            << QStringList{"provision", "--demo", "--key", "abc"} << QByteArray("--key");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void listsScenarios()
    {
        const Run r = run({QStringLiteral("--list-scenarios")});
        QCOMPARE(r.exitCode, 0);
        for (const char *id : {"win11-pro", "server-no-switch", "win10-home", "low-memory", "hyperv-disabled",
                               "nvidia-t4-dda", "gpu-pv", "nested-vm"})
            QVERIFY2(r.out.contains(id), id);
    }

    void probe_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("win11-pro") << "win11-pro" << 0 << QByteArray("Supported");
        QTest::newRow("win10-home") << "win10-home" << 5 << QByteArray("Unsupported");
        // 1.6 GB free: the default 1024 MB fits (more is refused: deployRefusesMoreMemoryThanFree).
        QTest::newRow("low-memory") << "low-memory" << 0 << QByteArray("1650 MB of memory is free");
        QTest::newRow("hyperv-disabled") << "hyperv-disabled" << 0 << QByteArray("Hyper-V");
        // No switch chosen yet on a Server: deployable once one is chosen or created.
        QTest::newRow("nvidia-t4-dda") << "nvidia-t4-dda" << 0 << QByteArray("Supported after");
        QTest::newRow("server-no-switch")
            << "server-no-switch" << 0 << QByteArray("create an Internal switch");
        QTest::newRow("gpu-pv") << "gpu-pv" << 0 << QByteArray("GPU-PV");
        QTest::newRow("nested-vm") << "nested-vm" << 0 << QByteArray("Virtual machine");
    }

    void probe()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        const Run r = run({QStringLiteral("probe"), QStringLiteral("--demo=") + scenario,
                           QStringLiteral("--speed"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        QVERIFY2(r.out.contains(expected), r.out.constData());
        QVERIFY(r.out.contains("Verdict:"));
    }

    void probeJson()
    {
        const Run r = run({"probe", "--demo=win11-pro", "--speed", "0", "--json"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QVERIFY(!json.value("facts").toObject().value("computerName").toString().isEmpty());
        QCOMPARE(json.value("evaluation").toObject().value("verdict").toString(),
                 QStringLiteral("supported"));
    }

    void deployIsIdempotent()
    {
        const Run first = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"});
        QVERIFY2(first.exitCode == 0, (first.out + first.err).constData());
        QVERIFY(first.out.contains("Deploying Azure IoT Edge for Linux on Windows"));
        QVERIFY(first.out.contains("Deployment successful"));
        QVERIFY(first.out.contains("Deployed: virtual machine"));
        QCOMPARE(deployCount("win11-pro"), 1);
        const Run second = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"});
        QVERIFY2(second.exitCode == 0, (second.out + second.err).constData());
        QVERIFY(second.out.contains("already existed"));
        QCOMPARE(deployCount("win11-pro"), 1);
        QVERIFY(journalFiles().isEmpty()); // finished jobs leave no journal entry behind
    }

    // Issue 16 item 1: demo:SCENARIO/NAME is a machine of its own - two machines of one scenario each
    // deploy once, and neither touches the scenario's own machine.
    void demoMachinesKeepTheirOwnState()
    {
        for (const char *machine : {"line-3", "line-4", "line-3"}) {
            const Run r = run({"deploy", QStringLiteral("--demo=win11-pro/") + QLatin1String(machine),
                               "--speed", "0", "--accept-eula"});
            QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        }
        QCOMPARE(deployCount("win11-pro@line-3"), 1);
        QCOMPARE(deployCount("win11-pro@line-4"), 1);
        QCOMPARE(deployCount("win11-pro"), -1); // never deployed: no state at all
        const Run bad = run({"deploy", "--demo=win11-pro/../x", "--speed", "0", "--accept-eula"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("demo machine"), bad.err.constData());
    }

    void deployNeedsTheLicence()
    {
        const Run r = run({"deploy", "--demo=win11-pro", "--speed", "0"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.toLower().contains("licen"), r.err.constData());
    }

    void deployFailuresExplainThemselves_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("home edition") << "win10-home" << 5 << QByteArray("Unsupported");
        QTest::newRow("hyper-v off") << "hyperv-disabled" << 7 << QByteArray("restart");
        QTest::newRow("server without switch") << "server-no-switch" << 5 << QByteArray("switch");
    }

    void deployFailuresExplainThemselves()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        const Run r = run({"deploy", "--demo=" + scenario, "--speed", "0", "--accept-eula"});
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        QVERIFY2((r.out + r.err).contains(expected), (r.out + r.err).constData());
        QCOMPARE(deployCount(scenario) > 0, false);
    }

    void deployRefusesMoreMemoryThanFree()
    {
        const QString plan = writeFile("memory.json", R"({"schema":1,"release":"1.5","eulaAccepted":true,
                "vm":{"memoryMb":2048}})");
        const Run r = run({"deploy", "--demo=low-memory", "--speed", "0", "--plan", plan});
        QVERIFY2(r.exitCode == 5, (r.out + r.err).constData());
        QVERIFY2((r.out + r.err).contains("1650 MB"), (r.out + r.err).constData());
        QVERIFY(deployCount(QStringLiteral("low-memory")) <= 0); // -1: the machine was never written
    }

    void deployRefusesABadSwitchCreation()
    {
        // The Settings page's switch-creation rules hold for a plan file too (plan::checkPlan).
        const QString plan = writeFile("bad-switch.json", R"({"schema":1,"release":"1.4","eulaAccepted":true,
                "switchCreation":{"create":true,"name":"EFLOW-Internal","hostAddress":"172.20.0","prefixLength":24}})");
        const Run r = run({"deploy", "--demo=server-no-switch", "--speed", "0", "--plan", plan});
        QVERIFY2(r.exitCode == 3, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("Host address '172.20.0' is not an IPv4 address"), r.err.constData());
        QVERIFY(deployCount(QStringLiteral("server-no-switch")) <= 0);
    }

    void serverDeploysWithSwitchCreation()
    {
        const QString plan = writeFile("server.json",
                                       R"({"schema":1,"release":"1.4","eulaAccepted":true,
                "switchCreation":{"create":true,"name":"EFLOW-Internal","hostAddress":"172.20.0.1","prefixLength":24},
                "network":{"switchName":"EFLOW-Internal","switchType":"Internal","staticIp":true,
                           "ip4Address":"172.20.0.2","ip4PrefixLength":24,"ip4GatewayAddress":"172.20.0.1",
                           "dnsServers":["172.20.0.1"]}})");
        const Run r = run({"deploy", "--demo=server-no-switch", "--speed", "0", "--plan", plan});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.out.contains("New-NetNat") || r.out.contains("NAT"));
        QVERIFY(r.out.contains("172.20.0.2"));
    }

    void gpuPassthroughFollowsTheModulesRules()
    {
        const QString dda = writeFile("dda.json",
                                      R"({"schema":1,"release":"1.4","eulaAccepted":true,
                "network":{"switchName":"EFLOW-Ext","switchType":"External"},
                "gpu":{"type":"DirectDeviceAssignment","name":"NVIDIA Tesla T4","count":1}})");
        const Run ok = run({"deploy", "--demo=nvidia-t4-dda", "--speed", "0", "--plan", dda});
        QVERIFY2(ok.exitCode == 0, (ok.out + ok.err).constData());
        QCOMPARE(deployCount("nvidia-t4-dda"), 1);

        // GPU-PV is not possible under nested virtualization: the target check stops it before any change.
        const QString pv = writeFile("pv.json", R"({"schema":1,"release":"1.4","eulaAccepted":true,
                          "gpu":{"type":"ParaVirtualization","name":"Microsoft Hyper-V Video","count":1}})");
        const Run nested = run({"deploy", "--demo=nested-vm", "--speed", "0", "--plan", pv});
        QVERIFY2(nested.exitCode == 5, (nested.out + nested.err).constData());
        QCOMPARE(deployCount("nested-vm") > 0, false);
    }

    void planWithSecretIsRefused()
    {
        const QString plan =
            writeFile("secret.json", R"({"schema":1,"provisioning":{"symmetricKey":"abc"}})");
        const Run r = run({"deploy", "--demo=win11-pro", "--speed", "0", "--plan", plan});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("symmetricKey"), r.err.constData());
        const Run missing = run({"deploy", "--demo=win11-pro", "--plan", m_dir->filePath("nope.json")});
        QCOMPARE(missing.exitCode, 4);
    }

    void provisionAndStatus()
    {
        deployDemo();
        if (QTest::currentTestFailed())
            return;
        const Run before = run({"status", "--demo=win11-pro", "--speed", "0"});
        QCOMPARE(before.exitCode, 1); // deployed, not provisioned: IoT Edge is not healthy yet

        const Run r = run({"provision", "--demo=win11-pro", "--speed", "0"});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.out.contains("IoT Edge Module List"));
        QVERIFY(r.out.contains("edgeAgent"));
        QVERIFY(r.out.contains("Provisioned."));

        const Run status = run({"status", "--demo=win11-pro", "--speed", "0"});
        QVERIFY2(status.exitCode == 0, (status.out + status.err).constData());
        QVERIFY(status.out.contains("edgeAgent"));
        QVERIFY(status.out.contains("running"));
        QVERIFY(status.out.contains("active (running)") || status.out.contains("Running"));

        const Run json = run({"status", "--demo=win11-pro", "--speed", "0", "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value("healthy").toBool(), true);
        QCOMPARE(o.value("modules").toArray().first().toObject().value("name").toString(),
                 QStringLiteral("edgeAgent"));
    }

    void provisionWithGroupKeyFromTheDemo()
    {
        deployDemo();
        if (QTest::currentTestFailed())
            return;
        const Run r = run(
            {"provision", "--demo=win11-pro", "--speed", "0", "--group", "--registration-id", "edge-line-7"});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    }

    void provisionWithWrongKeyShows401()
    {
        deployDemo();
        if (QTest::currentTestFailed())
            return;
        // Well-formed, but not the enrollment's key.
        const QString key =
            writeFile("wrong.key", "c2ltdWxhdGVkLXdyb25nLWtleS1mb3ItdGhlLWRlbW8tZW5yb2xsbWVudC0xMjM0NQ==\n");
        const Run r = run({"provision", "--demo=win11-pro", "--speed", "0", "--key-file", key});
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("401"), r.err.constData());
        QVERIFY(!(r.out + r.err)
                     .contains("c2ltdWxhdGVkLXdyb25nLWtleS1mb3ItdGhlLWRlbW8tZW5yb2xsbWVudC0xMjM0NQ=="));
        const Run status = run({"status", "--demo=win11-pro", "--speed", "0"});
        QCOMPARE(status.exitCode, 1);
    }

    void provisionRefusesMalformedKey()
    {
        const QString key = writeFile("bad.key", "not base64 at all!\n");
        const Run r = run({"provision", "--demo=win11-pro", "--speed", "0", "--key-file", key});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.contains("not base64 at all!"));
        const Run missing =
            run({"provision", "--demo=win11-pro", "--speed", "0", "--key-file", "/nonexistent/key"});
        // It once answered 1 in a loaded clean-clone run: say what the command printed when it does.
        QVERIFY2(missing.exitCode == 3, (missing.out + missing.err).constData());
    }

    void killedDeployResumesExactlyOnce_data()
    {
        QTest::addColumn<QByteArray>("killAfter");
        QTest::addColumn<QByteArray>("doneBefore");
        // Killed inside Deploy-Eflow: probe and install are done and must not run again.
        QTest::newRow("during Deploy-Eflow") << QByteArray("Creating storage vhd") << QByteArray("install");
        // Killed while the MSI installs: only the probe is done.
        QTest::newRow("during install") << QByteArray("[5/7] Install") << QByteArray("probe");
    }

    void killedDeployResumesExactlyOnce()
    {
        QFETCH(QByteArray, killAfter);
        QFETCH(QByteArray, doneBefore);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_binary, {"host", "deploy", "--demo=win11-pro", "--speed", "2", "--accept-eula"});
        QVERIFY(process.waitForStarted(10000));
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (!seen.contains(killAfter) && clock.elapsed() < 90000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += process.readAllStandardOutput();
        }
        QVERIFY2(seen.contains(killAfter), seen.constData());
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(journalFiles().size(), 1);
        QVERIFY(deployCount("win11-pro") <= 0);

        const Run resumed = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"});
        QVERIFY2(resumed.exitCode == 0, (resumed.out + resumed.err).constData());
        QVERIFY2(resumed.out.contains("Resuming the deploy"), resumed.out.constData());
        QVERIFY2(resumed.out.contains(doneBefore), resumed.out.constData());
        // The probe ran before the kill; on resume it is not run again.
        QVERIFY2(!resumed.out.contains("[1/7] Check the target device …"), resumed.out.constData());
        QVERIFY(resumed.out.contains("Deployment successful"));
        QCOMPARE(deployCount("win11-pro"), 1);
        QVERIFY(journalFiles().isEmpty());

        // Nothing left to resume: a new deploy sees the VM and does not make a second one.
        const Run again = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.out.contains("Resuming"));
        QVERIFY(again.out.contains("already existed"));
        QCOMPARE(deployCount("win11-pro"), 1);
    }

    void freshAbandonsTheInterruptedJob()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_binary, {"host", "deploy", "--demo=win11-pro", "--speed", "2", "--accept-eula"});
        QVERIFY(process.waitForStarted(10000));
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (!seen.contains("[5/7]") && clock.elapsed() < 60000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += process.readAllStandardOutput();
        }
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        const Run fresh = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula", "--fresh"});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY(fresh.out.contains("abandoned"));
        QVERIFY(fresh.out.contains("[1/7] Check the target device"));
        QCOMPARE(deployCount("win11-pro"), 1);
    }

    void interruptCancelsAndStaysResumable()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_binary, {"host", "deploy", "--demo=win11-pro", "--speed", "2", "--accept-eula"});
        QVERIFY(process.waitForStarted(10000));
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (!seen.contains("Creating storage vhd") && clock.elapsed() < 90000 &&
               process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += process.readAllStandardOutput();
        }
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 6);
        QVERIFY(process.readAllStandardError().contains("run the same command again"));
        const Run resumed = run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(resumed.out.contains("Resuming the deploy"));
        QCOMPARE(deployCount("win11-pro"), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostCli)
#include "tst_host_cli.moc"
