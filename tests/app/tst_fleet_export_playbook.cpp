// The exported playbook run for real against mocked Windows hosts (issue 16 item 4). ansible-playbook runs
// the export unchanged, with the vault encrypted by ansible-vault; only the two modules that need a Windows
// host are replaced, by the stand-ins in tests/app/ansible-standin: win_powershell runs the task's script
// (the export's runner) with the task's parameters under pwsh, the way win_powershell invokes a script, and
// the runner starts tests/powershell/remote/powershell.exe (pwsh with the EFLOW and Windows cmdlet mocks)
// with the wizard's bootstrap and the envelope on stdin, exactly as it starts powershell.exe on Windows;
// win_reboot calls the mocks' Restart-Computer. So this proves the playbook's order, conditions, parsing,
// restart handling, failure messages and key handling, the runner and the exported scripts - not
// win_powershell itself, not OpenSSH or WinRM to Windows, not Windows PowerShell 5.1, not EFLOW.
#undef QT_NO_CAST_FROM_ASCII
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/AnsibleTools.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

using namespace eflow::testsupport;

namespace {

const QByteArray kGroupKey =
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
const QByteArray kGroupKeyB = "q83vEjRWeJCrze8SNFZ4kAq83vEjRWeJCrze8SNFZ4k=";

const QByteArray kPlan =
    R"({"schema":1,"release":"1.5","eulaAccepted":true,"vm":{"cpuCount":2,"memoryMb":2048},
  "provisioning":{"type":"DpsSymmetricKey","idScope":"0ne00000A0A","keySource":"group","enrollmentGroupId":"plant"}})";

// A: Hyper-V off (enable, restart), B: ready, with a second group's key, C: another release line installed.
const QByteArray kFleet = "target,registration_id,secret_ref\n"
                          "ssh://admin@edge-a.plant.example,{hostname},\n"
                          "ssh://ops@edge-b.plant.example:2222,{hostname},keychain:group-b\n"
                          "ssh://admin@edge-c.plant.example,{hostname},\n";
const QString kA = QStringLiteral("edge-a.plant.example");
const QString kB = QStringLiteral("edge-b.plant.example");
const QString kC = QStringLiteral("edge-c.plant.example");

struct Recap
{
    int changed = -1;
    int failed = -1;
};

Recap recapOf(const QByteArray &out, const QString &host)
{
    const QRegularExpression line(
        QRegularExpression::escape(host) +
        QStringLiteral(R"(\s*:\s*ok=\d+\s+changed=(\d+)\s+unreachable=0\s+failed=(\d+))"));
    const auto match = line.match(QString::fromUtf8(out));
    return match.hasMatch() ? Recap{match.captured(1).toInt(), match.captured(2).toInt()} : Recap{};
}

} // namespace

class TestFleetExportPlaybook final : public QObject
{
    Q_OBJECT

private:
    QString m_wizard;
    QString m_source;
    QString m_pwsh;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString derivedKey(const QByteArray &groupKey, const QString &registrationId)
    {
        const CliRun run = runCli(m_wizard, {"derive-key", "--registration-id", registrationId},
                                  groupKey + '\n', cleanEnvironment(m_dir.path()));
        return run.exitCode == 0 ? QString::fromUtf8(run.out.trimmed()) : QString();
    }

    // The mocked host behind an inventory name: its scenario and its state, record and step-log files.
    void writeHostVars(const QString &host, const QString &scenario)
    {
        const QByteArray vars = "ansible_connection: local\n"
                                "ansible_shell_type: sh\n"
                                "eflow_standin:\n"
                                "  scenario: \"" +
                                scenario.toUtf8() + "\"\n  state: \"" + path(host + ".state.json").toUtf8() +
                                "\"\n  record: \"" + path(host + ".record.jsonl").toUtf8() + "\"\n  log: \"" +
                                path("steps.jsonl").toUtf8() + "\"\n";
        QDir().mkpath(path("out/host_vars"));
        writeInputFile(path("out/host_vars/" + host + ".yml"), vars);
    }

