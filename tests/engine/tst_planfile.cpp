#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/plan/PlanFile.h"
#include "engine/plan/Validation.h"

using namespace eflow::plan;

namespace {

DeploymentPlan fullPlan()
{
    DeploymentPlan p;
    p.release = EflowRelease::Lts1_4;
    p.eulaAccepted = true;
    p.optionalTelemetry = true;
    p.vm.cpuCount = 4;
    p.vm.memoryMb = 4096;
    p.vm.diskSizeGb = 64;
    p.vm.dataSizeGb = 20;
    p.vm.logSize = VmLogSize::Large;
    p.network.switchName = QStringLiteral("EFLOW-Int");
    p.network.switchType = VSwitchType::Internal;
    p.network.staticIp = true;
    p.network.ip4Address = QStringLiteral("172.20.0.2");
    p.network.ip4PrefixLength = 24;
    p.network.ip4GatewayAddress = QStringLiteral("172.20.0.1");
    p.network.dnsServers = {QStringLiteral("1.1.1.1"), QStringLiteral("8.8.8.8")};
    p.gpu.type = GpuPassthrough::DirectDeviceAssignment;
    p.gpu.name = QStringLiteral("NVIDIA Tesla T4");
    p.gpu.count = 2;
    p.install.msiPath = QStringLiteral("D:\\media\\AzureIoTEdge.msi");
    p.install.downloadUrl = QStringLiteral("https://aka.ms/AzEFLOWMSI_1_4_LTS_X64");
    p.install.installDir = QStringLiteral("D:\\EFLOW");
    p.install.vhdxDir = QStringLiteral("D:\\EFLOW-VHDX");
    p.switchCreation.create = true;
    p.switchCreation.name = QStringLiteral("EFLOW-Int");
    p.switchCreation.hostAddress = QStringLiteral("172.20.0.1");
    p.switchCreation.prefixLength = 24;
    ProvisioningSettings &v = p.provisioning;
    v.type = ProvisioningType::DpsSymmetricKey;
    v.globalEndpoint = QStringLiteral("https://global.azure-devices-provisioning.net");
    v.idScope = QStringLiteral("0ne00000A0A");
    v.registrationId = QStringLiteral("line-3-press");
    v.keySource = SymmetricKeySource::GroupEnrollment;
    v.enrollmentGroupId = QStringLiteral("factory-a");
    v.iotHubHostname = QStringLiteral("hub.azure-devices.net");
    v.deviceId = QStringLiteral("press-3");
    v.identityCertPath = QStringLiteral("C:\\certs\\device.pem");
    v.identityPrivKeyPath = QStringLiteral("C:\\certs\\device.key.pem");
    v.secretRef = QStringLiteral("keychain:factory-a");
    return p;
}

void comparePlans(const DeploymentPlan &a, const DeploymentPlan &b)
{
    QCOMPARE(a.release, b.release);
    QCOMPARE(a.eulaAccepted, b.eulaAccepted);
    QCOMPARE(a.optionalTelemetry, b.optionalTelemetry);
    QCOMPARE(a.vm.cpuCount, b.vm.cpuCount);
    QCOMPARE(a.vm.memoryMb, b.vm.memoryMb);
    QCOMPARE(a.vm.diskSizeGb, b.vm.diskSizeGb);
    QCOMPARE(a.vm.dataSizeGb, b.vm.dataSizeGb);
    QCOMPARE(a.vm.logSize, b.vm.logSize);
    QCOMPARE(a.network.switchName, b.network.switchName);
    QCOMPARE(a.network.switchType, b.network.switchType);
    QCOMPARE(a.network.staticIp, b.network.staticIp);
    QCOMPARE(a.network.ip4Address, b.network.ip4Address);
    QCOMPARE(a.network.ip4PrefixLength, b.network.ip4PrefixLength);
    QCOMPARE(a.network.ip4GatewayAddress, b.network.ip4GatewayAddress);
    QCOMPARE(a.network.dnsServers, b.network.dnsServers);
    QCOMPARE(a.gpu.type, b.gpu.type);
    QCOMPARE(a.gpu.name, b.gpu.name);
    QCOMPARE(a.gpu.count, b.gpu.count);
    QCOMPARE(a.install.msiPath, b.install.msiPath);
    QCOMPARE(a.install.downloadUrl, b.install.downloadUrl);
    QCOMPARE(a.install.installDir, b.install.installDir);
    QCOMPARE(a.install.vhdxDir, b.install.vhdxDir);
    QCOMPARE(a.switchCreation.create, b.switchCreation.create);
    QCOMPARE(a.switchCreation.name, b.switchCreation.name);
    QCOMPARE(a.switchCreation.hostAddress, b.switchCreation.hostAddress);
    QCOMPARE(a.switchCreation.prefixLength, b.switchCreation.prefixLength);
    const ProvisioningSettings &x = a.provisioning;
    const ProvisioningSettings &y = b.provisioning;
    QCOMPARE(x.type, y.type);
    QCOMPARE(x.globalEndpoint, y.globalEndpoint);
    QCOMPARE(x.idScope, y.idScope);
    QCOMPARE(x.registrationId, y.registrationId);
    QCOMPARE(x.keySource, y.keySource);
    QCOMPARE(x.enrollmentGroupId, y.enrollmentGroupId);
    QCOMPARE(x.iotHubHostname, y.iotHubHostname);
    QCOMPARE(x.deviceId, y.deviceId);
    QCOMPARE(x.identityCertPath, y.identityCertPath);
    QCOMPARE(x.identityPrivKeyPath, y.identityPrivKeyPath);
    QCOMPARE(x.secretRef, y.secretRef);
}

QJsonValue setAt(const QJsonValue &root, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    QJsonObject object = root.toObject();
    object[step] = setAt(object.value(step), steps, value);
    return object;
}

QJsonObject withValue(const QString &path, const QJsonValue &value)
{
    return setAt(planToJson(fullPlan()), path.split(u'.'), value).toObject();
}

} // namespace

