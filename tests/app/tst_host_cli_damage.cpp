// Issue 14 items 6 and 9: `eflow-wizard host …` with a damaged or unreadable resume journal or demo host
// state. Every case says so on stderr, naming the file, and takes a safe way: a damaged journal entry is
// moved aside (its new name printed), an unreadable one stops a deploy, a damaged or unreadable
// simulated machine refuses to act (it never takes itself for a new machine and deploys a second VM),
// a journal whose steps are all done checks the host again, and a journal folder that cannot be
// written is reported.
// Test code compares with plain literals everywhere; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

namespace {

using Run = eflow::testsupport::CliRun;

} // namespace

class TestHostCliDamage final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;

    Run run(const QStringList &arguments)
    {
        return eflow::testsupport::runCli(m_binary, QStringList{"host"} + arguments, {},
                                          eflow::testsupport::cleanEnvironment(m_dir->path()), 120000);
    }

    Run deploy() { return run({"deploy", "--demo=win11-pro", "--speed", "0", "--accept-eula"}); }

    // The simulated machine's state file after a first deploy.
    QString simStateFile() const
    {
        QDirIterator it(m_dir->filePath("data"), {"sim-host.json"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains("/demo/host-win11-pro/"))
                return path;
        }
        return {};
    }

    // The application's data folder (beside demo/ is journal/), found from the state file.
    QString appData() const
    {
        const QString state = simStateFile();
        return state.left(state.indexOf("/demo/host-win11-pro/"));
    }

    int deployCount() const
    {
        QFile f(simStateFile());
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value("vm")
            .toObject()
            .value("deployCount")
            .toInt(-1);
    }

    // A first deploy, so that the machine has a VM and a state file.
    bool deployOnce()
    {
        const Run first = deploy();
        if (first.exitCode != 0 || deployCount() != 1) {
            qWarning("%s", (first.out + first.err).constData());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { EFLOW_REQUIRE_WIZARD_BINARY(m_binary); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void damagedSimStateRefuses_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: the file is a folder (cannot be read)
        QTest::addColumn<int>("exitCode");
        QTest::newRow("truncated") << QByteArray("{\"schema\":1,\"scenario\":\"win11-pro\",\"vm\":{\"exi")
                                   << 3;
        QTest::newRow("not an object") << QByteArray("[]") << 3;
        QTest::newRow("another schema") << QByteArray(R"({"schema":"1","scenario":"win11-pro"})") << 3;
        QTest::newRow("unreadable") << QByteArray() << 4;
    }

    void damagedSimStateRefuses()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QVERIFY(deployOnce());
        const QString state = simStateFile();
        QVERIFY(QFile::remove(state));
        if (content.isNull())
            QVERIFY(QDir().mkpath(state));
        else
            eflow::testsupport::writeInputFile(state, content);

        const Run again = deploy();
        QVERIFY2(again.exitCode == exitCode, (again.out + again.err).constData());
        QVERIFY2(again.err.contains(state.toUtf8()), again.err.constData());
        QVERIFY2(!again.out.contains("Deployment successful"), again.out.constData());

        const Run status = run({"status", "--demo=win11-pro", "--speed", "0"});
        QVERIFY2(status.exitCode == exitCode, (status.out + status.err).constData());
        QVERIFY2(status.err.contains(state.toUtf8()), status.err.constData());
        QVERIFY2(!(status.out + status.err).contains("no EFLOW virtual machine"), status.err.constData());

        // Nothing was written over it.
        if (!content.isNull()) {
            QFile f(state);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), content);
        } else {
            QVERIFY(QFileInfo(state).isDir());
        }
    }

    void damagedJournalIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"version\":1,\"jobId\":");
        QTest::newRow("version as a string")
            << QByteArray(R"({"version":"1","jobId":"job-1","kind":"deploy"})");
        QTest::newRow("another job's id") << QByteArray(
            R"({"version":1,"jobId":"job-2","kind":"deploy","status":"interrupted","steps":[]})");
    }

    void damagedJournalIsMovedAside()
    {
        QFETCH(QByteArray, content);
        QVERIFY(deployOnce());
        const QString journal = appData() + "/journal";
        QVERIFY(QDir().mkpath(journal));
        const QString entry = journal + "/job-1.json";
        eflow::testsupport::writeInputFile(entry, content);

        const Run again = deploy();
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        QVERIFY2(again.err.contains(entry.toUtf8()), again.err.constData());
        QVERIFY2(again.err.contains("moved aside to " + entry.toUtf8() + ".damaged-"), again.err.constData());
        QVERIFY(!QFile::exists(entry));
        const QStringList aside = QDir(journal).entryList({"job-1.json.damaged-*"}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(journal + '/' + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content); // kept as it was, for support
        if (content.contains("\"1\""))
            QVERIFY2(again.err.contains("format version \"1\""), again.err.constData());
        QCOMPARE(deployCount(), 1);
    }

    void unreadableJournalStopsDeploy()
    {
        QVERIFY(deployOnce());
        const QString entry = appData() + "/journal/job-1.json";
        QVERIFY(QDir().mkpath(entry)); // a folder where an entry should be: it cannot be read
        const Run again = deploy();
        QVERIFY2(again.exitCode == 4, (again.out + again.err).constData());
        QVERIFY2(again.err.contains(entry.toUtf8()), again.err.constData());
        QVERIFY2(again.err.contains("cannot be read"), again.err.constData());
        QVERIFY(QFileInfo(entry).isDir()); // left where it is
        // A probe changes nothing: it warns and runs.
        const Run probe = run({"probe", "--demo=win11-pro", "--speed", "0"});
        QVERIFY2(probe.exitCode == 0, (probe.out + probe.err).constData());
        QVERIFY2(probe.err.contains("cannot be read"), probe.err.constData());
    }

    // The process ended after the last step's "done" and before the entry was removed.
    void allDoneJournalChecksTheHostAgain()
    {
        QVERIFY(deployOnce());
        const QString journal = appData() + "/journal";
        QVERIFY(QDir().mkpath(journal));
        QJsonArray steps;
        for (const char *id :
             {"probe", "enable-hyperv", "create-switch", "remove-vm", "install", "deploy", "verify"})
            steps.append(QJsonObject{{"id", id}, {"state", "done"}});
        const QJsonObject entry{
            {"version", 1},
            {"jobId", "job-1"},
            {"kind", "deploy"},
            {"status", "interrupted"},
            {"createdAt", "2025-01-01T10:00:00.000Z"},
            {"updatedAt", "2025-01-01T10:20:00.000Z"},
            {"plan",
             QJsonObject{{"plan", QJsonObject{{"schema", 1},
                                              {"release", "1.5"},
                                              {"eulaAccepted", true},
                                              {"vm", QJsonObject{{"cpuCount", 1}, {"memoryMb", 1024}}}}},
                         {"target", "Demo: Windows 11 Pro laptop"}}},
            {"steps", steps}};
        eflow::testsupport::writeInputFile(journal + "/job-1.json", QJsonDocument(entry).toJson());

        const Run again = deploy();
        QVERIFY2(again.exitCode == 0, (again.out + again.err).constData());
        QVERIFY2(again.out.contains("Resuming the deploy"), again.out.constData());
        QVERIFY2(!again.out.contains("virtual machine ,"), again.out.constData());
        QVERIFY2(!again.out.contains("IP address ."), again.out.constData());
        const QRegularExpression deployed(
            R"(Deployed: virtual machine \S+-EFLOW, IP address \d+\.\d+\.\d+\.\d+\.)");
        QVERIFY2(deployed.match(QString::fromUtf8(again.out)).hasMatch(), again.out.constData());
        QCOMPARE(deployCount(), 1);
        QVERIFY(!QFile::exists(journal + "/job-1.json"));
    }

    void unwritableJournalFolderIsReported()
    {
        QVERIFY(deployOnce());
        const QString journal = appData() + "/journal";
        QVERIFY(QDir(journal).removeRecursively());
        eflow::testsupport::writeInputFile(journal, "a file where the journal folder should be\n");
        const Run r = run({"provision", "--demo=win11-pro", "--speed", "0"});
        QVERIFY2(r.err.contains("resume journal cannot be written"), (r.out + r.err).constData());
        QCOMPARE(r.err.count("resume journal cannot be written"), 1); // once, not per step
    }
};

QTEST_GUILESS_MAIN(TestHostCliDamage)
#include "tst_host_cli_damage.moc"
