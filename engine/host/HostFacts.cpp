#include "engine/host/HostFacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include "engine/support/JsonReader.h"

namespace eflow::host {

namespace {

struct HostFactsTr
{
    Q_DECLARE_TR_FUNCTIONS(HostFacts)
};

constexpr int kSchemaVersion = 1;

const QString kDefaultSwitchName = QStringLiteral("Default Switch");

QString vmPowerStateKey(VmPowerState state)
{
    switch (state) {
    case VmPowerState::Running:
        return QStringLiteral("Running");
    case VmPowerState::Off:
        return QStringLiteral("Off");
    case VmPowerState::Unknown:
        break;
    }
    return QString();
}

VmPowerState vmPowerStateFromKey(const QString &key)
{
    if (key == QLatin1String("Running"))
        return VmPowerState::Running;
    if (key == QLatin1String("Off"))
        return VmPowerState::Off;
    return VmPowerState::Unknown;
}

void putNumber(QJsonObject &json, const QString &key, qint64 value)
{
    // -1 is the "not reported" marker in memory; on the wire it is an absent key.
    if (value >= 0)
        json.insert(key, double(value));
}

void putFeature(QJsonObject &json, const QString &key, FeatureState state)
{
    if (state != FeatureState::Unknown)
        json.insert(key, featureStateKey(state));
}

void putOptionalBool(QJsonObject &json, const QString &key, const std::optional<bool> &value)
{
    if (value)
        json.insert(key, *value);
}

QJsonObject cultureToJson(const HostCulture &c)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), c.name);
    json.insert(QStringLiteral("uiName"), c.uiName);
    putNumber(json, QStringLiteral("outputCodePage"), c.outputCodePage);
    putNumber(json, QStringLiteral("ansiCodePage"), c.ansiCodePage);
    putNumber(json, QStringLiteral("oemCodePage"), c.oemCodePage);
    json.insert(QStringLiteral("decimalSeparator"), c.decimalSeparator);
    json.insert(QStringLiteral("groupSeparator"), c.groupSeparator);
    json.insert(QStringLiteral("shortDatePattern"), c.shortDatePattern);
    json.insert(QStringLiteral("longTimePattern"), c.longTimePattern);
    return json;
}

void readCulture(support::JsonReader &r, HostCulture &c)
{
    r.string(QStringLiteral("name"), &c.name);
    r.string(QStringLiteral("uiName"), &c.uiName);
    r.integer(QStringLiteral("outputCodePage"), &c.outputCodePage);
    r.integer(QStringLiteral("ansiCodePage"), &c.ansiCodePage);
    r.integer(QStringLiteral("oemCodePage"), &c.oemCodePage);
    r.string(QStringLiteral("decimalSeparator"), &c.decimalSeparator);
    r.string(QStringLiteral("groupSeparator"), &c.groupSeparator);
    r.string(QStringLiteral("shortDatePattern"), &c.shortDatePattern);
    r.string(QStringLiteral("longTimePattern"), &c.longTimePattern);
}

const QStringList &featureWords()
{
    static const QStringList words = {QStringLiteral("enabled"), QStringLiteral("disabled"),
                                      QStringLiteral("enablePending"), QStringLiteral("notAvailable")};
    return words;
}

} // namespace

int HostCulture::textCodePage() const
{
    if (outputCodePage > 0 && outputCodePage != 65001)
        return outputCodePage;
    return ansiCodePage > 0 ? ansiCodePage : 0;
}