class tst_PlanFile final : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void everyFieldWritten();
    void defaultsForAbsentSections();
    void refused_data();
    void refused();
    void secretKeys_data();
    void secretKeys();
    void secretNeverEchoed();
    void saveAndLoad();
    void fileErrors_data();
    void fileErrors();
    void sameKeyInDifferentObjectsLoads();
    void badSwitchCreationRefusedByCheckPlan_data();
    void badSwitchCreationRefusedByCheckPlan();
};

void tst_PlanFile::jsonRoundTrip()
{
    const DeploymentPlan plan = fullPlan();
    QString error = QStringLiteral("stale");
    const auto back = planFromJson(planToJson(plan), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    comparePlans(*back, plan);

    // The default plan survives too (no release, no optional sizes, default GPU None).
    const auto defaults = planFromJson(planToJson(DeploymentPlan{}), &error);
    QVERIFY2(defaults.has_value(), qPrintable(error));
    comparePlans(*defaults, DeploymentPlan{});
}

void tst_PlanFile::everyFieldWritten()
{
    const QJsonObject json = planToJson(fullPlan());
    QCOMPARE(json.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("release")).toString(), QStringLiteral("1.4"));
    const QJsonObject vm = json.value(QStringLiteral("vm")).toObject();
    QCOMPARE(vm.value(QStringLiteral("logSize")).toString(), QStringLiteral("Large"));
    QCOMPARE(vm.value(QStringLiteral("dataSizeGb")).toInt(), 20);
    const QJsonObject net = json.value(QStringLiteral("network")).toObject();
    QCOMPARE(net.value(QStringLiteral("switchType")).toString(), QStringLiteral("Internal"));
    QCOMPARE(net.value(QStringLiteral("dnsServers")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("gpu")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("DirectDeviceAssignment"));
    const QJsonObject prov = json.value(QStringLiteral("provisioning")).toObject();
    QCOMPARE(prov.value(QStringLiteral("type")).toString(), QStringLiteral("DpsSymmetricKey"));
    QCOMPARE(prov.value(QStringLiteral("keySource")).toString(), QStringLiteral("group"));
    QCOMPARE(prov.value(QStringLiteral("secretRef")).toString(), QStringLiteral("keychain:factory-a"));
    QCOMPARE(prov.keys().size(), 11);
    QStringList sections = json.keys();
    sections.sort();
    QCOMPARE(sections,
             (QStringList{QStringLiteral("eulaAccepted"), QStringLiteral("gpu"), QStringLiteral("install"),
                          QStringLiteral("network"), QStringLiteral("optionalTelemetry"),
                          QStringLiteral("provisioning"), QStringLiteral("release"), QStringLiteral("schema"),
                          QStringLiteral("switchCreation"), QStringLiteral("vm")}));
}

void tst_PlanFile::defaultsForAbsentSections()
{
    QString error;
    const auto plan = planFromJson(
        QJsonObject{{QStringLiteral("schema"), 1},
                    {QStringLiteral("release"), QStringLiteral("1.5")},
                    {QStringLiteral("vm"), QJsonObject{{QStringLiteral("cpuCount"), 2},
                                                       {QStringLiteral("diskSizeGb"), QJsonValue::Null}}},
                    {QStringLiteral("provisioning"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("DpsTPM")}}}},
        &error);
    QVERIFY2(plan.has_value(), qPrintable(error));
    QCOMPARE(plan->release, EflowRelease::Lts1_5);
    QCOMPARE(plan->vm.cpuCount, 2);
    QVERIFY(!plan->vm.diskSizeGb.has_value());
    QCOMPARE(plan->gpu.type, GpuPassthrough::None);
    QCOMPARE(plan->switchCreation.prefixLength, 24);
    QVERIFY(!plan->eulaAccepted);
    // The module spells it DpsTPM; either case is read.
    QCOMPARE(plan->provisioning.type, ProvisioningType::DpsTpm);
}

