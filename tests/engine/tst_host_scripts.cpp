// Golden-file tests of the generated PowerShell (engine/host/PowerShellScripts).
//
// Each case's script is compared byte for byte with tests/engine/data/scripts/<case>.ps1. After an
// intended change of a script, regenerate the files and review the diff before committing:
//     EFLOW_UPDATE_GOLDEN=1 ctest --test-dir build/<dir> -R tst_host_scripts
// (with EFLOW_UPDATE_GOLDEN=1 the test rewrites the golden files instead of comparing).
#include <functional>
#include <optional>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "engine/host/HostFacts.h"
#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellScripts.h"

using eflow::host::PowerShellEnvelope;
using eflow::host::PowerShellScripts;
namespace plan = eflow::plan;
using plan::EflowRelease;

namespace {

const QString kKnownKey = QStringLiteral("Wm9vLUtub3duLVN5bW1LZXktMDEyMzQ1Njc4OWFiY2RlZg==");
const QString kKnownConnString =
    QStringLiteral("HostName=hub.azure-devices.net;DeviceId=dev-01;SharedAccessKey=S2VlcC1NZS1TZWNyZXQ=");

plan::DeploymentPlan basePlan(EflowRelease release)
{
    plan::DeploymentPlan p;
    p.release = release;
    p.eulaAccepted = true;
    p.optionalTelemetry = false;
    p.vm.cpuCount = 2;
    p.vm.memoryMb = 2048;
    if (release == EflowRelease::Lts1_1)
        p.vm.diskSizeGb = 16;
    else
        p.vm.dataSizeGb = 10;
    return p;
}

plan::DeploymentPlan staticIpPlan(EflowRelease release)
{
    plan::DeploymentPlan p = basePlan(release);
    p.network.switchName = QStringLiteral("EFLOW-Ext");
    p.network.switchType = plan::VSwitchType::External;
    p.network.staticIp = true;
    p.network.ip4Address = QStringLiteral("192.168.0.2");
    p.network.ip4PrefixLength = 24;
    p.network.ip4GatewayAddress = QStringLiteral("192.168.0.1");
    p.network.dnsServers = {QStringLiteral("192.168.0.1"), QStringLiteral("1.1.1.1")};
    return p;
}

plan::DeploymentPlan gpuPlan(EflowRelease release, plan::GpuPassthrough type)
{
    plan::DeploymentPlan p = basePlan(release);
    p.gpu.type = type;
    if (type == plan::GpuPassthrough::DirectDeviceAssignment) {
        p.gpu.name = QStringLiteral("NVIDIA A2");
        p.gpu.count = 1;
    } else {
        p.gpu.name = QStringLiteral("Intel(R) Iris(R) Xe Graphics");
        p.gpu.count = 3; // must come out as 1 for GPU-PV
    }
    return p;
}

plan::ProvisioningSettings provisioning(plan::ProvisioningType type)
{
    plan::ProvisioningSettings s;
    s.type = type;
    s.secretRef = QStringLiteral("keychain:dev-01");
    switch (type) {
    case plan::ProvisioningType::ManualConnectionString:
        break;
    case plan::ProvisioningType::ManualX509:
        s.iotHubHostname = QStringLiteral("contoso-hub.azure-devices.net");
        s.deviceId = QStringLiteral("dev-01");
        s.identityCertPath = QStringLiteral("C:\\certs\\dev-01.cert.pem");
        s.identityPrivKeyPath = QStringLiteral("C:\\certs\\dev-01.key.pem");
        break;
    case plan::ProvisioningType::DpsTpm:
        s.idScope = QStringLiteral("0ne00000A0A");
        break;
    case plan::ProvisioningType::DpsX509:
        s.idScope = QStringLiteral("0ne00000A0A");
        s.registrationId = QStringLiteral("dev-01");
        s.identityCertPath = QStringLiteral("C:\\certs\\dev-01.cert.pem");
        s.identityPrivKeyPath = QStringLiteral("C:\\certs\\dev-01.key.pem");
        break;
    case plan::ProvisioningType::DpsSymmetricKey:
        s.idScope = QStringLiteral("0ne00000A0A");
        s.registrationId = QStringLiteral("dev-01");
        s.keySource = plan::SymmetricKeySource::IndividualEnrollment;
        s.globalEndpoint = QStringLiteral("https://global.azure-devices-provisioning.net");
        break;
    case plan::ProvisioningType::Unknown:
        break;
    }
    return s;
}

struct Case
{
    QString name;
    std::function<QString()> make;
};

QList<Case> cases()
{
    using R = EflowRelease;
    using G = plan::GpuPassthrough;
    using T = plan::ProvisioningType;
    QList<Case> list;
    list.append({QStringLiteral("probe"), [] {
                     return PowerShellScripts::probe();
                 }});
    list.append({QStringLiteral("probe_drive_d"), [] {
                     return PowerShellScripts::probe(QStringLiteral("D:"));
                 }});
    list.append({QStringLiteral("enableHyperV"), [] {
                     return PowerShellScripts::enableHyperV();
                 }});
    list.append({QStringLiteral("restartHost"), [] {
                     return PowerShellScripts::restartHost();
                 }});
    list.append({QStringLiteral("uninstallEflow"), [] {
                     return PowerShellScripts::uninstallEflow();
                 }});
    list.append(
        {QStringLiteral("createSwitch"), [] {
             plan::SwitchCreation c{true, QStringLiteral("EFLOW-Internal"), QStringLiteral("172.20.0.1"), 24};
             return PowerShellScripts::createSwitch(c);
         }});
    for (const auto &[key, release] : {std::pair{"1_1", R::Lts1_1}, {"1_4", R::Lts1_4}, {"1_5", R::Lts1_5}}) {
        const QByteArray k(key);
        const R r = release;
        list.append({QString::fromLatin1("deploy_" + k + "_defaults"), [r] {
                         return PowerShellScripts::deploy(basePlan(r));
                     }});
        list.append({QString::fromLatin1("deploy_" + k + "_static_ip"), [r] {
                         return PowerShellScripts::deploy(staticIpPlan(r));
                     }});
        list.append({QString::fromLatin1("deploy_" + k + "_gpu_dda"), [r] {
                         return PowerShellScripts::deploy(gpuPlan(r, G::DirectDeviceAssignment));
                     }});
        list.append({QString::fromLatin1("deploy_" + k + "_gpu_pv"), [r] {
                         return PowerShellScripts::deploy(gpuPlan(r, G::ParaVirtualization));
                     }});
        list.append({QString::fromLatin1("deploy_" + k + "_existing_switch"), [r] {
                         plan::DeploymentPlan p = basePlan(r);
                         p.network.switchName = QStringLiteral("EFLOW-Internal");
                         p.network.switchType = plan::VSwitchType::Internal;
                         p.vm.logSize = plan::VmLogSize::Large;
                         return PowerShellScripts::deploy(p);
                     }});
        list.append({QString::fromLatin1("serviceStatus_" + k), [r] {
                         return PowerShellScripts::serviceStatus(r);
                     }});
        list.append({QString::fromLatin1("logs_" + k), [r] {
                         return PowerShellScripts::logs(r, 200);
                     }});
        list.append({QString::fromLatin1("check_" + k), [r] {
                         return PowerShellScripts::check(r);
                     }});
    }
    list.append(
        {QStringLiteral("deploy_1_5_created_switch"), [] {
             plan::DeploymentPlan p = staticIpPlan(R::Lts1_5);
             p.network.switchName.clear();
             p.network.switchType = plan::VSwitchType::Unknown;
             p.network.ip4Address = QStringLiteral("172.20.0.2");
             p.network.ip4GatewayAddress = QStringLiteral("172.20.0.1");
             // The host's own DNS server: the NAT gateway is none (Windows NAT has no DNS proxy).
             p.network.dnsServers = {QStringLiteral("10.50.0.10")};
             p.switchCreation = {true, QStringLiteral("EFLOW-Internal"), QStringLiteral("172.20.0.1"), 24};
             return PowerShellScripts::deploy(p);
         }});
    // DNS servers with DHCP are set too: validation allows them, so the script must not drop them.
    list.append({QStringLiteral("deploy_1_5_dhcp_dns"), [] {
                     plan::DeploymentPlan p = staticIpPlan(R::Lts1_5);
                     p.network.staticIp = false;
                     p.network.ip4Address.clear();
                     p.network.ip4PrefixLength.reset();
                     p.network.ip4GatewayAddress.clear();
                     p.network.dnsServers = {QStringLiteral("10.50.0.10"), QStringLiteral("10.50.0.11")};
                     return PowerShellScripts::deploy(p);
                 }});
    list.append({QStringLiteral("installEflow_download_1_4"), [] {
                     return PowerShellScripts::installEflow(R::Lts1_4, {});
                 }});
    list.append({QStringLiteral("installEflow_download_1_1"), [] {
                     return PowerShellScripts::installEflow(R::Lts1_1, {});
                 }});
    list.append({QStringLiteral("installEflow_local_custom_dirs_1_5"), [] {
                     plan::InstallSettings s;
                     s.msiPath = QStringLiteral("D:\\Installers\\AzureIoTEdge.msi");
                     s.installDir = QStringLiteral("D:\\EFLOW");
                     s.vhdxDir = QStringLiteral("D:\\EFLOW-VHDX");
                     return PowerShellScripts::installEflow(R::Lts1_5, s);
                 }});
    list.append({QStringLiteral("provision_manual_connection_string"), [] {
                     return PowerShellScripts::provision(R::Lts1_4, provisioning(T::ManualConnectionString));
                 }});
    list.append({QStringLiteral("provision_manual_x509"), [] {
                     return PowerShellScripts::provision(R::Lts1_4, provisioning(T::ManualX509));
                 }});
    list.append({QStringLiteral("provision_dps_tpm"), [] {
                     return PowerShellScripts::provision(R::Lts1_4, provisioning(T::DpsTpm));
                 }});
    list.append({QStringLiteral("provision_dps_x509"), [] {
                     return PowerShellScripts::provision(R::Lts1_5, provisioning(T::DpsX509));
                 }});
    list.append({QStringLiteral("provision_dps_symmetric_key"), [] {
                     return PowerShellScripts::provision(R::Lts1_1, provisioning(T::DpsSymmetricKey));
                 }});
    list.append({QStringLiteral("provision_dps_group_key"), [] {
                     plan::ProvisioningSettings s = provisioning(T::DpsSymmetricKey);
                     s.keySource = plan::SymmetricKeySource::GroupEnrollment;
                     s.enrollmentGroupId = QStringLiteral("line-3-cameras");
                     s.globalEndpoint.clear();
                     return PowerShellScripts::provision(R::Lts1_5, s);
                 }});
    list.append({QStringLiteral("vmStatus"), [] {
                     return PowerShellScripts::vmStatus();
                 }});
    list.append({QStringLiteral("moduleList"), [] {
                     return PowerShellScripts::moduleList();
                 }});
    list.append({QStringLiteral("supportBundle"), [] {
                     return PowerShellScripts::supportBundle();
                 }});
    // ---- License terms (issue 13 item 8) ----
    list.append({QStringLiteral("licenseTerms_1_5"), [] {
                     return PowerShellScripts::licenseTerms(R::Lts1_5, QString());
                 }});
    list.append({QStringLiteral("licenseTerms_local_msi_1_4"), [] {
                     return PowerShellScripts::licenseTerms(R::Lts1_4,
                                                            QStringLiteral("D:\\Setup\\AzureIoTEdge.msi"));
                 }});
    list.append({QStringLiteral("moduleLogs"), [] {
                     return PowerShellScripts::moduleLogs(QStringLiteral("edgeAgent"), 100);
                 }});
    return list;
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(EFLOW_SCRIPTS_GOLDEN_DIR "/%1.ps1").arg(name);
}

// Reads a PowerShell single-quoted literal at text[at]; returns the value and moves at past it.
std::optional<QString> readLiteral(const QString &text, qsizetype &at)
{
    static const QString quotes = QStringLiteral("'\u2018\u2019\u201A\u201B");
    if (at >= text.size() || !quotes.contains(text[at]))
        return std::nullopt;
    QString value;
    for (++at; at < text.size(); ++at) {
        if (quotes.contains(text[at])) {
            if (at + 1 < text.size() && quotes.contains(text[at + 1])) {
                value += text[at];
                ++at;
                continue;
            }
            ++at;
            return value;
        }
        value += text[at];
    }
    return std::nullopt; // unterminated
}

// The text of the script after the preamble (helpers + body), where no value may appear.
QString fixedPart(const QString &script)
{
    const qsizetype at = script.indexOf(QStringLiteral("# ---- common helpers"));
    return at < 0 ? QString() : script.mid(at);
}

} // namespace

