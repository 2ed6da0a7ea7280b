#include <QDir>
#include <QFile>
#include <QtTest>

#include "engine/host/IotEdgeParsers.h"

using namespace eflow::host;

namespace {

// Recorded outputs live in tests/engine/data/host (reference/eflow.md §2.3, §5 samples and variants).
QString dataPath(const QString &name)
{
    return QStringLiteral(EFLOW_HOST_TEST_DATA) + QLatin1Char('/') + name;
}

QString readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestHostParsers final : public QObject
{
    Q_OBJECT

private slots:
    void iotedgeList_data();
    void iotedgeList();
    void iotedgeListRows_data();
    void iotedgeListRows();

    void checkJson_data();
    void checkJson();
    void checkJsonDetails();

    void checkText_data();
    void checkText();
    void checkTextDetails();

    void systemctl_data();
    void systemctl();

    void systemStatus_data();
    void systemStatus();

    void getEflowVm_data();
    void getEflowVm();

    void neverCrashesOnTruncation_data();
    void neverCrashesOnTruncation();

    void statusWordsRoundTrip();
};

// ---------------------------------------------------------------------------------------------

void TestHostParsers::iotedgeList_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("configHeader");

    QTest::newRow("1.1 header CONFIG")
        << readData(QStringLiteral("list_1_1.txt")) << true << 0 << 1 << QStringLiteral("CONFIG");
    QTest::newRow("1.4 header Config, every status")
        << readData(QStringLiteral("list_1_4.txt")) << true << 0 << 6 << QStringLiteral("Config");
    QTest::newRow("header only (no modules)")
        << readData(QStringLiteral("list_header_only.txt")) << true << 0 << 0 << QStringLiteral("Config");
    QTest::newRow("CRLF, tabs, odd spacing")
        << readData(QStringLiteral("list_odd_spacing.txt")) << true << 0 << 2 << QStringLiteral("CONFIG");
    QTest::newRow("truncated mid row")
        << readData(QStringLiteral("list_truncated.txt")) << false << 4 << 0 << QString();
    QTest::newRow("error text instead of list")
        << readData(QStringLiteral("list_malformed.txt")) << false << 1 << 0 << QString();
    QTest::newRow("empty") << QString() << false << 0 << 0 << QString();
    QTest::newRow("blank lines only") << QStringLiteral("\r\n\n  \n") << false << 0 << 0 << QString();
    QTest::newRow("header cut off") << QStringLiteral("NAME             STATUS           DESCRIP") << false
                                    << 1 << 0 << QString();
    QTest::newRow("too many columns") << QStringLiteral("NAME  STATUS  DESCRIPTION  CONFIG\n"
                                                        "a  running  Up  x  extra\n")
                                      << false << 2 << 0 << QString();
}

void TestHostParsers::iotedgeList()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);
    QFETCH(int, count);
    QFETCH(QString, configHeader);

    const auto r = parseIotEdgeList(input);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error.line, errorLine);
        QVERIFY(!r.error.message.isEmpty());
        return;
    }
    QCOMPARE(r.value.modules.size(), count);
    QCOMPARE(r.value.configHeader, configHeader);
}