void tst_PlanFile::refused_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("error");

    const auto row = [](const char *path, const QJsonValue &value, const char *error) {
        QTest::newRow(path) << withValue(QString::fromLatin1(path), value) << QString::fromUtf8(error);
    };
    row("release", QJsonValue(1.4), "release: expected a string.");
    row("eulaAccepted", QJsonValue(QStringLiteral("Yes")), "eulaAccepted: expected true or false.");
    row("optionalTelemetry", QJsonValue(1), "optionalTelemetry: expected true or false.");
    row("vm", QJsonValue(QJsonArray()), "vm: expected an object.");
    row("vm.cpuCount", QJsonValue(QStringLiteral("2")), "vm.cpuCount: expected a number.");
    row("vm.memoryMb", QJsonValue(2048.5), "vm.memoryMb: expected a whole number, got 2048.5.");
    row("vm.diskSizeGb", QJsonValue(true), "vm.diskSizeGb: expected a number.");
    row("vm.dataSizeGb", QJsonValue(QStringLiteral("10")), "vm.dataSizeGb: expected a number.");
    row("vm.logSize", QJsonValue(6), "vm.logSize: expected a string.");
    row("network", QJsonValue(QStringLiteral("dhcp")), "network: expected an object.");
    row("network.switchName", QJsonValue(1), "network.switchName: expected a string.");
    row("network.switchType", QJsonValue(false), "network.switchType: expected a string.");
    row("network.staticIp", QJsonValue(QStringLiteral("true")), "network.staticIp: expected true or false.");
    row("network.ip4Address", QJsonValue(3232235522.0), "network.ip4Address: expected a string.");
    row("network.ip4PrefixLength", QJsonValue(QStringLiteral("24")),
        "network.ip4PrefixLength: expected a number.");
    row("network.ip4GatewayAddress", QJsonValue(QJsonArray()),
        "network.ip4GatewayAddress: expected a string.");
    row("network.dnsServers", QJsonValue(QStringLiteral("1.1.1.1")),
        "network.dnsServers: expected a list of strings.");
    row("gpu", QJsonValue(true), "gpu: expected an object.");
    row("gpu.type", QJsonValue(1), "gpu.type: expected a string.");
    row("gpu.name", QJsonValue(QJsonObject()), "gpu.name: expected a string.");
    row("gpu.count", QJsonValue(QStringLiteral("one")), "gpu.count: expected a number.");
    row("install", QJsonValue(0), "install: expected an object.");
    row("install.msiPath", QJsonValue(0), "install.msiPath: expected a string.");
    row("install.downloadUrl", QJsonValue(true), "install.downloadUrl: expected a string.");
    row("install.installDir", QJsonValue(0), "install.installDir: expected a string.");
    row("install.vhdxDir", QJsonValue(0), "install.vhdxDir: expected a string.");
    row("switchCreation", QJsonValue(true), "switchCreation: expected an object.");
    row("switchCreation.create", QJsonValue(QStringLiteral("yes")),
        "switchCreation.create: expected true or false.");
    row("switchCreation.name", QJsonValue(0), "switchCreation.name: expected a string.");
    row("switchCreation.hostAddress", QJsonValue(0), "switchCreation.hostAddress: expected a string.");
    row("switchCreation.prefixLength", QJsonValue(24.2),
        "switchCreation.prefixLength: expected a whole number, got 24.2.");
    row("provisioning", QJsonValue(QJsonArray()), "provisioning: expected an object.");
    row("provisioning.type", QJsonValue(0), "provisioning.type: expected a string.");
    row("provisioning.globalEndpoint", QJsonValue(0), "provisioning.globalEndpoint: expected a string.");
    row("provisioning.idScope", QJsonValue(0), "provisioning.idScope: expected a string.");
    row("provisioning.registrationId", QJsonValue(0), "provisioning.registrationId: expected a string.");
    row("provisioning.keySource", QJsonValue(true), "provisioning.keySource: expected a string.");
    row("provisioning.enrollmentGroupId", QJsonValue(0),
        "provisioning.enrollmentGroupId: expected a string.");
    row("provisioning.iotHubHostname", QJsonValue(0), "provisioning.iotHubHostname: expected a string.");
    row("provisioning.deviceId", QJsonValue(0), "provisioning.deviceId: expected a string.");
    row("provisioning.identityCertPath", QJsonValue(0), "provisioning.identityCertPath: expected a string.");
    row("provisioning.identityPrivKeyPath", QJsonValue(0),
        "provisioning.identityPrivKeyPath: expected a string.");
    row("provisioning.secretRef", QJsonValue(0), "provisioning.secretRef: expected a string.");

    // Unknown enum words.
    QTest::newRow("release word") << withValue(QStringLiteral("release"), QStringLiteral("1.2"))
                                  << QStringLiteral("release: '1.2' is not one of 1.5, 1.4, 1.1.");
    QTest::newRow("logSize word") << withValue(QStringLiteral("vm.logSize"), QStringLiteral("Medium"))
                                  << QStringLiteral("vm.logSize: 'Medium' is not one of Small, Large.");
    QTest::newRow("switchType word") << withValue(QStringLiteral("network.switchType"),
                                                  QStringLiteral("Private"))
                                     << QStringLiteral(
                                            "network.switchType: 'Private' is not one of Internal, "
                                            "External.");
    QTest::newRow("gpu type word") << withValue(QStringLiteral("gpu.type"), QStringLiteral("DDA"))
                                   << QStringLiteral(
                                          "gpu.type: 'DDA' is not one of None, DirectDeviceAssignment, "
                                          "ParaVirtualization.");
    QTest::newRow("provisioning type word")
        << withValue(QStringLiteral("provisioning.type"), QStringLiteral("symmetric"))
        << QStringLiteral("provisioning.type: 'symmetric' is not one of ManualConnectionString, ManualX509, "
                          "DpsTpm, DpsX509, DpsSymmetricKey.");
    QTest::newRow("keySource word") << withValue(QStringLiteral("provisioning.keySource"),
                                                 QStringLiteral("derived"))
                                    << QStringLiteral(
                                           "provisioning.keySource: 'derived' is not one of individual, "
                                           "group.");

    // Structure.
    QTest::newRow("dns entry") << withValue(QStringLiteral("network.dnsServers"),
                                            QJsonArray{QStringLiteral("1.1.1.1"), 8})
                               << QStringLiteral("network.dnsServers[1]: expected a string.");
    QTest::newRow("unknown top-level key")
        << withValue(QStringLiteral("cpucount"), 4)
        << QStringLiteral("cpucount: unknown key; check its spelling against "
                          "the plan file format.");
    QTest::newRow("unknown nested key")
        << withValue(QStringLiteral("vm.memory"), 4096)
        << QStringLiteral("vm.memory: unknown key; check its spelling against the "
                          "plan file format.");
    QTest::newRow("schema 2") << withValue(QStringLiteral("schema"), 2)
                              << QStringLiteral("schema: version 2 is not supported; expected 1.");
    QJsonObject noSchema = planToJson(fullPlan());
    noSchema.remove(QStringLiteral("schema"));
    QTest::newRow("schema missing") << noSchema << QStringLiteral("schema: missing; expected 1.");
}

