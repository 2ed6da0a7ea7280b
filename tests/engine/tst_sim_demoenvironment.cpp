// Demo mode end to end: the in-process local DPS with the demo enrollments, its keys, and simulated hosts
// whose VM registers through the real DPS device client — right key, wrong key (401 as real DPS answers),
// derived group key — with the overview texts (module list, services, check, logs) read by the real parsers.
#include <memory>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/host/EflowErrorCatalog.h"
#include "engine/host/IotEdgeParsers.h"
#include "engine/localdps/LocalDps.h"
#include "engine/sim/DemoEnvironment.h"
#include "tests/support/HostTestSupport.h"

using namespace eflow;
using namespace eflow::host;
using namespace eflow::sim;

namespace {

// Waits for the operation; the test owns it.
std::unique_ptr<HostOperation> finish(HostOperation *raw, int ms = 60000)
{
    return eflow::testsupport::finishOperation(raw, ms);
}

QByteArray text(const crypto::SecureBytes &bytes)
{
    return bytes.view().toByteArray();
}

// Two processors and 2 GB: the sizes the recorded transcripts were taken with.
plan::DeploymentPlan basePlan()
{
    return testsupport::licensedPlan(plan::EflowRelease::Lts1_4, 2, 2048);
}

} // namespace

class TestSimDemoEnvironment final : public QObject
{
    Q_OBJECT

private:
    DemoEnvironment m_demo;

    std::unique_ptr<SimulatedHost> deployedHost(const QString &scenario = QStringLiteral("win11-pro"))
    {
        auto host = m_demo.createHost(scenario, {}, 0.0);
        if (!host)
            return nullptr;
        if (!finish(host->installEflow(plan::EflowRelease::Lts1_4, {}))->result().ok())
            return nullptr;
        if (!finish(host->deploy(basePlan()))->result().ok())
            return nullptr;
        return host;
    }

    plan::ProvisioningSettings symmetric(const QString &registrationId) const
    {
        return testsupport::individualEnrollment(m_demo.idScope(), registrationId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
        QVERIFY(m_demo.isRunning());
    }

    void environment()
    {
        QVERIFY(m_demo.idScope().startsWith(QLatin1String("0ne")));
        QVERIFY(m_demo.endpoint().startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(!m_demo.caCertificate().isNull());
        QVERIFY(QFile::exists(m_demo.caFile()));
        const dps::DpsDeviceClientOptions o = m_demo.deviceClientOptions();
        QCOMPARE(o.endpoint, QUrl(m_demo.endpoint()));
        QCOMPARE(o.extraCaFile, m_demo.caFile());
        QVERIFY(!o.useSystemProxy);

        QVERIFY(crypto::isStrictBase64(text(m_demo.individualKey())));
        QVERIFY(crypto::isStrictBase64(text(m_demo.groupKey())));
        QCOMPARE(text(m_demo.derivedDeviceKey(QStringLiteral("line3-pc-04"))),
                 crypto::deriveDeviceKey(text(m_demo.groupKey()), "line3-pc-04"));
        QVERIFY(text(m_demo.derivedDeviceKey(QStringLiteral("a"))) !=
                text(m_demo.derivedDeviceKey(QStringLiteral("A"))));
        const auto group = m_demo.dps().call(
            [](localdps::LocalDps &dps) { return dps.enrollmentGroup(DemoEnvironment::groupId()); });
        QVERIFY(group && *group);
        const auto device = m_demo.dps().call([](localdps::LocalDps &dps) {
            return dps.individualEnrollment(DemoEnvironment::individualRegistrationId());
        });
        QVERIFY(device && *device);
        QVERIFY(m_demo.createHost(QStringLiteral("no-such-scenario"), {}, 0.0) == nullptr);
    }

    void keysSurviveRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray first;
        QString scope;
        {
            DemoEnvironment demo;
            QVERIFY2(demo.start(dir.path()), qPrintable(demo.errorString()));
            first = text(demo.individualKey());
            scope = demo.idScope();
        }
        DemoEnvironment demo;
        QVERIFY2(demo.start(dir.path()), qPrintable(demo.errorString()));
        QCOMPARE(text(demo.individualKey()), first);
        QCOMPARE(demo.idScope(), scope);
    }

    void deviceClientRegisters()
    {
        dps::DpsDeviceClient client(m_demo.deviceClientOptions());
        QSignalSpy finished(&client, &dps::DpsDeviceClient::finished);
        crypto::SecureBytes key;
        QVERIFY(crypto::decodeBase64Strict(text(m_demo.individualKey()), key));
        QVERIFY(client.registerDevice(m_demo.idScope(), DemoEnvironment::individualRegistrationId(),
                                      std::move(key)));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<dps::DpsOutcome>().isAssigned());
    }

