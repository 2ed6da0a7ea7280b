// The wizard's known_hosts helpers without a server: fingerprints as ssh-keygen prints them, how known_hosts
// names a host, ssh-keyscan's output, ssh's host-key failures told apart, and the quoting of the file
// name for ssh's option parser. The real server is in tests/app/tst_remote_sshd.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "engine/host/SshKnownHosts.h"

using eflow::host::SshHostKeyFailure;
using eflow::host::SshKnownHosts;

namespace {

// A throwaway ed25519 key and its fingerprint, as `ssh-keygen -lf` printed them.
const QByteArray kBlob = "AAAAC3NzaC1lZDI1NTE5AAAAIPsGJgyohHsvVpiYeSk7zI17xIdRcqnI7ruHWds8EaMN";
const QString kFingerprint = "SHA256:fYMiXffv412Sq+hXxc+CNVkmnGFcHOYxmS3m6UfW2zs";

} // namespace

class TestSshKnownHosts final : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintIsSshKeygens() { QCOMPARE(SshKnownHosts::fingerprint(kBlob), kFingerprint); }

    void hostPattern()
    {
        QCOMPARE(SshKnownHosts::hostPattern("edge-01", 0), QString("edge-01"));
        QCOMPARE(SshKnownHosts::hostPattern("edge-01", 22), QString("edge-01"));
        QCOMPARE(SshKnownHosts::hostPattern("127.0.0.1", 2222), QString("[127.0.0.1]:2222"));
    }

    void parseKeyScan()
    {
        const QByteArray output = "# 127.0.0.1:2222 SSH-2.0-OpenSSH_9.2p1\n"
                                  "[127.0.0.1]:2222 ssh-ed25519 " +
                                  kBlob +
                                  "\n"
                                  "[10.0.0.9]:2222 ssh-ed25519 " +
                                  kBlob +
                                  "\n"
                                  "[127.0.0.1]:2222 ssh-rsa not;base64\n";
        const auto keys = SshKnownHosts::parseKeyScan(output, "127.0.0.1", 2222);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].keyType, QString("ssh-ed25519"));
        QCOMPARE(keys[0].fingerprint, kFingerprint);
        QCOMPARE(keys[0].line, "[127.0.0.1]:2222 ssh-ed25519 " + QString::fromLatin1(kBlob));
        QVERIFY(SshKnownHosts::parseKeyScan(output, "127.0.0.1", 22).isEmpty());
    }

    void classifyFailure_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("unknown")
            << "No ED25519 host key is known for [127.0.0.1]:45381 and you have requested "
               "strict checking.\nHost key verification failed."
            << int(SshHostKeyFailure::Kind::Unknown) << "ED25519";
        QTest::newRow("unknown, other wording")
            << "Host key verification failed." << int(SshHostKeyFailure::Kind::Unknown) << "";
        QTest::newRow("changed") << "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nThe "
                                    "fingerprint for the ED25519 key "
                                    "sent by the remote host is\n" +
                                        kFingerprint + ".\nHost key verification failed."
                                 << int(SshHostKeyFailure::Kind::Changed) << "ED25519";
        QTest::newRow("refused") << "ssh: connect to host 127.0.0.1 port 1: Connection refused"
                                 << int(SshHostKeyFailure::Kind::None) << "";
        QTest::newRow("login") << "root@127.0.0.1: Permission denied (publickey)."
                               << int(SshHostKeyFailure::Kind::None) << "";
    }

    void classifyFailure()
    {
        QFETCH(QString, output);
        QFETCH(int, kind);
        QFETCH(QString, keyType);
        const SshHostKeyFailure f = SshKnownHosts::classifyFailure(output);
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.keyType, keyType);
    }

    void optionValueIsQuoted()
    {
        QCOMPARE(SshKnownHosts::sshOptionValue("/a b/100%/k\"h"),
                 QString("UserKnownHostsFile=\"/a b/100%%/k\\\"h\""));
    }

    void keyScanArguments()
    {
        QCOMPARE(SshKnownHosts::keyScanArguments("h", 2222, "ED25519"),
                 (QStringList{"-T", "5", "-p", "2222", "-t", "ed25519", "--", "h"}));
        QCOMPARE(SshKnownHosts::keyScanArguments("-oProxyCommand=x", 0, ""),
                 (QStringList{"-T", "5", "--", "-oProxyCommand=x"}));
    }

    void trustRefusesWithoutAServer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("known_hosts");
        QString error;
        // Port 1 on 127.0.0.1: nothing answers, so no key can be compared and nothing is written.
        QVERIFY(!SshKnownHosts::trust(file, "127.0.0.1", 1, kFingerprint, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestSshKnownHosts)
#include "tst_host_sshknownhosts.moc"