void tst_PlanFile::refused()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!planFromJson(json, &actual).has_value());
    QCOMPARE(actual, error);
}

void tst_PlanFile::secretKeys_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"provisioning.symmetricKey",
                             "provisioning.symmKey",
                             "provisioning.key",
                             "provisioning.groupKey",
                             "provisioning.primaryKey",
                             "provisioning.connectionString",
                             "provisioning.devConnString",
                             "provisioning.sharedAccessKey",
                             "provisioning.sas",
                             "provisioning.token",
                             "provisioning.password",
                             "provisioning.SymmetricKey",
                             "provisioning.PRIMARYKEY",
                             "symmetricKey",
                             "connectionString",
                             "vm.password",
                             "install.token",
                             "network.sas",
                             "provisioning.secondaryKey",
                             "provisioning.sasToken",
                             "provisioning.deviceKey",
                             "install.proxyPassword",
                             "provisioning.iotHubConnectionString"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void tst_PlanFile::secretKeys()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(!planFromJson(withValue(path, QStringLiteral("c2VjcmV0")), &error).has_value());
    QVERIFY2(error.startsWith(path + QStringLiteral(": plan files never hold secrets")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("standard input")) && error.contains(QStringLiteral("keychain")),
             qPrintable(error));

    // Even with a null value, and even inside a list.
    QVERIFY(!planFromJson(withValue(path, QJsonValue::Null), &error).has_value());
    QJsonObject inList = planToJson(fullPlan());
    QJsonObject holder;
    holder.insert(path.section(u'.', -1), QStringLiteral("x"));
    inList.insert(QStringLiteral("extra"), QJsonArray{1, holder});
    QVERIFY(!planFromJson(inList, &error).has_value());
    QVERIFY2(error.startsWith(QStringLiteral("extra[1].") + path.section(u'.', -1)), qPrintable(error));
}

