#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include "engine/host/HostFacts.h"
#include "tests/support/HostFactsContract.h"

using namespace eflow::host;
using eflow::plan::EflowRelease;

Q_DECLARE_METATYPE(eflow::plan::EflowRelease)

namespace {

HostFacts fullFacts()
{
    HostFacts f;
    f.computerName = QStringLiteral("NUC");
    f.osCaption = QStringLiteral("Microsoft Windows 11 Pro");
    f.osVersion = QStringLiteral("10.0.22631");
    f.buildNumber = 22631;
    f.ubr = 2506;
    f.operatingSystemSku = 48;
    f.productType = 1;
    f.architecture = QStringLiteral("AMD64");
    f.uiLanguage = QStringLiteral("ja-JP");
    f.totalMemoryMb = 32768;
    f.freeMemoryMb = 20480;
    f.logicalProcessors = 16;
    f.disk = DiskInfo{QStringLiteral("D:"), 512000, 1024000};
    f.hyperV = FeatureState::Enabled;
    f.hyperVPowerShell = FeatureState::Disabled;
    f.hyperVHypervisor = FeatureState::EnablePending;
    f.virtualMachinePlatform = FeatureState::NotAvailable;
    f.openSshClient = FeatureState::Enabled;
    f.hypervisorPresent = true;
    f.firmwareVirtualization = false;
    f.secondLevelAddressTranslation = true;
    f.services = {HostService{QStringLiteral("vmms"), ServiceRunState::Running},
                  HostService{QStringLiteral("vmcompute"), ServiceRunState::Stopped},
                  HostService{QStringLiteral("WSSDAgent"), ServiceRunState::Missing}};
    f.isVirtualMachine = true;
    f.virtualMachineVendor = QStringLiteral("Microsoft Hyper-V");
    f.isAzureVm = true;
    f.switches = {
        VirtualSwitch{QStringLiteral("Default Switch"), SwitchKind::Internal, QString(), true, true,
                      QStringLiteral("172.30.0.1"), 20},
        VirtualSwitch{QStringLiteral("EFLOW-Ext"), SwitchKind::External,
                      QStringLiteral("Intel(R) Ethernet I219-V"), false, false, QString(), 0},
        VirtualSwitch{QStringLiteral("Lab"), SwitchKind::Private, QString(), false, false, QString(), 0}};
    f.gpus = {GpuInfo{QStringLiteral("NVIDIA Tesla T4"), QStringLiteral("31.0.15.1601"), true, false},
              GpuInfo{QStringLiteral("Intel(R) Iris(R) Xe Graphics"), QStringLiteral("31.0.101.4502"), false,
                      true}};
    f.elevated = true;
    f.executionPolicy = QStringLiteral("AllSigned");
    f.executionPolicyScope = QStringLiteral("MachinePolicy");
    f.psEdition = QStringLiteral("Desktop");
    f.psVersion = QStringLiteral("5.1.22621.2506");
    f.eflow = EflowInstall{true,
                           QStringLiteral("Azure IoT Edge LTS"),
                           QStringLiteral("1.4.14.24074"),
                           EflowRelease::Lts1_4,
                           QStringLiteral("C:\\Program Files\\Azure IoT Edge"),
                           QStringLiteral("1.4"),
                           false};
    f.vm = ExistingVm{true, QStringLiteral("NUC-EFLOW"), VmPowerState::Running, false};
    return f;
}

// Splits "switches[2].kind" into {"switches", 2, "kind"}-like steps.
QVariantList pathSteps(const QString &path)
{
    QVariantList steps;
    static const QRegularExpression part(QStringLiteral("([A-Za-z]+)|\\[(\\d+)\\]"));
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            steps << m.captured(1);
        else
            steps << m.captured(2).toInt();
    }
    return steps;
}

QJsonValue setAt(const QJsonValue &root, QVariantList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QVariant step = steps.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = root.toArray();
        array[step.toInt()] = setAt(array.at(step.toInt()), steps, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[step.toString()] = setAt(object.value(step.toString()), steps, value);
    return object;
}

} // namespace

