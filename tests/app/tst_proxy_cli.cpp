// Issue 17 item 3: the wizard's own HTTPS through a proxy, end to end with the real binary. Debian's
// tinyproxy is started by the test (tests/support/ProxyHarness.h) and connects onwards from 127.0.0.2;
// the local DPS (`emulator --allow-peer 127.0.0.2`) refuses every other client, so the direct route is
// refused and a DPS check that succeeds has gone through the proxy. Runs inside a private D-Bus session
// with gnome-keyring (with-keyring.sh), where the proxy user's password is kept.
#include <QtTest>

#include "tests/support/CliProcess.h"
#include "tests/support/CliRunner.h"
#include "tests/support/ProxyHarness.h"
#include "tests/support/SecretSearch.h"
#include "tests/support/TestPrerequisites.h"

using namespace Qt::StringLiterals;
using eflow::testsupport::CliRun;
using eflow::testsupport::EmulatorProcess;
using eflow::testsupport::ProxyHarness;

class TestProxyCli final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    QString m_ca;
    QString m_keyFile;
    QProcessEnvironment m_env;

    CliRun run(const QStringList &arguments, const QByteArray &stdinData = {},
               std::optional<QProcessEnvironment> env = std::nullopt)
    {
        return eflow::testsupport::runCli(m_binary, arguments, stdinData, env ? *env : m_env, 90000);
    }

    // `dps register` of the demo's individual enrollment: the DPS check the Connect page makes.
    CliRun dpsRegister(std::optional<QProcessEnvironment> env = std::nullopt)
    {
        return run({u"dps"_s, u"register"_s, u"--scope"_s, m_emulator.idScope(), u"--registration-id"_s,
                    u"demo-device"_s, u"--key-file"_s, m_keyFile, u"--global-endpoint"_s,
                    m_emulator.endpoint(), u"--ca-file"_s, m_ca, u"--timeout"_s, u"20"_s},
                   {}, env);
    }

    QByteArray settingsFile() const
    {
        QFile f(m_dir.filePath(u"config/eflow-wizard/eflow-wizard.conf"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            QDirIterator it(m_dir.filePath(u"config"_s), {u"*.conf"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            if (!it.hasNext())
                return {};
            QFile any(it.next());
            return any.open(QIODevice::ReadOnly) ? any.readAll() : QByteArray();
        }
        return f.readAll();
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_KEYRING_SESSION();
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        if (ProxyHarness::program().isEmpty())
            QSKIP("tinyproxy not found: apt-get install tinyproxy (packaging/install-deps.sh installs it)");
        QVERIFY(m_dir.isValid());
        m_env = eflow::testsupport::cleanEnvironment(m_dir.path());
        for (const char *name :
             {"http_proxy", "https_proxy", "HTTPS_PROXY", "HTTP_PROXY", "all_proxy", "no_proxy"})
            m_env.remove(QString::fromLatin1(name));
        m_ca = m_dir.filePath(u"ca.pem"_s);
        QVERIFY2(m_emulator.start(m_binary, m_dir.filePath(u"state"_s), m_ca, m_env,
                                  {u"--seed-demo"_s, u"--allow-peer"_s, u"127.0.0.2"_s}),
                 m_emulator.printed().constData());
        m_keyFile = eflow::testsupport::writeInputFile(m_dir.filePath(u"device.key"_s),
                                                       m_emulator.value("demo-device-key") + '\n');
        QVERIFY(!m_keyFile.isEmpty());
    }
    void cleanupTestCase() { m_emulator.stop(); }

    // Without a proxy the local DPS refuses the connection: the route the proxy tests take is the only one.
    void directRouteIsRefused()
    {
        QCOMPARE(run({u"proxy"_s, u"set"_s, u"--direct"_s}).exitCode, 0);
        const CliRun r = dpsRegister();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("closed the connection before DPS answered"), r.err.constData());
    }

    // "system": on Linux the environment's https_proxy.
    void systemProxyFromEnvironment()
    {
        ProxyHarness proxy;
        const QString started = proxy.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QCOMPARE(run({u"proxy"_s, u"set"_s, u"--system"_s}).exitCode, 0);
        QProcessEnvironment env = m_env;
        env.insert(u"https_proxy"_s, proxy.address());
        const CliRun r = dpsRegister(env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("assigned"));
        QVERIFY(proxy.tunnels() >= 1);
        const CliRun shown = run({u"proxy"_s, u"show"_s}, {}, env);
        QVERIFY2(shown.out.contains("mode: system") && shown.out.contains(QByteArray::number(proxy.port())),
                 shown.out.constData());
    }

    // A proxy set in the settings wins over the environment, and survives the run.
    void manualProxy()
    {
        ProxyHarness proxy;
        const QString started = proxy.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        CliRun r = run({u"proxy"_s, u"set"_s, proxy.address()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcessEnvironment env = m_env;
        env.insert(u"https_proxy"_s, u"http://127.0.0.1:%1"_s.arg(ProxyHarness::freePort()));
        r = dpsRegister(env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(proxy.tunnels() >= 1);
        r = run({u"proxy"_s, u"show"_s});
        QVERIFY(r.out.contains("mode: manual") && r.out.contains(proxy.address().toUtf8()));
        // The enrollments (service API) take the same way.
        const QString cs = eflow::testsupport::writeInputFile(m_dir.filePath(u"service.cs"_s),
                                                              m_emulator.connectionString() + '\n');
        const int before = proxy.tunnels();
        r = run({u"enroll"_s, u"list"_s, u"--connection-string-file"_s, cs, u"--ca-file"_s, m_ca});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("demo-device"));
        QVERIFY(proxy.tunnels() > before);
    }

    void proxyThatIsNotThere()
    {
        QCOMPARE(run({u"proxy"_s, u"set"_s, u"127.0.0.1:%1"_s.arg(ProxyHarness::freePort())}).exitCode, 0);
        const CliRun r = dpsRegister();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the proxy itself cannot be reached"), r.err.constData());
    }

    // Credentials: the password goes to the keychain, never into the settings, a log, argv or the output.
    void proxyWithCredentials()
    {
        const QByteArray password =
            "Pr0xy-pass-" + QByteArray::number(QRandomGenerator::global()->generate());
        ProxyHarness proxy;
        const QString started = proxy.start(u"tech"_s, QString::fromLatin1(password));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString address = u"http://tech@127.0.0.1:%1"_s.arg(proxy.port());
        // No user: the proxy's 407 is named.
        CliRun r = run({u"proxy"_s, u"set"_s, proxy.address()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = dpsRegister();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("HTTP 407"), r.err.constData());
        // A wrong password: tinyproxy hangs up, and the sentence points at the password.
        r = run({u"proxy"_s, u"set"_s, address, u"--password-stdin"_s}, "wrong-password\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = dpsRegister();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        r = run({u"proxy"_s, u"set"_s, address}, password + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = dpsRegister();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(proxy.tunnels() >= 1);
        QCOMPARE(eflow::testsupport::readFromKeychain(u"proxy-password"_s),
                 std::optional<QByteArray>(password));
        const QByteArray settings = settingsFile();
        QVERIFY2(settings.contains("tech@127.0.0.1"), settings.constData());
        QVERIFY(!settings.contains(password));
        r = run({u"proxy"_s, u"show"_s});
        QVERIFY(r.out.contains("tech@127.0.0.1") && !r.out.contains(password));
        QVERIFY(eflow::testsupport::filesContaining(m_dir.path(), password).isEmpty());
        // clear: back to the system's proxy, and the password is forgotten.
        QCOMPARE(run({u"proxy"_s, u"clear"_s}).exitCode, 0);
        QCOMPARE(eflow::testsupport::readFromKeychain(u"proxy-password"_s), std::optional<QByteArray>());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("socks") << QStringList{u"set"_s, u"socks5://127.0.0.1:1080"_s} << 3 << u"http://"_s;
        QTest::newRow("password in the URL")
            << QStringList{u"set"_s, u"http://u:secret@127.0.0.1:3128"_s} << 3 << u"holds a password"_s;
        QTest::newRow("no port") << QStringList{u"set"_s, u"http://proxy.example.com"_s} << 3
                                 << u"needs a port"_s;
        QTest::newRow("port 0") << QStringList{u"set"_s, u"http://proxy.example.com:0"_s} << 3
                                << u"needs a port"_s;
        QTest::newRow("path") << QStringList{u"set"_s, u"http://proxy.example.com:3128/pac"_s} << 3
                              << u"has a path"_s;
        QTest::newRow("nothing") << QStringList{u"set"_s} << 2 << u"proxy: say"_s;
        QTest::newRow("two modes") << QStringList{u"set"_s, u"--system"_s, u"--direct"_s} << 2
                                   << u"proxy: say"_s;
        QTest::newRow("unknown") << QStringList{u"use"_s} << 2 << u"proxy: say"_s;
        QTest::newRow("stdin without user")
            << QStringList{u"set"_s, u"http://p.example.com:3128"_s, u"--password-stdin"_s} << 2
            << u"needs a user"_s;
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QCOMPARE(run({u"proxy"_s, u"set"_s, u"--direct"_s}).exitCode, 0);
        const CliRun r = run(QStringList{u"proxy"_s} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        // Nothing changed.
        QVERIFY(run({u"proxy"_s, u"show"_s}).out.contains("mode: direct"));
    }

    // A settings file edited by hand: the address is refused by name, the system's proxy is used.
    void damagedSetting()
    {
        QCOMPARE(run({u"proxy"_s, u"set"_s, u"http://p.example.com:3128"_s}).exitCode, 0);
        QDirIterator it(m_dir.filePath(u"config"_s), {u"*.conf"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("http://p.example.com:3128", "ftp://p.example.com");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const CliRun r = run({u"proxy"_s, u"show"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("The saved proxy cannot be used"), r.err.constData());
        QVERIFY(r.out.contains("mode: system"));
    }
};

QTEST_GUILESS_MAIN(TestProxyCli)
#include "tst_proxy_cli.moc"
