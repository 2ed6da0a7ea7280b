#include <cerrno>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>
#include <spdlog/spdlog.h>

#include "engine/crypto/SecureBytes.h"
#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellProcess.h"
#include "engine/support/Logging.h"
#include "engine/support/Redactor.h"

#if defined(__SANITIZE_ADDRESS__)
// From the sanitizer runtime (sanitizer/allocator_interface.h, which GCC does not install).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using eflow::host::PowerShellEnvelope;
using eflow::host::PowerShellProcess;
using eflow::host::PowerShellResult;
using eflow::host::PowerShellTarget;
using Outcome = PowerShellResult::Outcome;

namespace {

const QByteArray kSecret = QByteArrayLiteral("S3cr3t-DeviceKey-0123456789abcdef==");
const QByteArray kSecret2 = QByteArrayLiteral("HostName=x;SharedAccessKey=Zm9vYmFyYmF6cXV4");

PowerShellEnvelope envelopeFor(const QString &script)
{
    PowerShellEnvelope e(script);
    e.addSecret(QStringLiteral("deviceKey"), eflow::crypto::SecureBytes(QByteArrayView(kSecret)));
    QByteArray second = kSecret2; // detached copy: the envelope wipes it
    second.detach();
    e.addSecret(QStringLiteral("connectionString"), second);
    return e;
}

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Gone, or a zombie nobody has reaped yet (in a container PID 1 may not reap orphans): either way it
// runs no more.
bool processGone(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && (stat[close + 2] == 'Z' || stat[close + 2] == 'X');
}

// The memory this process holds: under ASan its live heap (freed blocks wait in ASan's quarantine, up
// to 256 MB, and would count in the resident size), otherwise VmRSS.
qint64 residentKiB()
{
#if defined(__SANITIZE_ADDRESS__)
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#endif
    const QByteArray status = readProcFile(::getpid(), "status");
    const qsizetype at = status.indexOf("VmRSS:");
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at);
    return status.mid(at + 6, end - at - 6).replace("kB", "").trimmed().toLongLong();
}

} // namespace

