// Conformance (issue 15 items 2 and 5): the official Node.js service SDK (azure-iot-provisioning-service,
// pinned) and `eflow-wizard enroll` work on the same local DPS (`eflow-wizard emulator`, a process) over
// HTTPS. The SDK reads what `enroll create` made - twin tags, IoT Edge, status, device ID, the keys that
// --show-keys printed - and what `enroll update` changed; `enroll list --json` and `enroll show --json
// --show-keys` see what the SDK created; both read the same registration records. The SDK runs as
// tests/conformance/enroll-crosscheck.js (one JSON line per run).
// Test code compares with plain literals; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "tests/support/NodeAnswer.h"
#include "tests/support/CliProcess.h"
#include "tests/support/TestPrerequisites.h"

using eflow::testsupport::CliRun;
using eflow::testsupport::idArguments;
using eflow::testsupport::idsIn;
using eflow::testsupport::iotEdgeOf;
using eflow::testsupport::itemOf;
using eflow::testsupport::singleJsonObject;
using eflow::testsupport::tagsOf;

using eflow::testsupport::NodeAnswer;

namespace {

const QByteArray twinA = R"({"tags": {"environment": "test", "site": "plant-2"},
  "properties": {"desired": {"interval": 30}}})";
const QByteArray twinB = R"({"tags": {"site": "plant-9", "line": "7"}})";

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString keyOf(const QJsonObject &answer, const char *which)
{
    return answer.value("keys").toObject().value(which).toString();
}

} // namespace

class TestConformanceEnrollCli final : public QObject
{
    Q_OBJECT

private:
    eflow::testsupport::EnrollBench m_bench;
    QString m_script;
    int m_serial = 0;

    QString unique(const QString &prefix) { return QString("%1-%2").arg(prefix).arg(++m_serial); }

    // node enroll-crosscheck.js ARGS against the emulator.
    NodeAnswer node(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DPS_HOST", "127.0.0.1");
        env.insert("DPS_PORT", m_bench.emulator.port());
        env.insert("DPS_CA_FILE", m_bench.cli.caFile);
        env.insert("DPS_POLICY_NAME", m_bench.emulator.policyName());
        env.insert("DPS_POLICY_KEY", QString::fromLatin1(m_bench.emulator.policyKey()));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(QFileInfo(m_script).absolutePath());
        process.start(qEnvironmentVariable("EFLOW_NODE"), QStringList{m_script} + arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return NodeAnswer::of(process);
    }

    // What the SDK reads of ID, checked to have worked.
    NodeAnswer sdkRead(bool group, const QString &id)
    {
        const NodeAnswer read = node({"read", group ? "group" : "individual", id});
        if (read.exitCode != 0 || !read.json.value("ok").toBool())
            qWarning("node read %s: %s %s", qPrintable(id), QJsonDocument(read.json).toJson().constData(),
                     read.stdErr.constData());
        return read;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("EFLOW_NODE")).isExecutable(), "EFLOW_NODE must name node");
        m_script = qEnvironmentVariable("EFLOW_CROSSCHECK_JS"); // another script with the same interface
        if (m_script.isEmpty())
            m_script = QDir(qEnvironmentVariable("EFLOW_SDK_DIR")).filePath("enroll-crosscheck.js");
        QVERIFY2(QFileInfo::exists(m_script), qPrintable(m_script));
        QString binary;
        EFLOW_REQUIRE_WIZARD_BINARY(binary);
        const QString problem = m_bench.start(binary);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void sdkReadsWhatEnrollCreated_data()
    {
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("edge");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("individual") << false << true << true;
        QTest::newRow("group") << true << true << true;
        QTest::newRow("individual, --no-edge, --disabled") << false << false << false;
        QTest::newRow("group, --no-edge, --disabled") << true << false << false;
    }

