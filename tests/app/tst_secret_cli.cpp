// `eflow-wizard secret store|forget|list` end to end against a real keychain (gnome-keyring in a private
// D-Bus session: CTest runs this through tests/support/with-keyring.sh): values from stdin and --file,
// overwrite, forget, list, the refusals and exit codes, the no-keychain sentence, and where the value must
// never be - in any process's argv (/proc/*/cmdline while the command runs), in its output, in its log or
// settings files.
#include <optional>

#include <QDirIterator>
#include <QtTest>

#include "engine/crypto/SecureBytes.h"
#include "engine/support/KeychainSecretStore.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"
#include "tests/support/SecretSearch.h"

using eflow::testsupport::anyCmdlineContains;
using eflow::testsupport::treeContains;

using namespace Qt::StringLiterals;

namespace {

const QByteArray keyA = "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE=";
const QByteArray keyB = "q83vEjRWeJCrze8SNFZ4kA==";
const QByteArray connection =
    "HostName=hub.azure-devices.net;DeviceId=edge01;SharedAccessKey=Zm9vYmFyYmF6cXV4MTIzNA==";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool valueInAnyArgv = false;
    int argvScans = 0;
};

} // namespace

class TestSecretCli final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;

    // Runs the CLI; while it runs, every process's argv is searched for the value it was given.
    Run run(const QStringList &arguments, const QByteArray &stdinData = {},
            std::optional<QProcessEnvironment> env = std::nullopt)
    {
        Run r;
        const QByteArray value = stdinData.trimmed();
        const eflow::testsupport::CliRun cli = eflow::testsupport::runCli(
            m_binary, arguments, stdinData, env ? *env : QProcessEnvironment::systemEnvironment(), 60000,
            [&r, &value]() {
                if (value.isEmpty())
                    return;
                ++r.argvScans;
                r.valueInAnyArgv = r.valueInAnyArgv || eflow::testsupport::anyCmdlineContains(value);
            });
        r.exitCode = cli.exitCode;
        r.out = cli.out;
        r.err = cli.err;
        return r;
    }

    static std::optional<QByteArray> readBack(const QString &name)
    {
        return eflow::testsupport::readFromKeychain(name);
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_KEYRING_SESSION();
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
    }

    // The argv search itself finds a value that is in a process's arguments.
    void argvSearchWorks()
    {
        QProcess sleeper;
        sleeper.start(u"sh"_s, {u"-c"_s, u"sleep 5"_s, QString::fromLatin1(keyB)});
        QVERIFY(sleeper.waitForStarted());
        QTRY_VERIFY(anyCmdlineContains(keyB));
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(!anyCmdlineContains(keyB));
    }

    void help()
    {
        const Run r = run({u"secret"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("eflow-wizard secret"));
        QVERIFY(r.out.contains("store NAME") && r.out.contains("forget NAME") && r.out.contains("list"));
        QVERIFY(r.out.contains("never taken\non the command line") || r.out.contains("never taken"));
        // The main help lists the command.
        QVERIFY(run({u"--help"_s}).out.contains("secret"));
    }

    void storeListOverwriteForget()
    {
        Run r = run({u"secret"_s, u"store"_s, u"group-a"_s}, keyA + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("keychain:group-a"));
        QVERIFY(r.argvScans > 0);
        QVERIFY(!r.valueInAnyArgv);
        QCOMPARE(readBack(u"group-a"_s), std::optional<QByteArray>(keyA));

        const QString file = eflow::testsupport::writeInputFile(
            QDir::temp().filePath(u"eflow-secret-cli-key.txt"_s), connection + "\n# comment\n");
        r = run({u"secret"_s, u"store"_s, u"--file"_s, file, u"conn.b"_s});
        QFile::remove(file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readBack(u"conn.b"_s), std::optional<QByteArray>(connection));

        r = run({u"secret"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("conn.b\ngroup-a\n"));

        r = run({u"secret"_s, u"store"_s, u"group-a"_s}, keyB);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.valueInAnyArgv);
        QCOMPARE(readBack(u"group-a"_s), std::optional<QByteArray>(keyB));

        r = run({u"secret"_s, u"forget"_s, u"group-a"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readBack(u"group-a"_s), std::nullopt);
        QCOMPARE(run({u"secret"_s, u"list"_s}).out, QByteArray("conn.b\n"));

        r = run({u"secret"_s, u"forget"_s, u"group-a"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No key named group-a is remembered"), r.err.constData());
        QVERIFY(!run({u"secret"_s, u"forget"_s, u"conn.b"_s}).exitCode);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");

        QTest::newRow("no action") << QStringList{u"secret"_s} << QByteArray() << 2
                                   << QByteArray("say \"store NAME\"");
        QTest::newRow("unknown action") << QStringList{u"secret"_s, u"show"_s, u"a"_s} << QByteArray() << 2
                                        << QByteArray("say \"store NAME\"");
        QTest::newRow("store without name")
            << QStringList{u"secret"_s, u"store"_s} << keyA << 2 << QByteArray("exactly one NAME");
        QTest::newRow("list with name") << QStringList{u"secret"_s, u"list"_s, u"a"_s} << QByteArray() << 2
                                        << QByteArray("takes no NAME");
        QTest::newRow("--file with forget")
            << QStringList{u"secret"_s, u"forget"_s, u"a"_s, u"--file"_s, u"/tmp/x"_s} << QByteArray() << 2
            << QByteArray("--file goes with store");
        QTest::newRow("key option") << QStringList{u"secret"_s, u"store"_s, u"a"_s, u"--key=abc"_s}
                                    << QByteArray() << 2 << QByteArray("never taken on the command line");
        QTest::newRow("bad name") << QStringList{u"secret"_s, u"store"_s, u"a/b"_s} << keyA << 3
                                  << QByteArray("not a valid key name");
        QTest::newRow("key as name") << QStringList{u"secret"_s, u"store"_s, QString::fromLatin1(keyA)}
                                     << QByteArray() << 3 << QByteArray("looks like a key, not a name");
        QTest::newRow("empty stdin") << QStringList{u"secret"_s, u"store"_s, u"a"_s} << QByteArray() << 3
                                     << QByteArray("no key given");
        QTest::newRow("missing file")
            << QStringList{u"secret"_s, u"store"_s, u"a"_s, u"--file"_s, u"/nonexistent/key"_s}
            << QByteArray() << 4 << QByteArray("does not exist");
        QTest::newRow("too long") << QStringList{u"secret"_s, u"store"_s, u"a"_s} << QByteArray(3000, 'k')
                                  << 3 << QByteArray("longer than 2048 bytes");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = run(arguments, input);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(!r.err.contains("8isrFI1s") && !r.out.contains("8isrFI1s"), r.err.constData());
    }

    // No session bus, no display: the one sentence, exit code 1, and nothing remembered.
    void noKeychain()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        const Run r = run({u"secret"_s, u"store"_s, u"edge"_s}, keyA, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains("No system keychain is available here (no Secret Service on the D-Bus session "
                           "bus), so nothing was stored"),
            r.err.constData());
        QVERIFY(!r.err.contains("8isrFI1s"));
        QVERIFY(!run({u"secret"_s, u"list"_s}).out.contains("edge"));
    }

    // `host provision --secret-ref keychain:NAME` and a plan's provisioning.secretRef take the key from the
    // keychain. The demo's DPS does not know keyA, so DPS's 401 proves the remembered key reached
    // Provision-EflowVm; an unknown name is a clear refusal before anything runs.
    void hostProvisionUsesTheRememberedKey()
    {
        const QStringList provision{u"host"_s,    u"provision"_s, u"--demo"_s,
                                    u"--speed"_s, u"0"_s,         u"--quiet"_s};
        Run r = run(provision + QStringList{u"--secret-ref"_s, u"keychain:nobody"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("No key named nobody is remembered"), r.err.constData());

        r = run(provision + QStringList{u"--secret-ref"_s, u"not-a-reference"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("keychain:"), r.err.constData());

        QCOMPARE(run({u"secret"_s, u"store"_s, u"edge-key"_s}, keyA + '\n').exitCode, 0);
        // Deploy first, so that provisioning reaches DPS.
        QCOMPARE(
            run({u"host"_s, u"deploy"_s, u"--demo"_s, u"--speed"_s, u"0"_s, u"--quiet"_s, u"--accept-eula"_s})
                .exitCode,
            0);
        r = run(provision + QStringList{u"--secret-ref"_s, u"keychain:edge-key"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("401") || r.out.contains("401"), r.err.constData());
        QVERIFY(!r.out.contains(keyA) && !r.err.contains(keyA));

        const QString planFile = eflow::testsupport::writeInputFile(
            QDir::temp().filePath(u"eflow-secret-cli-plan.json"_s),
            R"({"schema": 1, "provisioning": {"type": "DpsSymmetricKey", "keySource": "individual",
                                               "secretRef": "keychain:edge-key"}})");
        // --fresh: the run above left its provision journalled, and a resume keeps the plan it started with.
        r = run(provision + QStringList{u"--fresh"_s, u"--plan"_s, planFile});
        QFile::remove(planFile);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("401") || r.out.contains("401"), r.err.constData());
        QVERIFY(!run({u"secret"_s, u"forget"_s, u"edge-key"_s}).exitCode);
    }

    // After everything above: no file the command wrote (log, settings) and no output holds a value.
    void valuesAppearNowhere()
    {
        for (const QString &root :
             {qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
              qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CACHE_HOME")}) {
            QVERIFY(!root.isEmpty());
            for (const QByteArray &value : {keyA, keyB, QByteArray("Zm9vYmFyYmF6cXV4MTIzNA")})
                QVERIFY2(!treeContains(root, value), qPrintable(root));
        }
        // The log exists and recorded the commands (so the search above looked at something).
        bool logged = false;
        QDirIterator it(qEnvironmentVariable("XDG_DATA_HOME"), {u"*.log"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            logged =
                logged || (f.open(QIODevice::ReadOnly) && f.readAll().contains("command secret started"));
        }
        QVERIFY(logged);
    }
};

QTEST_GUILESS_MAIN(TestSecretCli)
#include "tst_secret_cli.moc"