void tst_PlanFile::secretNeverEchoed()
{
    // The message names the key, never the value that may be the secret.
    const QString secret = QStringLiteral("8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE");
    QString error;
    QVERIFY(!planFromJson(withValue(QStringLiteral("provisioning.symmKey"), secret), &error).has_value());
    QVERIFY(!error.contains(secret.left(8)));
    QVERIFY(!isSecretLikeKey(QStringLiteral("secretRef")));
    QVERIFY(!isSecretLikeKey(QStringLiteral("keySource")));
    QVERIFY(!isSecretLikeKey(QStringLiteral("identityPrivKeyPath")));
    QVERIFY(!isSecretLikeKey(QStringLiteral("registrationId")));
    QVERIFY(isSecretLikeKey(QStringLiteral("SharedAccessKey")));

    // A secret pasted as the value of an innocent key is refused too.
    const QString cs = QStringLiteral("HostName=hub.azure-devices.net;DeviceId=d;SharedAccessKey=") + secret;
    QVERIFY(!planFromJson(withValue(QStringLiteral("provisioning.secretRef"), cs), &error).has_value());
    QVERIFY2(error.startsWith(QStringLiteral("provisioning.secretRef: plan files never hold secrets")),
             qPrintable(error));
    QVERIFY(!error.contains(secret.left(8)));
    QVERIFY(!planFromJson(withValue(QStringLiteral("provisioning.deviceId"),
                                    QStringLiteral("SharedAccessSignature sr=x&sig=y&se=1")),
                          &error)
                 .has_value());
    QVERIFY2(error.startsWith(QStringLiteral("provisioning.deviceId:")), qPrintable(error));
}

