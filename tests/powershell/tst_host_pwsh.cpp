// PowerShellHostBackend for real: every operation's generated script runs in PowerShell 7 (pwsh, the
// .NET tool) against the mocks in tests/powershell/mocks, whose AzureEFLOW and Windows cmdlets declare
// their parameters as Microsoft documents them, so a wrong name, type or value fails in binding as on
// Windows. EFLOW_POWERSHELL and EFLOW_PS_PRELOAD (read by the engine outside Windows builds) point the
// backend at pwsh and the mocks; the mocks record every call with its bound parameters.
//
// What only Windows can prove: the cmdlets' behaviour, Windows PowerShell 5.1's own semantics, console
// encodings. See docs/windows-host.md.
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/host/HostFacts.h"
#include "engine/host/IotEdgeParsers.h"
#include "engine/host/LicenseTerms.h"
#include "engine/host/PowerShellHostBackend.h"
#include "engine/host/PowerShellProcess.h"
#include "engine/host/PowerShellScripts.h"
#include "engine/support/Redactor.h"
#include "tests/support/HostTestSupport.h"

using eflow::host::HostOperation;
using eflow::host::PowerShellHostBackend;
using eflow::host::PowerShellTarget;
using eflow::host::ProvisioningSecret;
using eflow::plan::EflowRelease;
namespace plan = eflow::plan;
namespace host = eflow::host;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(eflow::plan::EflowRelease)

namespace {

const QByteArray kDeviceKey = QByteArrayLiteral("cHdzaC1tb2NrLWRldmljZS1rZXktZm9yLWRldi0wMQ==");
constexpr int kRunMs = 90000;

} // namespace

class tst_HostPwsh final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mocks;

    // A fresh host of the given scenario (a name under mocks/scenarios, or a JSON text): its own state
    // and record files, so successive operations in one test see one host.
    void useScenario(const QString &scenario)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString value = scenario;
        if (scenario.startsWith(QLatin1Char('{'))) {
            value = m_dir->filePath(QStringLiteral("scenario.json"));
            QFile f(value);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(scenario.toUtf8());
        }
        qputenv("EFLOW_MOCK_SCENARIO", value.toUtf8());
        qputenv("EFLOW_MOCK_STATE", m_dir->filePath(QStringLiteral("state.json")).toUtf8());
        qputenv("EFLOW_MOCK_RECORD", m_dir->filePath(QStringLiteral("record.jsonl")).toUtf8());
    }

    // Runs one operation to its end; the operation is parented for clean-up.
    HostOperation *run(HostOperation *op)
    {
        op->setParent(this);
        if (!op->isFinished()) {
            QSignalSpy spy(op, &HostOperation::finished);
            if (!spy.wait(kRunMs))
                qWarning("operation %s did not finish", qPrintable(op->name()));
        }
        return op;
    }

    PowerShellHostBackend *backend()
    {
        auto *b = new PowerShellHostBackend(PowerShellTarget::local(), QString(), this);
        b->setKillGracePeriod(500);
        return b;
    }

    static QString describe(HostOperation *op)
    {
        return op->result().error + QStringLiteral(" | ") +
               op->lines().join(QStringLiteral(" / ")).right(1500);
    }

    QByteArray recordText() const
    {
        QFile f(m_dir->filePath(QStringLiteral("record.jsonl")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The bound parameters of every recorded call of command, in order.
    QList<QJsonObject> calls(const QString &command) const
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : recordText().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("command")).toString() == command)
                out << o.value(QStringLiteral("parameters")).toObject();
        }
        return out;
    }

    std::optional<host::HostFacts> probe()
    {
        HostOperation *op = run(backend()->probe());
        if (!op->result().ok()) {
            qWarning("probe failed: %s", qPrintable(describe(op)));
            return std::nullopt;
        }
        QString error;
        auto facts = host::hostFactsFromJson(op->result().data, &error);
        if (!facts)
            qWarning("facts: %s", qPrintable(error));
        return facts;
    }