    void provisionWithRightKey()
    {
        auto host = deployedHost();
        QVERIFY(host);
        auto op = finish(host->provision(plan::EflowRelease::Lts1_4,
                                         symmetric(DemoEnvironment::individualRegistrationId()),
                                         ProvisioningSecret{m_demo.individualKey()}));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error + op->lines().join(QLatin1Char('\n'))));
        QCOMPARE(op->result().data.value(QStringLiteral("result")).toString(), QStringLiteral("OK"));
        const SimHostState state = host->currentState();
        QCOMPARE(state.provisioning, SimHostState::Provisioning::Assigned);
        QCOMPARE(state.deviceId, DemoEnvironment::individualRegistrationId());
        QCOMPARE(state.assignedHub, m_demo.iotHubs().constFirst());

        auto list = finish(host->moduleList());
        QVERIFY2(list->result().ok(), qPrintable(list->result().error));
        const auto modules = parseIotEdgeList(list->result().data.value(QStringLiteral("text")).toString());
        QVERIFY2(modules.ok(), qPrintable(modules.error.message));
        QCOMPARE(modules.value.configHeader, QStringLiteral("Config"));
        QCOMPARE(modules.value.modules.size(), 1); // only edgeAgent until a deployment is set
        QCOMPARE(modules.value.modules.first().name, QStringLiteral("edgeAgent"));
        QCOMPARE(modules.value.modules.first().status, ModuleStatus::Running);
        QVERIFY(modules.value.modules.first().description.startsWith(QLatin1String("Up ")));

        auto status = finish(host->serviceStatus(plan::EflowRelease::Lts1_4));
        const auto unit =
            parseSystemctlStatus(status->result().data.value(QStringLiteral("systemctl")).toString());
        QVERIFY2(unit.ok(), qPrintable(unit.error.message));
        QCOMPARE(unit.value.unit, QStringLiteral("aziot-edged.service"));
        QCOMPARE(unit.value.activeText, QStringLiteral("active (running)"));
        QCOMPARE(unit.value.state, ServiceState::Active);
        const auto system =
            parseIotEdgeSystemStatus(status->result().data.value(QStringLiteral("systemStatus")).toString());
        QVERIFY2(system.ok(), qPrintable(system.error.message));
        QVERIFY(system.value.allHealthy());

        auto check = finish(host->check(plan::EflowRelease::Lts1_4));
        const auto checks =
            parseIotEdgeCheckJson(check->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(checks.ok(), qPrintable(checks.error.message));
        QStringList errors;
        QStringList warnings;
        for (const IotEdgeCheckSection &section : checks.value.sections) {
            for (const IotEdgeCheck &c : section.checks) {
                QVERIFY(!c.details.join(QLatin1Char(' ')).contains(QLatin1String("401")));
                if (c.kind == CheckResultKind::Error)
                    errors << c.id;
                if (c.kind == CheckResultKind::Warning)
                    warnings << c.id;
            }
        }
        QCOMPARE(errors, QStringList{QStringLiteral("edge-hub-storage-mounted-from-host")});
        QCOMPARE(warnings, QStringList{QStringLiteral("container-engine-dns")});

        auto logs = finish(host->logs(plan::EflowRelease::Lts1_4));
        QVERIFY(logs->result()
                    .data.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("Successfully provisioned with DPS")));
        auto vm = finish(host->vmStatus());
        const auto parsed = parseGetEflowVmJson(vm->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(parsed.value.moduleListLines.size(), 2);
    }

    void stateHoldsNoSecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto host = m_demo.createHost(QStringLiteral("win11-pro"), dir.path(), 0.0);
        QVERIFY(finish(host->installEflow(plan::EflowRelease::Lts1_5, {}))->result().ok());
        QVERIFY(finish(host->deploy(basePlan()))->result().ok());
        auto op = finish(host->provision(plan::EflowRelease::Lts1_5,
                                         symmetric(DemoEnvironment::individualRegistrationId()),
                                         ProvisioningSecret{m_demo.individualKey()}));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        QFile file(SimHostState::filePath(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("demo-device"));
        QVERIFY(!saved.contains(text(m_demo.individualKey())));
        // Another instance on the folder sees the provisioned runtime (1.5: Config header).
        auto other = m_demo.createHost(QStringLiteral("win11-pro"), dir.path(), 0.0);
        auto list = finish(other->moduleList());
        QVERIFY2(list->result().ok(), qPrintable(list->result().error));
        QCOMPARE(
            parseIotEdgeList(list->result().data.value(QStringLiteral("text")).toString()).value.configHeader,
            QStringLiteral("Config"));
    }

    void provisionWithWrongKey()
    {
        auto host = deployedHost();
        QVERIFY(host);
        // The group key used directly is the classic mistake; DPS answers 401002.
        auto op = finish(host->provision(plan::EflowRelease::Lts1_4,
                                         symmetric(DemoEnvironment::individualRegistrationId()),
                                         ProvisioningSecret{m_demo.groupKey()}));
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Failed);
        QVERIFY(op->result().error.contains(
            QLatin1String("iotedge service not running after provisioning, please investigate manually")));
        QCOMPARE(op->result().explanation.id, EflowErrorId::IotEdgeNotRunningAfterProvisioning);
        const SimHostState state = host->currentState();
        QCOMPARE(state.provisioning, SimHostState::Provisioning::Failed);
        QCOMPARE(state.dpsHttpStatus, 401);
        QCOMPARE(state.dpsErrorCode, 401002);

        auto logs = finish(host->logs(plan::EflowRelease::Lts1_4));
        const QString journal = logs->result().data.value(QStringLiteral("text")).toString();
        QVERIFY2(journal.contains(QLatin1String("HTTP 401")) && journal.contains(QLatin1String("401002")),
                 qPrintable(journal));
        QCOMPARE(explainEflowError(journal).id, EflowErrorId::DpsUnauthorized);

        auto list = finish(host->moduleList());
        QCOMPARE(list->result().outcome, HostOperationResult::Outcome::Failed);

        auto status = finish(host->serviceStatus(plan::EflowRelease::Lts1_4));
        const auto unit =
            parseSystemctlStatus(status->result().data.value(QStringLiteral("systemctl")).toString());
        QVERIFY2(unit.ok(), qPrintable(unit.error.message));
        QCOMPARE(unit.value.state, ServiceState::Activating);
        QVERIFY(!unit.value.logLines.isEmpty());
        const auto system =
            parseIotEdgeSystemStatus(status->result().data.value(QStringLiteral("systemStatus")).toString());
        QVERIFY2(system.ok(), qPrintable(system.error.message));
        QVERIFY(!system.value.allHealthy());
        QVERIFY(system.value.services.at(1).logLines.join(QLatin1Char('\n')).contains(QLatin1String("401")));

        auto check = finish(host->check(plan::EflowRelease::Lts1_4));
        QCOMPARE(check->result().data.value(QStringLiteral("exitCode")).toInt(), 1);
        const auto checks =
            parseIotEdgeCheckJson(check->result().data.value(QStringLiteral("json")).toString());
        QVERIFY2(checks.ok(), qPrintable(checks.error.message));
        bool sawDps = false;
        for (const IotEdgeCheckSection &section : checks.value.sections) {
            for (const IotEdgeCheck &c : section.checks)
                sawDps = sawDps || (c.kind == CheckResultKind::Error &&
                                    c.details.join(QLatin1Char(' ')).contains(QLatin1String("401")));
        }
        QVERIFY(sawDps);
        auto vm = finish(host->vmStatus());
        QVERIFY(parseGetEflowVmJson(vm->result().data.value(QStringLiteral("json")).toString()).ok());

        // The right key afterwards repairs it.
        auto again = finish(host->provision(plan::EflowRelease::Lts1_4,
                                            symmetric(DemoEnvironment::individualRegistrationId()),
                                            ProvisioningSecret{m_demo.individualKey()}));
        QVERIFY2(again->result().ok(), qPrintable(again->result().error));
        QVERIFY(finish(host->moduleList())->result().ok());
    }

    void groupEnrollmentDerivedKey()
    {
        auto host = deployedHost(QStringLiteral("nested-vm"));
        QVERIFY(host);
        const QString registrationId = QStringLiteral("line3-pc-04");
        plan::ProvisioningSettings s = symmetric(registrationId);
        s.keySource = plan::SymmetricKeySource::GroupEnrollment;
        s.enrollmentGroupId = DemoEnvironment::groupId();
        auto op = finish(host->provision(plan::EflowRelease::Lts1_4, s,
                                         ProvisioningSecret{m_demo.derivedDeviceKey(registrationId)}));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        QCOMPARE(host->currentState().deviceId, registrationId);
        const auto registration = m_demo.registration(registrationId);
        QVERIFY(registration);
        QCOMPARE(registration->value(QStringLiteral("enrollmentGroupId")).toString(),
                 DemoEnvironment::groupId());
    }

    void unknownScope()
    {
        auto host = deployedHost();
        QVERIFY(host);
        plan::ProvisioningSettings s = symmetric(DemoEnvironment::individualRegistrationId());
        s.idScope = QStringLiteral("0ne00000000");
        auto op = finish(
            host->provision(plan::EflowRelease::Lts1_4, s, ProvisioningSecret{m_demo.individualKey()}));
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Failed);
        QCOMPARE(host->currentState().dpsHttpStatus, 404);
    }

    void cancelDuringRegistration()
    {
        auto host = deployedHost();
        QVERIFY(host);
        // DPS answers slowly, so the cancel lands while the VM's registration is in flight.
        localdps::LocalDpsFaults slow;
        slow.addedLatencyMs = 3000;
        m_demo.setFaults(slow);
        std::unique_ptr<HostOperation> op(host->provision(
            plan::EflowRelease::Lts1_4, symmetric(DemoEnvironment::individualRegistrationId()),
            ProvisioningSecret{m_demo.individualKey()}));
        QTRY_VERIFY_WITH_TIMEOUT(op->lines().size() >= 3, 10000);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        op->cancel();
        QVERIFY(clock.elapsed() < 1000);
        m_demo.setFaults({});
        QCOMPARE(op->result().outcome, HostOperationResult::Outcome::Cancelled);
        const int lines = int(op->lines().size());
        QTest::qWait(3500);
        QCOMPARE(op->lines().size(), lines);
        QCOMPARE(host->currentState().provisioning, SimHostState::Provisioning::Unknown);
    }

    void pacedProvisioning()
    {
        auto host = deployedHost();
        QVERIFY(host);
        host->setSpeed(4.0);
        QElapsedTimer clock;
        clock.start();
        auto op = finish(host->provision(plan::EflowRelease::Lts1_4,
                                         symmetric(DemoEnvironment::individualRegistrationId()),
                                         ProvisioningSecret{m_demo.individualKey()}));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        // About 7.8 s of script at demo pace, a quarter of it at speed 4, plus the DPS exchange.
        QVERIFY2(clock.elapsed() >= 1800, qPrintable(QString::number(clock.elapsed())));
    }

    // The local DPS runs on its own thread: the owner may block (as an engine worker waiting on a client
    // would) and the DPS still completes a TLS handshake.
    void dpsAnswersWhileOwnerBlocks()
    {
        const QUrl endpoint(m_demo.endpoint());
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_demo.caCertificate());
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(endpoint.host(), quint16(endpoint.port()));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    }

    void startStopMany()
    {
        DemoEnvironment demo;
        QByteArray key;
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(demo.start(), qPrintable(demo.errorString()));
            QVERIFY(demo.isRunning());
            QVERIFY(QFile::exists(demo.caFile()));
            const QByteArray now = text(demo.individualKey());
            QVERIFY(crypto::isStrictBase64(now));
            QVERIFY(now != key); // memory only: every start makes new enrollments
            key = now;
            if (i % 2 == 0) {
                demo.stop();
                QVERIFY(!demo.isRunning());
                QVERIFY(demo.individualKey().isEmpty());
                QVERIFY(demo.idScope().isEmpty());
            }
        }
    }

    void destroyWhileRegistering()
    {
        auto demo = std::make_unique<DemoEnvironment>();
        QVERIFY2(demo->start(), qPrintable(demo->errorString()));
        localdps::LocalDpsFaults slow;
        slow.addedLatencyMs = 5000;
        demo->setFaults(slow);
        dps::DpsDeviceClientOptions options = demo->deviceClientOptions();
        options.overallTimeout = std::chrono::seconds(20);
        dps::DpsDeviceClient client(options);
        QSignalSpy finished(&client, &dps::DpsDeviceClient::finished);
        crypto::SecureBytes key;
        QVERIFY(crypto::decodeBase64Strict(text(demo->individualKey()), key));
        QVERIFY(client.registerDevice(demo->idScope(), DemoEnvironment::individualRegistrationId(),
                                      std::move(key)));
        QTest::qWait(500); // the request is at the DPS, which holds its answer back
        QCOMPARE(finished.size(), 0);
        QElapsedTimer clock;
        clock.start();
        demo.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        client.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().first().value<dps::DpsOutcome>().isAssigned());
    }
};

QTEST_GUILESS_MAIN(TestSimDemoEnvironment)
#include "tst_sim_demoenvironment.moc"
