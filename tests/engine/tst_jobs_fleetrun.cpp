// The fleet run (issue 16 items 2 and 6) against demo hosts in this process: 50 hosts of mixed scenarios
// at concurrency 16 (unsupported hosts reported, not fatal; two hosts with a wrong group key reported with
// their cause), every provisioned machine deployed and provisioned exactly once, a rerun that does nothing
// twice, --retry-failed, a cancel in the middle and its resume, a damaged state file refused and left as it
// was, a second run on the same fleet refused, and results files that hold no key.
#undef QT_NO_CAST_FROM_ASCII
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/KeyGenerator.h"
#include "engine/jobs/FleetRun.h"
#include "engine/jobs/HostJobRunner.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"
#include "engine/support/SecretRef.h"

using namespace eflow;

namespace {

using jobs::FleetOutcome;

std::shared_ptr<jobs::HostFactory> hostsIn(const QString &directory)
{
    auto factory = std::make_shared<jobs::HostFactory>();
    jobs::registerPowerShellHosts(*factory);
    sim::registerDemoHosts(*factory, directory);
    return factory;
}

jobs::FleetHost demoHost(const QString &scenario, const QString &name, const QString &secretRef = {})
{
    jobs::FleetHost h;
    h.target = jobs::HostTarget::demo(scenario, 0.0);
    h.target.machine = name;
    h.registrationId = name;
    h.secretRef = secretRef;
    return h;
}

bool runToEnd(jobs::FleetRun &run, int timeoutMs = 240000)
{
    QSignalSpy finished(&run, &jobs::FleetRun::finished);
    QString error;
    if (!run.start(&error)) {
        qWarning("start: %s", qPrintable(error));
        return false;
    }
    return finished.wait(timeoutMs);
}

} // namespace

