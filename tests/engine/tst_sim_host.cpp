// The simulated host of demo mode: each scenario's facts, Deploy-Eflow's console run and failures (mapped
// by the real error catalogue), switch creation, idempotence across instances on one state folder,
// provisioning validation, the VM-side texts through the real parsers, cancel, timeout and pacing.
#include <memory>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSet>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/host/DeployProgress.h"
#include "engine/host/EflowErrorCatalog.h"
#include "engine/host/HostFacts.h"
#include "engine/host/IotEdgeParsers.h"
#include "engine/sim/SimScenario.h"
#include "engine/sim/SimulatedHost.h"
#include "engine/sim/SimulatedVm.h"
#include "tests/support/HostFactsContract.h"
#include "tests/support/HostTestSupport.h"

using namespace eflow;
using namespace eflow::host;
using namespace eflow::sim;

Q_DECLARE_METATYPE(eflow::host::EflowErrorId)

namespace {

// Waits for the operation; the test owns it.
std::unique_ptr<HostOperation> finish(HostOperation *raw, int ms = 30000)
{
    return eflow::testsupport::finishOperation(raw, ms);
}

std::unique_ptr<SimulatedHost> makeHost(const QString &scenario, const QString &dir = {}, double speed = 0.0)
{
    auto s = simScenario(scenario);
    if (!s)
        qFatal("unknown scenario %s", qPrintable(scenario));
    auto host = std::make_unique<SimulatedHost>(*s, dir, dps::DpsDeviceClientOptions{});
    host->setSpeed(speed);
    return host;
}

// Two processors and 2 GB: the sizes the recorded transcripts were taken with.
plan::DeploymentPlan basePlan()
{
    return testsupport::licensedPlan(plan::EflowRelease::Lts1_4, 2, 2048);
}

bool install(SimulatedHost &host, plan::EflowRelease release = plan::EflowRelease::Lts1_4)
{
    auto op = finish(host.installEflow(release, {}));
    return op->result().ok();
}

const QStringList kFactKeys = eflow::testsupport::hostFactsContractKeys();

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

} // namespace

class TestSimHost final : public QObject
{
    Q_OBJECT

private slots:
    void catalogue()
    {
        const QStringList expected =
            strings({"win11-pro", "server-no-switch", "win10-home", "low-memory", "hyperv-disabled",
                     "nvidia-t4-dda", "gpu-pv", "nested-vm", "existing-eflow"});
        QStringList ids;
        for (const SimScenario &s : simScenarios()) {
            ids << s.id;
            QVERIFY2(!s.title.isEmpty() && !s.title.contains(QLatin1Char('\n')), qPrintable(s.id));
            QVERIFY2(!s.description.isEmpty() && !s.description.contains(QLatin1Char('\n')),
                     qPrintable(s.id));
        }
        QCOMPARE(ids, expected);
        QVERIFY(simScenario(QStringLiteral("win11-pro")).has_value());
        QVERIFY(!simScenario(QStringLiteral("no-such-host")).has_value());
        QCOMPARE(makeHost(QStringLiteral("win11-pro"))->describe(),
                 QStringLiteral("Demo: Windows 11 Pro laptop"));
        QVERIFY(makeHost(QStringLiteral("win11-pro"))->isSimulated());
    }

