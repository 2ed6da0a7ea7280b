// The secret audit: the demo walked twice by the autopilot with --remember-key against a real
// keychain (gnome-keyring in a private D-Bus session: CTest runs this through tests/support/with-keyring.sh).
// The first run remembers the key on Connect, the second provisions with the remembered key. The key must
// then be nowhere on the wizard's side but the keychain: not in either run's output, not in any file the
// runs wrote (logs, settings, the journal with its plan snapshots, the simulated host's state), and not in
// the argv of any process while they ran (/proc/*/cmdline, sampled every few milliseconds and searched
// afterwards, once the key is known). The simulated DPS service keeps it in its own store, as Azure does.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"
#include "tests/support/SecretSearch.h"

using eflow::testsupport::filesContaining;
using eflow::testsupport::readFromKeychain;
using eflow::testsupport::sampleCmdlines;
using Run = eflow::testsupport::CliRun;

using namespace Qt::StringLiterals;

class TestSecretAudit final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QTemporaryDir m_home;
    QSet<QByteArray> m_cmdlines;

    Run walk()
    {
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(m_home.path());
        // The keychain is the wrapper's private session: its bus and HOME stay as they are.
        env.insert(u"HOME"_s, qEnvironmentVariable("HOME"));
        env.insert(u"XDG_RUNTIME_DIR"_s, qEnvironmentVariable("XDG_RUNTIME_DIR"));
        return eflow::testsupport::runCli(
            m_binary, {u"--demo"_s, u"--autopilot"_s, u"--speed"_s, u"0"_s, u"--remember-key"_s}, {}, env,
            240000, [this]() { sampleCmdlines(m_cmdlines); });
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_KEYRING_SESSION();
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        QVERIFY(m_home.isValid());
    }

    void rememberThenReuseAndAudit()
    {
        const Run first = walk();
        QVERIFY2(first.exitCode == 0, first.out.constData());
        QVERIFY2(first.out.contains("[x] Remember this key"), first.out.constData());
        QVERIFY2(first.out.contains("Result: the device is provisioned"), first.out.constData());

        // The reference the first run remembered, from the settings (names only there).
        QSettings settings(m_home.filePath(u"config/eflow-wizard/eflow-wizard.conf"_s), QSettings::IniFormat);
        QString ref = settings.value(u"provisioning/secretRef"_s).toString();
        if (ref.isEmpty()) {
            // The settings file's name follows the application's; find it rather than guess.
            QDirIterator it(m_home.filePath(u"config"_s), {u"*.conf"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (ref.isEmpty() && it.hasNext())
                ref =
                    QSettings(it.next(), QSettings::IniFormat).value(u"provisioning/secretRef"_s).toString();
        }
        QVERIFY2(ref.startsWith(u"keychain:"_s), qPrintable(ref));
        const QByteArray key = readFromKeychain(ref.mid(9)).value_or(QByteArray());
        QVERIFY2(key.size() >= 24, "the remembered key is not in the keychain");

        // The second run uses it with nothing typed.
        const Run second = walk();
        QVERIFY2(second.exitCode == 0, second.out.constData());
        QVERIFY2(second.out.contains("Use the remembered key"), second.out.constData());
        QVERIFY2(second.out.contains(ref.toUtf8()), second.out.constData());
        QVERIFY2(second.out.contains("Result: the device is provisioned"), second.out.constData());

        // The audit: nowhere but the keychain.
        QVERIFY2(!first.out.contains(key) && !second.out.contains(key) && !first.err.contains(key) &&
                     !second.err.contains(key),
                 "the key is in a run's output");
        // One file holds it by design: the simulated DPS service's own store (demo/dps/state.json), the
        // stand-in for Azure's side, which must know the enrollment's key to check it. It is 0600.
        const QString serviceStore = m_home.filePath(u"data/eflow-wizard/demo/dps/state.json"_s);
        QStringList files = filesContaining(m_home.path(), key);
        QVERIFY2(files.removeAll(serviceStore) == 1, "the audit did not find the key where it must be");
        QCOMPARE(QFile::permissions(serviceStore) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
        QVERIFY(m_cmdlines.size() > 10); // the sampler saw the processes (the wizard, dbus, the keyring…)
        for (const QByteArray &cmdline : std::as_const(m_cmdlines))
            QVERIFY2(!cmdline.contains(key), cmdline.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretAudit)
#include "tst_secret_audit.moc"
