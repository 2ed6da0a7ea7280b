// The overview's host operations on the PowerShell side (issue 13 item 9): the module name check, the
// moduleLogs script, and SftpFetch, which copies the support bundle from an ssh target with the session's
// ssh options. The command line and the batch are checked as data; the copy itself runs against a real
// sshd on 127.0.0.1 (tests/support/sshd-harness.sh; skipped visibly without sshd).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/host/HostBackend.h"
#include "engine/host/PowerShellHostBackend.h"
#include "engine/host/PowerShellScripts.h"
#include "engine/host/SftpFetch.h"
#include "engine/host/SshKnownHosts.h"
#include "tests/support/SshdHarness.h"

using namespace eflow::host;
using namespace Qt::StringLiterals;

class TestSftpFetch final : public QObject
{
    Q_OBJECT

private:
    static HostOperation *finish(HostOperation *op)
    {
        if (!op->isFinished()) {
            QSignalSpy spy(op, &HostOperation::finished);
            spy.wait(60000);
        }
        return op;
    }

private slots:
    void moduleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("edgeAgent") << u"edgeAgent"_s << true;
        QTest::newRow("dots, dashes") << u"Simulated_Temp-Sensor.v2"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("option") << u"-f"_s << false;
        QTest::newRow("hidden") << u".x"_s << false;
        QTest::newRow("shell") << u"edgeAgent;reboot"_s << false;
        QTest::newRow("space") << u"edge Agent"_s << false;
        QTest::newRow("dollar") << u"$edgeAgent"_s << false;
        QTest::newRow("quote") << u"a'b"_s << false;
        QTest::newRow("too long") << QString(129, u'a') << false;
    }

    void moduleNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(HostBackend::isValidModuleName(name), valid);
    }

    void moduleLogsScript()
    {
        const QString script = PowerShellScripts::moduleLogs(u"edgeAgent"_s, 100);
        QCOMPARE(PowerShellScripts::operationName(script), u"moduleLogs"_s);
        QVERIFY(script.contains(u"$eflowCommand = 'sudo iotedge logs edgeAgent --tail 100'"_s));
        const QString refused = PowerShellScripts::moduleLogs(u"x; reboot"_s, 100);
        QVERIFY(!refused.contains(u"reboot"_s));
        QVERIFY(refused.contains(u"throw"_s));
    }

    void arguments()
    {
        PowerShellTarget target = PowerShellTarget::ssh(u"admin"_s, u"edge-01"_s, 2222, u"/keys/id"_s);
        target.knownHostsFile = u"/kh/known_hosts"_s;
        const QStringList expected{u"-b"_s, u"-"_s,
                                   u"-P"_s, u"2222"_s,
                                   u"-i"_s, u"/keys/id"_s,
                                   u"-o"_s, u"BatchMode=yes"_s,
                                   u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                                   u"-o"_s, SshKnownHosts::sshOptionValue(u"/kh/known_hosts"_s),
                                   u"--"_s, u"admin@edge-01"_s};
        QCOMPARE(SftpFetch::arguments(target), expected);
        const QStringList plain = SftpFetch::arguments(PowerShellTarget::ssh({}, u"edge-02"_s));
        QCOMPARE(plain.last(), u"edge-02"_s);
        QVERIFY(!plain.contains(u"-P"_s) && !plain.contains(u"-i"_s));
        QVERIFY(plain.contains(u"BatchMode=yes"_s) && plain.contains(u"StrictHostKeyChecking=yes"_s));
    }

    void remotePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("install folder") << u"C:\\Program Files\\Azure IoT Edge\\eflowlogs.zip"_s
                                        << u"/C:/Program Files/Azure IoT Edge/eflowlogs.zip"_s;
        QTest::newRow("forward slashes") << u"D:/EFLOW/eflowlogs.zip"_s << u"/D:/EFLOW/eflowlogs.zip"_s;
        QTest::newRow("posix") << u"/tmp/eflowlogs.zip"_s << u"/tmp/eflowlogs.zip"_s;
        QTest::newRow("quote") << u"C:\\a\"b\\x.zip"_s << QString();
        QTest::newRow("glob") << u"C:\\logs\\*.zip"_s << QString();
        QTest::newRow("bracket") << u"C:\\logs\\[1].zip"_s << QString();
        QTest::newRow("newline") << u"C:\\logs\\x.zip\nget /etc/passwd"_s << QString();
        QTest::newRow("relative") << u"eflowlogs.zip"_s << QString();
        QTest::newRow("climbs") << u"C:\\logs\\..\\..\\x.zip"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void remotePaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(SftpFetch::remotePath(path, &error), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }

    void batch()
    {
        QCOMPARE(
            SftpFetch::batch(u"C:\\Program Files\\Azure IoT Edge\\eflowlogs.zip"_s, u"eflowlogs-x.zip"_s),
            u"get \"/C:/Program Files/Azure IoT Edge/eflowlogs.zip\" \"eflowlogs-x.zip\"\n"_s);
        QVERIFY(SftpFetch::batch(u"/tmp/a.zip"_s, u"../a.zip"_s).isEmpty());
        QVERIFY(SftpFetch::batch(u"/tmp/a.zip"_s, u"a\" \"b.zip"_s).isEmpty());
    }

    // The copy through a real sshd: with the server's key known it lands in the folder; with an empty
    // known_hosts it is refused (StrictHostKeyChecking) and nothing is written.
    void copiesThroughARealSshd()
    {
        eflow::testsupport::SshdHarness sshd;
        if (!sshd.start()) {
            if (sshd.skipped())
                QSKIP(qPrintable(u"SKIPPED: "_s + sshd.error()));
            QFAIL(qPrintable(sshd.error()));
        }
        QTemporaryDir remote;
        QTemporaryDir local;
        const QByteArray payload("PK\x03\x04 demo bundle", sizeof("PK\x03\x04 demo bundle") - 1);
        QFile bundle(remote.filePath(u"eflowlogs.zip"_s));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(payload);
        bundle.close();

        PowerShellTarget target =
            PowerShellTarget::ssh(sshd.user(), u"127.0.0.1"_s, sshd.port(), sshd.identityFile());
        target.knownHostsFile = local.filePath(u"known_hosts"_s);
        QFile knownHosts(target.knownHostsFile);
        QVERIFY(knownHosts.open(QIODevice::WriteOnly));
        knownHosts.close();

        PowerShellHostBackend backend(target);
        QDir(local.path()).mkdir(u"out"_s);
        const QString out = local.filePath(u"out"_s);
        HostOperation *refused = finish(backend.fetchFile(bundle.fileName(), out, u"copy.zip"_s));
        QVERIFY(!refused->result().ok());
        QVERIFY(!QFile::exists(QDir(out).filePath(u"copy.zip"_s)));
        delete refused;

        QVERIFY(
            bundle.setPermissions(bundle.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup));
        QVERIFY(knownHosts.open(QIODevice::WriteOnly));
        knownHosts.write(sshd.knownHostsLine() + '\n');
        knownHosts.close();
        HostOperation *op = finish(backend.fetchFile(bundle.fileName(), out, u"copy.zip"_s));
        QVERIFY2(op->result().ok(), qPrintable(op->result().error));
        const QString copied = op->result().data.value(u"localPath"_s).toString();
        QCOMPARE(copied, QDir(out).filePath(u"copy.zip"_s));
        QFile result(copied);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(result.readAll(), payload);
        // The copy is the owner's only, whatever the remote file's mode and this process's umask.
        QCOMPARE(int(QFileInfo(copied).permissions() & 0x0777),
                 int(QFileDevice::ReadUser | QFileDevice::WriteUser));
        delete op;
    }
};

QTEST_GUILESS_MAIN(TestSftpFetch)
#include "tst_host_sftpfetch.moc"