    void probe_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const SimScenario &s : simScenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }
    void probe()
    {
        QFETCH(QString, scenario);
        auto host = makeHost(scenario);
        auto op = finish(host->probe());
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        const QJsonObject json = op->result().data;
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            QVERIFY2(kFactKeys.contains(it.key()), qPrintable(QStringLiteral("unknown field ") + it.key()));
        QString error;
        const auto facts = hostFactsFromJson(json, &error);
        QVERIFY2(facts, qPrintable(error));
        // Every field believable: nothing left at "not reported".
        QVERIFY(!facts->computerName.isEmpty());
        QVERIFY(facts->osCaption.startsWith(QLatin1String("Microsoft Windows")));
        QVERIFY(facts->buildNumber >= 19044);
        QVERIFY(facts->ubr > 0);
        QVERIFY(facts->operatingSystemSku > 0);
        QVERIFY(facts->productType == 1 || facts->productType == 3);
        QCOMPARE(facts->architecture, QStringLiteral("AMD64"));
        QVERIFY(!facts->uiLanguage.isEmpty());
        QVERIFY(facts->totalMemoryMb > facts->freeMemoryMb && facts->freeMemoryMb > 0);
        QVERIFY(facts->logicalProcessors > 0);
        QVERIFY(facts->disk.sizeMb > facts->disk.freeMb && facts->disk.freeMb > 0);
        QVERIFY(facts->hyperV != FeatureState::Unknown);
        QVERIFY(facts->hyperVPowerShell != FeatureState::Unknown);
        QVERIFY(facts->hyperVHypervisor != FeatureState::Unknown);
        QVERIFY(facts->virtualMachinePlatform != FeatureState::Unknown);
        QVERIFY(facts->openSshClient != FeatureState::Unknown);
        QVERIFY(facts->hypervisorPresent.has_value());
        QVERIFY(facts->firmwareVirtualization.has_value());
        QVERIFY(facts->secondLevelAddressTranslation.has_value());
        QCOMPARE(facts->services.size(), 4);
        QVERIFY(!facts->gpus.isEmpty());
        for (const GpuInfo &g : facts->gpus)
            QVERIFY(!g.name.isEmpty() && !g.driverVersion.isEmpty());
        QVERIFY(facts->elevated);
        QVERIFY(!facts->executionPolicy.isEmpty());
        QCOMPARE(facts->psEdition, QStringLiteral("Desktop"));
        QVERIFY(facts->psVersion.startsWith(QLatin1String("5.1.")));
        // The same JSON comes back out of the decoded facts: nothing was dropped or invented.
        QCOMPARE(hostFactsToJson(*facts), json);

        if (scenario == QLatin1String("existing-eflow")) {
            QVERIFY(facts->eflow.installed);
            QCOMPARE(facts->eflow.release, plan::EflowRelease::Lts1_4);
            QVERIFY(facts->vm.exists);
            QCOMPARE(facts->vm.name, QStringLiteral("LINE3-PC-04-EFLOW"));
        } else {
            QVERIFY(!facts->eflow.installed);
            QVERIFY(!facts->vm.exists);
        }
        if (scenario == QLatin1String("win10-home")) {
            QCOMPARE(facts->operatingSystemSku, 101);
            QCOMPARE(facts->hyperV, FeatureState::NotAvailable);
        }
        if (scenario == QLatin1String("server-no-switch")) {
            QVERIFY(facts->isServer());
            QVERIFY(facts->switches.isEmpty());
        }
    }

    void humanize_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("systemd");
        QTest::newRow("0") << 0 << "0 seconds"
                           << "0s";
        QTest::newRow("9") << 9 << "9 seconds"
                           << "9s";
        QTest::newRow("60") << 60 << "a minute"
                            << "1min";
        QTest::newRow("123") << 123 << "2 minutes"
                             << "2min 3s";
        QTest::newRow("3480") << 3480 << "an hour"
                              << "58min";
        QTest::newRow("11h") << 11 * 3600 << "11 hours"
                             << "11h 0min";
        QTest::newRow("3 days") << 3 * 86400 << "3 days"
                                << "3 days";
    }
    void humanize()
    {
        QFETCH(int, seconds);
        QFETCH(QString, list);
        QFETCH(QString, systemd);
        QCOMPARE(SimulatedVm::humanizeDuration(seconds), list);
        QCOMPARE(SimulatedVm::systemdRelative(seconds), systemd);
    }

    // The journal of a failing runtime grows as identityd retries, and never shows the future.
    void journalFollowsTime()
    {
        SimHostState state;
        state.release = plan::EflowRelease::Lts1_4;
        state.vmExists = true;
        state.vmName = QStringLiteral("DESKTOP-7Q2M4LK-EFLOW");
        state.provisioningType = plan::ProvisioningType::DpsSymmetricKey;
        state.provisioning = SimHostState::Provisioning::Failed;
        state.dpsHttpStatus = 401;
        state.dpsErrorBody = QStringLiteral(R"({"errorCode":401002,"message":"Unauthorized"})");
        state.provisionedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 58, 40), Qt::UTC);
        auto failures = [&](int afterSeconds) {
            const QString text = SimulatedVm(state, state.provisionedAt.addSecs(afterSeconds)).journal(0);
            return int(text.count(QLatin1String("caused by: HTTP 401")));
        };
        QCOMPARE(failures(0), 1);
        QCOMPARE(failures(35), 4);
        const QString text = SimulatedVm(state, state.provisionedAt.addSecs(35)).journal(0);
        QVERIFY(
            text.startsWith(QLatin1String("Nov 28 14:58:38 DESKTOP-7Q2M4LK-EFLOW aziot-identityd[1123]: ")));
        QVERIFY(!text.contains(QLatin1String("14:59:20")));
        QCOMPARE(SimulatedVm(state, state.provisionedAt.addSecs(35)).journal(2).count(QLatin1Char('\n')), 2);
    }

    void deployWin11()
    {
        auto host = makeHost(QStringLiteral("win11-pro"));
        QVERIFY(install(*host));
        auto op = finish(host->deploy(basePlan()));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error + op->lines().join(QLatin1Char('\n'))));
        const QJsonObject data = op->result().data;
        QCOMPARE(data.value(QStringLiteral("result")).toString(), QStringLiteral("OK"));
        QCOMPARE(data.value(QStringLiteral("vmName")).toString(), QStringLiteral("DESKTOP-7Q2M4LK-EFLOW"));
        QVERIFY(data.value(QStringLiteral("macAddress")).toString().startsWith(QLatin1String("00:15:5d:")));
        QVERIFY(!data.value(QStringLiteral("alreadyDeployed")).toBool());
        const QHostAddress ip(data.value(QStringLiteral("ip4Address")).toString());
        QVERIFY(ip.isInSubnet(QHostAddress(QStringLiteral("172.27.112.0")), 20));

        // §2.1 order.
        const QStringList expected =
            strings({"Deploying Azure IoT Edge for Linux on Windows",
                     "Creating configuration",
                     "Configuration created successfully",
                     "Enabling Microsoft Update",
                     "Microsoft Update is enabled.",
                     "Step 1: Preparing host for Azure IoT Edge for Linux on Windows",
                     "Checking host for required features",
                     " - Checking the status of 'Microsoft-Hyper-V'",
                     " - Checking the status of 'Microsoft-Hyper-V-Management-PowerShell'",
                     " - Checking the status of 'Microsoft-Hyper-V-Hypervisor'",
                     " - Checking the status of 'OpenSSH.Client*'",
                     "Verifying whether Hyper-V is enabled and functional",
                     " - Hyper-V core services are active",
                     "Setting dynamically expanding virtual hard disk maximum size to",
                     "Creating storage vhd (file: AzureIoTEdgeForLinux-v1-EFLOW)",
                     "Creating vnic (name: DESKTOP-7Q2M4LK-EFLOWInterface)",
                     "Instantiating virtual machine (name: DESKTOP-7Q2M4LK-EFLOW)",
                     "Successfully created virtual machine",
                     "Querying IP and MAC addresses from virtual machine (DESKTOP-7Q2M4LK-EFLOW)",
                     " - Virtual machine MAC: 00:15:5d:",
                     " - Virtual machine IP : 172.27.",
                     "...successfully connected to the Linux VM",
                     " - Please check your DNS configuration",
                     "Deployment successful"});
        const QStringList lines = op->lines();
        QCOMPARE(lines.size(), expected.size());
        static const QRegularExpression stamp(QStringLiteral(R"(^\[\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}\] )"));
        int last = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString text = stripDeployTimestamp(lines.at(i));
            QVERIFY2(text.startsWith(expected.at(i)), qPrintable(lines.at(i)));
            QCOMPARE(stamp.match(lines.at(i)).hasMatch(), !expected.at(i).startsWith(QLatin1String(" - ")));
            if (const auto phase = deployPhaseForLine(lines.at(i))) {
                QVERIFY(!phase->failure);
                QVERIFY2(phase->percent >= last, qPrintable(lines.at(i)));
                last = phase->percent;
            }
        }
        QCOMPARE(last, 100);
        QCOMPARE(host->currentState().deployCount, 1);
    }

    void deployFailures_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("change");
        QTest::addColumn<EflowErrorId>("expected");
        QTest::addColumn<QString>("text");
        QTest::newRow("win10-home")
            << "win10-home"
            << "" << EflowErrorId::HostRequirementsNotMet
            << "This Windows device does not meet the minimum requirements for Azure EFLOW";
        QTest::newRow("low-memory") << "low-memory"
                                    << "memory:2048" << EflowErrorId::NotEnoughMemory
                                    << "Not enough memory available.";
        QTest::newRow("hyperv-disabled")
            << "hyperv-disabled"
            << "" << EflowErrorId::FeatureNotEnabled << "Microsoft-Hyper-V could not be enabled";
        QTest::newRow("hyperv enabled, no restart") << "hyperv-disabled"
                                                    << "enableHyperV" << EflowErrorId::HypervisorNotPresent
                                                    << "(property HyperVisorPresent is false)";
        QTest::newRow("server without switch")
            << "server-no-switch"
            << "" << EflowErrorId::VirtualSwitchInstallFailed << "Installation of virtual switch failed";
        QTest::newRow("server, unknown switch")
            << "server-no-switch"
            << "switch:EFLOW-Int" << EflowErrorId::VirtualSwitchNotFound
            << "The virtual switch 'EFLOW-Int' of type 'Internal' was not found";
        QTest::newRow("static IP on Default Switch")
            << "win11-pro"
            << "static" << EflowErrorId::StaticIpOnDefaultSwitch
            << "Cannot set Static IP on ICS type virtual switch (Default Switch)";
        QTest::newRow("static IP incomplete") << "win11-pro"
                                              << "static-incomplete" << EflowErrorId::StaticIpIncomplete
                                              << "ip4Address & ip4PrefixLength are required for StaticIP!";
        QTest::newRow("DDA of the BMC GPU")
            << "nvidia-t4-dda"
            << "dda:ASPEED Graphics Family(WDDM)" << EflowErrorId::GpuUnsupportedDda
            << "Unsupported DDA Type: ASPEED Graphics Family(WDDM)";
        QTest::newRow("GPU-PV of the T4")
            << "nvidia-t4-dda"
            << "pv:NVIDIA Tesla T4" << EflowErrorId::GpuPassthroughTypeUnsupported
            << "GPU PassthroughType 'ParaVirtualization' not supported";
        QTest::newRow("DDA of the RTX 3060")
            << "gpu-pv"
            << "dda:NVIDIA GeForce RTX 3060" << EflowErrorId::GpuUnsupportedDda
            << "Unsupported DDA Type: NVIDIA GeForce RTX 3060";
        QTest::newRow("GPU missing") << "gpu-pv"
                                     << "pv:NVIDIA RTX A2000" << EflowErrorId::GpuNotAvailable
                                     << "GPU 'NVIDIA RTX A2000' not available";
        QTest::newRow("GPU-PV in a nested VM")
            << "nested-vm"
            << "pv:Microsoft Hyper-V Video" << EflowErrorId::GpuPassthroughTypeUnsupported
            << "not supported by 'nested virtualization'";
        QTest::newRow("DDA in a nested VM")
            << "nested-vm"
            << "dda:Microsoft Hyper-V Video" << EflowErrorId::GpuPassthroughTypeUnsupported
            << "GPU PassthroughType 'DirectDeviceAssignment' not supported";
        QTest::newRow("GPU-PV with two GPUs")
            << "gpu-pv"
            << "pv2:NVIDIA GeForce RTX 3060" << EflowErrorId::GpuInvalidConfiguration
            << "Passthrough enabled but requested gpuCount == 2";
        QTest::newRow("too many cores")
            << "win11-pro"
            << "cpu:12" << EflowErrorId::NotEnoughCpu << "Not enough CPU cores available.";
    }
    void deployFailures()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, change);
        QFETCH(EflowErrorId, expected);
        QFETCH(QString, text);
        auto host = makeHost(scenario);
        QVERIFY(install(*host));
        plan::DeploymentPlan p = basePlan();
        const QString value = change.section(QLatin1Char(':'), 1);
        if (change == QLatin1String("enableHyperV")) {
            auto op = finish(host->enableHyperV());
            QVERIFY(op->result().ok());
        } else if (change.startsWith(QLatin1String("switch:"))) {
            p.network.switchName = value;
            p.network.switchType = plan::VSwitchType::Internal;
        } else if (change == QLatin1String("static")) {
            p.network.staticIp = true;
            p.network.ip4Address = QStringLiteral("172.27.112.50");
            p.network.ip4PrefixLength = 20;
            p.network.ip4GatewayAddress = QStringLiteral("172.27.112.1");
        } else if (change == QLatin1String("static-incomplete")) {
            p.network.staticIp = true;
            p.network.ip4Address = QStringLiteral("172.27.112.50");
        } else if (change.startsWith(QLatin1String("dda:")) || change.startsWith(QLatin1String("pv"))) {
            p.gpu.type = change.startsWith(QLatin1String("dda"))
                             ? plan::GpuPassthrough::DirectDeviceAssignment
                             : plan::GpuPassthrough::ParaVirtualization;
            p.gpu.name = value;
            p.gpu.count = change.startsWith(QLatin1String("pv2")) ? 2 : 1;
            if (scenario == QLatin1String("nvidia-t4-dda")) {
                p.network.switchName = QStringLiteral("EFLOW-Ext");
                p.network.switchType = plan::VSwitchType::External;
            }
        } else if (change.startsWith(QLatin1String("cpu:"))) {
            p.vm.cpuCount = value.toInt();
        } else if (change.startsWith(QLatin1String("memory:"))) {
            p.vm.memoryMb = value.toInt();
        }
        auto op = finish(host->deploy(p));
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Failed);
        QVERIFY2(op->result().error.contains(text), qPrintable(op->result().error));
        QCOMPARE(op->result().explanation.id, expected);
        // The same ID from the console text alone, as a saved log would give it.
        QCOMPARE(explainEflowError(op->lines().join(QLatin1Char('\n'))).id, expected);
        bool sawFailure = false;
        for (const QString &line : op->lines()) {
            if (const auto phase = deployPhaseForLine(line))
                sawFailure = sawFailure || phase->failure;
        }
        QVERIFY(sawFailure);
        QVERIFY(!host->currentState().vmExists);
        QCOMPARE(host->currentState().deployCount, 0);
    }

    void gpuDeploys_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("gpu");
        QTest::newRow("T4 by DDA") << "nvidia-t4-dda" << int(plan::GpuPassthrough::DirectDeviceAssignment)
                                   << "NVIDIA Tesla T4";
        QTest::newRow("RTX 3060 by GPU-PV")
            << "gpu-pv" << int(plan::GpuPassthrough::ParaVirtualization) << "NVIDIA GeForce RTX 3060";
        QTest::newRow("nested VM without GPU") << "nested-vm" << int(plan::GpuPassthrough::None) << "";
    }
    void gpuDeploys()
    {
        QFETCH(QString, scenario);
        QFETCH(int, type);
        QFETCH(QString, gpu);
        auto host = makeHost(scenario);
        QVERIFY(install(*host));
        plan::DeploymentPlan p = basePlan();
        p.gpu.type = plan::GpuPassthrough(type);
        p.gpu.name = gpu;
        p.gpu.count = gpu.isEmpty() ? 0 : 1;
        if (scenario == QLatin1String("nvidia-t4-dda")) {
            p.network.switchName = QStringLiteral("EFLOW-Ext");
            p.network.switchType = plan::VSwitchType::External;
        }
        auto op = finish(host->deploy(p));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        QCOMPARE(host->currentState().vmGpuCount, gpu.isEmpty() ? 0 : 1);
        auto status = finish(host->vmStatus());
        QVERIFY(status->result().ok());
        const auto parsed =
            parseGetEflowVmJson(status->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(parsed.value.configuredGpuCount, gpu.isEmpty() ? 0 : 1);
    }

    void enableHyperV()
    {
        auto host = makeHost(QStringLiteral("hyperv-disabled"));
        auto op = finish(host->enableHyperV());
        QVERIFY(op->result().ok());
        QCOMPARE(op->result().data.value(QStringLiteral("restartRequired")).toBool(), true);
        QCOMPARE(op->result().data.value(QStringLiteral("changed")).toBool(), true);
        auto probe = finish(host->probe());
        const auto facts = hostFactsFromJson(probe->result().data);
        QVERIFY(facts);
        QCOMPARE(facts->hyperV, FeatureState::EnablePending);
        auto again = finish(host->enableHyperV());
        QVERIFY(again->result().ok());
        QCOMPARE(again->result().data.value(QStringLiteral("changed")).toBool(), false);

        auto home = makeHost(QStringLiteral("win10-home"));
        auto refused = finish(home->enableHyperV());
        QCOMPARE(refused->result().outcome, HostOperationResult::Outcome::Failed);
        QCOMPARE(refused->result().explanation.id, EflowErrorId::FeatureNotInEdition);

        auto pro = makeHost(QStringLiteral("win11-pro"));
        auto nothing = finish(pro->enableHyperV());
        QVERIFY(nothing->result().ok());
        QCOMPARE(nothing->result().data.value(QStringLiteral("restartRequired")).toBool(), false);
    }

    void serverAfterCreateSwitch()
    {
        auto host = makeHost(QStringLiteral("server-no-switch"));
        QVERIFY(install(*host));
        plan::SwitchCreation request;
        request.create = true;
        request.name = QStringLiteral("EFLOW-Internal");
        request.hostAddress = QStringLiteral("172.20.0.1");
        request.prefixLength = 24;
        auto sw = finish(host->createSwitch(request));
        QVERIFY2(sw->result().ok(), qPrintable(sw->result().error));
        QCOMPARE(sw->result().data.value(QStringLiteral("natName")).toString(),
                 QStringLiteral("EFLOW-Internal-NAT"));
        QVERIFY(!sw->result().data.value(QStringLiteral("alreadyExisted")).toBool());
        const QString all = sw->lines().join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("New-VMSwitch -Name \"EFLOW-Internal\" -SwitchType Internal")));
        QVERIFY(all.contains(QLatin1String("New-NetIPAddress -IPAddress 172.20.0.1 -PrefixLength 24")));
        QVERIFY(all.contains(
            QLatin1String("New-NetNat -Name \"EFLOW-Internal-NAT\" -InternalIPInterfaceAddressPrefix "
                          "\"172.20.0.0/24\"")));
        auto again = finish(host->createSwitch(request));
        QVERIFY(again->result().data.value(QStringLiteral("alreadyExisted")).toBool());

        const auto facts = hostFactsFromJson(finish(host->probe())->result().data);
        QVERIFY(facts);
        QCOMPARE(facts->switches.size(), 1);
        QVERIFY(facts->switches.first().hasNat);

        plan::DeploymentPlan p = basePlan();
        p.switchCreation = request;
        p.network.switchName = request.name;
        p.network.switchType = plan::VSwitchType::Internal;
        auto op = finish(host->deploy(p));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        QCOMPARE(op->result().data.value(QStringLiteral("ip4Address")).toString(),
                 QStringLiteral("172.20.0.2"));
        QVERIFY(
            op->lines().join(QLatin1Char('\n')).contains(QLatin1String("Virtual machine IP : 172.20.0.2")));
    }

    void idempotentDeploy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            auto first = makeHost(QStringLiteral("win11-pro"), dir.path());
            QVERIFY(install(*first));
            auto op = finish(first->deploy(basePlan()));
            QVERIFY(op->result().ok());
            auto twice = finish(first->deploy(basePlan()));
            QVERIFY(twice->result().ok());
            QVERIFY(twice->result().data.value(QStringLiteral("alreadyDeployed")).toBool());
            QCOMPARE(twice->result().data.value(QStringLiteral("ip4Address")),
                     op->result().data.value(QStringLiteral("ip4Address")));
            QCOMPARE(first->currentState().deployCount, 1);
        }
        auto second = makeHost(QStringLiteral("win11-pro"), dir.path());
        auto install2 = finish(second->installEflow(plan::EflowRelease::Lts1_4, {}));
        QVERIFY(install2->result().data.value(QStringLiteral("alreadyInstalled")).toBool());
        auto op = finish(second->deploy(basePlan()));
        QVERIFY(op->result().ok());
        QVERIFY(op->result().data.value(QStringLiteral("alreadyDeployed")).toBool());
        QCOMPARE(second->currentState().deployCount, 1);
        // No key in the state file, ever.
        QFile file(SimHostState::filePath(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());
        // A machine's folder made by the save is its owner's only, as its file is.
        const QString made = dir.filePath(QStringLiteral("made/host-win11-pro"));
        QString error;
        QVERIFY2(SimHostState().save(made, &error), qPrintable(error));
        const auto ownerOnly = [](const QString &path) {
            return int(QFileInfo(path).permissions() & 0x0777);
        };
        QCOMPARE(ownerOnly(made), int(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
        QCOMPARE(ownerOnly(SimHostState::filePath(made)),
                 int(QFileDevice::ReadUser | QFileDevice::WriteUser));
    }

    // Two instances (as two processes would) deploying at once on one state folder: still one VM.
    void concurrentDeploys()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto a = makeHost(QStringLiteral("win11-pro"), dir.path());
        QVERIFY(install(*a));
        auto b = makeHost(QStringLiteral("win11-pro"), dir.path());
        std::unique_ptr<HostOperation> first(a->deploy(basePlan()));
        std::unique_ptr<HostOperation> second(b->deploy(basePlan()));
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 20000);
        QVERIFY(first->result().ok() && second->result().ok());
        const bool firstAlready = first->result().data.value(QStringLiteral("alreadyDeployed")).toBool();
        const bool secondAlready = second->result().data.value(QStringLiteral("alreadyDeployed")).toBool();
        QVERIFY(firstAlready != secondAlready);
        QCOMPARE(a->currentState().deployCount, 1);
        QCOMPARE(first->result().data.value(QStringLiteral("ip4Address")),
                 second->result().data.value(QStringLiteral("ip4Address")));
    }

    void existingEflow()
    {
        auto host = makeHost(QStringLiteral("existing-eflow"));
        auto op = finish(host->deploy(basePlan()));
        QVERIFY(op->result().ok());
        QVERIFY(op->result().data.value(QStringLiteral("alreadyDeployed")).toBool());
        QCOMPARE(op->result().data.value(QStringLiteral("vmName")).toString(),
                 QStringLiteral("LINE3-PC-04-EFLOW"));
        QCOMPARE(host->currentState().deployCount, 0);
        auto other = finish(host->installEflow(plan::EflowRelease::Lts1_5, {}));
        QCOMPARE(other->result().outcome, HostOperationResult::Outcome::Failed);
    }

    // The existing VM's settings are in the facts (the Deployment page compares them with the plan);
    // uninstalling EFLOW removes the VM with it, and a deploy then creates a new one.
    void existingEflowSettingsAndUninstall()
    {
        auto host = makeHost(QStringLiteral("existing-eflow"));
        auto probe = finish(host->probe());
        const auto facts = host::hostFactsFromJson(probe->result().data);
        QVERIFY(facts);
        QVERIFY(facts->vm.exists);
        QCOMPARE(facts->vm.memoryMb, 2048);
        QCOMPARE(facts->vm.cpuCount, 2);
        QCOMPARE(facts->vm.diskSizeGb, 29);
        QVERIFY(!facts->vm.switchName.isEmpty());
        QCOMPARE(facts->vm.ip4Address, QStringLiteral("172.25.28.117"));
        auto removed = finish(host->uninstallEflow());
        QVERIFY(removed->result().ok());
        QVERIFY(removed->result().data.value(QStringLiteral("uninstalled")).toBool());
        QVERIFY(!host->currentState().vmExists);
        QVERIFY(!host->currentState().eflowInstalled);
        auto again = finish(host->uninstallEflow());
        QVERIFY(again->result().ok());
        QVERIFY(!again->result().data.value(QStringLiteral("uninstalled")).toBool());
        QVERIFY(finish(host->installEflow(plan::EflowRelease::Lts1_4, {}))->result().ok());
        plan::DeploymentPlan p = basePlan();
        p.vm.memoryMb = 4096;
        auto deployed = finish(host->deploy(p));
        QVERIFY(deployed->result().ok());
        QVERIFY(!deployed->result().data.value(QStringLiteral("alreadyDeployed")).toBool());
        QCOMPARE(host->currentState().vmMemoryMb, 4096);
    }

    // Restart-Computer: the machine is away for a moment (at the demo's pace), then Hyper-V is enabled.
    void restartFinishesEnablingHyperV()
    {
        auto host = makeHost(QStringLiteral("hyperv-disabled"), {}, 10.0);
        QVERIFY(finish(host->enableHyperV())->result().ok());
        QCOMPARE(host->currentState().hyperV, host::FeatureState::EnablePending);
        auto restart = finish(host->restartHost());
        QVERIFY(restart->result().ok());
        auto away = finish(host->probe());
        QCOMPARE(away->result().outcome, HostOperationResult::Outcome::Failed);
        QVERIFY2(away->result().error.contains(QStringLiteral("restarting")),
                 qPrintable(away->result().error));
        QTRY_VERIFY_WITH_TIMEOUT(finish(host->probe())->result().ok(), 10000);
        const auto facts = host::hostFactsFromJson(finish(host->probe())->result().data);
        QVERIFY(facts);
        QCOMPARE(facts->hyperV, host::FeatureState::Enabled);
    }

    void deployNeedsInstall()
    {
        auto host = makeHost(QStringLiteral("win11-pro"));
        auto op = finish(host->deploy(basePlan()));
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Failed);
        QVERIFY(!host->currentState().vmExists);
    }

    void provisionValidation_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("fields"); // s=scope r=registration k=secret c=cert h=hub d=device
        QTest::addColumn<bool>("deployed");
        QTest::addColumn<EflowErrorId>("expected");
        QTest::addColumn<QString>("text");
        const int cs = int(plan::ProvisioningType::ManualConnectionString);
        const int x509 = int(plan::ProvisioningType::ManualX509);
        const int dpsX509 = int(plan::ProvisioningType::DpsX509);
        const int tpm = int(plan::ProvisioningType::DpsTpm);
        const int sym = int(plan::ProvisioningType::DpsSymmetricKey);
        QTest::newRow("no VM") << sym << "srk" << false << EflowErrorId::VmNotDeployed
                               << "Virtual machine does not exist, deploy it first";
        QTest::newRow("sym without key")
            << sym << "sr" << true << EflowErrorId::ProvisioningParametersMissing
            << "Scope ID, registration ID or symmetric key missing for DpsSymmetricKey";
        QTest::newRow("sym without scope")
            << sym << "rk" << true << EflowErrorId::ProvisioningParametersMissing
            << "Scope ID, registration ID or symmetric key missing";
        QTest::newRow("connection string missing")
            << cs << "" << true << EflowErrorId::ProvisioningParametersMissing
            << "Error, device connection string not provided.";
        QTest::newRow("connection string plus scope")
            << cs << "ks" << true << EflowErrorId::ProvisioningParametersMissing
            << "Only the device connection string";
        QTest::newRow("manual X.509 incomplete")
            << x509 << "h" << true << EflowErrorId::ProvisioningParametersMissing
            << "parameters for ManualX509 provisioning not specified";
        QTest::newRow("manual X.509 files")
            << x509 << "hdc" << true << EflowErrorId::CertificateFilesNotFound
            << "Certificate and private key file for ManualX509 provisioning not found";
        QTest::newRow("DPS X.509 files")
            << dpsX509 << "sc" << true << EflowErrorId::CertificateFilesNotFound
            << "Certificate and private key file for DpsX509 provisioning not found";
        QTest::newRow("TPM without scope") << tpm << "" << true << EflowErrorId::ProvisioningParametersMissing
                                           << "Scope ID for DpsTpm provisioning not specified";
        QTest::newRow("TPM not enabled") << tpm << "s" << true << EflowErrorId::TpmProvisioningUnavailable
                                         << "TPM provisioning was not enabled!";
    }
    void provisionValidation()
    {
        QFETCH(int, type);
        QFETCH(QString, fields);
        QFETCH(bool, deployed);
        QFETCH(EflowErrorId, expected);
        QFETCH(QString, text);
        auto host = makeHost(QStringLiteral("win11-pro"));
        QVERIFY(install(*host));
        if (deployed)
            QVERIFY(finish(host->deploy(basePlan()))->result().ok());
        plan::ProvisioningSettings s;
        s.type = plan::ProvisioningType(type);
        if (fields.contains(QLatin1Char('s')))
            s.idScope = QStringLiteral("0ne00A1B2C3");
        if (fields.contains(QLatin1Char('r')))
            s.registrationId = QStringLiteral("demo-device");
        if (fields.contains(QLatin1Char('h')))
            s.iotHubHostname = QStringLiteral("contoso.azure-devices.net");
        if (fields.contains(QLatin1Char('d')))
            s.deviceId = QStringLiteral("line3-pc-04");
        if (fields.contains(QLatin1Char('c'))) {
            s.identityCertPath = QStringLiteral("C:\\certs\\device.pem");
            s.identityPrivKeyPath = QStringLiteral("C:\\certs\\device.key.pem");
        }
        ProvisioningSecret secret;
        if (fields.contains(QLatin1Char('k')))
            secret.value = crypto::SecureBytes(QByteArrayView("HostName=h;DeviceId=d;SharedAccessKey=a2V5"));
        auto op = finish(host->provision(plan::EflowRelease::Lts1_4, s, std::move(secret)));
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Failed);
        QVERIFY2(op->result().error.contains(text), qPrintable(op->result().error));
        QCOMPARE(op->result().explanation.id, expected);
        QVERIFY(host->currentState().provisioning == SimHostState::Provisioning::Unknown);
    }

    void manualConnectionString()
    {
        auto host = makeHost(QStringLiteral("win11-pro"));
        QVERIFY(install(*host, plan::EflowRelease::Lts1_1));
        QVERIFY(finish(host->deploy(basePlan()))->result().ok());
        plan::ProvisioningSettings s;
        s.type = plan::ProvisioningType::ManualConnectionString;
        ProvisioningSecret secret;
        secret.value =
            crypto::SecureBytes(QByteArrayView("HostName=contoso.azure-devices.net;DeviceId=line-7;"
                                               "SharedAccessKey=c2VjcmV0c2VjcmV0c2VjcmV0MTIzNA=="));
        auto op = finish(host->provision(plan::EflowRelease::Lts1_1, s, std::move(secret)));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        const SimHostState state = host->currentState();
        QCOMPARE(state.assignedHub, QStringLiteral("contoso.azure-devices.net"));
        QCOMPARE(state.deviceId, QStringLiteral("line-7"));

        // 1.1: CONFIG header, iotedge.service, no `iotedge system status`.
        auto list = finish(host->moduleList());
        QVERIFY(list->result().ok());
        const auto modules = parseIotEdgeList(list->result().data.value(QStringLiteral("text")).toString());
        QVERIFY(modules.ok());
        QCOMPARE(modules.value.configHeader, QStringLiteral("CONFIG"));
        auto status = finish(host->serviceStatus(plan::EflowRelease::Lts1_1));
        QVERIFY(!status->result().data.contains(QStringLiteral("systemStatus")));
        const auto unit =
            parseSystemctlStatus(status->result().data.value(QStringLiteral("systemctl")).toString());
        QVERIFY(unit.ok());
        QCOMPARE(unit.value.unit, QStringLiteral("iotedge.service"));
        QCOMPARE(unit.value.activeText, QStringLiteral("active (running)"));
        auto check = finish(host->check(plan::EflowRelease::Lts1_1));
        const auto checks =
            parseIotEdgeCheckJson(check->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(checks.ok(), qPrintable(checks.error.message));
        // Not a state the checks would flag: nothing outside the known table.
        for (const IotEdgeCheckSection &section : checks.value.sections)
            QVERIFY2(section.name != QLatin1String("Other checks"), qPrintable(section.name));
    }

    // Before provisioning the VM's texts still parse, and say the runtime is not up.
    void unprovisionedTexts()
    {
        auto host = makeHost(QStringLiteral("win11-pro"));
        QVERIFY(install(*host));
        // Installed but not deployed: an answer, not a fault (issue 13 item 7).
        auto noVm = finish(host->vmStatus());
        QVERIFY(noVm->result().ok());
        QCOMPARE(noVm->result().data.value(QStringLiteral("deployed")).toBool(true), false);
        QCOMPARE(noVm->result().data.value(QStringLiteral("installed")).toBool(), true);
        QVERIFY(finish(host->deploy(basePlan()))->result().ok());

        auto list = finish(host->moduleList());
        QCOMPARE(list->result().outcome, HostOperationResult::Outcome::Failed);
        auto status = finish(host->serviceStatus(plan::EflowRelease::Lts1_4));
        QVERIFY(status->result().ok());
        const auto unit =
            parseSystemctlStatus(status->result().data.value(QStringLiteral("systemctl")).toString());
        QVERIFY2(unit.ok(), qPrintable(unit.error.message));
        QCOMPARE(unit.value.state, ServiceState::Inactive);
        const auto system =
            parseIotEdgeSystemStatus(status->result().data.value(QStringLiteral("systemStatus")).toString());
        QVERIFY2(system.ok(), qPrintable(system.error.message));
        QCOMPARE(system.value.services.size(), 5);
        auto check = finish(host->check(plan::EflowRelease::Lts1_4));
        QCOMPARE(check->result().data.value(QStringLiteral("exitCode")).toInt(), 1);
        const auto checks =
            parseIotEdgeCheckJson(check->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(checks.ok(), qPrintable(checks.error.message));
        QVERIFY(checks.value.count(CheckResultKind::Error) > 0);
        auto vm = finish(host->vmStatus());
        const auto parsed = parseGetEflowVmJson(vm->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(parsed.value.vmName, QStringLiteral("DESKTOP-7Q2M4LK-EFLOW"));
        QCOMPARE(parsed.value.powerState, VmPowerState::Running);
        QCOMPARE(parsed.value.configuredMemoryMb, 2048);
        QCOMPARE(parsed.value.configuredCpuCount, 2);
        QCOMPARE(parsed.value.totalMemMb, parsed.value.usedMemMb + parsed.value.availableMemMb);
        QCOMPARE(parsed.value.iotEdgeVersion, QStringLiteral("1.4.27"));
        auto logs = finish(host->logs(plan::EflowRelease::Lts1_4));
        QVERIFY(logs->result().ok());
        auto bundle = finish(host->supportBundle());
        QVERIFY(bundle->result()
                    .data.value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QLatin1String("eflowlogs.zip")));
    }

    void cancelMidDeploy()
    {
        QTemporaryDir dir;
        auto host = makeHost(QStringLiteral("win11-pro"), dir.path());
        QVERIFY(install(*host));
        host->setSpeed(20.0);
        std::unique_ptr<HostOperation> op(host->deploy(basePlan()));
        QTRY_VERIFY_WITH_TIMEOUT(op->lines().size() >= 8, 20000);
        op->cancel();
        QVERIFY(op->isFinished());
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Cancelled);
        const int linesAtCancel = int(op->lines().size());
        QTest::qWait(300);
        QCOMPARE(op->lines().size(), linesAtCancel);
        QVERIFY(!host->currentState().vmExists);
        QCOMPARE(host->currentState().deployCount, 0);
        auto other = makeHost(QStringLiteral("win11-pro"), dir.path());
        QVERIFY(!other->currentState().vmExists);
    }

    void timeout()
    {
        auto host = makeHost(QStringLiteral("win11-pro"));
        QVERIFY(install(*host));
        host->setSpeed(1.0);
        HostOperation *raw = host->deploy(basePlan());
        raw->setTimeout(400);
        auto op = finish(raw, 10000);
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::TimedOut);
        QVERIFY(!host->currentState().vmExists);
    }

    void pacing()
    {
        auto host = makeHost(QStringLiteral("win11-pro"));
        QVERIFY(install(*host));
        host->setSpeed(1.0);
        std::unique_ptr<HostOperation> op(host->deploy(basePlan()));
        QElapsedTimer clock;
        QList<qint64> at;
        connect(op.get(), &HostOperation::line, this, [&] { at.append(clock.elapsed()); });
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 2, 10000);
        op->cancel();
        // "Creating configuration" follows "Deploying …" after 1.2 s at demo pace.
        QVERIFY2(at.at(1) - at.at(0) >= 1000, qPrintable(QString::number(at.at(1) - at.at(0))));
        QVERIFY(at.at(1) - at.at(0) < 5000);
    }
};

QTEST_GUILESS_MAIN(TestSimHost)
#include "tst_sim_host.moc"