    CliRun playbook(const QStringList &more)
    {
        QProcessEnvironment env = ansibleEnvironment(m_dir.path());
        env.insert("ANSIBLE_COLLECTIONS_PATH", m_source + "/tests/app/ansible-standin");
        env.insert("EFLOW_STANDIN_POWERSHELL", m_source + "/tests/powershell/remote/powershell.exe");
        env.insert("EFLOW_PWSH", m_pwsh);
        return runCli(ansibleTool("ansible-playbook"),
                      QStringList{"-i", path("out/inventory.yml"), path("out/playbook.yml"),
                                  "--vault-password-file", path("vault-password"), "-f", "3"} +
                          more,
                      {}, env, 600000);
    }

    // The mocked cmdlet calls of a host, in order.
    QList<QJsonObject> calls(const QString &host)
    {
        QList<QJsonObject> list;
        QFile file(path(host + ".record.jsonl"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    list << QJsonDocument::fromJson(line).object();
            }
        }
        return list;
    }

    QStringList commands(const QString &host)
    {
        QStringList names;
        for (const QJsonObject &call : calls(host))
            names << call.value("command").toString();
        return names;
    }

    // The steps the stand-ins ran for host, in order (from the shared step log).
    QStringList steps(const QString &host)
    {
        QStringList list;
        QFile file(path("steps.jsonl"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QJsonObject step = QJsonDocument::fromJson(line).object();
                if (step.value("host").toString() == host)
                    list << step.value("operation").toString();
            }
        }
        return list;
    }

