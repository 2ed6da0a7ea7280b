// `eflow-wizard enroll` when things go wrong (issue 15 item 2), the real binary against `eflow-wizard
// emulator` and a real keychain (CTest runs this through tests/support/with-keyring.sh): the four sources
// of the service connection string and the refusals of two at once or of one on the command line; then
// every exit code of the interface - wrong policy key, malformed connection string, missing or broken
// twin file, unknown IDs, nobody listening, an untrusted CA, wrong usage - in text and in JSON, with no
// key or connection string on stdout, on stderr or in any process's argv. The actions that work are in
// tst_enroll_cli.
// Test code compares with plain literals; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

#include "tests/support/CliProcess.h"
#include "tests/support/TestPrerequisites.h"

using eflow::testsupport::CliRun;
using eflow::testsupport::idsIn;
using eflow::testsupport::singleJsonObject;

namespace {

// A valid base64 key that is not the emulator's policy key.
const QByteArray otherKey = "q83vEjRWeJCrze8SNFZ4kAq83vEjRWeJCrze8SNFZ4k=";

} // namespace

class TestEnrollCliFailures final : public QObject
{
    Q_OBJECT

private:
    eflow::testsupport::EnrollBench m_bench;
    eflow::testsupport::EnrollCli &m_cli = m_bench.cli;
    const eflow::testsupport::EmulatorProcess &m_emulator = m_bench.emulator;

    QString file(const QString &name, const QByteArray &content) { return m_bench.file(name, content); }
    CliRun enroll(const QStringList &arguments) { return m_cli(arguments); }
    QByteArray secretIn(const QByteArray &text) const { return m_bench.secretIn(text, {otherKey}); }
    void checkFailure(const CliRun &r, bool asJson, int exitCode, const QString &pattern, int httpStatus = -1)
    {
        m_bench.verifyFailure(r, asJson, exitCode, pattern, httpStatus, {otherKey});
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_KEYRING_SESSION();
        QString binary;
        EFLOW_REQUIRE_WIZARD_BINARY(binary);
        const QString problem = m_bench.start(binary);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!m_bench.create(true, "src-grp-a").isEmpty());