private slots:
    void initTestCase()
    {
        const QString pwsh = qEnvironmentVariable("EFLOW_PWSH");
        if (pwsh.isEmpty() || !QFileInfo(pwsh).isExecutable())
            QSKIP("SKIPPED: pwsh not found (EFLOW_PWSH): install the .NET SDK, then run "
                  "packaging/install-deps.sh");
        m_mocks = QStringLiteral(EFLOW_SOURCE_DIR "/tests/powershell/mocks");
        QVERIFY(QFileInfo::exists(m_mocks + QStringLiteral("/preload.ps1")));
        qputenv("EFLOW_POWERSHELL", pwsh.toUtf8());
        qputenv("EFLOW_PS_PRELOAD", (m_mocks + QStringLiteral("/preload.ps1")).toUtf8());
        qunsetenv("EFLOW_MOCK_PROCESS_POLICY");
    }

    void probeReadsTheHost_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("installed");
        QTest::addColumn<QString>("line");
        QTest::addColumn<EflowRelease>("release");
        QTest::addColumn<bool>("newer");
        QTest::newRow("nothing installed")
            << u"supported-client"_s << false << u""_s << EflowRelease::Unknown << false;
        // Every LTS line installs as "Azure IoT Edge LTS": the line comes from DisplayVersion (item 6a).
        QTest::newRow("1.1 LTS") << u"installed-1.1"_s << true << u"1.1"_s << EflowRelease::Lts1_1 << false;
        QTest::newRow("1.4 LTS") << u"installed-1.4"_s << true << u"1.4"_s << EflowRelease::Lts1_4 << false;
        QTest::newRow("1.5 LTS") << u"installed-1.5"_s << true << u"1.5"_s << EflowRelease::Lts1_5 << false;
        QTest::newRow("1.6 through Microsoft Update")
            << u"installed-1.6"_s << true << u"1.6"_s << EflowRelease::Lts1_5 << true;
    }

    void probeReadsTheHost()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, installed);
        QFETCH(QString, line);
        QFETCH(EflowRelease, release);
        QFETCH(bool, newer);
        useScenario(scenario);
        const auto facts = probe();
        QVERIFY(facts);
        QVERIFY(facts->elevated);
        QVERIFY(!facts->osCaption.isEmpty());
        QCOMPARE(facts->eflow.installed, installed);
        QCOMPARE(facts->eflow.line, line);
        QCOMPARE(facts->eflow.release, release);
        QCOMPARE(facts->eflow.newerThanKnown, newer);
        // The wizard's own session passes -ExecutionPolicy Bypass (item 6b).
        QCOMPARE(facts->executionPolicy, QStringLiteral("Bypass"));
        QCOMPARE(facts->executionPolicyScope, QStringLiteral("Process"));
        // The host's own DNS servers, for a VM behind a created NAT switch (item 6h).
        QVERIFY(!facts->dnsServers.isEmpty());
        for (const QString &server : facts->dnsServers)
            QVERIFY2(!server.startsWith(QLatin1String("172.")),
                     qPrintable(server)); // no internal switch gateway
        QVERIFY(!calls(QStringLiteral("Get-CimInstance")).isEmpty());
        // What the host's own text is in (issue 17); PowerShell 7 here has a console that took UTF-8.
        QCOMPARE(facts->culture.outputCodePage, 65001);
        QVERIFY(!facts->culture.decimalSeparator.isEmpty());
    }

    void executionPolicyFromGroupPolicy()
    {
        useScenario(
            QStringLiteral(R"({"base":"supported-client","executionPolicy":{"MachinePolicy":"AllSigned"}})"));
        const auto facts = probe();
        QVERIFY(facts);
        QCOMPARE(facts->executionPolicy, QStringLiteral("AllSigned"));
        QCOMPARE(facts->executionPolicyScope, QStringLiteral("MachinePolicy"));
    }

    // The wizard's own -ExecutionPolicy Bypass (the Process scope) lets the module load under a Restricted
    // machine policy; only Group Policy overrides it. The mock module checks the policy whenever it
    // loads, also when the scripts' Get-Command loads it automatically, as Windows does.
    void executionPolicyDecidesWhetherTheModuleLoads_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("ok");
        QTest::newRow("LocalMachine Restricted, wizard's Bypass") << u"policy-restricted"_s << true;
        QTest::newRow("Group Policy Restricted") << u"policy-gpo-restricted"_s << false;
    }

    void executionPolicyDecidesWhetherTheModuleLoads()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, ok);
        useScenario(scenario);
        HostOperation *op = run(backend()->vmStatus());
        QVERIFY2(op->result().ok() == ok, qPrintable(describe(op)));
        if (!ok) {
            QVERIFY2(describe(op).contains(u"running scripts is disabled on this system"_s),
                     qPrintable(describe(op)));
            // The bootstrap names the failure in words no translation changes (issue 17), and its code
            // page announcement never reaches the console lines.
            const QString lines = op->lines().join(QLatin1Char('\n'));
            QVERIFY2(lines.contains(u"PowerShell error: FullyQualifiedErrorId=UnauthorizedAccess"_s),
                     qPrintable(lines));
            QVERIFY2(lines.contains(u"PSSecurityException"_s), qPrintable(lines));
            QVERIFY(!lines.contains(u"##eflow-encoding##"_s));
            QCOMPARE(op->result().explanation.id, host::EflowErrorId::ExecutionPolicyRefused);
        }
    }

    // Issue 17: cmdlet text and error records in CP932, as a Japanese Windows writes them where no console
    // took UTF-8 (ssh without a pty), announced as the bootstrap announces it there; the result stays
    // UTF-8. Real .NET encoding (IBM extension characters as Windows writes them: 0xFBFC), read back by
    // PowerShellProcess's reader.
    void japaneseConsoleText()
    {
        useScenario(QStringLiteral("supported-client"));
        const QString denied =
            u"\u30A2\u30AF\u30BB\u30B9\u304C\u62D2\u5426\u3055\u308C\u307E\u3057\u305F\u3002"
            u"\u2460\u3231\u9AD9\u6A4B"_s;
        const QString elevation = u"\u8981\u6C42\u3055\u308C\u305F\u64CD\u4F5C\u306B\u306F\u7BA1\u7406\u8005"
                                  u"\u7279\u6A29\u304C\u5FC5\u8981\u3067\u3059\u3002"_s;
        const QString japanese = u"\u65E5\u672C\u8A9E"_s;
        const QString script =
            u"$b = [System.Text.Encoding]::ASCII.GetBytes(\"##eflow-encoding## output=932 ansi=932`n\")\n"
            u"foreach ($s in @([Console]::OpenStandardOutput(), [Console]::OpenStandardError())) "
            u"{ $s.Write($b, 0, $b.Length); $s.Flush() }\n"
            u"[Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding(932)\n"
            u"Write-Output '"_s +
            denied + u"'\n[Console]::Error.WriteLine('"_s + elevation +
            u"')\n$w = New-Object System.IO.StreamWriter([Console]::OpenStandardOutput(), "
            u"(New-Object System.Text.UTF8Encoding $false))\n$w.AutoFlush = $true\n"
            u"$w.WriteLine('##eflow-result## {\"name\":\""_s +
            japanese + u"\"}')\n"_s;
        host::PowerShellProcess process;
        process.setTarget(PowerShellTarget::local());
        QStringList out;
        QStringList err;
        connect(&process, &host::PowerShellProcess::line, this, [&out](const QString &t) { out << t; });
        connect(&process, &host::PowerShellProcess::errorLine, this, [&err](const QString &t) { err << t; });
        QSignalSpy done(&process, &host::PowerShellProcess::finished);
        QVERIFY(process.start(host::PowerShellEnvelope(script)));
        QVERIFY(done.wait(kRunMs));
        const auto result = done.first().first().value<host::PowerShellResult>();
        QVERIFY2(result.outcome == host::PowerShellResult::Outcome::Ok,
                 qPrintable(result.error + result.stderrTail));
        QCOMPARE(result.result.value(u"name"_s).toString(), japanese);
        QVERIFY2(out.contains(denied), qPrintable(out.join(u" / "_s)));
        QVERIFY2(err.contains(elevation), qPrintable(err.join(u" / "_s)));
        QVERIFY(!out.join(QString()).contains(QChar::ReplacementCharacter));
    }

    void enableHyperVNeedsARestart()
    {
        useScenario(QStringLiteral("hyperv-disabled"));
        HostOperation *op = run(backend()->enableHyperV());
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("restartRequired")).toBool(), true);
        const auto enable = calls(QStringLiteral("Enable-WindowsOptionalFeature"));
        QCOMPARE(enable.size(), 1);
        QCOMPARE(enable.first().value(QStringLiteral("FeatureName")).toArray(),
                 QJsonArray{QStringLiteral("Microsoft-Hyper-V")}); // [string[]]$FeatureName
        QCOMPARE(enable.first().value(QStringLiteral("NoRestart")).toBool(), true);
    }

    void createSwitchThenItExists()
    {
        useScenario(QStringLiteral("server-no-switch"));
        const plan::SwitchCreation request{true, QStringLiteral("EFLOW-Internal"),
                                           QStringLiteral("172.20.0.1"), 24};
        HostOperation *op = run(backend()->createSwitch(request));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("alreadyExisted")).toBool(), false);
        const auto vmSwitch = calls(QStringLiteral("New-VMSwitch"));
        QCOMPARE(vmSwitch.size(), 1);
        QCOMPARE(vmSwitch.first().value(QStringLiteral("SwitchType")).toString(), QStringLiteral("Internal"));
        const auto nat = calls(QStringLiteral("New-NetNat"));
        QCOMPARE(nat.size(), 1);
        QCOMPARE(nat.first().value(QStringLiteral("InternalIPInterfaceAddressPrefix")).toString(),
                 QStringLiteral("172.20.0.0/24"));
        // A retry repairs instead of failing on "already exists".
        HostOperation *again = run(backend()->createSwitch(request));
        QVERIFY2(again->result().ok(), qPrintable(describe(again)));
        QCOMPARE(again->result().data.value(QStringLiteral("alreadyExisted")).toBool(), true);
        QCOMPARE(calls(QStringLiteral("New-VMSwitch")).size(), 1);
    }

    void installOutcomes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<EflowRelease>("release");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("already");
        QTest::addColumn<bool>("restart");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("download and install 1.5")
            << u"supported-client"_s << EflowRelease::Lts1_5 << true << false << false << u""_s;
        // msiexec 3010/1641: installed, Windows must restart (item 6j).
        QTest::newRow("msiexec 3010")
            << u"msi-3010"_s << EflowRelease::Lts1_5 << true << false << true << u""_s;
        QTest::newRow("msiexec 1641")
            << u"msi-1641"_s << EflowRelease::Lts1_5 << true << false << true << u""_s;
        QTest::newRow("msiexec 1603") << u"msi-1603"_s << EflowRelease::Lts1_5 << false << false << false
                                      << u"msiexec failed with exit code 1603"_s;
        // The same LTS line under "Azure IoT Edge LTS" is kept, not refused (item 6a).
        QTest::newRow("1.4 already installed")
            << u"ready-1.4"_s << EflowRelease::Lts1_4 << true << true << false << u""_s;
        QTest::newRow("1.6 counts as the newest line")
            << u"ready-1.6"_s << EflowRelease::Lts1_5 << true << true << false << u""_s;
        QTest::newRow("another line installed")
            << u"ready-1.1"_s << EflowRelease::Lts1_5 << false << false << false << u"Uninstall it"_s;
        // A BITS job stuck in TransientError: the wait gives up after its own limit (on the mocks' virtual
        // clock) and the direct download ends with a sentence (item 6g).
        QTest::newRow("BITS stuck, no network") << u"bits-stuck"_s << EflowRelease::Lts1_5 << false << false
                                                << false << u"BITS made no progress for 120 seconds"_s;
        QTest::newRow("unsigned installer") << u"msi-unsigned"_s << EflowRelease::Lts1_5 << false << false
                                            << false << u"is not validly signed"_s;
    }

    void installOutcomes()
    {
        QFETCH(QString, scenario);
        QFETCH(EflowRelease, release);
        QFETCH(bool, ok);
        QFETCH(bool, already);
        QFETCH(bool, restart);
        QFETCH(QString, fragment);
        useScenario(scenario);
        HostOperation *op = run(backend()->installEflow(release, {}));
        QCOMPARE(op->result().ok(), ok);
        if (!ok) {
            QVERIFY2(describe(op).contains(fragment), qPrintable(describe(op)));
            QVERIFY2(!op->result().error.contains(u"<Objs"_s), qPrintable(op->result().error));
            return;
        }
        QCOMPARE(op->result().data.value(QStringLiteral("alreadyInstalled")).toBool(), already);
        QCOMPARE(op->result().data.value(QStringLiteral("restartRequired")).toBool(), restart);
        if (!already)
            QCOMPARE(calls(QStringLiteral("Start-Process")).size(), 1);
        else
            QVERIFY(calls(QStringLiteral("Start-Process")).isEmpty());
    }

    void deployParameters_data()
    {
        QTest::addColumn<plan::DeploymentPlan>("plan");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QJsonObject>("expected"); // parameters that must be bound as given
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QStringList>("dns"); // Set-EflowVmDNSServers -dnsServers, empty: not called

        plan::DeploymentPlan p11 = eflow::testsupport::licensedPlan(EflowRelease::Lts1_1, 2, 2048);
        p11.vm.diskSizeGb = 16;
        QTest::newRow("1.1 defaults") << p11 << u"ready-1.1"_s
                                      << QJsonObject{{u"acceptEula"_s, u"Yes"_s},
                                                     {u"vmDiskSize"_s, 16},
                                                     {u"cpuCount"_s, 2},
                                                     {u"memoryInMB"_s, 2048}}
                                      << QStringList{u"vmDataSize"_s, u"vmLogSize"_s} << QStringList();

        plan::DeploymentPlan p14 = eflow::testsupport::licensedPlan(EflowRelease::Lts1_4, 2, 2048);
        p14.vm.dataSizeGb = 30;
        p14.vm.logSize = plan::VmLogSize::Small;
        p14.network.switchName = QStringLiteral("EFLOW-Ext");
        p14.network.switchType = plan::VSwitchType::External;
        p14.network.staticIp = true;
        p14.network.ip4Address = QStringLiteral("192.168.0.2");
        p14.network.ip4PrefixLength = 24;
        p14.network.ip4GatewayAddress = QStringLiteral("192.168.0.1");
        p14.network.dnsServers = {QStringLiteral("192.168.0.1"), QStringLiteral("1.1.1.1")};
        QTest::newRow("1.4 static IP")
            << p14
            << QStringLiteral(
                   R"({"base":"ready-1.4","switches":[{"Name":"EFLOW-Ext","SwitchType":"External"}]})")
            << QJsonObject{{u"vmDataSize"_s, 30},
                           {u"vmLogSize"_s, u"Small"_s},
                           {u"vswitchName"_s, u"EFLOW-Ext"_s},
                           {u"vswitchType"_s, u"External"_s},
                           {u"ip4Address"_s, u"192.168.0.2"_s},
                           {u"ip4PrefixLength"_s, 24}}
            << QStringList{u"vmDiskSize"_s} << QStringList{u"192.168.0.1"_s, u"1.1.1.1"_s};

        // DNS servers with DHCP are set too (item 6i).
        plan::DeploymentPlan dhcp = eflow::testsupport::licensedPlan(EflowRelease::Lts1_5, 2, 2048);
        dhcp.network.dnsServers = {QStringLiteral("10.50.0.10")};
        QTest::newRow("1.5 DHCP with DNS")
            << dhcp << u"ready-1.5"_s << QJsonObject{{u"acceptEula"_s, u"Yes"_s}}
            << QStringList{u"ip4Address"_s, u"vmDiskSize"_s} << QStringList{u"10.50.0.10"_s};

        plan::DeploymentPlan dda = eflow::testsupport::licensedPlan(EflowRelease::Lts1_5, 4, 4096);
        dda.gpu.type = plan::GpuPassthrough::DirectDeviceAssignment;
        dda.gpu.name = QStringLiteral("NVIDIA Tesla T4");
        dda.gpu.count = 1;
        QTest::newRow("1.5 DDA")
            << dda
            << QStringLiteral(
                   R"({"base":"ready-1.5","gpus":[{"Caption":"NVIDIA Tesla T4","DriverVersion":"31.0.15.1601"}]})")
            << QJsonObject{{u"gpuName"_s, u"NVIDIA Tesla T4"_s},
                           {u"gpuPassthroughType"_s, u"DirectDeviceAssignment"_s},
                           {u"gpuCount"_s, 1}}
            << QStringList() << QStringList();

        plan::DeploymentPlan pv = eflow::testsupport::licensedPlan(EflowRelease::Lts1_5, 2, 2048);
        pv.gpu.type = plan::GpuPassthrough::ParaVirtualization;
        pv.gpu.name = QStringLiteral("NVIDIA GeForce RTX 3060");
        QTest::newRow("1.5 GPU-PV")
            << pv
            << QStringLiteral(
                   R"({"base":"ready-1.5","gpus":[{"Caption":"NVIDIA GeForce RTX 3060","DriverVersion":"31.0.15.3713"}]})")
            << QJsonObject{{u"gpuPassthroughType"_s, u"ParaVirtualization"_s}, {u"gpuCount"_s, 1}}
            << QStringList() << QStringList();

        // The module's own non-terminating errors must not stop it: the script's 'Stop' is its own
        // (item 6e).
        QTest::newRow("module writes a non-terminating error")
            << eflow::testsupport::licensedPlan(EflowRelease::Lts1_5, 2, 2048) << u"noisy-module"_s
            << QJsonObject{{u"headless"_s, true}} << QStringList() << QStringList();
    }

    void deployParameters()
    {
        QFETCH(plan::DeploymentPlan, plan);
        QFETCH(QString, scenario);
        QFETCH(QJsonObject, expected);
        QFETCH(QStringList, absent);
        QFETCH(QStringList, dns);
        useScenario(scenario);
        HostOperation *op = run(backend()->deploy(plan));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("result")).toString(), QStringLiteral("OK"));
        const auto deploys = calls(QStringLiteral("Deploy-Eflow"));
        QCOMPARE(deploys.size(), 1);
        const QJsonObject bound = deploys.first();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(bound.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(" = ") +
                                QString::fromUtf8(QJsonDocument(bound).toJson(QJsonDocument::Compact))));
        for (const QString &name : absent)
            QVERIFY2(!bound.contains(name), qPrintable(name));
        const auto dnsCalls = calls(QStringLiteral("Set-EflowVmDNSServers"));
        QCOMPARE(dnsCalls.size(), dns.isEmpty() ? 0 : 1);
        if (!dns.isEmpty()) {
            QStringList got;
            for (const QJsonValue &v : dnsCalls.first().value(QStringLiteral("dnsServers")).toArray())
                got << v.toString();
            QCOMPARE(got, dns);
        }
        // Deployed once: a second deploy keeps the VM.
        HostOperation *again = run(backend()->deploy(plan));
        QVERIFY2(again->result().ok(), qPrintable(describe(again)));
        QCOMPARE(again->result().data.value(QStringLiteral("alreadyDeployed")).toBool(), true);
        QCOMPARE(calls(QStringLiteral("Deploy-Eflow")).size(), 1);
    }

    void provisionSymmetricKeyReachesTheCmdletOnly()
    {
        useScenario(QStringLiteral("ready-1.4"));
        HostOperation *deployed =
            run(backend()->deploy(eflow::testsupport::licensedPlan(EflowRelease::Lts1_4, 2, 2048)));
        QVERIFY2(deployed->result().ok(), qPrintable(describe(deployed)));
        const plan::ProvisioningSettings settings =
            eflow::testsupport::individualEnrollment(QStringLiteral("0ne00000A0A"), QStringLiteral("dev-01"));
        const QString script = host::PowerShellScripts::provision(EflowRelease::Lts1_4, settings);
        QVERIFY(!script.contains(QString::fromLatin1(kDeviceKey)));
        ProvisioningSecret secret{eflow::crypto::SecureBytes(QByteArrayView(kDeviceKey))};
        HostOperation *op = run(backend()->provision(EflowRelease::Lts1_4, settings, std::move(secret)));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("deviceId")).toString(), QStringLiteral("dev-01"));
        const auto provisions = calls(QStringLiteral("Provision-EflowVm"));
        QCOMPARE(provisions.size(), 1);
        QCOMPARE(provisions.first().value(QStringLiteral("provisioningType")).toString(),
                 QStringLiteral("DpsSymmetricKey"));
        QCOMPARE(provisions.first().value(QStringLiteral("symmKey")).toString(),
                 QString::fromLatin1(kDeviceKey));
        QCOMPARE(provisions.first().value(QStringLiteral("registrationId")).toString(),
                 QStringLiteral("dev-01"));
        // Nowhere else: not in another record line, the host state, or what the operation printed.
        QCOMPARE(recordText().count(kDeviceKey), 1);
        QFile state(m_dir->filePath(QStringLiteral("state.json")));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QVERIFY(!state.readAll().contains(kDeviceKey));
        for (const QString &line : op->lines())
            QVERIFY(!line.contains(QString::fromLatin1(kDeviceKey)));
        eflow::support::Redactor::clearSecrets();
    }

    void provisionTypesBind_data()
    {
        QTest::addColumn<plan::ProvisioningSettings>("settings");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("secretParameter");
        plan::ProvisioningSettings manual;
        manual.type = plan::ProvisioningType::ManualConnectionString;
        QTest::newRow("manual connection string")
            << manual
            << QByteArrayLiteral(
                   "HostName=contoso.azure-devices.net;DeviceId=dev-01;SharedAccessKey=cHdzaA==")
            << u"devConnString"_s;
        plan::ProvisioningSettings x509;
        x509.type = plan::ProvisioningType::ManualX509;
        x509.iotHubHostname = QStringLiteral("contoso.azure-devices.net");
        x509.deviceId = QStringLiteral("dev-01");
        x509.identityCertPath = QStringLiteral("C:\\certs\\dev-01.cert.pem");
        x509.identityPrivKeyPath = QStringLiteral("C:\\certs\\dev-01.key.pem");
        QTest::newRow("manual X.509") << x509 << QByteArray() << u""_s;
        plan::ProvisioningSettings tpm;
        tpm.type = plan::ProvisioningType::DpsTpm;
        tpm.idScope = QStringLiteral("0ne00000A0A");
        QTest::newRow("DPS TPM") << tpm << QByteArray() << u""_s;
        plan::ProvisioningSettings dpsX509 = x509;
        dpsX509.type = plan::ProvisioningType::DpsX509;
        dpsX509.idScope = QStringLiteral("0ne00000A0A");
        dpsX509.registrationId = QStringLiteral("dev-01");
        QTest::newRow("DPS X.509") << dpsX509 << QByteArray() << u""_s;
    }

    void provisionTypesBind()
    {
        QFETCH(plan::ProvisioningSettings, settings);
        QFETCH(QByteArray, secret);
        QFETCH(QString, secretParameter);
        useScenario(QStringLiteral("installed-1.4"));
        ProvisioningSecret handed{eflow::crypto::SecureBytes(QByteArrayView(secret))};
        HostOperation *op = run(backend()->provision(EflowRelease::Lts1_4, settings, std::move(handed)));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        const auto provisions = calls(QStringLiteral("Provision-EflowVm"));
        QCOMPARE(provisions.size(), 1);
        QCOMPARE(provisions.first().value(QStringLiteral("provisioningType")).toString(),
                 plan::provisioningTypeKey(settings.type));
        if (!secretParameter.isEmpty()) {
            QCOMPARE(provisions.first().value(secretParameter).toString(), QString::fromLatin1(secret));
            QCOMPARE(recordText().count(secret), 1);
        }
        eflow::support::Redactor::clearSecrets();
    }

    void statusCheckAndLogs()
    {
        useScenario(QStringLiteral("installed-1.4"));
        HostOperation *vm = run(backend()->vmStatus());
        QVERIFY2(vm->result().ok(), qPrintable(describe(vm)));
        const auto parsedVm =
            host::parseGetEflowVmJson(vm->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(parsedVm.ok(), qPrintable(parsedVm.error.message));
        QCOMPARE(parsedVm.value.powerState, host::VmPowerState::Running);

        HostOperation *modules = run(backend()->moduleList());
        QVERIFY2(modules->result().ok(), qPrintable(describe(modules)));
        QVERIFY(host::parseIotEdgeList(modules->result().data.value(QStringLiteral("text")).toString()).ok());

        HostOperation *service = run(backend()->serviceStatus(EflowRelease::Lts1_4));
        QVERIFY2(service->result().ok(), qPrintable(describe(service)));
        QVERIFY(
            host::parseSystemctlStatus(service->result().data.value(QStringLiteral("systemctl")).toString())
                .ok());

        HostOperation *logs = run(backend()->logs(EflowRelease::Lts1_4, 50));
        QVERIFY2(logs->result().ok(), qPrintable(describe(logs)));

        HostOperation *bundle = run(backend()->supportBundle());
        QVERIFY2(bundle->result().ok(), qPrintable(describe(bundle)));
        QVERIFY(
            bundle->result().data.value(QStringLiteral("path")).toString().endsWith(QLatin1String(".zip")));
    }

    // ---- License terms (issue 13 item 8) ----
    // The installed product's LICENSE folder is read (ProgramFiles points at a folder of this test; pwsh
    // on Linux reads the script's backslashes as separators); without it, and without a downloaded
    // installer, there are no terms.
    void licenseTermsFromTheInstalledProduct()
    {
        useScenario(QStringLiteral("installed-1.4"));
        const QByteArray oldProgramFiles = qgetenv("ProgramFiles");
        qputenv("ProgramFiles", m_dir->path().toUtf8());
        QDir(m_dir->path()).mkpath(QStringLiteral("Azure IoT Edge/LICENSE"));
        HostOperation *none = run(backend()->licenseTerms(EflowRelease::Lts1_4, QString()));
        QVERIFY2(none->result().ok(), qPrintable(describe(none)));
        QCOMPARE(none->result().data.value(QStringLiteral("found")).toBool(), false);

        const QString name = QStringLiteral(
            "Azure IoT Edge/LICENSE/Azure IoT Edge for Linux on Windows - Standalone (free) Use Terms.rtf");
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}MICROSOFT SOFTWARE LICENSE TERMS\\par Demo terms}");
        file.close();
        HostOperation *found = run(backend()->licenseTerms(EflowRelease::Lts1_4, QString()));
        qputenv("ProgramFiles", oldProgramFiles);
        QVERIFY2(found->result().ok(), qPrintable(describe(found)));
        QString error;
        const auto terms = host::licenseTermsFromJson(found->result().data, &error);
        QVERIFY2(terms, qPrintable(error));
        QVERIFY(terms->found);
        QCOMPARE(terms->source, QStringLiteral("installed"));
        QVERIFY(terms->path.endsWith(QLatin1String("Use Terms.rtf")));
        QCOMPARE(terms->text, QStringLiteral("MICROSOFT SOFTWARE LICENSE TERMS\nDemo terms"));
    }

    // Issue 13 item 7: before EFLOW exists vmStatus answers "not deployed" instead of failing (no
    // AzureEFLOW module, or Verify-EflowVm false); with a VM it adds the address, version and line.
    void vmStatusTellsNotDeployedFromAFault_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("deployed");
        QTest::addColumn<bool>("installed");
        QTest::newRow("nothing installed") << u"supported-client"_s << false << false;
        QTest::newRow("installed, no VM") << u"ready-1.4"_s << false << true;
        QTest::newRow("deployed") << u"installed-1.4"_s << true << true;
    }

    void vmStatusTellsNotDeployedFromAFault()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, deployed);
        QFETCH(bool, installed);
        useScenario(scenario);
        HostOperation *op = run(backend()->vmStatus());
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        const QJsonObject data = op->result().data;
        QCOMPARE(data.value(u"deployed"_s).toBool(), deployed);
        QCOMPARE(data.value(u"installed"_s).toBool(), installed);
        if (!deployed) {
            QVERIFY(data.value(u"json"_s).toString().isEmpty());
            QVERIFY(calls(u"Get-EflowVm"_s).isEmpty());
            return;
        }
        QVERIFY(host::parseGetEflowVmJson(data.value(u"json"_s).toString()).ok());
        QVERIFY2(!QHostAddress(data.value(u"ip4Address"_s).toString()).isNull(), qPrintable(describe(op)));
        QCOMPARE(data.value(u"eflowVersion"_s).toString(), u"1.4.14.24074"_s);
        QCOMPARE(data.value(u"releaseLine"_s).toString(), u"1.4"_s);
    }

    // Issue 13 item 9: one module's logs through Invoke-EflowVmCommand; a name that is not a module
    // name never reaches a script.
    void moduleLogs()
    {
        useScenario(QStringLiteral("installed-1.4"));
        HostOperation *op = run(backend()->moduleLogs(u"edgeAgent"_s, 50));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QVERIFY(
            op->result().data.value(u"text"_s).toString().contains(u"Starting module management agent"_s));
        const auto commands = calls(u"Invoke-EflowVmCommand"_s);
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first().value(u"command"_s).toString(), u"sudo iotedge logs edgeAgent --tail 50"_s);

        HostOperation *missing = run(backend()->moduleLogs(u"noSuchModule"_s, 50));
        QCOMPARE(missing->result().outcome, host::HostOperationResult::Outcome::Failed);

        useScenario(QStringLiteral("installed-1.4"));
        HostOperation *hostile = run(backend()->moduleLogs(u"edgeAgent; reboot"_s, 50));
        QCOMPARE(hostile->result().outcome, host::HostOperationResult::Outcome::Failed);
        QVERIFY(calls(u"Invoke-EflowVmCommand"_s).isEmpty());
    }

    // iotedge check exits non-zero when a check fails; the code must survive Invoke-EflowVmCommand and
    // ssh, which drop double quotes, and bash, which reads '#' as a comment (item 6c).
    void checkKeepsTheExitCode()
    {
        const QJsonObject scenario{
            {u"base"_s, u"installed-1.4"_s},
            {u"vmCommands"_s, QJsonArray{QJsonObject{{u"match"_s, u"iotedge check"_s},
                                                     {u"stdout"_s, QJsonArray{u"{\"checks\":{}}"_s}},
                                                     {u"exitCode"_s, 1}}}}};
        useScenario(QString::fromUtf8(QJsonDocument(scenario).toJson(QJsonDocument::Compact)));
        HostOperation *op = run(backend()->check(EflowRelease::Lts1_4));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("exitCode")).toInt(), 1);
        QCOMPARE(op->result().data.value(QStringLiteral("json")).toString().trimmed(),
                 QStringLiteral("{\"checks\":{}}"));
    }

    // systemd 248+ marks a failed unit with x (item 6d).
    void failedUnitIsFailed()
    {
        QFile fixture(QStringLiteral(EFLOW_SOURCE_DIR
                                     "/tests/engine/data/host/systemctl_aziot_edged_failed_ascii.txt"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QJsonArray lines;
        for (const QByteArray &line : fixture.readAll().split('\n'))
            lines.append(QString::fromUtf8(line));
        const QJsonObject scenario{
            {QStringLiteral("base"), QStringLiteral("installed-1.4")},
            {QStringLiteral("vmCommands"),
             QJsonArray{QJsonObject{{QStringLiteral("match"), QStringLiteral("systemctl status")},
                                    {QStringLiteral("stdout"), lines},
                                    {QStringLiteral("exitCode"), 3}}}}};
        useScenario(QString::fromUtf8(QJsonDocument(scenario).toJson(QJsonDocument::Compact)));
        HostOperation *op = run(backend()->serviceStatus(EflowRelease::Lts1_4));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        const auto status =
            host::parseSystemctlStatus(op->result().data.value(QStringLiteral("systemctl")).toString());
        QVERIFY2(status.ok(), qPrintable(status.error.message));
        QCOMPARE(status.value.state, host::ServiceState::Failed);
    }

    void deployErrorIsNamed()
    {
        useScenario(QStringLiteral("deploy-error-NotEnoughMemory"));
        HostOperation *op =
            run(backend()->deploy(eflow::testsupport::licensedPlan(EflowRelease::Lts1_5, 2, 2048)));
        QVERIFY(!op->result().ok());
        QCOMPARE(op->result().explanation.id, host::EflowErrorId::NotEnoughMemory);
        // Plain text, not PowerShell's CLIXML error stream (-OutputFormat Text).
        QVERIFY2(!describe(op).contains(u"CLIXML"_s) && !describe(op).contains(u"<Objs"_s),
                 qPrintable(describe(op)));
    }
};

QTEST_GUILESS_MAIN(tst_HostPwsh)
#include "tst_host_pwsh.moc"