    void sdkReadsWhatEnrollCreated()
    {
        QFETCH(bool, group);
        QFETCH(bool, edge);
        QFETCH(bool, enabled);
        const QString id = unique(group ? "xcli-group" : "xcli-dev");
        QStringList extra{"--twin-file", m_bench.file("twin-a.json", twinA)};
        if (!group)
            extra << "--device-id" << id + "-device";
        if (!edge)
            extra << "--no-edge";
        if (!enabled)
            extra << "--disabled";
        const QJsonObject created = m_bench.create(group, id, extra);
        QVERIFY(!created.isEmpty());

        const NodeAnswer read = sdkRead(group, id);
        QVERIFY2(read.exitCode == 0 && read.json.value("ok").toBool(), read.stdErr.constData());
        const QJsonObject item = read.json.value("item").toObject();
        QCOMPARE(item.value(group ? "enrollmentGroupId" : "registrationId").toString(), id);
        QCOMPARE(item.value("attestation").toObject().value("type").toString(), QString("symmetricKey"));
        QCOMPARE(iotEdgeOf(item), edge);
        QCOMPARE(item.value("provisioningStatus").toString(), QString(enabled ? "enabled" : "disabled"));
        QCOMPARE(tagsOf(item), json(twinA).value("tags").toObject());
        QCOMPARE(
            item.value("initialTwin").toObject().value("properties").toObject().value("desired").toObject(),
            (QJsonObject{{"interval", 30}}));
        if (!group)
            QCOMPARE(item.value("deviceId").toString(), id + "-device");
        // The keys --show-keys printed are the ones DPS keeps.
        QVERIFY(!keyOf(created, "primaryKey").isEmpty());
        QCOMPARE(keyOf(read.json, "primaryKey"), keyOf(created, "primaryKey"));
        QCOMPARE(keyOf(read.json, "secondaryKey"), keyOf(created, "secondaryKey"));
        QCOMPARE(item.value("etag").toString(), itemOf(m_bench.show(group, id)).value("etag").toString());
    }

    void enrollSeesWhatSdkCreated_data()
    {
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("edge");
        QTest::newRow("individual") << false << true;
        QTest::newRow("group") << true << true;
        QTest::newRow("individual, no edge") << false << false;
        QTest::newRow("group, no edge") << true << false;
    }