class tst_HostFacts final : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void roundTrip();
    void contractKeys();
    void wrongType_data();
    void wrongType();
    void installedLine_data();
    void installedLine();
    void absentNumbers();
    void nullMeansNotReported();
    void unknownKeysIgnored();
    void schema_data();
    void schema();
    void text_data();
    void text();
    void helpers();
    void culture_data();
    void culture();
};

void tst_HostFacts::keysRoundTrip()
{
    for (auto s : {FeatureState::Enabled, FeatureState::Disabled, FeatureState::EnablePending,
                   FeatureState::NotAvailable})
        QCOMPARE(featureStateFromKey(featureStateKey(s)), s);
    QCOMPARE(featureStateKey(FeatureState::EnablePending), QStringLiteral("enablePending"));
    QCOMPARE(featureStateFromKey(QStringLiteral("Enabled")), FeatureState::Unknown);
    for (auto s : {ServiceRunState::Running, ServiceRunState::Stopped, ServiceRunState::Missing})
        QCOMPARE(serviceRunStateFromKey(serviceRunStateKey(s)), s);
    for (auto k : {SwitchKind::Internal, SwitchKind::External, SwitchKind::Private})
        QCOMPARE(switchKindFromKey(switchKindKey(k)), k);
    QCOMPARE(switchKindKey(SwitchKind::External), QStringLiteral("External"));
    QVERIFY(featureStateKey(FeatureState::Unknown).isEmpty());
}

void tst_HostFacts::roundTrip()
{
    const HostFacts f = fullFacts();
    const QJsonObject json = hostFactsToJson(f);
    QString error = QStringLiteral("stale");
    const auto back = hostFactsFromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    // Encoding the decoded value again gives the same document: nothing was lost or changed.
    QCOMPARE(hostFactsToJson(*back), json);

    QCOMPARE(back->buildNumber, 22631);
    QCOMPARE(back->ubr, 2506);
    QCOMPARE(back->totalMemoryMb, 32768);
    QCOMPARE(back->disk.drive, QStringLiteral("D:"));
    QCOMPARE(back->disk.sizeMb, 1024000);
    QCOMPARE(back->hyperVPowerShell, FeatureState::Disabled);
    QCOMPARE(back->hyperVHypervisor, FeatureState::EnablePending);
    QCOMPARE(back->virtualMachinePlatform, FeatureState::NotAvailable);
    QCOMPARE(back->firmwareVirtualization, std::optional<bool>(false));
    QCOMPARE(back->services.size(), 3);
    QCOMPARE(back->services.at(2).state, ServiceRunState::Missing);
    QCOMPARE(back->switches.size(), 3);
    QCOMPARE(back->switches.at(0).isDefaultSwitch, true);
    QCOMPARE(back->switches.at(0).prefixLength, 20);
    QCOMPARE(back->switches.at(1).netAdapter, QStringLiteral("Intel(R) Ethernet I219-V"));
    QCOMPARE(back->switches.at(2).kind, SwitchKind::Private);
    QCOMPARE(back->gpus.at(1).gpuPvCapable, true);
    QCOMPARE(back->eflow.release, EflowRelease::Lts1_4);
    QCOMPARE(back->eflow.installDir, QStringLiteral("C:\\Program Files\\Azure IoT Edge"));
    QCOMPARE(back->vm.powerState, VmPowerState::Running);
    QCOMPARE(back->vm.provisioned, std::optional<bool>(false));
    QCOMPARE(back->isAzureVm, true);
    QCOMPARE(back->uiLanguage, QStringLiteral("ja-JP"));
}