class tst_HostScripts final : public QObject
{
    Q_OBJECT

private slots:
    void goldens_data()
    {
        QTest::addColumn<QString>("name");
        for (const Case &c : cases())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }

    void goldens()
    {
        QFETCH(QString, name);
        QString script;
        for (const Case &c : cases()) {
            if (name == c.name)
                script = c.make();
        }
        QVERIFY(!script.isEmpty());
        QCOMPARE(PowerShellScripts::operationName(script), name.section(QLatin1Char('_'), 0, 0));
        QVERIFY2(!script.contains(QStringLiteral("script resource")), "a body resource is missing");
        QVERIFY(script.contains(QStringLiteral("Write-EflowResult")));

        QFile file(goldenPath(name));
        if (qEnvironmentVariableIntValue("EFLOW_UPDATE_GOLDEN") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(script.toUtf8());
            QSKIP("golden file rewritten");
        }
        QVERIFY2(
            file.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("missing %1; run with EFLOW_UPDATE_GOLDEN=1").arg(file.fileName())));
        const QString golden = QString::fromUtf8(file.readAll());
        if (golden != script) {
            const QStringList a = golden.split(QLatin1Char('\n'));
            const QStringList b = script.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i))
                    QFAIL(qPrintable(QStringLiteral("line %1 differs:\n golden: %2\n script: %3")
                                         .arg(i + 1)
                                         .arg(a.value(i), b.value(i))));
            }
        }
    }

    // The bootstrap that wraps every script is pinned as bootstrap.ps1 beside the scripts, so that
    // tests/powershell parses and checks it like them (same EFLOW_UPDATE_GOLDEN=1 rewrite).
    void bootstrapGolden()
    {
        const QString script = PowerShellEnvelope::bootstrapScript();
        QFile file(goldenPath(QStringLiteral("bootstrap")));
        if (qEnvironmentVariableIntValue("EFLOW_UPDATE_GOLDEN") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(script.toUtf8());
            QSKIP("golden file rewritten");
        }
        QVERIFY2(
            file.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("missing %1; run with EFLOW_UPDATE_GOLDEN=1").arg(file.fileName())));
        QCOMPARE(QString::fromUtf8(file.readAll()), script);
    }

    // Every key of the HostFacts contract is set somewhere in the probe script ("$facts.<key> =",
    // "<key> = " inside an [ordered]@{} or "$vm.<key> ="), so a renamed field cannot slip through.
    void probeCoversEveryFactsKey()
    {
        using namespace eflow::host;
        HostFacts f;
        f.buildNumber = f.ubr = f.operatingSystemSku = f.productType = f.logicalProcessors = 1;
        f.totalMemoryMb = f.freeMemoryMb = f.disk.freeMb = f.disk.sizeMb = 1;
        f.hyperV = f.hyperVPowerShell = f.hyperVHypervisor = f.virtualMachinePlatform = f.openSshClient =
            FeatureState::Enabled;
        f.hypervisorPresent = f.firmwareVirtualization = f.secondLevelAddressTranslation = true;
        f.services = {HostService{QStringLiteral("vmms"), ServiceRunState::Running}};
        VirtualSwitch sw;
        sw.kind = SwitchKind::Internal;
        f.switches = {sw};
        f.gpus = {GpuInfo{}};
        f.vm.provisioned = true;
        f.culture.name = QStringLiteral("ja-JP");
        f.culture.outputCodePage = f.culture.ansiCodePage = f.culture.oemCodePage = 932;
        QStringList keys;
        const std::function<void(const QJsonObject &)> collect = [&](const QJsonObject &o) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                keys << it.key();
                if (it->isObject())
                    collect(it->toObject());
                if (it->isArray() && !it->toArray().isEmpty())
                    collect(it->toArray().first().toObject());
            }
        };
        collect(hostFactsToJson(f));
        QVERIFY(keys.size() > 40);
        const QString script = PowerShellScripts::probe();
        for (const QString &key : std::as_const(keys)) {
            if (key == QStringLiteral("provisioned"))
                continue; // asking the VM costs an ssh round trip; the probe leaves it unknown on purpose
            const QRegularExpression set(QStringLiteral(R"((\$\w+\.%1\s*=|[{;\s]%1\s*=\s))").arg(key));
            QVERIFY2(set.match(script).hasMatch(), qPrintable(key));
        }
    }

    void operationNames()
    {
        QCOMPARE(PowerShellScripts::operationName(PowerShellScripts::probe()), QStringLiteral("probe"));
        QCOMPARE(PowerShellScripts::operationName(PowerShellScripts::logs(EflowRelease::Lts1_4, 5)),
                 QStringLiteral("logs"));
        QCOMPARE(PowerShellScripts::operationName(QStringLiteral("Write-Host hi")), QString());
        for (const Case &c : cases())
            QVERIFY(c.make().startsWith(QStringLiteral("# eflow-operation: ")));
    }

    void quote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("EFLOW-Ext") << QStringLiteral("'EFLOW-Ext'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("apostrophe") << QStringLiteral("Bob's switch") << QStringLiteral("'Bob''s switch'");
        QTest::newRow("dollar and backtick") << QStringLiteral("$(Remove-Item C:\\ -Recurse) `n $env:X")
                                             << QStringLiteral("'$(Remove-Item C:\\ -Recurse) `n $env:X'");
        QTest::newRow("typographic quotes")
            << QStringLiteral("a\u2019b\u2018c\u201Ad\u201Be")
            << QStringLiteral("'a\u2019\u2019b\u2018\u2018c\u201A\u201Ad\u201B\u201Be'");
        QTest::newRow("double quotes stay") << QStringLiteral("say \"hi\"") << QStringLiteral("'say \"hi\"'");
        QTest::newRow("unicode") << QStringLiteral("Schalter-Ü-日本") << QStringLiteral("'Schalter-Ü-日本'");
        QTest::newRow("nul dropped") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                     << QStringLiteral("'ab'");
        QTest::newRow("newline") << QStringLiteral("a\n'; Remove-Item x; '")
                                 << QStringLiteral("'a\n''; Remove-Item x; '''");
    }

    void quote()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(PowerShellScripts::quote(value), expected);
        qsizetype at = 0;
        const std::optional<QString> back = readLiteral(expected, at);
        QVERIFY(back.has_value());
        QCOMPARE(at, expected.size()); // the literal ends exactly where the quoting ended
        QCOMPARE(*back, QString(value).remove(QChar(0)));
    }

    // Hostile names travel as data: the preamble line reads back as the original value and the value
    // appears nowhere in the fixed part.
    void hostileValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote injection") << QStringLiteral("x'; Remove-Item -Recurse C:\\; '");
        QTest::newRow("typographic injection") << QStringLiteral("x\u2019; Stop-Computer; \u2018");
        QTest::newRow("subexpression") << QStringLiteral("$(Stop-Computer -Force)");
        QTest::newRow("backtick") << QStringLiteral("a`'b`$c");
        QTest::newRow("unicode") << QStringLiteral("Ünïcödé 交换机 🚀");
        QTest::newRow("newline") << QStringLiteral("line1\nStop-Computer\n");
    }

    void hostileValues()
    {
        QFETCH(QString, value);
        plan::SwitchCreation c{true, value, QStringLiteral("172.20.0.1"), 24};
        const QString script = PowerShellScripts::createSwitch(c);
        const QString prefix = QStringLiteral("\n$eflowSwitchName = ");
        qsizetype at = script.indexOf(prefix);
        QVERIFY(at > 0);
        at += prefix.size();
        const std::optional<QString> back = readLiteral(script, at);
        QVERIFY(back.has_value());
        QCOMPARE(*back, value);
        QCOMPARE(script.at(at), QLatin1Char('\n'));
        QVERIFY(!fixedPart(script).contains(value));

        plan::DeploymentPlan p = staticIpPlan(EflowRelease::Lts1_4);
        p.network.switchName = value;
        p.gpu = {plan::GpuPassthrough::DirectDeviceAssignment, value, 1};
        const QString deploy = PowerShellScripts::deploy(p);
        for (const QString &key : {QStringLiteral("vswitchName"), QStringLiteral("gpuName")}) {
            const QString entry = QStringLiteral("\n$eflowDeploy['%1'] = ").arg(key);
            qsizetype pos = deploy.indexOf(entry);
            QVERIFY(pos > 0);
            pos += entry.size();
            QCOMPARE(readLiteral(deploy, pos).value_or(QString()), value);
            QCOMPARE(deploy.at(pos), QLatin1Char('\n'));
        }
        QVERIFY(!fixedPart(deploy).contains(value));
    }

    void noSecretInAnyScript()
    {
        // The generator never sees a secret, and the provisioning script refers to the envelope only.
        for (const Case &c : cases()) {
            const QString script = c.make();
            QVERIFY(!script.contains(kKnownKey));
            QVERIFY(!script.contains(kKnownConnString));
            QVERIFY(!script.contains(QStringLiteral("SharedAccessKey=")));
        }
        const QString sym = PowerShellScripts::provision(
            EflowRelease::Lts1_4, provisioning(plan::ProvisioningType::DpsSymmetricKey));
        QVERIFY(sym.contains(QStringLiteral("$eflowProvision['symmKey'] = $Secrets['symmKey']")));
        QVERIFY(!sym.contains(QStringLiteral("devConnString")));
        const QString manual = PowerShellScripts::provision(
            EflowRelease::Lts1_4, provisioning(plan::ProvisioningType::ManualConnectionString));
        QVERIFY(
            manual.contains(QStringLiteral("$eflowProvision['devConnString'] = $Secrets['devConnString']")));
        // The secret reference must not be pasted into text that PowerShell compiles a second time.
        for (const QString &s : {sym, manual}) {
            QVERIFY(!s.contains(QStringLiteral("Invoke-Expression")));
            QVERIFY(!s.contains(QStringLiteral("[ScriptBlock]::Create")));
        }
        for (const auto type : {plan::ProvisioningType::ManualX509, plan::ProvisioningType::DpsTpm,
                                plan::ProvisioningType::DpsX509}) {
            QVERIFY(PowerShellScripts::secretName(type).isEmpty());
            QVERIFY(!PowerShellScripts::provision(EflowRelease::Lts1_4, provisioning(type))
                         .contains(QStringLiteral("$Secrets[")));
        }
        QCOMPARE(PowerShellScripts::secretName(plan::ProvisioningType::DpsSymmetricKey),
                 QStringLiteral("symmKey"));
    }

    void lts11GetsNoNewParameters()
    {
        plan::DeploymentPlan p = staticIpPlan(EflowRelease::Lts1_1);
        p.vm.dataSizeGb = 20;
        p.vm.diskSizeGb = 30;
        p.vm.logSize = plan::VmLogSize::Large;
        const QString script = PowerShellScripts::deploy(p);
        QVERIFY(!script.contains(QStringLiteral("vmDataSize")));
        QVERIFY(!script.contains(QStringLiteral("vmLogSize")));
        QVERIFY(!script.contains(QStringLiteral("Set-EflowVmDNSServers")));
        QVERIFY(!script.contains(QStringLiteral("eflowDnsServers")));
        QVERIFY(script.contains(QStringLiteral("$eflowDeploy['vmDiskSize'] = 30\n")));
        QVERIFY(script.contains(QStringLiteral("$eflowDeploy['ip4Address'] = '192.168.0.2'\n")));
    }

    void diskOrDataNeverBoth_data()
    {
        QTest::addColumn<int>("release");
        QTest::newRow("1.4") << int(EflowRelease::Lts1_4);
        QTest::newRow("1.5") << int(EflowRelease::Lts1_5);
    }

    void diskOrDataNeverBoth()
    {
        QFETCH(int, release);
        plan::DeploymentPlan p = basePlan(EflowRelease(release));
        p.vm.diskSizeGb = 40;
        p.vm.dataSizeGb = 12;
        QString script = PowerShellScripts::deploy(p);
        QVERIFY(script.contains(QStringLiteral("$eflowDeploy['vmDataSize'] = 12\n")));
        QVERIFY(!script.contains(QStringLiteral("vmDiskSize")));
        p.vm.dataSizeGb.reset();
        script = PowerShellScripts::deploy(p);
        QVERIFY(script.contains(QStringLiteral("$eflowDeploy['vmDiskSize'] = 40\n")));
        QVERIFY(!script.contains(QStringLiteral("vmDataSize")));
        // DNS only where the plan names servers.
        QVERIFY(!script.contains(QStringLiteral("Set-EflowVmDNSServers")));
        QVERIFY(PowerShellScripts::deploy(staticIpPlan(EflowRelease(release)))
                    .contains(QStringLiteral("Set-EflowVmDNSServers -vendpointName")));
    }

    void staticIpAllOrNothing()
    {
        plan::DeploymentPlan p = staticIpPlan(EflowRelease::Lts1_4);
        p.network.ip4GatewayAddress.clear();
        const QString script = PowerShellScripts::deploy(p);
        QVERIFY(!script.contains(QStringLiteral("$eflowDeploy['ip4Address']")));
        QVERIFY(!script.contains(QStringLiteral("ip4PrefixLength")));
        QVERIFY(!script.contains(QStringLiteral("ip4GatewayAddress")));
        // The plan's DNS servers are set with DHCP too (validation allows them, so the script keeps them).
        QVERIFY(script.contains(QStringLiteral("Set-EflowVmDNSServers -vendpointName")));
    }

    void releaseSpecificReads()
    {
        QVERIFY(PowerShellScripts::serviceStatus(EflowRelease::Lts1_1)
                    .contains(QStringLiteral("'sudo systemctl status iotedge --no-pager'")));
        QVERIFY(!PowerShellScripts::serviceStatus(EflowRelease::Lts1_1)
                     .contains(QStringLiteral("iotedge system")));
        QVERIFY(PowerShellScripts::serviceStatus(EflowRelease::Lts1_5)
                    .contains(QStringLiteral("'sudo iotedge system status'")));
        QVERIFY(PowerShellScripts::logs(EflowRelease::Lts1_1, 50)
                    .contains(QStringLiteral("'sudo journalctl -u iotedge -n 50 --no-pager'")));
        QVERIFY(PowerShellScripts::logs(EflowRelease::Lts1_4, 50)
                    .contains(QStringLiteral("'sudo iotedge system logs -- -n 50 --no-pager'")));
        QVERIFY(PowerShellScripts::logs(EflowRelease::Lts1_4, -3).contains(QStringLiteral(" -n 1 ")));
    }

    void installUrls()
    {
        QVERIFY(PowerShellScripts::installEflow(EflowRelease::Lts1_5, {})
                    .contains(QStringLiteral(
                        "$eflowDownloadUrlArm64 = 'https://aka.ms/AzEFLOWMSI_1_5_LTS_ARM64'")));
        QVERIFY(PowerShellScripts::installEflow(EflowRelease::Lts1_1, {})
                    .contains(QStringLiteral("$eflowDownloadUrlArm64 = ''")));
        plan::InstallSettings custom;
        custom.downloadUrl = QStringLiteral("https://aka.ms/AzEFLOW-X64-1_4_14_24074");
        QVERIFY(PowerShellScripts::installEflow(EflowRelease::Lts1_4, custom)
                    .contains(
                        QStringLiteral("$eflowDownloadUrlX64 = 'https://aka.ms/AzEFLOW-X64-1_4_14_24074'")));
    }
};

QTEST_GUILESS_MAIN(tst_HostScripts)
#include "tst_host_scripts.moc"