    void enrollSeesWhatSdkCreated()
    {
        QFETCH(bool, group);
        QFETCH(bool, edge);
        const QString id = unique(group ? "xsdk-group" : "xsdk-dev");
        const NodeAnswer made = node({"create", group ? "group" : "individual", id, R"({"line":"4"})",
                                      edge ? "edge" : "no-edge", "disabled"});
        QVERIFY2(made.exitCode == 0 && made.json.value("ok").toBool(), made.stdErr.constData());
        QVERIFY(!keyOf(made.json, "primaryKey").isEmpty());

        CliRun r = m_bench.enroll({"list", "--json", "--filter", id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject listed = singleJsonObject(r.out);
        const QJsonArray items = listed.value(group ? "groups" : "enrollments").toArray();
        QCOMPARE(idsIn(items, group ? "enrollmentGroupId" : "registrationId"), QSet<QString>{id});
        const QJsonObject item = items.at(0).toObject();
        QCOMPARE(iotEdgeOf(item), edge);
        QCOMPARE(item.value("provisioningStatus").toString(), QString("disabled"));
        QCOMPARE(tagsOf(item), (QJsonObject{{"line", "4"}}));

        r = m_bench.enroll(QStringList{"show", "--json", "--show-keys"} + idArguments(group, id));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = singleJsonObject(r.out);
        m_bench.rememberKeys(shown.value("keys").toObject());
        QCOMPARE(tagsOf(itemOf(shown)), (QJsonObject{{"line", "4"}}));
        QCOMPARE(iotEdgeOf(itemOf(shown)), edge);
        QCOMPARE(keyOf(shown, "primaryKey"), keyOf(made.json, "primaryKey"));
        QCOMPARE(keyOf(shown, "secondaryKey"), keyOf(made.json, "secondaryKey"));
        QCOMPARE(itemOf(shown).value("etag").toString(),
                 made.json.value("item").toObject().value("etag").toString());
    }

    // `enroll update` changes what was asked and nothing else: the SDK sees it, the keys stay.
    void sdkSeesTheUpdate_data()
    {
        QTest::addColumn<bool>("group");
        QTest::newRow("individual") << false;
        QTest::newRow("group") << true;
    }

    void sdkSeesTheUpdate()
    {
        QFETCH(bool, group);
        const QString id = unique(group ? "xupd-group" : "xupd-dev");
        const QJsonObject created =
            m_bench.create(group, id, {"--twin-file", m_bench.file("twin-a.json", twinA)});
        QVERIFY(!created.isEmpty());

        CliRun r = m_bench.enroll(QStringList{"update", "--no-edge", "--disabled", "--twin-file",
                                              m_bench.file("twin-b.json", twinB)} +
                                  idArguments(group, id));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        NodeAnswer read = sdkRead(group, id);
        QVERIFY2(read.exitCode == 0, read.stdErr.constData());
        QJsonObject item = read.json.value("item").toObject();
        QVERIFY(!iotEdgeOf(item));
        QCOMPARE(item.value("provisioningStatus").toString(), QString("disabled"));
        QCOMPARE(tagsOf(item), json(twinB).value("tags").toObject());
        QCOMPARE(keyOf(read.json, "primaryKey"), keyOf(created, "primaryKey"));
        QCOMPARE(keyOf(read.json, "secondaryKey"), keyOf(created, "secondaryKey"));

        r = m_bench.enroll(QStringList{"update", "--edge", "--enabled"} + idArguments(group, id));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        read = sdkRead(group, id);
        item = read.json.value("item").toObject();
        QVERIFY(iotEdgeOf(item));
        QCOMPARE(item.value("provisioningStatus").toString(), QString("enabled"));
        QCOMPARE(tagsOf(item), json(twinB).value("tags").toObject());
        QCOMPARE(keyOf(read.json, "primaryKey"), keyOf(created, "primaryKey"));
    }

    // A group's registration records after `dps register`: the SDK's query and `enroll records` agree.
    void bothReadTheSameRecords()
    {
        const QString group = unique("xrec-group");
        const QJsonObject created = m_bench.create(true, group);
        QVERIFY(!created.isEmpty());
        const QSet<QString> devices{unique("xrec-dev"), unique("xrec-dev")};
        for (const QString &device : devices) {
            const CliRun r = m_bench.cli.bare({"dps", "register", "--scope", m_bench.emulator.idScope(),
                                               "--registration-id", device, "--group", "--global-endpoint",
                                               m_bench.emulator.endpoint(), "--ca-file", m_bench.cli.caFile},
                                              keyOf(created, "primaryKey").toLatin1() + '\n');
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const NodeAnswer sdk = node({"records", group});
        QVERIFY2(sdk.exitCode == 0, sdk.stdErr.constData());
        QCOMPARE(idsIn(sdk.json.value("records"), "registrationId"), devices);
        const CliRun r = m_bench.enroll({"records", "--group-id", group, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray records = singleJsonObject(r.out).value("records").toArray();
        QCOMPARE(idsIn(records, "registrationId"), devices);
        for (const QJsonValue &record : records) {
            QCOMPARE(record.toObject().value("status").toString(), QString("assigned"));
            QCOMPARE(record.toObject().value("assignedHub").toString(), m_bench.emulator.hub());
        }
    }

    // No run printed a key or the connection string where it must not be: no process's argv held one.
    void noSecretInAnyArgv()
    {
        QVERIFY2(m_bench.argv.size() > 5, "the command lines were not sampled");
        for (const QByteArray &cmdline : std::as_const(m_bench.argv))
            QVERIFY2(m_bench.secretIn(cmdline).isEmpty(), cmdline.constData());
    }

    void cleanupTestCase() { m_bench.emulator.stop(); }
};

QTEST_GUILESS_MAIN(TestConformanceEnrollCli)
#include "tst_conformance_enroll_cli.moc"
