#include "engine/sim/SimHostState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "engine/sim/SimScenario.h"
#include "engine/support/OwnerOnlySaveFile.h"

namespace eflow::sim {

namespace {

struct SimHostStateTr
{
    Q_DECLARE_TR_FUNCTIONS(SimHostState)
};

const QString kFileName = QStringLiteral("sim-host.json");

QString provisioningKey(SimHostState::Provisioning p)
{
    switch (p) {
    case SimHostState::Provisioning::Assigned:
        return QStringLiteral("assigned");
    case SimHostState::Provisioning::Failed:
        return QStringLiteral("failed");
    case SimHostState::Provisioning::Unknown:
        break;
    }
    return {};
}

SimHostState::Provisioning provisioningFromKey(const QString &key)
{
    if (key == QLatin1String("assigned"))
        return SimHostState::Provisioning::Assigned;
    if (key == QLatin1String("failed"))
        return SimHostState::Provisioning::Failed;
    return SimHostState::Provisioning::Unknown;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (when.isValid())
        when = when.toUTC();
    return when;
}

} // namespace

SimHostState SimHostState::initial(const SimScenario &scenario)
{
    SimHostState state;
    state.scenarioId = scenario.id;
    const host::HostFacts &facts = scenario.facts;
    state.hyperV = facts.hyperV;
    if (scenario.preinstalledRelease != plan::EflowRelease::Unknown) {
        state.eflowInstalled = true;
        state.release = scenario.preinstalledRelease;
        state.eflowVersion = facts.eflow.version;
        state.installDir = facts.eflow.installDir;
    }
    if (scenario.preexistingVm) {
        state.vmExists = true;
        state.vmName = facts.computerName + QStringLiteral("-EFLOW");
        const host::VirtualSwitch *sw = facts.switches.isEmpty() ? nullptr : &facts.switches.constFirst();
        state.vmSwitch = sw ? sw->name : QString();
        // An address the previous deployment got from the Default Switch's DHCP.
        state.vmIp = QStringLiteral("172.25.28.117");
        state.vmPrefixLength = sw ? sw->prefixLength : 20;
        state.vmGateway = sw ? sw->hostAddress : QString();
        state.vmMac = QStringLiteral("00:15:5d:2a:7c:41");
        state.vmCpuCount = 2;
        state.vmMemoryMb = 2048;
        state.vmDiskGb = 29;
        state.vmCreatedAt = QDateTime::currentDateTimeUtc().addDays(-41);
    }
    return state;
}

QString SimHostState::filePath(const QString &directory)
{
    return QDir(directory).filePath(kFileName);
}

QString simStateUnreadableId()
{
    return QStringLiteral("sim.stateUnreadable");
}

QString simStateDamagedId()
{
    return QStringLiteral("sim.stateDamaged");
}

bool SimHostState::load(const QString &directory, QString *error)
{
    return read(directory, error) == ReadResult::Loaded;
}

SimHostState::ReadResult SimHostState::read(const QString &directory, QString *error)
{
    if (directory.isEmpty())
        return ReadResult::Missing;
    QFile file(filePath(directory));
    if (!file.exists())
        return ReadResult::Missing;
    if (QFileInfo(file.fileName()).isDir() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = SimHostStateTr::tr("Cannot read %1: %2")
                         .arg(file.fileName(), QFileInfo(file.fileName()).isDir()
                                                   ? SimHostStateTr::tr("it is a folder")
                                                   : file.errorString());
        return ReadResult::Unreadable;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonValue schema = doc.object().value(QStringLiteral("schema"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !schema.isDouble() ||
        schema.toDouble() != 1 || !doc.object().value(QStringLiteral("scenario")).isString()) {
        if (error)
            *error = SimHostStateTr::tr("%1 is not a valid state file.").arg(file.fileName());
        return ReadResult::Damaged;
    }
    *this = fromJson(doc.object());
    return ReadResult::Loaded;
}

bool SimHostState::save(const QString &directory, QString *error) const
{
    if (directory.isEmpty())
        return true;
    // The demo machine's own folder (under the wizard's data folder): its owner's only, as the file is.
    if (!support::OwnerOnlySaveFile::makeOwnerOnlyFolder(directory, error))
        return false;
    support::OwnerOnlySaveFile file(filePath(directory)); // IDs of the device whose key the keychain holds
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = SimHostStateTr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QJsonObject SimHostState::toJson() const
{
    QJsonArray switches;
    for (const host::VirtualSwitch &sw : createdSwitches) {
        switches.append(QJsonObject{{QStringLiteral("name"), sw.name},
                                    {QStringLiteral("kind"), host::switchKindKey(sw.kind)},
                                    {QStringLiteral("netAdapter"), sw.netAdapter},
                                    {QStringLiteral("hasNat"), sw.hasNat},
                                    {QStringLiteral("hostAddress"), sw.hostAddress},
                                    {QStringLiteral("prefixLength"), sw.prefixLength}});
    }
    return QJsonObject{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("scenario"), scenarioId},
        {QStringLiteral("hyperV"), host::featureStateKey(hyperV)},
        {QStringLiteral("restartingUntil"), dateText(restartingUntil)},
        {QStringLiteral("eflow"), QJsonObject{{QStringLiteral("installed"), eflowInstalled},
                                              {QStringLiteral("release"), plan::releaseKey(release)},
                                              {QStringLiteral("version"), eflowVersion},
                                              {QStringLiteral("installDir"), installDir},
                                              {QStringLiteral("vhdxDir"), vhdxDir}}},
        {QStringLiteral("switches"), switches},
        {QStringLiteral("vm"), QJsonObject{{QStringLiteral("exists"), vmExists},
                                           {QStringLiteral("name"), vmName},
                                           {QStringLiteral("ip"), vmIp},
                                           {QStringLiteral("mac"), vmMac},
                                           {QStringLiteral("prefixLength"), vmPrefixLength},
                                           {QStringLiteral("gateway"), vmGateway},
                                           {QStringLiteral("switch"), vmSwitch},
                                           {QStringLiteral("staticIp"), vmStaticIp},
                                           {QStringLiteral("cpuCount"), vmCpuCount},
                                           {QStringLiteral("memoryMb"), vmMemoryMb},
                                           {QStringLiteral("diskGb"), vmDiskGb},
                                           {QStringLiteral("gpuCount"), vmGpuCount},
                                           {QStringLiteral("createdAt"), dateText(vmCreatedAt)},
                                           {QStringLiteral("deployCount"), deployCount}}},
        {QStringLiteral("provisioning"),
         QJsonObject{{QStringLiteral("type"), plan::provisioningTypeKey(provisioningType)},
                     {QStringLiteral("idScope"), idScope},
                     {QStringLiteral("registrationId"), registrationId},
                     {QStringLiteral("globalEndpoint"), globalEndpoint},
                     {QStringLiteral("outcome"), provisioningKey(provisioning)},
                     {QStringLiteral("assignedHub"), assignedHub},
                     {QStringLiteral("deviceId"), deviceId},
                     {QStringLiteral("registeredAt"), dateText(registeredAt)},
                     {QStringLiteral("dpsError"), dpsError},
                     {QStringLiteral("dpsHttpStatus"), dpsHttpStatus},
                     {QStringLiteral("dpsErrorCode"), double(dpsErrorCode)},
                     {QStringLiteral("dpsErrorBody"), dpsErrorBody},
                     {QStringLiteral("provisionedAt"), dateText(provisionedAt)},
                     {QStringLiteral("runtimeStartedAt"), dateText(runtimeStartedAt)},
                     {QStringLiteral("count"), provisionCount},
                     {QStringLiteral("edgeProxy"), edgeProxy},
                     {QStringLiteral("edgeUpstreamProtocol"), edgeUpstreamProtocol}}},
    };
}

SimHostState SimHostState::fromJson(const QJsonObject &json)
{
    SimHostState s;
    s.scenarioId = json.value(QStringLiteral("scenario")).toString();
    s.hyperV = host::featureStateFromKey(json.value(QStringLiteral("hyperV")).toString());
    s.restartingUntil = dateFrom(json.value(QStringLiteral("restartingUntil")));

    const QJsonObject eflow = json.value(QStringLiteral("eflow")).toObject();
    s.eflowInstalled = eflow.value(QStringLiteral("installed")).toBool();
    s.release = plan::releaseFromKey(eflow.value(QStringLiteral("release")).toString());
    s.eflowVersion = eflow.value(QStringLiteral("version")).toString();
    s.installDir = eflow.value(QStringLiteral("installDir")).toString();
    s.vhdxDir = eflow.value(QStringLiteral("vhdxDir")).toString();

    for (const QJsonValue &v : json.value(QStringLiteral("switches")).toArray()) {
        const QJsonObject o = v.toObject();
        host::VirtualSwitch sw;
        sw.name = o.value(QStringLiteral("name")).toString();
        sw.kind = host::switchKindFromKey(o.value(QStringLiteral("kind")).toString());
        sw.netAdapter = o.value(QStringLiteral("netAdapter")).toString();
        sw.hasNat = o.value(QStringLiteral("hasNat")).toBool();
        sw.hostAddress = o.value(QStringLiteral("hostAddress")).toString();
        sw.prefixLength = o.value(QStringLiteral("prefixLength")).toInt();
        s.createdSwitches.append(sw);
    }

    const QJsonObject vm = json.value(QStringLiteral("vm")).toObject();
    s.vmExists = vm.value(QStringLiteral("exists")).toBool();
    s.vmName = vm.value(QStringLiteral("name")).toString();
    s.vmIp = vm.value(QStringLiteral("ip")).toString();
    s.vmMac = vm.value(QStringLiteral("mac")).toString();
    s.vmPrefixLength = vm.value(QStringLiteral("prefixLength")).toInt();
    s.vmGateway = vm.value(QStringLiteral("gateway")).toString();
    s.vmSwitch = vm.value(QStringLiteral("switch")).toString();
    s.vmStaticIp = vm.value(QStringLiteral("staticIp")).toBool();
    s.vmCpuCount = vm.value(QStringLiteral("cpuCount")).toInt();
    s.vmMemoryMb = vm.value(QStringLiteral("memoryMb")).toInt();
    s.vmDiskGb = vm.value(QStringLiteral("diskGb")).toInt();
    s.vmGpuCount = vm.value(QStringLiteral("gpuCount")).toInt();
    s.vmCreatedAt = dateFrom(vm.value(QStringLiteral("createdAt")));
    s.deployCount = vm.value(QStringLiteral("deployCount")).toInt();

    const QJsonObject p = json.value(QStringLiteral("provisioning")).toObject();
    s.provisioningType = plan::provisioningTypeFromKey(p.value(QStringLiteral("type")).toString());
    s.idScope = p.value(QStringLiteral("idScope")).toString();
    s.registrationId = p.value(QStringLiteral("registrationId")).toString();
    s.globalEndpoint = p.value(QStringLiteral("globalEndpoint")).toString();
    s.provisioning = provisioningFromKey(p.value(QStringLiteral("outcome")).toString());
    s.assignedHub = p.value(QStringLiteral("assignedHub")).toString();
    s.deviceId = p.value(QStringLiteral("deviceId")).toString();
    s.registeredAt = dateFrom(p.value(QStringLiteral("registeredAt")));
    s.dpsError = p.value(QStringLiteral("dpsError")).toString();
    s.dpsHttpStatus = p.value(QStringLiteral("dpsHttpStatus")).toInt();
    s.dpsErrorCode = qint64(p.value(QStringLiteral("dpsErrorCode")).toDouble());
    s.dpsErrorBody = p.value(QStringLiteral("dpsErrorBody")).toString();
    s.provisionedAt = dateFrom(p.value(QStringLiteral("provisionedAt")));
    s.runtimeStartedAt = dateFrom(p.value(QStringLiteral("runtimeStartedAt")));
    s.provisionCount = p.value(QStringLiteral("count")).toInt();
    s.edgeProxy = p.value(QStringLiteral("edgeProxy")).toString();
    s.edgeUpstreamProtocol = p.value(QStringLiteral("edgeUpstreamProtocol")).toString();
    return s;
}

} // namespace eflow::sim
