#include "engine/plan/PlanFile.h"

#include <cstddef>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QStringList>

#include "engine/support/JsonDuplicateKeys.h"
#include "engine/support/JsonReader.h"

namespace eflow::plan {

namespace {

// A plan is a few kilobytes; anything far larger is not a plan and is not read into memory.
constexpr qint64 kMaxPlanFileBytes = 1024 * 1024;

// ---- enum words ----------------------------------------------------------------------------------

template<typename Enum>
struct Word
{
    Enum value;
    const char *text;
};

constexpr Word<VmLogSize> kLogSizes[] = {{VmLogSize::Small, "Small"}, {VmLogSize::Large, "Large"}};
constexpr Word<VSwitchType> kSwitchTypes[] = {{VSwitchType::Internal, "Internal"},
                                              {VSwitchType::External, "External"}};
constexpr Word<GpuPassthrough> kGpuTypes[] = {
    {GpuPassthrough::None, "None"},
    {GpuPassthrough::DirectDeviceAssignment, "DirectDeviceAssignment"},
    {GpuPassthrough::ParaVirtualization, "ParaVirtualization"}};
// The -provisioningType spellings of Provision-EflowVm (reference/eflow.md §2.2), except that plan files
// have always said "DpsTpm"; the module's "DpsTPM" (provisioningTypeKey()) is read too, as every word
// is read in any case.
constexpr Word<ProvisioningType> kProvisioningTypes[] = {
    {ProvisioningType::ManualConnectionString, "ManualConnectionString"},
    {ProvisioningType::ManualX509, "ManualX509"},
    {ProvisioningType::DpsTpm, "DpsTpm"},
    {ProvisioningType::DpsX509, "DpsX509"},
    {ProvisioningType::DpsSymmetricKey, "DpsSymmetricKey"}};
constexpr Word<SymmetricKeySource> kKeySources[] = {{SymmetricKeySource::IndividualEnrollment, "individual"},
                                                    {SymmetricKeySource::GroupEnrollment, "group"}};

template<typename Enum, std::size_t N>
QString wordFor(const Word<Enum> (&table)[N], Enum value)
{
    for (const Word<Enum> &w : table) {
        if (w.value == value)
            return QString::fromLatin1(w.text);
    }
    return QString();
}

template<typename Enum, std::size_t N>
QStringList wordsOf(const Word<Enum> (&table)[N])
{
    QStringList out;
    for (const Word<Enum> &w : table)
        out << QString::fromLatin1(w.text);
    return out;
}

// ---- secret detection ----------------------------------------------------------------------------

// Returns the path of the first key that looks like a secret (or of a value that is plainly one),
// searching every object and list.
std::optional<QString> findSecretKey(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString childPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (isSecretLikeKey(it.key()))
                return childPath;
            if (auto found = findSecretKey(it.value(), childPath))
                return found;
        }
    } else if (value.isString()) {
        // A pasted connection string or SAS token under an innocent key (secretRef, deviceId, …).
        const QString text = value.toString();
        if (text.contains(QLatin1String("SharedAccessKey="), Qt::CaseInsensitive) ||
            text.startsWith(QLatin1String("SharedAccessSignature "), Qt::CaseInsensitive))
            return path;
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = findSecretKey(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                return found;
        }
    }
    return std::nullopt;
}

// ---- reading -------------------------------------------------------------------------------------

using support::JsonReader;

// An enum word of the plan, in any case.
template<typename Enum, std::size_t N>
void readWord(JsonReader &r, const QString &key, const Word<Enum> (&table)[N], Enum *out)
{
    const auto fromWord = [&table](const QString &text) {
        for (const Word<Enum> &w : table) {
            if (text.compare(QLatin1String(w.text), Qt::CaseInsensitive) == 0)
                return w.value;
        }
        return Enum::Unknown;
    };
    r.word(key, out, fromWord, wordsOf(table));
}

// Unknown keys are refused: a plan drives an unattended deployment, and a misspelt "cpucount" silently
// falling back to the default would be worse than an error. Call after all reads of the object.
void refuseUnknownKeys(JsonReader &r)
{
    if (!r.ok())
        return;
    if (const std::optional<QString> path = r.unknownKeyPath())
        r.fail(
            PlanFileTr::tr("%1: unknown key; check its spelling against the plan file format.").arg(*path));
}

void readVm(JsonReader &r, VmSettings *vm)
{
    r.integer(QStringLiteral("cpuCount"), &vm->cpuCount);
    r.integer(QStringLiteral("memoryMb"), &vm->memoryMb);
    r.optionalInteger(QStringLiteral("diskSizeGb"), &vm->diskSizeGb);
    r.optionalInteger(QStringLiteral("dataSizeGb"), &vm->dataSizeGb);
    readWord(r, QStringLiteral("logSize"), kLogSizes, &vm->logSize);
}

