// A fleet's lasting values (issue 16 item 2): the state file read back as written, a damaged one refused
// with the member's name (every field's type and form checked), its mode 0600; the results as CSV (RFC
// 4180 quoting, no cell that a spreadsheet runs as a formula) and JSON with a summary.
#undef QT_NO_CAST_FROM_ASCII
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "engine/jobs/FleetResult.h"

using namespace eflow;

namespace {

jobs::FleetHostResult sample()
{
    jobs::FleetHostResult r;
    r.target = "ssh://admin@edge-01:2222";
    r.registrationId = "edge-01";
    r.outcome = jobs::FleetOutcome::Failed;
    r.phase = "provision";
    r.deployed = true;
    r.vmIp = "172.20.1.5";
    r.durationSeconds = 123.45;
    r.cause = "=HYPERLINK(\"x\"), said the host\nand more";
    r.fix = "-check the key";
    r.finishedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    return r;
}

QByteArray stateWith(const QJsonObject &host)
{
    return QJsonDocument(QJsonObject{{"version", 1}, {"hosts", QJsonArray{host}}}).toJson();
}

} // namespace

class TestFleetResult final : public QObject
{
    Q_OBJECT

private slots:
    void stateRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("fleet/state.json");
        QString error;
        QVERIFY2(jobs::FleetStateFile::save(path, "fleet.csv", {sample()}, &error), qPrintable(error));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        const auto loaded = jobs::FleetStateFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        const jobs::FleetHostResult r = loaded->value("ssh://admin@edge-01:2222");
        QCOMPARE(r.registrationId, QString("edge-01"));
        QCOMPARE(r.outcome, jobs::FleetOutcome::Failed);
        QVERIFY(r.deployed);
        QVERIFY(!r.provisioned);
        QCOMPARE(r.cause, sample().cause);
        QCOMPARE(r.finishedAt, sample().finishedAt);
        QVERIFY(qAbs(r.durationSeconds - 123.5) < 0.01);
        // No file: an empty state, not an error.
        QVERIFY(jobs::FleetStateFile::load(dir.filePath("none.json"), &error)->isEmpty());
    }

    void damagedStateIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        const QJsonObject good = sample().toJson();
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(key, value);
            return stateWith(o);
        };
        QTest::newRow("not JSON") << QByteArray("{\"version\":1,") << "is damaged";
        QTest::newRow("a list") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("version 2") << QByteArray(R"({"version":2,"hosts":[]})") << "version";
        QTest::newRow("version as text") << QByteArray(R"({"version":"1","hosts":[]})") << "version";
        QTest::newRow("hosts not a list") << QByteArray(R"({"version":1,"hosts":{}})") << "hosts: expected a list";
        QTest::newRow("host not an object") << QByteArray(R"({"version":1,"hosts":[1]})") << "hosts[0]: expected an object";
        QTest::newRow("outcome unknown") << with("outcome", "maybe") << "outcome";
        QTest::newRow("outcome a number") << with("outcome", 3) << "outcome";
        QTest::newRow("deployed as text") << with("deployed", "yes") << "deployed";
        QTest::newRow("phase unknown") << with("phase", "dance") << "phase";
        QTest::newRow("duration negative") << with("duration_s", -1) << "duration_s";
        QTest::newRow("duration text") << with("duration_s", "10") << "duration_s";
        QTest::newRow("finished_at no date") << with("finished_at", "yesterday") << "finished_at";
        QTest::newRow("cause endless") << with("cause", QString(9000, 'x')) << "cause";
        QTest::newRow("unknown member") << with("password", "x") << "password";
        QJsonObject noTarget = good;
        noTarget.remove("target");
        QTest::newRow("no target") << stateWith(noTarget) << "target";
    }

    void damagedStateIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!jobs::FleetStateFile::load(path, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(path) && error.contains("move it away"), qPrintable(error));
    }

    void resultsCsv()
    {
        jobs::FleetHostResult ok;
        ok.target = "demo:win11-pro/a";
        ok.registrationId = "a";
        ok.outcome = jobs::FleetOutcome::Provisioned;
        ok.deviceId = "a";
        ok.hub = "hub.azure-devices.net";
        const QString csv = QString::fromUtf8(jobs::fleetResultsCsv({ok, sample()}));
        const QStringList lines = csv.split("\r\n");
        QCOMPARE(lines.at(0), QString("target,registration_id,outcome,device_id,hub,vm_ip,duration_s,cause,fix,verification"));
        QCOMPARE(lines.at(1), QString("demo:win11-pro/a,a,provisioned,a,hub.azure-devices.net,,0.0,,,"));
        // Quoted (comma, quote, line break), and a cell that would run as a formula starts with '.
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\"), said the host\nand more\""), qPrintable(csv));
        QVERIFY2(csv.contains(",'-check the key,"), qPrintable(csv));
    }

    void resultsJson()
    {
        const QJsonObject doc = QJsonDocument::fromJson(jobs::fleetResultsJson({sample()})).object();
        QCOMPARE(doc.value("summary").toObject().value("hosts").toInt(), 1);
        QCOMPARE(doc.value("summary").toObject().value("failed").toInt(), 1);
        const QJsonObject host = doc.value("hosts").toArray().at(0).toObject();
        QCOMPARE(host.value("outcome").toString(), QString("failed"));
        QCOMPARE(host.value("vm_ip").toString(), QString("172.20.1.5"));
        QVERIFY(!host.contains("deployed")); // resume marks stay in the state file
    }

    void resultsNeedAKnownExtension()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!jobs::writeFleetResults(dir.filePath("results.txt"), {sample()}, &error));
        QVERIFY2(error.contains(".csv or .json"), qPrintable(error));
        QVERIFY(jobs::writeFleetResults(dir.filePath("r.JSON"), {sample()}, &error));
    }
};

QTEST_GUILESS_MAIN(TestFleetResult)
#include "tst_jobs_fleetresult.moc"