void TestHostParsers::iotedgeListRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("image");

    const QString l11 = QStringLiteral("list_1_1.txt");
    const QString l14 = QStringLiteral("list_1_4.txt");
    const QString odd = QStringLiteral("list_odd_spacing.txt");
    QTest::newRow("1.1 docs sample") << l11 << 0 << QStringLiteral("edgeAgent") << QStringLiteral("running")
                                     << int(ModuleStatus::Running) << QStringLiteral("Up 2 minutes")
                                     << QStringLiteral("mcr.microsoft.com/azureiotedge-agent:1.0.6");
    QTest::newRow("long name touching status")
        << l14 << 0 << QStringLiteral("SimulatedTemperatureSensor") << QStringLiteral("stopped")
        << int(ModuleStatus::Stopped) << QStringLiteral("Stopped 3 minutes ago")
        << QStringLiteral("mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.0");
    QTest::newRow("failed with exit code")
        << l14 << 2 << QStringLiteral("edgeHub") << QStringLiteral("failed") << int(ModuleStatus::Failed)
        << QStringLiteral("Failed (139) 0 seconds ago")
        << QStringLiteral("mcr.microsoft.com/azureiotedge-hub:1.0");
    QTest::newRow("dead") << l14 << 3 << QStringLiteral("oldModule") << QStringLiteral("dead")
                          << int(ModuleStatus::Dead) << QStringLiteral("Stopped")
                          << QStringLiteral("contoso.azurecr.io/old:2");
    QTest::newRow("precise seconds") << l14 << 4 << QStringLiteral("tempModule") << QStringLiteral("running")
                                     << int(ModuleStatus::Running) << QStringLiteral("Up 9 seconds")
                                     << QStringLiteral("contoso.azurecr.io/temp:0.1");
    QTest::newRow("unknown") << l14 << 5 << QStringLiteral("weirdModule") << QStringLiteral("unknown")
                             << int(ModuleStatus::Unknown) << QStringLiteral("Unknown")
                             << QStringLiteral("contoso.azurecr.io/weird:latest");
    QTest::newRow("leading spaces") << odd << 0 << QStringLiteral("edgeAgent") << QStringLiteral("running")
                                    << int(ModuleStatus::Running) << QStringLiteral("Up a minute")
                                    << QStringLiteral("mcr.microsoft.com/azureiotedge-agent:1.1");
    QTest::newRow("tabs, trailing spaces")
        << odd << 1 << QStringLiteral("edgeHub") << QStringLiteral("running") << int(ModuleStatus::Running)
        << QStringLiteral("Up 11 hours") << QStringLiteral("mcr.microsoft.com/azureiotedge-hub:1.1");
}

void TestHostParsers::iotedgeListRows()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QString, statusText);
    QFETCH(int, status);
    QFETCH(QString, description);
    QFETCH(QString, image);

    const auto r = parseIotEdgeList(readData(file));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(row < r.value.modules.size());
    const IotEdgeModule &m = r.value.modules.at(row);
    QCOMPARE(m.name, name);
    QCOMPARE(m.statusText, statusText);
    QCOMPARE(int(m.status), status);
    QCOMPARE(m.description, description);
    QCOMPARE(m.image, image);
}

// ---------------------------------------------------------------------------------------------

void TestHostParsers::checkJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("okCount");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("fatal");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("ignored");

    QTest::newRow("1.4 every result kind")
        << QStringLiteral("check_1_4.json") << true << 0 << 12 << 5 << 2 << 2 << 1 << 1 << 1;
    QTest::newRow("1.1") << QStringLiteral("check_1_1.json") << true << 0 << 4 << 3 << 0 << 1 << 0 << 0 << 0;
    QTest::newRow("flat result, stderr noise first")
        << QStringLiteral("check_flat_with_noise.json") << true << 0 << 1 << 0 << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("truncated") << QStringLiteral("check_truncated.json") << false << 11 << 0 << 0 << 0 << 0
                               << 0 << 0 << 0;
    QTest::newRow("check without result")
        << QStringLiteral("check_missing_result.json") << false << 4 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("no checks object")
        << QStringLiteral("check_no_checks.json") << false << 1 << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("not JSON at all") << QStringLiteral("check_not_json.txt") << false << 0 << 0 << 0 << 0 << 0
                                     << 0 << 0 << 0;
}