void readNetwork(JsonReader &r, NetworkSettings *net)
{
    r.string(QStringLiteral("switchName"), &net->switchName);
    readWord(r, QStringLiteral("switchType"), kSwitchTypes, &net->switchType);
    r.boolean(QStringLiteral("staticIp"), &net->staticIp);
    r.string(QStringLiteral("ip4Address"), &net->ip4Address);
    r.optionalInteger(QStringLiteral("ip4PrefixLength"), &net->ip4PrefixLength);
    r.string(QStringLiteral("ip4GatewayAddress"), &net->ip4GatewayAddress);
    r.stringList(QStringLiteral("dnsServers"), &net->dnsServers);
}

void readGpu(JsonReader &r, GpuSettings *gpu)
{
    readWord(r, QStringLiteral("type"), kGpuTypes, &gpu->type);
    r.string(QStringLiteral("name"), &gpu->name);
    r.integer(QStringLiteral("count"), &gpu->count);
}

void readInstall(JsonReader &r, InstallSettings *install)
{
    r.string(QStringLiteral("msiPath"), &install->msiPath);
    r.string(QStringLiteral("downloadUrl"), &install->downloadUrl);
    r.string(QStringLiteral("installDir"), &install->installDir);
    r.string(QStringLiteral("vhdxDir"), &install->vhdxDir);
}

void readSwitchCreation(JsonReader &r, SwitchCreation *sc)
{
    r.boolean(QStringLiteral("create"), &sc->create);
    r.string(QStringLiteral("name"), &sc->name);
    r.string(QStringLiteral("hostAddress"), &sc->hostAddress);
    r.integer(QStringLiteral("prefixLength"), &sc->prefixLength);
}

void readEdgeProxy(JsonReader &r, EdgeProxySettings *proxy)
{
    r.string(QStringLiteral("url"), &proxy->url);
    r.string(QStringLiteral("upstreamProtocol"), &proxy->upstreamProtocol);
}

void readProvisioning(JsonReader &r, ProvisioningSettings *p)
{
    readWord(r, QStringLiteral("type"), kProvisioningTypes, &p->type);
    r.string(QStringLiteral("globalEndpoint"), &p->globalEndpoint);
    r.string(QStringLiteral("idScope"), &p->idScope);
    r.string(QStringLiteral("registrationId"), &p->registrationId);
    readWord(r, QStringLiteral("keySource"), kKeySources, &p->keySource);
    r.string(QStringLiteral("enrollmentGroupId"), &p->enrollmentGroupId);
    r.string(QStringLiteral("iotHubHostname"), &p->iotHubHostname);
    r.string(QStringLiteral("deviceId"), &p->deviceId);
    r.string(QStringLiteral("identityCertPath"), &p->identityCertPath);
    r.string(QStringLiteral("identityPrivKeyPath"), &p->identityPrivKeyPath);
    r.string(QStringLiteral("secretRef"), &p->secretRef);
}

template<typename Fn>
void readSection(JsonReader &parent, const QString &key, Fn fn)
{
    if (std::optional<JsonReader> child = parent.section(key)) {
        fn(*child);
        refuseUnknownKeys(*child);
    }
}