class TestFleetRun final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<jobs::HostFactory> m_hosts;
    std::shared_ptr<const crypto::SecureBytes> m_wrongKey;

    QString demoDir() const { return m_dir->filePath("demo"); }

    jobs::FleetRunOptions options(const QList<jobs::FleetHost> &hosts) const
    {
        jobs::FleetRunOptions o;
        o.fleetFile = m_dir->filePath("fleet.csv");
        o.plan.release = plan::EflowRelease::Lts1_4;
        o.plan.eulaAccepted = true;
        o.hosts = hosts;
        o.concurrency = 16;
        o.speed = 0.0;
        o.journalDirectory = m_dir->filePath("journal");
        o.keysByRef.insert("keychain:other-group", m_wrongKey);
        return o;
    }

    // The simulated machine's counters (SimHostState): how often its VM was created and provisioned.
    QPair<int, int> counts(const jobs::FleetHost &h) const
    {
        QFile f(demoDir() + "/host-" + h.target.scenarioId + "@" + h.target.machine + "/sim-host.json");
        if (!f.open(QIODevice::ReadOnly))
            return {0, 0};
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        return {s.value("vm").toObject().value("deployCount").toInt(0),
                s.value("provisioning").toObject().value("count").toInt(0)};
    }

    // The demo group's key, as the demo DPS has it.
    QByteArray demoGroupKey()
    {
        jobs::HostJobRunner runner(m_hosts, m_dir->filePath("journal"));
        QSignalSpy opened(&runner, &jobs::HostJobRunner::opened);
        runner.open(jobs::HostTarget::demo("win11-pro", 0.0));
        if (!opened.wait(30000) || !runner.host()->demo)
            return {};
        return runner.host()->demo->groupKey->view().toByteArray();
    }

    static QList<jobs::FleetHost> fiftyHosts()
    {
        QList<jobs::FleetHost> hosts;
        for (int i = 1; i <= 38; ++i)
            hosts << demoHost("win11-pro", QString("line-%1").arg(i));
        for (int i = 1; i <= 3; ++i)
            hosts << demoHost("win10-home", QString("home-%1").arg(i));
        for (int i = 1; i <= 3; ++i)
            hosts << demoHost("server-no-switch", QString("server-%1").arg(i));
        for (int i = 1; i <= 2; ++i)
            hosts << demoHost("existing-eflow", QString("existing-%1").arg(i));
        hosts << demoHost("hyperv-disabled", "hyperv-1");
        hosts << demoHost("gpu-pv", "gpu-1");
        for (int i = 1; i <= 2; ++i)
            hosts << demoHost("win11-pro", QString("wrong-key-%1").arg(i), "keychain:other-group");
        return hosts;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_DATA_HOME", m_dir->filePath("data").toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath("config").toUtf8());
        m_hosts = hostsIn(demoDir());
        QByteArray key = crypto::generateSymmetricKey(64);
        m_wrongKey = std::make_shared<const crypto::SecureBytes>(QByteArrayView(key));
    }

    void cleanup() { m_hosts.reset(); }

    void fiftyMixedHosts()
    {
        const QList<jobs::FleetHost> hosts = fiftyHosts();
        QCOMPARE(hosts.size(), 50);
        jobs::FleetRun run(m_hosts, options(hosts));
        QVERIFY(runToEnd(run));
        QMap<QString, jobs::FleetHostResult> byTarget;
        for (const jobs::FleetHostResult &r : run.results())
            byTarget.insert(r.target, r);
        for (const jobs::FleetHost &h : hosts) {
            const jobs::FleetHostResult r = byTarget.value(h.target.toString());
            const QString scenario = h.target.scenarioId;
            const QByteArray what =
                (h.target.toString() + ": " + jobs::fleetOutcomeKey(r.outcome) + ": " + r.cause).toUtf8();
            if (scenario == "win10-home" || scenario == "server-no-switch") {
                QVERIFY2(r.outcome == FleetOutcome::Unsupported, what.constData());
                QVERIFY(!r.fix.isEmpty());
                QCOMPARE(counts(h), qMakePair(0, 0));
            } else if (scenario == "hyperv-disabled") {
                QVERIFY2(r.outcome == FleetOutcome::RestartNeeded, what.constData());
            } else if (h.target.machine.startsWith("wrong-key")) {
                QVERIFY2(r.outcome == FleetOutcome::Failed, what.constData());
                QVERIFY2(r.cause.contains("DPS rejected the key for registration ID " + h.registrationId),
                         what.constData());
                QVERIFY2(r.fix.contains("group"), qPrintable(r.fix));
                QCOMPARE(counts(h), qMakePair(1, 1));
            } else {
                QVERIFY2(r.outcome == FleetOutcome::Provisioned, what.constData());
                QCOMPARE(r.deviceId, h.registrationId);
                QVERIFY(r.hub.endsWith(".azure-devices.net"));
                QVERIFY(!r.vmIp.isEmpty());
                QVERIFY2(r.verification.contains("is assigned to"), qPrintable(r.verification));
                QCOMPARE(counts(h).second, 1);
                // The existing VM of that scenario is kept, not deployed again.
                QCOMPARE(counts(h).first, scenario == "existing-eflow" ? 0 : 1);
            }
        }
        QCOMPARE(run.counts().value(FleetOutcome::Provisioned), 38 + 2 + 1);

        // The results files hold no key: not the group's, not the wrong one, no device key.
        const QString csv = m_dir->filePath("results.csv");
        const QString json = m_dir->filePath("results.json");
        QString error;
        QVERIFY2(jobs::writeFleetResults(csv, run.results(), &error), qPrintable(error));
        QVERIFY2(jobs::writeFleetResults(json, run.results(), &error), qPrintable(error));
        QList<QByteArray> secrets{demoGroupKey(), m_wrongKey->view().toByteArray()};
        QVERIFY(!secrets.constFirst().isEmpty());
        for (const jobs::FleetHost &h : hosts) {
            secrets << crypto::deriveDeviceKey(secrets.at(0), h.registrationId.toUtf8());
            secrets << crypto::deriveDeviceKey(secrets.at(1), h.registrationId.toUtf8());
        }
        for (const QString &file : {csv, json}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(text.contains("line-38"));
            for (const QByteArray &secret : secrets)
                QVERIFY2(!text.contains(secret), qPrintable(file));
            for (const QString &word :
                 QString::fromUtf8(text).split(QRegularExpression("[\\s,\"]+"), Qt::SkipEmptyParts))
                QVERIFY2(!support::looksLikeSecret(word), qPrintable(file + ": " + word));
            QVERIFY(!text.contains("SharedAccessKey"));
        }
    }

    void rerunDoesNothingTwice()
    {
        QList<jobs::FleetHost> hosts{demoHost("win11-pro", "a"), demoHost("win11-pro", "b"),
                                     demoHost("win10-home", "c"),
                                     demoHost("win11-pro", "d", "keychain:other-group")};
        {
            jobs::FleetRun run(m_hosts, options(hosts));
            QVERIFY(runToEnd(run));
            QCOMPARE(run.counts().value(FleetOutcome::Provisioned), 2);
        }
        {
            // Everything ended in the first run: nothing runs again, the outcomes are the earlier ones.
            jobs::FleetRun run(m_hosts, options(hosts));
            QVERIFY(runToEnd(run, 10000));
            for (int row = 0; row < run.hostCount(); ++row)
                QVERIFY(run.status(row).fromEarlierRun);
            QCOMPARE(run.counts().value(FleetOutcome::Provisioned), 2);
            QCOMPARE(run.counts().value(FleetOutcome::Failed), 1);
            QCOMPARE(run.counts().value(FleetOutcome::Unsupported), 1);
        }
        QCOMPARE(counts(hosts.at(0)), qMakePair(1, 1));
        QCOMPARE(counts(hosts.at(3)), qMakePair(1, 1));
        {
            // --retry-failed with the right key now: the failed host is provisioned again (its VM stays).
            jobs::FleetRunOptions o = options(hosts);
            o.retryFailed = true;
            o.keysByRef.clear();
            o.hosts[3].secretRef.clear();
            jobs::FleetRun run(m_hosts, o);
            QVERIFY(runToEnd(run));
            QVERIFY(run.status(0).fromEarlierRun);
            QVERIFY(!run.status(3).fromEarlierRun);
            QCOMPARE(run.status(3).result.outcome, FleetOutcome::Provisioned);
            QCOMPARE(run.status(2).result.outcome, FleetOutcome::Unsupported);
        }
        QCOMPARE(counts(hosts.at(0)), qMakePair(1, 1));
        QCOMPARE(counts(hosts.at(3)), qMakePair(1, 2)); // deployed once; provisioned again on purpose
    }

    void cancelThenResume()
    {
        QList<jobs::FleetHost> hosts;
        for (int i = 1; i <= 6; ++i)
            hosts << demoHost("win11-pro", QString("slow-%1").arg(i));
        jobs::FleetRunOptions o = options(hosts);
        o.speed = 0.5;
        o.concurrency = 3;
        {
            jobs::FleetRun run(m_hosts, o);
            QSignalSpy finished(&run, &jobs::FleetRun::finished);
            QString error;
            QVERIFY(run.start(&error));
            QTRY_VERIFY_WITH_TIMEOUT(run.status(0).result.phase == "deploy" && run.status(0).percent > 5,
                                     60000);
            run.cancel();
            QVERIFY(finished.wait(60000));
            QCOMPARE(run.status(0).result.outcome, FleetOutcome::Cancelled);
            QCOMPARE(run.status(5).result.outcome, FleetOutcome::Waiting);
            QVERIFY(run.counts().value(FleetOutcome::Provisioned) < 6);
        }
        o.speed = 0.0;
        jobs::FleetRun run(m_hosts, o);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.counts().value(FleetOutcome::Provisioned), 6);
        for (const jobs::FleetHost &h : hosts)
            QCOMPARE(counts(h), qMakePair(1, 1));
    }

    // The provision job ended (its journal entry removed) but the fleet's mark never reached the disk (a
    // kill in between): the rerun reads the host, finds IoT Edge running, and does not provision again.
    void provisionedButUnmarkedIsNotProvisionedAgain()
    {
        const QList<jobs::FleetHost> hosts{demoHost("win11-pro", "u-1")};
        const jobs::FleetRunOptions o = options(hosts);
        {
            jobs::FleetRun run(m_hosts, o);
            QVERIFY(runToEnd(run));
        }
        QCOMPARE(counts(hosts.at(0)), qMakePair(1, 1));
        const QString path = jobs::FleetStateFile::defaultPath(o.journalDirectory, o.fleetFile);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray list = state.value("hosts").toArray();
        QJsonObject host = list.at(0).toObject();
        host.insert("outcome", "running");
        host.insert("phase", "provision");
        host.insert("provisioned", false);
        list[0] = host;
        state.insert("hosts", list);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(state).toJson());
        f.close();
        jobs::FleetRun run(m_hosts, o);
        QVERIFY(runToEnd(run));
        QCOMPARE(run.status(0).result.outcome, FleetOutcome::Provisioned);
        QCOMPARE(counts(hosts.at(0)), qMakePair(1, 1));
    }

    void damagedStateIsRefusedAndKept()
    {
        jobs::FleetRunOptions o = options({demoHost("win11-pro", "a")});
        const QString path = jobs::FleetStateFile::defaultPath(o.journalDirectory, o.fleetFile);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray damaged =
            R"({"version":1,"hosts":[{"target":"demo:win11-pro/a","outcome":"maybe"}]})";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
        f.close();
        jobs::FleetRun run(m_hosts, o);
        QString error;
        QVERIFY(!run.start(&error));
        QVERIFY2(error.contains("hosts[0]") && error.contains("outcome") && error.contains("move it away"),
                 qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
    }

    void secondRunOnTheSameFleetIsRefused()
    {
        const jobs::FleetRunOptions o = options({demoHost("win11-pro", "a")});
        jobs::FleetRun first(m_hosts, o);
        QString error;
        QVERIFY(first.start(&error));
        jobs::FleetRun second(m_hosts, o);
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains("Another fleet run"), qPrintable(error));
        QSignalSpy finished(&first, &jobs::FleetRun::finished);
        QVERIFY(finished.wait(60000));
    }

    void hostsStartSpacedApartAndTheirThreadsEnd_data()
    {
        QTest::addColumn<int>("spacingMs");
        QTest::newRow("ramp of 250 ms") << 250;
        QTest::newRow("all at once") << 0;
    }

    void hostsStartSpacedApartAndTheirThreadsEnd()
    {
        // A ramp, not a burst: with room for all four at once, each host still starts startSpacingMs
        // after the one before. finished() comes only after every host's worker thread has ended.
        QFETCH(int, spacingMs);
        QList<jobs::FleetHost> hosts;
        for (int i = 1; i <= 4; ++i)
            hosts << demoHost("win11-pro", QString("ramp-%1").arg(i));
        jobs::FleetRunOptions o = options(hosts);
        o.startSpacingMs = spacingMs;
        jobs::FleetRun run(m_hosts, o);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> startedAt(hosts.size(), -1);
        connect(&run, &jobs::FleetRun::hostChanged, this, [&](int row) {
            if (startedAt[row] < 0 && run.status(row).result.outcome == FleetOutcome::Running)
                startedAt[row] = clock.elapsed();
        });
        const int threadsBefore = threadCount();
        QVERIFY(runToEnd(run));
        QCOMPARE(run.counts().value(FleetOutcome::Provisioned), 4);
        for (int row = 1; row < hosts.size(); ++row) {
            const qint64 gap = startedAt[row] - startedAt[row - 1];
            // Seen once each host's runner is made, which takes a varying few ms (a clean-clone run saw
            // 249 ms for a spacing of 250): 90 % of the spacing, where no ramp gives a few ms.
            QVERIFY2(startedAt[row - 1] >= 0 && gap >= spacingMs * 9 / 10 && (spacingMs > 0 || gap < 200),
                     qPrintable(QString("host %1 started %2 ms after the one before").arg(row).arg(gap)));
        }
        // The hosts' runners were retired without a join on this thread, and yet none of their threads
        // is left (the demo DPS, the state writer and a pool thread may be).
        QVERIFY2(threadCount() <= threadsBefore + 3,
                 qPrintable(QString("%1 threads before, %2 after").arg(threadsBefore).arg(threadCount())));
    }

private:
    // Threads of this process (Linux), or 0 where that cannot be read.
    static int threadCount()
    {
        QFile status("/proc/self/status");
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        const QRegularExpression threads("^Threads:\\s*(\\d+)$", QRegularExpression::MultilineOption);
        return threads.match(QString::fromLatin1(status.readAll())).captured(1).toInt();
    }
};

QTEST_GUILESS_MAIN(TestFleetRun)
#include "tst_jobs_fleetrun.moc"
