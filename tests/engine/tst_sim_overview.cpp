// What the demo's overview reads from the simulated host (issue 13 items 7, 9): "not deployed" as an
// answer before the VM exists, VM statistics that come from the deployed plan and move over time, a
// module's logs, and the support bundle copied into a folder as a real zip.
#include <memory>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/host/IotEdgeParsers.h"
#include "engine/sim/SimScenario.h"
#include "engine/sim/SimulatedHost.h"
#include "engine/sim/SimulatedVm.h"
#include "tests/support/HostTestSupport.h"

using namespace eflow;
using namespace eflow::host;
using namespace eflow::sim;

namespace {

std::unique_ptr<HostOperation> finish(HostOperation *raw)
{
    return eflow::testsupport::finishOperation(raw, 30000);
}

const QDateTime kCreated = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

SimHostState runningVm()
{
    SimHostState s;
    s.eflowInstalled = true;
    s.release = plan::EflowRelease::Lts1_4;
    s.eflowVersion = QStringLiteral("1.4.14.24074");
    s.vmExists = true;
    s.vmName = QStringLiteral("DEMO-EFLOW");
    s.vmIp = QStringLiteral("172.20.1.10");
    s.vmCpuCount = 4;
    s.vmMemoryMb = 4096;
    s.vmDiskGb = 40;
    s.vmCreatedAt = kCreated;
    s.provisioning = SimHostState::Provisioning::Assigned;
    s.runtimeStartedAt = kCreated.addSecs(120);
    return s;
}

EflowVmStatus statsAt(const SimHostState &s, qint64 secondsAfterCreation)
{
    const auto parsed =
        parseGetEflowVmJson(SimulatedVm(s, kCreated.addSecs(secondsAfterCreation)).getEflowVmJson());
    if (!parsed.ok())
        qFatal("Get-EflowVm JSON: %s", qPrintable(parsed.error.message));
    return parsed.value;
}

} // namespace

class TestSimOverview final : public QObject
{
    Q_OBJECT

private slots:
    void statisticsComeFromThePlanAndMove()
    {
        const SimHostState s = runningVm();
        QSet<qint64> usedMemory;
        qint64 lastStorage = -1;
        for (qint64 t = 0; t <= 3600; t += 13) {
            const EflowVmStatus vm = statsAt(s, t);
            QCOMPARE(vm.configuredMemoryMb, 4096);
            QCOMPARE(vm.configuredCpuCount, 4);
            QCOMPARE(vm.totalMemMb, 4096 - 99);
            QCOMPARE(vm.totalStorageMb, 40 * 1024 - 430);
            QCOMPARE(vm.usedMemMb + vm.availableMemMb, vm.totalMemMb);
            QCOMPARE(vm.usedStorageMb + vm.availableStorageMb, vm.totalStorageMb);
            QVERIFY(vm.usedMemMb > 0 && vm.usedMemMb < vm.totalMemMb);
            QVERIFY(vm.usedStorageMb >= lastStorage); // logs only grow
            lastStorage = vm.usedStorageMb;
            usedMemory.insert(vm.usedMemMb);
        }
        QVERIFY2(usedMemory.size() > 20, "memory in use should move from read to read");
        QVERIFY(statsAt(s, 3600).usedStorageMb > statsAt(s, 0).usedStorageMb);
    }

    void moduleLogs()
    {
        const SimHostState s = runningVm();
        bool ok = false;
        const QString early =
            SimulatedVm(s, kCreated.addSecs(200)).moduleLogs(QStringLiteral("edgeAgent"), 100, &ok);
        QVERIFY(ok);
        QVERIFY(early.contains(QStringLiteral("Starting module management agent.")));
        const QString later =
            SimulatedVm(s, kCreated.addSecs(7200)).moduleLogs(QStringLiteral("edgeAgent"), 1000, &ok);
        QVERIFY(later.count(QLatin1Char('\n')) > early.count(QLatin1Char('\n')));
        const QString tail =
            SimulatedVm(s, kCreated.addSecs(7200)).moduleLogs(QStringLiteral("edgeAgent"), 3, &ok);
        QCOMPARE(tail.count(QLatin1Char('\n')), 3);
        SimulatedVm(s, kCreated.addSecs(200)).moduleLogs(QStringLiteral("noSuchModule"), 10, &ok);
        QVERIFY(!ok);
        SimHostState down = s;
        down.provisioning = SimHostState::Provisioning::Unknown;
        SimulatedVm(down, kCreated.addSecs(200)).moduleLogs(QStringLiteral("edgeAgent"), 10, &ok);
        QVERIFY(!ok);
    }

    // Before deployment vmStatus answers "not deployed" (installed or not) instead of failing; after
    // it, the address, version and release line come with Get-EflowVm.
    void vmStatusBeforeAndAfterDeployment()
    {
        auto host = std::make_unique<SimulatedHost>(*simScenario(QStringLiteral("win11-pro")), QString(),
                                                    dps::DpsDeviceClientOptions{});
        host->setSpeed(0.0);
        auto fresh = finish(host->vmStatus());
        QVERIFY(fresh->result().ok());
        QCOMPARE(fresh->result().data.value(QStringLiteral("deployed")).toBool(true), false);
        QCOMPARE(fresh->result().data.value(QStringLiteral("installed")).toBool(true), false);
        QVERIFY(finish(host->installEflow(plan::EflowRelease::Lts1_4, {}))->result().ok());
        auto installed = finish(host->vmStatus());
        QCOMPARE(installed->result().data.value(QStringLiteral("deployed")).toBool(true), false);
        QCOMPARE(installed->result().data.value(QStringLiteral("installed")).toBool(), true);
        QVERIFY(finish(host->deploy(testsupport::licensedPlan(plan::EflowRelease::Lts1_4, 2, 2048)))
                    ->result()
                    .ok());
        auto deployed = finish(host->vmStatus());
        const QJsonObject data = deployed->result().data;
        QCOMPARE(data.value(QStringLiteral("deployed")).toBool(), true);
        QVERIFY(!data.value(QStringLiteral("ip4Address")).toString().isEmpty());
        QVERIFY(data.value(QStringLiteral("eflowVersion")).toString().startsWith(QStringLiteral("1.4.")));
        QCOMPARE(data.value(QStringLiteral("releaseLine")).toString(), QStringLiteral("1.4"));
        QVERIFY(parseGetEflowVmJson(data.value(QStringLiteral("json")).toString()).ok());
        QCOMPARE(finish(host->moduleLogs(QStringLiteral("edgeAgent; reboot"), 10))->result().outcome,
                 HostOperationResult::Outcome::Failed);

        // The bundle "copied" from the demo host is a real zip in the chosen folder.
        QTemporaryDir dir;
        auto copy = finish(host->fetchFile(QStringLiteral("C:\\Program Files\\Azure IoT Edge\\eflowlogs.zip"),
                                           dir.path(), QStringLiteral("bundle.zip")));
        QVERIFY2(copy->result().ok(), qPrintable(copy->result().error));
        QFile zip(copy->result().data.value(QStringLiteral("localPath")).toString());
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QByteArray bytes = zip.readAll();
        QVERIFY(bytes.startsWith(QByteArray("PK\x03\x04", 4)));
        QVERIFY(bytes.contains("Get-EflowVm.json"));
        QVERIFY(bytes.contains(QByteArray("PK\x05\x06", 4))); // the end of central directory record
        QCOMPARE(int(zip.permissions() & 0x0777), int(QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
};

QTEST_GUILESS_MAIN(TestSimOverview)
#include "tst_sim_overview.moc"
