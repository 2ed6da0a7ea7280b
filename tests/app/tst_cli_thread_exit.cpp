// Commands that end right after their worker threads (an early refusal, a short probe) end with their own
// exit code even when those threads finish late: no OpenSSL state is left for LeakSanitizer to report.
// Once a loaded CI run saw `host deploy` without --accept-eula exit 1 instead of 3: the thread that
// preloads TLS was joined, the process ended before OpenSSL's thread-exit handler had freed that thread's
// error queue, and LeakSanitizer reported it. tests/support/late_thread_exit.c makes that timing certain.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

class TestCliThreadExit final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;

    eflow::testsupport::CliRun run(const QStringList &arguments)
    {
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(m_dir->path());
        env.insert("LD_PRELOAD", QStringLiteral(EFLOW_LATE_THREAD_EXIT_SHIM));
        // The shim is preloaded in front of the sanitizers' runtime, which would otherwise refuse to start.
        const QString asan = env.value("ASAN_OPTIONS");
        env.insert("ASAN_OPTIONS", (asan.isEmpty() ? QString() : asan + ':') + "verify_asan_link_order=0");
        return eflow::testsupport::runCli(m_binary, arguments, {}, env, 60000);
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        QVERIFY2(QFileInfo::exists(QStringLiteral(EFLOW_LATE_THREAD_EXIT_SHIM)), EFLOW_LATE_THREAD_EXIT_SHIM);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void exitCodeSurvivesLateThreads_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        const QByteArray badPlan = R"({"schema":1,"release":"1.4","vm":{"cpuCount":-5}})";
        // The two commands the loaded run saw fail, as tst_host_cli and tst_cli_values run them.
        QTest::newRow("deploy without the licence")
            << QStringList{"host", "deploy", "--demo=win11-pro", "--speed", "0"} << QByteArray() << 3
            << QByteArray("License terms");
        QTest::newRow("deploy with cpuCount -5")
            << QStringList{"host", "deploy", "--demo", "--speed", "0", "--accept-eula", "--plan", "PLAN"}
            << badPlan << 3 << QByteArray("CPU count");
        QTest::newRow("probe with cpuCount -5")
            << QStringList{"host", "probe", "--demo", "--speed", "0", "--plan", "PLAN"} << badPlan << 3
            << QByteArray("CPU count");
        QTest::newRow("provision without its key file")
            << QStringList{"host", "provision",  "--demo=win11-pro", "--speed",
                           "0",    "--key-file", "/nonexistent/key"}
            << QByteArray() << 3 << QByteArray("/nonexistent/key");
        // Not only refusals: a command that ran its job ends the same way.
        QTest::newRow("probe") << QStringList{"host", "probe", "--demo=win11-pro", "--speed", "0"}
                               << QByteArray() << 0 << QByteArray();
    }

    void exitCodeSurvivesLateThreads()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, plan);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        if (!plan.isEmpty())
            arguments.replaceInStrings(
                "PLAN", eflow::testsupport::writeInputFile(m_dir->filePath("plan.json"), plan));
        const eflow::testsupport::CliRun r = run(arguments);
        QVERIFY2(!r.err.contains("LeakSanitizer"), r.err.right(6000).constData());
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).right(4000).constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliThreadExit)
#include "tst_cli_thread_exit.moc"