void tst_HostFacts::contractKeys()
{
    // The keys of the JSON contract the probe script and the simulated host share.
    const QJsonObject json = hostFactsToJson(fullFacts());
    const QStringList top = eflow::testsupport::hostFactsContractKeys();
    QStringList keys = json.keys();
    QStringList expected = top;
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(json.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("hyperVHypervisor")).toString(), QStringLiteral("enablePending"));
    QCOMPARE(json.value(QStringLiteral("eflow")).toObject().value(QStringLiteral("release")).toString(),
             QStringLiteral("1.4"));
    QCOMPARE(json.value(QStringLiteral("vm")).toObject().value(QStringLiteral("powerState")).toString(),
             QStringLiteral("Running"));
    const QJsonObject sw = json.value(QStringLiteral("switches")).toArray().at(1).toObject();
    QStringList swKeys = sw.keys();
    swKeys.sort();
    QCOMPARE(swKeys,
             (QStringList{QStringLiteral("hasNat"), QStringLiteral("hostAddress"),
                          QStringLiteral("isDefaultSwitch"), QStringLiteral("kind"), QStringLiteral("name"),
                          QStringLiteral("netAdapter"), QStringLiteral("prefixLength")}));
    QCOMPARE(sw.value(QStringLiteral("kind")).toString(), QStringLiteral("External"));

    // Not reported: absent, not -1 and not null.
    const QJsonObject empty = hostFactsToJson(HostFacts{});
    QVERIFY(!empty.contains(QStringLiteral("buildNumber")));
    QVERIFY(!empty.contains(QStringLiteral("hyperV")));
    QVERIFY(!empty.contains(QStringLiteral("hypervisorPresent")));
    QVERIFY(!empty.value(QStringLiteral("disk")).toObject().contains(QStringLiteral("freeMb")));
    QVERIFY(!empty.value(QStringLiteral("vm")).toObject().contains(QStringLiteral("provisioned")));
    QCOMPARE(empty.value(QStringLiteral("eflow")).toObject().value(QStringLiteral("release")).toString(),
             QString());
}

