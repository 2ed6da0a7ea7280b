#include <QStringList>
#include <QtTest>

#include "engine/plan/Validation.h"

using namespace eflow::plan;

namespace {

// Published sample values (dps-protocol.md): a 64-byte group key, a registration ID, an ID scope and
// a DPS service connection string whose key decodes to 35 bytes.
const QString kGroupKey = QStringLiteral(
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==");
const QString kRegistrationId = QStringLiteral("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6");
const QString kIdScope = QStringLiteral("0ne00000A0A");
const QString kServiceKey = QStringLiteral("c2VydmljZS1wb2xpY3kta2V5LTAxMjM0NTY3ODlhYmNkZWY=");
const QString kServiceString =
    QStringLiteral(
        "HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;"
        "SharedAccessKey=") +
    kServiceKey;
// Keys of other sizes (SHA digests of fixed text, base64-encoded).
const QString kKey32 = QStringLiteral("1vUon79ptIpdBRFgBzJ1QY5QG6/Bw3ARSjrZqPL/qTQ=");
const QString kKey48 = QStringLiteral("Xr+V1US171NwSVU8lFcEfmJVAs8OWOahyjlYn5Ug8fIJoRWCCGkUsWAeCUvTQTLe");
const QString kKey66 = QStringLiteral(
    "pKvURIxJVi2CgRXROh/M6pJ/UrTVRZKX+LQ+QtqJI4vBNibkPcs43bCCSIkn7JBPtCBXRDmD6IWFF51QVRr+YmFi");
const QString kKey16 = QStringLiteral("sX720Zx6Wx7oO5B8WVUm3A==");
const QString kKey15 = QStringLiteral("5in6ZZjXMnaPfHJrS2IS");
const QString kHub = QStringLiteral("HostName=myhub.azure-devices.net;");

enum class Check
{
    IdScope,
    RegistrationId,
    EnrollmentGroupId,
    DeviceId,
    SymmetricKey,
    DeviceConnectionString,
    ServiceConnectionString,
};

// The words each message must contain so that the user knows which field it is about.
QString labelFor(Field field)
{
    switch (field) {
    case Field::IdScope:
        return QStringLiteral("ID scope");
    case Field::RegistrationId:
        return QStringLiteral("Registration ID");
    case Field::EnrollmentGroupId:
        return QStringLiteral("Enrollment group ID");
    case Field::DeviceId:
        return QStringLiteral("Device ID");
    case Field::SymmetricKey:
        return QStringLiteral("Symmetric key");
    case Field::GroupKey:
        return QStringLiteral("Group key");
    case Field::DeviceConnectionString:
        return QStringLiteral("device connection string");
    case Field::ServiceConnectionString:
        return QStringLiteral("service connection string");
    case Field::CpuCount:
        return QStringLiteral("CPU count");
    case Field::MemoryMb:
        return QStringLiteral("Memory");
    case Field::DiskSizeGb:
        return QStringLiteral("Disk size");
    case Field::DataSizeGb:
        return QStringLiteral("Data size");
    case Field::LogSize:
        return QStringLiteral("Log size");
    case Field::SwitchName:
        return QStringLiteral("Switch name");
    case Field::SwitchType:
        return QStringLiteral("Switch type");
    case Field::NewSwitchName:
        return QStringLiteral("New switch name");
    case Field::NewSwitchHostAddress:
        return QStringLiteral("Host address");
    case Field::NewSwitchPrefixLength:
        return QStringLiteral("NAT prefix length");
    case Field::Ip4Address:
        return QStringLiteral("IPv4 address");
    case Field::Ip4PrefixLength:
        return QStringLiteral("Prefix length");
    case Field::Ip4GatewayAddress:
        return QStringLiteral("Gateway address");
    case Field::DnsServers:
        return QStringLiteral("DNS server");
    case Field::EdgeProxyUrl:
        return QStringLiteral("IoT Edge proxy");
    case Field::EdgeUpstreamProtocol:
        return QStringLiteral("Upstream protocol");
    case Field::GpuType:
        return QStringLiteral("GPU passthrough");
    case Field::GpuName:
        return QStringLiteral("GPU name");
    case Field::GpuCount:
        return QStringLiteral("GPU count");
    case Field::Release:
        return QStringLiteral("EFLOW release");
    case Field::License:
        return QStringLiteral("License");
    case Field::ProvisioningType:
        return QStringLiteral("Provisioning method");
    case Field::GlobalEndpoint:
        return QStringLiteral("Global endpoint");
    case Field::IotHubHostname:
        return QStringLiteral("IoT Hub host name");
    case Field::IdentityCertPath:
        return QStringLiteral("Identity certificate path");
    case Field::IdentityPrivKeyPath:
        return QStringLiteral("Identity private key path");
    case Field::KeySource:
        return QStringLiteral("Key source");
    case Field::SecretRef:
        return QStringLiteral("Secret reference");
    case Field::Unknown:
        break;
    }
    return QString();
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << QStringLiteral("[%1] %2").arg(QString::number(int(p.field)), p.message);
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(u'\n');
}

// Empty when the problems match the row's expectation, else what went wrong.
QString mismatch(const Problems &problems, bool valid, Field field, const QString &fragment)
{
    if (valid)
        return problems.isEmpty() ? QString()
                                  : QStringLiteral("expected no problem, got:\n") + dump(problems);
    for (const Problem &p : problems) {
        const QString label = labelFor(p.field);
        if (label.isEmpty() || !p.message.contains(label, Qt::CaseInsensitive))
            return QStringLiteral("a message does not name its field:\n") + dump(problems);
    }
    for (const Problem &p : problems) {
        if (p.field == field && p.message.contains(fragment))
            return QString();
    }
    return QStringLiteral("expected field %1 with \"%2\", got:\n")
               .arg(QString::number(int(field)), fragment) +
           dump(problems);
}

// A secret must not appear in a message, not even in part: any 8 consecutive characters count.
QString leak(const Problems &problems, const QString &secret)
{
    constexpr int window = 8;
    for (const Problem &p : problems) {
        for (qsizetype i = 0; i + window <= secret.size(); ++i) {
            if (p.message.contains(QStringView(secret).sliced(i, window)))
                return QStringLiteral("message repeats part of the key: ") + p.message;
        }
    }
    return QString();
}

Problems asProblems(const std::optional<Problem> &problem)
{
    return problem ? Problems{*problem} : Problems{};
}

// As the Settings page leaves a Windows Server: a new Internal switch, the VM at .2 behind it, and
// the host's NVIDIA A2 for Direct Device Assignment.
DeploymentPlan serverPlan()
{
    DeploymentPlan server;
    server.release = EflowRelease::Lts1_4;
    server.eulaAccepted = true;
    server.vm.cpuCount = 2;
    server.vm.memoryMb = 2048;
    server.vm.dataSizeGb = 10;
    server.switchCreation.create = true;
    server.switchCreation.name = QStringLiteral("EFLOW-Internal");
    server.switchCreation.hostAddress = QStringLiteral("172.20.0.1");
    server.switchCreation.prefixLength = 24;
    server.network.staticIp = true;
    server.network.ip4Address = QStringLiteral("172.20.0.2");
    server.network.ip4PrefixLength = 24;
    server.network.ip4GatewayAddress = QStringLiteral("172.20.0.1");
    server.network.dnsServers = {QStringLiteral("172.20.0.1")};
    server.gpu.type = GpuPassthrough::DirectDeviceAssignment;
    server.gpu.name = QStringLiteral("NVIDIA A2");
    server.gpu.count = 1;
    return server;
}

HostLimits serverLimits()
{
    HostLimits host;
    host.logicalProcessors = 8;
    host.freeMemoryMb = 8192;
    host.gpuNames = {QStringLiteral("NVIDIA A2")};
    return host;
}

} // namespace

class tst_Validation final : public QObject
{
    Q_OBJECT

private slots:
    void singleValue_data();
    void singleValue();
    void symmetricKeyUsesGivenField();
    void vmSettings_data();
    void vmSettings();
    void network_data();
    void network();
    void switchChoice_data();
    void switchChoice();
    void gpu_data();
    void gpu();
    void plan_data();
    void plan();
    void planGetsTheSettingsPageRules_data();
    void planGetsTheSettingsPageRules();
    void provisioning_data();
    void provisioning();
};

void tst_Validation::singleValue_data()
{
    QTest::addColumn<int>("check");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("secret"); // must never appear in a message

    const auto good = [](const char *name, Check check, const QString &value, const QString &secret = {}) {
        QTest::newRow(name) << int(check) << value << true << 0 << QString() << secret;
    };
    const auto bad = [](const char *name, Check check, const QString &value, Field field,
                        const char *fragment, const QString &secret = {}) {
        QTest::newRow(name) << int(check) << value << false << int(field) << QString::fromUtf8(fragment)
                            << secret;
    };

    // ID scope
    good("scope: published sample", Check::IdScope, kIdScope);
    good("scope: 0neFEEDC0DE", Check::IdScope, QStringLiteral("0neFEEDC0DE"));
    good("scope: US Gov 0us", Check::IdScope, QStringLiteral("0us000278B1"));
    good("scope: lowercase hex", Check::IdScope, QStringLiteral("0ne0005b494"));
    bad("scope: empty", Check::IdScope, QString(), Field::IdScope, "ID scope is required.");
    bad("scope: leading space", Check::IdScope, QStringLiteral(" 0ne00000A0A"), Field::IdScope,
        "starts with a space");
    bad("scope: trailing line break", Check::IdScope, QStringLiteral("0ne00000A0A\n"), Field::IdScope,
        "ends with a line break");
    bad("scope: 10 characters", Check::IdScope, QStringLiteral("0ne00000A0"), Field::IdScope,
        "has 10 characters; an ID scope has exactly 11");
    bad("scope: 12 characters", Check::IdScope, QStringLiteral("0ne00000A0A0"), Field::IdScope,
        "has 12 characters");
    bad("scope: uppercase prefix", Check::IdScope, QStringLiteral("0NE00000A0A"), Field::IdScope,
        "must start with 0 and two lowercase letters");
    bad("scope: no leading zero", Check::IdScope, QStringLiteral("1ne00000A0A"), Field::IdScope,
        "starts with '1ne'");
    bad("scope: non-hex G", Check::IdScope, QStringLiteral("0ne0000GA0A"), Field::IdScope,
        "the character 'G' at position 8 is not a hexadecimal digit");
    bad("scope: inner space", Check::IdScope, QStringLiteral("0ne 0000A0A"), Field::IdScope,
        "a space at position 4");

    // Registration ID
    good("regid: published sample", Check::RegistrationId, kRegistrationId);
    good("regid: all allowed punctuation", Check::RegistrationId, QStringLiteral("Device.01_a:b"));
    good("regid: single character", Check::RegistrationId, QStringLiteral("a"));
    good("regid: ends with hyphen", Check::RegistrationId, QStringLiteral("device-"));
    good("regid: 128 characters", Check::RegistrationId, QString(128, u'a'));
    bad("regid: empty", Check::RegistrationId, QString(), Field::RegistrationId,
        "Registration ID is required.");
    bad("regid: 129 characters", Check::RegistrationId, QString(129, u'a'), Field::RegistrationId,
        "too long: 129 characters; at most 128");
    bad("regid: slash", Check::RegistrationId, QStringLiteral("dev/ice"), Field::RegistrationId,
        "Registration ID: the character '/' at position 4 is not allowed; use letters, digits and - . _ :");
    bad("regid: space", Check::RegistrationId, QStringLiteral("dev ice"), Field::RegistrationId,
        "a space at position 4");
    bad("regid: non-ASCII letter", Check::RegistrationId, QStringLiteral("d\u00e9vice"),
        Field::RegistrationId, "(U+00E9) at position 2");
    bad("regid: emoji counts as one character", Check::RegistrationId, QStringLiteral("\U0001F600x/"),
        Field::RegistrationId, "at position 1");
    bad("regid: ends with dot", Check::RegistrationId, QStringLiteral("device."), Field::RegistrationId,
        "must end with a letter, a digit or '-'; it ends with '.'");
    bad("regid: ends with underscore", Check::RegistrationId, QStringLiteral("device_"),
        Field::RegistrationId, "it ends with '_'");

    // Enrollment group ID
    good("group: plain", Check::EnrollmentGroupId, QStringLiteral("eflow-group-1"));
    bad("group: empty", Check::EnrollmentGroupId, QString(), Field::EnrollmentGroupId,
        "Enrollment group ID is required.");
    bad("group: hash", Check::EnrollmentGroupId, QStringLiteral("group#1"), Field::EnrollmentGroupId,
        "Enrollment group ID: the character '#' at position 6");
    bad("group: ends with colon", Check::EnrollmentGroupId, QStringLiteral("group:"),
        Field::EnrollmentGroupId, "it ends with ':'");

    // IoT Hub device ID
    good("deviceid: plain", Check::DeviceId, QStringLiteral("eflow-01"));
    good("deviceid: all allowed punctuation", Check::DeviceId, QStringLiteral("d-.%_*?!(),:=@$'x"));
    good("deviceid: 128 characters", Check::DeviceId, QString(128, u'x'));
    bad("deviceid: empty", Check::DeviceId, QString(), Field::DeviceId, "Device ID is required.");
    bad("deviceid: 129 characters", Check::DeviceId, QString(129, u'x'), Field::DeviceId, "129 characters");
    bad("deviceid: plus", Check::DeviceId, QStringLiteral("dev+1"), Field::DeviceId,
        "IoT Hub no longer supports '+' and '#'");
    bad("deviceid: hash", Check::DeviceId, QStringLiteral("dev#1"), Field::DeviceId, "'#' at position 4");
    bad("deviceid: slash", Check::DeviceId, QStringLiteral("dev/1"), Field::DeviceId,
        "the character '/' at position 4 is not allowed");
    bad("deviceid: non-ASCII", Check::DeviceId, QStringLiteral("caf\u00e9"), Field::DeviceId, "position 4");

    // Symmetric keys
    good("key: published 64-byte group key", Check::SymmetricKey, kGroupKey, kGroupKey);
    good("key: 32 bytes", Check::SymmetricKey, kKey32, kKey32);
    good("key: 48 bytes, no padding", Check::SymmetricKey, kKey48, kKey48);
    good("key: 16 bytes", Check::SymmetricKey, kKey16, kKey16);
    bad("key: empty", Check::SymmetricKey, QString(), Field::SymmetricKey, "Symmetric key is required.");
    bad("key: line break inside", Check::SymmetricKey, kGroupKey.left(44) + u'\n' + kGroupKey.mid(44),
        Field::SymmetricKey, "a line break at position 45", kGroupKey);
    bad("key: trailing CR LF", Check::SymmetricKey, kGroupKey + QStringLiteral("\r\n"), Field::SymmetricKey,
        "a line break at position 89", kGroupKey);
    bad("key: leading space", Check::SymmetricKey, u' ' + kGroupKey, Field::SymmetricKey,
        "a space at position 1", kGroupKey);
    bad("key: URL-safe alphabet", Check::SymmetricKey, QString(kGroupKey).replace(u'+', u'-'),
        Field::SymmetricKey, "'-' at position 34 belongs to the URL-safe alphabet", kGroupKey);
    bad("key: bad character", Check::SymmetricKey, QString(kKey32).replace(4, 1, u'*'), Field::SymmetricKey,
        "the character '*' at position 5 is not allowed", kKey32);
    bad("key: padding in the middle", Check::SymmetricKey, kKey16 + kKey16, Field::SymmetricKey,
        "'=' at position 23 may only appear at the end", kKey16);
    bad("key: three padding characters", Check::SymmetricKey, kKey16 + u'=', Field::SymmetricKey,
        "ends with 3 '=' characters", kKey16);
    bad("key: last character lost", Check::SymmetricKey, kKey48.chopped(1), Field::SymmetricKey,
        "63 characters, which is not a multiple of 4", kKey48);
    bad("key: non-canonical padding", Check::SymmetricKey, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAB=="),
        Field::SymmetricKey, "do not end the key cleanly");
    bad("key: 15 bytes", Check::SymmetricKey, kKey15, Field::SymmetricKey,
        "too short: it decodes to 15 bytes", kKey15);
    bad("key: 66 bytes", Check::SymmetricKey, kKey66, Field::SymmetricKey, "too long: it decodes to 66 bytes",
        kKey66);

    // Device connection strings
    const QString deviceString = kHub + QStringLiteral("DeviceId=eflow-01;SharedAccessKey=") + kKey32;
    good("devcs: valid", Check::DeviceConnectionString, deviceString, kKey32);
    good("devcs: keys in any case", Check::DeviceConnectionString,
         QStringLiteral("hostname=myhub.azure-devices.net;deviceid=eflow-01;sharedaccesskey=") + kKey32,
         kKey32);
    good("devcs: trailing semicolon", Check::DeviceConnectionString, deviceString + u';', kKey32);
    good("devcs: with ModuleId and GatewayHostName", Check::DeviceConnectionString,
         deviceString + QStringLiteral(";ModuleId=mod1;GatewayHostName=gateway.local"), kKey32);
    bad("devcs: empty", Check::DeviceConnectionString, QStringLiteral("  "), Field::DeviceConnectionString,
        "Device connection string is required.");
    bad("devcs: segment without '='", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId;SharedAccessKey=") + kKey32, Field::DeviceConnectionString,
        "segment 2 has no '='", kKey32);
    bad("devcs: bare key as a segment", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId=eflow-01;") + kKey48, Field::DeviceConnectionString,
        "segment 3 has no '='", kKey48);
    bad("devcs: padded bare key is not echoed", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId=eflow-01;") + kGroupKey, Field::DeviceConnectionString,
        "contains an unrecognised key", kGroupKey);
    bad("devcs: duplicate key", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId=a;DeviceId=b;SharedAccessKey=") + kKey32,
        Field::DeviceConnectionString, "the key DeviceId appears more than once (segment 3)", kKey32);
    bad("devcs: hub-level string", Check::DeviceConnectionString,
        kHub + QStringLiteral("SharedAccessKeyName=iothubowner;SharedAccessKey=") + kKey32,
        Field::DeviceConnectionString, "shared access policy (service) connection string", kKey32);
    bad("devcs: unknown key", Check::DeviceConnectionString, deviceString + QStringLiteral(";Foo=bar"),
        Field::DeviceConnectionString, "unknown key 'Foo'", kKey32);
    bad("devcs: no HostName", Check::DeviceConnectionString,
        QStringLiteral("DeviceId=a;SharedAccessKey=") + kKey32, Field::DeviceConnectionString,
        "has no HostName value", kKey32);
    bad("devcs: host without dot", Check::DeviceConnectionString,
        QStringLiteral("HostName=myhub;DeviceId=a;SharedAccessKey=") + kKey32, Field::DeviceConnectionString,
        "HostName in the device connection string: 'myhub' is not a full host name", kKey32);
    bad("devcs: host label starts with hyphen", Check::DeviceConnectionString,
        QStringLiteral("HostName=-hub.azure-devices.net;DeviceId=a;SharedAccessKey=") + kKey32,
        Field::DeviceConnectionString, "the part '-hub' must not start or end with '-'", kKey32);
    bad("devcs: host with underscore", Check::DeviceConnectionString,
        QStringLiteral("HostName=my_hub.azure-devices.net;DeviceId=a;SharedAccessKey=") + kKey32,
        Field::DeviceConnectionString, "the character '_' at position 3 is not allowed in a host name",
        kKey32);
    bad("devcs: host with empty label", Check::DeviceConnectionString,
        QStringLiteral("HostName=myhub..net;DeviceId=a;SharedAccessKey=") + kKey32,
        Field::DeviceConnectionString, "empty part between dots", kKey32);
    bad("devcs: DPS host name", Check::DeviceConnectionString,
        QStringLiteral("HostName=mydps.azure-devices-provisioning.net;DeviceId=a;SharedAccessKey=") + kKey32,
        Field::DeviceConnectionString, "is a DPS host name", kKey32);
    bad("devcs: no DeviceId", Check::DeviceConnectionString,
        kHub + QStringLiteral("SharedAccessKey=") + kKey32, Field::DeviceConnectionString,
        "has no DeviceId value", kKey32);
    bad("devcs: DeviceId with hash", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId=dev#1;SharedAccessKey=") + kKey32, Field::DeviceConnectionString,
        "DeviceId in the device connection string: '#' at position 4", kKey32);
    bad("devcs: no key", Check::DeviceConnectionString, kHub + QStringLiteral("DeviceId=a"),
        Field::DeviceConnectionString, "has no SharedAccessKey value");
    bad("devcs: key with URL-safe character", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId=a;SharedAccessKey=") + QString(kGroupKey).replace(u'+', u'-'),
        Field::DeviceConnectionString, "SharedAccessKey in the device connection string is not valid base64",
        kGroupKey);
    bad("devcs: key too short", Check::DeviceConnectionString,
        kHub + QStringLiteral("DeviceId=a;SharedAccessKey=") + kKey15, Field::DeviceConnectionString,
        "decodes to 15 bytes", kKey15);

    // DPS service connection strings
    good("svccs: published sample", Check::ServiceConnectionString, kServiceString, kServiceKey);
    good("svccs: local DPS", Check::ServiceConnectionString,
         QStringLiteral("HostName=localhost;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=") +
             kGroupKey,
         kGroupKey);
    good("svccs: key name with @ and dot", Check::ServiceConnectionString,
         QStringLiteral("HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=ops@team.1;"
                        "SharedAccessKey=") +
             kKey32,
         kKey32);
    bad("svccs: empty", Check::ServiceConnectionString, QString(), Field::ServiceConnectionString,
        "DPS service connection string is required.");
    bad("svccs: device string pasted", Check::ServiceConnectionString,
        kHub + QStringLiteral("DeviceId=a;SharedAccessKey=") + kKey32, Field::ServiceConnectionString,
        "this is a device connection string", kKey32);
    bad("svccs: IoT Hub host", Check::ServiceConnectionString,
        kHub + QStringLiteral("SharedAccessKeyName=iothubowner;SharedAccessKey=") + kKey32,
        Field::ServiceConnectionString, "is an IoT Hub host name", kKey32);
    bad("svccs: unknown key", Check::ServiceConnectionString,
        kServiceString + QStringLiteral(";EntityPath=x"), Field::ServiceConnectionString,
        "unknown key 'EntityPath'", kServiceKey);
    bad("svccs: host with space", Check::ServiceConnectionString,
        QStringLiteral("HostName=my dps.net;SharedAccessKeyName=owner;SharedAccessKey=") + kServiceKey,
        Field::ServiceConnectionString, "a space at position 3", kServiceKey);
    bad("svccs: host too long", Check::ServiceConnectionString,
        QStringLiteral("HostName=%1;SharedAccessKeyName=owner;SharedAccessKey=").arg(QString(257, u'a')) +
            kServiceKey,
        Field::ServiceConnectionString, "257 characters; at most 256", kServiceKey);
    bad("svccs: key name with bang", Check::ServiceConnectionString,
        QStringLiteral(
            "HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=owner!;SharedAccessKey=") +
            kServiceKey,
        Field::ServiceConnectionString, "the character '!' at position 6", kServiceKey);
    bad("svccs: no key name", Check::ServiceConnectionString,
        QStringLiteral("HostName=mydps.azure-devices-provisioning.net;SharedAccessKey=") + kServiceKey,
        Field::ServiceConnectionString, "has no SharedAccessKeyName value", kServiceKey);
    bad("svccs: no key", Check::ServiceConnectionString,
        QStringLiteral("HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=owner"),
        Field::ServiceConnectionString, "has no SharedAccessKey value");
    bad("svccs: key text over 256 characters", Check::ServiceConnectionString,
        QStringLiteral(
            "HostName=mydps.azure-devices-provisioning.net;SharedAccessKeyName=owner;SharedAccessKey=") +
            QString(260, u'A'),
        Field::ServiceConnectionString, "260 characters; at most 256", QString(260, u'A'));
    bad("svccs: key not base64", Check::ServiceConnectionString, kServiceString.chopped(1) + u'!',
        Field::ServiceConnectionString,
        "SharedAccessKey in the DPS service connection string is not valid base64", kServiceKey);
}

void tst_Validation::singleValue()
{
    QFETCH(int, check);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);
    QFETCH(QString, secret);

