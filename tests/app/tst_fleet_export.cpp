// `eflow-wizard fleet export --ansible DIR FLEET_FILE --plan PLAN` (issue 16 item 4), the real binary:
// what it writes (files, modes, summary), what Ansible makes of it (ansible-playbook --syntax-check,
// ansible-inventory --list), the exported filter plugin against `eflow-wizard derive-key` and DPS's
// published vector through `ansible localhost -m debug`, the runner under PowerShell 7's check for
// syntax and commands that Windows PowerShell 5.1 lacks, --force, and every refusal with its exit code.
// The playbook's run against mocked hosts is tst_fleet_export_playbook.
#undef QT_NO_CAST_FROM_ASCII
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/AnsibleTools.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

using namespace eflow::testsupport;

namespace {

// DPS's published vector (reference/dps-protocol.md §3.4, vector 1).
const QByteArray kVectorKey =
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
const QByteArray kVectorId = "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6";
const QByteArray kVectorDerived = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=";

const QByteArray kPlan = R"({"schema":1,"release":"1.5","eulaAccepted":true,
  "vm":{"cpuCount":2,"memoryMb":2048},
  "provisioning":{"type":"DpsSymmetricKey","idScope":"0ne00000A0A","keySource":"group",
                  "enrollmentGroupId":"plant-group","secretRef":"keychain:plant-group"}})";

const QByteArray kFleet = "target,registration_id,memory_mb,secret_ref\n"
                          "ssh://admin@Edge-01.plant.example,{hostname},,\n"
                          "ssh://ops@edge-02.plant.example:2222,{hostname},4096,keychain:group-b\n"
                          "demo:win11-pro/line-4,line-{row},,\n";

} // namespace

class TestFleetExport final : public QObject
{
    Q_OBJECT

private:
    QString m_wizard;
    QString m_source;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    CliRun wizard(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(m_wizard, arguments, input, cleanEnvironment(m_dir->path()));
    }

    CliRun ansible(const QString &tool, const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = ansibleEnvironment(m_dir->path());
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        return runCli(ansibleTool(tool), arguments, {}, env, 120000);
    }