void tst_HostFacts::wrongType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // the error's text after "<path>: "

    const QString aString = QStringLiteral("expected a string.");
    const QString aNumber = QStringLiteral("expected a number.");
    const QString aBool = QStringLiteral("expected true or false.");
    const QString anObject = QStringLiteral("expected an object.");
    const QString aList = QStringLiteral("expected a list.");
    const QJsonValue num(42);
    const QJsonValue text(QStringLiteral("x"));
    const QJsonValue flag(true);

    for (const char *key : {"computerName", "osCaption", "osVersion", "architecture", "uiLanguage",
                            "virtualMachineVendor", "executionPolicy", "psEdition", "psVersion"})
        QTest::newRow(key) << QString::fromLatin1(key) << num << aString;
    for (const char *key : {"buildNumber", "ubr", "operatingSystemSku", "productType", "totalMemoryMb",
                            "freeMemoryMb", "logicalProcessors"})
        QTest::newRow(key) << QString::fromLatin1(key) << text << aNumber;
    for (const char *key : {"hypervisorPresent", "firmwareVirtualization", "secondLevelAddressTranslation",
                            "isVirtualMachine", "isAzureVm", "elevated"})
        QTest::newRow(key) << QString::fromLatin1(key) << text << aBool;
    for (const char *key :
         {"hyperV", "hyperVPowerShell", "hyperVHypervisor", "virtualMachinePlatform", "openSshClient"})
        QTest::newRow(key) << QString::fromLatin1(key) << flag << aString;
    QTest::newRow("disk") << QStringLiteral("disk") << text << anObject;
    QTest::newRow("disk.drive") << QStringLiteral("disk.drive") << num << aString;
    QTest::newRow("disk.freeMb") << QStringLiteral("disk.freeMb") << text << aNumber;
    QTest::newRow("disk.sizeMb") << QStringLiteral("disk.sizeMb") << flag << aNumber;
    QTest::newRow("services") << QStringLiteral("services") << QJsonValue(QJsonObject()) << aList;
    QTest::newRow("services[1]") << QStringLiteral("services[1]") << text << anObject;
    QTest::newRow("services[0].name") << QStringLiteral("services[0].name") << num << aString;
    QTest::newRow("services[2].state") << QStringLiteral("services[2].state") << flag << aString;
    QTest::newRow("switches") << QStringLiteral("switches") << text << aList;
    QTest::newRow("switches[2]") << QStringLiteral("switches[2]") << num << anObject;
    QTest::newRow("switches[0].name") << QStringLiteral("switches[0].name") << num << aString;
    QTest::newRow("switches[2].kind") << QStringLiteral("switches[2].kind") << num << aString;
    QTest::newRow("switches[1].netAdapter") << QStringLiteral("switches[1].netAdapter") << flag << aString;
    QTest::newRow("switches[0].isDefaultSwitch")
        << QStringLiteral("switches[0].isDefaultSwitch") << text << aBool;
    QTest::newRow("switches[0].hasNat") << QStringLiteral("switches[0].hasNat") << num << aBool;
    QTest::newRow("switches[0].hostAddress") << QStringLiteral("switches[0].hostAddress") << num << aString;
    QTest::newRow("switches[0].prefixLength")
        << QStringLiteral("switches[0].prefixLength") << text << aNumber;
    QTest::newRow("gpus") << QStringLiteral("gpus") << flag << aList;
    QTest::newRow("gpus[1]") << QStringLiteral("gpus[1]") << QJsonValue(QJsonArray()) << anObject;
    QTest::newRow("gpus[0].name") << QStringLiteral("gpus[0].name") << num << aString;
    QTest::newRow("gpus[0].driverVersion") << QStringLiteral("gpus[0].driverVersion") << num << aString;
    QTest::newRow("gpus[1].ddaCapable") << QStringLiteral("gpus[1].ddaCapable") << text << aBool;
    QTest::newRow("gpus[1].gpuPvCapable") << QStringLiteral("gpus[1].gpuPvCapable") << num << aBool;
    QTest::newRow("eflow") << QStringLiteral("eflow") << flag << anObject;
    QTest::newRow("eflow.installed") << QStringLiteral("eflow.installed") << text << aBool;
    QTest::newRow("eflow.productName") << QStringLiteral("eflow.productName") << num << aString;
    QTest::newRow("eflow.version") << QStringLiteral("eflow.version") << num << aString;
    QTest::newRow("eflow.release") << QStringLiteral("eflow.release") << QJsonValue(1.4) << aString;
    QTest::newRow("eflow.installDir") << QStringLiteral("eflow.installDir") << flag << aString;
    QTest::newRow("vm") << QStringLiteral("vm") << QJsonValue(QJsonArray()) << anObject;
    QTest::newRow("vm.exists") << QStringLiteral("vm.exists") << text << aBool;
    QTest::newRow("vm.name") << QStringLiteral("vm.name") << num << aString;
    QTest::newRow("vm.powerState") << QStringLiteral("vm.powerState") << flag << aString;
    QTest::newRow("vm.provisioned") << QStringLiteral("vm.provisioned") << text << aBool;

    // Values of the right type that are still wrong.
    QTest::newRow("fractional build") << QStringLiteral("buildNumber") << QJsonValue(22631.5)
                                      << QStringLiteral("expected a whole number, got 22631.5.");
    QTest::newRow("build beyond int") << QStringLiteral("buildNumber") << QJsonValue(1e12)
                                      << QStringLiteral("expected a whole number, got 1e+12.");
    QTest::newRow("feature word") << QStringLiteral("hyperV") << QJsonValue(QStringLiteral("Enabled"))
                                  << QStringLiteral(
                                         "'Enabled' is not one of enabled, disabled, enablePending, "
                                         "notAvailable.");
    QTest::newRow("switch kind word")
        << QStringLiteral("switches[1].kind") << QJsonValue(QStringLiteral("NAT"))
        << QStringLiteral("'NAT' is not one of Internal, External, Private.");
    QTest::newRow("service state word")
        << QStringLiteral("services[0].state") << QJsonValue(QStringLiteral("paused"))
        << QStringLiteral("'paused' is not one of running, stopped, missing.");
    QTest::newRow("release line") << QStringLiteral("eflow.release") << QJsonValue(QStringLiteral("1.4 LTS"))
                                  << QStringLiteral("'1.4 LTS' is not a release line such as 1.4.");
    QTest::newRow("power state word")
        << QStringLiteral("vm.powerState") << QJsonValue(QStringLiteral("Paused"))
        << QStringLiteral("'Paused' is not one of Running, Off.");
}

