// KeychainSecretStore against a real Secret Service: gnome-keyring in a private D-Bus session, started by
// tests/support/with-keyring.sh (CTest runs this test through it). Store, read back, overwrite, forget,
// list, an unknown name, a hung keychain (the daemon stopped with SIGSTOP) ending in TimedOut, and - in a
// child process with no session bus at all - the one sentence that says the key stays in memory.
#include <csignal>
#include <optional>

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <sys/types.h>

#include "engine/crypto/SecureBytes.h"
#include "engine/support/AppSettings.h"
#include "engine/support/KeychainSecretStore.h"
#include "tests/support/TestPrerequisites.h"
#include "tests/support/SecretSearch.h"

using eflow::crypto::SecureBytes;
using eflow::support::AppSettings;
using eflow::support::KeychainSecretStore;
using eflow::support::SecretErrorKind;
using eflow::support::SecretResult;
using eflow::support::SecretStore;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray keyA = "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE=";
const QByteArray keyB =
    "HostName=hub.azure-devices.net;DeviceId=edge01;SharedAccessKey=q83vEjRWeJCrze8SNFZ4kA==";
const QString childModeVariable = u"EFLOW_KEYCHAIN_TEST_CHILD"_s;
using Environment = QMap<QString, QString>;

template<typename Start>
SecretResult run(Start start, int waitMs = 20000)
{
    std::optional<SecretResult> result;
    start([&](SecretResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&]() { return result.has_value(); }, waitMs))
        qFatal("the keychain store never answered, not even with a timeout");
    return std::move(*result);
}