void tst_PlanFile::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("press-3.eflowplan.json"));
    QString error;
    QVERIFY2(savePlan(path, fullPlan(), &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                         QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);

    const auto loaded = loadPlan(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    comparePlans(*loaded, fullPlan());

    // Overwriting keeps it owner-only even when someone widened it.
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    DeploymentPlan changed = fullPlan();
    changed.vm.cpuCount = 6;
    QVERIFY2(savePlan(path, changed, &error), qPrintable(error));
    QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
    QCOMPARE(loadPlan(path, &error)->vm.cpuCount, 6);

    // The file is the indented JSON of planToJson.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), planToJson(changed));
}

void tst_PlanFile::fileErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // null: no file at all
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("Cannot read the plan file");
    QTest::newRow("not JSON") << QByteArray("release=1.4\n") << QStringLiteral("is not valid JSON");
    QTest::newRow("truncated") << QByteArray("{\"schema\":1,\"vm\":{") << QStringLiteral("is not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("does not hold a JSON object");
    QTest::newRow("secret") << QByteArray("{\"schema\":1,\"provisioning\":{\"symmetricKey\":\"abc\"}}")
                            << QStringLiteral("provisioning.symmetricKey: plan files never hold secrets");
    QTest::newRow("too large") << QByteArray(1024 * 1024 + 1, ' ') << QStringLiteral("at most 1048576 bytes");
    // ---- issue 14 item 8: of two equal keys Qt keeps one without a word ----
    QTest::newRow("duplicate top-level key") << QByteArray(R"({"schema":1,"release":"1.4","release":"1.5"})")
                                             << QStringLiteral("release appears more than once");
    QTest::newRow("duplicate nested key") << QByteArray(R"({"schema":1,"vm":{"cpuCount":2,"cpuCount":4}})")
                                          << QStringLiteral("vm.cpuCount appears more than once");
    QTest::newRow("duplicate spelt with an escape")
        << QByteArray(R"({"schema":1,"vm":{"cpuCount":2,"cpu\u0043ount":4}})")
        << QStringLiteral("vm.cpuCount appears more than once");
    QTest::newRow("duplicate after a nested object")
        << QByteArray(
               R"({"schema":1,"vm":{"cpuCount":2},"network":{"dnsServers":["1.1.1.1",{"a":1}]},"vm":{}})")
        << QStringLiteral("': vm appears more than once");
}

// Equal keys in different objects, and key-like text in values, are not duplicates.
void tst_PlanFile::sameKeyInDifferentObjectsLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema":1,"gpu":{"name":"x \"name\":"},"switchCreation":{"name":"name"},
                   "network":{"switchName":"release","dnsServers":["1.1.1.1","1.0.0.1"]}})");
    file.close();
    QString error;
    QVERIFY2(loadPlan(path, &error).has_value(), qPrintable(error));
}

void tst_PlanFile::fileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    QVERIFY(!loadPlan(path, &error).has_value());
    QVERIFY2(error.contains(path), qPrintable(error)); // file errors name the file
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

// A plan file is read as written; checkPlan then refuses what the Settings page would not let through.
void tst_PlanFile::badSwitchCreationRefusedByCheckPlan_data()
{
    QTest::addColumn<QByteArray>("switchCreation");
    QTest::addColumn<int>("field"); // 0: no problem
    QTest::addColumn<QString>("fragment");

    QTest::newRow("good") << QByteArray(R"({"create":true,"name":"EFLOW-Internal","hostAddress":"172.20.0.1",
                                           "prefixLength":24})")
                          << 0 << QString();
    QTest::newRow("no name") << QByteArray(R"({"create":true,"hostAddress":"172.20.0.1","prefixLength":24})")
                             << int(Field::NewSwitchName) << QStringLiteral("New switch name is required.");
    QTest::newRow("host address with three parts")
        << QByteArray(R"({"create":true,"name":"EFLOW-Internal","hostAddress":"172.20.0","prefixLength":24})")
        << int(Field::NewSwitchHostAddress)
        << QStringLiteral("Host address '172.20.0' is not an IPv4 address such as 172.20.0.1.");
    QTest::newRow("NAT prefix 32")
        << QByteArray(
               R"({"create":true,"name":"EFLOW-Internal","hostAddress":"172.20.0.1","prefixLength":32})")
        << int(Field::NewSwitchPrefixLength) << QStringLiteral("NAT prefix length must be between 8 and 30");
}

void tst_PlanFile::badSwitchCreationRefusedByCheckPlan()
{
    QFETCH(QByteArray, switchCreation);
    QFETCH(int, field);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("server.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"schema":1,"release":"1.4","eulaAccepted":true,"vm":{"cpuCount":2,"memoryMb":2048},"switchCreation":)" +
        switchCreation +
        R"(,"network":{"staticIp":true,"ip4Address":"172.20.0.2","ip4PrefixLength":24,
                  "ip4GatewayAddress":"172.20.0.1"}})");
    file.close();

    QString error;
    const auto plan = loadPlan(path, &error);
    QVERIFY2(plan.has_value(), qPrintable(error));
    const Problems problems = checkPlan(*plan);
    if (field == 0) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        return;
    }
    QVERIFY(!problems.isEmpty());
    bool found = false;
    for (const Problem &p : problems)
        found = found || (int(p.field) == field && p.message.contains(fragment));
    QVERIFY2(found, qPrintable(problems.first().message));
}

QTEST_GUILESS_MAIN(tst_PlanFile)
#include "tst_planfile.moc"
