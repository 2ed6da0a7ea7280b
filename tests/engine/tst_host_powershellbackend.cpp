// PowerShellHostBackend against a stand-in host (powershell_backend_standin.cpp) that answers each
// generated script like a Windows host with EFLOW: facts, Deploy-Eflow's console, recorded VM outputs.
#include <cerrno>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <signal.h>

#include "engine/host/HostFacts.h"
#include "engine/host/IotEdgeParsers.h"
#include "engine/host/PowerShellHostBackend.h"
#include "engine/support/Redactor.h"

using eflow::host::EflowErrorId;
using eflow::host::HostOperation;
using eflow::host::HostOperationResult;
using eflow::host::PowerShellHostBackend;
using eflow::host::PowerShellTarget;
using eflow::host::ProvisioningSecret;
using Outcome = HostOperationResult::Outcome;
namespace plan = eflow::plan;

namespace {

const QByteArray kDeviceKey = QByteArrayLiteral("RGV2aWNlLUtleS1Gb3ItVGhlLVN0YW5kaW4tMDEyMzQ1Njc4OQ==");
const QByteArray kConnString =
    QByteArrayLiteral("HostName=contoso.azure-devices.net;DeviceId=dev-01;SharedAccessKey=U3RhbmRpbktleQ==");

bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && (stat[close + 2] == 'Z' || stat[close + 2] == 'X');
}

plan::DeploymentPlan deployPlan(int memoryMb)
{
    plan::DeploymentPlan p;
    p.release = plan::EflowRelease::Lts1_4;
    p.eulaAccepted = true;
    p.vm.cpuCount = 2;
    p.vm.memoryMb = memoryMb;
    p.vm.dataSizeGb = 10;
    return p;
}

} // namespace

class tst_HostPowerShellBackend final : public QObject
{
    Q_OBJECT

private:
    QList<qint64> m_leftovers;

    PowerShellHostBackend *backend(const PowerShellTarget &target = PowerShellTarget::local())
    {
        auto *b = new PowerShellHostBackend(target, QStringLiteral(EFLOW_POWERSHELL_BACKEND_STANDIN), this);
        b->setKillGracePeriod(500);
        return b;
    }

    // Waits for the end and hands back the operation, parented for clean-up.
    HostOperation *finish(HostOperation *op, int ms = 20000)
    {
        op->setParent(this);
        if (!op->isFinished()) {
            QSignalSpy spy(op, &HostOperation::finished);
            [&] {
                QVERIFY(spy.wait(ms));
            }();
        }
        return op;
    }

    static QString describe(const HostOperation *op)
    {
        return QStringLiteral("outcome %1: %2\n%3")
            .arg(int(op->result().outcome))
            .arg(op->result().error, op->lines().join(QLatin1Char('\n')));
    }

private slots:
    void initTestCase()
    {
        qputenv("EFLOW_STANDIN_DATA", EFLOW_HOST_TEST_DATA);
        qunsetenv("EFLOW_STANDIN_HANG");
    }

    void cleanup()
    {
        qunsetenv("EFLOW_STANDIN_HANG");
        qunsetenv("EFLOW_STANDIN_BAD_FACTS");
        for (const qint64 pid : std::as_const(m_leftovers))
            ::kill(pid_t(pid), SIGKILL);
        m_leftovers.clear();
    }

    void describeTarget()
    {
        QCOMPARE(backend()->describe(), QStringLiteral("This computer"));
        QCOMPARE(
            backend(PowerShellTarget::ssh(QStringLiteral("admin"), QStringLiteral("edge-01")))->describe(),
            QStringLiteral("ssh://admin@edge-01"));
        QCOMPARE(backend(PowerShellTarget::ssh(QStringLiteral("admin"), QStringLiteral("edge-01"), 2222))
                     ->describe(),
                 QStringLiteral("ssh://admin@edge-01:2222"));
        QVERIFY(!backend()->isSimulated());
    }

