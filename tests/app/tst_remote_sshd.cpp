// `eflow-wizard host probe|deploy|provision|trust --target ssh://…` through a real OpenSSH server on
// 127.0.0.1 (tests/support/sshd-harness.sh), whose powershell.exe is pwsh with the PowerShell mocks
// preloaded (tests/powershell/remote/powershell.exe). Host keys stay checked: an unknown key is refused
// with its fingerprint until `host trust` has compared it; a changed key is refused and cannot be
// trusted. The provisioning key reaches Provision-EflowVm -symmKey and no process's argv nor script
// text. A Restricted machine policy is passed only because ssh runs powershell.exe with -ExecutionPolicy
// Bypass. Skips, visibly, without pwsh or sshd.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include <sys/stat.h>

#include "tests/support/CliRunner.h"
#include "tests/support/SecretSearch.h"
#include "tests/support/SshdHarness.h"
#include "tests/support/TestPrerequisites.h"

namespace {

using Run = eflow::testsupport::CliRun;

// A DPS individual enrollment's key: base64 of 32 bytes, unique enough to search for.
const QByteArray kDeviceKey = "cmVtb3RlLXNzaGQtdGVzdC1rZXktMzItYnl0ZXMhIQ==";

} // namespace

class TestRemoteSshd final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QString m_pwsh;
    eflow::testsupport::SshdHarness m_sshd;
    std::unique_ptr<QTemporaryDir> m_dir;
    QElapsedTimer m_clock;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // The mocks' scenario for the next runs, with a state and a record of this test function's own.
    void useScenario(const QString &scenario, const QStringList &more = {})
    {
        QVERIFY(m_sshd.setRemoteEnvironment(
            QStringList{"EFLOW_PWSH=" + m_pwsh, "EFLOW_MOCK_SCENARIO=" + scenario,
                        "EFLOW_MOCK_STATE=" + path("state.json"), "EFLOW_MOCK_RECORD=" + path("record.jsonl"),
                        "EFLOW_REMOTE_SCRIPT_LOG=" + path("scripts.log")} +
            more));
    }

    Run run(const QStringList &arguments, const QByteArray &stdinData = {},
            const std::function<void()> &whileRunning = {})
    {
        return eflow::testsupport::runCli(m_binary, QStringList{"host"} + arguments, stdinData,
                                          eflow::testsupport::cleanEnvironment(m_dir->path()), 120000,
                                          whileRunning);
    }

    QStringList target() const { return {"--target", m_sshd.url(), "--identity", m_sshd.identityFile()}; }

    // The wizard's known_hosts in the run's clean environment (AppDataLocation under XDG_DATA_HOME).
    QString knownHostsFile() const
    {
        QDir data(m_dir->filePath("data"));
        const QStringList apps = data.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return data.filePath((apps.isEmpty() ? QString("eflow-wizard") : apps.constFirst()) + "/known_hosts");
    }

    void trustDirectly()
    {
        const QString file = knownHostsFile();
        QDir().mkpath(QFileInfo(file).absolutePath());
        eflow::testsupport::writeInputFile(file, m_sshd.knownHostsLine() + '\n');
    }

    // The mocks' record: one JSON object per mocked call.
    QList<QJsonObject> calls(const QString &command) const
    {
        QList<QJsonObject> found;
        QFile f(path("record.jsonl"));
        if (!f.open(QIODevice::ReadOnly))
            return found;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject call = QJsonDocument::fromJson(line).object();
            if (call.value("command").toString() == command)
                found << call;
        }
        return found;
    }

    static QByteArray both(const Run &r) { return r.out + "\n--- stderr ---\n" + r.err; }