    QString provisionedKey(const QString &host)
    {
        for (const QJsonObject &call : calls(host)) {
            if (call.value("command").toString() == "Provision-EflowVm")
                return call.value("parameters").toObject().value("symmKey").toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_WIZARD_BINARY(m_wizard);
        EFLOW_REQUIRE_ANSIBLE();
        EFLOW_REQUIRE_PWSH(m_pwsh);
        m_source = QStringLiteral(EFLOW_SOURCE_DIR);
        QVERIFY(m_dir.isValid());
        writeInputFile(path("plan.json"), kPlan);
        writeInputFile(path("fleet.csv"), kFleet);
        const CliRun exported = runCli(
            m_wizard,
            {"fleet", "export", "--ansible", path("out"), path("fleet.csv"), "--plan", path("plan.json")}, {},
            cleanEnvironment(m_dir.path()));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // The vault as the README says, encrypted by ansible-vault (its password in a file, not in argv).
        writeInputFile(path("vault-password"), "a test vault password\n");
        writeInputFile(path("out/group_vars/eflow_hosts/vault.yml"),
                       "eflow_group_key: \"" + kGroupKey + "\"\neflow_group_keys:\n  group-b: \"" +
                           kGroupKeyB + "\"\n");
        const CliRun vault = runCli(ansibleTool("ansible-vault"),
                                    {"encrypt", "--vault-password-file", path("vault-password"),
                                     path("out/group_vars/eflow_hosts/vault.yml")},
                                    {}, ansibleEnvironment(m_dir.path()));
        QVERIFY2(vault.exitCode == 0, vault.err.constData());
        QFile encrypted(path("out/group_vars/eflow_hosts/vault.yml"));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QVERIFY(encrypted.readAll().startsWith("$ANSIBLE_VAULT;"));
        // A: Hyper-V off; Windows creates the Default Switch once Hyper-V runs, so the scenario has it.
        writeInputFile(path("hyperv-off.json"),
                       R"({"base":"hyperv-disabled","switches":[{"Name":"Default Switch",
                           "Id":"c08cb7b8-9b3c-408e-8e30-5e16a3aeb444","SwitchType":"Internal",
                           "NetAdapterInterfaceDescription":""}]})");
        writeHostVars(kA, path("hyperv-off.json"));
        writeHostVars(kB, "supported-client");
        writeHostVars(kC, "deploy-error-NotEnoughMemory"); // 1.4 installed: the 1.5 plan cannot install
    }

    void deploysProvisionsAndStopsWhereAHostFails()
    {
        const CliRun run = playbook({});
        const QByteArray all = run.out + run.err;
        QVERIFY2(run.exitCode == 2, all.right(4000).constData()); // 2: some host failed
        QCOMPARE(recapOf(run.out, kA).failed, 0);
        QCOMPARE(recapOf(run.out, kB).failed, 0);
        QCOMPARE(recapOf(run.out, kC).failed, 1);
        QVERIFY2(all.contains(kC.toUtf8() +
                              " stopped at \\\"Install Azure IoT Edge for Linux on Windows\\\": "
                              "Azure IoT Edge LTS 1.4."),
                 all.right(4000).constData());
        // A: Hyper-V enabled, Windows restarted, then on to the runtime; B: nothing to enable.
        QCOMPARE(steps(kA), QStringList({"probe", "enableHyperV", "reboot", "installEflow", "deploy",
                                         "vmStatus", "provision", "moduleList"}));
        QVERIFY(commands(kA).contains("Restart-Computer"));
        QCOMPARE(steps(kB),
                 QStringList({"probe", "installEflow", "deploy", "vmStatus", "provision", "moduleList"}));
        QVERIFY(!commands(kB).contains("Restart-Computer"));
        QCOMPARE(steps(kC), QStringList({"probe", "installEflow"}));
        QVERIFY(!commands(kC).contains("Deploy-Eflow"));
        // Each host got its own key, derived from its group's key: what the wizard's derive-key gives.
        const QString keyA = derivedKey(kGroupKey, kA);
        const QString keyB = derivedKey(kGroupKeyB, kB);
        QVERIFY(!keyA.isEmpty() && !keyB.isEmpty());
        QCOMPARE(provisionedKey(kA), keyA);
        QCOMPARE(provisionedKey(kB), keyB);
        QVERIFY(all.contains("device " + kB.toUtf8() + " on hub "));
        // No key in Ansible's output: the provisioning task is no_log, the vault's values are never shown.
        for (const QByteArray &secret : {kGroupKey, kGroupKeyB, keyA.toUtf8(), keyB.toUtf8()})
            QVERIFY2(!all.contains(secret), "a key is in ansible-playbook's output");
    }

    // A rerun does nothing twice: every step before provisioning reports what is there.
    void rerunChangesOnlyTheProvisioning()
    {
        QFile::remove(path("steps.jsonl"));
        const CliRun run = playbook({"--limit", kA + "," + kB});
        QVERIFY2(run.exitCode == 0, (run.out + run.err).right(4000).constData());
        QCOMPARE(recapOf(run.out, kA).changed, 1);
        QCOMPARE(recapOf(run.out, kB).changed, 1);
        QCOMPARE(steps(kA),
                 QStringList({"probe", "installEflow", "deploy", "vmStatus", "provision", "moduleList"}));
        QCOMPARE(commands(kA).count("Deploy-Eflow"), 1);
    }

    void stopsWhereRestartsAreNotAllowed()
    {
        for (const char *file : {".state.json", ".record.jsonl"})
            QFile::remove(path(kA + file));
        QFile::remove(path("steps.jsonl"));
        const CliRun run = playbook({"--limit", kA, "-e", "eflow_allow_reboot=false"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("Hyper-V is enabled on " + kA.toUtf8() + ", but Windows must restart"),
                 run.out.right(3000).constData());
        QCOMPARE(steps(kA), QStringList({"probe", "enableHyperV"}));
        QVERIFY(!commands(kA).contains("Restart-Computer"));
    }

    // Without the group key in the vault nothing runs on the host, and the message says what to do.
    void refusesToStartWithoutTheKey()
    {
        QFile::remove(path("steps.jsonl"));
        QVERIFY(QFile::rename(path("out/group_vars/eflow_hosts/vault.yml"), path("vault.yml.aside")));
        const CliRun run = playbook({"--limit", kB});
        QVERIFY(QFile::rename(path("vault.yml.aside"), path("out/group_vars/eflow_hosts/vault.yml")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("The vault has no group key for " + kB.toUtf8()),
                 run.out.right(3000).constData());
        QVERIFY(run.out.contains("eflow_group_keys['group-b']"));
        QVERIFY(steps(kB).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleetExportPlaybook)
#include "tst_fleet_export_playbook.moc"