void tst_HostFacts::wrongType()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    const QJsonObject json = setAt(hostFactsToJson(fullFacts()), pathSteps(path), value).toObject();
    QString error;
    const auto facts = hostFactsFromJson(json, &error);
    QVERIFY(!facts.has_value());
    QCOMPARE(error, path + QStringLiteral(": ") + expected);
}

// The probe reports the line of DisplayVersion as it is; the wizard drives a later line as its newest.
void tst_HostFacts::installedLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<EflowRelease>("release");
    QTest::addColumn<bool>("newer");
    QTest::newRow("1.1") << QStringLiteral("1.1") << EflowRelease::Lts1_1 << false;
    QTest::newRow("1.4") << QStringLiteral("1.4") << EflowRelease::Lts1_4 << false;
    QTest::newRow("1.5") << QStringLiteral("1.5") << EflowRelease::Lts1_5 << false;
    QTest::newRow("1.6, newer than known") << QStringLiteral("1.6") << EflowRelease::Lts1_5 << true;
    QTest::newRow("2.0, newer than known") << QStringLiteral("2.0") << EflowRelease::Lts1_5 << true;
    QTest::newRow("1.10 is later than 1.5") << QStringLiteral("1.10") << EflowRelease::Lts1_5 << true;
    QTest::newRow("1.2 (old Continuous Release)") << QStringLiteral("1.2") << EflowRelease::Unknown << false;
    QTest::newRow("unreadable") << QString() << EflowRelease::Unknown << false;
}

void tst_HostFacts::installedLine()
{
    QFETCH(QString, line);
    QFETCH(EflowRelease, release);
    QFETCH(bool, newer);
    const QJsonObject json =
        setAt(hostFactsToJson(fullFacts()), pathSteps(QStringLiteral("eflow.release")), line).toObject();
    QString error;
    const auto facts = hostFactsFromJson(json, &error);
    QVERIFY2(facts.has_value(), qPrintable(error));
    QCOMPARE(facts->eflow.line, line);
    QCOMPARE(facts->eflow.release, release);
    QCOMPARE(facts->eflow.newerThanKnown, newer);
    // Written back as the host reported it.
    QCOMPARE(
        hostFactsToJson(*facts).value(QStringLiteral("eflow")).toObject().value(QStringLiteral("release")),
        QJsonValue(line.isEmpty() ? eflow::plan::releaseKey(release) : line));
}

void tst_HostFacts::absentNumbers()
{
    QString error;
    const auto f = hostFactsFromJson(QJsonObject{{QStringLiteral("schema"), 1}}, &error);
    QVERIFY2(f.has_value(), qPrintable(error));
    QCOMPARE(f->buildNumber, -1);
    QCOMPARE(f->ubr, -1);
    QCOMPARE(f->operatingSystemSku, -1);
    QCOMPARE(f->productType, -1);
    QCOMPARE(f->totalMemoryMb, -1);
    QCOMPARE(f->freeMemoryMb, -1);
    QCOMPARE(f->logicalProcessors, -1);
    QCOMPARE(f->disk.freeMb, -1);
    QCOMPARE(f->disk.sizeMb, -1);
    QCOMPARE(f->hyperV, FeatureState::Unknown);
    QVERIFY(!f->hypervisorPresent.has_value());
    QVERIFY(!f->vm.provisioned.has_value());
    QCOMPARE(f->eflow.release, EflowRelease::Unknown);
    QVERIFY(f->services.isEmpty());
    QVERIFY(!f->isServer());

    // Inside a present "disk" object too.
    const auto g = hostFactsFromJson(
        QJsonObject{{QStringLiteral("schema"), 1},
                    {QStringLiteral("disk"), QJsonObject{{QStringLiteral("drive"), QStringLiteral("C:")}}}},
        &error);
    QVERIFY2(g.has_value(), qPrintable(error));
    QCOMPARE(g->disk.drive, QStringLiteral("C:"));
    QCOMPARE(g->disk.freeMb, -1);
}