    std::optional<Problem> result;
    switch (Check(check)) {
    case Check::IdScope:
        result = checkIdScope(value);
        break;
    case Check::RegistrationId:
        result = checkRegistrationId(value);
        break;
    case Check::EnrollmentGroupId:
        result = checkEnrollmentGroupId(value);
        break;
    case Check::DeviceId:
        result = checkDeviceId(value);
        break;
    case Check::SymmetricKey:
        result = checkSymmetricKey(value);
        break;
    case Check::DeviceConnectionString:
        result = checkDeviceConnectionString(value);
        break;
    case Check::ServiceConnectionString:
        result = checkServiceConnectionString(value);
        break;
    }
    const Problems problems = asProblems(result);
    const QString error = mismatch(problems, valid, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (!secret.isEmpty()) {
        const QString leaked = leak(problems, secret);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    }
}

void tst_Validation::symmetricKeyUsesGivenField()
{
    // Group keys and the DPS policy key are checked by the same rule and reported on their own field.
    const auto problem = checkSymmetricKey(kKey15, Field::ServiceConnectionString);
    QVERIFY(problem);
    QCOMPARE(problem->field, Field::ServiceConnectionString);
    QVERIFY(problem->message.contains(QStringLiteral("15 bytes")));
    QVERIFY(!checkSymmetricKey(kGroupKey, Field::ServiceConnectionString));

    const auto group = checkSymmetricKey(kKey15, Field::GroupKey);
    QVERIFY(group);
    QCOMPARE(group->field, Field::GroupKey);
    QVERIFY(group->message.startsWith(QStringLiteral("Group key")));
}

void tst_Validation::vmSettings_data()
{
    QTest::addColumn<int>("release");
    QTest::addColumn<int>("cpuCount");
    QTest::addColumn<int>("memoryMb");
    QTest::addColumn<int>("diskSizeGb"); // -1: not set
    QTest::addColumn<int>("dataSizeGb"); // -1: not set
    QTest::addColumn<int>("logSize");
    QTest::addColumn<int>("hostCpus");
    QTest::addColumn<qint64>("hostFreeMb");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    constexpr auto r11 = int(EflowRelease::Lts1_1);
    constexpr auto r14 = int(EflowRelease::Lts1_4);
    constexpr auto r15 = int(EflowRelease::Lts1_5);
    constexpr auto noLog = int(VmLogSize::Unknown);
    struct Row
    {
        const char *name;
        int release;
        int cpu;
        int memory;
        int disk;
        int data;
        int log;
        int hostCpus;
        qint64 hostFree;
        Field field; // Unknown: valid
        const char *fragment;
    };
    const Row rows[] = {
        {"unknown release", int(EflowRelease::Unknown), 2, 1024, -1, -1, noLog, 0, 0, Field::Release,
         "EFLOW release is required"},
        {"1.1 WAC defaults", r11, 2, 1024, 16, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.4 defaults", r14, 2, 1024, 29, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.5 defaults", r15, 2, 1024, 29, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.5 nothing optional", r15, 1, 1024, -1, -1, noLog, 0, 0, Field::Unknown, ""},
        {"cpu 0", r15, 0, 1024, -1, -1, noLog, 0, 0, Field::CpuCount, "at least 1; 0 was entered"},
        {"cpu equals host", r15, 8, 1024, -1, -1, noLog, 8, 0, Field::Unknown, ""},
        {"cpu above host", r15, 9, 1024, -1, -1, noLog, 8, 0, Field::CpuCount, "only 8 logical processors"},
        {"cpu host unknown", r15, 64, 1024, -1, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.1 memory 1023", r11, 2, 1023, -1, -1, noLog, 0, 0, Field::MemoryMb, "at least 1024 MB; 1023 MB"},
        {"1.1 memory 1024", r11, 2, 1024, -1, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.1 memory 1025 (odd is fine)", r11, 2, 1025, -1, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.4 memory 1023", r14, 2, 1023, -1, -1, noLog, 0, 0, Field::MemoryMb, "at least 1024 MB"},
        {"1.4 memory 1025", r14, 2, 1025, -1, -1, noLog, 0, 0, Field::MemoryMb,
         "must be an even number of MB on EFLOW 1.4 LTS"},
        {"1.5 memory 1025", r15, 2, 1025, -1, -1, noLog, 0, 0, Field::MemoryMb, "use 1024 or 1026 MB"},
        {"1.5 memory 1026", r15, 2, 1026, -1, -1, noLog, 0, 0, Field::Unknown, ""},
        {"memory above free", r15, 2, 4096, -1, -1, noLog, 0, 2048, Field::MemoryMb, "only 2048 MB free"},
        {"memory equals free", r15, 2, 2048, -1, -1, noLog, 0, 2048, Field::Unknown, ""},
        {"1.1 disk 7", r11, 2, 1024, 7, -1, noLog, 0, 0, Field::DiskSizeGb,
         "between 8 and 256 GB on EFLOW 1.1 LTS"},
        {"1.1 disk 8", r11, 2, 1024, 8, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.1 disk 256", r11, 2, 1024, 256, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.1 disk 257", r11, 2, 1024, 257, -1, noLog, 0, 0, Field::DiskSizeGb, "257 GB was entered"},
        {"1.4 disk 20", r14, 2, 1024, 20, -1, noLog, 0, 0, Field::DiskSizeGb,
         "between 21 and 2000 GB on EFLOW 1.4 LTS"},
        {"1.4 disk 21", r14, 2, 1024, 21, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.4 disk 2000", r14, 2, 1024, 2000, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.4 disk 2001", r14, 2, 1024, 2001, -1, noLog, 0, 0, Field::DiskSizeGb, "between 21 and 2000"},
        {"1.5 disk 20", r15, 2, 1024, 20, -1, noLog, 0, 0, Field::DiskSizeGb,
         "between 21 and 2000 GB on EFLOW 1.5 LTS"},
        {"1.5 disk 21", r15, 2, 1024, 21, -1, noLog, 0, 0, Field::Unknown, ""},
        {"1.1 data size", r11, 2, 1024, -1, 10, noLog, 0, 0, Field::DataSizeGb,
         "not available on EFLOW 1.1 LTS"},
        {"1.4 data 1", r14, 2, 1024, -1, 1, noLog, 0, 0, Field::DataSizeGb,
         "between 2 and 2000 GB on EFLOW 1.4 LTS"},
        {"1.4 data 2", r14, 2, 1024, -1, 2, noLog, 0, 0, Field::Unknown, ""},
        {"1.5 data 2000", r15, 2, 1024, -1, 2000, noLog, 0, 0, Field::Unknown, ""},
        {"1.5 data 2001", r15, 2, 1024, -1, 2001, noLog, 0, 0, Field::DataSizeGb, "2001 GB was entered"},
        {"1.5 disk and data", r15, 2, 1024, 29, 10, noLog, 0, 0, Field::DataSizeGb, "mutually exclusive"},
        {"1.1 log size", r11, 2, 1024, -1, -1, int(VmLogSize::Large), 0, 0, Field::LogSize,
         "not available on EFLOW 1.1 LTS"},
        {"1.4 log size large", r14, 2, 1024, -1, -1, int(VmLogSize::Large), 0, 0, Field::Unknown, ""},
        {"1.5 log size small", r15, 2, 1024, -1, -1, int(VmLogSize::Small), 0, 0, Field::Unknown, ""},
    };
    for (const Row &row : rows) {
        QTest::newRow(row.name) << row.release << row.cpu << row.memory << row.disk << row.data << row.log
                                << row.hostCpus << row.hostFree << (row.field == Field::Unknown)
                                << int(row.field) << QString::fromUtf8(row.fragment);
    }
}

void tst_Validation::vmSettings()
{
    QFETCH(int, release);
    QFETCH(int, cpuCount);
    QFETCH(int, memoryMb);
    QFETCH(int, diskSizeGb);
    QFETCH(int, dataSizeGb);
    QFETCH(int, logSize);
    QFETCH(int, hostCpus);
    QFETCH(qint64, hostFreeMb);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    VmSettings vm;
    vm.cpuCount = cpuCount;
    vm.memoryMb = memoryMb;
    if (diskSizeGb >= 0)
        vm.diskSizeGb = diskSizeGb;
    if (dataSizeGb >= 0)
        vm.dataSizeGb = dataSizeGb;
    vm.logSize = VmLogSize(logSize);
    HostLimits host;
    host.logicalProcessors = hostCpus;
    host.freeMemoryMb = hostFreeMb;

    const Problems problems = checkVmSettings(EflowRelease(release), vm, host);
    const QString error = mismatch(problems, valid, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (EflowRelease(release) == EflowRelease::Unknown)
        QCOMPARE(problems.size(), 1);
}

void tst_Validation::network_data()
{
    QTest::addColumn<QString>("switchName");
    QTest::addColumn<int>("switchType");
    QTest::addColumn<bool>("staticIp");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("prefix"); // -1: not set
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    const QString ext = QStringLiteral("EFLOW-Ext");
    constexpr auto external = int(VSwitchType::External);
    constexpr auto internal = int(VSwitchType::Internal);
    constexpr auto none = int(VSwitchType::Unknown);
    const auto row = [](const char *name, const QString &switchName, int type, bool staticIp,
                        const char *address, int prefix, const char *gateway, const QStringList &dns,
                        Field field, const char *fragment) {
        QTest::newRow(name) << switchName << type << staticIp << QString::fromUtf8(address) << prefix
                            << QString::fromUtf8(gateway) << dns << (field == Field::Unknown) << int(field)
                            << QString::fromUtf8(fragment);
    };
    const QStringList noDns;
    const QStringList publicDns = {QStringLiteral("8.8.8.8"), QStringLiteral("1.1.1.1")};

    row("default switch, DHCP", QString(), none, false, "", -1, "", noDns, Field::Unknown, "");
    row("external switch, DHCP", ext, external, false, "", -1, "", noDns, Field::Unknown, "");
    row("internal switch, DHCP, DNS servers", QStringLiteral("EFLOW-Int"), internal, false, "", -1, "",
        publicDns, Field::Unknown, "");
    row("switch name without type", ext, none, false, "", -1, "", noDns, Field::SwitchType,
        "choose Internal or External");
    row("switch type without name", QString(), external, false, "", -1, "", noDns, Field::SwitchName,
        "Switch name is required when a switch type is chosen");
    row("switch name blank", QStringLiteral("   "), external, false, "", -1, "", noDns, Field::SwitchName,
        "blank");
    row("switch name leading space", QStringLiteral(" EFLOW"), external, false, "", -1, "", noDns,
        Field::SwitchName, "starts with a space");
    row("switch name trailing tab", QStringLiteral("EFLOW\t"), external, false, "", -1, "", noDns,
        Field::SwitchName, "ends with a tab");
    row("switch name 101 characters", QString(101, u's'), external, false, "", -1, "", noDns,
        Field::SwitchName, "101 characters; at most 100");
    row("static 192.168.0.2/24 gw .1 (docs example)", ext, external, true, "192.168.0.2", 24, "192.168.0.1",
        noDns, Field::Unknown, "");
    row("static with DNS servers", ext, external, true, "192.168.0.2", 24, "192.168.0.1", publicDns,
        Field::Unknown, "");
    row("static /30", ext, external, true, "10.0.0.1", 30, "10.0.0.2", noDns, Field::Unknown, "");
    row("static /1", ext, external, true, "10.0.0.2", 1, "10.0.0.1", noDns, Field::Unknown, "");
    row("static without address", ext, external, true, "", 24, "192.168.0.1", noDns, Field::Ip4Address,
        "IPv4 address is required for a static IP");
    row("static without prefix", ext, external, true, "192.168.0.2", -1, "192.168.0.1", noDns,
        Field::Ip4PrefixLength, "Prefix length is required for a static IP");
    row("static without gateway", ext, external, true, "192.168.0.2", 24, "", noDns, Field::Ip4GatewayAddress,
        "Gateway address is required for a static IP");
    row("gateway equals address", ext, external, true, "192.168.0.2", 24, "192.168.0.2", noDns,
        Field::Ip4GatewayAddress, "must differ from the IPv4 address (192.168.0.2)");
    row("gateway in another subnet", ext, external, true, "192.168.0.2", 24, "192.168.1.1", noDns,
        Field::Ip4GatewayAddress, "not in the VM's subnet 192.168.0.0/24");
    row("gateway in same /16", ext, external, true, "192.168.0.2", 16, "192.168.1.1", noDns, Field::Unknown,
        "");
    row("prefix 31", ext, external, true, "192.168.0.2", 31, "192.168.0.3", noDns, Field::Ip4PrefixLength,
        "between 1 and 30");
    row("prefix 0", ext, external, true, "192.168.0.2", 0, "192.168.0.1", noDns, Field::Ip4PrefixLength,
        "0 was entered");
    row("address is the network address", ext, external, true, "192.168.0.0", 24, "192.168.0.1", noDns,
        Field::Ip4Address, "is the network address of 192.168.0.0/24");
    row("address is the broadcast address", ext, external, true, "192.168.0.255", 24, "192.168.0.1", noDns,
        Field::Ip4Address,
        "broadcast address of 192.168.0.0/24; choose an address from 192.168.0.1 to 192.168.0.254");
    row("gateway is the broadcast address", ext, external, true, "192.168.0.2", 24, "192.168.0.255", noDns,
        Field::Ip4GatewayAddress, "network or broadcast address");
    row("address with three parts", ext, external, true, "192.168.0", 24, "192.168.0.1", noDns,
        Field::Ip4Address, "'192.168.0' is not valid: expected four numbers");
    row("address octet 256", ext, external, true, "192.168.0.256", 24, "192.168.0.1", noDns,
        Field::Ip4Address, "'256' is greater than 255");
    row("address leading zero", ext, external, true, "192.168.010.2", 24, "192.168.10.1", noDns,
        Field::Ip4Address, "'010' has a leading zero");
    row("address with trailing space", ext, external, true, "192.168.0.2 ", 24, "192.168.0.1", noDns,
        Field::Ip4Address, "contains a space");
    row("address with a letter", ext, external, true, "192.168.0.x", 24, "192.168.0.1", noDns,
        Field::Ip4Address, "'x' is not a number");
    row("address with empty part", ext, external, true, "192.168..2", 24, "192.168.0.1", noDns,
        Field::Ip4Address, "one of its four numbers is missing");
    row("address loopback", ext, external, true, "127.0.0.2", 8, "127.0.0.1", noDns, Field::Ip4Address,
        "cannot be used for a host");
    row("gateway not an address", ext, external, true, "192.168.0.2", 24, "router", noDns,
        Field::Ip4GatewayAddress, "Gateway address 'router' is not valid");
    row("address without static IP", ext, external, false, "192.168.0.2", -1, "", noDns, Field::Ip4Address,
        "only used with a static IP");
    row("gateway without static IP", ext, external, false, "", -1, "192.168.0.1", noDns,
        Field::Ip4GatewayAddress, "only used with a static IP");
    row("prefix without static IP", ext, external, false, "", 24, "", noDns, Field::Ip4PrefixLength,
        "only used with a static IP");
    row("DNS with a bad entry", ext, external, false, "", -1, "",
        {QStringLiteral("8.8.8.8"), QStringLiteral("8.8.8")}, Field::DnsServers,
        "DNS server 2 '8.8.8' is not valid");
    row("DNS duplicate", ext, external, false, "", -1, "",
        {QStringLiteral("8.8.8.8"), QStringLiteral("8.8.8.8")}, Field::DnsServers,
        "DNS server 2 (8.8.8.8) is already in the list");
    row("DNS 0.0.0.0", ext, external, false, "", -1, "", {QStringLiteral("0.0.0.0")}, Field::DnsServers,
        "cannot be used as a DNS server");
    row("DNS broadcast", ext, external, false, "", -1, "", {QStringLiteral("255.255.255.255")},
        Field::DnsServers, "DNS server 1 (255.255.255.255) cannot be used");
    row("DNS empty entry", ext, external, false, "", -1, "", {QString()}, Field::DnsServers,
        "DNS server 1 is empty");
}

void tst_Validation::network()
{
    QFETCH(QString, switchName);
    QFETCH(int, switchType);
    QFETCH(bool, staticIp);
    QFETCH(QString, address);
    QFETCH(int, prefix);
    QFETCH(QString, gateway);
    QFETCH(QStringList, dns);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    NetworkSettings network;
    network.switchName = switchName;
    network.switchType = VSwitchType(switchType);
    network.staticIp = staticIp;
    network.ip4Address = address;
    if (prefix >= 0)
        network.ip4PrefixLength = prefix;
    network.ip4GatewayAddress = gateway;
    network.dnsServers = dns;

    const QString error = mismatch(checkNetwork(network), valid, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Validation::switchChoice_data()
{
    QTest::addColumn<SwitchCreation>("creation");
    QTest::addColumn<NetworkSettings>("network");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    SwitchCreation created;
    created.create = true;
    created.name = QStringLiteral("EFLOW-Internal");
    created.hostAddress = QStringLiteral("172.20.0.1");
    created.prefixLength = 24;
    const auto row = [](const char *name, const SwitchCreation &creation, const NetworkSettings &network,
                        Field field, const char *fragment) {
        QTest::newRow(name) << creation << network << (field == Field::Unknown) << int(field)
                            << QString::fromUtf8(fragment);
    };
    const auto withCreation = [&created](auto change) {
        SwitchCreation c = created;
        change(c);
        return c;
    };
    NetworkSettings dhcp;
    NetworkSettings staticIp;
    staticIp.staticIp = true;
    NetworkSettings named;
    named.switchName = QStringLiteral("EFLOW-Internal");
    named.switchType = VSwitchType::Internal;

    row("nothing created, DHCP on the Default Switch", SwitchCreation{}, dhcp, Field::Unknown, "");
    row("static IP on the Default Switch", SwitchCreation{}, staticIp, Field::SwitchName,
        "the Default Switch always uses DHCP");
    row("created, DHCP", created, dhcp, Field::Unknown, "");
    row("created, static IP", created, staticIp, Field::Unknown, "");
    row("created and named in the network", created, named, Field::Unknown, "");
    row("created /8", withCreation([](SwitchCreation &c) { c.prefixLength = 8; }), dhcp, Field::Unknown, "");
    row("created /30", withCreation([](SwitchCreation &c) { c.prefixLength = 30; }), dhcp, Field::Unknown,
        "");
    row("name empty", withCreation([](SwitchCreation &c) { c.name.clear(); }), dhcp, Field::NewSwitchName,
        "New switch name is required.");
    row("name blank", withCreation([](SwitchCreation &c) { c.name = QStringLiteral("  "); }), dhcp,
        Field::NewSwitchName, "New switch name is required.");
    row("name with a trailing space", withCreation([](SwitchCreation &c) { c.name += u' '; }), dhcp,
        Field::NewSwitchName, "New switch name starts or ends with a space; remove it.");
    row("name 101 characters", withCreation([](SwitchCreation &c) { c.name = QString(101, u'n'); }), dhcp,
        Field::NewSwitchName, "101 characters; at most 100");
    row("host address with three parts",
        withCreation([](SwitchCreation &c) { c.hostAddress = QStringLiteral("172.20.0"); }), dhcp,
        Field::NewSwitchHostAddress, "Host address '172.20.0' is not an IPv4 address such as 172.20.0.1.");
    row("host address empty", withCreation([](SwitchCreation &c) { c.hostAddress.clear(); }), dhcp,
        Field::NewSwitchHostAddress, "Host address '' is not an IPv4 address");
    row("host address loopback",
        withCreation([](SwitchCreation &c) { c.hostAddress = QStringLiteral("127.0.0.1"); }), dhcp,
        Field::NewSwitchHostAddress, "cannot be used for a host");
    row("host address is the network address",
        withCreation([](SwitchCreation &c) { c.hostAddress = QStringLiteral("172.20.0.0"); }), dhcp,
        Field::NewSwitchHostAddress, "network or broadcast address of 172.20.0.0/24");
    row("NAT prefix 31", withCreation([](SwitchCreation &c) { c.prefixLength = 31; }), dhcp,
        Field::NewSwitchPrefixLength, "between 8 and 30");
    row("NAT prefix 7", withCreation([](SwitchCreation &c) { c.prefixLength = 7; }), dhcp,
        Field::NewSwitchPrefixLength, "7 was entered");
    NetworkSettings other = named;
    other.switchName = QStringLiteral("EFLOW-Ext");
    row("network names another switch", created, other, Field::SwitchName,
        "Switch name 'EFLOW-Ext' is not the new switch 'EFLOW-Internal'");
    NetworkSettings external = named;
    external.switchType = VSwitchType::External;
    row("network says External", created, external, Field::SwitchType, "Internal switch with NAT");
}

void tst_Validation::switchChoice()
{
    QFETCH(SwitchCreation, creation);
    QFETCH(NetworkSettings, network);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    const QString error = mismatch(checkSwitchChoice(network, creation), valid, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Validation::gpu_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("hostGpus");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    constexpr auto none = int(GpuPassthrough::None);
    constexpr auto dda = int(GpuPassthrough::DirectDeviceAssignment);
    constexpr auto pv = int(GpuPassthrough::ParaVirtualization);
    const auto row = [](const char *name, int type, const QString &gpuName, int count,
                        const QStringList &host, Field field, const char *fragment) {
        QTest::newRow(name) << type << gpuName << count << host << (field == Field::Unknown) << int(field)
                            << QString::fromUtf8(fragment);
    };
    const QString t4 = QStringLiteral("NVIDIA Tesla T4");
    const QString a2 = QStringLiteral("NVIDIA A2");
    const QString iris = QStringLiteral("Intel(R) Iris(R) Xe Graphics");
    const QStringList unknownHost;

    row("none", none, QString(), 0, unknownHost, Field::Unknown, "");
    row("unknown type", int(GpuPassthrough::Unknown), QString(), 0, unknownHost, Field::GpuType,
        "GPU passthrough type is required");
    row("none with a name", none, t4, 0, unknownHost, Field::GpuName, "only used with GPU passthrough");
    row("none with a count", none, QString(), 1, unknownHost, Field::GpuCount,
        "must be 0 without GPU passthrough");
    row("DDA T4 on host", dda, t4, 1, {t4, iris}, Field::Unknown, "");
    row("DDA A2, host unknown", dda, a2, 1, unknownHost, Field::Unknown, "");
    row("DDA two T4 of two", dda, t4, 2, {t4, t4}, Field::Unknown, "");
    row("DDA three T4 of two", dda, t4, 3, {t4, t4}, Field::GpuCount,
        "the number of GPUs named 'NVIDIA Tesla T4' on this host is 2");
    row("DDA without name", dda, QString(), 1, unknownHost, Field::GpuName,
        "GPU name is required for Direct Device Assignment");
    row("DDA count 0", dda, t4, 0, unknownHost, Field::GpuCount, "at least 1 for Direct Device Assignment");
    row("DDA name not on host", dda, a2, 1, {t4}, Field::GpuName, "must match Windows' name exactly");
    row("DDA name differs in case", dda, QStringLiteral("nvidia tesla t4"), 1, {t4}, Field::GpuName,
        "differs from Windows' name 'NVIDIA Tesla T4' in letter case");
    row("DDA unsupported GeForce", dda, QStringLiteral("NVIDIA GeForce RTX 3080"), 1, unknownHost,
        Field::GpuName, "supports only NVIDIA T4 and NVIDIA A2");
    row("DDA A2000 is not an A2", dda, QStringLiteral("NVIDIA RTX A2000"), 1, unknownHost, Field::GpuName,
        "supports only NVIDIA T4 and NVIDIA A2");
    row("GPU-PV Intel iGPU", pv, iris, 1, {iris}, Field::Unknown, "");
    row("GPU-PV count 2", pv, iris, 2, {iris}, Field::GpuCount, "GPU-PV uses exactly one GPU");
    row("GPU-PV count 0", pv, iris, 0, unknownHost, Field::GpuCount, "GPU-PV uses exactly one GPU");
    row("GPU-PV without name", pv, QString(), 1, unknownHost, Field::GpuName,
        "GPU name is required for GPU paravirtualization");
    row("GPU-PV name not on host", pv, iris, 1, {t4}, Field::GpuName, "'NVIDIA Tesla T4'");
}

void tst_Validation::gpu()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(QStringList, hostGpus);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    GpuSettings gpu;
    gpu.type = GpuPassthrough(type);
    gpu.name = name;
    gpu.count = count;
    HostLimits host;
    host.gpuNames = hostGpus;

    const QString error = mismatch(checkGpu(gpu, host), valid, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Validation::plan_data()
{
    QTest::addColumn<DeploymentPlan>("plan");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    DeploymentPlan good;
    good.release = EflowRelease::Lts1_5;
    good.eulaAccepted = true;
    good.vm.cpuCount = 2;
    good.vm.memoryMb = 2048;
    good.vm.diskSizeGb = 29;
    good.network.switchName = QStringLiteral("EFLOW-Ext");
    good.network.switchType = VSwitchType::External;
    good.network.staticIp = true;
    good.network.ip4Address = QStringLiteral("192.168.0.2");
    good.network.ip4PrefixLength = 24;
    good.network.ip4GatewayAddress = QStringLiteral("192.168.0.1");
    good.gpu.type = GpuPassthrough::DirectDeviceAssignment;
    good.gpu.name = QStringLiteral("NVIDIA A2");
    good.gpu.count = 1;
    QTest::newRow("complete plan") << good << true << 0 << QString();

    DeploymentPlan noRelease = good;
    noRelease.release = EflowRelease::Unknown;
    QTest::newRow("release not chosen")
        << noRelease << false << int(Field::Release) << QStringLiteral("EFLOW release is required");

    DeploymentPlan noEula = good;
    noEula.eulaAccepted = false;
    QTest::newRow("license not accepted")
        << noEula << false << int(Field::License) << QStringLiteral("must be accepted");

    DeploymentPlan badVm = good;
    badVm.release = EflowRelease::Lts1_1;
    QTest::newRow("1.1 with a 29 GB disk is fine") << badVm << true << 0 << QString();
    badVm.vm.dataSizeGb = 10;
    QTest::newRow("1.1 with a data size")
        << badVm << false << int(Field::DataSizeGb) << QStringLiteral("not available on EFLOW 1.1 LTS");

    DeploymentPlan badNetwork = good;
    badNetwork.network.ip4GatewayAddress = QStringLiteral("192.168.0.2");
    QTest::newRow("gateway equals address")
        << badNetwork << false << int(Field::Ip4GatewayAddress) << QStringLiteral("must differ");

    // DNS servers are applied with Set-EflowVmDNSServers, with DHCP too; 1.1 has no such cmdlet.
    DeploymentPlan dhcpDns = good;
    dhcpDns.network.staticIp = false;
    dhcpDns.network.ip4Address.clear();
    dhcpDns.network.ip4PrefixLength.reset();
    dhcpDns.network.ip4GatewayAddress.clear();
    dhcpDns.network.dnsServers = {QStringLiteral("10.50.0.10")};
    QTest::newRow("DNS servers with DHCP") << dhcpDns << true << 0 << QString();
    dhcpDns.release = EflowRelease::Lts1_1;
    QTest::newRow("DNS servers on 1.1") << dhcpDns << false << int(Field::DnsServers)
                                        << QStringLiteral("Set-EflowVmDNSServers arrives with 1.4");

    DeploymentPlan badGpu = good;
    badGpu.gpu.type = GpuPassthrough::ParaVirtualization;
    badGpu.gpu.count = 2;
    QTest::newRow("GPU-PV with two GPUs")
        << badGpu << false << int(Field::GpuCount) << QStringLiteral("exactly one GPU");
}

void tst_Validation::plan()
{
    QFETCH(DeploymentPlan, plan);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    HostLimits host;
    host.logicalProcessors = 8;
    host.freeMemoryMb = 8192;
    host.gpuNames = {QStringLiteral("NVIDIA A2")};
    const QString error = mismatch(checkPlan(plan, host), valid, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Every rule the Settings page shows is also refused in a plan given to `host deploy` (checkPlan).
void tst_Validation::planGetsTheSettingsPageRules_data()
{
    QTest::addColumn<DeploymentPlan>("plan");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    const DeploymentPlan server = serverPlan();
    const auto row = [&server](const char *name, Field field, const char *fragment, auto change) {
        DeploymentPlan plan = server;
        change(plan);
        QTest::newRow(name) << plan << int(field) << QString::fromUtf8(fragment);
    };

    row("new switch without a name", Field::NewSwitchName, "New switch name is required",
        [](DeploymentPlan &p) { p.switchCreation.name.clear(); });
    row("new switch name with a space", Field::NewSwitchName, "starts or ends with a space",
        [](DeploymentPlan &p) { p.switchCreation.name = QStringLiteral(" EFLOW-Internal"); });
    row("new switch host address not IPv4", Field::NewSwitchHostAddress, "is not an IPv4 address",
        [](DeploymentPlan &p) { p.switchCreation.hostAddress = QStringLiteral("172.20.0"); });
    row("new switch NAT prefix 31", Field::NewSwitchPrefixLength, "between 8 and 30",
        [](DeploymentPlan &p) { p.switchCreation.prefixLength = 31; });
    row("network names another switch than the new one", Field::SwitchName, "is not the new switch",
        [](DeploymentPlan &p) {
            p.network.switchName = QStringLiteral("Other");
            p.network.switchType = VSwitchType::Internal;
        });
    row("static IP on the Default Switch", Field::SwitchName, "always uses DHCP",
        [](DeploymentPlan &p) { p.switchCreation = SwitchCreation{}; });
    row("IPv4 address not valid", Field::Ip4Address, "is not valid",
        [](DeploymentPlan &p) { p.network.ip4Address = QStringLiteral("172.20.0"); });
    row("IPv4 prefix 32", Field::Ip4PrefixLength, "between 1 and 30",
        [](DeploymentPlan &p) { p.network.ip4PrefixLength = 32; });
    row("gateway outside the subnet", Field::Ip4GatewayAddress, "not in the VM's subnet",
        [](DeploymentPlan &p) { p.network.ip4GatewayAddress = QStringLiteral("172.21.0.1"); });
    row("DNS server not valid", Field::DnsServers, "DNS server 2",
        [](DeploymentPlan &p) { p.network.dnsServers << QStringLiteral("1.1.1"); });
    row("DDA GPU not on the host", Field::GpuName, "does not match any GPU on this host",
        [](DeploymentPlan &p) { p.gpu.name = QStringLiteral("NVIDIA Tesla T4"); });
    row("DDA count above the host's", Field::GpuCount, "GPU count is 2",
        [](DeploymentPlan &p) { p.gpu.count = 2; });
    row("GPU-PV count 2", Field::GpuCount, "exactly one GPU", [](DeploymentPlan &p) {
        p.gpu.type = GpuPassthrough::ParaVirtualization;
        p.gpu.count = 2;
    });
}

void tst_Validation::planGetsTheSettingsPageRules()
{
    QFETCH(DeploymentPlan, plan);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    const HostLimits host = serverLimits();
    // The rows' base plan passes: the row's one change is what is refused.
    QCOMPARE(checkPlan(serverPlan(), host), Problems());
    const QString error = mismatch(checkPlan(plan, host), false, Field(field), fragment);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Validation::provisioning_data()
{
    QTest::addColumn<ProvisioningSettings>("settings");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("fragment");

    const auto row = [](const char *name, const ProvisioningSettings &settings, Field field,
                        const char *fragment) {
        QTest::newRow(name) << settings << (field == Field::Unknown) << int(field)
                            << QString::fromUtf8(fragment);
    };
    const QString cert = QStringLiteral("C:\\certs\\device.cert.pem");
    const QString key = QStringLiteral("C:\\certs\\device.key.pem");

    ProvisioningSettings conn;
    conn.type = ProvisioningType::ManualConnectionString;
    conn.secretRef = QStringLiteral("keychain:press-3");
    row("connection string", conn, Field::Unknown, "");
    ProvisioningSettings connLeftovers = conn;
    connLeftovers.idScope = QStringLiteral("not a scope"); // another method's field: ignored
    connLeftovers.identityCertPath = QStringLiteral("relative.pem");
    row("connection string ignores other methods' fields", connLeftovers, Field::Unknown, "");
    ProvisioningSettings connNoSecret = conn;
    connNoSecret.secretRef.clear();
    row("connection string without secret", connNoSecret, Field::SecretRef, "the device connection string");

    ProvisioningSettings x509;
    x509.type = ProvisioningType::ManualX509;
    x509.iotHubHostname = QStringLiteral("myhub.azure-devices.net");
    x509.deviceId = QStringLiteral("press-3");
    x509.identityCertPath = cert;
    x509.identityPrivKeyPath = key;
    row("manual X.509", x509, Field::Unknown, "");
    ProvisioningSettings x = x509;
    x.identityCertPath = QStringLiteral("C:/certs/device.cert.pem");
    row("forward slashes", x, Field::Unknown, "");
    x = x509;
    x.iotHubHostname.clear();
    row("manual X.509 without hub", x, Field::IotHubHostname, "is required");
    x = x509;
    x.iotHubHostname = QStringLiteral("myhub");
    row("manual X.509 short hub name", x, Field::IotHubHostname, "not a full host name");
    x = x509;
    x.deviceId.clear();
    row("manual X.509 without device ID", x, Field::DeviceId, "is required");
    x = x509;
    x.identityCertPath.clear();
    row("manual X.509 without certificate", x, Field::IdentityCertPath, "is required");
    x = x509;
    x.identityPrivKeyPath.clear();
    row("manual X.509 without key", x, Field::IdentityPrivKeyPath, "is required");
    x = x509;
    x.identityCertPath = QStringLiteral("certs\\device.pem");
    row("relative certificate path", x, Field::IdentityCertPath, "is not an absolute Windows path");
    x = x509;
    x.identityCertPath = QStringLiteral("/etc/aziot/device.pem");
    row("Linux certificate path", x, Field::IdentityCertPath, "is not an absolute Windows path");
    x = x509;
    x.identityPrivKeyPath = QStringLiteral("\\\\fileserver\\certs\\device.key.pem");
    row("UNC key path", x, Field::IdentityPrivKeyPath, "is not an absolute Windows path");
    x = x509;
    x.identityPrivKeyPath = QStringLiteral("C:\\certs\\device?.pem");
    row("wildcard in key path", x, Field::IdentityPrivKeyPath, "'?' at position 16 is not allowed");
    x = x509;
    x.identityCertPath = QStringLiteral("C:\\certs\\");
    row("certificate path is a folder", x, Field::IdentityCertPath, "names a folder");
    x = x509;
    x.identityCertPath = QStringLiteral(" C:\\certs\\device.pem");
    row("certificate path with a space", x, Field::IdentityCertPath, "starts or ends with a space");
    x = x509;
    x.identityPrivKeyPath = cert.toUpper();
    row("key path equals certificate path", x, Field::IdentityPrivKeyPath, "same file as the certificate");

    ProvisioningSettings tpm;
    tpm.type = ProvisioningType::DpsTpm;
    tpm.idScope = kIdScope;
    row("TPM with scope only", tpm, Field::Unknown, "");
    ProvisioningSettings t = tpm;
    t.registrationId = kRegistrationId;
    row("TPM with registration ID", t, Field::Unknown, "");
    t.registrationId = QStringLiteral("line/3");
    row("TPM with a bad registration ID", t, Field::RegistrationId, "'/' at position 5");
    t = tpm;
    t.idScope.clear();
    row("TPM without scope", t, Field::IdScope, "ID scope is required");

    ProvisioningSettings dx;
    dx.type = ProvisioningType::DpsX509;
    dx.idScope = kIdScope;
    dx.identityCertPath = cert;
    dx.identityPrivKeyPath = key;
    row("DPS X.509", dx, Field::Unknown, "");
    ProvisioningSettings d = dx;
    d.identityPrivKeyPath.clear();
    row("DPS X.509 without key", d, Field::IdentityPrivKeyPath, "is required");
    d = dx;
    d.idScope = QStringLiteral("0ne0000");
    row("DPS X.509 short scope", d, Field::IdScope, "has 7 characters");

    ProvisioningSettings sym;
    sym.type = ProvisioningType::DpsSymmetricKey;
    sym.idScope = kIdScope;
    sym.registrationId = kRegistrationId;
    sym.keySource = SymmetricKeySource::IndividualEnrollment;
    sym.secretRef = QStringLiteral("keychain:sn-007");
    row("symmetric key, individual", sym, Field::Unknown, "");
    ProvisioningSettings s = sym;
    s.keySource = SymmetricKeySource::GroupEnrollment;
    s.enrollmentGroupId = QStringLiteral("factory-a");
    row("symmetric key, group", s, Field::Unknown, "");
    s.enrollmentGroupId = QStringLiteral("factory a");
    row("symmetric key, bad group ID", s, Field::EnrollmentGroupId, "a space at position 8");
    s = sym;
    s.globalEndpoint = QStringLiteral("https://global.azure-devices-provisioning.net");
    row("explicit global endpoint", s, Field::Unknown, "");
    s.globalEndpoint = QStringLiteral("http://global.azure-devices-provisioning.net");
    row("plain http endpoint", s, Field::GlobalEndpoint, "is not an https URL");
    s.globalEndpoint = QStringLiteral("global.azure-devices-provisioning.net");
    row("endpoint without scheme", s, Field::GlobalEndpoint, "is not an https URL");
    s.globalEndpoint = QStringLiteral("https://user:pw@dps.example.com");
    row("endpoint with credentials", s, Field::GlobalEndpoint, "is not an https URL");
    s = sym;
    s.registrationId.clear();
    row("symmetric key without registration ID", s, Field::RegistrationId, "Registration ID is required");
    s = sym;
    s.keySource = SymmetricKeySource::Unknown;
    row("symmetric key without key source", s, Field::KeySource, "Key source is required");
    s = sym;
    s.secretRef = QStringLiteral("  ");
    row("symmetric key without secret", s, Field::SecretRef, "store the symmetric key");
    s.keySource = SymmetricKeySource::GroupEnrollment;
    row("group key without secret", s, Field::SecretRef, "store the enrollment group's key");
    // A raw key where the reference belongs would be copied into plan files and the journal: refused,
    // and the sentence never quotes it.
    s = sym;
    s.secretRef = QStringLiteral("c2VjcmV0LWtleS1ub3QtYS1yZWFsLW9uZS0xMjM0NTY3OA==");
    row("raw key as secret reference", s, Field::SecretRef, "not a reference to one");
    s.secretRef = QStringLiteral("HostName=hub.azure-devices.net;DeviceId=d;SharedAccessKey=abc");
    row("connection string as secret reference", s, Field::SecretRef, "not a reference to one");
    s.secretRef = QStringLiteral("keychain:bad name");
    row("secret reference with a space", s, Field::SecretRef, "not a valid key name");
    s.secretRef = QStringLiteral("vault:edge-01");
    row("secret reference of another scheme", s, Field::SecretRef, "keychain:");

    row("no method", ProvisioningSettings{}, Field::ProvisioningType, "Provisioning method is required");
}

void tst_Validation::provisioning()
{
    QFETCH(ProvisioningSettings, settings);
    QFETCH(bool, valid);
    QFETCH(int, field);
    QFETCH(QString, fragment);

    for (EflowRelease release : {EflowRelease::Lts1_1, EflowRelease::Lts1_4, EflowRelease::Lts1_5}) {
        const QString error =
            mismatch(validateProvisioning(settings, release), valid, Field(field), fragment);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