// The process that owns org.freedesktop.secrets on the private bus (the gnome-keyring daemon).
qint64 secretServicePid()
{
    QProcess p;
    p.start(u"dbus-send"_s,
            {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
             u"org.freedesktop.DBus.GetConnectionUnixProcessID"_s, u"string:org.freedesktop.secrets"_s});
    if (!p.waitForFinished(10000))
        return -1;
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype at = out.indexOf("uint32 ");
    return at < 0 ? -1 : out.mid(at + 7).trimmed().toLongLong();
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    // Runs one test function of this executable in a child process with the given environment changes.
    static int runChild(const QString &function, const QString &mode, const Environment &set,
                        const QStringList &unset, bool ownBus, QByteArray *output)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : unset)
            env.remove(name);
        for (auto it = set.begin(); it != set.end(); ++it)
            env.insert(it.key(), it.value());
        env.insert(childModeVariable, mode);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        // ownBus: a session bus of its own with nothing on it and nothing it could start (no service
        // folders, so no Secret Service is activated either).
        QTemporaryDir dir;
        if (ownBus) {
            const QString config = dir.filePath(u"session.conf"_s);
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return -3;
            file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                       "<auth>EXTERNAL</auth><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                       "<allow own=\"*\"/></policy></busconfig>\n");
            file.close();
            child.start(u"dbus-run-session"_s, {u"--config-file="_s + config, u"--"_s,
                                                QCoreApplication::applicationFilePath(), function});
        } else
            child.start(QCoreApplication::applicationFilePath(), {function});
        if (!child.waitForFinished(60000)) {
            child.kill();
            child.waitForFinished();
            return -1;
        }
        *output = child.readAll();
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        const QString mode = qEnvironmentVariable(childModeVariable.toLatin1());
        if (mode.isEmpty())
            EFLOW_REQUIRE_KEYRING_SESSION();
        QStandardPaths::setTestModeEnabled(true);
    }

    void roundTrip()
    {
        if (!qEnvironmentVariableIsEmpty(childModeVariable.toLatin1()))
            QSKIP("parent only");
        KeychainSecretStore store(u"eflow-wizard-test"_s);
        QVERIFY(!run([&](auto cb) { store.store(u"group-a"_s, SecureBytes(keyA), nullptr, cb); }).error);
        SecretResult read = run([&](auto cb) { store.read(u"group-a"_s, nullptr, cb); });
        QVERIFY2(!read.error, qPrintable(read.error.message + u" / "_s + read.error.detail));
        QCOMPARE(read.value.view(), QByteArrayView(keyA));

        // Overwrite, with a value of every byte (binary data survives the Secret Service).
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QVERIFY(!run([&](auto cb) { store.store(u"group-a"_s, SecureBytes(binary), nullptr, cb); }).error);
        QCOMPARE(run([&](auto cb) { store.read(u"group-a"_s, nullptr, cb); }).value.view(),
                 QByteArrayView(binary));

        QVERIFY(!run([&](auto cb) { store.store(u"conn.b"_s, SecureBytes(keyB), nullptr, cb); }).error);
        QCOMPARE(run([&](auto cb) { store.list(nullptr, cb); }).names,
                 (QStringList{u"conn.b"_s, u"group-a"_s}));
        // Another service keeps its own keys.
        KeychainSecretStore other(u"eflow-wizard-other"_s);
        QCOMPARE(run([&](auto cb) { other.list(nullptr, cb); }).names, QStringList());
        QCOMPARE(run([&](auto cb) { other.read(u"conn.b"_s, nullptr, cb); }).error.kind,
                 SecretErrorKind::NotFound);

        QVERIFY(!run([&](auto cb) { store.forget(u"group-a"_s, nullptr, cb); }).error);
        const SecretResult gone = run([&](auto cb) { store.read(u"group-a"_s, nullptr, cb); });
        QCOMPARE(gone.error.kind, SecretErrorKind::NotFound);
        QCOMPARE(run([&](auto cb) { store.list(nullptr, cb); }).names, QStringList{u"conn.b"_s});
        const SecretResult again = run([&](auto cb) { store.forget(u"group-a"_s, nullptr, cb); });
        QCOMPARE(again.error.kind, SecretErrorKind::NotFound);
        QVERIFY(again.error.message.contains(u"nothing to forget"));

        // Neither the settings nor any file of the session (the keyring file is encrypted) holds a value.
        QVERIFY(AppSettings().sync());
        for (const QString &root : {qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                                    qEnvironmentVariable("XDG_DATA_HOME")}) {
            QVERIFY(!root.isEmpty());
            QVERIFY2(!eflow::testsupport::treeContains(root, keyA) &&
                         !eflow::testsupport::treeContains(root, "q83vEjRWeJCrze8SNFZ4kA"),
                     qPrintable(root));
        }
        QVERIFY(!run([&](auto cb) { store.forget(u"conn.b"_s, nullptr, cb); }).error);
    }

    void unknownName()
    {
        if (!qEnvironmentVariableIsEmpty(childModeVariable.toLatin1()))
            QSKIP("parent only");
        KeychainSecretStore store(u"eflow-wizard-test"_s);
        const SecretResult result = run([&](auto cb) { store.read(u"never-stored"_s, nullptr, cb); });
        QCOMPARE(result.error.kind, SecretErrorKind::NotFound);
        QCOMPARE(result.error.message, SecretStore::error(SecretErrorKind::NotFound,
                                                          SecretStore::Operation::Read, u"never-stored"_s)
                                           .message);
        QVERIFY(result.error.message.contains(u"secret store never-stored"));
    }

    // A Secret Service that stops answering (SIGSTOP) ends the operation with TimedOut at the store's
    // timeout; once it answers again (SIGCONT) the store works again.
    void hungKeychainTimesOut()
    {
        if (!qEnvironmentVariableIsEmpty(childModeVariable.toLatin1()))
            QSKIP("parent only");
        KeychainSecretStore store(u"eflow-wizard-test"_s);
        QVERIFY(!run([&](auto cb) { store.store(u"hung"_s, SecureBytes(keyA), nullptr, cb); }).error);
        const qint64 pid = secretServicePid();
        QVERIFY2(pid > 0, "no process owns org.freedesktop.secrets");
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        store.setTimeout(1500ms);
        QElapsedTimer clock;
        clock.start();
        const SecretResult result = run([&](auto cb) { store.read(u"hung"_s, nullptr, cb); });
        const qint64 elapsed = clock.elapsed();
        ::kill(pid_t(pid), SIGCONT);
        QCOMPARE(result.error.kind, SecretErrorKind::TimedOut);
        QVERIFY2(elapsed >= 1400 && elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(result.error.message.contains(u"did not answer within 2 s:"),
                 qPrintable(result.error.message));
        QVERIFY(result.value.isEmpty());

        store.setTimeout(SecretStore::defaultTimeout);
        const SecretResult after = run([&](auto cb) { store.read(u"hung"_s, nullptr, cb); });
        QVERIFY2(!after.error, qPrintable(after.error.message));
        QCOMPARE(after.value.view(), QByteArrayView(keyA));
        QVERIFY(!run([&](auto cb) { store.forget(u"hung"_s, nullptr, cb); }).error);
    }

    // No session bus and no display: QtKeychain fails (error 7, "Cannot autolaunch D-Bus without X11
    // $DISPLAY"), and the store says so in its one sentence, quickly. The bus connection of a process is
    // made once, so this runs in a child process started without one.
    void noSessionBus_data()
    {
        QTest::addColumn<Environment>("set");
        QTest::addColumn<bool>("ownBus");
        QTest::newRow("no bus address, no display") << Environment{} << false;
        QTest::newRow("bus address of a bus that is gone")
            << Environment{{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/eflow-bus"_s}} << false;
        QTest::newRow("a bus without a Secret Service") << Environment{} << true;
    }

    void noSessionBus()
    {
        QFETCH(Environment, set);
        QFETCH(bool, ownBus);
        const QString mode = qEnvironmentVariable(childModeVariable.toLatin1());
        if (mode.isEmpty()) {
            QByteArray output;
            const int rc = runChild(
                u"noSessionBus:%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())), u"no-bus"_s, set,
                {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s}, ownBus, &output);
            QVERIFY2(rc == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestKeychain::noSessionBus"), output.constData());
            return;
        }
        KeychainSecretStore store(u"eflow-wizard-test"_s);
        QElapsedTimer clock;
        clock.start();
        const SecretResult stored =
            run([&](auto cb) { store.store(u"edge"_s, SecureBytes(keyA), nullptr, cb); });
        QVERIFY2(stored.error.kind == SecretErrorKind::Unavailable,
                 qPrintable(stored.error.message + u" / "_s + stored.error.detail));
        QCOMPARE(stored.error.message,
                 u"No system keychain is available here (no Secret Service on the D-Bus "
                 "session bus), so the key is held in memory only for this run."_s);
        qInfo("detail: %s", qPrintable(stored.error.detail));
        const SecretResult read = run([&](auto cb) { store.read(u"edge"_s, nullptr, cb); });
        QCOMPARE(read.error.kind, SecretErrorKind::Unavailable);
        QVERIFY(clock.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_support_keychain.moc"
