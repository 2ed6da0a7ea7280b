// fleet export --ansible (issue 16 item 4), the engine half: which files an export holds, the inventory's
// hosts and variables, every host's scripts equal to what the wizard generates for that host's fleet plan,
// shared scripts where every host runs the same text, demo rows left out, no key anywhere, and the
// refusals (no ssh host, a plan that does not fit a host, a provisioning type a fleet does not use).
#undef QT_NO_CAST_FROM_ASCII
#include <QRegularExpression>
#include <QtTest>

#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellProcess.h"
#include "engine/host/PowerShellScripts.h"
#include "engine/jobs/AnsibleExport.h"
#include "engine/jobs/FleetPlan.h"
#include "engine/support/SecretRef.h"

using namespace eflow;
using host::PowerShellScripts;

namespace {

jobs::FleetHost sshRow(int line, const QString &url, const QString &registrationId)
{
    jobs::FleetHost row;
    row.line = line;
    row.target = *jobs::HostTarget::fromSshUrl(url);
    row.registrationId = registrationId;
    return row;
}

jobs::FleetHost demoRow(int line, const QString &machine)
{
    jobs::FleetHost row;
    row.line = line;
    row.target = jobs::HostTarget::demo(QStringLiteral("win11-pro"));
    row.target.machine = machine;
    row.registrationId = machine;
    return row;
}

plan::DeploymentPlan fleetPlan()
{
    plan::DeploymentPlan p;
    p.release = plan::EflowRelease::Lts1_5;
    p.eulaAccepted = true;
    p.vm.cpuCount = 2;
    p.vm.memoryMb = 2048;
    p.network.switchName = QStringLiteral("EFLOW-Ext");
    p.network.switchType = plan::VSwitchType::External;
    p.install.vhdxDir = QStringLiteral("D:\\EFLOW");
    p.provisioning.type = plan::ProvisioningType::DpsSymmetricKey;
    p.provisioning.keySource = plan::SymmetricKeySource::GroupEnrollment;
    p.provisioning.idScope = QStringLiteral("0ne00000A0A");
    p.provisioning.enrollmentGroupId = QStringLiteral("plant-group");
    p.provisioning.secretRef = QStringLiteral("keychain:plant-group");
    return p;
}

// Three ssh hosts (the second with overrides and a key of its own, the third on the same host name as
// the second) and a demo row.
jobs::FleetFile fleet()
{
    jobs::FleetFile f;
    f.hosts << sshRow(2, QStringLiteral("ssh://admin@Edge-01"), QStringLiteral("edge-01"));
    jobs::FleetHost second = sshRow(3, QStringLiteral("ssh://ops@edge-02:2222"), QStringLiteral("edge-02"));
    second.memoryMb = 4096;
    second.ip4Address = QStringLiteral("192.168.3.10");
    second.ip4GatewayAddress = QStringLiteral("192.168.3.1");
    second.ip4PrefixLength = 24;
    second.secretRef = QStringLiteral("keychain:group-b");
    f.hosts << second;
    f.hosts << sshRow(4, QStringLiteral("ssh://ops@edge-02:2223"), QStringLiteral("edge-02-b"));
    f.hosts << demoRow(5, QStringLiteral("line-5"));
    return f;
}

jobs::AnsibleExport exportOf(const jobs::FleetFile &f, const plan::DeploymentPlan &p)
{
    QString error;
    const auto exported =
        jobs::exportAnsible(f, p, {QStringLiteral("plant.csv"), QStringLiteral("plant.json")}, &error);
    if (!exported)
        qFatal("export failed: %s", qPrintable(error));
    return *exported;
}

QString text(const jobs::AnsibleExport &e, const QString &path)
{
    const jobs::AnsibleExportFile *f = e.file(path);
    return f ? QString::fromUtf8(f->content) : QString();
}

// The script a host runs for op: its own file, else the shared one (the playbook's first_found order).
QString scriptOf(const jobs::AnsibleExport &e, const QString &host, const QString &op)
{
    if (const auto *own = e.file(QStringLiteral("scripts/hosts/%1/%2.ps1").arg(host, op)))
        return QString::fromUtf8(own->content);
    return text(e, QStringLiteral("scripts/all/%1.ps1").arg(op));
}

// The wizard's own script for op and plan (what fleet run sends).
QString wizardScript(const QString &op, const plan::DeploymentPlan &p)
{
    if (op == "probe")
        return PowerShellScripts::probe(QStringLiteral("D:"));
    if (op == "enableHyperV")
        return PowerShellScripts::enableHyperV();
    if (op == "createSwitch")
        return PowerShellScripts::createSwitch(p.switchCreation);
    if (op == "installEflow")
        return PowerShellScripts::installEflow(p.release, p.install);
    if (op == "deploy")
        return PowerShellScripts::deploy(p);
    if (op == "vmStatus")
        return PowerShellScripts::vmStatus();
    if (op == "provision")
        return PowerShellScripts::provision(p.release, p.provisioning);
    if (op == "configureEdgeProxy")
        return PowerShellScripts::configureEdgeProxy(p.edgeProxy);
    return PowerShellScripts::moduleList();
}

// The inventory block of one host: its lines up to the next host.
QString inventoryBlock(const QString &inventory, const QString &host)
{
    const qsizetype start = inventory.indexOf(QStringLiteral("\n    %1:\n").arg(host));
    if (start < 0)
        return {};
    const qsizetype end = inventory.indexOf(QRegularExpression(QStringLiteral("\n    [^ ]")), start + 1);
    return inventory.mid(start, end < 0 ? -1 : end + 1 - start);
}

} // namespace

