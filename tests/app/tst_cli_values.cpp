// Issue 14 items 8 and 9: values that once passed although they should not (not-a-number fractions and
// speeds, empty or malformed hub names, an api-version that is a path, a CA file that holds no
// certificate, duplicate keys in a plan, a probe plan that deploy would refuse), each refused with the
// option or field named and the exit code scripts rely on, before anything starts.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

namespace {

using Run = eflow::testsupport::CliRun;

// A well-formed key (16 bytes, base64), so that a refusal cannot come from the key.
const QByteArray wellFormedKey = "MDEyMzQ1Njc4OWFiY2RlZg==\n";

} // namespace

class TestCliValues final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;

    Run run(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(m_dir->path());
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A value that is wrongly accepted starts an emulator that runs until stopped: the bound keeps a
        // failing row short.
        return eflow::testsupport::runCli(m_binary, arguments, stdinData, env, 20000);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return eflow::testsupport::writeInputFile(m_dir->filePath(name), content);
    }

private slots:
    void initTestCase() { EFLOW_REQUIRE_WIZARD_BINARY(m_binary); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");

        const QStringList emulator = {"emulator", "--port", "0"};
        QTest::newRow("emulator --drop nan") << (emulator + QStringList{"--drop", "nan"}) << QByteArray() << 2
                                             << QByteArray("--drop takes a fraction");
        QTest::newRow("emulator --drop inf") << (emulator + QStringList{"--drop", "inf"}) << QByteArray() << 2
                                             << QByteArray("--drop takes a fraction");
        QTest::newRow("emulator --throttle -nan")
            << (emulator + QStringList{"--throttle", "-nan"}) << QByteArray() << 2
            << QByteArray("--throttle takes a fraction");
        QTest::newRow("emulator --unavailable NaN")
            << (emulator + QStringList{"--unavailable", "NaN"}) << QByteArray() << 2
            << QByteArray("--unavailable takes a fraction");
        QTest::newRow("emulator --hub ''")
            << (emulator + QStringList{"--hub", ""}) << QByteArray() << 3 << QByteArray("--hub");
        QTest::newRow("emulator --hub 'a b;c'") << (emulator + QStringList{"--hub", "a b;c"}) << QByteArray()
                                                << 3 << QByteArray("--hub: a space");
        QTest::newRow("emulator --hub without a dot")
            << (emulator + QStringList{"--hub", "localhost"}) << QByteArray() << 3 << QByteArray("localhost");

        QTest::newRow("host --speed nan") << QStringList{"host", "probe", "--demo", "--speed", "nan"}
                                          << QByteArray() << 2 << QByteArray("--speed takes a number");
        QTest::newRow("host --speed inf") << QStringList{"host", "probe", "--demo", "--speed", "inf"}
                                          << QByteArray() << 2 << QByteArray("--speed takes a number");
        QTest::newRow("host --speed -1") << QStringList{"host", "probe", "--demo", "--speed", "-1"}
                                         << QByteArray() << 2 << QByteArray("--speed takes a number");
        QTest::newRow("wizard --speed nan") << QStringList{"--speed", "nan", "--demo", "--autopilot"}
                                            << QByteArray() << 2 << QByteArray("--speed takes a number");

        const QStringList dps = {"dps",
                                 "register",
                                 "--scope",
                                 "0ne00000A0A",
                                 "--registration-id",
                                 "device-1",
                                 "--global-endpoint",
                                 "https://127.0.0.1:9"};
        QTest::newRow("dps --api-version as a path") << (dps + QStringList{"--api-version", "../../x&y=1"})
                                                     << wellFormedKey << 3 << QByteArray("--api-version");
        QTest::newRow("dps --api-version empty")
            << (dps + QStringList{"--api-version", ""}) << wellFormedKey << 3 << QByteArray("--api-version");
        QTest::newRow("dps --api-version with a query")
            << (dps + QStringList{"--api-version", "2021-06-01?x=1"}) << wellFormedKey << 3
            << QByteArray("--api-version");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const Run r = run(arguments, stdinData);
        QVERIFY2(r.exitCode == exitCode, (QByteArray::number(r.exitCode) + ": " + r.out + r.err).constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY2(!r.out.contains("ready"), r.out.constData());
    }

    void apiVersionShapesAreTaken_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("GA") << "2021-06-01";
        QTest::newRow("preview") << "2019-03-31-preview";
    }

    // A well-formed api-version gets past the check: the run fails only at the unreachable endpoint.
    void apiVersionShapesAreTaken()
    {
        QFETCH(QString, version);
        const Run r = run({"dps", "register", "--scope", "0ne00000A0A", "--registration-id", "device-1",
                           "--global-endpoint", "https://127.0.0.1:9", "--api-version", version},
                          wellFormedKey);
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        QVERIFY2(!r.err.contains("--api-version"), r.err.constData());
    }

    void caFileChecks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("asFolder");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("garbage") << QByteArray("this is not a certificate\n") << false << 3
                                 << QByteArray("No PEM certificate");
        QTest::newRow("empty") << QByteArray() << false << 3 << QByteArray("No PEM certificate");
        QTest::newRow("a folder") << QByteArray() << true << 4 << QByteArray("cannot be read");
    }

    void caFileChecks()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, asFolder);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        QString ca = m_dir->filePath("ca.pem");
        if (asFolder)
            QVERIFY(QDir().mkpath(ca));
        else
            writeFile("ca.pem", content);
        const Run r = run({"dps", "register", "--scope", "0ne00000A0A", "--registration-id", "device-1",
                           "--global-endpoint", "https://127.0.0.1:9", "--ca-file", ca},
                          wellFormedKey);
        QVERIFY2(r.exitCode == exitCode, (QByteArray::number(r.exitCode) + ": " + r.err).constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY2(r.err.contains(ca.toUtf8()), r.err.constData());
    }

    // The usage error comes before the host is opened: nothing is printed about a target first.
    void unknownProvisioningTypeIsAUsageError()
    {
        const Run r = run({"host", "provision", "--demo", "--speed", "0", "--provisioning-type", "Foo"});
        QVERIFY2(r.exitCode == 2, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("Foo"), r.err.constData());
        QVERIFY2(!r.out.contains("Target:"), r.out.constData());
    }

    void probePlanIsCheckedLikeDeploy_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("cpuCount -5") << QByteArray(R"({"schema":1,"release":"1.4","vm":{"cpuCount":-5}})")
                                     << QByteArray("CPU count");
        QTest::newRow("IP 999.1.1.1")
            << QByteArray(R"({"schema":1,"release":"1.4","network":{"switchName":"Default Switch",
                "switchType":"Internal","staticIp":true,"ip4Address":"999.1.1.1","ip4PrefixLength":24,
                "ip4GatewayAddress":"172.20.0.1"}})")
            << QByteArray("999.1.1.1");
        QTest::newRow("duplicate key") << QByteArray(R"({"schema":1,"release":"1.4","vm":{"cpuCount":2,
                "cpuCount":4}})") << QByteArray("vm.cpuCount");
    }

    void probePlanIsCheckedLikeDeploy()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QByteArray, says);
        const QString path = writeFile("plan.json", plan);
        const Run probe = run({"host", "probe", "--demo", "--speed", "0", "--plan", path});
        QVERIFY2(probe.exitCode == 3, (probe.out + probe.err).constData());
        QVERIFY2(probe.err.contains(says), probe.err.constData());
        QVERIFY2(!probe.out.contains("Supported"), probe.out.constData());
        const Run deploy = run({"host", "deploy", "--demo", "--speed", "0", "--accept-eula", "--plan", path});
        QVERIFY2(deploy.exitCode == 3, (deploy.out + deploy.err).constData());
        QVERIFY2(deploy.err.contains(says), deploy.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliValues)
#include "tst_cli_values.moc"