void TestHostParsers::checkJson()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);
    QFETCH(int, total);
    QFETCH(int, okCount);
    QFETCH(int, warnings);
    QFETCH(int, errors);
    QFETCH(int, fatal);
    QFETCH(int, skipped);
    QFETCH(int, ignored);

    const auto r = parseIotEdgeCheckJson(readData(file));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error.line, errorLine);
        QVERIFY(!r.error.message.isEmpty());
        return;
    }
    QCOMPARE(r.value.totalChecks(), total);
    QCOMPARE(r.value.count(CheckResultKind::Ok), okCount);
    QCOMPARE(r.value.count(CheckResultKind::Warning), warnings);
    QCOMPARE(r.value.count(CheckResultKind::Error), errors);
    QCOMPARE(r.value.count(CheckResultKind::Fatal), fatal);
    QCOMPARE(r.value.count(CheckResultKind::Skipped), skipped);
    QCOMPARE(r.value.count(CheckResultKind::Ignored), ignored);
    QCOMPARE(r.value.count(CheckResultKind::Unknown), 0);
}

void TestHostParsers::checkJsonDetails()
{
    const auto r = parseIotEdgeCheckJson(readData(QStringLiteral("check_1_4.json")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const auto &sections = r.value.sections;
    QCOMPARE(sections.size(), 4);
    QCOMPARE(sections.at(0).name, QStringLiteral("Configuration checks (aziot-identity-service)"));
    QCOMPARE(sections.at(0).checks.at(0).id, QStringLiteral("keyd-config-well-formed"));
    QCOMPARE(sections.at(1).name, QStringLiteral("Connectivity checks (aziot-identity-service)"));
    QCOMPARE(sections.at(2).name, QStringLiteral("Configuration checks"));
    QCOMPARE(sections.at(3).name, QStringLiteral("Other checks"));
    QCOMPARE(sections.at(3).checks.at(0).id, QStringLiteral("future-check-id"));

    const IotEdgeCheck *dns = nullptr;
    const IotEdgeCheck *identityd = nullptr;
    for (const auto &s : sections) {
        for (const auto &c : s.checks) {
            if (c.id == QLatin1String("container-engine-dns"))
                dns = &c;
            if (c.id == QLatin1String("identityd-config-well-formed"))
                identityd = &c;
        }
    }
    QVERIFY(dns && identityd);
    QCOMPARE(dns->description, QStringLiteral("DNS server"));
    QCOMPARE(dns->kind, CheckResultKind::Warning);
    QCOMPARE(dns->details.size(), 1);
    QCOMPARE(identityd->kind, CheckResultKind::Fatal);
    QCOMPARE(identityd->details, QStringList({QStringLiteral("config.toml is not well-formed"),
                                              QStringLiteral("missing field `provisioning`")}));
    QCOMPARE(r.value.additionalInfo.value(QStringLiteral("aziot_edged_version")).toString(),
             QStringLiteral("1.4.9"));
    QCOMPARE(r.value.succeeded, -1); // JSON has no footer

    // 1.1 ids are grouped by the 1.1 table: "hostname" belongs to "Configuration checks" there.
    const auto legacy = parseIotEdgeCheckJson(readData(QStringLiteral("check_1_1.json")));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error.message));
    QCOMPARE(legacy.value.sections.size(), 2);
    QCOMPARE(legacy.value.sections.at(0).name, QStringLiteral("Configuration checks"));
    QCOMPARE(legacy.value.sections.at(0).checks.at(2).description,
             QStringLiteral("config.yaml has correct hostname"));
    QCOMPARE(legacy.value.sections.at(1).checks.at(0).details.value(0),
             QStringLiteral("Could not connect to myhub.azure-devices.net:5671"));
}

// ---------------------------------------------------------------------------------------------

