// Fleet files (issue 16 item 1): CSV and JSON, every row checked before anything runs - targets, the
// registration ID after its pattern, the overrides' types, hosts and IDs listed twice, unknown columns,
// cells that look like keys (never echoed) - and each error names the file, the line and the column.
#undef QT_NO_CAST_FROM_ASCII
#include <QtTest>

#include "engine/jobs/FleetFile.h"
#include "engine/plan/DeploymentPlan.h"

using namespace eflow;

namespace {
const QByteArray groupKey = "q83vEjRWeJCrze8SNFZ4kAq83vEjRWeJCrze8SNFZ4k=";
}

class TestFleetFile final : public QObject
{
    Q_OBJECT

private slots:
    void readsCsv()
    {
        const QByteArray csv =
            "\xEF\xBB\xBFtarget,registration_id,memory_mb,switch,ip,gateway,prefix,dns\r\n"
            "# line 3 of the plant\r\n"
            "ssh://admin@Edge-03:2222,{hostname}-gw,4096,Line3,192.168.3.10,192.168.3.1,24,"
            "\"192.168.3.1;8.8.8.8\"\r\n"
            "\r\n"
            "demo:win11-pro/line-4,plant-{row},,,,,,\r\n";
        QString error;
        const auto fleet = jobs::parseFleetCsv(csv, "fleet.csv", &error);
        QVERIFY2(fleet, qPrintable(error));
        QCOMPARE(fleet->hosts.size(), 2);
        const jobs::FleetHost &a = fleet->hosts.at(0);
        QCOMPARE(a.line, 3);
        QCOMPARE(a.target.ssh.host, QString("edge-03")); // QUrl writes host names in lower case
        QCOMPARE(a.target.ssh.port, 2222);
        QCOMPARE(a.registrationId, QString("edge-03-gw"));
        QCOMPARE(a.memoryMb, std::optional<int>(4096));
        QCOMPARE(a.dnsServers, QStringList({"192.168.3.1", "8.8.8.8"}));
        const jobs::FleetHost &b = fleet->hosts.at(1);
        QCOMPARE(b.line, 5);
        QCOMPARE(b.target.machine, QString("line-4"));
        QCOMPARE(b.registrationId, QString("plant-2"));
        QVERIFY(!b.memoryMb);
        QVERIFY(b.secretRef.isEmpty());

        plan::DeploymentPlan plan;
        plan.vm.memoryMb = 2048;
        a.applyTo(plan);
        QCOMPARE(plan.provisioning.registrationId, QString("edge-03-gw"));
        QCOMPARE(plan.vm.memoryMb, 4096);
        QVERIFY(plan.network.staticIp);
        QCOMPARE(plan.network.ip4PrefixLength, std::optional<int>(24));
        QCOMPARE(plan.network.switchName, QString("Line3"));
    }