private slots:
    void initTestCase()
    {
        m_clock.start();
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        m_pwsh = eflow::testsupport::findPwsh();
        if (m_pwsh.isEmpty())
            QSKIP("pwsh not found: install the .NET SDK, then packaging/install-deps.sh");
        if (!m_sshd.start()) {
            if (m_sshd.skipped())
                QSKIP(qPrintable(m_sshd.error()));
            QFAIL(qPrintable("the test sshd did not start: " + m_sshd.error()));
        }
        qInfo("sshd on 127.0.0.1:%d, pwsh %s", m_sshd.port(), qPrintable(m_pwsh));
    }

    void cleanupTestCase()
    {
        m_sshd.stop();
        qInfo("tst_remote_sshd took %.1f s", double(m_clock.elapsed()) / 1000.0);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void unknownHostKeyIsRefusedUntilTrusted()
    {
        useScenario("supported-client");
        const QString fingerprint = m_sshd.fingerprint();
        QVERIFY(fingerprint.startsWith("SHA256:"));

        // First contact: refused, with the fingerprint and the command that trusts it; nothing ran.
        const Run refused = run(QStringList{"probe"} + target());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(fingerprint.toLatin1()), both(refused).constData());
        QVERIFY2(refused.err.contains("host trust --target " + m_sshd.url().toLatin1() + " --fingerprint " +
                                      fingerprint.toLatin1()),
                 both(refused).constData());
        QVERIFY(!QFile::exists(knownHostsFile()) || !QFile(knownHostsFile()).open(QIODevice::ReadOnly) ||
                eflow::testsupport::filesContaining(m_dir->path(), m_sshd.knownHostsLine().split(' ').last())
                    .isEmpty());
        QVERIFY(calls("Get-CimInstance").isEmpty());

        // A fingerprint that is not the host's is refused, and nothing is written.
        const Run wrong = run({"trust", "--target", m_sshd.url(), "--fingerprint",
                               "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(fingerprint.toLatin1()), both(wrong).constData());
        QVERIFY(!QFile::exists(knownHostsFile()));

        // The right one: the key line is appended to the wizard's own known_hosts, readable by its owner
        // only.
        const Run trusted = run({"trust", "--target", m_sshd.url(), "--fingerprint", fingerprint});
        QVERIFY2(trusted.exitCode == 0, both(trusted).constData());
        QFile file(knownHostsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), m_sshd.knownHostsLine());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(knownHostsFile()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        // Now the probe runs through sshd, the stand-in and pwsh against the mocks.
        const Run probe = run(QStringList{"probe", "--json"} + target());
        QVERIFY2(probe.exitCode == 0, both(probe).constData());
        const QJsonObject json = QJsonDocument::fromJson(probe.out).object();
        QCOMPARE(json.value("target").toString(), m_sshd.url());
        QCOMPARE(json.value("facts").toObject().value("computerName").toString(), QString("DESKTOP-EFLOW01"));
        QVERIFY(!calls("Get-CimInstance").isEmpty());

        // Trusting the same key twice changes nothing.
        QCOMPARE(run({"trust", "--target", m_sshd.url(), "--fingerprint", fingerprint}).exitCode, 0);
        QVERIFY(file.seek(0));
        QCOMPARE(file.readAll().count('\n'), 1);
    }

    void changedHostKeyIsRefusedAndCannotBeTrusted()
    {
        useScenario("supported-client");
        // known_hosts holds another key for this host: the one the wizard trusted before a "reinstall".
        const QString file = knownHostsFile();
        QDir().mkpath(QFileInfo(file).absolutePath());
        // An ed25519 public key blob: string "ssh-ed25519", string of 32 key bytes.
        QByteArray blob = QByteArray::fromHex("0000000b") + "ssh-ed25519" + QByteArray::fromHex("00000020");
        blob += QByteArray(32, '\x01');
        eflow::testsupport::writeInputFile(
            file, QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_sshd.port()).toLatin1() +
                      blob.toBase64() + '\n');
        const Run refused = run(QStringList{"probe"} + target());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("HAS CHANGED"), both(refused).constData());
        QVERIFY2(refused.err.contains(m_sshd.fingerprint().toLatin1()), both(refused).constData());
        QVERIFY2(!refused.err.contains("host trust"), both(refused).constData());
        const Run trust = run({"trust", "--target", m_sshd.url(), "--fingerprint", m_sshd.fingerprint()});
        QCOMPARE(trust.exitCode, 1);
        QVERIFY2(trust.err.contains("different key"), both(trust).constData());
    }

    void deployAndProvisionThroughSsh()
    {
        useScenario("ready-1.5");
        trustDirectly();
        const QString plan = eflow::testsupport::writeInputFile(
            path("plan.json"),
            R"({"schema":1,"release":"1.5","eulaAccepted":true,"vm":{"cpuCount":2,"memoryMb":2048,"dataSizeGb":30,"logSize":"Small"},
                "provisioning":{"type":"DpsSymmetricKey","idScope":"0ne00ABC123","registrationId":"edge-remote-01","keySource":"individual"}})");

        const Run deploy = run(QStringList{"deploy", "--plan", plan} + target());
        QVERIFY2(deploy.exitCode == 0, both(deploy).constData());
        const QList<QJsonObject> deploys = calls("Deploy-Eflow");
        QCOMPARE(deploys.size(), 1);
        const QJsonObject p = deploys.constFirst().value("parameters").toObject();
        QCOMPARE(p.value("cpuCount").toInt(), 2);
        QCOMPARE(p.value("memoryInMB").toInt(), 2048);
        QCOMPARE(p.value("vmDataSize").toInt(), 30);
        QVERIFY(!p.contains("vmDiskSize"));
        QCOMPARE(p.value("vmLogSize").toString(), QString("Small"));
        QCOMPARE(p.value("acceptEula").toString(), QString("Yes"));

        // The key from standard input; every process's argv is sampled while the command runs.
        QSet<QByteArray> cmdlines;
        const Run provision =
            run(QStringList{"provision", "--plan", plan, "--key-stdin"} + target(), kDeviceKey + '\n',
                [&cmdlines] { eflow::testsupport::sampleCmdlines(cmdlines); });
        QVERIFY2(provision.exitCode == 0, both(provision).constData());
        const QList<QJsonObject> provisions = calls("Provision-EflowVm");
        QCOMPARE(provisions.size(), 1);
        const QJsonObject pp = provisions.constFirst().value("parameters").toObject();
        QCOMPARE(pp.value("symmKey").toString().toLatin1(), kDeviceKey);
        QCOMPARE(pp.value("scopeId").toString(), QString("0ne00ABC123"));
        QCOMPARE(pp.value("registrationId").toString(), QString("edge-remote-01"));

        QVERIFY(cmdlines.size() > 10);
        bool sawSsh = false;
        for (const QByteArray &cmdline : std::as_const(cmdlines)) {
            QVERIFY2(!cmdline.contains(kDeviceKey), cmdline.constData());
            sawSsh = sawSsh ||
                     (cmdline.contains("StrictHostKeyChecking=yes") && cmdline.contains("powershell.exe"));
        }
        QVERIFY2(sawSsh, "the ssh client was never seen running: the argv audit looked at nothing");
        QFile scripts(path("scripts.log"));
        QVERIFY(scripts.open(QIODevice::ReadOnly));
        const QByteArray scriptText = scripts.readAll();
        // -EncodedCommand carries the bootstrap only; the operation and its key come on standard input.
        QVERIFY(scriptText.contains("$eflowEnvelope"));
        QVERIFY(!scriptText.contains(kDeviceKey));
        QVERIFY(!provision.out.contains(kDeviceKey) && !provision.err.contains(kDeviceKey));
    }

    void executionPolicyBypassIsWhatMakesItWork_data()
    {
        QTest::addColumn<bool>("ignoreBypass");
        QTest::newRow("ssh passes -ExecutionPolicy Bypass") << false;
        QTest::newRow("the stand-in drops it") << true;
    }

    void executionPolicyBypassIsWhatMakesItWork()
    {
        QFETCH(bool, ignoreBypass);
        // LocalMachine Restricted, as on a Windows client; the VM is deployed and provisioned.
        useScenario("policy-restricted",
                    {QString("EFLOW_REMOTE_IGNORE_BYPASS=") + (ignoreBypass ? "1" : "0")});
        trustDirectly();
        const Run status = run(QStringList{"status", "--release", "1.4"} + target());
        if (ignoreBypass) {
            QVERIFY2(status.exitCode != 0, both(status).constData());
            QVERIFY2(both(status).contains("running scripts is disabled"), both(status).constData());
        } else {
            QVERIFY2(status.exitCode == 0, both(status).constData());
            QVERIFY2(!both(status).contains("running scripts is disabled"), both(status).constData());
            QVERIFY(!calls("Get-EflowVm").isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRemoteSshd)
#include "tst_remote_sshd.moc"