void TestHostParsers::checkText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("okCount");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("skipped");

    QTest::newRow("1.4 sample (#219 + docs)")
        << QStringLiteral("check_1_4_text.txt") << true << 0 << 4 << 27 << 20 << 2 << 4 << 1;
    QTest::newRow("1.1 sample (azure-docs#50665)")
        << QStringLiteral("check_1_1_text.txt") << true << 0 << 2 << 14 << 12 << 1 << 1 << 0;
    QTest::newRow("markers mangled by code page")
        << QStringLiteral("check_mangled_markers.txt") << true << 0 << 2 << 14 << 12 << 1 << 1 << 0;
    QTest::newRow("cut off inside a check line")
        << QStringLiteral("check_truncated_text.txt") << false << 13 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("cut off before the summary")
        << QStringLiteral("check_truncated_nosummary.txt") << false << 25 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("unexpected line") << QStringLiteral("check_malformed_text.txt") << false << 3 << 0 << 0
                                     << 0 << 0 << 0 << 0;
    QTest::newRow("command not found")
        << QStringLiteral("check_not_json.txt") << false << 1 << 0 << 0 << 0 << 0 << 0 << 0;
}

void TestHostParsers::checkText()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);
    QFETCH(int, sections);
    QFETCH(int, total);
    QFETCH(int, okCount);
    QFETCH(int, warnings);
    QFETCH(int, errors);
    QFETCH(int, skipped);

    const auto r = parseIotEdgeCheckText(readData(file));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error.line, errorLine);
        QVERIFY(!r.error.message.isEmpty());
        return;
    }
    QCOMPARE(r.value.sections.size(), sections);
    QCOMPARE(r.value.totalChecks(), total);
    QCOMPARE(r.value.count(CheckResultKind::Ok), okCount);
    QCOMPARE(r.value.count(CheckResultKind::Warning), warnings);
    QCOMPARE(r.value.count(CheckResultKind::Error), errors);
    QCOMPARE(r.value.count(CheckResultKind::Skipped), skipped);
    // The footer agrees with what was counted line by line.
    QCOMPARE(r.value.succeeded, okCount);
    QCOMPARE(r.value.warnings, warnings);
    QCOMPARE(r.value.errors, errors);
}

void TestHostParsers::checkTextDetails()
{
    const auto r = parseIotEdgeCheckText(readData(QStringLiteral("check_1_4_text.txt")));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const IotEdgeCheckSection &config = r.value.sections.at(2);
    QCOMPARE(config.name, QStringLiteral("Configuration checks"));
    const IotEdgeCheck &mgmt = config.checks.at(3);
    QCOMPARE(mgmt.id, QStringLiteral("connect-management-uri"));
    QCOMPARE(mgmt.kind, CheckResultKind::Error);
    QCOMPARE(mgmt.details.size(), 2);
    QVERIFY(mgmt.details.at(1).endsWith(QLatin1String("Temporary failure in name resolution.")));
    const IotEdgeCheck &dns = config.checks.at(6);
    QCOMPARE(dns.id, QStringLiteral("container-engine-dns"));
    QCOMPARE(dns.kind, CheckResultKind::Warning);
    QCOMPARE(dns.details.size(), 3);
    const IotEdgeCheck &proxy = config.checks.last();
    QCOMPARE(proxy.id, QStringLiteral("proxy-settings"));
    QCOMPARE(proxy.kind, CheckResultKind::Skipped);
    QCOMPARE(r.value.skipped, 1);

    const auto legacy = parseIotEdgeCheckText(readData(QStringLiteral("check_1_1_text.txt")));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error.message));
    QCOMPARE(legacy.value.sections.at(0).checks.at(0).id, QStringLiteral("config-yaml-well-formed"));
    QCOMPARE(legacy.value.sections.at(0).checks.at(6).id, QStringLiteral("host-local-time"));
}

// ---------------------------------------------------------------------------------------------