class TestAnsibleExport final : public QObject
{
    Q_OBJECT

private slots:
    void holdsTheFiles()
    {
        const jobs::AnsibleExport e = exportOf(fleet(), fleetPlan());
        QCOMPARE(e.hostNames, QStringList({"edge-01", "edge-02", "edge-02-2223"}));
        QStringList paths;
        for (const jobs::AnsibleExportFile &f : e.files) {
            paths << f.path;
            QVERIFY2(!f.path.startsWith('/') && !f.path.contains("..") && !f.content.isEmpty(),
                     qPrintable(f.path));
        }
        QStringList sorted = paths;
        sorted.sort();
        QCOMPARE(paths, sorted);
        for (const char *fixed :
             {"README.md", "inventory.yml", "playbook.yml", "group_vars/eflow_hosts/main.yml",
              "files/eflow-run.ps1", "filter_plugins/eflow_dps.py"})
            QVERIFY2(paths.contains(fixed), fixed);
        // No host creates a switch: no such script; a file per operation otherwise.
        QVERIFY(!paths.contains("scripts/all/createSwitch.ps1"));
        QVERIFY(!paths.contains("scripts/all/configureEdgeProxy.ps1"));
        for (const QString &op : jobs::ansibleOperations()) {
            if (op != "createSwitch" && op != "configureEdgeProxy")
                QVERIFY2(!scriptOf(e, "edge-01", op).isEmpty(), qPrintable(op));
        }
        // The vault is the user's: never part of an export, so --force can never overwrite it.
        QVERIFY(!paths.contains("group_vars/eflow_hosts/vault.yml"));
        QVERIFY(text(e, "playbook.yml").startsWith("# Written by `eflow-wizard fleet export --ansible`"));
    }

    void inventoryNamesEveryHost()
    {
        const jobs::AnsibleExport e = exportOf(fleet(), fleetPlan());
        const QString inventory = text(e, "inventory.yml");
        QVERIFY(inventory.contains("\neflow_hosts:\n  hosts:\n"));
        const QString first = inventoryBlock(inventory, "edge-01");
        QVERIFY2(first.contains("ansible_host: \"edge-01\"\n"), qPrintable(first));
        QVERIFY(first.contains("ansible_user: \"admin\"\n"));
        QVERIFY(!first.contains("ansible_port"));
        QVERIFY(first.contains("eflow_registration_id: \"edge-01\"\n"));
        QVERIFY(first.contains("eflow_fleet_line: 2\n"));
        QVERIFY(first.contains("eflow_create_switch: false\n"));
        QVERIFY(!first.contains("eflow_group_key_name"));
        const QString second = inventoryBlock(inventory, "edge-02");
        QVERIFY2(second.contains("ansible_port: 2222\n"), qPrintable(second));
        QVERIFY(second.contains("ansible_user: \"ops\"\n"));
        QVERIFY(second.contains("eflow_target: \"ssh://ops@edge-02:2222\"\n"));
        QVERIFY(second.contains("eflow_group_key_name: \"group-b\"\n"));
        QVERIFY(inventoryBlock(inventory, "edge-02-2223").contains("eflow_registration_id: \"edge-02-b\"\n"));
        // The demo row is left out, and said so.
        QVERIFY(!inventory.contains("line-5"));
        QCOMPARE(e.leftOut.size(), 1);
        QCOMPARE(e.leftOut.first().line, 5);
        QCOMPARE(e.leftOut.first().target, QString("demo:win11-pro/line-5"));
        QVERIFY(text(e, "README.md").contains("- line 5, `demo:win11-pro/line-5`: a demo machine"));
        QVERIFY(text(e, "README.md").contains("group-b: \"<the key remembered as keychain:group-b>\""));
        const QString vars = text(e, "group_vars/eflow_hosts/main.yml");
        QVERIFY(vars.contains("ansible_connection: ssh\n"));
        QVERIFY(vars.contains("eflow_release: \"1.5\"\n"));
        QVERIFY(vars.contains("eflow_id_scope: \"0ne00000A0A\"\n"));
    }