bool HostFacts::hasDefaultSwitch() const
{
    for (const VirtualSwitch &s : switches) {
        if (s.isDefaultSwitch || s.name.compare(kDefaultSwitchName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const VirtualSwitch *HostFacts::findSwitch(const QString &name) const
{
    for (const VirtualSwitch &s : switches) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

ServiceRunState HostFacts::serviceState(const QString &name) const
{
    for (const HostService &s : services) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.state;
    }
    return ServiceRunState::Unknown;
}

QString featureStateText(FeatureState state)
{
    switch (state) {
    case FeatureState::Enabled:
        return HostFactsTr::tr("enabled");
    case FeatureState::Disabled:
        return HostFactsTr::tr("disabled");
    case FeatureState::EnablePending:
        return HostFactsTr::tr("enabled, restart pending");
    case FeatureState::NotAvailable:
        return HostFactsTr::tr("not available in this edition");
    case FeatureState::Unknown:
        break;
    }
    return HostFactsTr::tr("not reported");
}

QString featureStateKey(FeatureState state)
{
    switch (state) {
    case FeatureState::Enabled:
        return QStringLiteral("enabled");
    case FeatureState::Disabled:
        return QStringLiteral("disabled");
    case FeatureState::EnablePending:
        return QStringLiteral("enablePending");
    case FeatureState::NotAvailable:
        return QStringLiteral("notAvailable");
    case FeatureState::Unknown:
        break;
    }
    return QString();
}

FeatureState featureStateFromKey(const QString &key)
{
    for (FeatureState s : {FeatureState::Enabled, FeatureState::Disabled, FeatureState::EnablePending,
                           FeatureState::NotAvailable}) {
        if (featureStateKey(s) == key)
            return s;
    }
    return FeatureState::Unknown;
}

QString serviceRunStateKey(ServiceRunState state)
{
    switch (state) {
    case ServiceRunState::Running:
        return QStringLiteral("running");
    case ServiceRunState::Stopped:
        return QStringLiteral("stopped");
    case ServiceRunState::Missing:
        return QStringLiteral("missing");
    case ServiceRunState::Unknown:
        break;
    }
    return QString();
}

ServiceRunState serviceRunStateFromKey(const QString &key)
{
    for (ServiceRunState s : {ServiceRunState::Running, ServiceRunState::Stopped, ServiceRunState::Missing}) {
        if (serviceRunStateKey(s) == key)
            return s;
    }
    return ServiceRunState::Unknown;
}

QString switchKindKey(SwitchKind kind)
{
    switch (kind) {
    case SwitchKind::Internal:
        return QStringLiteral("Internal");
    case SwitchKind::External:
        return QStringLiteral("External");
    case SwitchKind::Private:
        return QStringLiteral("Private");
    case SwitchKind::Unknown:
        break;
    }
    return QString();
}

SwitchKind switchKindFromKey(const QString &key)
{
    for (SwitchKind k : {SwitchKind::Internal, SwitchKind::External, SwitchKind::Private}) {
        if (switchKindKey(k) == key)
            return k;
    }
    return SwitchKind::Unknown;
}

QJsonObject hostFactsToJson(const HostFacts &facts)
{
    QJsonObject json;
    json.insert(QStringLiteral("schema"), kSchemaVersion);
    json.insert(QStringLiteral("computerName"), facts.computerName);
    json.insert(QStringLiteral("osCaption"), facts.osCaption);
    json.insert(QStringLiteral("osVersion"), facts.osVersion);
    putNumber(json, QStringLiteral("buildNumber"), facts.buildNumber);
    putNumber(json, QStringLiteral("ubr"), facts.ubr);
    putNumber(json, QStringLiteral("operatingSystemSku"), facts.operatingSystemSku);
    putNumber(json, QStringLiteral("productType"), facts.productType);
    json.insert(QStringLiteral("architecture"), facts.architecture);
    json.insert(QStringLiteral("uiLanguage"), facts.uiLanguage);
    putNumber(json, QStringLiteral("totalMemoryMb"), facts.totalMemoryMb);
    putNumber(json, QStringLiteral("freeMemoryMb"), facts.freeMemoryMb);
    putNumber(json, QStringLiteral("logicalProcessors"), facts.logicalProcessors);

    QJsonObject disk;
    disk.insert(QStringLiteral("drive"), facts.disk.drive);
    putNumber(disk, QStringLiteral("freeMb"), facts.disk.freeMb);
    putNumber(disk, QStringLiteral("sizeMb"), facts.disk.sizeMb);
    json.insert(QStringLiteral("disk"), disk);

    putFeature(json, QStringLiteral("hyperV"), facts.hyperV);
    putFeature(json, QStringLiteral("hyperVPowerShell"), facts.hyperVPowerShell);
    putFeature(json, QStringLiteral("hyperVHypervisor"), facts.hyperVHypervisor);
    putFeature(json, QStringLiteral("virtualMachinePlatform"), facts.virtualMachinePlatform);
    putFeature(json, QStringLiteral("openSshClient"), facts.openSshClient);
    putOptionalBool(json, QStringLiteral("hypervisorPresent"), facts.hypervisorPresent);
    putOptionalBool(json, QStringLiteral("firmwareVirtualization"), facts.firmwareVirtualization);
    putOptionalBool(json, QStringLiteral("secondLevelAddressTranslation"),
                    facts.secondLevelAddressTranslation);

    QJsonArray services;
    for (const HostService &s : facts.services) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        if (s.state != ServiceRunState::Unknown)
            o.insert(QStringLiteral("state"), serviceRunStateKey(s.state));
        services.append(o);
    }
    json.insert(QStringLiteral("services"), services);

    json.insert(QStringLiteral("isVirtualMachine"), facts.isVirtualMachine);
    json.insert(QStringLiteral("virtualMachineVendor"), facts.virtualMachineVendor);
    json.insert(QStringLiteral("isAzureVm"), facts.isAzureVm);

    QJsonArray switches;
    for (const VirtualSwitch &s : facts.switches) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        if (s.kind != SwitchKind::Unknown)
            o.insert(QStringLiteral("kind"), switchKindKey(s.kind));
        o.insert(QStringLiteral("netAdapter"), s.netAdapter);
        o.insert(QStringLiteral("isDefaultSwitch"), s.isDefaultSwitch);
        o.insert(QStringLiteral("hasNat"), s.hasNat);
        o.insert(QStringLiteral("hostAddress"), s.hostAddress);
        o.insert(QStringLiteral("prefixLength"), s.prefixLength);
        switches.append(o);
    }
    json.insert(QStringLiteral("switches"), switches);

    QJsonArray gpus;
    for (const GpuInfo &g : facts.gpus) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), g.name);
        o.insert(QStringLiteral("driverVersion"), g.driverVersion);
        o.insert(QStringLiteral("ddaCapable"), g.ddaCapable);
        o.insert(QStringLiteral("gpuPvCapable"), g.gpuPvCapable);
        gpus.append(o);
    }
    json.insert(QStringLiteral("gpus"), gpus);
    json.insert(QStringLiteral("dnsServers"), QJsonArray::fromStringList(facts.dnsServers));

    json.insert(QStringLiteral("elevated"), facts.elevated);
    json.insert(QStringLiteral("executionPolicy"), facts.executionPolicy);
    json.insert(QStringLiteral("executionPolicyScope"), facts.executionPolicyScope);
    json.insert(QStringLiteral("psEdition"), facts.psEdition);
    json.insert(QStringLiteral("psVersion"), facts.psVersion);
    if (!facts.culture.isEmpty())
        json.insert(QStringLiteral("culture"), cultureToJson(facts.culture));

    QJsonObject eflow;
    eflow.insert(QStringLiteral("installed"), facts.eflow.installed);
    eflow.insert(QStringLiteral("productName"), facts.eflow.productName);
    eflow.insert(QStringLiteral("version"), facts.eflow.version);
    eflow.insert(QStringLiteral("release"),
                 facts.eflow.line.isEmpty() ? plan::releaseKey(facts.eflow.release) : facts.eflow.line);
    eflow.insert(QStringLiteral("installDir"), facts.eflow.installDir);
    json.insert(QStringLiteral("eflow"), eflow);

    QJsonObject vm;
    vm.insert(QStringLiteral("exists"), facts.vm.exists);
    vm.insert(QStringLiteral("name"), facts.vm.name);
    vm.insert(QStringLiteral("powerState"), vmPowerStateKey(facts.vm.powerState));
    putOptionalBool(vm, QStringLiteral("provisioned"), facts.vm.provisioned);
    // The settings only when known, so that facts without them read as before.
    if (facts.vm.cpuCount >= 0)
        vm.insert(QStringLiteral("cpuCount"), facts.vm.cpuCount);
    if (facts.vm.memoryMb >= 0)
        vm.insert(QStringLiteral("memoryMb"), double(facts.vm.memoryMb));
    if (facts.vm.diskSizeGb >= 0)
        vm.insert(QStringLiteral("diskSizeGb"), facts.vm.diskSizeGb);
    if (!facts.vm.switchName.isEmpty())
        vm.insert(QStringLiteral("switchName"), facts.vm.switchName);
    if (!facts.vm.ip4Address.isEmpty())
        vm.insert(QStringLiteral("ip4Address"), facts.vm.ip4Address);
    json.insert(QStringLiteral("vm"), vm);
    return json;
}