void TestHostParsers::systemctl_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("activeText");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("since");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<int>("logLines");

    QTest::newRow("1.1 iotedge (azure-docs#54502)")
        << QStringLiteral("systemctl_iotedge_1_1.txt") << true << 0 << QStringLiteral("iotedge.service")
        << QStringLiteral("active (running)") << int(ServiceState::Active)
        << QStringLiteral("Sat 2020-05-09 18:02:09 UTC") << qint64(14546) << 0;
    QTest::newRow("1.4 aziot-edged failed, x mark (systemd 248+, UTF-8)")
        << QStringLiteral("systemctl_aziot_edged_failed.txt") << true << 0
        << QStringLiteral("aziot-edged.service") << QStringLiteral("failed (Result: exit-code)")
        << int(ServiceState::Failed) << QStringLiteral("Sat 2026-11-28 14:58:40 UTC") << qint64(1201) << 2;
    QTest::newRow("1.4 aziot-edged failed, x mark (no UTF-8 locale)")
        << QStringLiteral("systemctl_aziot_edged_failed_ascii.txt") << true << 0
        << QStringLiteral("aziot-edged.service") << QStringLiteral("failed (Result: exit-code)")
        << int(ServiceState::Failed) << QStringLiteral("Sat 2026-11-28 14:58:40 UTC") << qint64(1201) << 2;
    QTest::newRow("activating (auto-restart)")
        << QStringLiteral("systemctl_aziot_edged_restart.txt") << true << 0
        << QStringLiteral("aziot-edged.service")
        << QStringLiteral("activating (auto-restart) (Result: exit-code)") << int(ServiceState::Activating)
        << QStringLiteral("Sat 2026-11-28 15:00:12 UTC") << qint64(0) << 0;
    QTest::newRow("cut off before Active:") << QStringLiteral("systemctl_truncated.txt") << false << 2
                                            << QString() << QString() << 0 << QString() << qint64(0) << 0;
    QTest::newRow("unit not found") << QStringLiteral("systemctl_malformed.txt") << false << 1 << QString()
                                    << QString() << 0 << QString() << qint64(0) << 0;
    QTest::newRow("not systemctl output") << QStringLiteral("system_status_ok.txt") << false << 1 << QString()
                                          << QString() << 0 << QString() << qint64(0) << 0;
}

void TestHostParsers::systemctl()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);
    QFETCH(QString, unit);
    QFETCH(QString, activeText);
    QFETCH(int, state);
    QFETCH(QString, since);
    QFETCH(qint64, pid);
    QFETCH(int, logLines);

    const auto r = parseSystemctlStatus(readData(file));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error.line, errorLine);
        QVERIFY(!r.error.message.isEmpty());
        return;
    }
    QCOMPARE(r.value.unit, unit);
    QCOMPARE(r.value.description, QStringLiteral("Azure IoT Edge daemon"));
    QCOMPARE(r.value.activeText, activeText);
    QCOMPARE(int(r.value.state), state);
    QCOMPARE(r.value.since, since);
    QCOMPARE(r.value.mainPid, pid);
    QCOMPARE(r.value.logLines.size(), logLines);
    QVERIFY(r.value.loaded.startsWith(QLatin1String("loaded (")));
}

// ---------------------------------------------------------------------------------------------

void TestHostParsers::systemStatus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("healthy");
    QTest::addColumn<int>("edgedState");
    QTest::addColumn<QString>("edgedReason");
    QTest::addColumn<int>("identitydLogLines");

    QTest::newRow("healthy (reference sample)") << QStringLiteral("system_status_ok.txt") << true << 0 << 5
                                                << true << int(ServiceState::Active) << QString() << 0;
    QTest::newRow("down with journal tail")
        << QStringLiteral("system_status_down.txt") << true << 0 << 5 << false << int(ServiceState::Failed)
        << QStringLiteral("socket error") << 2;
    QTest::newRow("cut off in a row")
        << QStringLiteral("system_status_truncated.txt") << false << 3 << 0 << false << 0 << QString() << 0;
    QTest::newRow("1.1 CLI has no 'system'")
        << QStringLiteral("system_status_malformed.txt") << false << 1 << 0 << false << 0 << QString() << 0;
    QTest::newRow("header only") << QStringLiteral("list_malformed.txt") << false << 1 << 0 << false << 0
                                 << QString() << 0;
}