    void scriptsAreTheWizards_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("op");
        const QStringList hosts = {"edge-01", "edge-02", "edge-02-2223"};
        for (int i = 0; i < hosts.size(); ++i) {
            for (const QString &op : jobs::ansibleOperations()) {
                if (op != "createSwitch" && op != "configureEdgeProxy")
                    QTest::addRow("%s %s", qPrintable(hosts.at(i)), qPrintable(op)) << i << hosts.at(i) << op;
            }
        }
    }

    void scriptsAreTheWizards()
    {
        QFETCH(int, row);
        QFETCH(QString, host);
        QFETCH(QString, op);
        const jobs::FleetFile f = fleet();
        const jobs::AnsibleExport e = exportOf(f, fleetPlan());
        const plan::DeploymentPlan hostPlan = jobs::fleetHostPlan(fleetPlan(), f.hosts.at(row));
        QCOMPARE(scriptOf(e, host, op), wizardScript(op, hostPlan));
    }

    // Issue 17: a plan with an IoT Edge proxy gives every host the wizard's edge-proxy script, and the
    // inventory turns the playbook's task on.
    void edgeProxyTask()
    {
        plan::DeploymentPlan withProxy = fleetPlan();
        withProxy.edgeProxy = {QStringLiteral("http://proxy.contoso.com:3128"), QStringLiteral("MqttWs")};
        const jobs::AnsibleExport e = exportOf(fleet(), withProxy);
        QCOMPARE(scriptOf(e, "edge-01", "configureEdgeProxy"), wizardScript("configureEdgeProxy", withProxy));
        QVERIFY(e.file(QStringLiteral("scripts/all/configureEdgeProxy.ps1")));
        QVERIFY(inventoryBlock(text(e, "inventory.yml"), "edge-01").contains("eflow_edge_proxy: true\n"));
        QVERIFY(inventoryBlock(text(exportOf(fleet(), fleetPlan()), "inventory.yml"), "edge-01")
                    .contains("eflow_edge_proxy: false\n"));
        QVERIFY(text(e, "playbook.yml").contains("Operation: configureEdgeProxy"));
    }

    void sharesWhatEveryHostRuns()
    {
        const jobs::AnsibleExport e = exportOf(fleet(), fleetPlan());
        for (const char *shared : {"probe", "enableHyperV", "installEflow", "vmStatus", "moduleList"}) {
            QVERIFY2(e.file(QStringLiteral("scripts/all/%1.ps1").arg(shared)), shared);
            QVERIFY(!e.file(QStringLiteral("scripts/hosts/edge-01/%1.ps1").arg(shared)));
        }
        // The registration ID differs on every host, the second's overrides change its deploy.
        for (const QString &host : e.hostNames) {
            QVERIFY(e.file(QStringLiteral("scripts/hosts/%1/provision.ps1").arg(host)));
            QVERIFY(e.file(QStringLiteral("scripts/hosts/%1/deploy.ps1").arg(host)));
        }
        QVERIFY(scriptOf(e, "edge-02", "deploy").contains("$eflowDeploy['memoryInMB'] = 4096"));
        QVERIFY(scriptOf(e, "edge-02", "deploy").contains("$eflowDeploy['ip4Address'] = '192.168.3.10'"));
        QVERIFY(
            scriptOf(e, "edge-01", "provision").contains("$eflowProvision['registrationId'] = 'edge-01'"));
        // Without overrides every host deploys the same: one shared deploy script.
        jobs::FleetFile plain;
        plain.hosts << sshRow(2, "ssh://admin@a", "a") << sshRow(3, "ssh://admin@b", "b");
        const jobs::AnsibleExport same = exportOf(plain, fleetPlan());
        QVERIFY(same.file("scripts/all/deploy.ps1"));
        QVERIFY(!same.file("scripts/hosts/a/deploy.ps1"));
        QVERIFY(same.file("scripts/hosts/a/provision.ps1"));
    }

    void createsTheSwitchWherePlanned()
    {
        plan::DeploymentPlan p = fleetPlan();
        p.network = {};
        p.network.switchName = QStringLiteral("EFLOW-NAT");
        p.network.switchType = plan::VSwitchType::Internal;
        p.network.staticIp = true;
        p.network.ip4Address = QStringLiteral("172.20.0.2");
        p.network.ip4PrefixLength = 24;
        p.network.ip4GatewayAddress = QStringLiteral("172.20.0.1");
        p.switchCreation = {true, QStringLiteral("EFLOW-NAT"), QStringLiteral("172.20.0.1"), 24};
        jobs::FleetFile f;
        f.hosts << sshRow(2, "ssh://admin@a", "a");
        const jobs::AnsibleExport e = exportOf(f, p);
        QCOMPARE(text(e, "scripts/all/createSwitch.ps1"), PowerShellScripts::createSwitch(p.switchCreation));
        QVERIFY(text(e, "inventory.yml").contains("eflow_create_switch: true\n"));
    }

    void runnerCarriesTheWizardsBootstrap()
    {
        const QString runner = text(exportOf(fleet(), fleetPlan()), "files/eflow-run.ps1");
        // The wizard's own command line for a local Windows PowerShell, with its own bootstrap.
        QStringList arguments = host::PowerShellProcess::arguments(host::PowerShellTarget::local());
        QCOMPARE(arguments.takeLast(),
                 host::PowerShellProcess::encodedBootstrap(host::PowerShellTarget::local()));
        arguments << host::PowerShellEnvelope::encodedBootstrap();
        QVERIFY(runner.contains("$eflowArguments = '" + arguments.join(' ') + "'\n"));
        QVERIFY(runner.contains("-OutputFormat Text -EncodedCommand "));
        QVERIFY(!runner.contains("@EFLOW"));
    }

    void holdsNoKey()
    {
        const jobs::AnsibleExport e = exportOf(fleet(), fleetPlan());
        const QString provision = scriptOf(e, "edge-01", "provision");
        QVERIFY(provision.contains("$eflowProvision['symmKey'] = $Secrets['symmKey']"));
        for (const jobs::AnsibleExportFile &f : e.files) {
            // No reference of the plan's either: the vault replaces the keychain.
            QVERIFY2(!f.content.contains("keychain:plant-group"), qPrintable(f.path));
            if (f.path.endsWith(".ps1"))
                continue; // scripts are the wizard's own, pinned by the golden-file tests
            for (const QString &word :
                 QString::fromUtf8(f.content).split(QRegularExpression("[\\s\"'`(),]+")))
                QVERIFY2(!support::looksLikeSecret(word), qPrintable(f.path + ": " + word));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("only demo rows") << "demo"
                                        << "the fleet file has no ssh:// host";
        QTest::newRow("X.509 plan") << "x509"
                                    << "plant.json: a fleet provisions through a DPS enrollment group";
        QTest::newRow("static IP without a switch") << "static"
                                                    << "plant.csv:3: ";
        QTest::newRow("no ID scope") << "scope"
                                     << "plant.csv:2: ";
    }

    void refuses()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        jobs::FleetFile f;
        plan::DeploymentPlan p = fleetPlan();
        f.hosts << sshRow(2, "ssh://admin@a", "a");
        if (what == "demo") {
            f.hosts = {demoRow(2, "one"), demoRow(3, "two")};
        } else if (what == "x509") {
            p.provisioning.type = plan::ProvisioningType::DpsX509;
        } else if (what == "static") {
            p.network = {};
            jobs::FleetHost b = sshRow(3, "ssh://admin@b", "b");
            b.ip4Address = "192.168.1.20";
            b.ip4GatewayAddress = "192.168.1.1";
            b.ip4PrefixLength = 24;
            f.hosts << b;
        } else {
            p.provisioning.idScope.clear();
        }
        QString error;
        QVERIFY(!jobs::exportAnsible(f, p, {"plant.csv", "plant.json"}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::newRow("lower case") << "ssh://admin@Edge-01.Plant.Example"
                                    << "edge-01.plant.example";
        QTest::newRow("address") << "ssh://admin@10.0.0.5:22"
                                 << "10.0.0.5";
        QTest::newRow("IPv6") << "ssh://admin@[fe80::1]"
                              << "fe80-1";
    }

    void hostNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        const auto target = jobs::HostTarget::fromSshUrl(url);
        QVERIFY(target);
        QCOMPARE(jobs::ansibleHostName(*target), name);
    }
};

QTEST_GUILESS_MAIN(TestAnsibleExport)
#include "tst_jobs_ansibleexport.moc"