void tst_HostFacts::nullMeansNotReported()
{
    // ConvertTo-Json writes $null for properties a query could not read.
    QJsonObject json = hostFactsToJson(fullFacts());
    for (const char *key : {"buildNumber", "hypervisorPresent", "hyperV", "osCaption", "services"})
        json.insert(QString::fromLatin1(key), QJsonValue::Null);
    QString error;
    const auto f = hostFactsFromJson(json, &error);
    QVERIFY2(f.has_value(), qPrintable(error));
    QCOMPARE(f->buildNumber, -1);
    QVERIFY(!f->hypervisorPresent.has_value());
    QCOMPARE(f->hyperV, FeatureState::Unknown);
    QVERIFY(f->osCaption.isEmpty());
    QVERIFY(f->services.isEmpty());
    QCOMPARE(f->ubr, 2506);
}

void tst_HostFacts::unknownKeysIgnored()
{
    QJsonObject json = hostFactsToJson(fullFacts());
    json.insert(QStringLiteral("futureThing"), QJsonArray{1, 2});
    QJsonObject vm = json.value(QStringLiteral("vm")).toObject();
    vm.insert(QStringLiteral("ipAddress"), 7);
    json.insert(QStringLiteral("vm"), vm);
    QString error;
    const auto f = hostFactsFromJson(json, &error);
    QVERIFY2(f.has_value(), qPrintable(error));
    QCOMPARE(f->vm.name, QStringLiteral("NUC-EFLOW"));
}

void tst_HostFacts::schema_data()
{
    QTest::addColumn<QJsonValue>("schema"); // undefined = absent
    QTest::addColumn<QString>("error");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined)
                            << QStringLiteral("schema: missing; expected 1.");
    QTest::newRow("2") << QJsonValue(2) << QStringLiteral("schema: version 2 is not supported; expected 1.");
    QTest::newRow("0") << QJsonValue(0) << QStringLiteral("schema: version 0 is not supported; expected 1.");
    QTest::newRow("string") << QJsonValue(QStringLiteral("1"))
                            << QStringLiteral("schema: expected a number.");
}

void tst_HostFacts::schema()
{
    QFETCH(QJsonValue, schema);
    QFETCH(QString, error);
    QJsonObject json = hostFactsToJson(fullFacts());
    if (schema.isUndefined())
        json.remove(QStringLiteral("schema"));
    else
        json.insert(QStringLiteral("schema"), schema);
    QString actual;
    QVERIFY(!hostFactsFromJson(json, &actual).has_value());
    QCOMPARE(actual, error);
}

void tst_HostFacts::text_data()
{
    const QByteArray full = QJsonDocument(hostFactsToJson(fullFacts())).toJson(QJsonDocument::Compact);
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment"); // empty: decodes
    QTest::newRow("complete") << full << QString();
    QTest::newRow("truncated") << full.left(full.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("last brace missing") << full.chopped(1) << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[{\"schema\":1}]") << QStringLiteral("not a JSON object");
    QTest::newRow("plain text") << QByteArray("Hyper-V is enabled") << QStringLiteral("not valid JSON");
    QTest::newRow("object without schema") << QByteArray("{}") << QStringLiteral("schema: missing");
}

void tst_HostFacts::text()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);
    QString error;
    const auto f = hostFactsFromJsonText(text, &error);
    if (fragment.isEmpty()) {
        QVERIFY2(f.has_value(), qPrintable(error));
        QCOMPARE(f->computerName, QStringLiteral("NUC"));
    } else {
        QVERIFY(!f.has_value());
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }
}