void TestHostParsers::systemStatus()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);
    QFETCH(int, count);
    QFETCH(bool, healthy);
    QFETCH(int, edgedState);
    QFETCH(QString, edgedReason);
    QFETCH(int, identitydLogLines);

    const auto r = parseIotEdgeSystemStatus(readData(file));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error.line, errorLine);
        QVERIFY(!r.error.message.isEmpty());
        return;
    }
    QCOMPARE(r.value.services.size(), count);
    QCOMPARE(r.value.allHealthy(), healthy);
    QCOMPARE(r.value.services.at(0).unit, QStringLiteral("aziot-edged.service"));
    QCOMPARE(int(r.value.services.at(0).state), edgedState);
    QCOMPARE(r.value.services.at(0).subState, edgedReason);
    QCOMPARE(r.value.services.at(1).logLines.size(), identitydLogLines);
    QCOMPARE(r.value.services.at(4).state, ServiceState::Inactive); // tpmd "Ready": socket-activated
}

// ---------------------------------------------------------------------------------------------

void TestHostParsers::getEflowVm_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("vmName");
    QTest::addColumn<int>("power");
    QTest::addColumn<QString>("iotEdge");
    QTest::addColumn<QString>("moby");
    QTest::addColumn<qint64>("totalMem");
    QTest::addColumn<qint64>("availableStorage");
    QTest::addColumn<int>("cpuCount");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<int>("configuredMemory");
    QTest::addColumn<int>("systemCtlLines");

    QTest::newRow("1.4, -Depth 5") << QStringLiteral("get_eflowvm_depth5.json") << true << 0
                                   << QStringLiteral("DESKTOP-G5K33IS-EFLOW") << int(VmPowerState::Running)
                                   << QStringLiteral("1.4.9") << QStringLiteral("20.10.14") << qint64(1949)
                                   << qint64(6940) << 2 << QStringLiteral("5.15.125.1-2.cm2") << 2048 << 3;
    QTest::newRow("1.1, default depth (@{} strings)")
        << QStringLiteral("get_eflowvm_default_depth.json") << true << 0 << QStringLiteral("NUC-EFLOW")
        << int(VmPowerState::Off) << QStringLiteral("1.1.3") << QStringLiteral("19.03.15+azure")
        << qint64(984) << qint64(7796) << 1 << QStringLiteral("5.10.16.1-1.cm1") << 1024 << 0;
    QTest::newRow("truncated") << QStringLiteral("get_eflowvm_truncated.json") << false << 10 << QString()
                               << 0 << QString() << QString() << qint64(0) << qint64(0) << 0 << QString() << 0
                               << 0;
    QTest::newRow("a string, not an object")
        << QStringLiteral("get_eflowvm_not_object.json") << false << 1 << QString() << 0 << QString()
        << QString() << qint64(0) << qint64(0) << 0 << QString() << 0 << 0;
    QTest::newRow("another cmdlet's object")
        << QStringLiteral("get_eflowvm_wrong_object.json") << false << 1 << QString() << 0 << QString()
        << QString() << qint64(0) << qint64(0) << 0 << QString() << 0 << 0;
    QTest::newRow("cmdlet error text")
        << QStringLiteral("get_eflowvm_error_text.txt") << false << 1 << QString() << 0 << QString()
        << QString() << qint64(0) << qint64(0) << 0 << QString() << 0 << 0;
}