    void defaultTimeouts()
    {
        auto *b = backend();
        HostOperation *probe = b->probe();
        QCOMPARE(probe->timeout(), 120 * 1000);
        HostOperation *deploy = b->deploy(deployPlan(2048));
        QCOMPARE(deploy->timeout(), 45 * 60 * 1000);
        HostOperation *list = b->moduleList();
        QCOMPARE(list->timeout(), 2 * 60 * 1000);
        // Dropped before they start: nothing runs, nothing leaks.
        delete probe;
        delete deploy;
        delete list;
    }

    void probeDecodes_data()
    {
        QTest::addColumn<bool>("overSsh");
        QTest::newRow("local") << false;
        QTest::newRow("ssh") << true;
    }

    void probeDecodes()
    {
        QFETCH(bool, overSsh);
        auto *b =
            backend(overSsh ? PowerShellTarget::ssh(QStringLiteral("admin"), QStringLiteral("edge-01"), 22)
                            : PowerShellTarget::local());
        HostOperation *op = finish(b->probe(QStringLiteral("D:")));
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QString why;
        const auto facts = eflow::host::hostFactsFromJson(op->result().data, &why);
        QVERIFY2(facts.has_value(), qPrintable(why));
        QCOMPARE(facts->computerName, QStringLiteral("EDGE-01"));
        QCOMPARE(facts->buildNumber, 22631);
        QCOMPARE(facts->disk.drive, QStringLiteral("D:"));
        QVERIFY(facts->hasDefaultSwitch());
        QVERIFY(op->lines().contains(QStringLiteral("Gathering host facts")));
    }

    void probeThatDoesNotDecodeFails()
    {
        qputenv("EFLOW_STANDIN_BAD_FACTS", "1");
        HostOperation *op = finish(backend()->probe());
        qunsetenv("EFLOW_STANDIN_BAD_FACTS");
        QCOMPARE(op->result().outcome, Outcome::Failed);
        QVERIFY2(op->result().error.contains(QStringLiteral("could not be read")),
                 qPrintable(op->result().error));
        QVERIFY2(op->result().error.contains(QStringLiteral("buildNumber")), qPrintable(op->result().error));
    }