void tst_HostFacts::helpers()
{
    HostFacts f = fullFacts();
    QVERIFY(f.hasDefaultSwitch());
    QCOMPARE(f.findSwitch(QStringLiteral("eflow-ext")), &f.switches[1]);
    QCOMPARE(f.findSwitch(QStringLiteral("EFLOW")), nullptr);
    QCOMPARE(f.serviceState(QStringLiteral("VMMS")), ServiceRunState::Running);
    QCOMPARE(f.serviceState(QStringLiteral("wssdagent")), ServiceRunState::Missing);
    QCOMPARE(f.serviceState(QStringLiteral("hvhost")), ServiceRunState::Unknown);
    f.switches.removeFirst();
    QVERIFY(!f.hasDefaultSwitch());
    // A switch literally named "Default Switch" counts even if the probe did not flag it.
    f.switches << VirtualSwitch{
        QStringLiteral("default switch"), SwitchKind::Internal, QString(), false, false, QString(), 0};
    QVERIFY(f.hasDefaultSwitch());
    f.productType = 3;
    QVERIFY(f.isServer());
}

// Issue 17: the probe's "culture" section, as a Japanese, a German and a UTF-8 Windows answer it; the
// section is optional (older probes and the simulated host leave it out).
void tst_HostFacts::culture_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("textCodePage");
    QTest::addColumn<QString>("decimal");
    // ssh without a pty: the bootstrap could not set UTF-8, so cmdlet text is in the ANSI code page.
    QTest::newRow("ja-JP over ssh")
        << QByteArray(R"({"name":"ja-JP","uiName":"ja-JP","outputCodePage":932,"ansiCodePage":932,)"
                      R"("oemCodePage":932,"decimalSeparator":".","groupSeparator":",",)"
                      R"("shortDatePattern":"yyyy/MM/dd","longTimePattern":"H:mm:ss"})")
        << QStringLiteral("ja-JP") << 932 << QStringLiteral(".");
    // A console took UTF-8: what is still not UTF-8 is most likely ANSI.
    QTest::newRow("de-DE with a console")
        << QByteArray(R"({"name":"de-DE","uiName":"de-DE","outputCodePage":65001,"ansiCodePage":1252,)"
                      R"("oemCodePage":850,"decimalSeparator":",","groupSeparator":".",)"
                      R"("shortDatePattern":"dd.MM.yyyy","longTimePattern":"HH:mm:ss"})")
        << QStringLiteral("de-DE") << 1252 << QStringLiteral(",");
    QTest::newRow("Windows with the UTF-8 beta option")
        << QByteArray(R"({"name":"en-US","uiName":"en-US","outputCodePage":65001,"ansiCodePage":65001})")
        << QStringLiteral("en-US") << 65001 << QString();
    QTest::newRow("not reported") << QByteArray() << QString() << 0 << QString();
}

void tst_HostFacts::culture()
{
    QFETCH(QByteArray, section);
    QFETCH(QString, name);
    QFETCH(int, textCodePage);
    QFETCH(QString, decimal);
    QJsonObject json = hostFactsToJson(fullFacts());
    if (!section.isEmpty())
        json.insert(QStringLiteral("culture"), QJsonDocument::fromJson(section).object());
    QString error;
    const auto facts = hostFactsFromJson(json, &error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->culture.name, name);
    QCOMPARE(facts->culture.textCodePage(), textCodePage);
    QCOMPARE(facts->culture.decimalSeparator, decimal);
    QCOMPARE(facts->culture.isEmpty(), section.isEmpty());
    // What was read is written back and reads the same (fields the host did not report stay so).
    const QJsonObject again = hostFactsToJson(*facts);
    QCOMPARE(again.contains(QStringLiteral("culture")), !section.isEmpty());
    const auto reread = hostFactsFromJson(again);
    QVERIFY(reread);
    QCOMPARE(hostFactsToJson(*reread), again);
    QCOMPARE(reread->culture.oemCodePage, facts->culture.oemCodePage);
    QCOMPARE(reread->culture.shortDatePattern, facts->culture.shortDatePattern);
    // A code page that is not a number is refused with its key path.
    json.insert(QStringLiteral("culture"),
                QJsonObject{{QStringLiteral("outputCodePage"), QStringLiteral("932")}});
    QVERIFY(!hostFactsFromJson(json, &error));
    QVERIFY2(error.contains(QStringLiteral("culture.outputCodePage")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_HostFacts)
#include "tst_host_facts.moc"