    // Exports the standard fleet into DIR (a path under the test folder); the run's result.
    CliRun exportTo(const QString &dir, const QStringList &more = {})
    {
        writeInputFile(path("plan.json"), kPlan);
        writeInputFile(path("fleet.csv"), kFleet);
        return wizard(QStringList{"fleet", "export", "--ansible", path(dir), path("fleet.csv"), "--plan",
                                  path("plan.json")} +
                      more);
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_WIZARD_BINARY(m_wizard);
        m_source = QStringLiteral(EFLOW_SOURCE_DIR);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void writesTheExport()
    {
        const CliRun run = exportTo("out");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("for 2 hosts into "));
        QVERIFY(run.out.contains("Left out line 4 (demo:win11-pro/line-4): a demo machine"));
        QVERIFY(run.out.contains("ansible-vault create " +
                                 path("out/group_vars/eflow_hosts/vault.yml").toUtf8()));
        for (const char *file :
             {"README.md", "inventory.yml", "playbook.yml", "group_vars/eflow_hosts/main.yml",
              "files/eflow-run.ps1", "filter_plugins/eflow_dps.py", "scripts/all/probe.ps1",
              "scripts/hosts/edge-01.plant.example/provision.ps1",
              "scripts/hosts/edge-02.plant.example/deploy.ps1"}) {
            const QFileInfo info(path("out/") + file);
            QVERIFY2(info.isFile(), file);
            // Nothing secret: readable by all, writable by the owner, whatever the umask.
            QCOMPARE(info.permissions() & 0x7777, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                                      QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
        }
        QVERIFY(!QFileInfo::exists(path("out/group_vars/eflow_hosts/vault.yml")));
    }

    void ansibleReadsTheExport()
    {
        EFLOW_REQUIRE_ANSIBLE();
        QCOMPARE(exportTo("out").exitCode, 0);
        const CliRun syntax = ansible("ansible-playbook", {"-i", path("out/inventory.yml"),
                                                           path("out/playbook.yml"), "--syntax-check"});
        QVERIFY2(syntax.exitCode == 0, (syntax.out + syntax.err).constData());
        const CliRun listed = ansible("ansible-inventory", {"-i", path("out/inventory.yml"), "--list"});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonObject inventory = QJsonDocument::fromJson(listed.out).object();
        QCOMPARE(inventory.value("eflow_hosts").toObject().value("hosts").toArray(),
                 QJsonArray({"edge-01.plant.example", "edge-02.plant.example"}));
        const QJsonObject vars = inventory.value("_meta").toObject().value("hostvars").toObject();
        const QJsonObject second = vars.value("edge-02.plant.example").toObject();
        QCOMPARE(second.value("ansible_host").toString(), QString("edge-02.plant.example"));
        QCOMPARE(second.value("ansible_port").toInt(), 2222);
        QCOMPARE(second.value("ansible_user").toString(), QString("ops"));
        QCOMPARE(second.value("ansible_connection").toString(), QString("ssh"));
        QCOMPARE(second.value("eflow_registration_id").toString(), QString("edge-02.plant.example"));
        QCOMPARE(second.value("eflow_group_key_name").toString(), QString("group-b"));
        QVERIFY(!vars.value("edge-01.plant.example").toObject().contains("eflow_group_key_name"));
        // The tasks the playbook runs, in the wizard's order.
        const CliRun tasks = ansible(
            "ansible-playbook", {"-i", path("out/inventory.yml"), path("out/playbook.yml"), "--list-tasks"});
        QVERIFY2(tasks.exitCode == 0, tasks.err.constData());
        qsizetype at = 0;
        for (const char *step :
             {"Check the target device (probe)", "Enable Hyper-V", "Restart Windows (Hyper-V)",
              "Create the virtual switch", "Install Azure IoT Edge", "Restart Windows (installer)",
              "Create the virtual machine (Deploy-Eflow)", "Read the virtual machine's status",
              "Provision the device", "Wait for the IoT Edge runtime"}) {
            const qsizetype found = tasks.out.indexOf(step, at);
            QVERIFY2(found > at, step);
            at = found;
        }
    }

    void filterDerivesTheWizardsKey_data()
    {
        QTest::addColumn<QByteArray>("groupKey");
        QTest::addColumn<QByteArray>("registrationId");
        QTest::addColumn<QByteArray>("published");
        QTest::newRow("DPS vector 1") << kVectorKey << kVectorId << kVectorDerived;
        QTest::newRow("32-byte key") << QByteArray("q83vEjRWeJCrze8SNFZ4kAq83vEjRWeJCrze8SNFZ4k=")
                                     << QByteArray("edge-02.plant.example") << QByteArray();
        QTest::newRow("16-byte key, ID with : and .")
            << QByteArray("AAECAwQFBgcICQoLDA0ODw==") << QByteArray("plant:line-3.gw_1") << QByteArray();
    }

    void filterDerivesTheWizardsKey()
    {
        EFLOW_REQUIRE_ANSIBLE();
        QFETCH(QByteArray, groupKey);
        QFETCH(QByteArray, registrationId);
        QFETCH(QByteArray, published);
        QCOMPARE(exportTo("out").exitCode, 0);
        const CliRun derived = wizard({"derive-key", "--registration-id", registrationId}, groupKey + '\n');
        QVERIFY2(derived.exitCode == 0, derived.err.constData());
        const QByteArray wizardKey = derived.out.trimmed();
        if (!published.isEmpty())
            QCOMPARE(wizardKey, published);
        // The key reaches Ansible in a file, never in argv; the playbook's own expression derives it.
        writeInputFile(path("vars.yml"),
                       "group_key: \"" + groupKey + "\"\nregistration: \"" + registrationId + "\"\n");
        QProcessEnvironment env;
        env.insert("ANSIBLE_FILTER_PLUGINS", path("out/filter_plugins"));
        const CliRun run = ansible("ansible",
                                   {"localhost", "-m", "ansible.builtin.debug", "-e", "@" + path("vars.yml"),
                                    "-a", "msg={{ group_key | eflow_device_key(registration) }}"},
                                   env);
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QVERIFY2(run.out.contains("\"msg\": \"" + wizardKey + "\""), run.out.constData());
    }

    void filterRefusesBadKeys_data()
    {
        QTest::addColumn<QByteArray>("groupKey");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("not base64") << QByteArray("not a key at all!") << QByteArray("is not valid base64");
        QTest::newRow("too short") << QByteArray("c2hvcnQ=") << QByteArray("decodes to 5 bytes");
        QTest::newRow("empty") << QByteArray("") << QByteArray("the group key is empty");
    }

    void filterRefusesBadKeys()
    {
        EFLOW_REQUIRE_ANSIBLE();
        QFETCH(QByteArray, groupKey);
        QFETCH(QByteArray, expected);
        QCOMPARE(exportTo("out").exitCode, 0);
        writeInputFile(path("vars.yml"), "group_key: \"" + groupKey + "\"\n");
        QProcessEnvironment env;
        env.insert("ANSIBLE_FILTER_PLUGINS", path("out/filter_plugins"));
        const CliRun run = ansible("ansible",
                                   {"localhost", "-m", "ansible.builtin.debug", "-e", "@" + path("vars.yml"),
                                    "-a", "msg={{ group_key | eflow_device_key('edge-01') }}"},
                                   env);
        QVERIFY(run.exitCode != 0);
        QVERIFY2((run.out + run.err).contains(expected), (run.out + run.err).constData());
        if (!groupKey.isEmpty())
            QVERIFY(!(run.out + run.err).contains(groupKey));
    }

    // The runner runs inside Windows PowerShell 5.1 (win_powershell): the project's static check finds no
    // PowerShell 7 syntax and no command or parameter 5.1 lacks.
    void runnerFitsWindowsPowerShell()
    {
        QString pwsh;
        EFLOW_REQUIRE_PWSH(pwsh);
        QCOMPARE(exportTo("out").exitCode, 0);
        const QString check =
            QStringLiteral(
                "Import-Module '%1/tests/powershell/ScriptCheck.psm1'\n"
                "$s = Read-EflowScriptFile '%2'\n"
                "$t = Import-EflowCommandTable '%1/tests/powershell/windows-commands.tsv'\n"
                "@(Find-EflowPs7Syntax -Script $s) + @(Test-EflowCommandUse -Script $s -Table $t) | "
                "ForEach-Object { $_.Message }\n")
                .arg(m_source, path("out/files/eflow-run.ps1"));
        const CliRun run = runCli(pwsh, {"-NoProfile", "-NonInteractive", "-Command", check}, {},
                                  ansibleEnvironment(m_dir->path()), 120000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.trimmed().isEmpty(), run.out.constData());
    }

    void forceWritesOverAnEarlierExport()
    {
        QCOMPARE(exportTo("out").exitCode, 0);
        writeInputFile(path("out/group_vars/eflow_hosts/vault.yml"), "$ANSIBLE_VAULT;1.1;AES256\n00\n");
        QDir().mkpath(path("out/scripts/hosts/gone"));
        writeInputFile(path("out/scripts/hosts/gone/deploy.ps1"), "# a host no longer in the fleet\n");
        const CliRun again = exportTo("out");
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains("is not empty; give a new or empty folder, or --force"),
                 again.err.constData());
        const CliRun forced = exportTo("out", {"--force"});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(QFileInfo::exists(path("out/group_vars/eflow_hosts/vault.yml"))); // the user's vault is kept
        QVERIFY(!QFileInfo::exists(path("out/scripts/hosts/gone"))); // stale host scripts are not
        QVERIFY(QFileInfo::exists(path("out/scripts/hosts/edge-01.plant.example/provision.ps1")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no --ansible")
            << "no-dir" << 2 << "give --ansible DIR, one FLEET_FILE and --plan PLAN";
        QTest::newRow("no plan") << "no-plan" << 2 << "give --ansible DIR, one FLEET_FILE and --plan PLAN";
        QTest::newRow("plan missing") << "plan-missing" << 4 << "missing.json";
        QTest::newRow("plan with a key") << "plan-secret" << 3 << "symmetricKey";
        QTest::newRow("fleet file missing") << "fleet-missing" << 4 << "gone.csv";
        QTest::newRow("fleet file with an unknown column") << "fleet-bad" << 3 << "fleet.csv:1";
        QTest::newRow("only demo rows") << "fleet-demo" << 3 << "the fleet file has no ssh:// host";
        QTest::newRow("X.509 plan") << "plan-x509" << 3
                                    << "a fleet provisions through a DPS enrollment group";
        QTest::newRow("DIR is a file") << "dir-file" << 4 << "is a file, not a folder";
        QTest::newRow("DIR not empty") << "dir-full" << 4 << "is not empty";
        QTest::newRow("--force on a folder of others") << "dir-other" << 4 << "holds no earlier export";
        QTest::newRow("a key in argv") << "argv-key" << 2 << "";
    }

    void refuses()
    {
        QFETCH(QString, what);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QString plan = writeInputFile(path("plan.json"), kPlan);
        QString fleet = writeInputFile(path("fleet.csv"), kFleet);
        QString dir = path("out");
        QStringList extra;
        if (what == "plan-missing")
            plan = path("missing.json");
        else if (what == "plan-secret")
            writeInputFile(plan, R"({"schema":1,"provisioning":{"symmetricKey":"abc"}})");
        else if (what == "plan-x509")
            writeInputFile(
                plan,
                R"({"schema":1,"release":"1.5","eulaAccepted":true,"provisioning":{"type":"DpsX509"}})");
        else if (what == "fleet-missing")
            fleet = path("gone.csv");
        else if (what == "fleet-bad")
            writeInputFile(fleet, "target,registration_id,colour\nssh://admin@a,a,red\n");
        else if (what == "fleet-demo")
            writeInputFile(fleet, "target,registration_id\ndemo:win11-pro/a,a\ndemo:win11-pro/b,b\n");
        else if (what == "dir-file")
            dir = writeInputFile(path("out.txt"), "x");
        else if (what == "dir-full" || what == "dir-other") {
            QDir().mkpath(dir);
            writeInputFile(dir + "/notes.txt", "mine\n");
            if (what == "dir-other")
                extra << "--force";
        } else if (what == "argv-key")
            extra << "--group-key=" + QString::fromLatin1(kVectorKey);
        QStringList arguments = {"fleet", "export", "--ansible", dir, fleet, "--plan", plan};
        if (what == "no-dir")
            arguments = {"fleet", "export", fleet, "--plan", plan};
        else if (what == "no-plan")
            arguments = {"fleet", "export", "--ansible", dir, fleet};
        const CliRun run = wizard(arguments + extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY(!run.err.contains(kVectorKey));
        // Nothing written: a refused export leaves DIR as it was.
        QVERIFY(!QFileInfo::exists(path("out/playbook.yml")));
    }
};

QTEST_GUILESS_MAIN(TestFleetExport)
#include "tst_fleet_export.moc"