    void deployStreamsProgress()
    {
        auto *b = backend();
        HostOperation *op = b->deploy(deployPlan(2048));
        QSignalSpy progress(op, &HostOperation::progress);
        QSignalSpy lines(op, &HostOperation::line);
        finish(op);
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("result")).toString(), QStringLiteral("OK"));
        QCOMPARE(op->result().data.value(QStringLiteral("ip4Address")).toString(),
                 QStringLiteral("172.27.120.111"));
        QVERIFY(lines.size() >= 20);
        QVERIFY(progress.size() >= 8);
        int last = -1;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const int percent = args.at(0).toInt();
            QVERIFY2(percent >= last, qPrintable(QStringLiteral("%1 after %2").arg(percent).arg(last)));
            QVERIFY(!args.at(1).toString().isEmpty());
            last = percent;
        }
        QCOMPARE(last, 100);
    }

    void deployMemoryFailure()
    {
        auto *b = backend();
        HostOperation *op = finish(b->deploy(deployPlan(128000)));
        QCOMPARE(op->result().outcome, Outcome::Failed);
        QCOMPARE(op->result().explanation.id, EflowErrorId::NotEnoughMemory);
        QVERIFY(!op->result().explanation.cause.isEmpty());
        QVERIFY(!op->result().explanation.fix.isEmpty());
        QVERIFY2(op->result().error.contains(QStringLiteral("Not enough memory available.")),
                 qPrintable(op->result().error));
        QVERIFY(op->lines().contains(QStringLiteral(" - Not enough memory available. (L3120)")));
    }

    void provisionSecretOnlyThroughStdin_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("overSsh");
        QTest::newRow("dps symmetric key, local")
            << int(plan::ProvisioningType::DpsSymmetricKey) << kDeviceKey << false;
        QTest::newRow("dps symmetric key, ssh")
            << int(plan::ProvisioningType::DpsSymmetricKey) << kDeviceKey << true;
        QTest::newRow("connection string")
            << int(plan::ProvisioningType::ManualConnectionString) << kConnString << false;
    }

    void provisionSecretOnlyThroughStdin()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, secret);
        QFETCH(bool, overSsh);
        eflow::support::Redactor::clearSecrets();
        plan::ProvisioningSettings s;
        s.type = plan::ProvisioningType(type);
        s.idScope = QStringLiteral("0ne00000A0A");
        s.registrationId = QStringLiteral("dev-01");
        ProvisioningSecret handed;
        handed.value = eflow::crypto::SecureBytes(QByteArrayView(secret));
        auto *b = backend(overSsh ? PowerShellTarget::ssh(QStringLiteral("admin"), QStringLiteral("edge-01"))
                                  : PowerShellTarget::local());
        HostOperation *op = b->provision(plan::EflowRelease::Lts1_4, s, std::move(handed));
        QVERIFY(handed.value.isEmpty()); // consumed
        // Registered with the Redactor before anything ran.
        QVERIFY(!eflow::support::Redactor::redact(QString::fromLatin1(secret))
                     .contains(QString::fromLatin1(secret)));
        finish(op);
        // The stand-in exits 92 when the value is in its /proc/self/cmdline or the script text.
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QCOMPARE(op->result().data.value(QStringLiteral("secretSha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex()));
        for (const QString &line : op->lines())
            QVERIFY(!line.contains(QString::fromLatin1(secret)));
        eflow::support::Redactor::clearSecrets();
    }

    // The guard itself: a script that carries the value is refused by the stand-in (exit 92), so the
    // passing provisioning cases above really mean "not in the script, not on the command line".
    void standinRefusesASecretInTheScript()
    {
        eflow::host::PowerShellProcess process;
        process.setTarget(PowerShellTarget::local());
        process.setProgram(QStringLiteral(EFLOW_POWERSHELL_BACKEND_STANDIN));
        eflow::host::PowerShellEnvelope envelope(
            QStringLiteral("# eflow-operation: provision\n$k = '%1'\n").arg(QString::fromLatin1(kDeviceKey)));
        envelope.addSecret(QStringLiteral("symmKey"), eflow::crypto::SecureBytes(QByteArrayView(kDeviceKey)));
        QSignalSpy done(&process, &eflow::host::PowerShellProcess::finished);
        QVERIFY(process.start(std::move(envelope)));
        QVERIFY(done.wait(10000));
        const auto result = done.first().at(0).value<eflow::host::PowerShellResult>();
        QCOMPARE(result.exitCode, 92);
        eflow::support::Redactor::clearSecrets();
    }

    void provisionWithoutSecretFails()
    {
        plan::ProvisioningSettings s;
        s.type = plan::ProvisioningType::DpsSymmetricKey;
        s.idScope = QStringLiteral("0ne00000A0A");
        s.registrationId = QStringLiteral("dev-01");
        HostOperation *op = finish(backend()->provision(plan::EflowRelease::Lts1_5, s, ProvisioningSecret{}));
        QCOMPARE(op->result().outcome, Outcome::Failed);
        QVERIFY2(op->result().error.contains(QStringLiteral("secret was not handed over")),
                 qPrintable(op->result().error));
    }

    void moduleListParses()
    {
        HostOperation *op = finish(backend()->moduleList());
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        const auto list =
            eflow::host::parseIotEdgeList(op->result().data.value(QStringLiteral("text")).toString());
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QVERIFY(!list.value.modules.isEmpty());
    }

    void serviceStatusPerRelease()
    {
        HostOperation *old = finish(backend()->serviceStatus(plan::EflowRelease::Lts1_1));
        QVERIFY2(old->result().ok(), qPrintable(describe(old)));
        QVERIFY(eflow::host::parseSystemctlStatus(
                    old->result().data.value(QStringLiteral("systemctl")).toString())
                    .ok());
        QVERIFY(!old->result().data.contains(QStringLiteral("systemStatus")));

        HostOperation *current = finish(backend()->serviceStatus(plan::EflowRelease::Lts1_4));
        QVERIFY2(current->result().ok(), qPrintable(describe(current)));
        QVERIFY(eflow::host::parseIotEdgeSystemStatus(
                    current->result().data.value(QStringLiteral("systemStatus")).toString())
                    .ok());
    }

    void checkAndVmStatusParse()
    {
        HostOperation *check = finish(backend()->check(plan::EflowRelease::Lts1_4));
        QVERIFY2(check->result().ok(), qPrintable(describe(check)));
        QCOMPARE(check->result().data.value(QStringLiteral("exitCode")).toInt(), 1);
        QVERIFY(
            eflow::host::parseIotEdgeCheckJson(check->result().data.value(QStringLiteral("json")).toString())
                .ok());

        HostOperation *vm = finish(backend()->vmStatus());
        QVERIFY2(vm->result().ok(), qPrintable(describe(vm)));
        QVERIFY(eflow::host::parseGetEflowVmJson(vm->result().data.value(QStringLiteral("json")).toString())
                    .ok());
    }

    void installReportsProgress()
    {
        HostOperation *op = backend()->installEflow(plan::EflowRelease::Lts1_4, {});
        QSignalSpy progress(op, &HostOperation::progress);
        finish(op);
        QVERIFY2(op->result().ok(), qPrintable(describe(op)));
        QVERIFY(progress.size() >= 5);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(progress.first().at(1).toString(), QStringLiteral("Downloading the installer"));
        // Progress markers are not console lines.
        for (const QString &line : op->lines())
            QVERIFY(!line.startsWith(QStringLiteral("##eflow-progress##")));
    }

    void cancelEndsTheProcess()
    {
        qputenv("EFLOW_STANDIN_HANG", "1");
        HostOperation *op = backend()->moduleList();
        op->setParent(this);
        QSignalSpy lines(op, &HostOperation::line);
        QVERIFY(lines.wait(10000));
        const qint64 pid = lines.first().at(0).toString().section(QLatin1Char(' '), 1).toLongLong();
        QVERIFY(pid > 0);
        m_leftovers << pid;
        op->cancel();
        QVERIFY(op->isFinished());
        QCOMPARE(op->result().outcome, Outcome::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void timeoutEndsTheProcess()
    {
        qputenv("EFLOW_STANDIN_HANG", "1");
        HostOperation *op = backend()->deploy(deployPlan(2048));
        op->setTimeout(1500);
        QSignalSpy lines(op, &HostOperation::line);
        finish(op);
        QCOMPARE(op->result().outcome, Outcome::TimedOut);
        QVERIFY(!lines.isEmpty());
        const qint64 pid = lines.first().at(0).toString().section(QLatin1Char(' '), 1).toLongLong();
        m_leftovers << pid;
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void deletingARunningOperationEndsTheProcess()
    {
        qputenv("EFLOW_STANDIN_HANG", "1");
        HostOperation *op = backend()->vmStatus();
        QSignalSpy lines(op, &HostOperation::line);
        QVERIFY(lines.wait(10000));
        const qint64 pid = lines.first().at(0).toString().section(QLatin1Char(' '), 1).toLongLong();
        m_leftovers << pid;
        delete op;
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void deadSshTarget()
    {
        // No ssh program at all.
        auto *missing = new PowerShellHostBackend(
            PowerShellTarget::ssh(QStringLiteral("admin"), QStringLiteral("edge-01")),
            QStringLiteral("/nonexistent/eflow/ssh"), this);
        HostOperation *op = finish(missing->probe());
        QCOMPARE(op->result().outcome, Outcome::Failed);
        QVERIFY2(op->result().error.contains(QStringLiteral("could not be started")),
                 qPrintable(op->result().error));
        QVERIFY(op->result().error.contains(QStringLiteral("ssh://admin@edge-01")));

        // ssh runs but cannot reach the host: exit status 255.
        HostOperation *unreachable = finish(
            backend(PowerShellTarget::ssh(QStringLiteral("admin"), QStringLiteral("unreachable.invalid")))
                ->probe());
        QCOMPARE(unreachable->result().outcome, Outcome::Failed);
        QVERIFY2(unreachable->result().error.contains(QStringLiteral("could not connect")),
                 qPrintable(unreachable->result().error));
        QVERIFY(unreachable->result().error.contains(QStringLiteral("Could not resolve hostname")));
    }
};

QTEST_GUILESS_MAIN(tst_HostPowerShellBackend)
#include "tst_host_powershellbackend.moc"