void TestHostParsers::getEflowVm()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);
    QFETCH(QString, vmName);
    QFETCH(int, power);
    QFETCH(QString, iotEdge);
    QFETCH(QString, moby);
    QFETCH(qint64, totalMem);
    QFETCH(qint64, availableStorage);
    QFETCH(int, cpuCount);
    QFETCH(QString, kernel);
    QFETCH(int, configuredMemory);
    QFETCH(int, systemCtlLines);

    const auto r = parseGetEflowVmJson(readData(file));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error.line, errorLine);
        QVERIFY(!r.error.message.isEmpty());
        return;
    }
    const EflowVmStatus &s = r.value;
    QCOMPARE(s.vmName, vmName);
    QCOMPARE(s.computerName, vmName);
    QCOMPARE(int(s.powerState), power);
    QCOMPARE(s.iotEdgeVersion, iotEdge);
    QCOMPARE(s.mobyEngineVersion, moby);
    QCOMPARE(s.totalMemMb, totalMem);
    QCOMPARE(s.availableStorageMb, availableStorage);
    QCOMPARE(s.cpuCount, cpuCount);
    QCOMPARE(s.kernelVersion, kernel);
    QCOMPARE(s.configuredMemoryMb, configuredMemory);
    QCOMPARE(s.configuredCpuCount, cpuCount);
    QCOMPARE(s.systemCtlStatusLines.size(), systemCtlLines);
    if (systemCtlLines > 0) {
        // The embedded lines are the same `systemctl status` shape the panel parses.
        const auto status = parseSystemctlStatus(s.systemCtlStatusLines.join(QLatin1Char('\n')));
        QVERIFY2(status.ok(), qPrintable(status.error.message));
        QCOMPARE(status.value.activeText, QStringLiteral("active (running)"));
        const auto list = parseIotEdgeList(s.moduleListLines.join(QLatin1Char('\n')));
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QCOMPARE(list.value.modules.size(), 1);
    }
}

// ---------------------------------------------------------------------------------------------

// Every parser over every prefix of every recorded output: a cut-off answer from the VM must give
// a result or an error with a line inside the input, never a crash (ASan/UBSan watch this).
void TestHostParsers::neverCrashesOnTruncation_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(EFLOW_HOST_TEST_DATA)).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestHostParsers::neverCrashesOnTruncation()
{
    QFETCH(QString, file);
    const QString full = readData(file);
    const int lineCount = int(full.count(QLatin1Char('\n'))) + 1;
    int failures = 0;
    for (qsizetype n = 0; n <= full.size(); n += 3) {
        const QString prefix = full.left(n);
        const ParseError errors[] = {
            parseIotEdgeList(prefix).error,         parseIotEdgeCheckJson(prefix).error,
            parseIotEdgeCheckText(prefix).error,    parseSystemctlStatus(prefix).error,
            parseIotEdgeSystemStatus(prefix).error, parseGetEflowVmJson(prefix).error,
        };
        for (const ParseError &e : errors) {
            if (e.message.isEmpty())
                continue;
            ++failures;
            QVERIFY2(e.line >= 0 && e.line <= lineCount, qPrintable(e.message));
        }
    }
    QVERIFY(failures > 0); // at least the empty prefix is refused by every parser
}

// The words reports and exports print are the ones the parsers read back, for every value.
void TestHostParsers::statusWordsRoundTrip()
{
    using eflow::host::CheckResultKind;
    using eflow::host::ModuleStatus;
    for (ModuleStatus s : {ModuleStatus::Unknown, ModuleStatus::Running, ModuleStatus::Stopped,
                           ModuleStatus::Failed, ModuleStatus::Dead, ModuleStatus::Backoff})
        QCOMPARE(eflow::host::moduleStatusFromText(eflow::host::moduleStatusKey(s)), s);
    for (CheckResultKind k :
         {CheckResultKind::Unknown, CheckResultKind::Ok, CheckResultKind::Warning, CheckResultKind::Error,
          CheckResultKind::Skipped, CheckResultKind::Fatal, CheckResultKind::Ignored})
        QCOMPARE(eflow::host::checkResultKindFromText(eflow::host::checkResultKindKey(k)), k);
    QCOMPARE(eflow::host::moduleStatusKey(ModuleStatus::Backoff), QStringLiteral("backoff"));
    QCOMPARE(eflow::host::checkResultKindKey(CheckResultKind::Fatal), QStringLiteral("fatal"));
    QCOMPARE(eflow::host::moduleStatusFromText(QStringLiteral(" Running ")), ModuleStatus::Running);
}

QTEST_GUILESS_MAIN(TestHostParsers)
#include "tst_host_parsers.moc"