void putWord(QJsonObject &json, const QString &key, const QString &word)
{
    if (!word.isEmpty())
        json.insert(key, word);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool isSecretLikeKey(const QString &key)
{
    const QString k = key.toLower();
    // The plan's own non-secret keys that would otherwise match the patterns below.
    if (k == QLatin1String("secretref") || k == QLatin1String("keysource"))
        return false;
    static const QStringList exact = {QStringLiteral("symmetrickey"),
                                      QStringLiteral("symmkey"),
                                      QStringLiteral("key"),
                                      QStringLiteral("groupkey"),
                                      QStringLiteral("primarykey"),
                                      QStringLiteral("secondarykey"),
                                      QStringLiteral("connectionstring"),
                                      QStringLiteral("devconnstring"),
                                      QStringLiteral("sharedaccesskey"),
                                      QStringLiteral("sas"),
                                      QStringLiteral("token"),
                                      QStringLiteral("password"),
                                      QStringLiteral("secret")};
    if (exact.contains(k))
        return true;
    // Variants such as "deviceKey", "sasToken", "dpsPassword", "iotHubConnectionString", "privateKey".
    return k.endsWith(QLatin1String("key")) || k.contains(QLatin1String("password")) ||
           k.contains(QLatin1String("token")) || k.contains(QLatin1String("connectionstring")) ||
           k.contains(QLatin1String("connstring")) || k.startsWith(QLatin1String("sas")) ||
           k.contains(QLatin1String("secret"));
}

QJsonObject planToJson(const DeploymentPlan &plan)
{
    QJsonObject json;
    json.insert(QStringLiteral("schema"), kPlanSchemaVersion);
    putWord(json, QStringLiteral("release"), releaseKey(plan.release));
    json.insert(QStringLiteral("eulaAccepted"), plan.eulaAccepted);
    json.insert(QStringLiteral("optionalTelemetry"), plan.optionalTelemetry);

    QJsonObject vm;
    vm.insert(QStringLiteral("cpuCount"), plan.vm.cpuCount);
    vm.insert(QStringLiteral("memoryMb"), plan.vm.memoryMb);
    if (plan.vm.diskSizeGb)
        vm.insert(QStringLiteral("diskSizeGb"), *plan.vm.diskSizeGb);
    if (plan.vm.dataSizeGb)
        vm.insert(QStringLiteral("dataSizeGb"), *plan.vm.dataSizeGb);
    putWord(vm, QStringLiteral("logSize"), wordFor(kLogSizes, plan.vm.logSize));
    json.insert(QStringLiteral("vm"), vm);

    QJsonObject net;
    net.insert(QStringLiteral("switchName"), plan.network.switchName);
    putWord(net, QStringLiteral("switchType"), wordFor(kSwitchTypes, plan.network.switchType));
    net.insert(QStringLiteral("staticIp"), plan.network.staticIp);
    net.insert(QStringLiteral("ip4Address"), plan.network.ip4Address);
    if (plan.network.ip4PrefixLength)
        net.insert(QStringLiteral("ip4PrefixLength"), *plan.network.ip4PrefixLength);
    net.insert(QStringLiteral("ip4GatewayAddress"), plan.network.ip4GatewayAddress);
    net.insert(QStringLiteral("dnsServers"), QJsonArray::fromStringList(plan.network.dnsServers));
    json.insert(QStringLiteral("network"), net);

    QJsonObject gpu;
    putWord(gpu, QStringLiteral("type"), wordFor(kGpuTypes, plan.gpu.type));
    gpu.insert(QStringLiteral("name"), plan.gpu.name);
    gpu.insert(QStringLiteral("count"), plan.gpu.count);
    json.insert(QStringLiteral("gpu"), gpu);

    QJsonObject install;
    install.insert(QStringLiteral("msiPath"), plan.install.msiPath);
    install.insert(QStringLiteral("downloadUrl"), plan.install.downloadUrl);
    install.insert(QStringLiteral("installDir"), plan.install.installDir);
    install.insert(QStringLiteral("vhdxDir"), plan.install.vhdxDir);
    json.insert(QStringLiteral("install"), install);

    QJsonObject sc;
    sc.insert(QStringLiteral("create"), plan.switchCreation.create);
    sc.insert(QStringLiteral("name"), plan.switchCreation.name);
    sc.insert(QStringLiteral("hostAddress"), plan.switchCreation.hostAddress);
    sc.insert(QStringLiteral("prefixLength"), plan.switchCreation.prefixLength);
    json.insert(QStringLiteral("switchCreation"), sc);

    if (plan.edgeProxy.isSet() || !plan.edgeProxy.upstreamProtocol.isEmpty()) {
        QJsonObject proxy;
        proxy.insert(QStringLiteral("url"), plan.edgeProxy.url);
        proxy.insert(QStringLiteral("upstreamProtocol"), plan.edgeProxy.upstreamProtocol);
        json.insert(QStringLiteral("edgeProxy"), proxy);
    }

    const ProvisioningSettings &p = plan.provisioning;
    QJsonObject prov;
    putWord(prov, QStringLiteral("type"), wordFor(kProvisioningTypes, p.type));
    prov.insert(QStringLiteral("globalEndpoint"), p.globalEndpoint);
    prov.insert(QStringLiteral("idScope"), p.idScope);
    prov.insert(QStringLiteral("registrationId"), p.registrationId);
    putWord(prov, QStringLiteral("keySource"), wordFor(kKeySources, p.keySource));
    prov.insert(QStringLiteral("enrollmentGroupId"), p.enrollmentGroupId);
    prov.insert(QStringLiteral("iotHubHostname"), p.iotHubHostname);
    prov.insert(QStringLiteral("deviceId"), p.deviceId);
    prov.insert(QStringLiteral("identityCertPath"), p.identityCertPath);
    prov.insert(QStringLiteral("identityPrivKeyPath"), p.identityPrivKeyPath);
    prov.insert(QStringLiteral("secretRef"), p.secretRef);
    json.insert(QStringLiteral("provisioning"), prov);
    return json;
}

std::optional<DeploymentPlan> planFromJson(const QJsonObject &json, QString *error)
{
    // Secrets first, before anything else could be reported: the message must say why such a key
    // is refused even when other things are wrong too.
    if (const auto secretPath = findSecretKey(json, QString())) {
        //: %1 is a key path in the plan file, e.g. provisioning.symmetricKey
        setError(error, PlanFileTr::tr(
                            "%1: plan files never hold secrets. Give the secret on standard input or keep "
                            "it in the keychain and name it with provisioning.secretRef.")
                            .arg(*secretPath));
        return std::nullopt;
    }

    QString problem;
    JsonReader r(json, QString(), &problem);
    r.schema(kPlanSchemaVersion);

    DeploymentPlan plan;
    QStringList releaseKeys;
    for (EflowRelease release : supportedReleases())
        releaseKeys << releaseKey(release);
    r.word(QStringLiteral("release"), &plan.release, releaseFromKey, releaseKeys);
    r.boolean(QStringLiteral("eulaAccepted"), &plan.eulaAccepted);
    r.boolean(QStringLiteral("optionalTelemetry"), &plan.optionalTelemetry);
    readSection(r, QStringLiteral("vm"), [&plan](JsonReader &s) { readVm(s, &plan.vm); });
    readSection(r, QStringLiteral("network"), [&plan](JsonReader &s) { readNetwork(s, &plan.network); });
    readSection(r, QStringLiteral("gpu"), [&plan](JsonReader &s) { readGpu(s, &plan.gpu); });
    readSection(r, QStringLiteral("install"), [&plan](JsonReader &s) { readInstall(s, &plan.install); });
    readSection(r, QStringLiteral("switchCreation"),
                [&plan](JsonReader &s) { readSwitchCreation(s, &plan.switchCreation); });
    readSection(r, QStringLiteral("provisioning"),
                [&plan](JsonReader &s) { readProvisioning(s, &plan.provisioning); });
    readSection(r, QStringLiteral("edgeProxy"),
                [&plan](JsonReader &s) { readEdgeProxy(s, &plan.edgeProxy); });
    refuseUnknownKeys(r);

    if (!problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return plan;
}

bool savePlan(const QString &path, const DeploymentPlan &plan, QString *error)
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 file path, %2 the system's reason
        setError(error, PlanFileTr::tr("Cannot write the plan file '%1': %2.").arg(path, file.errorString()));
        return false;
    }
    // Before the rename, so the file is never visible with wider permissions.
    file.setPermissions(ownerOnly);
    const QByteArray bytes = QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, PlanFileTr::tr("Cannot write the plan file '%1': %2.").arg(path, file.errorString()));
        return false;
    }
    if (!QFile::setPermissions(path, ownerOnly)) {
        setError(error,
                 PlanFileTr::tr("The plan file '%1' was written, but its permissions could not be limited to "
                                "its owner.")
                     .arg(path));
        return false;
    }
    if (error)
        error->clear();
    return true;
}

