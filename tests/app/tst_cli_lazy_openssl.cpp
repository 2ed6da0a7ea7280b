// OpenSSL's libcrypto is opened when something first needs it (engine/crypto/OpenSsl.h), not when the
// program starts: the wizard's first window must not wait for it (issue 13's start-up ratio). The dynamic
// loader's own log (LD_DEBUG=files) tells which libraries a run opened. A libcrypto.so.3 without OpenSSL's
// functions stands for a broken installation: the command names what is missing and exits 4.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

using eflow::testsupport::CliRun;

class TestCliLazyOpenSsl final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;

    // Runs the wizard with the dynamic loader logging every library it opens into the temporary folder;
    // returns that log.
    QByteArray runLogged(const QStringList &arguments, const QByteArray &stdinData, CliRun &result,
                         const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(m_dir->path());
        env.insert("LD_DEBUG", "files");
        env.insert("LD_DEBUG_OUTPUT", m_dir->filePath("ld"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        result = eflow::testsupport::runCli(m_binary, arguments, stdinData, env, 120000);
        QByteArray log;
        for (const QFileInfo &file : QDir(m_dir->path()).entryInfoList({"ld.*"}, QDir::Files)) {
            QFile f(file.filePath());
            if (f.open(QIODevice::ReadOnly))
                log += f.readAll();
        }
        return log;
    }

    static bool opened(const QByteArray &log, const QByteArray &library)
    {
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains("file=" + library) && line.contains("generating link map"))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        QVERIFY2(QFileInfo::exists(QStringLiteral(EFLOW_FAKE_OPENSSL_DIR "/libcrypto.so.3")),
                 EFLOW_FAKE_OPENSSL_DIR);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void firstWindowLeavesLibcryptoClosed()
    {
        CliRun run;
        QProcessEnvironment env;
        env.insert("QT_QPA_PLATFORM", "offscreen");
        const QByteArray log = runLogged({"--demo", "--bench-first-paint"}, {}, run, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("first-paint-ms:"), run.out.constData());
        // The log is the loader's: it saw Qt's libraries, so it would have seen libcrypto.
        QVERIFY2(opened(log, "libQt6Widgets.so.6"), log.left(2000).constData());
        QVERIFY2(!opened(log, "libcrypto.so.3"), "the first window opened libcrypto.so.3");
    }

    void commandsThatNeedItOpenIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("says"); // HMAC-SHA256 of the registration ID, from Python's hmac
        QTest::newRow("derive-key") << QStringList{"derive-key", "--registration-id", "device-1"}
                                    << QByteArray("dGVzdGtleXRlc3RrZXl0ZXN0a2V5dGVzdGtleQ==")
                                    << QByteArray("tZltlELJ6qyLwLwWeDcFLsdP7f0l4XBlnr2t3MEsJFg=");
        QTest::newRow("derive-key, the group key in a file")
            << QStringList{"derive-key", "--registration-id", "device-2", "--group-key-file", "KEYFILE"}
            << QByteArray() << QByteArray("FfWUZEtQkvIDjMoXq61Fs6/nf7PEKZWJV/nZDuZ5t3o=");
    }

    void commandsThatNeedItOpenIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, says);
        const QString keyFile = eflow::testsupport::writeInputFile(
            m_dir->filePath("group.key"), "dGVzdGtleXRlc3RrZXl0ZXN0a2V5dGVzdGtleQ==\n");
        arguments.replaceInStrings("KEYFILE", keyFile);
        CliRun run;
        const QByteArray log = runLogged(arguments, input, run);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(says), run.out.constData());
        QVERIFY2(opened(log, "libcrypto.so.3"), "libcrypto.so.3 was not opened: the log cannot tell");
    }

    void brokenOpenSslIsNamed()
    {
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(m_dir->path());
        env.insert("LD_LIBRARY_PATH", QStringLiteral(EFLOW_FAKE_OPENSSL_DIR));
        const CliRun run =
            eflow::testsupport::runCli(m_binary, {"derive-key", "--registration-id", "device-1"},
                                       "dGVzdGtleXRlc3RrZXl0ZXN0a2V5dGVzdGtleQ==", env);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("OpenSSL's libcrypto.so.3 has no "), run.err.constData());
        QVERIFY2(run.err.contains("Install OpenSSL 3"), run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLazyOpenSsl)
#include "tst_cli_lazy_openssl.moc"
