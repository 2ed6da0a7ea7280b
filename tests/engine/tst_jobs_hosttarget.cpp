// The ssh:// target parser (issue 14 item 7): a user or host that starts with '-' would reach ssh as an
// option (ssh://-oProxyCommand=…@host runs a command), so it is refused with a sentence naming the part;
// ordinary targets still parse, and the argv of every ssh and sftp run has "--" right before the
// destination, so even a target that slipped past the parser is only ever a destination.
#include <QTest>

#include "engine/host/PowerShellProcess.h"
#include "engine/host/SftpFetch.h"
#include "engine/jobs/HostTarget.h"

using eflow::host::PowerShellTarget;
using eflow::jobs::HostTarget;
using namespace Qt::StringLiterals;

class TestHostTarget final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("user and host") << u"ssh://admin@edge-01"_s << u"admin"_s << u"edge-01"_s << 0;
        QTest::newRow("port") << u"ssh://admin@10.0.0.5:2222"_s << u"admin"_s << u"10.0.0.5"_s << 2222;
        QTest::newRow("no user") << u"ssh://edge-01"_s << QString() << u"edge-01"_s << 0;
        QTest::newRow("dash inside") << u"ssh://ad-min@edge-01-b"_s << u"ad-min"_s << u"edge-01-b"_s << 0;
        QTest::newRow("IPv6") << u"ssh://admin@[::1]:22"_s << u"admin"_s << u"::1"_s << 22;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const auto target = HostTarget::fromSshUrl(text, &error);
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->kind, HostTarget::Kind::Ssh);
        QCOMPARE(target->ssh.user, user);
        QCOMPARE(target->ssh.host, host);
        QCOMPARE(target->ssh.port, port);
    }

    void refusesOptionLookalikes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("part"); // the word the message must name
        QTest::newRow("user -oProxyCommand") << u"ssh://-oProxyCommand=touch@host"_s << u"user"_s;
        QTest::newRow("user -o, encoded space") << u"ssh://-oProxyCommand=touch%20x@host"_s << u"user"_s;
        QTest::newRow("user percent-encoded dash") << u"ssh://%2DoProxyCommand=x@host"_s << u"user"_s;
        QTest::newRow("user lone dash") << u"ssh://-@host"_s << u"user"_s;
        QTest::newRow("user -F") << u"ssh://-F@host:22"_s << u"user"_s;
        QTest::newRow("host -oProxyCommand") << u"ssh://admin@-oProxyCommand=x"_s << u"host"_s;
        QTest::newRow("host -oProxyCommand, no user") << u"ssh://-oProxyCommand=x"_s << u"host"_s;
        QTest::newRow("host -p, with port") << u"ssh://admin@-p:2222"_s << u"host"_s;
    }

    void refusesOptionLookalikes()
    {
        QFETCH(QString, text);
        QFETCH(QString, part);
        QString error;
        QVERIFY(!HostTarget::fromSshUrl(text, &error));
        QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY2(error.contains(u"'-'"_s), qPrintable(error));
        QVERIFY(!HostTarget::fromString(text)); // a remembered target is refused the same way
    }

    // ssh and sftp read every argument after "--" as an operand (getopt), so a destination that begins
    // with '-' can never be an option. Checked on the argv builders themselves.
    void destinationFollowsDoubleDash_data()
    {
        QTest::addColumn<PowerShellTarget>("target");
        QTest::addColumn<QString>("destination");
        QTest::newRow("user and host")
            << PowerShellTarget::ssh(u"admin"_s, u"edge-01"_s) << u"admin@edge-01"_s;
        QTest::newRow("no user") << PowerShellTarget::ssh({}, u"edge-01"_s) << u"edge-01"_s;
        PowerShellTarget all = PowerShellTarget::ssh(u"me"_s, u"h"_s, 2222, u"/k/id"_s);
        all.knownHostsFile = u"/kh/known_hosts"_s;
        QTest::newRow("port, identity, known_hosts") << all << u"me@h"_s;
        // What the parser refuses, built directly: still only a destination.
        QTest::newRow("option-like user")
            << PowerShellTarget::ssh(u"-oProxyCommand=x"_s, u"h"_s) << u"-oProxyCommand=x@h"_s;
        QTest::newRow("option-like host")
            << PowerShellTarget::ssh({}, u"-oProxyCommand=x"_s) << u"-oProxyCommand=x"_s;
    }

    void destinationFollowsDoubleDash()
    {
        QFETCH(PowerShellTarget, target);
        QFETCH(QString, destination);
        const QStringList ssh = eflow::host::PowerShellProcess::arguments(target);
        const qsizetype at = ssh.indexOf(destination);
        QVERIFY2(at > 0, qPrintable(ssh.join(u' ')));
        QCOMPARE(ssh.at(at - 1), u"--"_s);
        QCOMPARE(ssh.count(u"--"_s), 1);
        QCOMPARE(ssh.at(at + 1), u"powershell.exe"_s);

        const QStringList sftp = eflow::host::SftpFetch::arguments(target);
        QCOMPARE(sftp.last(), destination);
        QCOMPARE(sftp.at(sftp.size() - 2), u"--"_s);
        QCOMPARE(sftp.count(u"--"_s), 1);
    }

    // Demo targets, with and without a machine of their own; the text reads back to the same target.
    void demoTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("machine");
        QTest::newRow("default scenario") << u"demo"_s << true << QString() << QString();
        QTest::newRow("scenario") << u"demo:win11-pro"_s << true << u"win11-pro"_s << QString();
        QTest::newRow("machine") << u"demo:win11-pro/line-3"_s << true << u"win11-pro"_s << u"line-3"_s;
        QTest::newRow("machine of the default scenario")
            << u"demo:/line-3"_s << true << QString() << u"line-3"_s;
        QTest::newRow("empty machine") << u"demo:win11-pro/"_s << false << QString() << QString();
        QTest::newRow("machine climbing folders")
            << u"demo:win11-pro/../x"_s << false << QString() << QString();
        QTest::newRow("machine with a slash") << u"demo:win11-pro/a/b"_s << false << QString() << QString();
        QTest::newRow("machine starting with a dot")
            << u"demo:win11-pro/.x"_s << false << QString() << QString();
        QTest::newRow("machine too long")
            << u"demo:win11-pro/"_s + QString(64, u'a') << false << QString() << QString();
        QTest::newRow("nothing after demo:") << u"demo:"_s << false << QString() << QString();
    }

    void demoTargets()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, scenario);
        QFETCH(QString, machine);
        const std::optional<HostTarget> target = HostTarget::fromString(text);
        QCOMPARE(target.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(target->kind, HostTarget::Kind::Demo);
        QCOMPARE(target->scenarioId, scenario);
        QCOMPARE(target->machine, machine);
        QCOMPARE(target->toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestHostTarget)
#include "tst_jobs_hosttarget.moc"