        // The connection strings of failures(): a wrong key, none, no connection string, a closed port.
        const QByteArray cs = m_emulator.connectionString();
        m_bench.connectionFile("wrong-key.cs", QByteArray(cs).replace(m_emulator.policyKey(), otherKey));
        m_bench.connectionFile("no-key.cs", cs.left(cs.indexOf(";SharedAccessKey=")));
        m_bench.connectionFile("not-one.cs", "this is not a connection string");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QByteArray port = QByteArray::number(closed.serverPort());
        closed.close();
        m_bench.connectionFile(
            "dead.cs", QByteArray(cs).replace(":" + m_emulator.port().toLatin1() + ";", ":" + port + ";"));
    }

    // --connection-string-file, standard input, --secret-ref keychain:NAME, EFLOW_DPS_CONNECTION_STRING:
    // each one reaches DPS (a wrong or missing string would be 401 or a refusal).
    void connectionSources_data()
    {
        QTest::addColumn<QString>("source");
        for (const char *source : {"file", "stdin", "secret-ref", "environment"})
            QTest::newRow(source) << QString(source);
    }

    void connectionSources()
    {
        QFETCH(QString, source);
        const QByteArray cs = m_emulator.connectionString();
        QStringList arguments{"enroll", "list", "--json", "--filter", "src-grp", "--ca-file", m_cli.caFile};
        QByteArray input;
        QProcessEnvironment env = m_cli.env;
        if (source == "file")
            arguments << "--connection-string-file" << m_cli.connectionFile;
        if (source == "stdin")
            input = cs + '\n';
        if (source == "secret-ref") {
            QCOMPARE(m_cli.bare({"secret", "store", "dps-service"}, cs + '\n').exitCode, 0);
            arguments << "--secret-ref"
                      << "keychain:dps-service";
        }
        if (source == "environment")
            env.insert("EFLOW_DPS_CONNECTION_STRING", QString::fromLatin1(cs));
        const CliRun r = m_cli.bare(arguments, input, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = singleJsonObject(r.out);
        QCOMPARE(answer.value("ok"), QJsonValue(true));
        QCOMPARE(idsIn(answer.value("groups"), "enrollmentGroupId"), QSet<QString>{"src-grp-a"});
        QVERIFY(secretIn(r.out + r.err).isEmpty());
    }

    // Two sources at once, or the connection string on the command line: usage error, never echoed.
    void connectionRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("pattern");
        const QString cs = QString::fromLatin1(m_emulator.connectionString());
        QTest::newRow("file and secret-ref") << QStringList{"list", "--secret-ref", "keychain:dps-service"}
                                             << "connection-string-file.*secret-ref|secret-ref.*file";
        QTest::newRow("as the --filter value") << QStringList{"list", "--filter", cs} << "command line";
        QTest::newRow("as a positional")
            << QStringList{"show", cs, "--group-id", "src-grp-a"} << "command line";
        QTest::newRow("as --connection-string=")
            << QStringList{"list", "--connection-string=" + cs} << "command line";
    }

    void connectionRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, pattern);
        eflow::testsupport::EnrollCli unsampled = m_cli; // this argv holds the string on purpose
        unsampled.whileRunning = {};
        for (const bool asJson : {false, true}) {
            const CliRun r = unsampled(asJson ? arguments + QStringList{"--json"} : arguments);
            checkFailure(r, asJson, 2, pattern);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(!r.err.contains("HostName=127.0.0.1"));
        }
    }

    // The exit codes and sentences of the interface, in text and in JSON, with no secret in either.
    void failures_data()
    {
        QTest::addColumn<QString>("connection"); // the connection string file
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("httpStatus"); // -1: any
        const QString missingTwin = m_bench.dir.filePath("no-such-twin.json");
        const QString brokenTwin = file("broken-twin.json", "{\n  \"tags\": {\"site\": \"plant-2\"},\n"
                                                            "  \"properties\" {\"desired\": {}}\n}\n");
        struct Row
        {
            const char *tag, *connection, *arguments;
            int exitCode;
            const char *pattern;
            int httpStatus = -1;
        };
        const Row rows[] = {
            {"wrong policy key", "wrong-key", "list", 1, "policy", 401},
            {"wrong policy key, create", "wrong-key", "create individual --registration-id fl-1 --show-keys",
             1, "policy", 401},
            {"connection string without key", "no-key", "list", 3, "SharedAccessKey"},
            {"not a connection string", "not-one", "list", 3, "connection string"},
            {"missing twin file", "service", "create group --group-id fl-2 --twin-file @MISSING@", 4,
             "@MISSING@"},
            {"twin file with broken JSON", "service", "create group --group-id fl-3 --twin-file @BROKEN@", 3,
             "line 3\\b.*column \\d+"},
            {"unknown registration ID", "service", "show --registration-id fl-none", 8, "fl-none", 404},
            {"unknown group", "service", "show --group-id fl-none", 8, "fl-none", 404},
            {"update unknown", "service", "update --group-id fl-none --no-edge", 8, "fl-none", 404},
            {"delete unknown", "service", "delete --registration-id fl-none --yes", 8, "fl-none", 404},
            {"records of unknown group", "service", "records --group-id fl-none", 8, "fl-none", 404},
            {"records of unknown registration", "service", "records --registration-id fl-none", 8, "fl-none",
             404},
            {"malformed ID", "service", "show --registration-id fl/1", 3, "Registration ID"},
            {"nobody listens", "dead", "list --timeout 30", 1, "."},
            {"CA not trusted", "service", "list", 1, "certificate|TLS"},
            {"no action", "service", "", 2, "list"},
            {"create without KIND", "service", "create --registration-id fl-4", 2, "individual"},
        };
        for (const Row &row : rows) {
            const QString arguments =
                QString(row.arguments).replace("@MISSING@", missingTwin).replace("@BROKEN@", brokenTwin);
            QTest::newRow(row.tag)
                << m_bench.dir.filePath(QString(row.connection) + ".cs")
                << !QByteArray(row.tag).startsWith("CA") << arguments.split(' ', Qt::SkipEmptyParts)
                << row.exitCode
                << QString(row.pattern).replace("@MISSING@", QRegularExpression::escape(missingTwin))
                << row.httpStatus;
        }
    }

    void failures()
    {
        QFETCH(QString, connection);
        QFETCH(bool, withCa);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, pattern);
        QFETCH(int, httpStatus);
        eflow::testsupport::EnrollCli cli = m_cli;
        cli.connectionFile = connection;
        if (!withCa)
            cli.caFile.clear();
        for (const bool asJson : {false, true}) {
            const CliRun r = cli(asJson ? arguments + QStringList{"--json"} : arguments);
            checkFailure(r, asJson, exitCode, pattern, httpStatus);
            if (QTest::currentTestFailed())
                return;
        }
        // Nothing was created by a create that failed.
        if (arguments.value(0) == "create" && exitCode != 2) {
            const bool group = arguments.value(1) == "group";
            QCOMPARE(enroll(QStringList{"show"} + eflow::testsupport::idArguments(group, arguments.value(3)))
                         .exitCode,
                     8);
        }
    }

    // After everything above: no process's argv ever held a key or the connection string.
    void noSecretInAnyArgv()
    {
        QVERIFY2(m_bench.argv.size() > 20, "the command lines were not sampled");
        for (const QByteArray &cmdline : std::as_const(m_bench.argv))
            QVERIFY2(secretIn(cmdline).isEmpty(), QByteArray(cmdline).replace('\0', ' ').constData());
    }

    void cleanupTestCase() { m_bench.emulator.stop(); }
};

QTEST_GUILESS_MAIN(TestEnrollCliFailures)
#include "tst_enroll_cli_failures.moc"