class tst_HostPowerShellProcess final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_logDir;
    QString m_logFile;
    // Processes a failing test could leave behind; cleanup() ends them so that one failure does not
    // leave a hanging stand-in on the machine.
    QList<qint64> m_leftovers;

    PowerShellProcess *makeProcess(const PowerShellTarget &target = PowerShellTarget::local())
    {
        auto *p = new PowerShellProcess(this);
        p->setTarget(target);
        p->setProgram(QStringLiteral(EFLOW_POWERSHELL_STANDIN));
        p->setTimeout(20000);
        return p;
    }

    static PowerShellResult waitResult(QSignalSpy &spy, int ms = 20000)
    {
        if (spy.isEmpty() && !spy.wait(ms))
            return {};
        return spy.first().first().value<PowerShellResult>();
    }

    QByteArray logText()
    {
        spdlog::default_logger()->flush();
        QFile f(m_logFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_logDir.isValid());
        eflow::support::LoggingOptions o;
        o.directory = m_logDir.path();
        o.consoleWarnings = false;
        o.bridgeQtMessages = false;
        o.verbose = true;
        m_logFile = eflow::support::initLogging(o);
        QVERIFY(!m_logFile.isEmpty());
    }

    void cleanupTestCase() { eflow::support::shutdownLogging(); }

    void cleanup()
    {
        for (const qint64 pid : std::as_const(m_leftovers))
            if (!processGone(pid))
                ::kill(pid_t(pid), SIGKILL);
        m_leftovers.clear();
    }

    void bootstrapRoundTrip()
    {
        const QString encoded = PowerShellEnvelope::encodedBootstrap();
        const QByteArray bytes = QByteArray::fromBase64(encoded.toLatin1());
        QCOMPARE(bytes.size() % 2, 0);
        QString decoded;
        for (qsizetype i = 0; i < bytes.size(); i += 2)
            decoded.append(QChar(char16_t(uchar(bytes[i]) | (uchar(bytes[i + 1]) << 8))));
        QCOMPARE(decoded, PowerShellEnvelope::bootstrapScript());
        // Known vector: "ab" in UTF-16LE is 61 00 62 00.
        QCOMPARE(PowerShellEnvelope::encodeCommand(QStringLiteral("ab")), QStringLiteral("YQBiAA=="));
        QVERIFY(decoded.contains(QStringLiteral("[Console]::OpenStandardInput()")));
        QVERIFY(decoded.contains(QStringLiteral("$Secrets")));
    }

    void envelopeJson_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("plain") << QStringLiteral("Get-EflowVm") << QByteArray("abcdefgh12345678");
        QTest::newRow("quotes and backslashes")
            << QStringLiteral("Write-Output \"C:\\\\x\"") << QByteArray("a\"b\\c/d==");
        QTest::newRow("newlines and tabs") << QStringLiteral("line1\r\nline2\t") << QByteArray("k\ney\x01z");
        QTest::newRow("unicode") << QStringLiteral("Write-Output 'Größe ✓'")
                                 << QStringLiteral("schlüssel✓").toUtf8();
    }

    void envelopeJson()
    {
        QFETCH(QString, script);
        QFETCH(QByteArray, secret);
        PowerShellEnvelope e(script);
        QByteArray copy = secret;
        copy.detach();
        e.addSecret(QStringLiteral("key"), copy);
        QVERIFY(copy.isEmpty()); // the caller's copy was wiped
        const eflow::crypto::SecureBytes json = e.toJson();
        QJsonParseError pe{};
        const QJsonObject o = QJsonDocument::fromJson(json.view().toByteArray(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("script")).toString(), script);
        QCOMPARE(
            o.value(QStringLiteral("secrets")).toObject().value(QStringLiteral("key")).toString().toUtf8(),
            secret);
        QVERIFY(!PowerShellEnvelope::bootstrapScript().toUtf8().contains(secret));
        e.wipeSecrets();
        QCOMPARE(e.secretCount(), 0);
    }

    void argumentsShape_data()
    {
        QTest::addColumn<PowerShellTarget>("target");
        QTest::addColumn<QStringList>("head"); // everything before the encoded bootstrap
        QTest::newRow("local") << PowerShellTarget::local()
                               << QStringList{
                                      QStringLiteral("-NoProfile"),       QStringLiteral("-NonInteractive"),
                                      QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
                                      QStringLiteral("-OutputFormat"),    QStringLiteral("Text"),
                                      QStringLiteral("-EncodedCommand")};
        // -ExecutionPolicy Bypass over ssh too: an SSH logon gets the machine's policy otherwise.
        const QStringList remote{QStringLiteral("powershell.exe"),
                                 QStringLiteral("-NoProfile"),
                                 QStringLiteral("-NonInteractive"),
                                 QStringLiteral("-ExecutionPolicy"),
                                 QStringLiteral("Bypass"),
                                 QStringLiteral("-OutputFormat"),
                                 QStringLiteral("Text"),
                                 QStringLiteral("-EncodedCommand")};
        QTest::newRow("ssh plain") << PowerShellTarget::ssh(QStringLiteral("admin"),
                                                            QStringLiteral("edge-01"))
                                   << (QStringList{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("StrictHostKeyChecking=yes"),
                                                   QStringLiteral("--"), QStringLiteral("admin@edge-01")} +
                                       remote);
        QTest::newRow("ssh port") << PowerShellTarget::ssh(QStringLiteral("admin"),
                                                           QStringLiteral("10.0.0.5"), 2222)
                                  << (QStringList{QStringLiteral("-p"), QStringLiteral("2222"),
                                                  QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                                  QStringLiteral("-o"),
                                                  QStringLiteral("StrictHostKeyChecking=yes"),
                                                  QStringLiteral("--"), QStringLiteral("admin@10.0.0.5")} +
                                      remote);
        QTest::newRow("ssh port+identity")
            << PowerShellTarget::ssh(QStringLiteral("me"), QStringLiteral("h"), 22,
                                     QStringLiteral("/k/id_ed25519"))
            << (QStringList{QStringLiteral("-p"), QStringLiteral("22"), QStringLiteral("-i"),
                            QStringLiteral("/k/id_ed25519"), QStringLiteral("-o"),
                            QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                            QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("--"),
                            QStringLiteral("me@h")} +
                remote);
        // The wizard's own known_hosts, quoted for ssh's option parser (spaces split, % expands).
        PowerShellTarget known = PowerShellTarget::ssh(QStringLiteral("me"), QStringLiteral("h"));
        known.knownHostsFile = QStringLiteral("/home/a b/100%/known_hosts");
        QTest::newRow("ssh known_hosts")
            << known
            << (QStringList{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                            QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                            QStringLiteral("UserKnownHostsFile=\"/home/a b/100%%/known_hosts\""),
                            QStringLiteral("--"), QStringLiteral("me@h")} +
                remote);
    }

    void argumentsShape()
    {
        QFETCH(PowerShellTarget, target);
        QFETCH(QStringList, head);
        const QStringList args = PowerShellProcess::arguments(target);
        QCOMPARE(args, head + QStringList{PowerShellEnvelope::encodedBootstrap()});
    }

    // The stand-in plays ssh: it validates the ssh argv and the remote powershell.exe argv, and
    // echoes its argv in the result.
    void sshRun_data() { argumentsShape_data(); }

    void sshRun()
    {
        QFETCH(PowerShellTarget, target);
        QFETCH(QStringList, head);
        PowerShellProcess *p = makeProcess(target);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:stream 1 0"))));
        const PowerShellResult r = waitResult(spy);
        QCOMPARE(r.outcome, Outcome::Ok);
        QStringList argv;
        for (const QJsonValue &v : r.result.value(QStringLiteral("argv")).toArray())
            argv << v.toString();
        QCOMPARE(argv, PowerShellProcess::arguments(target));
        QCOMPARE(r.result.value(QStringLiteral("secretNames")).toArray().size(), 2);
    }

    void streamsLinesBeforeExit()
    {
        PowerShellProcess *p = makeProcess();
        QElapsedTimer clock;
        QList<qint64> lineTimes;
        QStringList lines;
        qint64 finishedAt = -1;
        connect(p, &PowerShellProcess::line, this, [&](const QString &l) {
            lines << l;
            lineTimes << clock.elapsed();
        });
        connect(p, &PowerShellProcess::finished, this, [&] { finishedAt = clock.elapsed(); });
        QSignalSpy spy(p, &PowerShellProcess::finished);
        clock.start();
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:stream 5 150"))));
        const PowerShellResult r = waitResult(spy);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(lines, (QStringList{QStringLiteral("progress 1"), QStringLiteral("progress 2"),
                                     QStringLiteral("progress 3"), QStringLiteral("progress 4"),
                                     QStringLiteral("progress 5")}));
        // The first line arrived while the script still had ~600 ms of work to do.
        QVERIFY2(finishedAt - lineTimes.first() >= 400,
                 qPrintable(QStringLiteral("first line at %1 ms, finished at %2 ms")
                                .arg(lineTimes.first())
                                .arg(finishedAt)));
        QVERIFY(lineTimes.at(1) > lineTimes.at(0));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
    }

    void lineSplitting_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("crlf and partial last line")
            << QStringLiteral("crlf-partial")
            << QStringList{QStringLiteral("first"), QStringLiteral("second"),
                           QStringLiteral("tail without newline")};
        QTest::newRow("utf8") << QStringLiteral("utf8") << QStringList{QStringLiteral("Größe: 10 GB ✓")};
    }

    void lineSplitting()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, expected);
        PowerShellProcess *p = makeProcess();
        QSignalSpy lines(p, &PowerShellProcess::line);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:") + mode)));
        const PowerShellResult r = waitResult(spy);
        QCOMPARE(r.outcome, Outcome::Ok);
        QStringList got;
        for (const QList<QVariant> &args : lines)
            got << args.first().toString();
        QCOMPARE(got, expected);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("crashed");
        QTest::addColumn<QString>("errorFragment");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("exit 1") << QStringLiteral("exit 1") << 1 << false << QStringLiteral("exit code 1")
                                << QStringLiteral("failing with 1");
        QTest::newRow("exit 3") << QStringLiteral("exit 3") << 3 << false << QStringLiteral("exit code 3")
                                << QStringLiteral("failing with 3");
        QTest::newRow("exit 0 without result")
            << QStringLiteral("exit 0") << 0 << false << QStringLiteral("without reporting a result")
            << QStringLiteral("failing with 0");
        QTest::newRow("no result") << QStringLiteral("no-result") << 0 << false
                                   << QStringLiteral("without reporting a result") << QString();
        QTest::newRow("malformed result") << QStringLiteral("malformed-result") << 0 << false
                                          << QStringLiteral("not a JSON object") << QString();
        QTest::newRow("array result") << QStringLiteral("array-result") << 0 << false
                                      << QStringLiteral("not a JSON object") << QString();
        // Issue 14 item 2: a result line past the reader's cap (16 MiB) fails the run, whatever it holds.
        QTest::newRow("result over its cap") << QStringLiteral("huge-result 20") << 0 << false
                                             << QStringLiteral("larger than 16 MB") << QString();
        QTest::newRow("crash") << QStringLiteral("crash") << -1 << true << QStringLiteral("crashed")
                               << QString();
    }

    void failures()
    {
        QFETCH(QString, mode);
        QFETCH(int, exitCode);
        QFETCH(bool, crashed);
        QFETCH(QString, errorFragment);
        QFETCH(QString, stderrFragment);
        PowerShellProcess *p = makeProcess();
        QSignalSpy errors(p, &PowerShellProcess::errorLine);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:") + mode)));
        const PowerShellResult r = waitResult(spy);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.crashed, crashed);
        if (!crashed)
            QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.error.contains(errorFragment), qPrintable(r.error));
        QVERIFY(r.result.isEmpty());
        if (!stderrFragment.isEmpty()) {
            QVERIFY2(r.stderrTail.contains(stderrFragment), qPrintable(r.stderrTail));
            QVERIFY(!errors.isEmpty());
        }
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
    }

    // Issue 14 item 2: a host that prints one endless line (160 MiB here, then silence) must not grow
    // this process's memory with it; the line is cut at the reader's cap and the run stays cancellable.
    void endlessLineStaysBounded()
    {
        PowerShellProcess *p = makeProcess();
        p->setTimeout(120000);
        p->setKillGracePeriod(500);
        QStringList lines;
        connect(p, &PowerShellProcess::line, this, [&](const QString &l) { lines << l; });
        QSignalSpy errors(p, &PowerShellProcess::errorLine);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        const qint64 rssBefore = residentKiB();
        QVERIFY(rssBefore > 0);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:endless-line 160"))));
        m_leftovers << p->processId();
        QVERIFY2(errors.wait(90000) || !errors.isEmpty(), "the stand-in's 160 MiB were not read in 90 s");
        QCOMPARE(errors.first().first().toString(), QStringLiteral("written 160 MiB"));
        const qint64 growthMiB = (residentKiB() - rssBefore) / 1024;
        QVERIFY2(growthMiB < 100, qPrintable(QStringLiteral("memory grew by %1 MiB").arg(growthMiB)));
        p->cancel();
        const PowerShellResult r = waitResult(spy);
        QCOMPARE(r.outcome, Outcome::Cancelled);
        // The cut line: its first MiB only.
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().size(), qsizetype(1) << 20);
    }

    void timeoutEndsHang()
    {
        PowerShellProcess *p = makeProcess();
        p->setTimeout(700);
        QSignalSpy lines(p, &PowerShellProcess::line);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:hang"))));
        QVERIFY(spy.wait(10000));
        const PowerShellResult r = spy.first().first().value<PowerShellResult>();
        QCOMPARE(r.outcome, Outcome::TimedOut);
        QVERIFY(clock.elapsed() >= 650);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(lines.size(), 1);
        const qint64 pid = lines.first().first().toString().section(QLatin1Char(' '), 1).toLongLong();
        QVERIFY(pid > 0);
        m_leftovers << pid;
        QTRY_VERIFY(processGone(pid));
        QVERIFY(!p->isRunning());
    }

    // Also proves that no secret reaches argv or the environment of the child or grandchild.
    void cancelEndsWholeTree()
    {
        PowerShellProcess *p = makeProcess();
        p->setKillGracePeriod(500); // the grandchild ignores SIGTERM: the SIGKILL must get it
        QSignalSpy lines(p, &PowerShellProcess::line);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:spawn-child-and-hang"))));
        QTRY_COMPARE(lines.size(), 1);
        const qint64 child = p->processId();
        const qint64 grandchild = lines.first().first().toString().section(QLatin1Char(' '), 1).toLongLong();
        QVERIFY(child > 0);
        QVERIFY(grandchild > 0);
        m_leftovers << child << grandchild;
        QVERIFY(!processGone(grandchild));
        for (const qint64 pid : {child, grandchild}) {
            const QByteArray cmdline = readProcFile(pid, "cmdline");
            const QByteArray environ = readProcFile(pid, "environ");
            QVERIFY2(!cmdline.isEmpty(), "could not read /proc/PID/cmdline");
            QVERIFY(cmdline.contains("-EncodedCommand"));
            for (const QByteArray &secret : {kSecret, kSecret2}) {
                QVERIFY(!cmdline.contains(secret));
                QVERIFY(!environ.contains(secret));
                QVERIFY(!cmdline.contains(secret.toBase64()));
            }
        }
        p->cancel();
        QVERIFY(spy.wait(10000));
        const PowerShellResult r = spy.first().first().value<PowerShellResult>();
        QCOMPARE(r.outcome, Outcome::Cancelled);
        QTRY_VERIFY(processGone(child));
        QTRY_VERIFY(processGone(grandchild));
        p->cancel(); // no effect after the end
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
    }

    void sigkillAfterGrace()
    {
        PowerShellProcess *p = makeProcess();
        p->setKillGracePeriod(300);
        QSignalSpy lines(p, &PowerShellProcess::line);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:ignore-term"))));
        QTRY_COMPARE(lines.size(), 1);
        m_leftovers << p->processId();
        QElapsedTimer clock;
        clock.start();
        p->cancel();
        QVERIFY(spy.wait(10000));
        QVERIFY(clock.elapsed() >= 250);
        QCOMPARE(spy.first().first().value<PowerShellResult>().outcome, Outcome::Cancelled);
    }

    void secretsNeverLogged()
    {
        PowerShellProcess *p = makeProcess();
        QSignalSpy lines(p, &PowerShellProcess::line);
        QSignalSpy errors(p, &PowerShellProcess::errorLine);
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:echo-secret"))));
        const PowerShellResult r = waitResult(spy);
        QCOMPARE(r.outcome, Outcome::Ok);
        // The script did print them (the signal hands the caller what was printed) ...
        QCOMPARE(lines.size(), 2);
        QCOMPARE(errors.size(), 2);
        bool sawRaw = false;
        for (const QList<QVariant> &args : lines)
            sawRaw = sawRaw || args.first().toString().toUtf8().contains(kSecret);
        QVERIFY(sawRaw);
        // ... but the log holds only the masks.
        const QByteArray log = logText();
        QVERIFY(log.contains("powershell> secret deviceKey = ***"));
        QVERIFY(!log.contains(kSecret));
        QVERIFY(!log.contains(kSecret2));
        QVERIFY(!log.contains("Zm9vYmFyYmF6cXV4"));
    }

    void failedToStart_data()
    {
        QTest::addColumn<PowerShellTarget>("target");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("local") << PowerShellTarget::local() << QStringLiteral("no Windows PowerShell");
        QTest::newRow("ssh") << PowerShellTarget::ssh(QStringLiteral("u"), QStringLiteral("h"))
                             << QStringLiteral("OpenSSH client");
    }

    void failedToStart()
    {
        QFETCH(PowerShellTarget, target);
        QFETCH(QString, fragment);
        PowerShellProcess *p = makeProcess(target);
        p->setProgram(QStringLiteral("/nonexistent/dir/powershell.exe"));
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:stream 1 0"))));
        const PowerShellResult r = waitResult(spy, 5000);
        QCOMPARE(r.outcome, Outcome::FailedToStart);
        QVERIFY2(r.error.contains(fragment), qPrintable(r.error));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QVERIFY(!p->isRunning());
    }

    void refusesSecondStartAndUnknownTarget()
    {
        PowerShellProcess *p = makeProcess();
        QSignalSpy spy(p, &PowerShellProcess::finished);
        QVERIFY(p->start(envelopeFor(QStringLiteral("mode:stream 2 100"))));
        QVERIFY(!p->start(envelopeFor(QStringLiteral("mode:stream 1 0"))));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().first().value<PowerShellResult>().outcome, Outcome::Ok);
        PowerShellProcess *unknown = makeProcess(PowerShellTarget{});
        QVERIFY(!unknown->start(envelopeFor(QStringLiteral("mode:stream 1 0"))));
    }
};

QTEST_GUILESS_MAIN(tst_HostPowerShellProcess)
#include "tst_host_powershellprocess.moc"