std::optional<HostFacts> hostFactsFromJson(const QJsonObject &json, QString *error)
{
    QString problem;
    // An empty word means "not reported", like an absent key.
    support::JsonReader r(json, QString(), &problem, {.emptyWordIsUnknown = true});
    r.schema(kSchemaVersion);

    HostFacts f;
    r.string(QStringLiteral("computerName"), &f.computerName);
    r.string(QStringLiteral("osCaption"), &f.osCaption);
    r.string(QStringLiteral("osVersion"), &f.osVersion);
    r.integer(QStringLiteral("buildNumber"), &f.buildNumber);
    r.integer(QStringLiteral("ubr"), &f.ubr);
    r.integer(QStringLiteral("operatingSystemSku"), &f.operatingSystemSku);
    r.integer(QStringLiteral("productType"), &f.productType);
    r.string(QStringLiteral("architecture"), &f.architecture);
    r.string(QStringLiteral("uiLanguage"), &f.uiLanguage);
    r.integer(QStringLiteral("totalMemoryMb"), &f.totalMemoryMb);
    r.integer(QStringLiteral("freeMemoryMb"), &f.freeMemoryMb);
    r.integer(QStringLiteral("logicalProcessors"), &f.logicalProcessors);

    if (std::optional<support::JsonReader> d = r.section(QStringLiteral("disk"))) {
        d->string(QStringLiteral("drive"), &f.disk.drive);
        d->integer(QStringLiteral("freeMb"), &f.disk.freeMb);
        d->integer(QStringLiteral("sizeMb"), &f.disk.sizeMb);
    }

    r.word(QStringLiteral("hyperV"), &f.hyperV, featureStateFromKey, featureWords());
    r.word(QStringLiteral("hyperVPowerShell"), &f.hyperVPowerShell, featureStateFromKey, featureWords());
    r.word(QStringLiteral("hyperVHypervisor"), &f.hyperVHypervisor, featureStateFromKey, featureWords());
    r.word(QStringLiteral("virtualMachinePlatform"), &f.virtualMachinePlatform, featureStateFromKey,
           featureWords());
    r.word(QStringLiteral("openSshClient"), &f.openSshClient, featureStateFromKey, featureWords());
    r.optionalBoolean(QStringLiteral("hypervisorPresent"), &f.hypervisorPresent);
    r.optionalBoolean(QStringLiteral("firmwareVirtualization"), &f.firmwareVirtualization);
    r.optionalBoolean(QStringLiteral("secondLevelAddressTranslation"), &f.secondLevelAddressTranslation);

    r.eachObject(QStringLiteral("services"), [&f](support::JsonReader &item) {
        HostService s;
        item.string(QStringLiteral("name"), &s.name);
        item.word(QStringLiteral("state"), &s.state, serviceRunStateFromKey,
                  {QStringLiteral("running"), QStringLiteral("stopped"), QStringLiteral("missing")});
        f.services.append(s);
    });

    r.boolean(QStringLiteral("isVirtualMachine"), &f.isVirtualMachine);
    r.string(QStringLiteral("virtualMachineVendor"), &f.virtualMachineVendor);
    r.boolean(QStringLiteral("isAzureVm"), &f.isAzureVm);

    r.eachObject(QStringLiteral("switches"), [&f](support::JsonReader &item) {
        VirtualSwitch s;
        item.string(QStringLiteral("name"), &s.name);
        item.word(QStringLiteral("kind"), &s.kind, switchKindFromKey,
                  {QStringLiteral("Internal"), QStringLiteral("External"), QStringLiteral("Private")});
        item.string(QStringLiteral("netAdapter"), &s.netAdapter);
        item.boolean(QStringLiteral("isDefaultSwitch"), &s.isDefaultSwitch);
        item.boolean(QStringLiteral("hasNat"), &s.hasNat);
        item.string(QStringLiteral("hostAddress"), &s.hostAddress);
        item.integer(QStringLiteral("prefixLength"), &s.prefixLength);
        f.switches.append(s);
    });

    r.stringList(QStringLiteral("dnsServers"), &f.dnsServers);
    r.eachObject(QStringLiteral("gpus"), [&f](support::JsonReader &item) {
        GpuInfo g;
        item.string(QStringLiteral("name"), &g.name);
        item.string(QStringLiteral("driverVersion"), &g.driverVersion);
        item.boolean(QStringLiteral("ddaCapable"), &g.ddaCapable);
        item.boolean(QStringLiteral("gpuPvCapable"), &g.gpuPvCapable);
        f.gpus.append(g);
    });

    r.boolean(QStringLiteral("elevated"), &f.elevated);
    r.string(QStringLiteral("executionPolicy"), &f.executionPolicy);
    r.string(QStringLiteral("executionPolicyScope"), &f.executionPolicyScope);
    r.string(QStringLiteral("psEdition"), &f.psEdition);
    r.string(QStringLiteral("psVersion"), &f.psVersion);
    if (std::optional<support::JsonReader> c = r.section(QStringLiteral("culture")))
        readCulture(*c, f.culture);

    if (std::optional<support::JsonReader> e = r.section(QStringLiteral("eflow"))) {
        e->boolean(QStringLiteral("installed"), &f.eflow.installed);
        e->string(QStringLiteral("productName"), &f.eflow.productName);
        e->string(QStringLiteral("version"), &f.eflow.version);
        // Any line the probe read from DisplayVersion ("1.6" too), or empty when it could not read one.
        e->string(QStringLiteral("release"), &f.eflow.line);
        static const QRegularExpression lineRe(QStringLiteral("^([0-9]{1,3}\\.[0-9]{1,3})?$"));
        if (e->ok() && !lineRe.match(f.eflow.line).hasMatch())
            //: %1 key path, %2 the value found
            e->fail(HostFactsTr::tr("%1: '%2' is not a release line such as 1.4.")
                        .arg(e->pathOf(QStringLiteral("release")), f.eflow.line.left(40)));
        f.eflow.release = plan::releaseForInstalledLine(f.eflow.line, &f.eflow.newerThanKnown);
        e->string(QStringLiteral("installDir"), &f.eflow.installDir);
    }

    if (std::optional<support::JsonReader> v = r.section(QStringLiteral("vm"))) {
        v->boolean(QStringLiteral("exists"), &f.vm.exists);
        v->string(QStringLiteral("name"), &f.vm.name);
        v->word(QStringLiteral("powerState"), &f.vm.powerState, vmPowerStateFromKey,
                {QStringLiteral("Running"), QStringLiteral("Off")});
        v->optionalBoolean(QStringLiteral("provisioned"), &f.vm.provisioned);
        if (v->present(QStringLiteral("cpuCount")))
            v->integer(QStringLiteral("cpuCount"), &f.vm.cpuCount);
        if (v->present(QStringLiteral("memoryMb")))
            v->integer(QStringLiteral("memoryMb"), &f.vm.memoryMb);
        if (v->present(QStringLiteral("diskSizeGb")))
            v->integer(QStringLiteral("diskSizeGb"), &f.vm.diskSizeGb);
        v->string(QStringLiteral("switchName"), &f.vm.switchName);
        v->string(QStringLiteral("ip4Address"), &f.vm.ip4Address);
    }

    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return f;
}

std::optional<HostFacts> hostFactsFromJsonText(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            //: %1 the parser's reason, %2 the byte offset
            *error = HostFactsTr::tr("The host facts are not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString(), QString::number(parseError.offset));
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = HostFactsTr::tr("The host facts are not a JSON object.");
        return std::nullopt;
    }
    return hostFactsFromJson(doc.object(), error);
}

} // namespace eflow::host