std::optional<DeploymentPlan> loadPlan(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, PlanFileTr::tr("Cannot read the plan file '%1': %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxPlanFileBytes) {
        setError(error, PlanFileTr::tr("The plan file '%1' is %2 bytes; a plan file is at most %3 bytes.")
                            .arg(path, QString::number(file.size()), QString::number(kMaxPlanFileBytes)));
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxPlanFileBytes + 1);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 file path, %2 the parser's reason, %3 byte offset
        setError(error, PlanFileTr::tr("The plan file '%1' is not valid JSON: %2 at offset %3.")
                            .arg(path, parseError.errorString(), QString::number(parseError.offset)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(error, PlanFileTr::tr("The plan file '%1' does not hold a JSON object.").arg(path));
        return std::nullopt;
    }
    // Issue 14 item 8: of two equal keys Qt keeps one silently; the author may have meant the other.
    if (const auto duplicate = support::findDuplicateJsonKey(bytes)) {
        //: %1 file path, %2 the key path, e.g. vm.cpuCount
        setError(error, PlanFileTr::tr("The plan file '%1': %2 appears more than once; keep one of them.")
                            .arg(path, *duplicate));
        return std::nullopt;
    }
    QString problem;
    auto plan = planFromJson(doc.object(), &problem);
    if (!plan) {
        //: %1 file path, %2 the problem (names the key)
        setError(error, PlanFileTr::tr("The plan file '%1': %2").arg(path, problem));
        return std::nullopt;
    }
    if (error)
        error->clear();
    return plan;
}

} // namespace eflow::plan