    void readsJson()
    {
        const QByteArray json = R"({"hosts":[
            {"target":"demo:win11-pro/a","registration_id":"{hostname}","memory_mb":3072,"dns":["10.0.0.1"]},
            {"target":"ssh://admin@10.0.0.7","registration_id":"dev-7","prefix":"16","secret_ref":"keychain:b"}]})";
        QString error;
        const auto fleet = jobs::parseFleetJson(json, "fleet.json", &error);
        QVERIFY2(fleet, qPrintable(error));
        QCOMPARE(fleet->hosts.size(), 2);
        QCOMPARE(fleet->hosts.at(0).registrationId, QString("a"));
        QCOMPARE(fleet->hosts.at(0).memoryMb, std::optional<int>(3072));
        QCOMPARE(fleet->hosts.at(1).ip4PrefixLength, std::optional<int>(16));
        QCOMPARE(fleet->hosts.at(1).secretRef, QString("keychain:b"));
    }

    void refusesCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("says");
        const QByteArray head = "target,registration_id\n";
        QTest::newRow("empty") << QByteArray("\n\n") << "fleet.csv: empty";
        QTest::newRow("header only") << head << "lists no host";
        QTest::newRow("unknown column") << QByteArray("target,registration_id,password\n")
                                        << "fleet.csv:1: column \"password\" is unknown";
        QTest::newRow("column twice") << QByteArray("target,target\n") << "given twice";
        QTest::newRow("too few cells") << head + "demo:win11-pro/a\n"
                                       << "fleet.csv:2: 1 cells, but the header has 2";
        QTest::newRow("no target") << head + ",dev-1\n"
                                   << "fleet.csv:2: target: every host needs a target";
        QTest::newRow("local target") << head + "local,dev-1\n"
                                      << "fleet.csv:2: target:";
        QTest::newRow("ssh with a password") << head + "ssh://a:pw@h,dev-1\n"
                                             << "no password";
        QTest::newRow("option-like ssh host") << head + "ssh://admin@-oProxyCommand=x,dev-1\n"
                                              << "starts with '-'";
        QTest::newRow("no registration ID") << head + "demo:win11-pro/a,\n"
                                            << "registration_id: every host needs";
        QTest::newRow("unknown pattern") << head + "demo:win11-pro/a,{serial}\n"
                                         << "{serial} is not a pattern";
        QTest::newRow("bad registration ID") << head + "demo:win11-pro/a,dev 1\n"
                                             << "fleet.csv:2: registration_id:";
        QTest::newRow("host twice") << head + "demo:win11-pro/a,d1\ndemo:win11-pro/a,d2\n"
                                    << "fleet.csv:3: target: demo:win11-pro/a is listed on line 2 already";
        QTest::newRow("ID twice, other case") << head + "demo:win11-pro/a,Dev-1\ndemo:win11-pro/b,dev-1\n"
                                              << "fleet.csv:3: registration_id: dev-1 is used on line 2";
        QTest::newRow("memory not a number")
            << QByteArray("target,registration_id,memory_mb\ndemo:win11-pro/a,d1,4GB\n")
            << "memory_mb: \"4GB\"";
        QTest::newRow("prefix 33") << QByteArray("target,registration_id,prefix\ndemo:win11-pro/a,d1,33\n")
                                   << "prefix: \"33\" is not a prefix length";
        QTest::newRow("IPv6 address")
            << QByteArray("target,registration_id,ip\ndemo:win11-pro/a,d1,fe80::1\n")
            << "ip: \"fe80::1\" is not an IPv4 address";
        QTest::newRow("short IPv4") << QByteArray(
                                           "target,registration_id,gateway\ndemo:win11-pro/a,d1,10.1\n")
                                    << "gateway: \"10.1\"";
        QTest::newRow("bad DNS in a list")
            << QByteArray("target,registration_id,dns\ndemo:win11-pro/a,d1,\"10.0.0.1;x\"\n") << "dns: \"x\"";
        QTest::newRow("secret_ref without a name")
            << QByteArray("target,registration_id,secret_ref\ndemo:win11-pro/a,d1,keychain:\n") << "secret_ref:";
        QTest::newRow("secret_ref not a reference")
            << QByteArray("target,registration_id,secret_ref\ndemo:win11-pro/a,d1,group-b\n") << "secret_ref:";
        QTest::newRow("secret_ref holding a key")
            << QByteArray("target,registration_id,secret_ref\ndemo:win11-pro/a,d1,") + groupKey + "\n"
            << "looks like a key";
        QTest::newRow("unclosed quote") << head + "\"demo:win11-pro/a,d1\n"
                                        << "fleet.csv:2: a quoted cell is never closed";
        QTest::newRow("control character") << head + "demo:win11-pro/a,d\x01\n"
                                           << "control character";
        QTest::newRow("a key in a cell") << head + "demo:win11-pro/a," + groupKey + "\n"
                                         << "looks like a key";
        QTest::newRow("a connection string")
            << head + "demo:win11-pro/a,\"HostName=h;SharedAccessKey=" + groupKey + "\"\n"
            << "looks like a key";
    }

    void refusesCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!jobs::parseFleetCsv(csv, "fleet.csv", &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QString::fromLatin1(groupKey)), qPrintable(error));
    }

    void refusesJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("{\"hosts\":[") << "not valid JSON";
        QTest::newRow("unknown member")
            << QByteArray(R"({"hosts":[],"key":"x"})") << "unknown member \"key\"";
        QTest::newRow("hosts not a list") << QByteArray(R"({"hosts":{}})") << "hosts: expected a list";
        QTest::newRow("host not an object") << QByteArray(R"([1])") << "hosts[0]: expected an object";
        QTest::newRow("memory as text with a unit")
            << QByteArray(R"([{"target":"demo:a/b","registration_id":"d","memory_mb":true}])")
            << "hosts[0].memory_mb: expected a whole number";
        QTest::newRow("fractional memory")
            << QByteArray(R"([{"target":"demo:a/b","registration_id":"d","memory_mb":1.5}])") << "memory_mb";
        QTest::newRow("target a number")
            << QByteArray(R"([{"target":5,"registration_id":"d"}])") << "hosts[0].target: expected a string";
        QTest::newRow("dns with a number")
            << QByteArray(R"([{"target":"demo:a/b","registration_id":"d","dns":[1]}])") << "hosts[0].dns";
        QTest::newRow("unknown key of a host")
            << QByteArray(R"([{"target":"demo:a/b","registration_id":"d","group_key":"x"}])")
            << "group_key: unknown";
        QTest::newRow("a member twice")
            << QByteArray(R"([{"target":"demo:a/b","target":"demo:a/c","registration_id":"d"}])")
            << "appears twice";
        QTest::newRow("second host repeats the first")
            << QByteArray(
                   R"([{"target":"demo:w/a","registration_id":"d"},{"target":"demo:w/a","registration_id":"e"}])")
            << "fleet.json host:2: target";
    }

    void refusesJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!jobs::parseFleetJson(json, "fleet.json", &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void capsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("target,registration_id\n");
        file.write(QByteArray(jobs::kMaxFleetFileBytes, 'x'));
        file.close();
        QString error;
        QVERIFY(!jobs::readFleetFile(path, &error));
        QVERIFY2(error.contains("larger than 4 MiB"), qPrintable(error));
        QVERIFY(!jobs::readFleetFile(dir.path(), &error));
        QVERIFY2(error.contains("folder"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFleetFile)
#include "tst_jobs_fleetfile.moc"
